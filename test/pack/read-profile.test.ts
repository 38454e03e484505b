// The profile (qcc.yaml): read against a pack; every mistake is a problem with a location, never a crash.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPack } from '../../src/pack/read-pack.js';
import { buildProfile, readProfileFile, unsetTargetProblems } from '../../src/pack/read-profile.js';
import { translator } from '../../src/i18n/index.js';
import { ROOT, fixture } from '../helpers/paths.js';
import { formatLocation } from '../../src/util/format-location.js';

const tr = translator('zh');
const pack = readPack(fixture('packs/mini'), ROOT, tr).pack!;

function load(file: string) {
  const read = readProfileFile(file, ROOT, tr);
  const built = buildProfile(read, pack, tr);
  return { profile: built.profile, problems: [...read.problems, ...built.problems] };
}

describe('profile', () => {
  it('reads a valid profile', () => {
    const { profile, problems } = load('fixtures/profiles/mini-ok.yaml');
    expect(problems).toEqual([]);
    expect(profile.city).toBe('衢州市');
    expect(profile.districts).toHaveLength(6);
    expect(profile.overrides['6.4.2']?.target).toEqual({ kind: 'compare', op: '>=', value: '60' });
    expect(profile.overrides['6.3.2']).toMatchObject({ points: 4, reason: '本市交通工程比重大' });
    expect(profile.notApplicable['4.2.1']?.reason).toBe('本市无进口商品法检业务');
    expect(profile.waivers[0]).toMatchObject({ item: '1.3.1', region: '衢州市', expires: '2020-12-31' });
    expect(profile.file).toBe('fixtures/profiles/mini-ok.yaml');
    expect(unsetTargetProblems(pack, profile, tr)).toEqual([]);
  });

  it('reports each mistake with its place', () => {
    const { problems } = load('fixtures/profiles/mini-bad.yaml');
    const got = problems.map((p) => `${formatLocation(p.location)} ${p.code}`).sort();
    expect(got).toEqual(
      [
        'fixtures/profiles/mini-bad.yaml:13:5 schema-required',
        'fixtures/profiles/mini-bad.yaml:13:46 profile-bad-date',
        'fixtures/profiles/mini-bad.yaml:15:1 schema-unknown-key',
        'fixtures/profiles/mini-bad.yaml:7:3 profile-unknown-item',
        'fixtures/profiles/mini-bad.yaml:8:22 target-measure',
        'fixtures/profiles/mini-bad.yaml:12:30 profile-unknown-region',
      ].sort(),
    );
    const unknown = problems.find((p) => p.code === 'profile-unknown-item');
    expect(unknown?.hint).toContain('6.3.1');
    const region = problems.find((p) => p.code === 'profile-unknown-region');
    expect(region?.hint).toContain('柯城区');
  });

  it('warns when the pack leaves a target to the city and the profile does not set it', () => {
    const read = readProfileFile(undefined, fixture('packs'), tr);
    const { profile } = buildProfile(read, pack, tr);
    const warnings = unsetTargetProblems(pack, profile, tr);
    expect(warnings.map((w) => [w.code, w.severity, w.message])).toEqual([
      ['target-unset', 'warning', '考核项 6.4.2 没有公开的达标值，需要在自查配置中设定'],
    ]);
  });

  it('is a problem, not a crash, when --profile names a missing file', () => {
    const read = readProfileFile('no-such.yaml', ROOT, tr);
    expect(read.problems.map((p) => p.code)).toEqual(['profile-not-found']);
  });
});

describe('a pack named in qcc.yaml', () => {
  it('is found relative to qcc.yaml, wherever qcc runs from', async () => {
    const { runCli } = await import('../helpers/run-cli.js');
    const run = await runCli(['rules', 'list', '--format', 'json', '--profile', 'fixtures/data/qcc.yaml'], {
      cwd: ROOT,
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).pack.id).toBe('mini');
  });

  it('that does not exist is reported at the pack: line of qcc.yaml', async () => {
    const { runCli } = await import('../helpers/run-cli.js');
    const run = await runCli(['rules', 'list', '--profile', 'fixtures/profiles/missing-pack.yaml'], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'fixtures/profiles/missing-pack.yaml:2:7 (pack)  错误  找不到规则包：../packs/no-such-pack  [pack-not-found]',
    );
  });
});

describe('exempting a veto item', () => {
  it('is a warning at the waiver and at the not-applicable entry', async () => {
    const { runCli } = await import('../helpers/run-cli.js');
    const run = await runCli(
      ['rules', 'lint', 'fixtures/packs/mini', '--profile', 'fixtures/profiles/veto-exempted.yaml'],
      { cwd: ROOT },
    );
    const lines = run.stderr.split('\n').filter((l) => l.includes('[profile-veto-exempted]'));
    expect(lines).toEqual([
      'fixtures/profiles/veto-exempted.yaml:6:3 (not_applicable.4.1.2)  警告  ' +
        '考核项 4.1.2 是一票否决项，列为不适用后它不再否决：即使发生重特大质量安全事件，结论也可能是达标  [profile-veto-exempted]',
      'fixtures/profiles/veto-exempted.yaml:8:5 (waivers[0])  警告  ' +
        '考核项 4.1.2 是一票否决项，豁免后它不再否决：即使发生重特大质量安全事件，结论也可能是达标  [profile-veto-exempted]',
    ]);
  });
});

describe('a component (part_of) in the profile, against the built-in pack', () => {
  const builtin = readPack(join(ROOT, 'rules/quality-city'), ROOT, tr).pack!;
  const read = readProfileFile('fixtures/profiles/component-exempted.yaml', ROOT, tr);
  const built = buildProfile(read, builtin, tr);
  const problems = [...read.problems, ...built.problems].map((p) => `${formatLocation(p.location)} ${p.code}`);

  it('warns that marking the unused route not applicable or waiving it does nothing, and ignores it', () => {
    expect(problems).toContain('fixtures/profiles/component-exempted.yaml:10:3 profile-component-exempted');
    expect(problems).toContain('fixtures/profiles/component-exempted.yaml:12:5 profile-component-exempted');
    expect(built.profile.notApplicable).toEqual({});
    expect(built.profile.waivers).toEqual([]);
  });

  it("lets the parent's override name its component, and refuses one that names another item's", () => {
    expect(built.profile.overrides['4.1.2']?.target?.kind).toBe('any');
    expect(problems).toContain('fixtures/profiles/component-exempted.yaml:8:64 target-item-not-part');
    expect(built.profile.overrides['4.1.6']?.target).toBeUndefined();
    expect(problems).toHaveLength(3);
  });

  it('asks for no target of an unset component: its parent says so when that route is needed', () => {
    const ids = unsetTargetProblems(builtin, built.profile, tr).map((p) => p.message);
    expect(ids.some((m) => m.includes('4.1.3'))).toBe(false);
    expect(ids.length).toBeGreaterThan(0);
  });
});

describe('profile values in the wrong form', () => {
  it('names the repeated district and the date, in words rather than a regular expression', () => {
    const { problems } = load('fixtures/profiles/mini-bad-forms.yaml');
    expect(problems.map((p) => [`${formatLocation(p.location)}`, p.code, p.message, p.hint])).toEqual([
      [
        'fixtures/profiles/mini-bad-forms.yaml:3:23',
        'schema-unique',
        'districts 中 柯城区 重复出现',
        '删去重复的一项。',
      ],
      [
        'fixtures/profiles/mini-bad-forms.yaml:4:11',
        'profile-bad-date',
        '日期 2020/12/31 无效',
        '日期写成 YYYY-MM-DD，如 2020-12-31。',
      ],
    ]);
  });
});

describe('--pack and the pack named in qcc.yaml', () => {
  it.each([
    ['fixtures/packs/mini', false],
    ['fixtures/packs/cases-demo', true],
  ])('--pack %s: a mismatch warning only when they are different folders', async (pack, warns) => {
    const { runCli } = await import('../helpers/run-cli.js');
    const run = await runCli(
      ['rules', 'list', '--format', 'json', '--pack', pack, '--profile', 'fixtures/data/qcc.yaml'],
      { cwd: ROOT },
    );
    expect(run.stderr.includes('[profile-pack-mismatch]')).toBe(warns);
  });
});

describe('data: in qcc.yaml', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qcc-profile-data-'));
  const read = (yaml: string) => {
    writeFileSync(join(dir, 'qcc.yaml'), `city: 衢州市\ndistricts: [柯城区]\n${yaml}`);
    const file = readProfileFile('qcc.yaml', dir, tr);
    const built = buildProfile(file, pack, tr);
    return {
      data: built.profile.data,
      problems: [...file.problems, ...built.problems].map((p) => `${formatLocation(p.location)} ${p.code}`),
    };
  };

  // [qcc.yaml after city/districts (line 3 on), the entries read, the problems at their places]
  it.each<[string, string[] | undefined, string[]]>([
    ['data: 报送/\n', ['报送/'], []],
    ['data: "报送/*.xlsx"\n', ['报送/*.xlsx'], []],
    ['data: [报送/, 补报/**/*.csv, ../市局/city.xlsx]\n', ['报送/', '补报/**/*.csv', '../市局/city.xlsx'], []],
    ['data:\n  - 报送/\n  - 补报/*.xlsx\n', ['报送/', '补报/*.xlsx'], []],
    ['year: 2020\n', undefined, []],
    ['data: 2020\n', undefined, ['qcc.yaml:3:7 schema-type']],
    ['data: { folder: 报送 }\n', undefined, ['qcc.yaml:3:7 schema-type']],
    ['data: ""\n', undefined, ['qcc.yaml:3:7 schema-size']],
    ['data: []\n', undefined, ['qcc.yaml:3:7 schema-size']],
    ['data:\n  - 报送/\n  - 3\n', ['报送/'], ['qcc.yaml:5:5 schema-type']],
    ['data: [报送/, 报送/]\n', ['报送/', '报送/'], ['qcc.yaml:3:13 schema-unique']],
    ['data:\n  - 报送/\n  - "   "\n', ['报送/'], ['qcc.yaml:5:5 profile-data-path']],
    ['data: "报送/{柯城区,开化县}.xlsx"\n', undefined, ['qcc.yaml:3:7 profile-data-path']],
    ['data: "报送/[ab].csv"\n', undefined, ['qcc.yaml:3:7 profile-data-path']],
  ])('%j', (yaml, entries, problems) => {
    const got = read(yaml);
    expect(got.data?.map((d) => d.text)).toEqual(entries);
    expect(got.problems).toEqual(problems);
  });

  it('remembers where each entry was written, for the messages about it', () => {
    const { data } = read('data:\n  - 报送/\n  - 补报/*.xlsx\n');
    expect(data?.map((d) => formatLocation(d.location))).toEqual(['qcc.yaml:4:5', 'qcc.yaml:5:5']);
  });

  it('says why an entry cannot be used', () => {
    writeFileSync(join(dir, 'qcc.yaml'), 'city: 衢州市\ndata: "报送/{柯城区,开化县}.xlsx"\n');
    const built = buildProfile(readProfileFile('qcc.yaml', dir, tr), pack, tr);
    expect(built.problems[0]?.message).toBe(
      'data: 中的“报送/{柯城区,开化县}.xlsx”无法使用：不支持 {柯城区,开化县} 这种写法，请分成几项写成列表',
    );
  });
});
