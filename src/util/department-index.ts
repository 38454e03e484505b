// Every department name and alias → the department's name, as the pack (and the profile's local names) give it.
import type { Department } from '../model/index.js';

export function departmentIndex(departments: readonly Department[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const d of departments) {
    index.set(d.name, d.name);
    for (const alias of d.aliases) index.set(alias, d.name);
  }
  return index;
}
