// `qcc rules test [dir]`: runs a pack's own cases (tests/*.yaml) through the engine; exit 0 all pass, 1 a case fails, 2 cannot run.
import type { Command } from 'commander';
import { DEFAULT_PACK } from '../../pack/builtin.js';
import { readNamedPack } from '../../pack/load-pack-and-profile.js';
import { readCases, type TestCase } from '../../pack/read-cases.js';
import { runCase, type CaseResult } from '../../engine/run-cases.js';
import { formatLocation } from '../../util/format-location.js';
import { makeProblem } from '../../util/problem.js';
import type { Translator } from '../../i18n/index.js';
import { optionsOf, printProblems, type CliContext, type CommonOptions } from '../context.js';
import { action } from '../action.js';
import { EXIT } from '../exit-codes.js';
import { packOption } from '../options.js';
import { today } from '../today.js';

export function registerRulesTest(rules: Command, ctx: CliContext): void {
  const { tr } = ctx;
  rules
    .command('test')
    .description(tr.t('cli.cmd.rules.test'))
    .argument('[dir]', tr.t('cli.arg.dir'))
    .addOption(packOption(tr))
    .action(
      action(ctx, (dirArg: string | undefined, _options: unknown, command: Command) => {
        const options = optionsOf<CommonOptions>(command);
        const read = readNamedPack(dirArg ?? options.pack ?? DEFAULT_PACK, ctx.io.cwd, tr);
        const problems = [...read.problems];
        const cases = read.pack ? readCases(read.pack, ctx.io.cwd, tr) : undefined;
        if (cases) problems.push(...cases.problems);
        if (cases && cases.files.length === 0 && read.shown !== undefined) {
          problems.push(makeProblem(tr, 'case-no-cases', 'error', { file: read.shown }, { dir: read.shown }));
        }
        printProblems(ctx, problems);
        const pack = read.pack;
        if (!pack || !cases || problems.some((p) => p.severity === 'error')) return EXIT.cannotRun;
        const results = cases.cases.map((c) => runCase(pack, c, today(ctx.io), tr));
        ctx.io.stdout.write(casesText(results, tr));
        return results.every((r) => r.passed) ? EXIT.ok : EXIT.findings;
      }),
    );
}

/** One line per case, grouped by file; a failing case names its file:line and each expectation that differed. */
export function casesText(results: readonly CaseResult<TestCase>[], tr: Translator): string {
  const lines: string[] = [];
  let file: string | undefined;
  for (const { testCase, passed, diffs } of results) {
    if (testCase.location.file !== file) {
      file = testCase.location.file;
      lines.push(file);
    }
    if (passed) {
      lines.push(`  ${tr.t('rules-test.pass', { name: testCase.name })}`);
      continue;
    }
    lines.push(`  ${tr.t('rules-test.fail', { name: testCase.name, location: formatLocation(testCase.location) })}`);
    for (const d of diffs) {
      const params = { key: d.expectation.key, expected: d.expectation.status, actual: d.actual ?? tr.t('rules-test.no-outcome') };
      const gap = d.outcome?.gap?.text;
      lines.push(`  ${gap ? tr.t('rules-test.diff-gap', { ...params, gap }) : tr.t('rules-test.diff', params)}`);
    }
  }
  const failed = results.filter((r) => !r.passed).length;
  lines.push(tr.t('rules-test.summary', { cases: results.length, passed: results.length - failed, failed }));
  return `${lines.join('\n')}\n`;
}
