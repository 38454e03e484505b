// The pack as this city sees it: its departments under their local names (qcc.yaml departments:), its phases' months
// where qcc.yaml phases: fixes them. Done once after loading, so every report, list and template says the same.
import type { Department, Pack, Profile } from '../model/index.js';

export function localisePack(pack: Pack, profile: Profile): Pack {
  const local = profile.departments ?? {};
  const fixed = profile.phases ?? {};
  if (!Object.keys(local).length && !Object.keys(fixed).length) return pack;
  const rename = (name: string): string => local[name] ?? name;
  const departments: Department[] = pack.departments.map((d) => {
    const name = local[d.name];
    // The pack's name and aliases stay aliases: a returned list or data file may still use them.
    return name === undefined
      ? d
      : { name, aliases: [d.name, ...d.aliases].filter((a) => a !== name), packName: d.name };
  });
  return {
    ...pack,
    departments,
    phases: pack.phases.map((phase) => {
      const own = fixed[phase.id];
      return own ? { ...phase, from: own.from, to: own.to } : phase;
    }),
    items: pack.items.map((item) => ({ ...item, lead: rename(item.lead), support: item.support.map(rename) })),
  };
}
