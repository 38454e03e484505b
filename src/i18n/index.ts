// The message catalogue: every text a user reads, Chinese first, English on request, looked up by key.
import { zh } from './zh/index.js';
import { en } from './en/index.js';

export type Lang = 'zh' | 'en';
type Catalogue = typeof zh;
export type MessageKey = keyof Catalogue;
export type MessageParams = Record<string, string | number | undefined>;

// The parameters of a key are the `{name}` placeholders of its Chinese text (the English one has the same, tested).
type WordChar =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z'
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U'
  | 'V'
  | 'W'
  | 'X'
  | 'Y'
  | 'Z'
  | '0'
  | '1'
  | '2'
  | '3'
  | '4'
  | '5'
  | '6'
  | '7'
  | '8'
  | '9'
  | '_';
type IsWord<S extends string> = S extends `${WordChar}${infer Rest}` ? (Rest extends '' ? true : IsWord<Rest>) : false;
/** `count` in `{count|error|errors}`, `name` in `{name}`. */
type PlaceholderName<S extends string> = S extends `${infer Name}|${string}|${string}` ? Name : S;
/** `{name}` and `{name|one|other}` placeholders, as `format` fills them; YAML such as `{ op: ">=" }` is not one. */
export type Placeholders<S extends string> = S extends `${string}{${infer After}`
  ? After extends `${infer Inside}}${infer Rest}`
    ? IsWord<PlaceholderName<Inside>> extends true
      ? PlaceholderName<Inside> | Placeholders<Rest>
      : Placeholders<After>
    : never
  : never;
export type ParamName<K extends MessageKey> = Placeholders<Catalogue[K]>;
/** The parameters a key takes: exactly its placeholders, each required. */
export type ParamsOf<K extends MessageKey> = { [P in ParamName<K>]: string | number };
/** The arguments after the key: none for a text without placeholders, else its parameters. */
export type ParamsArg<K extends MessageKey> = [ParamName<K>] extends [never] ? [] : [params: ParamsOf<K>];
/** Keys whose text has no placeholder: a key held in a variable of this type is looked up as `tr.t(key)`. */
export type PlainKey = { [K in MessageKey]: [ParamName<K>] extends [never] ? K : never }[MessageKey];

/** A bound lookup: `t('problem.unknown-area', { area: '10' })`; a missing or misnamed parameter does not compile. */
export interface Translator {
  lang: Lang;
  t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): string;
}

const catalogues: Record<Lang, Record<MessageKey, string>> = { zh, en };

/**
 * Fills `{name}` placeholders, and `{name|one|other}` with `one` when the value is exactly 1, else `other` (English
 * plurals: `{errors} {errors|error|errors}`). An unknown placeholder stays visible so a missing parameter is noticed.
 */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(
    /\{(\w+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (one !== undefined && other !== undefined) return String(value) === '1' ? one : other;
      return String(value);
    },
  );
}

export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return format(catalogues[lang][key], params);
}

export function translator(lang: Lang): Translator {
  return { lang, t: (key: MessageKey, params?: MessageParams) => translate(lang, key, params) };
}

/**
 * `--lang` wins; else QCC_LANG (zh or en); else Chinese. The system locale (LANG, LC_ALL) is not read: an IT
 * person's English shell must not silently turn a report the officials sign into English.
 */
export function resolveLang(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'zh') return value;
  }
  const chosen = env.QCC_LANG?.trim().toLowerCase();
  return chosen === 'en' ? 'en' : 'zh';
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}
