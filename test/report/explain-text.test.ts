// `qcc explain` text: the rule and basis, the records with their locations, the computation, the outcome and gap.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/evaluate.js';
import { readPack } from '../../src/pack/read-pack.js';
import { explainText } from '../../src/report/explain-text.js';
import { dataset, en, item, pack as packOf, profile, rec, zh } from '../engine/helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const pack = readPack(resolve(ROOT, 'fixtures/packs/mini'), ROOT, zh).pack!;

function report(tr = zh, evidenceDir?: { shown: string; exists: (f: string) => boolean }) {
  return evaluate({
    pack,
    profile: profile(),
    dataset: dataset(
      [
        rec('1.2.1', 2018, 1.2, '衢州市', [], 2),
        rec('1.2.1', 2019, 2.0, '衢州市', [], 3),
        rec('1.2.1', 2020, 1.2, '衢州市', [], 4),
        rec('4.1.1', 2020, 0.25),
        { ...rec('1.1.1', 2020, true, '衢州市', ['会议纪要.pdf']), raw: '是' },
      ],
      {
        benchmarks: [
          {
            benchmark: 'national-special-equipment-death-rate',
            year: 2020,
            value: '0.23',
            source: '国家市场监管总局通报',
            location: { file: '基准值.csv', line: 3 },
          },
        ],
      },
    ),
    year: 2020,
    today: '2020-06-01',
    tool: { name: 'qcc', version: '0' },
    tr,
    ...(evidenceDir ? { evidenceDir } : {}),
  });
}

describe('explainText', () => {
  it('shows a trend: the rule, basis, the three records, each year-on-year step, the gap and uplift', () => {
    expect(explainText(report(), '1.2.1', zh, pack)).toBe(
      [
        '1.2.1 质量工作专项经费占一般公共预算支出比重',
        '达标要求：近 3 年逐年不下降（稳步提高）',
        '分值：3',
        '考核范围：市本级',
        '牵头单位：市市场监管局',
        '依据：衢政办发〔2018〕41号 衢州市争创全国质量强市示范城市工作实施方案 三(一)2（创建城市实践）',
        '',
        '【衢州市】2020 年：不达标',
        '使用的数据：',
        '  2018 年  1.2  填报.xlsx › 指标数据!E2',
        '  2019 年  2  填报.xlsx › 指标数据!E3',
        '  2020 年  1.2  填报.xlsx › 指标数据!E4',
        '计算过程：',
        '  1. 近 3 年数据：2018 年 1.2‰，2019 年 2‰，2020 年 1.2‰',
        '  2. 2018→2019：1.2 → 2，上升 0.8：满足',
        '  3. 2019→2020：2 → 1.2，下降 0.8：不满足',
        '  4. 分值 3；得分 0',
        '差距：2019→2020 下降 0.8 个千分点；达标可加 3 分',
        '',
      ].join('\n'),
    );
  });

  it('shows a benchmark: the value, the benchmark of the year with its source and location', () => {
    const text = explainText(report(), '4.1.1', zh, pack);
    expect(text).toContain(
      '2020 年基准值“全国特种设备万台设备事故死亡率”为 0.23 人/万台（来源：国家市场监管总局通报）',
    );
    expect(text).toContain('  2020 年  0.23  基准值.csv:3');
    expect(text).toContain('0.25 人/万台 < 0.23 人/万台：不满足');
    expect(text).toContain('差距：比全国特种设备万台设备事故死亡率高 0.02 人/万台');
  });

  it('says of the benchmark whether it is national, its source, the years the pack gives and its research note', () => {
    const text = explainText(report(), '4.1.1', zh, pack);
    expect(text).toContain(
      [
        '基准值：“全国特种设备万台设备事故死亡率”，全国值',
        '  来源：测试数据,不是真实值',
        '  规则包中的数值：2018 年 0.31、2019 年 0.27、2020 年 0.23',
        '分值：',
      ].join('\n'),
    );
    const noted = {
      ...pack,
      benchmarks: pack.benchmarks.map((b) => ({ ...b, level: 'provincial' as const, note: '调研 §2 #11' })),
    };
    const provincial = explainText(report(), '4.1.1', zh, noted);
    expect(provincial).toContain(
      '基准值：“全国特种设备万台设备事故死亡率”，省级值（省下达本市的年度目标或省公布的数）\n',
    );
    expect(provincial).toContain('\n    调研 §2 #11\n');
  });

  it('names the benchmark and the year it lacks, and says where to enter it', () => {
    const r = evaluate({
      pack,
      profile: profile(),
      dataset: dataset([rec('4.1.1', 2021, 0.1)]),
      year: 2021,
      today: '2021-06-01',
      tool: { name: 'qcc', version: '0' },
      tr: zh,
    });
    expect(explainText(r, '4.1.1', zh, pack)).toContain(
      '差距：缺少 2021 年全国特种设备万台设备事故死亡率，请在“基准值”表中填入',
    );
  });

  it('shows a yes-no item with evidence, verified or not', () => {
    expect(explainText(report(), '1.1.1', zh, pack)).toContain('佐证材料：已列 1 份，须至少 1 份：满足');
    expect(explainText(report(), '1.1.1', zh, pack)).toContain('未核验佐证文件是否存在（未指定 --evidence-dir）');
    const checked = explainText(report(zh, { shown: '佐证', exists: () => false }), '1.1.1', zh, pack);
    expect(checked).toContain('【衢州市】2020 年：不达标');
    expect(checked).toContain('差距：佐证材料文件夹“佐证”中找不到：会议纪要.pdf');
  });

  it('shows each region of an item evaluated for the city and districts, and speaks English', () => {
    const text = explainText(report(en), '6.3.1', en, pack);
    expect(text).toContain('[衢州市] 2020: missing');
    expect(text).toContain('[江山市] 2020: missing');
    // The city-wide figure carries the item's points; a district's missing figure adds none.
    expect(text).toContain('Gap: not reported (2020); passing adds 3 points');
    expect(text).toMatch(/\[江山市\] 2020: missing\n[^[]*Gap: not reported \(2020\)\n/);
  });

  it('says when an item has no outcome', () => {
    const r = evaluate({
      pack,
      profile: profile({ districts: [] }),
      dataset: dataset([]),
      year: 2020,
      today: '2020-01-01',
      tool: { name: 'qcc', version: '0' },
      tr: zh,
    });
    expect(explainText(r, '6.3.2', zh, pack)).toContain('考核项 6.3.2 在本次自查中没有结果');
  });

  it('shows both routes of an either-or item, with the figure of its component marked as the component data', () => {
    const routes = packOf([
      item(
        '1.1.1',
        {
          kind: 'any',
          any: [
            { kind: 'compare', op: '>=', value: '1' },
            { kind: 'item', item: '1.1.2' },
          ],
        },
        { title: '建成示范区或出口食品检验合格率达标', measure: { kind: 'count', unit: '个' } },
      ),
      item(
        '1.1.2',
        { kind: 'compare', op: '>=', value: '90' },
        { title: '出口食品检验合格率', points: 0, partOf: '1.1.1' },
      ),
    ]);
    const r = evaluate({
      pack: routes,
      profile: profile({ districts: [] }),
      dataset: dataset([rec('1.1.1', 2020, 0, '衢州市', [], 7), rec('1.1.2', 2020, 88, '衢州市', [], 8)]),
      year: 2020,
      today: '2020-01-01',
      tool: { name: 'qcc', version: '0' },
      tr: zh,
    });
    const text = explainText(r, '1.1.1', zh, routes);
    expect(text).toContain('达标要求：≥ 1 个，或出口食品检验合格率（1.1.2）≥ 90%');
    expect(text).toContain(
      '  2020 年  0  填报.xlsx › 指标数据!E7\n  2020 年  88  填报.xlsx › 指标数据!E8（1.1.2 的数据）\n',
    );
    expect(text).toContain('（2） 88% ≥ 90%：不满足');
    expect(text).toContain('差距：还差 1 个；或出口食品检验合格率（1.1.2）：还差 2 个百分点');
    expect(explainText(r, '1.1.2', zh, routes)).toContain(
      '考核项 1.1.2 是 1.1.1 的组成数据，不单独考核；它的数据和计算见 qcc explain 1.1.1。',
    );
  });
});
