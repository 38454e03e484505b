// The registry of commands, in the order --help lists them. Each file registers one command.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerRules } from './rules.js';
import { registerTemplate } from './template.js';
import { registerDiff } from './diff.js';
import { registerInit } from './init.js';

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

export const commands: readonly RegisterCommand[] = [registerRules, registerTemplate, registerDiff, registerInit];
