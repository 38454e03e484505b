// The English catalogue: the same keys as the Chinese one, checked by the compiler.
import type { zh } from '../zh/index.js';
import { cli } from './cli.js';
import { data } from './data.js';
import { pack } from './pack.js';
import { report } from './report.js';
import { target } from './target.js';
import { engine } from './engine.js';
import { gaps } from './gaps.js';

// One section a line, so that adding a section never conflicts with another.
export const en: Record<keyof typeof zh, string> = {
  ...cli,
  ...pack,
  ...report,
  ...target,
  ...engine,
  ...data,
  ...gaps,
};
