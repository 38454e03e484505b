// The Chinese catalogue, assembled from one section per part of the tool.
import { cli } from './cli.js';
import { data } from './data.js';
import { pack } from './pack.js';
import { report } from './report.js';
import { target } from './target.js';

export const zh = { ...cli, ...data, ...pack, ...report, ...target } as const;
