// qcc rules list / show / schema / lint on the test pack, run in-process through main().
import { Ajv } from 'ajv';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { ROOT } from '../helpers/paths.js';
import { itemFileNames } from '../../src/pack/read-pack.js';

const MINI = ['--pack', 'fixtures/packs/mini'];

describe('qcc rules', () => {
  it('lint: the test pack is clean (exit 0)', async () => {
    const run = await runCli(['rules', 'lint', 'fixtures/packs/mini'], { cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('fixtures/packs/mini：没有发现问题（10 个考核项）。\n');
    expect(run.code).toBe(0);
  });

  it('lint: with a profile, warns about targets the city must still set', async () => {
    const run = await runCli(['rules', 'lint', 'fixtures/packs/mini', '--profile', 'fixtures/profiles/mini-bad.yaml'], {
      cwd: ROOT,
    });
    expect(run.stderr).toContain('考核项 6.4.2 没有公开的达标值');
    expect(run.code).toBe(2);
  });

  it('lint: a folder that does not exist exits 2', async () => {
    const run = await runCli(['rules', 'lint', 'no/such/pack'], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('找不到规则包：no/such/pack');
  });

  it('list --format json follows qcc/rules@1', async () => {
    const run = await runCli(['rules', 'list', ...MINI, '--format', 'json'], { cwd: ROOT });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.schema).toBe('qcc/rules@1');
    expect(doc.pack).toMatchObject({ id: 'mini', version: '0.1' });
    expect(doc.items).toHaveLength(10);
    expect(doc.items[0]).toEqual({
      id: '1.1.1',
      title: '市政府常务会议听取质量工作汇报',
      area: '1',
      measure: { kind: 'yes-no', unit: '' },
      target: { equals: 'yes' },
      points: 2,
      veto: false,
      scope: 'city',
      lead: '市市场监管局',
      support: [],
      basis: { doc: 'plan', clause: '三(一)1', confidence: 'plan' },
      evidence: ['会议纪要'],
      min_evidence: 1,
    });
  });

  it('list is the same bytes twice', async () => {
    const a = await runCli(['rules', 'list', ...MINI, '--format', 'markdown'], { cwd: ROOT });
    const b = await runCli(['rules', 'list', ...MINI, '--format', 'markdown'], { cwd: ROOT });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain(
      '| 6.3.1 | 工程一次验收合格率 | = 100% | 3 |  | 市住建局 | 衢政办发〔2018〕41号 三(六)3 | 方案原文 |',
    );
  });

  it('list as a table shows every item', async () => {
    const run = await runCli(['rules', 'list', ...MINI], { cwd: ROOT });
    for (const id of ['1.1.1', '4.1.2', '6.4.2']) expect(run.stdout).toContain(id);
  });

  it('show prints target, points, veto, departments, basis with document number and confidence, remedy', async () => {
    const run = await runCli(['rules', 'show', '6.3.1', ...MINI], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '6.3.1  工程一次验收合格率',
        '',
        '  考核板块：（6）提升工程质量',
        '  计量：比率（%）',
        '  有效范围：0–100%（按计量类型）',
        '  达标要求：= 100%',
        '  分值：3',
        '  一票否决：否',
        '  考核范围：全市及各县（市、区），按全市数值计分，县级数值只统计达标情况',
        '  牵头单位：市住建局',
        '  配合单位：市交通运输局',
        '  依据：衢政办发〔2018〕41号 《衢州市争创全国质量强市示范城市工作实施方案》 三(六)3',
        '  可信度：方案原文',
        '  整改建议：对一次验收未合格的工程逐项分析原因，限期整改复验。',
        '  定义位置：fixtures/packs/mini/06-engineering.yaml:4',
        '',
      ].join('\n'),
    );
  });

  it('show says where a benchmark comes from: level, source, the years in the pack, note', async () => {
    const death = await runCli(['rules', 'show', '5.3.1'], { cwd: ROOT });
    expect(death.stdout).toContain(
      '  达标要求：< 全国特种设备万台设备事故死亡率\n  基准值：“全国特种设备万台设备事故死亡率”，全国值\n',
    );
    expect(death.stdout).toContain('  基准值来源：市场监管总局（原质检总局）每年发布的全国特种设备安全状况通告');
    expect(death.stdout).toContain(
      '  规则包中的基准值：2011 年 0.595、2014 年 0.39、2015 年 0.36、2017 年 0.3、2021 年 0.08\n',
    );
    expect(death.stdout).toMatch(/ {2}基准值说明：调研 §2 #11；.*https:\/\/gdase\.com/);
    const air = await runCli(['rules', 'show', '8.1.2'], { cwd: ROOT });
    expect(air.stdout).toContain(
      '  基准值：“省下达本市的空气质量优良天数比率目标”，省级值（省下达本市的年度目标或省公布的数）\n',
    );
    expect(air.stdout).toContain('  规则包中的基准值：2020 年 80\n');
    const water = await runCli(['rules', 'show', '8.1.4'], { cwd: ROOT });
    expect(water.stdout).toContain('  规则包中的基准值：规则包中没有数值，请在“基准值”表中填入\n');
    const english = await runCli(['rules', 'show', '8.1.2', '--lang', 'en'], { cwd: ROOT });
    expect(english.stdout).toContain('  Benchmark values in the pack: 2020: 80\n');
  });

  it('show prints the valid range the pack gives an item, and its typical range', async () => {
    const growth = await runCli(['rules', 'show', '1.3.4'], { cwd: ROOT });
    expect(growth.stdout).toContain('  有效范围：不小于 -100%\n');
    const area = await runCli(['rules', 'show', '6.1.4'], { cwd: ROOT });
    expect(area.stdout).toContain('  有效范围：不小于 0 万平方米（按计量类型）\n  常见范围：1–5000 万平方米\n');
    const json = await runCli(['rules', 'list', '--format', 'json'], { cwd: ROOT });
    const items = JSON.parse(json.stdout).items as { id: string; measure: unknown }[];
    expect(items.find((i) => i.id === '1.3.4')?.measure).toEqual({ kind: 'rate', unit: '%', range: { min: -100 } });
  });

  it.each([
    [
      '6.4.2',
      [
        '  达标要求：≥ 60 万平方米',
        '  本市设定：本市目标(参照义乌)（规则包原为：待本市设定（无公开阈值;义乌2018年为60万平方米），0 分；见 qcc.yaml 的 overrides）',
      ],
    ],
    [
      '6.3.2',
      [
        '  分值：4',
        '  本市设定：本市交通工程比重大（规则包原为：介于 98% 与 100% 之间，2 分；见 qcc.yaml 的 overrides）',
      ],
    ],
    ['4.2.1', ['  本市设定：不适用：本市无进口商品法检业务（见 qcc.yaml 的 not_applicable）']],
  ])('show %s applies and names what the profile sets', async (id, lines) => {
    const run = await runCli(['rules', 'show', id, '--profile', 'fixtures/profiles/mini-ok.yaml'], { cwd: ROOT });
    expect(run.code).toBe(0);
    for (const line of lines) expect(run.stdout.split('\n')).toContain(line);
  });

  it("marks a component in list and show, and show of its parent names the route with the city's target", async () => {
    const list = await runCli(['rules', 'list', '--format', 'markdown'], { cwd: ROOT });
    expect(list.stdout).toContain('| 4.1.3 | 出口食品检验合格率（4.1.2 的组成数据） |');
    const component = await runCli(['rules', 'show', '4.1.3'], { cwd: ROOT });
    expect(component.stdout).toContain(
      '  组成数据：是 4.1.2 的组成数据，由 4.1.2 的达标要求读取；本项不单独计分，也不单独列入整改清单\n',
    );
    const json = await runCli(['rules', 'list', '--format', 'json'], { cwd: ROOT });
    const items = JSON.parse(json.stdout).items as { id: string; part_of?: string; target: unknown }[];
    expect(items.find((i) => i.id === '4.1.3')?.part_of).toBe('4.1.2');
    expect(items.find((i) => i.id === '4.1.2')?.target).toEqual({ any: [{ op: '>=', value: 1 }, { item: '4.1.3' }] });
    const dir = mkdtempSync(join(tmpdir(), 'qcc-rate-'));
    writeFileSync(
      join(dir, 'qcc.yaml'),
      'city: 某市\noverrides:\n  "4.1.3": { target: { op: ">=", value: 99 }, reason: 海关下达目标 }\n',
    );
    const parent = await runCli(['rules', 'show', '4.1.2'], { cwd: dir });
    expect(parent.stdout).toContain('  达标要求：≥ 1 个，或出口食品检验合格率（4.1.3）≥ 99%\n');
    rmSync(dir, { recursive: true, force: true });
  });

  it('show of an unknown item exits 2', async () => {
    const run = await runCli(['rules', 'show', '9.9.9', ...MINI], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('规则包 mini 中没有考核项 9.9.9');
  });

  it('schema items validates the test pack item files', async () => {
    const run = await runCli(['rules', 'schema', 'items']);
    expect(run.code).toBe(0);
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(run.stdout));
    const dir = `${ROOT}fixtures/packs/mini`;
    for (const name of itemFileNames(dir)) {
      const ok = validate(parse(readFileSync(`${dir}/${name}`, 'utf8')));
      expect(validate.errors, name).toBeNull();
      expect(ok).toBe(true);
    }
    // and rejects a broken one
    expect(validate(parse(readFileSync(`${ROOT}fixtures/rule-files/invalid/negative-points.yaml`, 'utf8')))).toBe(
      false,
    );
  });

  it.each(['pack', 'profile'])('schema %s prints a JSON Schema', async (name) => {
    const run = await runCli(['rules', 'schema', name]);
    expect(JSON.parse(run.stdout).$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
});
