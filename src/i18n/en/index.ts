// The English catalogue: the same keys as the Chinese one, checked by the compiler.
import type { zh } from '../zh/index.js';
import { cli } from './cli.js';
import { pack } from './pack.js';
import { report } from './report.js';
import { target } from './target.js';
import { gaps } from './gaps.js';

export const en: Record<keyof typeof zh, string> = { ...cli, ...pack, ...report, ...target, ...gaps };
