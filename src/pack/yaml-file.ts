// Parses one YAML file keeping node positions, so every later problem can name file:line:column.
import { isYamlErrorCode } from './yaml-error-codes.js';
import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import type { Location, Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { makeProblem } from '../wording/problem.js';

export type YamlPath = readonly (string | number)[];

export interface YamlFile {
  file: string;
  /** The plain JavaScript value; undefined when the file could not be parsed at all. */
  value: unknown;
  problems: Problem[];
  /** Where the value at `path` starts (the nearest existing ancestor when it does not exist). */
  locate(path: YamlPath): Location;
  /** Where the key of the entry at `path` starts (for unknown keys). */
  locateKey(path: YamlPath): Location;
}

/** More aliases than this in one rule file is a problem: packs have no need for them, and they can explode. */
const MAX_ALIASES = 50;

export function pathText(path: YamlPath): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${part}` : part;
  return text;
}

// Loaded on the first parse: a run whose pack comes from the cache and that has no qcc.yaml parses no YAML.
let yamlModule: typeof import('yaml') | undefined;
const yaml = (): typeof import('yaml') =>
  (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/** Deeper nesting than this is refused before it is built: the built-in pack nests 8 deep, the parser recurses. */
export const MAX_YAML_DEPTH = 100;
/** More lexical tokens than this (a 2 MB file of one-character values) is refused: the parser's nodes take memory. */
export const MAX_YAML_TOKENS = 300_000;

type Parsed =
  | { doc: Document.Parsed; stop?: undefined }
  | { doc?: undefined; stop: { code: 'yaml-too-deep' | 'yaml-too-many-tokens'; offset: number } };

/**
 * parseDocument, driven token by token so that a file nested too deep or holding too many values is stopped while it
 * is read (the parser keeps an explicit stack; composing it into nodes would recurse and overflow).
 */
function parseBounded(text: string, lineCounter: import('yaml').LineCounter): Parsed {
  const { Composer, Lexer, Parser } = yaml();
  const parser = new Parser(lineCounter.addNewLine);
  // Parser.parse() records the first line's start itself; driven by next(), that is ours to do.
  lineCounter.addNewLine(0);
  const tokens: import('yaml').CST.Token[] = [];
  let count = 0;
  for (const lexeme of new Lexer().lex(text)) {
    count += 1;
    if (count > MAX_YAML_TOKENS) return { stop: { code: 'yaml-too-many-tokens', offset: parser.offset } };
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The stack holds the document and one entry a level; a scalar being read may sit on top of the deepest one.
    if (parser.stack.length > MAX_YAML_DEPTH + 2) return { stop: { code: 'yaml-too-deep', offset: parser.offset } };
  }
  for (const token of parser.end()) tokens.push(token);
  const composer = new Composer({ uniqueKeys: false });
  let doc: Document.Parsed | undefined;
  for (const composed of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = composed;
    else {
      doc.errors.push(
        new (yaml().YAMLParseError)([composed.range[0], composed.range[1]], 'MULTIPLE_DOCS', 'multiple documents'),
      );
      break;
    }
  }
  return { doc: doc! };
}

/**
 * Keys repeated in one map, found with a set per map (the parser's own check compares every pair: minutes for a map
 * of 100 000 keys). Walked with a list, not recursion.
 */
function duplicateKeyOffsets(doc: Document.Parsed): number[] {
  const { isMap, isScalar, isSeq, isPair } = yaml();
  const offsets: number[] = [];
  const pending: unknown[] = [doc.contents];
  while (pending.length) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isScalar(pair.key)) {
          if (seen.has(pair.key.value) && pair.key.range) offsets.push(pair.key.range[0]);
          seen.add(pair.key.value);
        } else pending.push(pair.key);
        pending.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) pending.push(item);
  }
  return offsets.sort((a, b) => a - b);
}

export function parseYamlFile(text: string, file: string, tr: Translator): YamlFile {
  const { isMap, isPair, isScalar, LineCounter } = yaml();
  const lineCounter = new LineCounter();
  const parsed = parseBounded(text.replace(/^\uFEFF/, ''), lineCounter);
  const at = (offset: number, path?: YamlPath): Location => {
    const { line, col } = lineCounter.linePos(offset);
    const location: Location = { file, line, column: col };
    if (path && path.length) location.path = pathText(path);
    return location;
  };
  if (!parsed.doc) {
    const { code, offset } = parsed.stop;
    const problem =
      code === 'yaml-too-deep'
        ? makeProblem(tr, code, 'error', at(offset), { max: MAX_YAML_DEPTH })
        : // Where the count ran out says nothing about where the file went wrong: the file is named alone.
          makeProblem(tr, code, 'error', { file }, { file, max: MAX_YAML_TOKENS.toLocaleString('en') });
    return { file, value: undefined, problems: [problem], locate: () => ({ file }), locateKey: () => ({ file }) };
  }
  const doc = parsed.doc;
  const problems: Problem[] = [];
  for (const offset of duplicateKeyOffsets(doc))
    problems.push(makeProblem(tr, 'yaml-duplicate-key', 'error', at(offset), {}));
  let syntaxReported = false;
  for (const error of doc.errors) {
    const location = at(error.pos[0]);
    // The library's words are English: the sentence for its code instead (an unknown code: a general one).
    const detail = tr.t(isYamlErrorCode(error.code) ? `pack.yaml-error.${error.code}` : 'pack.yaml-error.IMPOSSIBLE');
    if (error.code === 'DUPLICATE_KEY') problems.push(makeProblem(tr, 'yaml-duplicate-key', 'error', location, {}));
    else if (!syntaxReported) {
      // Later syntax errors are usually echoes of the first; fixing it is what the user needs.
      problems.push(makeProblem(tr, 'yaml-syntax', 'error', location, { detail }));
      syntaxReported = true;
    }
  }
  for (const warning of doc.warnings) {
    const location = at(warning.pos[0]);
    if (warning.code === 'TAG_RESOLVE_FAILED') {
      const tag = /tag:? ?(\S+)/.exec(warning.message)?.[1] ?? '';
      problems.push(makeProblem(tr, 'yaml-custom-tag', 'error', location, { tag }));
    } else {
      problems.push(
        makeProblem(tr, 'yaml-syntax', 'warning', location, {
          detail: tr.t(
            isYamlErrorCode(warning.code) ? `pack.yaml-error.${warning.code}` : 'pack.yaml-error.IMPOSSIBLE',
          ),
        }),
      );
    }
  }

  let value: unknown;
  if (!problems.some((p) => p.severity === 'error')) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      problems.push(
        makeProblem(tr, 'yaml-too-many-aliases', 'error', { file, line: 1, column: 1 }, { max: MAX_ALIASES }),
      );
      void error;
    }
  }

  const nodeAt = (path: YamlPath): { node: Node | undefined; depth: number } => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (node && typeof node === 'object' && 'range' in node && (node as Node).range)
        return { node: node as Node, depth };
    }
    return { node: undefined, depth: 0 };
  };

  return {
    file,
    value,
    problems,
    locate(path) {
      const { node } = nodeAt(path);
      return node?.range
        ? at(node.range[0], path)
        : { file, line: 1, column: 1, ...(path.length ? { path: pathText(path) } : {}) };
    },
    locateKey(path) {
      const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
      const last = path[path.length - 1];
      if (isMap(parent)) {
        for (const pair of parent.items) {
          if (isPair(pair) && isScalar(pair.key) && pair.key.value === last && pair.key.range)
            return at(pair.key.range[0], path);
        }
      }
      return this.locate(path);
    },
  };
}

export type { Document };
