// The label of an open value (a role, a kind: any word a plan may hold), or the word itself. Read as an own property
// only, so that a word such as `constructor` or `toString` prints as written, never as a property of Object.prototype.
/** The label for `key` in `labels` when the label set has one of its own, else `key` as written. */
export function ownLabel(labels: Readonly<Record<string, string>>, key: string): string {
  return Object.prototype.hasOwnProperty.call(labels, key) ? labels[key]! : key;
}
