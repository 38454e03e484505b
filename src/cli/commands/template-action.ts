// What `qcc template` does once chosen: the workbook for the pack, the profile's regions and the years asked.
import type { Command } from 'commander';
import { templateRowCount, templateXlsx } from '../../report/template/template-xlsx.js';
import { templateYears } from '../../report/template/template-rows.js';
import { makeProblem } from '../../wording/problem.js';
import type { Profile } from '../../model/index.js';
import { optionsOf, type CliContext, type CommonOptions } from '../context.js';
import { loadPackAndProfile, printProblems } from '../load-pack.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { emit } from '../output.js';
import { today } from '../today.js';
import { UsageError } from '../usage-error.js';

interface TemplateOptions extends CommonOptions {
  force?: boolean;
  years?: string;
}

/** --year, else the profile's year, else last year (the latest a city usually has complete data for). */
export function evaluationYear(option: string | undefined, profile: Profile, today: string): number {
  if (option && /^\d{4}$/.test(option)) return Number(option);
  if (profile.year) return profile.year;
  return Number(today.slice(0, 4)) - 1;
}

export async function runTemplate(ctx: CliContext, command: Command): Promise<ExitCode> {
  const { tr } = ctx;
  const options = optionsOf<TemplateOptions>(command);
  if (!options.output) throw new UsageError(tr.t('template.cli.needs-output'));
  const { loaded, problems } = loadPackAndProfile(ctx, options);
  printProblems(ctx, problems);
  if (!loaded) return EXIT.cannotRun;
  const { pack, profile } = loaded;
  const count = options.years && /^\d+$/.test(options.years) ? Math.max(1, Number(options.years)) : undefined;
  const years = templateYears(pack, profile, evaluationYear(options.year, profile, today(ctx.io)), count);
  if (!profile.city)
    ctx.io.stderr.write(`${tr.t('template.cli.no-city', { city: tr.t('template.city-placeholder') })}\n`);
  const regions = [profile.city, ...profile.districts].filter(Boolean);
  if (options.region && !regions.includes(options.region)) {
    const where = profile.file ? { file: profile.file } : { file: 'qcc.yaml' };
    printProblems(ctx, [
      makeProblem(tr, 'template-unknown-region', 'error', where, {
        region: options.region,
        regions: regions.join(tr.t('gaps.list.join')) || tr.t('word.none'),
      }),
    ]);
    return EXIT.cannotRun;
  }
  const templateCtx = { tr, ...(options.region ? { region: options.region } : {}) };
  const bytes = await templateXlsx(pack, profile, years, templateCtx);
  // A template may already be filled in by someone: it is never replaced unless --force says so.
  await emit(ctx, bytes, {
    output: options.output,
    inputs: profile.file ? [profile.file] : [],
    keepExisting: !options.force,
  });
  const { rows, years: asked } = templateRowCount(pack, profile, years, templateCtx);
  const yearList = asked.join(tr.t('gaps.list.join'));
  ctx.io.stderr.write(`${tr.t('template.cli.written', { file: options.output, rows, years: yearList })}\n`);
  return EXIT.ok;
}
