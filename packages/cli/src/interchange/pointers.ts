// How an export's "not carried" notice names the places it left out: the first few JSON Pointers and a count of the
// rest, so that a plan of a thousand measures gets a line, not a thousand. Browser-safe (the studio shows the notice).

/** How many pointers a notice's line names before "and N more". */
export const POINTERS_SHOWN = 3;

/** "/a, /b" for up to three pointers; "/a, /b, /c and 809 more" for more. */
export function pointerList(pointers: readonly string[]): string {
  if (pointers.length <= POINTERS_SHOWN) return pointers.join(", ");
  return `${pointers.slice(0, POINTERS_SHOWN).join(", ")} and ${pointers.length - POINTERS_SHOWN} more`;
}

/** The values of a notice's line naming `pointers`: the first few (`pointers`), and how many more (`more`, when any). */
export function pointerValues(pointers: readonly string[]): { pointers: string; count: number; more?: number } {
  if (pointers.length <= POINTERS_SHOWN) return { pointers: pointers.join(", "), count: pointers.length };
  return { pointers: pointers.slice(0, POINTERS_SHOWN).join(", "), count: pointers.length, more: pointers.length - POINTERS_SHOWN };
}

/** Escapes one reference token of a JSON Pointer (RFC 6901): `~` as `~0`, `/` as `~1`. */
export const pointerToken = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");
