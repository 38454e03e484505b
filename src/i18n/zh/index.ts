// The Chinese catalogue, one file per key prefix (a key's first segment names its file; hint.* sits in problem.ts).
import { benchmark } from './benchmark.js';
import { cli } from './cli.js';
import { data } from './data.js';
import { diff } from './diff.js';
import { explain } from './explain.js';
import { gap } from './gap.js';
import { gaps } from './gaps.js';
import { init } from './init.js';
import { item } from './item.js';
import { pack } from './pack.js';
import { phase } from './phase.js';
import { problem } from './problem.js';
import { report } from './report.js';
import { rules } from './rules.js';
import { status } from './status.js';
import { step } from './step.js';
import { target } from './target.js';
import { template } from './template.js';
import { validate } from './validate.js';
import { verdict } from './verdict.js';
import { word } from './word.js';

// One section a line, so that adding a section never conflicts with another.
export const zh = {
  ...benchmark,
  ...cli,
  ...data,
  ...diff,
  ...explain,
  ...gap,
  ...gaps,
  ...init,
  ...item,
  ...pack,
  ...phase,
  ...problem,
  ...report,
  ...rules,
  ...status,
  ...step,
  ...target,
  ...template,
  ...validate,
  ...verdict,
  ...word,
} as const;
