// Parses one YAML file keeping node positions, so every later problem can name file:line:column.
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

export function parseYamlFile(text: string, file: string, tr: Translator): YamlFile {
  const { isMap, isPair, isScalar, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number, path?: YamlPath): Location => {
    const { line, col } = lineCounter.linePos(offset);
    const location: Location = { file, line, column: col };
    if (path && path.length) location.path = pathText(path);
    return location;
  };
  const problems: Problem[] = [];
  let syntaxReported = false;
  for (const error of doc.errors) {
    const location = at(error.pos[0]);
    const detail = error.message.split('\n')[0] ?? error.message;
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
        makeProblem(tr, 'yaml-syntax', 'warning', location, { detail: warning.message.split('\n')[0] ?? '' }),
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
