// Everything a gap-list format shows, computed once: the rows, the department split, what came from the last list.
import type { Pack, Profile, Report } from '../../model/index.js';
import type { Translator } from '../../i18n/index.js';
import { carryOver } from './carry-over.js';
import { buildRows, defaultDeadline, type GapRow } from './gap-row.js';
import type { PreviousGapList } from './previous.js';

export interface GapListModel {
  report: Report;
  pack: Pack;
  rows: GapRow[];
  /** One entry per lead department with rows, in the pack's department order. */
  departments: { name: string; rows: GapRow[] }[];
  extraHeaders: string[];
  deadline?: Date;
  /** Present when a previous list was given. */
  previous?: { file: string; closed: GapRow[]; unmatched: GapRow[]; carried: number };
}

/** Built once per run by the CLI, then handed to whichever format was asked for. */
export function gapListModel(
  report: Report,
  pack: Pack,
  profile: Profile,
  previous: PreviousGapList | undefined,
  tr: Translator,
): GapListModel {
  const deadline = defaultDeadline(profile, report.year);
  const rowContext = { report, pack, profile, tr, ...(deadline ? { deadline } : {}) };
  const rows = buildRows(rowContext);
  const model: GapListModel = {
    report,
    pack,
    rows,
    departments: [],
    extraHeaders: [],
    ...(deadline ? { deadline } : {}),
  };
  if (previous) {
    const carried = carryOver(rows, previous, rowContext);
    model.extraHeaders = carried.extraHeaders;
    model.previous = {
      file: previous.file,
      closed: carried.closed,
      unmatched: carried.unmatched,
      carried: carried.carried,
    };
  }
  const known = pack.departments.map((d) => d.name);
  const leads = [...new Set(rows.map((r) => r.lead))].sort((a, b) => {
    const x = known.indexOf(a);
    const y = known.indexOf(b);
    return (x < 0 ? known.length : x) - (y < 0 ? known.length : y) || (a < b ? -1 : a > b ? 1 : 0);
  });
  model.departments = leads.map((name) => ({ name, rows: rows.filter((r) => r.lead === name) }));
  return model;
}
