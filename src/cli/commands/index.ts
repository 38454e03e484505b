// The registry of commands, in the order --help lists them. Each file registers one command.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerCheck } from './check.js';
import { registerDiff } from './diff.js';
import { registerExplain } from './explain.js';
import { registerGapsWith } from './gaps.js';
import { registerInit } from './init.js';
import { registerRules } from './rules.js';
import { registerTemplate } from './template.js';
import { registerValidate } from './validate.js';

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

// One command a line, so that adding a command never conflicts with another.
export const commands: readonly RegisterCommand[] = [
  registerCheck,
  registerValidate,
  registerGapsWith(),
  registerTemplate,
  registerDiff,
  registerExplain,
  registerRules,
  registerInit,
];
