// The Chinese catalogue, assembled from one section per part of the tool.
import { cli } from './cli.js';
import { pack } from './pack.js';
import { report } from './report.js';
import { target } from './target.js';
import { gaps } from './gaps.js';

export const zh = { ...cli, ...pack, ...report, ...target, ...gaps } as const;
