// `qcc gaps [files…] -o 整改清单.xlsx [--previous old.xlsx]`: the gap list, keeping what people typed into the last one.
import type { Command } from 'commander';
import { GAP_LIST_FORMATS } from '../../report/format-names.js';
import type { CliContext } from '../context.js';
import { action } from '../action.js';
import type { Evaluation, EvaluationOptions } from '../evaluation.js';
import { addEvaluationOptions, addOutputOptions, forceOption } from '../options.js';
import type { RegisterCommand } from './index.js';

/** How gaps gets its report from data: the shared pipeline; tests may pass one that answers a prepared report. */
export type Evaluator = (
  ctx: CliContext,
  files: readonly string[],
  options: EvaluationOptions,
) => Promise<Evaluation | undefined>;

/** Without an evaluator, the shared pipeline (loaded when gaps runs). */
export function registerGapsWith(evaluator?: Evaluator): RegisterCommand {
  return (program: Command, ctx: CliContext) => {
    const { tr } = ctx;
    const gaps = program
      .command('gaps')
      .description(tr.t('gaps.cmd.gaps'))
      .argument('[files...]', tr.t('gaps.arg.files'));
    addEvaluationOptions(gaps, tr)
      .option('--previous <file>', tr.t('gaps.option.previous'), (file: string, all: string[] = []) => [...all, file])
      .option('--report <file>', tr.t('gaps.option.report'));
    addOutputOptions(gaps, tr, GAP_LIST_FORMATS)
      .addOption(forceOption(tr))
      .action(
        action(ctx, async (files: string[], _options: unknown, command: Command) => {
          const { runGaps } = await import('./gaps-action.js');
          const evaluate = evaluator ?? (await import('../evaluation.js')).runEvaluation;
          return runGaps(ctx, files, command, evaluate);
        }),
      );
  };
}
