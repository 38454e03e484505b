// What `qcc rules test` does once chosen: read the pack and its cases, run each case, print the results.
import { append } from '../../util/append.js';
import type { Command } from 'commander';
import { DEFAULT_PACK } from '../../pack/builtin.js';
import { readNamedPack } from '../../pack/load-pack-and-profile.js';
import { readCases } from '../../pack/read-cases.js';
import { runCase } from '../../engine/run-cases.js';
import { makeProblem } from '../../wording/problem.js';
import { casesText } from '../../report/rules/cases-text.js';
import { optionsOf, type CliContext, type CommonOptions } from '../context.js';
import { printProblems } from '../load-pack.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { today } from '../today.js';

export function runRulesTest(ctx: CliContext, dirArg: string | undefined, command: Command): ExitCode {
  const { tr } = ctx;
  const options = optionsOf<CommonOptions>(command);
  const read = readNamedPack(dirArg ?? options.pack ?? DEFAULT_PACK, ctx.io.cwd, tr);
  const problems = [...read.problems];
  const cases = read.pack ? readCases(read.pack, ctx.io.cwd, tr) : undefined;
  if (cases) append(problems, cases.problems);
  if (cases && cases.files.length === 0 && read.shown !== undefined) {
    problems.push(makeProblem(tr, 'case-no-cases', 'error', { file: read.shown }, { dir: read.shown }));
  }
  printProblems(ctx, problems);
  const pack = read.pack;
  if (!pack || !cases || problems.some((p) => p.severity === 'error')) return EXIT.cannotRun;
  const results = cases.cases.map((c) => runCase(pack, c, today(ctx.io), tr));
  ctx.io.stdout.write(casesText(results, tr));
  return results.every((r) => r.passed) ? EXIT.ok : EXIT.findings;
}
