// How an export's "not carried" notice names the places it left out: the first few JSON Pointers and a count of the
// rest, so that a plan of a thousand measures gets a line, not a thousand. Browser-safe (the studio shows the notice).

/** How many pointers a notice's line names before "and N more". */
export const POINTERS_SHOWN = 3;

/**
 * The values of a notice's line naming `pointers`: how many (`count`), the first few (`pointers`, "/a, /b, /c"), and
 * how many more (`more`, when there are more), which the line's wording says as "… and 809 more".
 */
export function pointerValues(pointers: readonly string[]): { pointers: string; count: number; more?: number } {
  if (pointers.length <= POINTERS_SHOWN) return { pointers: pointers.join(", "), count: pointers.length };
  return { pointers: pointers.slice(0, POINTERS_SHOWN).join(", "), count: pointers.length, more: pointers.length - POINTERS_SHOWN };
}

/** Escapes one reference token of a JSON Pointer (RFC 6901): `~` as `~0`, `/` as `~1`. */
export const pointerToken = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");
