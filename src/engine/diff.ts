// Progress between two self-checks: score, grade and area changes, and which outcomes newly pass, newly or still fail.
import type {
  AreaChange,
  AreaScore,
  DecimalString,
  Diff,
  DiffSide,
  Outcome,
  OutcomeChange,
  Report,
} from '../model/index.js';
import { decimalFromNumber, subtractDecimal } from '../util/decimal.js';
import { compareItemIds as compareIds } from '../util/item-ids.js';
import { isNotMet } from '../util/statuses.js';

function side(report: Report): DiffSide {
  const s = report.summary;
  const out: DiffSide = {
    pack: report.pack,
    city: report.profile.city,
    year: report.year,
    score: s.score,
    total: s.total,
    grade: s.grade,
    verdict: s.verdict,
    vetoFailed: [...s.vetoFailed],
    vetoUndetermined: [...(s.vetoUndetermined ?? [])],
  };
  if (report.region) out.region = report.region;
  return out;
}

const change = (after: number, before: number): DecimalString =>
  subtractDecimal(decimalFromNumber(after), decimalFromNumber(before));

function areaChanges(before: readonly AreaScore[], after: readonly AreaScore[]): AreaChange[] {
  const ids = [...new Set([...after.map((a) => a.id), ...before.map((a) => a.id)])].sort(compareIds);
  return ids.map((id) => {
    const b = before.find((a) => a.id === id);
    const a = after.find((x) => x.id === id);
    const out: AreaChange = { id, title: (a ?? b)!.title };
    if (b) out.before = { score: b.score, total: b.total };
    if (a) out.after = { score: a.score, total: a.total };
    if (a && b) out.change = change(a.score, b.score);
    return out;
  });
}

const key = (o: Outcome) => `${o.item}\u0000${o.region}\u0000${o.year}`;
/** Outcomes are matched by item and region; the year may differ between two self-checks. */
const matchKey = (o: Outcome) => `${o.item}\u0000${o.region}`;

export function diffReports(before: Report, after: Report): Diff {
  const old = new Map(before.outcomes.map((o) => [matchKey(o), o]));
  const regions = [after.profile.city, ...after.profile.districts];
  const regionRank = (r: string) => (regions.includes(r) ? regions.indexOf(r) : regions.length);
  const newlyMet: OutcomeChange[] = [];
  const newlyFailing: OutcomeChange[] = [];
  const stillFailing: OutcomeChange[] = [];
  const seen = new Set<string>();
  for (const now of [...after.outcomes].sort(
    (a, b) => compareIds(a.item, b.item) || regionRank(a.region) - regionRank(b.region) || key(a).localeCompare(key(b)),
  )) {
    if (seen.has(matchKey(now))) continue;
    seen.add(matchKey(now));
    const was = old.get(matchKey(now));
    const entry: OutcomeChange = {
      item: now.item,
      title: now.title,
      area: now.area,
      region: now.region,
      veto: now.veto,
      after: now.status,
    };
    if (was) entry.before = was.status;
    if (was?.gap) entry.gapBefore = was.gap;
    if (now.gap && isNotMet(now.status)) entry.gapAfter = now.gap;
    const wasFailing = was !== undefined && isNotMet(was.status);
    if (isNotMet(now.status)) {
      entry.upliftAfter = now.uplift;
      if (wasFailing) {
        if (was.gap?.amount !== undefined && now.gap?.amount !== undefined)
          entry.gapChange = subtractDecimal(now.gap.amount, was.gap.amount);
        stillFailing.push(entry);
      } else {
        newlyFailing.push(entry);
      }
    } else if (now.status === 'pass' && wasFailing) {
      newlyMet.push(entry);
    }
  }
  // A failing item that is waived, marked not applicable or absent now has not been fixed: it must not vanish.
  const leftUnmet: OutcomeChange[] = [];
  const nowByKey = new Map(after.outcomes.map((o) => [matchKey(o), o]));
  const done = new Set<string>();
  for (const was of [...before.outcomes].sort(
    (x, y) => compareIds(x.item, y.item) || regionRank(x.region) - regionRank(y.region),
  )) {
    if (!isNotMet(was.status) || done.has(matchKey(was))) continue;
    done.add(matchKey(was));
    const now = nowByKey.get(matchKey(was));
    if (now && (isNotMet(now.status) || now.status === 'pass')) continue;
    const entry: OutcomeChange = {
      item: was.item,
      title: was.title,
      area: was.area,
      region: was.region,
      veto: was.veto,
      before: was.status,
    };
    if (now) entry.after = now.status;
    if (was.gap) entry.gapBefore = was.gap;
    leftUnmet.push(entry);
  }
  const b = side(before);
  const a = side(after);
  return {
    schema: 'qcc/diff@1',
    before: b,
    after: a,
    // A check of one county (--region) against one of the whole city compares different things.
    comparable: b.pack.id === a.pack.id && b.city === a.city && (before.region ?? '') === (after.region ?? ''),
    scoreChange: change(a.score, b.score),
    areas: areaChanges(before.areas, after.areas),
    newlyMet,
    newlyFailing,
    stillFailing,
    leftUnmet,
  };
}
