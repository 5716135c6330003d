// Near-miss suggestions for messages ("did you mean …?") and lists of allowed values.

/**
 * Edit distance between two strings, counting an insertion, deletion, substitution or swap of two neighbours as one
 * edit (optimal string alignment); gives up (returning `limit + 1`) once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to `word` (ignoring case) when it is a likely misspelling: at most a third of it in edits (1–3). */
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

/** Describes a value found in a document for a message: `the string "abc"`, `the number 5`, `an object`, … */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "`null`";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : `an array of ${value.length} item${value.length === 1 ? "" : "s"}`;
  switch (typeof value) {
    case "string": {
      if (value.length === 0) return "an empty string";
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    }
    case "number":
      return `the number ${String(value)}`;
    case "boolean":
      return `\`${String(value)}\``;
    case "bigint":
      return "a BigInt (not JSON data)";
    case "function":
      return "a function (not JSON data)";
    case "symbol":
      return "a symbol (not JSON data)";
    default: {
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== null && proto !== Object.prototype) {
        const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
        return typeof name === "string" && name !== "" ? `a ${name} object (not JSON data)` : "an object that is not plain JSON data";
      }
      return Object.keys(value as object).length === 0 ? "an empty object" : "an object";
    }
  }
}
