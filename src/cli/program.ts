// The qcc program: builds the commander tree in the user's language and returns the exit code. The one place
// where a usage error becomes exit 2 and the `qcc: ` line on stderr. main.ts loads it for every run but `--version`.
import { Command, CommanderError, Option } from 'commander';
import { resolveLang, translator, type PlainKey, type Translator } from '../i18n/index.js';
import type { CliIo } from './io.js';
import type { CliContext } from './context.js';
import { EXIT } from './exit-codes.js';
import { toolInfo } from './version.js';
import { commands as COMMANDS, type RegisterCommand } from './commands/index.js';
import { UsageError } from './usage-error.js';
import { suggest } from '../util/suggest.js';
import { terminalIo } from './terminal-io.js';
import { ASCII_GLYPHS } from '../util/glyphs.js';
import { progressOn } from './progress.js';
import { colourWanted } from './colour.js';

const HEADINGS: Record<string, PlainKey> = {
  'Usage:': 'cli.heading.usage',
  'Options:': 'cli.heading.options',
  'Commands:': 'cli.heading.commands',
  'Arguments:': 'cli.heading.arguments',
  'Global Options:': 'cli.heading.global-options',
};

/** Commander's own error texts, re-said in the user's language. */
function localiseError(error: CommanderError, tr: Translator, names: readonly string[]): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return tr.t('cli.error.unknown-option', { name: quoted });
    case 'commander.unknownCommand': {
      const last = (name: string) => name.split(' ').pop() ?? name;
      const word = suggest(quoted, names.map(last));
      const near = names.find((n) => last(n) === word);
      return (
        tr.t('cli.error.unknown-command', { name: quoted }) +
        (near ? tr.t('hint.did-you-mean', { suggestion: `qcc ${near}` }) : '')
      );
    }
    case 'commander.missingArgument':
      return tr.t('cli.error.missing-argument', { name: quoted });
    case 'commander.optionMissingArgument':
      return tr.t('cli.error.option-missing-value', { option: quoted });
    case 'commander.invalidArgument': {
      const value = /argument '([^']+)' is invalid/.exec(error.message)?.[1] ?? '';
      const choices = /Allowed choices are (.*)\./.exec(error.message)?.[1] ?? '';
      return tr.t('cli.error.invalid-choice', { option: quoted, value, choices });
    }
    case 'commander.excessArguments':
      return tr.t('cli.error.too-many-arguments', { detail: error.message.replace(/^error: /, '') });
    default:
      return tr.t('cli.error.usage', { detail: error.message.replace(/^error: /, '') });
  }
}

export function buildProgram(ctx: CliContext, commands: readonly RegisterCommand[] = COMMANDS): Command {
  const { tr, io } = ctx;
  const program = new Command('qcc');
  program
    .description(tr.t('cli.description'))
    .version(toolInfo().version, '-V, --version', tr.t('cli.version'))
    .helpOption('-h, --help', tr.t('cli.help'))
    .helpCommand('help [command]', tr.t('cli.help-command'))
    .addOption(new Option('--lang <lang>', tr.t('cli.option.lang')).choices(['zh', 'en']).default(ctx.lang))
    .option('--color', tr.t('cli.option.color'))
    .option('--no-color', tr.t('cli.option.no-color'))
    .option('--ascii', tr.t('cli.option.ascii'))
    .option('--no-progress', tr.t('cli.option.no-progress'))
    .addHelpText('after', `\n${tr.t('cli.exit-codes')}\n`)
    .showSuggestionAfterError(false)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => undefined,
    });
  // Our descriptions already say the choices and defaults, in the user's language.
  const help = {
    styleTitle: (title: string) => (HEADINGS[title] ? tr.t(HEADINGS[title]) : title),
    optionDescription: (option: Option) => option.description,
  };
  program.configureHelp(help);
  for (const register of commands) register(program, ctx);
  // Subcommands inherit output, help texts and error handling.
  const localise = (command: Command): void => {
    command.exitOverride();
    for (const sub of command.commands) {
      sub.helpOption('-h, --help', tr.t('cli.help'));
      if (sub.commands.length) sub.helpCommand('help [command]', tr.t('cli.help-command'));
      sub.configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: () => undefined,
      });
      sub.configureHelp(help);
      localise(sub);
    }
  };
  localise(program);
  return program;
}

/** --ascii, or QCC_ASCII set (not 0) for a console that cannot show ✓ ✗ and box lines (set once on a clerk's PC). */
function asciiWanted(argv: readonly string[], env: CliIo['env']): boolean {
  const fromEnv = env.QCC_ASCII;
  return argv.includes('--ascii') || (fromEnv !== undefined && fromEnv !== '' && fromEnv !== '0');
}

/** Runs qcc with `argv` through commander; see main(). */
export async function runProgram(
  argv: readonly string[],
  rawIo: CliIo,
  commands: readonly RegisterCommand[] = COMMANDS,
): Promise<number> {
  const color = colourWanted(argv, rawIo);
  const io = terminalIo(rawIo, color);
  const lang = resolveLang(argv, io.env);
  const tr = translator(lang);
  const askedLang = io.env.QCC_LANG?.trim();
  const langGiven = argv.some((a) => a === '--lang' || a.startsWith('--lang='));
  if (askedLang && !langGiven && !/^(zh|en)$/i.test(askedLang))
    io.stderr.write(`${tr.t('cli.note.lang-unknown', { value: askedLang })}\n`);
  const ctx: CliContext = {
    io,
    lang,
    tr,
    color,
    ...(asciiWanted(argv, io.env) ? { glyphs: ASCII_GLYPHS } : {}),
    progress: progressOn(rawIo.stderr, !argv.includes('--no-progress')),
    exitCode: EXIT.ok,
  };
  const program = buildProgram(ctx, commands);
  const args = argv.filter(
    (a, i) =>
      !(
        a === '--no-color' ||
        a === '--color' ||
        a === '--no-progress' ||
        a === '--ascii' ||
        a.startsWith('--lang=') ||
        a === '--lang' ||
        argv[i - 1] === '--lang'
      ),
  );
  if (args.length === 0) {
    io.stdout.write(program.helpInformation());
    io.stdout.write(`\n${tr.t('cli.exit-codes')}\n`);
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      for (const message of error.messages) io.stderr.write(`qcc: ${message}\n`);
      return EXIT.cannotRun;
    }
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT.ok;
      // An unknown word after a command with subcommands (qcc rules lsit) is one of that command's subcommands.
      const parent = program.commands.find((c) => c.name() === args[0] && c.commands.length);
      const names = parent
        ? parent.commands.map((sub) => `${parent.name()} ${sub.name()}`)
        : program.commands.map((c) => c.name());
      io.stderr.write(`qcc: ${localiseError(error, tr, names)}\n`);
      return EXIT.cannotRun;
    }
    throw error;
  }
}
