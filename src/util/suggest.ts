// "Did you mean …?": the closest known name to what the user typed, if it is close enough to help.

function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** The nearest candidate within a third of the word's length (at least 1 edit, at most 4), ties by order. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(4, Math.max(1, Math.ceil([...word].length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = distance(word, candidate);
    const contains = candidate.includes(word) || word.includes(candidate);
    const score = contains ? Math.min(d, limit) : d;
    if (score <= limit && score < bestDistance) {
      best = candidate;
      bestDistance = score;
    }
  }
  return best;
}

export { distance as editDistance };
