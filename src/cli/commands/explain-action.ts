// What `qcc explain` does once chosen: evaluate, then write the one item's explanation with its records' problems.
import type { Command } from 'commander';
import { explainFormatters } from '../../report/explain-text.js';
import { optionsOf, type CliContext } from '../context.js';
import { runEvaluation, type EvaluationOptions } from '../evaluation.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { writeFormatted } from '../output.js';
import { UsageError } from '../usage-error.js';
import { suggest } from '../../util/suggest.js';

export async function runExplain(ctx: CliContext, item: string, files: string[], command: Command): Promise<ExitCode> {
  const { tr } = ctx;
  const options = optionsOf<EvaluationOptions>(command);
  const run = await runEvaluation(ctx, files, options);
  if (!run) return EXIT.cannotRun;
  if (!run.pack.items.some((i) => i.id === item)) {
    const suggestion = suggest(
      item,
      run.pack.items.map((i) => i.id),
    );
    throw new UsageError(
      suggestion
        ? tr.t('cli.error.unknown-item-suggest', { pack: run.pack.id, item, suggestion })
        : tr.t('cli.error.unknown-item', { pack: run.pack.id, item }),
    );
  }
  // Only the problems of the records this item used matter here.
  const problems = run.report.problems.filter(
    (p) =>
      p.severity === 'error' &&
      run.report.outcomes.some(
        (o) =>
          o.item === item &&
          o.records.some(
            (r) =>
              r.location.file === p.location.file &&
              r.location.cell === p.location.cell &&
              r.location.line === p.location.line,
          ),
      ),
  );
  await writeFormatted(ctx, explainFormatters.text, { report: run.report, item, pack: run.pack }, { problems });
  return EXIT.ok;
}
