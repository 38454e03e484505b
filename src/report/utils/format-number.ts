// Scores and points as short text: at most two decimals, no trailing zeros ("12.5", "3", "0.33").

export function formatPoints(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
