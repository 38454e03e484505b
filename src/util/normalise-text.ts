// Text as people type it in China, made comparable: full-width letters and digits to half-width, spaces trimmed.
import { boundedMemo } from './bounded-memo.js';

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E\u3000]/g;

/** Full-width ASCII (Ａ１％．，) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  // Most cells hold nothing full-width: testing allocates nothing, replacing would.
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

/** A character that `\s`, trim() or toHalfWidth would change or remove (an ordinary space is judged by its place). */
function special(code: number): boolean {
  return (
    code < 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    (code >= 0xff01 && code <= 0xff5e)
  );
}

/** Whether normaliseText would return the text unchanged: no full-width or odd space, no space at an end or twice. */
function alreadyNormal(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 0x20) return false;
    } else if (code < 0x7f ? code < 0x20 : special(code)) return false;
  }
  return true;
}

const normaliseSlow = boundedMemo((text: string): string =>
  toHalfWidth(text)
    .replace(/[\s\u00A0]+/g, ' ')
    .trim(),
);

/** Half-width, trimmed, inner runs of white space (including non-breaking) collapsed to one space. */
export function normaliseText(text: string): string {
  return alreadyNormal(text) ? text : normaliseSlow(text);
}

/** For matching headers and names: also without any spaces and lower-case. */
export const matchKey: (text: string) => string = boundedMemo((text) =>
  normaliseText(text).replace(/ /g, '').toLowerCase(),
);
