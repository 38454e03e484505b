// qcc.yaml departments: — each key a department of the pack (its name or an alias), each value the city's own name.
import type { Pack, Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { makeProblem } from '../wording/problem.js';
import { suggest } from '../util/suggest.js';
import { departmentIndex } from '../util/department-index.js';
import type { YamlFile } from './yaml-file.js';

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Pack name → local name; a key the pack does not know, or two departments given one name, is a problem. */
export function readProfileDepartments(
  value: unknown,
  pack: Pack,
  file: YamlFile,
  tr: Translator,
): { departments: Record<string, string>; problems: Problem[] } {
  const departments: Record<string, string> = {};
  const problems: Problem[] = [];
  if (!isObject(value)) return { departments, problems };
  const index = departmentIndex(pack.departments);
  /** The key that claimed each department, and each local name. */
  const keyOf = new Map<string, string>();
  const localOf = new Map<string, string>();
  for (const [key, raw] of Object.entries(value)) {
    if (typeof raw !== 'string' || !raw.trim()) continue; // the schema says so
    const local = raw.trim();
    const name = index.get(key);
    if (!name) {
      const near = suggest(key, index.keys());
      problems.push(
        makeProblem(
          tr,
          'profile-unknown-department',
          'error',
          file.locateKey(['departments', key]),
          { name: key },
          near
            ? tr.t('hint.profile-unknown-department', { suggestion: index.get(near) ?? near })
            : tr.t('hint.profile-unknown-department-list', {
                names: pack.departments.map((d) => d.name).join(tr.t('word.list')),
              }),
        ),
      );
      continue;
    }
    const before = keyOf.get(name);
    if (before !== undefined) {
      problems.push(
        makeProblem(tr, 'profile-department-twice', 'error', file.locateKey(['departments', key]), {
          name: key,
          other: before,
          department: name,
        }),
      );
      continue;
    }
    keyOf.set(name, key);
    // A local name that is another department's name or alias, or that two keys give, would make two departments one:
    // their rows would share a sheet and a returned list could not say whose a row is.
    const owner = index.get(local);
    const other = owner !== undefined && owner !== name ? owner : localOf.get(local);
    if (other !== undefined) {
      problems.push(
        makeProblem(tr, 'profile-department-clash', 'error', file.locate(['departments', key]), {
          local,
          name: key,
          other,
        }),
      );
      continue;
    }
    localOf.set(local, name);
    departments[name] = local;
  }
  return { departments, problems };
}
