// English texts of the command line: help, options, usage errors: keys cli.*.
import type { cli as zh } from '../zh/cli.js';

export const cli: Record<keyof typeof zh, string> = {
  'cli.description': `Quality-city acceptance self-check: checks a city's indicator data against the acceptance rules \
of the National Quality Strong City Demonstration City programme, and makes the self-check report and the \
rectification list.`,
  'cli.version': 'print the version (-v works too)',
  'cli.help': 'display help',
  'cli.help-command': 'display help for a command',
  'cli.heading.usage': 'Usage:',
  'cli.heading.options': 'Options:',
  'cli.heading.commands': 'Commands:',
  'cli.heading.arguments': 'Arguments:',
  'cli.heading.global-options': 'Global options:',
  'cli.option.lang': 'language of messages: zh (Chinese, default) or en (English); or QCC_LANG; LANG is not read',
  'cli.option.color': 'colours even when stdout is not a terminal (or FORCE_COLOR=1); never into a file (-o)',
  'cli.option.no-color': 'no colours (or NO_COLOR=1)',
  'cli.option.quiet': 'report errors only: warnings are neither printed nor counted for the exit code',
  'cli.option.max-warnings': 'exit 1 when there are more than n warnings (to bring warnings down step by step in CI)',
  'cli.option.validate-fail-on': `exit 1 at this level or above: {choices} (as check; validate scores nothing, so \
warning is any problem, none never, every other level data errors; default error)`,
  'cli.error.bad-max-warnings':
    '--max-warnings {value} is not valid; give 0 or a whole number, e.g. --max-warnings 10.',
  'cli.option.no-progress': 'no progress line (it is shown only when stderr is a terminal)',
  'cli.option.stdin-filename': `the file name used in locations for data read from standard input (the file \
argument -); its extension (.xlsx, .csv) chooses the reader`,
  'cli.progress.reading': 'reading {file} ({index}/{total})…',
  'cli.note.quiet-hidden':
    'note: --quiet left out {count} warnings (not shown, not counted for the exit code); run \
without --quiet to see them.',
  'cli.note.lang-unknown': 'note: QCC_LANG={value} is neither zh nor en; Chinese is used.',
  'cli.note.skipped': 'note: lock and hidden files skipped (not data): {files}',
  'cli.progress.writing': 'writing {file}…',
  'cli.error.stdin-twice': 'standard input can be read only once: give - at most once among the files.',
  'cli.error.stdin-filename-alone': `--stdin-filename is for data read from standard input: give - among the files \
(e.g. qcc validate - --stdin-filename kaihua.csv).`,
  'cli.option.ascii':
    'ASCII instead of ✓ ✗ › and box lines in tables and text (for a Chinese Windows console; or set QCC_ASCII=1)',
  'cli.option.pack': 'rule pack: a built-in id (quality-city) or a path to a pack folder',
  'cli.option.profile': 'path of the profile qcc.yaml (default: qcc.yaml in the current folder)',
  'cli.option.format': 'output format: {choices}',
  'cli.option.output': 'write to this file instead of the screen',
  'cli.option.year': "evaluation year (default: the profile's, or the latest year with city data)",
  'cli.option.region': 'only this region',
  'cli.option.summary': 'print only the summary and the items not met (table format)',
  'cli.option.previous-report':
    'the previous report (JSON of qcc check --format json): the html report adds what changed since',
  'cli.error.previous-html':
    '--previous is for --format html; for other formats compare with qcc diff previous.json current.json.',
  'cli.option.fail-on': 'exit 1 at this level or above: {choices}',
  'cli.exit-codes': `Exit codes: 0 every requirement met (or nothing at or above --fail-on); 1 failures found, or data \
errors; 2 the run could not be completed (usage error, unreadable file, invalid pack or profile).`,
  'cli.cmd.check': 'self-check: read the profile, the pack and the data; validate, evaluate and print the report',
  'cli.cmd.explain':
    'explain one item: its rule and basis, the records used and where they are, the computation, the outcome and gap',
  'cli.option.evidence-dir': 'folder of the evidence files: check that every file the data lists exists',
  'cli.option.verbose':
    'list every cell without a value (by default one warning per file, region and year sums them up)',
  'cli.option.date': 'the date the check is taken on (YYYY-MM-DD), for waiver expiry; default today',
  'cli.error.bad-date': 'date {value} is not valid; write YYYY-MM-DD, e.g. 2020-12-15.',
  'cli.error.write-input': 'will not write {file}: it is an input of this run. Give -o another file name.',
  'cli.error.write-exists': `{file} exists and is not replaced (people may have typed into it). Choose another name, \
move the file away, or add --force.`,
  'cli.error.write-folder': 'cannot write {file}: it is a folder; give a file name.',
  'cli.error.write-permission': 'cannot write {file}: permission denied (is it open in Excel or WPS? close it first).',
  'cli.error.write-disk-full':
    'cannot write {file}: the disk is full. Free some space, or write to another disk with -o.',
  'cli.error.write-read-only':
    'cannot write {file}: its folder (disk) is read-only. Write to a folder you can write to with -o.',
  'cli.option.force': 'replace the output file if it exists',
  'cli.error.bad-year': 'evaluation year {value} is not valid; write four digits, e.g. 2020.',
  'cli.error.bad-evidence-dir': 'evidence folder {value} not found; check the path.',
  'cli.error.bad-region':
    'region {value} is neither the city nor in the districts of the profile; choose one of {regions}.',
  'cli.arg.validate-files': `data files (.xlsx, .csv), folders (with sub-folders), globs (e.g. "报送/**/*.xlsx", \
expanded by qcc) or - (standard input) to check; required, and exit code 2 when they hold no data file, so that CI \
never checks nothing by mistake`,
  'cli.error.only-qcc-files':
    'every file found was written by qcc itself (skipped, see above): there is no submitted data to check.',
  'cli.error.no-data': `no indicator data was read from {where}. Name the data files (.xlsx, .csv) or run qcc in the \
folder that holds them; qcc validate shows each file's problems.`,
  'cli.cmd.rules': 'inspect, check and test rule packs',
  'cli.cmd.rules.list': 'list every item of the rule pack',
  'cli.cmd.rules.show': 'show one item: target, points, veto, lead and supporting departments, basis, remedy',
  'cli.cmd.rules.lint': 'check the files of a rule pack (default: the built-in pack); exit 0 when clean, 2 on problems',
  'cli.cmd.rules.schema': 'print the JSON Schema of pack.yaml, item files or the profile (for editors)',
  'cli.arg.item': 'item id, e.g. 6.3.1',
  'cli.arg.dir': 'a rule pack folder, or one rule file',
  'cli.arg.schema': 'pack | items | profile',
  'cli.error.usage': 'usage error: {detail}',
  'cli.error.unknown-command': 'no such command: {name}. Run qcc --help to see all commands.',
  'cli.error.unknown-option': 'no such option: {name}. Add --help after the command to see its options.',
  'cli.error.missing-argument': 'missing argument: {name}.',
  'cli.error.invalid-choice': 'option {option}: {value} is not valid; choose one of {choices}.',
  'cli.error.option-missing-value': 'option {option} needs a value.',
  'cli.error.too-many-arguments': 'too many arguments: {detail}',
  'cli.error.unknown-item': 'pack {pack} has no item {item}.',
  'cli.error.unknown-item-suggest': 'pack {pack} has no item {item}; did you mean {suggestion}?',
  'cli.error.unknown-schema': 'no schema named {name}; choose pack, items or profile.',
  'cli.warning.step-summary': `warning: cannot append the summary to {file}, \
the file GITHUB_STEP_SUMMARY names ({detail}); the results are unaffected. \
Check the variable and that the file is writable.`,
  'cli.error.write': 'cannot write {file}: {detail}',
  'cli.error.cannot-continue': 'errors found; cannot go on. Fix the problems listed above first.',
  'cli.lint.clean': '{dir}: no problems ({items} {items|item|items}).',
  'cli.lint.summary': '{dir}: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}.',
  'cli.summary.problems': '{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}',
  'cli.cmd.validate':
    'Check submitted data files (.xlsx, .csv, folders or globs): data problems only, for submission and CI',
  'cli.arg.files': `data files (.xlsx, .csv), folders (with sub-folders), globs (e.g. "报送/**/*.xlsx", expanded \
by qcc) or - (standard input); by default where data: in qcc.yaml \
points, else the data files in the folder of qcc.yaml`,
  'cli.error.no-files': 'Give the data files or folders to check, e.g. qcc validate 报送/',
  'cli.cmd.rules.test': "run the pack's own test cases (its tests/ folder): data in, expected outcome per item checked",
};
