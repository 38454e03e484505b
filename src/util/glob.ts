// A small glob matcher (Node 20 has no fs.glob) for the profile's data: and command-line inputs: *, ?, ** by segment.

/** Characters that make a path a pattern. `[…]` and `{a,b}` are not supported (see unsupportedGlob). */
const MAGIC = /[*?]/;

/** Whether the text is a pattern rather than a plain path. */
export function isGlob(text: string): boolean {
  return MAGIC.test(text);
}

/**
 * A pattern's path segments. Both / and \ separate segments (people on Windows write 报送\*.xlsx), so a backslash
 * never escapes; empty and `.` segments are dropped.
 */
export function globSegments(pattern: string): string[] {
  return pattern.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
}

/**
 * Splits a pattern into the folder it starts from (the leading segments without * or ?) and the segments left to
 * match, so that expansion walks only the folders the pattern can reach. A leading / (or C:) stays in the base.
 */
export function splitGlob(pattern: string): { base: string; rest: string[] } {
  const normalised = pattern.replace(/\\/g, '/');
  const root = /^([A-Za-z]:)?\//.exec(normalised)?.[0] ?? '';
  const segments = globSegments(normalised.slice(root.length));
  const first = segments.findIndex((s) => isGlob(s));
  const literal = first < 0 ? segments : segments.slice(0, first);
  return { base: root + literal.join('/'), rest: first < 0 ? [] : segments.slice(first) };
}

/** A `{a,b}` or `[abc]` part, which this matcher does not support: the profile reader says so at its line. */
export function unsupportedGlob(pattern: string): string | undefined {
  return /\{[^{}]*,[^{}]*\}/.exec(pattern)?.[0] ?? /\[[^\]]+\]/.exec(pattern)?.[0];
}

/** One segment against one name: * is any run of characters, ? exactly one (a Chinese character counts as one). */
function matchSegment(pattern: readonly string[], name: readonly string[]): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let mark = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === name[n])) {
      p += 1;
      n += 1;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p;
      mark = n;
      p += 1;
    } else if (star >= 0) {
      p = star + 1;
      mark += 1;
      n = mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p += 1;
  return p === pattern.length;
}

/**
 * A test of relative paths (segments separated by / or \) against the pattern's segments. `**` as a whole segment
 * matches zero or more folders; elsewhere ** is the same as *. Matching ignores letter case, as Windows does.
 */
export function globMatcher(patternSegments: readonly string[]): (path: string) => boolean {
  const chars = patternSegments.map((s) => (s === '**' ? null : Array.from(s.toLowerCase())));
  return (path) => {
    const names = globSegments(path).map((s) => Array.from(s.toLowerCase()));
    // memo[i][j]: pattern from segment i matches names from segment j.
    const memo = new Map<number, boolean>();
    const match = (i: number, j: number): boolean => {
      const key = i * (names.length + 1) + j;
      const known = memo.get(key);
      if (known !== undefined) return known;
      let result: boolean;
      if (i === chars.length) result = j === names.length;
      else if (chars[i] === null) result = match(i + 1, j) || (j < names.length && match(i, j + 1));
      else result = j < names.length && matchSegment(chars[i]!, names[j]!) && match(i + 1, j + 1);
      memo.set(key, result);
      return result;
    };
    return match(0, 0);
  };
}

/** Whether the pattern can reach below its first level (only then does expansion walk sub-folders). */
export function globDepth(rest: readonly string[]): number {
  return rest.includes('**') ? Infinity : rest.length;
}
