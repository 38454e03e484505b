// A value quoted in a message is cut to a short prefix with an ellipsis, in every problem and every reason.
import { describe, expect, it } from 'vitest';
import { QUOTED_TEXT_CHARS, QUOTED_VALUE_CHARS, quoteValue } from '../../src/wording/quote-value.js';
import { makeProblem } from '../../src/wording/problem.js';
import { readValue } from '../../src/wording/read-value.js';
import { translator } from '../../src/i18n/index.js';
import { miniItem } from '../data/helpers.js';

const tr = translator('zh');
const MB = 'x'.repeat(1024 * 1024);

describe('quoteValue', () => {
  it.each([
    ['a short value stays whole', '98.5%', '98.5%'],
    ['exactly the limit stays whole', 'x'.repeat(QUOTED_VALUE_CHARS), 'x'.repeat(QUOTED_VALUE_CHARS)],
    ['one past the limit is cut', 'x'.repeat(QUOTED_VALUE_CHARS + 1), `${'x'.repeat(QUOTED_VALUE_CHARS)}…`],
    ['a megabyte is cut', MB, `${'x'.repeat(QUOTED_VALUE_CHARS)}…`],
    ['characters outside the BMP count once and are never split', '𠀀'.repeat(100), `${'𠀀'.repeat(60)}…`],
  ])('%s', (_name, text, quoted) => {
    expect(quoteValue(text)).toBe(quoted);
  });

  it('never leaves a lone surrogate at the cut', () => {
    const cut = quoteValue(`${'a'.repeat(59)}😀😀`);
    expect(cut).toBe(`${'a'.repeat(59)}😀…`);
    expect(cut.slice(0, -1)).not.toMatch(/[\ud800-\udbff]$/);
  });
});

describe('messages quote a 1 MB cell short', () => {
  it('a problem cuts cell parameters at 60 characters and any other text at 400', () => {
    const p = makeProblem(tr, 'value-not-number', 'error', { file: 'a.csv' }, { value: MB, item: '6.3.1' });
    expect(p.message).toBe(`考核项 6.3.1 的数值“${'x'.repeat(60)}…”不是数字`);
    const long = makeProblem(tr, 'file-unreadable', 'error', { file: 'a.csv' }, { detail: MB });
    expect(long.message.length).toBeLessThan(QUOTED_TEXT_CHARS + 20);
  });

  it.each([
    ['not a number', '6.3.1', MB],
    ['an unknown unit', '6.3.1', `98${'左'.repeat(100_000)}`],
    ['not yes or no', '1.1.1', MB],
  ])('%s: the reason and the problem quote a prefix', (_name, item, cell) => {
    const read = readValue({ kind: 'text', text: cell }, miniItem(item), tr);
    expect(read.value.type).toBe('invalid');
    const reason = read.value.type === 'invalid' ? read.value.reason : '';
    expect(reason.length).toBeLessThan(200);
    expect(reason).toContain('…');
    // The cell itself is kept whole as data.
    expect(read.raw).toBe(cell);
  });
});
