// The environment defaults against figures accepted cities published for themselves: a default that fails one of them
// would be a threshold the national acceptance did not apply (sources: /work/notes/sources-bench.md, real-figures.md).
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Status } from '../../src/model/index.js';
import { dataset, profile, rec, zh } from '../engine/helpers.js';
import { loadBuiltinPack } from './load-pack.js';

const { pack } = loadBuiltinPack();

/** [item, city, year, series by year (earlier years first), status the built-in pack gives]. */
const FIGURES: [string, string, number, number[], Status][] = [
  // 绍兴 2018: 优良天数 83.8%, PM2.5 37, “同比下降 9.8%” (2017 ≈ 41); 2018's good-air target is the province's.
  ['8.1.2', '绍兴市', 2018, [83.8], 'missing'],
  ['8.1.3', '绍兴市', 2018, [41, 37], 'pass'],
  // 武汉 2017: 优良天数 69.9%, PM2.5 53, down on 2016.
  ['8.1.2', '武汉市', 2017, [69.9], 'missing'],
  // 衢州 (zjol): 2017 86.8% / PM2.5 42, 2018 88.8% / 33, drinking-water sources 100%.
  ['8.1.3', '衢州市', 2018, [42, 33], 'pass'],
  ['8.1.1', '衢州市', 2018, [100], 'pass'],
  // 2020, the year the national 80% is fixed for: a city at the target passes, one below it fails.
  ['8.1.2', '衢州市', 2020, [80], 'pass'],
  ['8.1.2', '衢州市', 2020, [79.9], 'fail'],
];

describe('environment defaults against published city figures', () => {
  it.each(FIGURES)('%s %s %i: %j → %s', (item, city, year, series, status) => {
    const records = series.map((v, i) => rec(item, year - series.length + 1 + i, v, city));
    const report = evaluate({
      pack,
      profile: profile({ city, districts: [] }),
      dataset: dataset(records),
      year,
      today: `${year}-12-31`,
      tool: { name: 'qcc', version: '0' },
      tr: zh,
    });
    const outcome = report.outcomes.find((o) => o.item === item && o.region === city);
    expect(outcome?.status).toBe(status);
  });
});
