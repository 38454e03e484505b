// The model: types only, shared by every layer. Nothing here runs.
export type * from './location.js';
export type * from './problem.js';
export type * from './pack.js';
export type * from './profile.js';
export type * from './dataset.js';
export type * from './outcome.js';
export type * from './report.js';
export type * from './cases.js';
export type * from './diff.js';
