// The message catalogue: both languages complete, placeholders alike, Chinese text with Chinese punctuation.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zh } from '../src/i18n/zh/index.js';
import { en } from '../src/i18n/en/index.js';
import { format, resolveLang, translator } from '../src/i18n/index.js';
import { makeProblem } from '../src/wording/problem.js';

// `{name}` and the name of a plural choice `{name|one|other}`, each once.
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)(?:\|[^{}|]*\|[^{}|]*)?\}/g)].map((m) => m[1]))].sort();

describe('catalogue', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(zh))
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
  });

  it('writes Chinese punctuation next to Chinese characters', () => {
    const cjk = '[\\u4e00-\\u9fff]';
    const ascii = new RegExp(`${cjk}[,;?!]|[,;?!]${cjk}|${cjk}:(?! )`);
    // YAML written inside a message ({ benchmark: 编号, year: 年度 }, [区县1, 区县2]) is code, and keeps ASCII punctuation.
    const prose = (text: string) => text.replace(/\{[^{}]*:[^{}]*\}|\[[^\]]*\]/g, '');
    const bad = Object.entries(zh)
      .filter(([, text]) => ascii.test(prose(text)))
      .map(([key, text]) => `${key}: ${text}`);
    expect(bad).toEqual([]);
  });

  it.each(['zh', 'en'])(
    'keeps each key in the %s file its first segment names (hint.* beside problem.*)',
    async (lang) => {
      const dir = fileURLToPath(new URL(`../src/i18n/${lang}/`, import.meta.url));
      const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
      expect(files.length).toBeGreaterThan(1);
      const misplaced: string[] = [];
      for (const file of files) {
        const module = (await import(`${dir}${file}`)) as Record<string, Record<string, string>>;
        for (const section of Object.values(module)) {
          for (const key of Object.keys(section)) {
            const first = key.split('.')[0];
            if ((first === 'hint' ? 'problem' : first) !== file.replace(/\.ts$/, '')) misplaced.push(`${file}: ${key}`);
          }
        }
      }
      expect(misplaced).toEqual([]);
    },
  );

  it('types the parameters of each key from its placeholders (checked by tsc, which type-checks this file)', () => {
    const tr = translator('zh');
    expect(tr.t('gap.short', { amount: 2, unit: '%' })).toBe('还差 2%');
    // @ts-expect-error a missing parameter does not compile
    expect(tr.t('gap.short', { amount: 2 })).toBe('还差 2{unit}');
    // @ts-expect-error a misnamed parameter does not compile
    expect(tr.t('gap.short', { amount: 2, units: '%' })).toBe('还差 2{unit}');
    // @ts-expect-error a text without placeholders takes none
    expect(tr.t('word.yes', { value: 1 })).toBe('是');
    // YAML written in a text ({ target: {example}, … }) is not a placeholder; the names inside it are.
    expect(tr.t('hint.target-unset', { id: '1.1.1', example: 'X', note: '' })).toContain('{ target: X, reason');
  });

  it("types a problem's parameters by its code, as tr.t does", () => {
    const tr = translator('zh');
    expect(makeProblem(tr, 'item-unknown', 'error', { file: 'a.csv' }, { item: '9.9.9' }).message).toBe(
      '规则包中没有考核项 9.9.9',
    );
    // @ts-expect-error a missing parameter does not compile
    expect(makeProblem(tr, 'item-unknown', 'error', { file: 'a.csv' }, {}).message).toBe('规则包中没有考核项 {item}');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('还差 {gap} 个百分点', { gap: 1.5 })).toBe('还差 1.5 个百分点');
    expect(format('{a} {b}', { a: 'x' })).toBe('x {b}');
  });

  it.each([
    [0, '0 errors'],
    [1, '1 error'],
    ['1', '1 error'],
    [2, '2 errors'],
    ['1.5', '1.5 errors'],
  ])('chooses the plural form by the count: %j → %s', (count, text) => {
    expect(format('{count} {count|error|errors}', { count })).toBe(text);
  });

  it('says English counts in the singular for one and the plural otherwise', () => {
    const tr = translator('en');
    expect(tr.t('report.summary.problems-count', { errors: 1, warnings: 2 })).toBe('1 error, 2 warnings');
    expect(tr.t('validate.summary', { files: 1, records: 0, errors: 2, warnings: 1 })).toBe(
      '1 file, 0 records, 2 errors, 1 warning',
    );
    expect(
      tr.t('problem.values-missing', { region: 'R', year: 2020, count: 1, items: '1.1.1', placeholders: '' }),
    ).toBe('R 2020: 1 item has no value: 1.1.1');
  });

  it('writes no "(s)" plural in English: a count chooses its form', () => {
    expect(
      Object.entries(en)
        .filter(([, text]) => text.includes('(s)'))
        .map(([key]) => key),
    ).toEqual([]);
  });

  it.each([
    [['--lang', 'en'], {}, 'en'],
    [['--lang=en'], { LANG: 'zh_CN.UTF-8' }, 'en'],
    [[], { QCC_LANG: 'en' }, 'en'],
    [['--lang', 'zh'], { QCC_LANG: 'en' }, 'zh'],
    [['--lang=en'], { QCC_LANG: 'zh' }, 'en'],
    // An English system locale does not switch the language silently (issue 15): QCC_LANG or --lang does.
    [[], { LANG: 'en_US.UTF-8' }, 'zh'],
    [[], { LC_ALL: 'en_GB.UTF-8', LANG: 'en_US' }, 'zh'],
    [[], { QCC_LANG: 'fr' }, 'zh'],
    [[], {}, 'zh'],
  ] as const)('language of %j with %j is %s', (argv, env, lang) => {
    expect(resolveLang(argv, env)).toBe(lang);
  });
});
