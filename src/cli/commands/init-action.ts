// What `qcc init` does once chosen: writes qcc.yaml and the template, and makes 报送/, refusing to overwrite.
import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Profile } from '../../model/index.js';
import { DEFAULT_PACK } from '../../pack/builtin.js';
import { PROFILE_FILE } from '../../pack/read-profile.js';
import { PROFILE_SCHEMA_LINE } from '../../pack/schema-id.js';
import { templateXlsx } from '../../report/template/template-xlsx.js';
import { templateYears } from '../../report/template/template-rows.js';
import { makeFolder } from '../../io/make-folder.js';
import { optionsOf, type CliContext, type CommonOptions } from '../context.js';
import { loadPackAndProfile, printProblems } from '../load-pack.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { emit } from '../output.js';
import { today } from '../today.js';
import { UsageError } from '../usage-error.js';
import { evaluationYear } from './template-action.js';

export const TEMPLATE_FILE = '填报模板.xlsx';
/**
 * Where the filled-in files go; qcc.yaml's data: points here, so the blank template beside qcc.yaml is never read.
 */
export const DATA_FOLDER = '报送/';

interface InitOptions extends CommonOptions {
  city?: string;
  districts?: string;
}

/** A YAML scalar that stays a string whatever the user typed (JSON strings are YAML). */
const yamlString = (text: string) =>
  /^[\p{L}\p{N}_-]+$/u.test(text) && !/^\d/.test(text) ? text : JSON.stringify(text);

export async function runInit(ctx: CliContext, command: Command): Promise<ExitCode> {
  const { tr, io } = ctx;
  const options = optionsOf<InitOptions>(command);
  const existing = [PROFILE_FILE, TEMPLATE_FILE].filter((f) => existsSync(resolve(io.cwd, f)));
  const folder = resolve(io.cwd, DATA_FOLDER);
  // An existing 报送/ is used as it is; a file of that name is in the way.
  const folderExists = existsSync(folder);
  if (folderExists && !statSync(folder).isDirectory()) existing.push(DATA_FOLDER.slice(0, -1));
  // Every file in the way, said at once.
  const [first, ...more] = existing.map((file) => tr.t('gaps.error.exists', { file }));
  if (first !== undefined) throw new UsageError(first, ...more);
  // No qcc.yaml here yet, so this reads the pack only.
  const { loaded, problems } = loadPackAndProfile(ctx, { pack: options.pack });
  printProblems(ctx, problems);
  if (!loaded) return EXIT.cannotRun;
  const districts = (options.districts ?? '')
    .split(/[,,、]/)
    .map((d) => d.trim())
    .filter(Boolean);
  const profile: Profile = {
    ...loaded.profile,
    city: options.city?.trim() || tr.t('init.city-placeholder'),
    districts,
  };
  const year = evaluationYear(options.year, profile, today(io));
  profile.year = year;
  // The editor's schema line comes first: the language server reads it only there.
  const yaml = `${PROFILE_SCHEMA_LINE}\n${tr.t('init.yaml', {
    pack: yamlString(options.pack ?? DEFAULT_PACK),
    city: yamlString(profile.city),
    // A block list: Chinese commas inside a flow list would make one name of two.
    districts: (districts.length ? districts : tr.t('init.districts-placeholder').split(tr.t('gaps.list.join')))
      .map((d) => `\n  - ${yamlString(d.trim())}`)
      .join(''),
    year,
    data: DATA_FOLDER,
  })}`;
  const bytes = await templateXlsx(loaded.pack, profile, templateYears(loaded.pack, profile, year), { tr });
  // Through the one writer, as every output: atomically, and never over a file that appeared meanwhile.
  for (const [file, content] of [
    [PROFILE_FILE, yaml],
    [TEMPLATE_FILE, bytes],
  ] as const)
    await emit(ctx, content, { output: file, keepExisting: true });
  if (!folderExists) {
    const made = makeFolder(folder);
    if (!made.ok) throw new UsageError(tr.t('cli.error.write', { file: DATA_FOLDER, detail: made.detail }));
  }
  const written = [
    PROFILE_FILE,
    TEMPLATE_FILE,
    ...(folderExists ? [] : [tr.t('init.cli.folder-created', { folder: DATA_FOLDER })]),
  ];
  io.stderr.write(`${tr.t('init.cli.written', { files: written.join(tr.t('gaps.list.join')) })}\n`);
  if (folderExists) io.stderr.write(`${tr.t('init.cli.folder-kept', { folder: DATA_FOLDER })}\n`);
  io.stderr.write(`${tr.t('init.cli.next', { folder: DATA_FOLDER })}\n`);
  return EXIT.ok;
}
