// `qcc explain ITEM`: the rule and its basis, the records used with their places, the computation step by
// step, the outcome and the gap — for a trend, a benchmark and a yes-no item with evidence.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { fixture } from '../helpers/paths.js';

const scenario = (name: string): string => fixture(`scenarios/${name}`);
const explain = (cwd: string, ...args: string[]) =>
  runCli(['explain', ...args, '--date', '2020-12-15'], { cwd, env: { LANG: 'zh_CN.UTF-8', NO_COLOR: '1' } });

const HEADER_1_2_1 = [
  '1.2.1 质量工作专项经费占一般公共预算支出比重',
  '达标要求：近 3 年逐年不下降（稳步提高）',
  '分值：3',
  '考核范围：市本级',
  '牵头单位：市市场监管局',
  '依据：衢政办发〔2018〕41号 衢州市争创全国质量强市示范城市工作实施方案 三(一)2（创建城市实践）',
];

describe('qcc explain', () => {
  it('a trend item: the three years read, each year-to-year step, and the fall that fails it', async () => {
    const run = await explain(scenario('some-fail'), '1.2.1');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        ...HEADER_1_2_1,
        '',
        '【衢州市】2020 年：不达标',
        '使用的数据：',
        '  2018 年  1.8  指标数据.csv:3:4',
        '  2019 年  1.9  指标数据.csv:4:4',
        '  2020 年  1.8  指标数据.csv:5:4',
        '计算过程：',
        '  1. 近 3 年数据：2018 年 1.8‰，2019 年 1.9‰，2020 年 1.8‰',
        '  2. 2018→2019：1.8 → 1.9，上升 0.1：满足',
        '  3. 2019→2020：1.9 → 1.8，下降 0.1：不满足',
        '  4. 分值 3；得分 0',
        '差距：2019→2020 下降 0.1 个千分点；达标可加 3 分',
        '',
      ].join('\n'),
    );
  });

  it('a trend item with a year missing says which year', async () => {
    const run = await explain(scenario('year'), '1.2.1', '--year', '2019');
    expect(run.stdout).toContain('【衢州市】2019 年：缺数据');
    expect(run.stdout).toContain('缺少 2017 年的数据，无法判断趋势');
  });

  it('a benchmark item: the benchmark of the same year with its source, the comparison and the distance', async () => {
    const run = await explain(scenario('some-fail'), '4.1.1');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      [
        '【衢州市】2020 年：不达标',
        '使用的数据：',
        '  2020 年  0.25  指标数据.csv:7:4',
        '计算过程：',
        '  1. 2020 年数值：0.25（读作 0.25 人/万台）',
        '  2. 2020 年基准值“全国特种设备万台设备事故死亡率”为 0.23 人/万台（来源：测试数据,不是真实值）',
        '  3. 0.25 人/万台 < 0.23 人/万台：不满足',
        '  4. 分值 3；得分 0',
        '差距：比全国特种设备万台设备事故死亡率高 0.02 人/万台；达标可加 3 分',
      ].join('\n'),
    );
  });

  it('a yes-no item with evidence: the files are checked in --evidence-dir and the missing one named', async () => {
    const run = await explain(scenario('evidence-dir'), '1.1.1', '--evidence-dir', '佐证材料');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      [
        '【衢州市】2020 年：不达标',
        '使用的数据：',
        '  2020 年  是  指标数据.csv:2:4',
        '计算过程：',
        '  1. 填报“是”，要求“是”：满足',
        '  2. 佐证材料：已列 2 份，须至少 1 份：满足',
        '  3. 已在佐证材料文件夹“佐证材料”中核验：缺少 2020-09-常务会议纪要.pdf',
        '  4. 分值 2；得分 0',
        '差距：佐证材料文件夹“佐证材料”中找不到：2020-09-常务会议纪要.pdf；达标可加 2 分',
      ].join('\n'),
    );
  });

  it('a yes-no item with evidence and no --evidence-dir says the files were not verified', async () => {
    const run = await explain(scenario('all-met'), '1.1.1');
    expect(run.stdout).toContain('【衢州市】2020 年：达标');
    expect(run.stdout).toContain(
      '  2. 佐证材料：已列 1 份，须至少 1 份：满足\n  3. 未核验佐证文件是否存在（未指定 --evidence-dir）',
    );
    expect(run.stdout).not.toContain('差距');
  });

  it('an item of the built-in pack on the sample city: records located by workbook, sheet and cell', async () => {
    const run = await explain(fixture('sample'), '1.4.1');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('牵头单位：市财政局（推定）\n配合单位：市市场监管局');
    expect(run.stdout).toContain('  2020 年  是  衢州市-质量强市办.xlsx › 指标数据!E40');
    expect(run.stdout).toContain('  4. 分值 1；得分 1\n');
  });

  it('an item for the city and its districts shows each region; the city-wide figure carries the points', async () => {
    const run = await explain(scenario('some-fail'), '6.3.1');
    expect(run.stdout).toContain('考核范围：全市及各县（市、区），按全市数值计分，县级数值只统计达标情况');
    expect(run.stdout).toContain('  3. 分值 3；得分 3\n');
    expect(run.stdout).toContain(
      '  3. 本项 3 分按全市数值（衢州市）计分；本地区数值是任务分解，只统计达标情况，不单独计分\n差距：还差 1.5 个百分点\n',
    );
    expect(run.stdout).toContain('牵头单位：市住建局\n配合单位：市交通运输局');
    expect(run.stdout.match(/^【.*】2020 年：.*$/gm)).toEqual([
      '【衢州市】2020 年：达标',
      '【柯城区】2020 年：不达标',
      '【衢江区】2020 年：达标',
    ]);
    expect(run.stdout).not.toContain('达标可加');
  });

  it('a waived item shows what its data alone would give and who approved the waiver until when', async () => {
    const run = await explain(scenario('waiver-live'), '4.1.1');
    expect(run.stdout).toContain('【衢州市】2020 年：豁免');
    expect(run.stdout).toContain('  3. 0.25 人/万台 < 0.23 人/万台：不满足');
    expect(run.stdout).toContain(
      '（批准：市质量强市工作领导小组办公室，有效期至 2020-12-31，理由：2020 年事故调查报告尚未结案）；计入得分，若不豁免则为“不达标”',
    );
  });

  it('an unknown item exits 2 and suggests the nearest id', async () => {
    const run = await explain(scenario('some-fail'), '1.2.2');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('qcc: 规则包 mini 中没有考核项 1.2.2，是不是 1.2.1？\n');
  });

  it('in English with --lang en', async () => {
    const run = await explain(scenario('some-fail'), '1.2.1', '--lang', 'en');
    expect(run.stdout).toContain('2019→2020 fell by 0.1 per-mille points');
    expect(run.stdout).not.toMatch(/达标要求|计算过程|差距/);
  });

  it.each([
    { item: '4.1.2', words: '-1 超出有效范围 不小于 0 的整数' },
    { item: '4.1.1', words: '公式没有保存计算结果，请在 Excel 或 WPS 中打开并保存' },
    { item: '1.1.1', words: '不是“是”或“否”' },
    // Two different figures for one region and year: judged as in dispute, not on whichever was read first.
    { item: '6.3.2', words: '【龙游县】2020 年：数据无效' },
    {
      item: '6.3.2',
      words:
        '差距：数据不一致（2020 年：mistakes.xlsx › 指标数据!E10 填“98.5”，mistakes.xlsx › 指标数据!E11 填“99”），核实后只保留一处',
    },
  ])('an unreadable $item value is explained in words, never by an internal code', async ({ item, words }) => {
    const run = await explain(fixture('data'), item, 'mistakes.xlsx');
    expect(run.stdout).toContain(words);
    // Codes such as out-of-range or formula-no-result belong to the JSON and the problem list, not to sentences.
    expect(run.stdout.replace(/\[[a-z-]+\]/g, '')).not.toMatch(/\b[a-z]+(-[a-z]+)+\b/);
  });
});
