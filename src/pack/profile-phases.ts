// qcc.yaml phases: — a city's own months for the pack's phases, by phase id (the pack counts them from the year).
import type { Pack, Problem, Profile } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { makeProblem } from '../wording/problem.js';
import { suggest } from '../util/suggest.js';
import type { YamlFile } from './yaml-file.js';

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function readProfilePhases(
  value: unknown,
  pack: Pack,
  file: YamlFile,
  tr: Translator,
): { phases: NonNullable<Profile['phases']>; problems: Problem[] } {
  const phases: NonNullable<Profile['phases']> = {};
  const problems: Problem[] = [];
  if (!isObject(value)) return { phases, problems };
  const ids = pack.phases.map((p) => p.id);
  for (const [id, raw] of Object.entries(value)) {
    if (!ids.includes(id)) {
      const near = suggest(id, ids);
      problems.push(
        makeProblem(
          tr,
          'profile-unknown-phase',
          'error',
          file.locateKey(['phases', id]),
          { phase: id },
          near
            ? tr.t('hint.profile-unknown-phase', { suggestion: near })
            : tr.t('hint.profile-unknown-phase-list', { ids: ids.join(tr.t('word.list')) || tr.t('word.none') }),
        ),
      );
      continue;
    }
    // The shape of each month is the schema's job; only a usable pair is taken.
    if (!isObject(raw) || typeof raw.from !== 'string' || typeof raw.to !== 'string') continue;
    if (!MONTH.test(raw.from) || !MONTH.test(raw.to)) continue;
    if (raw.from > raw.to) {
      problems.push(
        makeProblem(tr, 'profile-phase-order', 'error', file.locate(['phases', id]), {
          phase: id,
          from: raw.from,
          to: raw.to,
        }),
      );
      continue;
    }
    phases[id] = { from: raw.from, to: raw.to };
  }
  return { phases, problems };
}
