// Writes rules/quality-city/tests/*.yaml, the pack's own cases for `qcc rules test`: for every item a pass and a fail
// case plus the boundaries of its target (exactly at the threshold, just past it, missing, an absent benchmark year).
// The expected statuses follow the target semantics of DESIGN.md, not the engine.
// Run: node test/rules/make-pack-cases.mjs [out-dir]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const PACK = fileURLToPath(new URL('../../rules/quality-city/', import.meta.url));
const OUT = process.argv[2]
  ? `${resolve(process.argv[2])}/`
  : fileURLToPath(new URL('../../rules/quality-city/tests/', import.meta.url));
mkdirSync(OUT, { recursive: true });
const YEAR = 2020;
const CITY = '衢州市';
const DISTRICTS = ['柯城区', '江山市'];

const q = (s) => JSON.stringify(s);

/** Exact decimal arithmetic on small numbers: shift to integers by the number of decimals. */
function decimals(n) {
  const s = String(n);
  return s.includes('.') ? s.split('.')[1].length : 0;
}
function add(a, b) {
  const d = Math.max(decimals(a), decimals(b));
  const f = 10 ** d;
  return Number(((Math.round(a * f) + Math.round(b * f)) / f).toFixed(d));
}
/** The smallest step that still reads as "just past" the threshold in this unit. */
function step(item, value) {
  if (item.measure.kind === 'count' || item.measure.kind === 'rank' || item.measure.kind === 'events') return 1;
  return 10 ** -Math.max(1, decimals(value) + (decimals(value) ? 1 : 0));
}

function record(item, value, extra = {}) {
  const parts = [`item: ${q(item.id)}`];
  if (extra.region) parts.push(`region: ${q(extra.region)}`);
  parts.push(
    `year: ${extra.year ?? YEAR}`,
    `value: ${value === null ? 'null' : typeof value === 'string' ? q(value) : value}`,
  );
  if (extra.evidence) parts.push(`evidence: [${extra.evidence.map(q).join(', ')}]`);
  return `{ ${parts.join(', ')} }`;
}

/** Region to test an item in: the city unless the item is evaluated per county only. */
const regionOf = (item) => (item.scope === 'district' ? DISTRICTS[0] : undefined);
const keyOf = (item, region) => (region ? `${item.id}@${region}` : item.id);

function evidenceFor(item) {
  const n = Math.max(item.min_evidence ?? 0, 1);
  return (item.evidence ?? ['佐证材料']).slice(0, n).map((e) => `${e}.pdf`);
}

/** Cases for one target, as [label, records, expected status, benchmarks?]. */
function casesFor(item, target, region) {
  const rec = (value, extra = {}) => record(item, value, { region, ...extra });
  const out = [];
  if ('equals' in target) {
    out.push(['已落实并附佐证材料', [rec(true, { evidence: evidenceFor(item) })], 'pass']);
    // The evidence boundary: 是 with one document fewer than required does not pass.
    if ((item.min_evidence ?? 0) > 0)
      out.push([
        '填“是”但佐证材料不足（边界）',
        [rec(true, { evidence: evidenceFor(item).slice(0, item.min_evidence - 1) })],
        'fail',
      ]);
    out.push(['未落实', [rec(false)], 'fail']);
    // A clerk's words read by the data reader, as a data file's cell would be.
    out.push(['填“已落实”并附佐证材料', [rec('已落实', { evidence: evidenceFor(item) })], 'pass']);
    out.push(['填“未完成”', [rec('未完成')], 'fail']);
    out.push(['未填报', [], 'missing']);
    out.push(['数值为空', [rec(null)], 'missing']);
  } else if ('in' in target) {
    out.push([`等级 ${target.in[0]}`, [rec(target.in[0])], 'pass']);
    out.push(['等级 B', [rec('B')], 'fail']);
    out.push(['未填报', [], 'missing']);
  } else if ('trend' in target) {
    const base = item.measure.unit === '‰' ? 3.5 : 40;
    const up = item.measure.unit === '‰' ? 0.5 : 2;
    const years = Array.from({ length: target.years }, (_, i) => YEAR - target.years + 1 + i);
    const series = (values) => values.map((v, i) => rec(v, { year: years[i] }));
    // A falling trend (PM2.5) is the rising one mirrored: the good series goes down, the bad last year goes up.
    const downward = target.trend === 'falling' || target.trend === 'non-increasing';
    const delta = downward ? -up : up;
    const good = years.map((_, i) => add(base, delta * i));
    out.push([downward ? '逐年下降' : '逐年上升', series(good), 'pass']);
    const flat = [...good];
    flat[flat.length - 1] = flat[flat.length - 2];
    out.push([
      '最后一年与上年持平（边界）',
      series(flat),
      target.trend === 'rising' || target.trend === 'falling' ? 'fail' : 'pass',
    ]);
    const back = [...good];
    back[back.length - 1] = add(back[back.length - 2], -delta);
    out.push([downward ? '最后一年上升' : '最后一年下降', series(back), 'fail']);
    out.push([`${YEAR} 年未填报`, series(good).slice(0, -1), 'missing']);
  } else if ('benchmark' in target) {
    out.push(...benchmarkCases(item, target, rec));
  } else if ('rank' in target) {
    const top = target.rank.top;
    out.push([`第 ${top} 位（边界）`, [rec(top)], 'pass']);
    out.push([`第 ${top + 1} 位`, [rec(top + 1)], 'fail']);
    out.push(['未填报', [], 'missing']);
  } else if ('op' in target) {
    const v = target.value;
    const s = step(item, v);
    const u = item.measure.unit ?? '';
    const at = `恰好 ${v}${u}（边界）`;
    const pastBelow = add(v, -s);
    const pastAbove = add(v, s);
    const fits = {
      '>=': [v, pastBelow],
      '<=': [v, pastAbove],
      '==': [v, item.measure.kind === 'events' ? pastAbove : pastBelow],
    };
    if (target.op in fits) {
      const [good, bad] = fits[target.op];
      out.push([at, [rec(good)], 'pass']);
      out.push([`${bad}${u}（刚好不达标）`, [rec(bad)], 'fail']);
    } else if (target.op === '>') {
      out.push([at, [rec(v)], 'fail']);
      out.push([`${pastAbove}${u}（刚好达标）`, [rec(pastAbove)], 'pass']);
    } else if (target.op === '<') {
      out.push([at, [rec(v)], 'fail']);
      out.push([`${pastBelow}${u}（刚好达标）`, [rec(pastBelow)], 'pass']);
    }
    out.push(['未填报', [], 'missing']);
    out.push(['数值为空', [rec(null)], 'missing']);
    // The figure as a bulletin prints it, in the unit without 万: 600000平方米 for 60 万平方米.
    const unit = item.measure.unit ?? '';
    if (unit.startsWith('万') && unit.length > 1 && target.op === '>=')
      out.push([
        `写成 ${v * 10000}${unit.slice(1)}（换算为 ${v}${unit}）`,
        [rec(`${v * 10000}${unit.slice(1)}`)],
        'pass',
      ]);
  }
  out.push(...rangeCases(item, target, rec));
  return out;
}

/** The item's own valid range: a negative growth rate is a value, a figure past the range is invalid. */
function rangeCases(item, target, rec) {
  const range = item.measure.range;
  const u = item.measure.unit ?? '';
  const out = [];
  if (!range || 'trend' in target) return out;
  if (range.min !== undefined && range.min < 0 && 'benchmark' in target) {
    const b = [{ benchmark: target.benchmark, year: YEAR, value: -2.5 }];
    out.push([
      `负增长 -1.2${u}，高于基准值 -2.5${u}（有效范围允许负数）`,
      [rec(-1.2)],
      target.op.startsWith('>') ? 'pass' : 'fail',
      b,
    ]);
  }
  if (range.min !== undefined)
    out.push([`${add(range.min, -1)}${u}（低于有效范围）`, [rec(add(range.min, -1))], 'invalid']);
  if (range.max !== undefined)
    out.push([`${add(range.max, 1)}${u}（高于有效范围）`, [rec(add(range.max, 1))], 'invalid']);
  return out;
}

/**
 * Benchmark targets: a year the pack has a value for, a year it has none (missing), and the same year in the data.
 */
function benchmarkCases(item, target, rec) {
  const values = BENCHMARKS.get(target.benchmark) ?? {};
  const out = [];
  const known = Object.keys(values).sort().at(-1);
  const test = (label, year, bench, better, worse) => {
    const b = bench === undefined ? undefined : [{ benchmark: target.benchmark, year, value: bench }];
    out.push([`${label}：优于基准值`, [rec(better, { year })], 'pass', b, year]);
    out.push([
      `${label}：等于基准值（边界）`,
      [rec(bench, { year })],
      target.op.includes('=') ? 'pass' : 'fail',
      b,
      year,
    ]);
    out.push([`${label}：劣于基准值`, [rec(worse, { year })], 'fail', b, year]);
  };
  const s = step(item, 0.01);
  const dir = target.op.startsWith('<') ? -1 : 1;
  if (known) {
    const v = values[known];
    out.push(...[]);
    const year = Number(known);
    const b = [];
    out.push([
      `${known} 年（规则包自带基准值 ${v}）：优于基准值`,
      [rec(add(v, dir * s), { year })],
      'pass',
      undefined,
      year,
    ]);
    out.push([
      `${known} 年：等于基准值（边界）`,
      [rec(v, { year })],
      target.op.includes('=') ? 'pass' : 'fail',
      undefined,
      year,
    ]);
    out.push([`${known} 年：劣于基准值`, [rec(add(v, -dir * s), { year })], 'fail', undefined, year]);
    void b;
  }
  // A year with no benchmark in the pack: the outcome cannot be decided. When the pack has the evaluation year (a
  // national target prefilled for a provincial benchmark), the latest year before it that it has no value for.
  const sample = known ? values[known] : 5;
  let open = YEAR;
  while (values[String(open)] !== undefined) open -= 1;
  const openCase = [rec(sample, open === YEAR ? {} : { year: open })];
  out.push([`${open} 年无基准值`, openCase, 'missing', undefined, open === YEAR ? undefined : open]);
  // The evaluation year with a benchmark supplied in the data (the 基准值 sheet); the value is test data only. Where the
  // pack has that year too, the data's value differs from it, so that the cases show the data's value wins.
  const given = values[String(YEAR)] === undefined ? sample : add(sample, dir * 5);
  test(`${YEAR} 年数据文件提供基准值`, YEAR, given, add(given, dir * s), add(given, -dir * s));
  return out;
}

const meta = parse(readFileSync(`${PACK}pack.yaml`, 'utf8'));
const BENCHMARKS = new Map((meta.benchmarks ?? []).map((b) => [b.id, b.values ?? {}]));

/** A stand-in target for unset items, set in the case profile's overrides (test values, not recommendations). */
function overrideFor(item) {
  if (item.measure.kind === 'rank') return { rank: { top: 10, cohort: '全国城市' } };
  if (item.measure.kind === 'count') return { op: '>=', value: 5 };
  return { op: '>=', value: 90 };
}
function flowTarget(t) {
  if (t.rank) return `{ rank: { top: ${t.rank.top}, cohort: ${q(t.rank.cohort)} } }`;
  return `{ op: ${q(t.op)}, value: ${t.value} }`;
}

const header = (what) =>
  [
    `# Pack cases for \`qcc rules test\`: ${what}`,
    '# Generated by test/rules/make-pack-cases.mjs from the pack; edit the script, not this file.',
    '',
  ].join('\n');
const profileLine = (extra = '') => `profile: { city: ${CITY}, districts: [${DISTRICTS.join(', ')}]${extra} }`;

function caseText(name, year, records, expect, benchmarks) {
  const lines = [`  - name: ${q(name)}`, `    year: ${year}`];
  lines.push(records.length ? '    records:' : '    records: []');
  for (const r of records) lines.push(`      - ${r}`);
  if (benchmarks) {
    const entries = benchmarks.map((b) => `{ benchmark: ${b.benchmark}, year: ${b.year}, value: ${b.value} }`);
    lines.push(`    benchmarks: [${entries.join(', ')}]`);
  }
  lines.push('    expect:');
  for (const [k, v] of Object.entries(expect)) lines.push(`      ${q(k)}: ${v}`);
  return lines.join('\n');
}

const files = readdirSync(PACK)
  .filter((f) => /^\d.*\.yaml$/.test(f))
  .sort();
/** Components (part_of) by id: they have no outcome of their own, so their parent's cases exercise them. */
const COMPONENTS = new Map(
  files.flatMap((f) =>
    parse(readFileSync(`${PACK}${f}`, 'utf8'))
      .items.filter((i) => i.part_of)
      .map((i) => [i.id, i]),
  ),
);

/** A route of an any target in words, for case names: "≥ 1个", or the component's title and id. */
function routeLabel(item, part) {
  if ('item' in part) return `${COMPONENTS.get(part.item)?.title ?? ''}（${part.item}）`;
  const ops = { '>=': '≥', '<=': '≤', '==': '=', '>': '>', '<': '<' };
  if ('benchmark' in part) {
    const title = (meta.benchmarks ?? []).find((b) => b.id === part.benchmark)?.title ?? part.benchmark;
    return `${ops[part.op]} ${title}`;
  }
  if ('op' in part) return `${ops[part.op]} ${part.value}${item.measure.unit ?? ''}`;
  const trends = { 'non-increasing': '不上升', falling: '逐年下降', 'non-decreasing': '不下降', rising: '逐年上升' };
  if ('trend' in part) return `近 ${part.years} 年${trends[part.trend]}`;
  return Object.keys(part)[0];
}

/**
 * Cases for an `any` target: one route that passes is enough, even while the others fail; every route short fails;
 * a route with no figure, or a component whose target the city has not set, leaves the outcome missing.
 * `targetOf(component)` is the component's target as the case profile holds it (its override, else its own).
 */
function anyCases(item, target, region, targetOf) {
  const routes = target.any.map((part) => {
    const component = 'item' in part ? COMPONENTS.get(part.item) : undefined;
    const label = routeLabel(item, part);
    // A route comparing the item's own figure with a benchmark reads the same cell as the other routes: its cases are
    // made from theirs, by the benchmark value typed into 基准值 (see below).
    if (!component && 'benchmark' in part) return { label, benchmark: part };
    const t = component ? targetOf(component) : part;
    if ('unset' in t) return { label, component, unset: true };
    const cases = casesFor(component ?? item, t, region).filter((c) => !c[3]);
    return { label, component, pass: cases.find((c) => c[2] === 'pass'), fail: cases.find((c) => c[2] === 'fail') };
  });
  const others = (i) => routes.flatMap((r, j) => (j !== i && r.fail ? r.fail[1] : []));
  const out = [];
  routes.forEach((r, i) => {
    if (r.pass)
      out.push([`路径 ${i + 1} ${r.label} 达标：${r.pass[0]}，其余路径不达标`, [...r.pass[1], ...others(i)], 'pass']);
  });
  // Benchmark routes: the other routes' failing figures, with a benchmark the evaluation year's figure meets or misses.
  const failing = routes.filter((r) => !r.benchmark);
  const base = failing.every((r) => r.fail) ? failing.flatMap((r) => r.fail[1]) : undefined;
  const figure = base && Number(/year: 2020, value: (-?[\d.]+)/.exec(base.join(' '))?.[1]);
  const benchmarkAt = (part, meets) => {
    const shift = { '<=': -1, '<': 0, '>=': 1, '>': 0, '==': 1 }[part.op];
    const edge = { '<=': 0, '<': 1, '>=': 0, '>': -1, '==': 0 }[part.op];
    return { benchmark: part.benchmark, year: YEAR, value: figure + (meets ? edge : shift) };
  };
  const benchmarkRoutes = routes.filter((r) => r.benchmark);
  if (base && figure !== undefined && !Number.isNaN(figure)) {
    routes.forEach((r, i) => {
      if (r.benchmark)
        out.push([
          `路径 ${i + 1} ${r.label} 达标：基准值与当年数值相同，其余路径不达标`,
          base,
          'pass',
          [benchmarkAt(r.benchmark, true)],
        ]);
    });
  }
  if (failing.every((r) => r.fail) && (!benchmarkRoutes.length || (base && figure !== undefined)))
    out.push([
      `各条路径都不达标：${routes.map((r) => `${r.label} ${r.fail ? r.fail[0] : '未达到基准值'}`).join('；')}`,
      failing.flatMap((r) => r.fail[1]),
      'fail',
      benchmarkRoutes.length ? benchmarkRoutes.map((r) => benchmarkAt(r.benchmark, false)) : undefined,
    ]);
  routes.forEach((r, i) => {
    if (r.fail && routes.length > 1)
      out.push([`路径 ${i + 1} ${r.label} 不达标：${r.fail[0]}，其余路径未填报`, r.fail[1], 'missing']);
    if (r.unset) {
      const value = r.component.measure.kind === 'count' ? 8 : 95;
      out.push([
        `路径 ${i + 1} ${r.label} 目标待设定，未在 qcc.yaml 设定时为缺数，其余路径不达标`,
        [...others(i), record(r.component, value, { region })],
        'missing',
      ]);
    }
  });
  out.push(['未填报', [], 'missing']);
  return out;
}

const unsetItems = [];
/** Components whose target the city sets: their routes are tested in the overrides file, through their parent. */
const unsetComponents = [];
for (const file of files) {
  const { items } = parse(readFileSync(`${PACK}${file}`, 'utf8'));
  const cases = [];
  for (const item of items) {
    if (item.part_of) {
      if ('unset' in item.target) unsetComponents.push(item);
      continue;
    }
    if ('any' in item.target) {
      const region = regionOf(item);
      for (const [label, records, status, benchmarks] of anyCases(item, item.target, region, (c) => c.target))
        cases.push(
          caseText(`${item.id} ${item.title}：${label}`, YEAR, records, { [keyOf(item, region)]: status }, benchmarks),
        );
      continue;
    }
    if ('unset' in item.target) {
      unsetItems.push(item);
      const region = regionOf(item);
      const value = item.measure.kind === 'rank' ? 3 : item.measure.kind === 'count' ? 8 : 95;
      cases.push(
        caseText(
          `${item.id} ${item.title}：目标待设定，未在 qcc.yaml 设定时为缺数`,
          YEAR,
          [record(item, value, { region })],
          { [keyOf(item, region)]: 'missing' },
        ),
      );
      continue;
    }
    const region = regionOf(item);
    for (const [label, records, status, benchmarks, year] of casesFor(item, item.target, region)) {
      cases.push(
        caseText(
          `${item.id} ${item.title}：${label}`,
          year ?? YEAR,
          records,
          { [keyOf(item, region)]: status },
          benchmarks,
        ),
      );
    }
    // Items evaluated for the city and every county: one county passes while another fails, in one case.
    if (item.scope === 'all' || item.scope === 'district') {
      const good = casesFor(item, item.target, DISTRICTS[0]).find((c) => c[2] === 'pass');
      const bad = casesFor(item, item.target, DISTRICTS[1]).find((c) => c[2] === 'fail');
      if (good && bad && !good[3] && !bad[3]) {
        cases.push(
          caseText(`${item.id} ${item.title}：按县（市、区）分别考核`, YEAR, [...good[1], ...bad[1]], {
            [`${item.id}@${DISTRICTS[0]}`]: 'pass',
            [`${item.id}@${DISTRICTS[1]}`]: 'fail',
          }),
        );
      }
    }
  }
  const text = `${header(`items of ${file}`)}${profileLine()}\ncases:\n${cases.join('\n')}\n`;
  writeFileSync(`${OUT}${file}`, text);
}

// Unset targets: the city sets them in qcc.yaml; these cases set stand-in targets in the case profile.
const overrides = [...unsetItems, ...unsetComponents]
  .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
  .map(
    (item) =>
      `    ${q(item.id)}: { target: ${flowTarget(overrideFor(item))}, reason: ${q('测试用目标值，不是推荐值')} }`,
  );
const cases = [];
for (const item of unsetItems) {
  const t = overrideFor(item);
  const region = regionOf(item);
  for (const [label, records, status] of casesFor(item, t, region)) {
    cases.push(
      caseText(`${item.id} ${item.title}：qcc.yaml 设定目标后，${label}`, YEAR, records, {
        [keyOf(item, region)]: status,
      }),
    );
  }
}
// A component's route with its stand-in target, through its parent: only the cases that hold the component's figure.
const parents = new Map();
for (const file of files)
  for (const item of parse(readFileSync(`${PACK}${file}`, 'utf8')).items) parents.set(item.id, item);
for (const component of unsetComponents) {
  const parent = parents.get(component.part_of);
  if (!parent || !('any' in parent.target)) continue;
  const region = regionOf(parent);
  const targetOf = (c) => (unsetComponents.some((u) => u.id === c.id) ? overrideFor(c) : c.target);
  for (const [label, records, status] of anyCases(parent, parent.target, region, targetOf)) {
    if (!records.some((r) => r.includes(`item: ${q(component.id)}`))) continue;
    cases.push(
      caseText(`${parent.id} ${parent.title}：${component.id} 在 qcc.yaml 设定目标后，${label}`, YEAR, records, {
        [keyOf(parent, region)]: status,
      }),
    );
  }
}
writeFileSync(
  `${OUT}10-unset-overrides.yaml`,
  `${header('items whose target the city sets in qcc.yaml (overrides)')}` +
    `profile:\n  city: ${CITY}\n  districts: [${DISTRICTS.join(', ')}]\n  overrides:\n${overrides.join('\n')}\n` +
    `cases:\n${cases.join('\n')}\n`,
);
