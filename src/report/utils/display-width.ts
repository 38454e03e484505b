// Terminal display width of text (CJK = 2 columns, ANSI colour codes = 0) and wrapping to a width.
// The width of one character is util/char-width.ts's (the CLI's progress line measures with it too).

import { charWidth } from '../../util/char-width.js';

export { charWidth };

// eslint-disable-next-line no-control-regex -- ESC (\u001b) starts the ANSI colour codes this strips
const ANSI = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Display columns of one line of text, ignoring colour codes. */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? stripAnsi(text) : text;
  let width = 0;
  for (let i = 0; i < plain.length; i += 1) {
    let codePoint = plain.charCodeAt(i);
    // A surrogate pair is one code point, as `for…of` reads it; a lone surrogate counts on its own.
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < plain.length) {
      const low = plain.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = (codePoint - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i += 1;
      }
    }
    width += charWidth(codePoint);
  }
  return width;
}

// A closing bracket that follows no Latin word ("全国)2020") is a unit of its own, so that it can stay on its line
// while the word after it moves on; inside a word ("a]b") it is part of the word.
const CLOSE_ASCII = new Set([...')]}']);

/** Splits text into wrap units: a Latin word, a run of spaces, one wide character (CJK breaks anywhere). */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === ' ') {
      if (word && !word.endsWith(' ')) {
        out.push(word);
        word = '';
      }
      word += ch;
    } else if (charWidth(cp) === 2 || (CLOSE_ASCII.has(ch) && (!word || word.endsWith(' ')))) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else {
      if (word.endsWith(' ')) {
        out.push(word);
        word = '';
      }
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Chinese line-breaking rules (禁则): these never start a line, those never end one. */
// Full-width forms by code point (、。,:;!?)】」』》〉”’ and (【「『《〈“‘), plus their ASCII look-alikes.
const NO_START = new Set([
  ...'\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f\uff09\u3011\u300d\u300f\u300b\u3009\u201d\u2019%\u2030,.;:!?)]}',
]);
/** Those of NO_START a line must never start with (closing brackets, full-width marks); "%" or "," may at a pinch. */
const NEVER_START = new Set([...NO_START].filter((ch) => !'%\u2030,.;:!?'.includes(ch)));
const NO_END = new Set([...'\uff08\u3010\u300c\u300e\u300a\u3008\u201c\u2018([{']);

const isWide = (ch: string): boolean => charWidth(ch.codePointAt(0) ?? 0) === 2;

/**
 * Where to end a full line so that the next starts with no closing mark and this one ends with no opening one: the
 * latest such point, not inside a Latin word ("3·15"), whose carried text and the next word fit the next line; else
 * one with no closing mark first; else carry the last character alone.
 */
function breakPoint(chars: readonly string[], next: string, width: number): number {
  const nextWidth = displayWidth(next);
  const inWord = (a: string, b: string): boolean => a !== ' ' && b !== ' ' && !isWide(a) && !isWide(b);
  // Two passes: both rules, then the one that matters more (no closing mark first on a line) alone, where breaking
  // right before the next word (a "%") or inside a word will do too.
  for (const strict of [true, false]) {
    for (let keep = strict ? chars.length - 1 : chars.length; keep >= 1; keep -= 1) {
      if (displayWidth(chars.slice(keep).join('')) + nextWidth > width) break;
      const before = chars[keep - 1] ?? '';
      const first = chars[keep] ?? next[0] ?? '';
      const fine = strict
        ? !NO_START.has(first) && (before === ' ' || !NO_END.has(before)) && !inWord(before, first)
        : !NEVER_START.has(first);
      if (fine) return keep;
    }
  }
  return Math.max(1, chars.length - 1);
}

/** Wraps plain text (no colour codes) into lines no wider than `width` columns; explicit newlines are kept. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    const flush = (): void => {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
    };
    for (const token of tokens(paragraph)) {
      const w = displayWidth(token);
      if (used + w <= width) {
        line += token;
        used += w;
        continue;
      }
      // Spaces that do not fit are dropped: the next word breaks the line, and keeps its punctuation rules.
      if (token.trim() === '') continue;
      if (used > 0) {
        // Carry characters over so that punctuation keeps to its neighbour, as Chinese typesetting does (避头尾).
        // A space before a closing mark (data such as "2020 年 ）") gives way rather than leave the mark alone.
        const chars = [...(NO_START.has(token[0] ?? '') ? line.trimEnd() : line)];
        const last = chars.at(-1) ?? '';
        const keep =
          NO_END.has(last) || (NO_START.has(token[0] ?? '') && last !== ' ')
            ? breakPoint(chars, token, width)
            : chars.length;
        const carry = chars.slice(keep).join('');
        line = chars.slice(0, keep).join('');
        flush();
        if (carry && w + displayWidth(carry) <= width) {
          line = carry + token;
          used = displayWidth(line);
          continue;
        }
        line = carry;
        used = displayWidth(carry);
      }
      if (used + w <= width) {
        line += token;
        used += w;
        continue;
      }
      // A word wider than the column: cut it by characters.
      for (const ch of token) {
        const cw = charWidth(ch.codePointAt(0) ?? 0);
        if (used + cw > width && used > 0) {
          // A closing mark takes the character before it along to the next line.
          const chars = [...line];
          const carry = NO_START.has(ch) && chars.length > 1 ? (chars.pop() ?? '') : '';
          line = chars.join('');
          flush();
          line = carry;
          used = displayWidth(carry);
        }
        line += ch;
        used += cw;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
