// The environment a test gives the built CLI: the developer's own, minus what changes qcc's output (language, colour,
// width, glyphs, cache), so a test passes the same in any shell as in CI.
const OUTPUT_CHANGING = /^(QCC_|FORCE_COLOR$|NO_COLOR$|COLUMNS$|TERM$|LANG$|LC_ALL$|LANGUAGE$)/;

export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(Object.entries(process.env).filter(([key]) => !OUTPUT_CHANGING.test(key)));
  return { ...kept, LANG: 'zh_CN.UTF-8', NO_COLOR: '1', ...extra };
}
