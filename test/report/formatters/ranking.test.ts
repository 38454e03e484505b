// The county ranking says the same in every human format: rank, district, 达标率, met/evaluated, items missed.
import { describe, expect, it } from 'vitest';
import { formatters } from '../../../src/report/formatters/index.js';
import { countyRanking, rankingCells } from '../../../src/report/utils/county-ranking.js';
import type { Report } from '../../../src/model/index.js';
import { context, sampleReport } from './sample.js';

/** Each format's ranking rows as cells, read back from its output after the ranking heading. */
const FORMATS: { name: 'table' | 'markdown' | 'html'; rows: (out: string) => string[][] }[] = [
  {
    name: 'table',
    rows: (out) =>
      out
        .slice(out.indexOf('县区排名（按达标率）'))
        .split('\n')
        .filter((l) => /^│ \d/.test(l))
        .map((l) =>
          l
            .split('│')
            .slice(1, -1)
            .map((c) => c.trim()),
        ),
  },
  {
    name: 'markdown',
    rows: (out) =>
      out
        .slice(out.indexOf('## 县区排名（按达标率）'))
        .split('\n')
        .filter((l) => /^\| \d/.test(l))
        .map((l) => l.slice(2, -2).split(' | ')),
  },
  {
    name: 'html',
    rows: (out) =>
      [...out.slice(out.indexOf('<h2>县区排名（按达标率）</h2>')).matchAll(/<tr>(<td>.*?)<\/tr>/g)].map((m) =>
        [...m[1]!.matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]!),
      ),
  },
];

const render = async (name: (typeof FORMATS)[number]['name'], report: Report): Promise<string> =>
  (await formatters[name].format(report, context('zh', { width: 200 }))) as string;

describe.each(FORMATS)('county ranking in $name', ({ name, rows }) => {
  it('lists every ranked district with the same cells as the ranking itself', async () => {
    const report = sampleReport();
    const expected = countyRanking(report).map(rankingCells);
    expect(expected.length).toBeGreaterThan(1);
    expect(rows(await render(name, report))).toEqual(expected);
  });

  it('says so when no item is evaluated for the districts', async () => {
    const report = sampleReport();
    report.outcomes = report.outcomes.filter((o) => !report.profile.districts.includes(o.region));
    expect(await render(name, report)).toContain('没有按县区评价的考核项。');
  });

  it('is left out when the city has no districts', async () => {
    const report = sampleReport();
    report.profile.districts = [];
    expect(await render(name, report)).not.toContain('县区排名');
  });
});
