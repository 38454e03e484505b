// The CI examples in docs/ci/ are valid YAML and call qcc commands and options that exist.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { translator } from '../../src/i18n/index.js';

const dir = fileURLToPath(new URL('../../docs/ci/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));

/** Every string under a `run:` (GitHub) or `script:` (GitLab) key. */
function commands(node: unknown, key = ''): string[] {
  if (typeof node === 'string') return key === 'run' || key === 'script' ? [node] : [];
  if (Array.isArray(node)) return node.flatMap((n) => commands(n, key));
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) =>
      commands(v, k === 'script' || k === 'run' ? k : key === 'script' ? key : k),
    );
  return [];
}

/** The qcc invocations in a shell line: words after `qcc` up to a shell operator. */
function qccCalls(line: string): string[][] {
  return line
    .split(/&&|\|\||;|\n/)
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words.includes('qcc'))
    .map((words) => words.slice(words.indexOf('qcc') + 1));
}

function findCommand(program: Command, words: string[]): { command: Command; rest: string[] } {
  let command = program;
  let rest = words;
  for (;;) {
    const sub = command.commands.find((c) => c.name() === rest[0]);
    if (!sub) return { command, rest };
    command = sub;
    rest = rest.slice(1);
  }
}

const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: process.cwd(), env: {} };
const program = buildProgram({ io, lang: 'zh', tr: translator('zh'), color: false, exitCode: 0 });

describe.each(files)('docs/ci/%s', (file) => {
  const doc = parse(readFileSync(`${dir}${file}`, 'utf8'));
  const calls = commands(doc).flatMap(qccCalls);

  it('is YAML with at least one qcc call', () => {
    expect(typeof doc).toBe('object');
    expect(calls.length).toBeGreaterThan(0);
  });

  it.each(calls.map((c) => [c.join(' '), c]))('`qcc %s` names a command and its options', (_text, words) => {
    const { command, rest } = findCommand(program, words as string[]);
    expect(command).not.toBe(program);
    const options = new Map(
      command.options.flatMap((o) => [o.long, o.short].filter(Boolean).map((flag) => [flag as string, o])),
    );
    for (let i = 0; i < rest.length; i += 1) {
      const word = rest[i] as string;
      if (!word.startsWith('-')) continue;
      const option = options.get(word);
      expect(option, `${word} is an option of qcc ${command.name()}`).toBeDefined();
      const choices = option?.argChoices;
      if (choices) expect(choices).toContain(rest[i + 1]);
    }
  });
});

describe('docs/ci.md', () => {
  it('shows the same commands as the workflow files', () => {
    const page = readFileSync(fileURLToPath(new URL('../../docs/ci.md', import.meta.url)), 'utf8');
    expect(page).toContain('npx --no -- qcc validate submissions --format github');
    expect(page).toContain('npx --no -- qcc validate submissions --format junit -o qcc-validation.xml');
  });
});
