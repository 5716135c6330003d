// What a migration step works with: the contract every step of migrate.ts and of migrate-2/<area>.ts follows.

/** What a migration step works with. */
export interface StepContext {
  /** The document being upgraded (a private copy): the step changes it in place. */
  document: Record<string, unknown>;
  /** Records a change for the result's `changes`, in one sentence. */
  change(text: string): void;
  /** Keeps a value the new format has no place for, by the JSON Pointer where it stood. */
  keep(pointer: string, value: unknown): void;
}

/** One small upgrade step; the steps of a migration run in order. */
export type Step = (ctx: StepContext) => void;

/** Whether a value is a plain JSON object (not an array, not null). */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Whether an object has this key as its own. */
export const own = (object: Record<string, unknown>, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Sets an own property, safely even for a key such as `__proto__`. */
export function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

/** "1 measure", "2 measures": a count with its noun, for the changes' sentences. */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** Replaces key `from` by key `to` (with `value`) at the same place among the keys; safe for any key name. */
export function replaceKey(object: Record<string, unknown>, from: string, to: string, value: unknown): void {
  const entries = Object.entries(object);
  for (const [key] of entries) delete object[key];
  for (const [key, current] of entries) setOwn(object, key === from ? to : key, key === from ? value : current);
}
