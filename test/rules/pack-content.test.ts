// What users rely on in the built-in pack: it lints clean, every item has a source, unit, remedy and scope,
// all 49 researched indicators are present, one veto gate, unset targets carry no big points.
import { describe, expect, it } from 'vitest';
import { loadBuiltinPack } from './load-pack.js';
import { resolvePhases } from '../../src/util/phases.js';

const NUMERIC = new Set(['rate', 'count', 'amount', 'index', 'rank', 'events']);

describe('built-in pack quality-city', () => {
  const { pack, problems } = loadBuiltinPack();

  it('loads without any problem (errors or warnings)', () => {
    expect(problems.map((p) => `${p.code} ${p.message}`)).toEqual([]);
  });

  it('is version 2018.1 with total 100 (the sum of the item points), pass 80, grades A/B/C/D and veto grade-D', () => {
    expect(pack.version).toBe('2018.1');
    expect(pack.scoring).toMatchObject({ total: 100, pass: 80, veto: 'grade-D' });
    expect(pack.scoring.grades).toEqual([
      { min: 90, grade: 'A' },
      { min: 80, grade: 'B' },
      { min: 60, grade: 'C' },
      { min: 0, grade: 'D' },
    ]);
    expect(pack.scoring.note).toContain('国办发〔2013〕47号');
  });

  // Phases count from the evaluation (acceptance) year, so a 2024 check is not given the plan's 2020 months.
  it('has the plan five phases of 四、创建步骤, counted from the evaluation year', () => {
    expect(pack.phases.map((p) => [p.id, p.from, p.to])).toEqual([
      ['mobilise', { yearsBefore: 2, month: 5 }, { yearsBefore: 2, month: 5 }],
      ['apply', { yearsBefore: 2, month: 5 }, { yearsBefore: 2, month: 12 }],
      ['implement', { yearsBefore: 2, month: 5 }, { yearsBefore: 0, month: 9 }],
      ['rectify', { yearsBefore: 0, month: 9 }, { yearsBefore: 0, month: 12 }],
      ['accept', { yearsBefore: 0, month: 12 }, { yearsBefore: 0, month: 12 }],
    ]);
  });

  it.each([
    [2020, ['2018-05', '2018-05'], ['2020-09', '2020-12']],
    [2024, ['2022-05', '2022-05'], ['2024-09', '2024-12']],
  ])(
    'resolves the phases for %i: the plan dates for a 2020 acceptance, the same months later',
    (year, mobilise, rectify) => {
      const phases = resolvePhases(pack.phases, undefined, year);
      expect([phases[0]?.from, phases[0]?.to]).toEqual(mobilise);
      expect([phases[3]?.from, phases[3]?.to]).toEqual(rectify);
    },
  );

  it('says once that lead and support departments are inferred, and how a city changes them', () => {
    expect(pack.assignments?.confidence).toBe('inferred');
    expect(pack.assignments?.note).toContain('departments');
    expect(pack.assignments?.note).toContain('附件2');
  });

  it('cites the plan with its number and date', () => {
    expect(pack.basis.find((b) => b.id === 'plan')).toMatchObject({
      number: '衢政办发〔2018〕41号',
      date: '2018-05-22',
    });
  });

  it.each(['质监局', '工商局', '食药监局', '检验检疫局', '环保局', '建设局', '农业局', '市质监局', '市环保局'])(
    'knows the old department name %s',
    (old) => {
      expect(pack.departments.some((d) => d.aliases.includes(old))).toBe(true);
    },
  );

  // Any city runs the built-in pack: a department is named by its kind (属地海关), the profile maps it to the local name.
  it('names no city in any department name or alias', () => {
    const cities = /衢州|柯城|宁波|义乌|江门|金华|南通|天水|兰州|台州|杭州|温州|嘉兴|湖州|绍兴|舟山|丽水/;
    for (const name of pack.departments.flatMap((d) => [d.name, ...d.aliases])) {
      expect(name).not.toMatch(cities);
      // "X市…局" names one city; a generic name starts with 市 or names no place at all.
      expect(name).not.toMatch(/^[^市]{2,}市/);
    }
    expect(pack.departments.find((d) => d.name === '属地海关')?.aliases).toEqual(
      expect.arrayContaining(['海关', '出入境检验检疫局']),
    );
  });

  it('gives every numeric measure a unit, every item a remedy, and cites the clause of the document it models', () => {
    const documents = new Set(pack.basis.map((b) => b.id));
    for (const item of pack.items) {
      if (NUMERIC.has(item.measure.kind)) expect(item.measure.unit, item.id).toBeTruthy();
      expect(item.remedy, item.id).toBeTruthy();
      expect(item.basis.clause, item.id).toBeTruthy();
      expect(documents, `${item.id} cites ${item.basis.doc}`).toContain(item.basis.doc);
    }
  });

  it('has exactly one veto gate: zero major quality-safety incidents', () => {
    const vetoes = pack.items.filter((i) => i.veto);
    expect(vetoes.map((i) => [i.title, i.measure.kind, i.target])).toEqual([
      ['负有直接监管责任的重特大质量安全事件', 'events', { kind: 'events', op: '==', value: '0' }],
    ]);
  });

  it('asks for evidence documents wherever it requires them', () => {
    for (const item of pack.items.filter((i) => i.minEvidence > 0))
      expect(item.evidence.length, item.id).toBeGreaterThan(0);
    for (const item of pack.items.filter((i) => i.measure.kind === 'yes-no' && i.basis.confidence === 'plan')) {
      expect(item.minEvidence, item.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('scores unset targets at most 1 point, so a city that has not set them is not judged on invented numbers', () => {
    for (const item of pack.items.filter((i) => i.target.kind === 'unset'))
      expect(item.points, item.id).toBeLessThanOrEqual(1);
  });

  it('carries all 49 indicators of the research table (criteria-research §2), each cited in a basis note', () => {
    const cited = new Set(
      pack.items.flatMap((item) => [...(item.basis.note ?? '').matchAll(/调研 §2 #(\d+)/g)].map((m) => Number(m[1]))),
    );
    expect([...cited].sort((a, b) => a - b)).toEqual(Array.from({ length: 49 }, (_, i) => i + 1));
  });

  it('carries all 17 qualitative criteria of the research (criteria-research §3 Q1–Q17)', () => {
    const notes = pack.items.map((item) => item.basis.note ?? '').filter((note) => note.includes('§3'));
    const cited = new Set(
      notes.flatMap((note) => [...note.slice(note.indexOf('§3')).matchAll(/Q(\d+)/g)].map((m) => Number(m[1]))),
    );
    expect([...cited].sort((a, b) => a - b)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it('spreads the points by the rule stated in scoring.note (47号: 质量目标 + 质量措施, weight by confidence)', () => {
    const keyTasks = ['1.1.1', '1.2.1', '1.2.3', '1.3.1', '1.5.1', '2.6.1', '4.2.2', '9.4.1'];
    const expected = (item: (typeof pack.items)[number]): number => {
      if (item.veto || item.target.kind === 'unset' || (item.basis.note ?? '').includes('不计分')) return 0;
      if (item.basis.confidence === 'city-practice' || item.basis.confidence === 'inferred') return 0.5;
      // Quality goals (figures, and 8.3.3, a duty set by law): the plan's own threshold 2, a national document 1.5.
      if (item.measure.kind !== 'yes-no' || item.id === '8.3.3') return item.basis.confidence === 'plan' ? 2 : 1.5;
      return keyTasks.includes(item.id) ? 1.5 : 1;
    };
    for (const item of pack.items) expect(`${item.id}: ${item.points}`).toBe(`${item.id}: ${expected(item)}`);
    // The note states both sums, and they make up the total, so a re-weighting cannot leave the note behind.
    const isGoal = (i: (typeof pack.items)[number]) => i.measure.kind !== 'yes-no' || i.id === '8.3.3';
    const sum = (items: typeof pack.items) => items.reduce((acc, i) => acc + i.points, 0);
    const goals = sum(pack.items.filter(isGoal));
    const measures = sum(pack.items.filter((i) => !isGoal(i)));
    expect(pack.scoring.note).toContain(`质量目标（量化指标）共 ${goals} 分`);
    expect(pack.scoring.note).toContain(
      `质量措施（定性任务，以会议纪要、文件、制度、活动资料为佐证）共 ${measures} 分`,
    );
    expect(goals + measures).toBe(pack.scoring.total);
  });

  it('keeps the plan-stated thresholds with the plan values', () => {
    const target = (title: string) => pack.items.find((i) => i.title === title)?.target;
    expect(target('新开工建筑节能标准执行率')).toEqual({ kind: 'compare', op: '==', value: '100' });
    expect(target('大中型工程（建设项目）一次验收合格率')).toEqual({ kind: 'compare', op: '==', value: '100' });
    expect(target('城市新开工保障房受监工程覆盖率')).toEqual({ kind: 'compare', op: '==', value: '100' });
    expect(target('城市保障房工程质量一次验收合格率')).toEqual({ kind: 'compare', op: '==', value: '100' });
    expect(target('特种设备万台设备事故死亡率')).toEqual({
      kind: 'benchmark',
      op: '<',
      benchmark: 'national-special-equipment-death-rate',
    });
    expect(target('农业标准化生产普及率稳步提高')).toEqual({ kind: 'trend', trend: 'rising', years: 3 });
    expect(target('城市绿色建筑占新建建筑面积比重不断提高')).toEqual({ kind: 'trend', trend: 'rising', years: 3 });
  });

  it('gives only the national special-equipment death rates found published (docs/criteria-research.md)', () => {
    const b = pack.benchmarks.find((x) => x.id === 'national-special-equipment-death-rate');
    expect(b?.values).toEqual({ '2011': '0.595', '2014': '0.39', '2015': '0.36', '2017': '0.3', '2021': '0.08' });
  });

  it('says of every benchmark whether it is national or provincial, with a plain source, no research notes', () => {
    for (const b of pack.benchmarks) {
      expect(['national', 'provincial'], b.id).toContain(b.level);
      expect(b.level === 'provincial', b.id).toBe(b.id.startsWith('provincial-'));
      expect(b.source, b.id).toBeTruthy();
      // The source is printed in the clerk's template: no research references, addresses or other cities' names.
      expect(b.source, b.id).not.toMatch(
        /调研|criteria-research|https?:|#\d|waiditu|南通|江门|宁波|义乌|金华|武汉|绍兴/,
      );
    }
  });

  it('prefills the good-air target only for 2020, the one year a national document fixes (国发〔2018〕22号: 80%)', () => {
    const b = pack.benchmarks.find((x) => x.id === 'provincial-air-quality-target');
    expect(b?.values).toEqual({ '2020': '80' });
    expect(pack.items.find((i) => i.id === '8.1.2')?.target).toEqual({
      kind: 'benchmark',
      op: '>=',
      benchmark: 'provincial-air-quality-target',
    });
  });
});
