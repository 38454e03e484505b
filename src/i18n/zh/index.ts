// The Chinese catalogue, assembled from one section per part of the tool.
import { cli } from './cli.js';
import { data } from './data.js';
import { pack } from './pack.js';
import { report } from './report.js';
import { target } from './target.js';
import { engine } from './engine.js';
import { gaps } from './gaps.js';

// One section a line, so that adding a section never conflicts with another.
export const zh = {
  ...cli,
  ...pack,
  ...report,
  ...target,
  ...engine,
  ...data,
  ...gaps,
} as const;
