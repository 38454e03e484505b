// Text as people type it in China, made comparable: full-width letters and digits to half-width, spaces trimmed.

/** Full-width ASCII (Ａ１％．，) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Half-width, trimmed, inner runs of white space (including non-breaking) collapsed to one space. */
export function normaliseText(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** For matching headers and names: also without any spaces and lower-case. */
export function matchKey(text: string): string {
  return normaliseText(text).replace(/ /g, '').toLowerCase();
}
