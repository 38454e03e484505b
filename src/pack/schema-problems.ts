// Turns ajv's errors into problems with file:line:column, one per real mistake, in the user's language.
import type { ErrorObject } from 'ajv';
import type { Problem } from '../model/index.js';
import type { Translator } from '../i18n/index.js';
import { makeProblem } from '../wording/problem.js';
import { suggest } from '../util/suggest.js';
import type { YamlFile, YamlPath } from './yaml-file.js';
import { pathText } from './yaml-file.js';
import { validatorFor, type SchemaName } from './schemas.js';

// The JSON Schema types a problem names in words (pack.schema.type.<type>); any other is shown as it is.
export const SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'] as const;
const isSchemaType = (t: string): t is (typeof SCHEMA_TYPES)[number] => (SCHEMA_TYPES as readonly string[]).includes(t);

function toPath(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

const COMPARISONS: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** Validates a parsed file against one schema; returns [] when it conforms. */
export function schemaProblems(file: YamlFile, schema: SchemaName, tr: Translator): Problem[] {
  const validate = validatorFor(schema);
  if (validate(file.value)) return [];
  const errors = validate.errors ?? [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  // An anyOf failure also yields one error per branch; keep the summary only.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && anyOfPaths.has(error.instancePath)) continue;
    const problem = convert(error, file, tr);
    const key = `${problem.code}|${problem.location.line}|${problem.location.column}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function convert(error: ErrorObject, file: YamlFile, tr: Translator): Problem {
  const path = toPath(error.instancePath);
  const property = pathText(path) || tr.t('pack.schema.top-level');
  const value = valueAt(file.value, path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      return makeProblem(tr, 'schema-required', 'error', file.locate(path), { property: pathText([...path, missing]) });
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(((error.parentSchema ?? {}) as { properties?: object }).properties ?? {});
      const near = suggest(key, allowed);
      const hint = near
        ? tr.t('hint.did-you-mean', { suggestion: near })
        : tr.t('hint.schema-unknown-key', { allowed: allowed.join(', ') });
      return makeProblem(tr, 'schema-unknown-key', 'error', file.locateKey([...path, key]), { key }, hint);
    }
    case 'type': {
      const types = String(params.type).split(',');
      const expected = types
        .map((t) => (isSchemaType(t) ? tr.t(`pack.schema.type.${t}`) : t))
        .join(tr.t('pack.schema.type.or'));
      return makeProblem(tr, 'schema-type', 'error', file.locate(path), { property, expected });
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(shown).join(', ');
      return makeProblem(tr, 'schema-enum', 'error', file.locate(path), { property, value: shown(value), allowed });
    }
    case 'anyOf': {
      const schemaEnum = ((error.schema as { enum?: unknown[] }[] | undefined) ?? []).flatMap((s) => s.enum ?? []);
      const allowed = ['true', 'false', ...schemaEnum.map(shown)].join(', ');
      return makeProblem(tr, 'schema-enum', 'error', file.locate(path), { property, value: shown(value), allowed });
    }
    case 'uniqueItems': {
      const list = Array.isArray(value) ? value : [];
      const j = Number(params.j);
      return makeProblem(tr, 'schema-unique', 'error', file.locate([...path, j]), { property, value: shown(list[j]) });
    }
    case 'pattern': {
      if (String(params.pattern).startsWith('^\\d{4}-\\d{2}-\\d{2}')) {
        return makeProblem(tr, 'profile-bad-date', 'error', file.locate(path), { value: shown(value) });
      }
      if (path[path.length - 1] === 'id' && path.includes('items')) {
        return makeProblem(tr, 'schema-item-id', 'error', file.locate(path), { value: shown(value) });
      }
      return makeProblem(tr, 'schema-pattern', 'error', file.locate(path), {
        property,
        value: shown(value),
        pattern: String(params.pattern),
      });
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      return makeProblem(tr, 'schema-pattern', 'error', file.locateKey([...path, name]), {
        property,
        value: name,
        pattern: '\\d{4}',
      });
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return makeProblem(tr, 'schema-range', 'error', file.locate(path), {
        property,
        value: shown(value),
        comparison: COMPARISONS[String(params.comparison)] ?? String(params.comparison),
        limit: String(params.limit),
      });
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'minLength':
      return makeProblem(tr, 'schema-size', 'error', file.locate(path), { property, detail: error.message ?? '' });
    default:
      return makeProblem(tr, 'schema-invalid', 'error', file.locate(path), {
        property,
        detail: error.message ?? error.keyword,
      });
  }
}
