// `qcc check --format json` on the bundled sample city: the document other tools rely on (schema, fields,
// input hashes, same bytes every run), and one run of the real built CLI in a child process.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { fixture, ROOT } from '../helpers/paths.js';
import { childEnv } from '../helpers/child-env.js';

const SAMPLE = fixture('sample');
const ARGS = ['check', '--date', '2020-12-15', '--format', 'json'];
const schema = JSON.parse(readFileSync(join(ROOT, 'docs/report.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(
  schema,
);

type Json = Record<string, unknown> & {
  inputs: { path: string; sha256: string; kind: string }[];
  summary: Record<string, unknown> & { counts: Record<string, number> };
  outcomes: (Record<string, unknown> & { status: string; gap?: { text: string } })[];
  areas: Record<string, unknown>[];
  problems: (Record<string, unknown> & { location: Record<string, unknown> })[];
};

describe('qcc check --format json on the sample city', () => {
  let first: CliRun;
  let doc: Json;
  beforeAll(async () => {
    first = await runCli(ARGS, { cwd: SAMPLE });
    doc = JSON.parse(first.stdout) as Json;
  });

  it('exits 1 (the sample has failures and missing data) and prints nothing else', () => {
    expect(first.code).toBe(1);
    expect(first.stderr).toBe('');
  });

  it('validates against docs/report.schema.json', () => {
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('scores scope-all items on the city-wide figure: county outcomes name the city and carry no points', () => {
    const counties = doc.outcomes.filter((o) => o.item === '8.1.2' && o.region !== '衢州市');
    expect(counties).toHaveLength(6);
    for (const o of counties) expect(o).toMatchObject({ pointsCarriedBy: '衢州市', points: 0, earned: 0, uplift: 0 });
    expect(doc.outcomes.find((o) => o.item === '8.1.2' && o.region === '衢州市')).toMatchObject({
      points: 1.5,
      earned: 1.5,
      regions: 1,
    });
  });

  it('a veto item without data is undetermined in a report that validates against the schema', async () => {
    const run = await runCli(['check', '--date', '2020-12-15', '--format', 'json', '--fail-on', 'verdict'], {
      cwd: fixture('scenarios/veto-undetermined'),
    });
    const report = JSON.parse(run.stdout) as Json;
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.summary).toMatchObject({
      verdict: 'undetermined',
      vetoFailed: [],
      vetoUndetermined: ['4.1.2'],
      grade: 'A',
    });
    expect(run.code).toBe(1);
  });

  it('has the fields DESIGN.md names for the report', () => {
    expect(doc).toMatchObject({
      schema: 'qcc/report@1',
      tool: { name: 'qcc' },
      pack: { id: 'quality-city', version: '2018.1' },
      profile: { city: '衢州市' },
      year: 2020,
    });
    expect(Object.keys(doc.summary)).toEqual(
      expect.arrayContaining(['score', 'total', 'grade', 'verdict', 'vetoFailed', 'vetoUndetermined', 'counts']),
    );
    expect(Object.keys(doc.summary.counts).sort()).toEqual([
      'fail',
      'invalid',
      'missing',
      'not-applicable',
      'pass',
      'waived',
    ]);
    expect(doc.summary).toMatchObject({ total: 100, verdict: 'pass', vetoFailed: [] });
    for (const area of doc.areas)
      expect(Object.keys(area)).toEqual(expect.arrayContaining(['id', 'title', 'score', 'total']));
    const outcomeFields = [
      'item',
      'title',
      'area',
      'region',
      'year',
      'status',
      'target',
      'points',
      'earned',
      'veto',
      'lead',
      'uplift',
    ];
    for (const outcome of doc.outcomes) expect(Object.keys(outcome)).toEqual(expect.arrayContaining(outcomeFields));
    // Every outcome that is not met says how far it is from the target.
    const unmet = doc.outcomes.filter((o) => o.status === 'fail' || o.status === 'missing');
    expect(unmet.length).toBeGreaterThan(0);
    for (const o of unmet) expect(o.gap?.text, `${String(o.item)} @ ${String(o.region)}`).toBeTruthy();
    // The counts add up to the outcomes listed.
    expect(Object.values(doc.summary.counts).reduce((a, b) => a + b, 0)).toBe(doc.outcomes.length);
    for (const p of doc.problems)
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['code', 'severity', 'message', 'location']));
  });

  it('lists every data file of the sample, the profile and the pack files, each with its sha256', () => {
    const dataFiles = readdirSync(SAMPLE)
      .filter((f) => /\.(xlsx|csv)$/.test(f))
      .sort();
    const data = doc.inputs.filter((i) => i.kind === 'xlsx' || i.kind === 'csv');
    expect(data.map((i) => i.path).sort()).toEqual(dataFiles);
    const packFiles = readdirSync(join(ROOT, 'rules/quality-city'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `qcc:rules/quality-city/${f}`)
      .sort();
    expect(
      doc.inputs
        .filter((i) => i.kind === 'pack')
        .map((i) => i.path)
        .sort(),
    ).toEqual(packFiles);
    expect(doc.inputs.filter((i) => i.kind === 'profile').map((i) => i.path)).toEqual(['qcc.yaml']);
    const onDisk = (path: string) => (path.startsWith('qcc:') ? join(ROOT, path.slice(4)) : join(SAMPLE, path));
    for (const input of doc.inputs)
      expect(input.sha256).toBe(
        createHash('sha256')
          .update(readFileSync(onDisk(input.path)))
          .digest('hex'),
      );
    for (const input of data) expect(input.kind).toBe(input.path.endsWith('.csv') ? 'csv' : 'xlsx');
  });

  it('gives the same bytes on a second run', async () => {
    const second = await runCli(ARGS, { cwd: SAMPLE });
    expect(second.stdout).toBe(first.stdout);
  });

  it('the built CLI (bin/qcc.js) in a child process gives the same report and exit code', () => {
    const run = spawnSync(
      process.execPath,
      ['bin/qcc.js', 'check', '--profile', 'fixtures/sample/qcc.yaml', '--date', '2020-12-15', '--format', 'json'],
      {
        cwd: ROOT,
        env: childEnv(),
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const built = JSON.parse(run.stdout) as Json;
    // Run from the repository root, the files are shown from there; the evaluation is the same.
    expect(built.inputs.map((i) => i.path).sort()).toEqual(
      doc.inputs.map((i) => (i.path.startsWith('qcc:') ? i.path : `fixtures/sample/${i.path}`)).sort(),
    );
    expect(built.summary).toEqual(doc.summary);
    expect(built.outcomes.map((o) => [o.item, o.region, o.status, o.value, o.earned])).toEqual(
      doc.outcomes.map((o) => [o.item, o.region, o.status, o.value, o.earned]),
    );
  });
});

describe('check, gaps and explain on a partly filled county workbook', () => {
  const DATA = fixture('data');
  it.each([
    ['check', ['check', 'partial/kaihua-partial.xlsx', '--fail-on', 'none']],
    ['gaps', ['gaps', 'partial/kaihua-partial.xlsx', '--format', 'markdown']],
  ])('%s prints one summary of the blank cells, and every cell with --verbose', async (_name, args) => {
    const summary = await runCli(args, { cwd: DATA });
    expect(summary.stderr).toContain('partial/kaihua-partial.xlsx › 指标数据  警告  开化县 2020 年有 6 项没有填数值');
    expect(summary.stderr).not.toContain('指标数据!E3');
    const verbose = await runCli([...args, '--verbose'], { cwd: DATA });
    expect(verbose.stderr).not.toContain('[values-missing]');
    expect(verbose.stderr).toContain(
      'partial/kaihua-partial.xlsx › 指标数据!E4  警告  考核项 1.3.1 填的是占位符“—”，按未填报处理',
    );
  });

  it('explain takes --verbose too', async () => {
    const run = await runCli(['explain', '6.3.1', 'partial/kaihua-partial.xlsx', '--verbose'], { cwd: DATA });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('6.3.1');
  });
});
