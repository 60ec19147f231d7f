/**
 * The names closest to a misspelt one, for "did you mean": by edit distance
 * (insertions, deletions, substitutions and swaps of neighbours, ignoring case),
 * at most `limit` of them, only those close enough to be the same name typed
 * wrong, nearest first and then by name, so the same inputs give the same words.
 */
export function suggestNames(wanted: string, known: Iterable<string>, limit = 3): string[] {
  const target = wanted.toLowerCase();
  const budget = Math.max(2, Math.floor(wanted.length / 3));
  const scored: { name: string; distance: number }[] = [];
  for (const name of new Set(known)) {
    if (name === wanted || Math.abs(name.length - wanted.length) > budget) continue;
    const distance = editDistance(target, name.toLowerCase(), budget);
    if (distance <= budget) scored.push({ name, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.name);
}

/** Optimal string alignment distance, stopping early once every path exceeds `budget`. */
function editDistance(a: string, b: string, budget: number): number {
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > budget) return budget + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}
