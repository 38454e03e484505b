// The engine's entry: (pack, profile, dataset) → Report. Pure: every outside fact (today, evidence files) comes in.
import { append } from '../util/append.js';
import type { Dataset, Item, Outcome, Pack, Problem, Profile, Report, Status, Target, Waiver } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { describeTarget, itemLookup } from './targets/describe.js';
import { makeProblem } from '../wording/problem.js';
import { sortProblems } from '../util/sort-problems.js';
import { checkEvidence, type EvidenceDir } from './evidence.js';
import { indexBenchmarks, indexRecords, indexYears } from './lookup.js';
import { otherYearsText } from './other-years.js';
import { itemRegions, regionRank, regionsFor, resolveCity } from './regions.js';
import { round2, scoreReport, type Scored } from './scoring.js';
import { sortOutcomes } from './sort-outcomes.js';
import { compareItemIds } from '../util/item-ids.js';
import { isNotMet } from '../util/statuses.js';
import { evaluateTarget } from './targets/index.js';
import type { TargetContext, TargetResult } from './targets/types.js';
import { resolveYear } from './year.js';

export interface EvaluateInput {
  pack: Pack;
  profile: Profile;
  dataset: Dataset;
  /** --year; else profile.year; else the latest year with city records. */
  year?: number;
  /** --region: only outcomes of this region. */
  region?: string;
  /** YYYY-MM-DD, for waiver expiry. */
  today: string;
  /** --evidence-dir, checked by the CLI. */
  evidenceDir?: EvidenceDir;
  tool: { name: string; version: string };
  tr: Translator;
}

/**
 * Outcomes are one per item × region for the evaluation year:
 * - scope city → the profile's city; district → each district of the profile; all → the city and each
 *   district; --region keeps one region (an unknown one is a problem).
 * - Without `city` in the profile, the city is the region that the records of city-scope items carry
 *   (what the submitted files call it); with no such records, 市本级.
 * - Duplicate records of an item/region/year were reported by the reader; one that disagrees with another makes
 *   the outcome invalid (the figure is in dispute), one that agrees is used.
 * - not_applicable → not-applicable (no evaluation); otherwise the target (the profile's override if any)
 *   decides pass/fail/missing/invalid, then evidence, then a live waiver turns the outcome into waived
 *   (keeping the status the data gives in `waiver.evaluated`). An expired waiver is a problem at the
 *   waiver and changes nothing.
 * Scoring, grade, veto and verdict: see scoring.ts.
 */
export function evaluate(input: EvaluateInput): Report {
  const { pack, profile, dataset, tr } = input;
  const problems: Problem[] = [];
  const city = resolveCity(profile, pack, dataset) || tr.t('word.city');
  const districts = profile.districts.filter((d) => d !== city);
  const year = resolveYear(input.year, profile, dataset, city, input.today);
  const record = indexRecords(dataset.records);
  const yearsOnFile = indexYears(dataset.records);
  const benchmark = indexBenchmarks(pack.benchmarks, dataset.benchmarks, pack.files[0] ?? pack.id);
  const profileLocation = { file: profile.file ?? 'qcc.yaml' };
  const itemsById = new Map(pack.items.map((i) => [i.id, i]));
  // Item references are put in words with the referenced item's target as the city holds it.
  const items = itemLookup(pack.items, profile.overrides);

  if (input.region !== undefined && input.region !== city && !districts.includes(input.region)) {
    problems.push(
      makeProblem(tr, 'region-not-in-profile', 'error', profileLocation, {
        region: input.region,
        city,
        regions: [city, ...districts].join(tr.t('word.list')),
      }),
    );
  }
  const districtItems = pack.items.filter((i) => i.scope === 'district' && i.partOf === undefined).length;
  if (!districts.length && districtItems) {
    problems.push(makeProblem(tr, 'profile-no-districts', 'warning', profileLocation, { count: districtItems }));
  }
  // An expired waiver is reported once, where it is written, and the item is evaluated on its data.
  const liveWaivers: Waiver[] = [];
  for (const w of profile.waivers) {
    if (w.expires < input.today) {
      problems.push(
        makeProblem(tr, 'waiver-expired', 'warning', w.location, {
          item: w.item,
          expires: w.expires,
          today: input.today,
        }),
      );
    } else liveWaivers.push(w);
  }
  const expired = profile.waivers.filter((w) => !liveWaivers.includes(w));
  const covers = (w: Waiver, item: Item, region: string): boolean =>
    w.item === item.id && (w.region === undefined || w.region === region);

  const scored: Scored[] = [];
  // A component (part_of) has no outcome of its own: its parent reads it through an item reference.
  for (const item of [...pack.items].sort((a, b) => compareItemIds(a.id, b.id))) {
    if (item.partOf !== undefined) continue;
    const regions = itemRegions(item, city, districts, input.region);
    const override = profile.overrides[item.id];
    const target = override?.target ?? item.target;
    const points = override?.points ?? item.points;
    // Who earns the points: the city's figure for city and all items (county figures of an all item are its
    // decomposition, evaluated and listed but worth nothing of their own); every district a share for district
    // items, whose requirement is about each county. A --region check judges that one region on its own, so
    // its outcomes carry the item's whole points (the score is rescaled to the total either way).
    const sharing =
      input.region === undefined && item.scope === 'district' ? regionsFor(item.scope, city, districts).length : 1;
    const preamble: string[] = [];
    if (override && (override.target || override.points !== undefined)) {
      const changes = [
        ...(override.target
          ? [
              tr.t('step.override.target', {
                target: describeTarget(override.target, item.measure.unit, tr, pack.benchmarks, items),
              }),
            ]
          : []),
        ...(override.points !== undefined ? [tr.t('step.override.points', { points: override.points })] : []),
      ];
      preamble.push(tr.t('step.override', { changes: changes.join(tr.t('word.comma')), reason: override.reason }));
    }
    const outcomes: Outcome[] = [];
    for (const region of regions) {
      const carriedBy = input.region === undefined && item.scope === 'all' && region !== city ? city : undefined;
      const outcome = evaluateOne(
        item,
        region,
        target,
        points,
        carriedBy === undefined ? points / sharing : 0,
        sharing,
        preamble,
        carriedBy,
      );
      outcomes.push(outcome);
      scored.push({
        outcome,
        points: carriedBy === undefined ? points : 0,
        regions: sharing,
        judged: carriedBy === undefined,
      });
    }
    explainCityMissing(outcomes, city);
    if (item.veto) {
      vetoByCounty(outcomes);
      outcomes.forEach(explainVetoUndetermined);
    }
  }

  /**
   * An incident in a county is an incident in the city: the city's outcome of the veto item fails whatever its own
   * cell says, and says which county, so the row, the gap list and explain agree with the summary.
   */
  function vetoByCounty(outcomes: readonly Outcome[]): void {
    const counties = outcomes
      .filter((o) => o.pointsCarriedBy !== undefined && o.status === 'fail')
      .map((o) => o.region);
    if (!counties.length) return;
    const words = tr.t('gap.veto-county', { regions: counties.join(tr.t('word.list')) });
    for (const o of outcomes) {
      if (
        o.pointsCarriedBy !== undefined ||
        o.status === 'fail' ||
        o.status === 'not-applicable' ||
        o.status === 'waived'
      )
        continue;
      const before = o.status === 'pass' ? '' : `${o.gap?.text ?? ''}${tr.t('word.semicolon')}`;
      o.status = 'fail';
      o.gap = { text: `${before}${words}` };
      o.reason = o.gap.text;
      o.steps.push(words);
    }
  }

  /** A veto item's judged figure without data: the gap says the veto cannot be judged, never that it failed. */
  function explainVetoUndetermined(o: Outcome): void {
    if (o.pointsCarriedBy !== undefined || (o.status !== 'missing' && o.status !== 'invalid') || !o.gap) return;
    o.gap = { ...o.gap, text: `${o.gap.text}${tr.t('word.semicolon')}${tr.t('gap.veto-undetermined')}` };
  }

  /**
   * The city's figure of an all item is missing while counties filled theirs: say so, since a clerk who sees
   * six county rows may take the item as reported. The city-wide figure is its own number (全市口径), not a sum.
   */
  function explainCityMissing(outcomes: readonly Outcome[], cityName: string): void {
    const cityOutcome = outcomes.find((o) => o.region === cityName && o.scope === 'all');
    if (
      !cityOutcome ||
      cityOutcome.status !== 'missing' ||
      cityOutcome.records.some((r) => r.year === year && r.raw.trim() !== '')
    )
      return;
    const filled = outcomes.filter(
      (o) => o !== cityOutcome && o.records.some((r) => r.year === year) && o.status !== 'missing',
    ).length;
    if (!filled) return;
    const words = tr.t('gap.city-missing-counties', { count: filled, year });
    cityOutcome.reason = `${cityOutcome.reason ?? ''}${tr.t('word.semicolon')}${words}`;
    if (cityOutcome.gap)
      cityOutcome.gap = { ...cityOutcome.gap, text: `${cityOutcome.gap.text}${tr.t('word.semicolon')}${words}` };
    cityOutcome.steps.push(words);
  }

  /**
   * What a target of `item` sees for one region: its records, the benchmarks, and other items for an item reference
   * (same region and year, the profile's override applied); `chain` holds the items being evaluated, so that a
   * reference back to one of them is refused rather than followed for ever.
   */
  function contextFor(item: Item, region: string, chain: readonly string[]): TargetContext {
    const unit = item.measure.unit;
    return {
      item,
      region,
      year,
      record: (y) => record(item.id, region, y),
      benchmark,
      benchmarks: pack.benchmarks,
      other: (id) => {
        const other = itemsById.get(id);
        if (!other || chain.includes(id)) return undefined;
        const override = profile.overrides[id];
        const target = override?.target ?? other.target;
        const notes = override?.target ? [overrideStep(override.target, other, override.reason)] : [];
        return { item: other, target, ctx: contextFor(other, region, [...chain, id]), notes };
      },
      tr,
      ...(unit !== undefined ? { unit } : {}),
    };
  }

  /** The step that says the profile set a referenced item's target, and why. */
  function overrideStep(target: Target, item: Item, reason: string): string {
    const words = describeTarget(target, item.measure.unit, tr, pack.benchmarks, items);
    return tr.t('step.item-override', { id: item.id, target: words, reason });
  }

  function evaluateOne(
    item: Item,
    region: string,
    target: Target,
    points: number,
    share: number,
    regionCount: number,
    preamble: readonly string[],
    carriedBy: string | undefined,
  ): Outcome {
    const unit = item.measure.unit;
    const base: Outcome = {
      item: item.id,
      title: item.title,
      area: item.area,
      region,
      year,
      scope: item.scope,
      measure: item.measure.kind,
      status: 'missing',
      target: { text: describeTarget(target, unit, tr, pack.benchmarks, items), kind: target.kind },
      points: round2(share),
      itemPoints: points,
      regions: regionCount,
      earned: 0,
      veto: item.veto,
      lead: item.lead,
      support: [...item.support],
      uplift: 0,
      records: [],
      steps: [...preamble],
    };
    if (unit !== undefined) base.unit = unit;
    if (carriedBy !== undefined) base.pointsCarriedBy = carriedBy;
    const pointsStep = (earned: number): string =>
      carriedBy !== undefined
        ? item.veto
          ? tr.t('step.veto-carried', { city: carriedBy })
          : tr.t(points > 0 ? 'step.points-carried' : 'step.unscored-carried', { total: points, city: carriedBy })
        : regionCount > 1
          ? tr.t('step.points-shared', {
              total: points,
              regions: regionCount,
              points: round2(share),
              earned: round2(earned),
            })
          : tr.t('step.points', { points: round2(share), earned: round2(earned) });

    const na = profile.notApplicable[item.id];
    if (na) {
      base.status = 'not-applicable';
      base.reason = na.reason;
      base.gap = { text: tr.t('gap.not-applicable', { reason: na.reason }) };
      base.steps.push(tr.t('step.not-applicable', { reason: na.reason }));
      return base;
    }

    const ctx = contextFor(item, region, [item.id]);
    const result: TargetResult = evaluateTarget(target, ctx);
    const evidence = checkEvidence(item, ctx.record(year), result, input.evidenceDir, tr);
    if (evidence) base.evidence = evidence;
    const lapsed = expired.find((w) => covers(w, item, region));
    if (lapsed) base.steps.push(tr.t('step.waiver-expired', { expires: lapsed.expires }));
    append(base.steps, result.steps);
    base.records = result.records;
    if (result.value !== undefined) base.value = result.value;
    if (result.reason !== undefined) base.reason = result.reason;
    if (result.missingBenchmarks?.length) base.missingBenchmarks = result.missingBenchmarks;
    if (result.gap) base.gap = result.gap;
    base.status = result.status;
    // The year is blank but other years are on file: say what is there, so nobody reads 未填报 as "never reported".
    const blank = ctx.record(year);
    if (result.status === 'missing' && (!blank || blank.value.type === 'empty')) {
      const others = otherYearsText(yearsOnFile(item.id, region), year, unit, tr);
      if (others) {
        base.reason = `${base.reason ?? ''}${tr.t('word.semicolon')}${others}`;
        if (base.gap) base.gap = { ...base.gap, text: `${base.gap.text}${tr.t('word.semicolon')}${others}` };
        base.steps.push(others);
      }
    }

    const waiver = liveWaivers.find((w) => covers(w, item, region));
    if (waiver) {
      const evaluated: Status = result.status;
      base.status = 'waived';
      base.waiver = { approver: waiver.approver, expires: waiver.expires, evaluated };
      base.reason = waiver.reason;
      const words = tr.t('gap.waived', { approver: waiver.approver, expires: waiver.expires });
      base.gap = result.gap
        ? { ...result.gap, text: `${words}${tr.t('word.semicolon')}${result.gap.text}` }
        : { text: words };
      base.steps.push(
        tr.t('step.waived', {
          approver: waiver.approver,
          expires: waiver.expires,
          reason: waiver.reason,
          status: tr.t(`status.${evaluated}`),
        }),
      );
    }
    base.earned = base.status === 'pass' || base.status === 'waived' ? round2(share) : 0;
    // Uplift: the item's points that passing would add (before the not-applicable rescaling of the total).
    // A county outcome of an all item adds nothing by passing (share 0): the city's figure carries the points.
    base.uplift = isNotMet(base.status) ? round2(share) : 0;
    base.steps.push(pointsStep(base.earned));
    return base;
  }

  const rank = regionRank(city, districts);
  const order = new Map(
    sortOutcomes(
      scored.map((s) => s.outcome),
      rank,
    ).map((o, i) => [o, i]),
  );
  scored.sort((a, b) => (order.get(a.outcome) ?? 0) - (order.get(b.outcome) ?? 0));
  const { areas, summary } = scoreReport(scored, pack);

  const report: Report = {
    schema: 'qcc/report@1',
    tool: { ...input.tool },
    pack: { id: pack.id, version: pack.version, title: pack.title },
    profile: { city, districts: [...districts], ...(profile.file !== undefined ? { file: profile.file } : {}) },
    year,
    ...(input.region !== undefined ? { region: input.region } : {}),
    inputs: [...dataset.inputs],
    summary,
    areas,
    outcomes: scored.map((s) => s.outcome),
    problems: sortProblems([...dataset.problems, ...problems]),
  };
  return report;
}
