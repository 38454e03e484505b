// Whether qcc colours what it prints: the rules of chalk's own detection (supports-color) and of no-color.org, read
// from the run's argv and env (not process's), so tests and the built CLI decide alike.
import type { CliIo } from './io.js';

const OFF_FLAGS = new Set(['--no-color', '--no-colors', '--color=false', '--color=never']);
const ON_FLAGS = new Set(['--color', '--colors', '--color=true', '--color=always']);

/**
 * A flag decides first (--color, --no-color; the last one given wins); then FORCE_COLOR (0 or false: off; anything
 * else: on), which wins over NO_COLOR as in Node's own tty.hasColors(); then NO_COLOR (any value: off); otherwise
 * colour when stdout is a terminal that is not TERM=dumb. Output written to a file (-o) is never coloured.
 */
export function colourWanted(argv: readonly string[], io: CliIo): boolean {
  const end = argv.indexOf('--');
  const flags = (end < 0 ? argv : argv.slice(0, end)).filter((a) => OFF_FLAGS.has(a) || ON_FLAGS.has(a));
  const last = flags[flags.length - 1];
  if (last !== undefined) return ON_FLAGS.has(last);
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force === 'false');
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}
