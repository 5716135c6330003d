/**
 * Edit distance between two strings (insertions, deletions, substitutions and swaps of neighbours each count 1),
 * bounded: returns `limit + 1` as soon as it must exceed `limit`.
 *
 * @example
 * ```ts
 * import { editDistance } from "@actionplan/core";
 *
 * editDistance("kitten", "sitting"); // 3
 * editDistance("measures", "measrues"); // 1: a swap of neighbours counts once
 * editDistance("kitten", "sitting", 1); // 2: stops as soon as the distance must exceed the limit
 * ```
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `word` (case-insensitive), when it is close enough to be a likely misspelling:
 * at most a third of the word's length in edits (at least 1, at most 3).
 *
 * @example
 * ```ts
 * import { closestMatch } from "@actionplan/core";
 *
 * closestMatch("measurse", ["measures", "preconditions", "horizon"]); // "measures"
 * closestMatch("budget", ["measures", "preconditions", "horizon"]); // undefined: nothing close enough
 * ```
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Joins values as `a`, `b` or `c` for messages. */
export function listOf(values: readonly unknown[], conjunction = "or"): string {
  const quoted = values.map((value) => `\`${String(value)}\``);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted[quoted.length - 1]}`;
}
