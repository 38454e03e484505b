// The message catalogue: every text a user reads, Chinese first, English on request, looked up by key.
import { zh } from './zh/index.js';
import { en } from './en/index.js';

export type Lang = 'zh' | 'en';
export type MessageKey = keyof typeof zh;
export type MessageParams = Record<string, string | number | undefined>;

/** A bound lookup: `t('pack.unknown-area', { area: '10' })`. */
export interface Translator {
  lang: Lang;
  t(key: MessageKey, params?: MessageParams): string;
}

const catalogues: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a missing parameter is noticed. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return format(catalogues[lang][key], params);
}

export function translator(lang: Lang): Translator {
  return { lang, t: (key, params) => translate(lang, key, params) };
}

/** `--lang` wins; else English when LANG (or LC_ALL) starts with "en"; else Chinese. */
export function resolveLang(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'zh') return value;
  }
  const locale = env.LC_ALL || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}
