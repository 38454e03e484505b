// English texts of `qcc explain`: keys explain.*.
import type { explain as zh } from '../zh/explain.js';

export const explain: Record<keyof typeof zh, string> = {
  'explain.target': 'Target: {target}',
  'explain.benchmark': 'Benchmark: {benchmark}',
  'explain.benchmark-source': '  Source: {source}',
  'explain.benchmark-values': '  Values in the pack: {values}',
  'explain.points': 'Points: {points}{veto}',
  'explain.veto': ', veto',
  'explain.scope': 'Scope: {scope}',
  'explain.lead': 'Lead: {lead}',
  'explain.support': 'Supporting: {support}',
  'explain.basis': 'Basis: {basis} ({confidence})',
  'explain.remedy': 'Remedy: {remedy}',
  'explain.outcome': '[{region}] {year}: {status}',
  'explain.records': 'Records used:',
  'explain.record': '  {year}  {raw}  {location}',
  'explain.record-of': '  {year}  {raw}  {location} (data of {item})',
  'explain.no-records': '  (none)',
  'explain.steps': 'Computation:',
  'explain.step': '  {n}. {step}',
  'explain.gap': 'Gap: {gap}',
  'explain.uplift': 'passing adds {uplift} {uplift|point|points}',
  'explain.reason': 'Note: {reason}',
  'explain.no-outcome':
    'Item {item} has no outcome in this check (filtered by --region, or the profile lists no districts).',
  'explain.component':
    'Item {item} is a component of {parent} with no outcome of its own; see its data and computation in ' +
    'qcc explain {parent}.',
};
