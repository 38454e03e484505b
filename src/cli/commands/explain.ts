// `qcc explain ITEM [files…]`: one item's rule, basis, the records used, the computation and the gap.
import type { Command } from 'commander';
import { explainText } from '../../report/explain-text.js';
import { optionsOf, printProblems, type CliContext } from '../context.js';
import { addEvaluationOptions, runEvaluation, type EvaluationOptions } from '../evaluation.js';
import { EXIT } from '../exit-codes.js';
import { suggest } from '../../util/suggest.js';

export function registerExplain(program: Command, ctx: CliContext): void {
  const { tr } = ctx;
  const explain = program.command('explain').description(tr.t('cli.cmd.explain')).argument('<item>', tr.t('cli.arg.item')).argument('[files...]', tr.t('cli.arg.files'));
  addEvaluationOptions(explain, tr)
    .action(async (item: string, files: string[], _options, command: Command) => {
      const options = optionsOf<EvaluationOptions>(command);
      const run = await runEvaluation(ctx, files, options);
      if (!run) return;
      if (!run.pack.items.some((i) => i.id === item)) {
        const suggestion = suggest(item, run.pack.items.map((i) => i.id));
        const message = suggestion ? tr.t('cli.error.unknown-item-suggest', { pack: run.pack.id, item, suggestion }) : tr.t('cli.error.unknown-item', { pack: run.pack.id, item });
        ctx.io.stderr.write(`qcc: ${message}\n`);
        ctx.exitCode = EXIT.cannotRun;
        return;
      }
      // Only the problems of the records this item used matter here.
      const relevant = run.report.problems.filter((p) => p.severity === 'error' && run.report.outcomes.some((o) => o.item === item && o.records.some((r) => r.location.file === p.location.file && r.location.cell === p.location.cell && r.location.line === p.location.line)));
      printProblems(ctx, relevant);
      ctx.io.stdout.write(explainText(run.report, item, tr, run.pack));
      ctx.exitCode = EXIT.ok;
    });
}
