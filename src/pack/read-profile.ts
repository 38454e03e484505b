// Reads a city's profile (qcc.yaml) and checks it against the pack: items exist, targets fit, waivers complete.
import { append } from '../util/append.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataSetting, Location, MeasureKind, Override, Pack, Problem, Profile, Waiver } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { displayPath } from '../util/display-path.js';
import { makeProblem } from '../wording/problem.js';
import { suggest } from '../util/suggest.js';
import { parseYamlFile, type YamlFile } from './yaml-file.js';
import { schemaProblems } from './schema-problems.js';
import { readTarget } from './read-target.js';
import { readYamlText } from './read-yaml-text.js';
import { unsupportedGlob } from '../util/glob.js';
import { readProfileDepartments } from './profile-departments.js';
import { readProfilePhases } from './profile-phases.js';
import { itemRefProblem, itemRefsInYaml } from './item-refs.js';

export const PROFILE_FILE = 'qcc.yaml';

export interface ProfileFile {
  /** Absent when no profile was given and none is in the working folder. */
  file?: YamlFile;
  problems: Problem[];
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Step 1: find and parse the profile (before the pack is known, since the profile may name it). */
export function readProfileFile(path: string | undefined, cwd: string, tr: Translator): ProfileFile {
  const absolute = resolve(cwd, path ?? PROFILE_FILE);
  const shown = displayPath(absolute, cwd);
  if (!existsSync(absolute)) {
    return path
      ? { problems: [makeProblem(tr, 'profile-not-found', 'error', { file: shown }, { file: shown })] }
      : { problems: [] };
  }
  const read = readYamlText(absolute, shown, tr);
  if (read.text === undefined) return { problems: read.problems };
  const text = read.text;
  const file = parseYamlFile(text, shown, tr);
  const problems = [...file.problems];
  if (file.value !== undefined && file.value !== null) append(problems, schemaProblems(file, 'profile', tr));
  return { file, problems };
}

/** The pack the profile names, if any. */
export function profilePackName(profile: ProfileFile): string | undefined {
  const value = profile.file?.value;
  return isObject(value) && typeof value.pack === 'string' ? value.pack : undefined;
}

function validDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Step 2: build the Profile against the pack. Items, regions and dates are checked here. */
export function buildProfile(
  profileFile: ProfileFile,
  pack: Pack,
  tr: Translator,
): { profile: Profile; problems: Problem[] } {
  const problems: Problem[] = [];
  const file = profileFile.file;
  const raw = isObject(file?.value) ? (file?.value as Raw) : {};
  const items = new Map(pack.items.map((item) => [item.id, item]));
  const city = typeof raw.city === 'string' ? raw.city : '';
  const districts = Array.isArray(raw.districts) ? raw.districts.filter((d): d is string => typeof d === 'string') : [];
  const regions = [city, ...districts].filter(Boolean);

  const knownItem = (id: string, path: (string | number)[], key: boolean): boolean => {
    if (items.has(id) || !file) return items.has(id);
    const near = suggest(id, items.keys());
    const location = key ? file.locateKey(path) : file.locate(path);
    problems.push(
      makeProblem(
        tr,
        'profile-unknown-item',
        'error',
        location,
        { item: id },
        near ? tr.t('hint.profile-unknown-item', { suggestion: near }) : tr.t('hint.profile-unknown-item-list'),
      ),
    );
    return false;
  };
  const checkDate = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !validDate(value) && file) {
      problems.push(makeProblem(tr, 'profile-bad-date', 'error', file.locate(path), { value }));
    }
  };

  const overrides: Record<string, Override> = {};
  if (isObject(raw.overrides) && file) {
    for (const [id, o] of Object.entries(raw.overrides)) {
      if (!knownItem(id, ['overrides', id], true) || !isObject(o)) continue;
      const item = items.get(id);
      const override: Override = { reason: String(o.reason ?? ''), location: file.locateKey(['overrides', id]) };
      if (o.target !== undefined && item) {
        const read = readTarget(o.target, item.measure.kind as MeasureKind, file, ['overrides', id, 'target'], tr);
        append(problems, read.problems);
        // A city may give an item another route, but only through a component the pack declares for it.
        for (const ref of itemRefsInYaml(o.target)) {
          const problem = itemRefProblem(id, ref.id, items, file.locate(['overrides', id, 'target', ...ref.path]), tr);
          if (problem) {
            problems.push(problem);
            read.target = undefined;
          }
        }
        if (read.target) override.target = read.target;
      }
      if (typeof o.points === 'number') override.points = o.points;
      overrides[id] = override;
    }
  }
  const notApplicable: Profile['notApplicable'] = {};
  if (isObject(raw.not_applicable) && file) {
    for (const [id, reason] of Object.entries(raw.not_applicable)) {
      if (knownItem(id, ['not_applicable', id], true))
        notApplicable[id] = { reason: String(reason), location: file.locateKey(['not_applicable', id]) };
    }
  }
  const waivers: Waiver[] = [];
  if (Array.isArray(raw.waivers) && file) {
    raw.waivers.forEach((w, i) => {
      if (!isObject(w) || typeof w.item !== 'string') return;
      const ok = knownItem(w.item, ['waivers', i, 'item'], false);
      checkDate(w.expires, ['waivers', i, 'expires']);
      if (typeof w.region === 'string' && regions.length && !regions.includes(w.region)) {
        const near = suggest(w.region, regions);
        problems.push(
          makeProblem(
            tr,
            'profile-unknown-region',
            'error',
            file.locate(['waivers', i, 'region']),
            { region: w.region, city },
            near ? tr.t('hint.profile-unknown-region', { suggestion: near }) : undefined,
          ),
        );
      }
      if (!ok || typeof w.reason !== 'string' || typeof w.approver !== 'string' || typeof w.expires !== 'string')
        return;
      waivers.push({
        item: w.item,
        reason: w.reason,
        approver: w.approver,
        expires: w.expires,
        location: file.locate(['waivers', i]),
        ...(typeof w.region === 'string' ? { region: w.region } : {}),
      });
    });
  }
  checkDate(raw.deadline, ['deadline']);
  const departments = file ? readProfileDepartments(raw.departments, pack, file, tr) : undefined;
  if (departments) append(problems, departments.problems);
  const phases = file ? readProfilePhases(raw.phases, pack, file, tr) : undefined;
  if (phases) append(problems, phases.problems);
  const data = file ? dataSettings(raw.data, file, problems, tr) : undefined;
  // Exempting a veto item switches off the veto: allowed (a city may have good reason) but never silently.
  for (const [id, na] of Object.entries(notApplicable)) {
    if (items.get(id)?.veto)
      problems.push(
        makeProblem(tr, 'profile-veto-exempted', 'warning', na.location, {
          item: id,
          how: tr.t('word.not-applicable'),
        }),
      );
  }
  // A component has no outcome: exempting it would do nothing, and the old way of choosing a route was exactly that.
  const component = (id: string, location: Location, how: string): boolean => {
    const parent = items.get(id)?.partOf;
    if (parent === undefined) return false;
    problems.push(makeProblem(tr, 'profile-component-exempted', 'warning', location, { item: id, parent, how }));
    return true;
  };
  for (const [id, na] of Object.entries(notApplicable))
    if (component(id, na.location, tr.t('word.not-applicable'))) delete notApplicable[id];
  for (const w of [...waivers])
    if (component(w.item, w.location, tr.t('word.waiver'))) waivers.splice(waivers.indexOf(w), 1);
  for (const w of waivers) {
    if (items.get(w.item)?.veto)
      problems.push(
        makeProblem(tr, 'profile-veto-exempted', 'warning', w.location, { item: w.item, how: tr.t('word.waiver') }),
      );
  }
  if (file && file.value !== undefined && !city)
    problems.push(makeProblem(tr, 'profile-no-city', 'warning', file.locate([]), {}));

  const profile: Profile = { city, districts, overrides, notApplicable, waivers };
  if (typeof raw.pack === 'string') profile.pack = raw.pack;
  if (typeof raw.year === 'number') profile.year = raw.year;
  if (typeof raw.deadline === 'string') profile.deadline = raw.deadline;
  if (departments && Object.keys(departments.departments).length) profile.departments = departments.departments;
  if (phases && Object.keys(phases.phases).length) profile.phases = phases.phases;
  if (data) profile.data = data;
  if (file) profile.file = file.file;
  return { profile, problems };
}

/**
 * data: as a list of entries with their places; the shape is the schema's job, what a path can mean is checked here.
 */
function dataSettings(value: unknown, file: YamlFile, problems: Problem[], tr: Translator): DataSetting[] | undefined {
  const entries: [unknown, (string | number)[]][] =
    typeof value === 'string' ? [[value, ['data']]] : Array.isArray(value) ? value.map((v, i) => [v, ['data', i]]) : [];
  if (!entries.length) return undefined;
  const settings: DataSetting[] = [];
  for (const [text, path] of entries) {
    if (typeof text !== 'string' || text === '') continue;
    const location = file.locate(path);
    const unsupported = unsupportedGlob(text);
    if (!text.trim())
      problems.push(
        makeProblem(tr, 'profile-data-path', 'error', location, {
          value: text,
          reason: tr.t('pack.profile.data.blank'),
        }),
      );
    else if (unsupported)
      problems.push(
        makeProblem(tr, 'profile-data-path', 'error', location, {
          value: text,
          reason: tr.t('pack.profile.data.unsupported', { part: unsupported }),
        }),
      );
    else settings.push({ text, location });
  }
  return settings.length ? settings : undefined;
}

/** A target of the right shape for each measure, to copy into qcc.yaml. */
const TARGET_EXAMPLES: Partial<Record<MeasureKind, string>> = {
  rate: '{ op: ">=", value: … }',
  rank: '{ rank: { top: … } }',
  grade: '{ in: [A] }',
  'yes-no': '{ equals: yes }',
  events: '{ op: "==", value: 0 }',
};

/** Items whose target the pack leaves to the city and the profile does not set (a warning each). */
export function unsetTargetProblems(pack: Pack, profile: Profile, tr: Translator): Problem[] {
  return (
    pack.items
      // A component's target is one route of its parent: the parent's gap says so when that route is needed.
      .filter(
        (item) =>
          item.target.kind === 'unset' &&
          item.partOf === undefined &&
          !profile.overrides[item.id]?.target &&
          !profile.notApplicable[item.id],
      )
      .map((item) =>
        makeProblem(tr, 'target-unset', 'warning', profile.file ? { file: profile.file } : item.location, {
          id: item.id,
          note: item.target.kind === 'unset' ? item.target.note : '',
          example: TARGET_EXAMPLES[item.measure.kind] ?? TARGET_EXAMPLES.rate,
        }),
      )
  );
}
