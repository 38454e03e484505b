// A value quoted in a message is cut to a short prefix with an ellipsis: a 1 MB cell must not become a 1 MB message.

/** Characters (code points) of a cell's value that a message quotes before it cuts. */
export const QUOTED_VALUE_CHARS = 60;

/** Characters of any other text put into a message (names, lists): generous, only against absurd input. */
export const QUOTED_TEXT_CHARS = 400;

/**
 * `text` if it has at most `limit` characters, else its first `limit` followed by "…". Counts code points, so a
 * character outside the BMP (𠀀, an emoji) is never cut in half into a lone surrogate.
 */
export function quoteValue(text: string, limit = QUOTED_VALUE_CHARS): string {
  // Fast path: a string of at most `limit` UTF-16 units has at most `limit` code points.
  if (text.length <= limit) return text;
  let end = 0;
  for (let n = 0; n < limit && end < text.length; n += 1) {
    const c = text.charCodeAt(end);
    end += c >= 0xd800 && c <= 0xdbff && end + 1 < text.length ? 2 : 1;
  }
  return end >= text.length ? text : `${text.slice(0, end)}…`;
}
