/**
 * Why a scalar read from a plan file has no exact JSON form (`NaN`, `Infinity`, `-0`, a binary or a date), or
 * undefined when it has one. The one rule the loaders of both formats apply, so that `validate`, `migrate` and
 * every other command refuse the same values.
 */
export function nonJsonReason(value: unknown): { message: string; hint: string } | undefined {
  if (typeof value === "number") {
    if (Number.isNaN(value)) return { message: "Not-a-number (`.nan`) has no JSON form.", hint: "Write a finite number, or null; quote it (\".nan\") if it is text." };
    if (!Number.isFinite(value)) {
      return { message: `Infinity (\`${value > 0 ? "" : "-"}.inf\`) has no JSON form.`, hint: "Write a finite number, or null; quote it if it is text." };
    }
    if (Object.is(value, -0)) return { message: "Minus zero (`-0`) has no JSON form of its own: JSON readers turn it into 0.", hint: "Write 0." };
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    const name = value instanceof Uint8Array ? "binary data" : value instanceof Date ? "a date-time" : "an object";
    return { message: `This value is ${name}, which has no JSON form.`, hint: "Write it as a string, number, boolean, null, sequence or mapping." };
  }
  if (typeof value === "bigint" || typeof value === "function" || typeof value === "symbol" || value === undefined) {
    return { message: "This value has no JSON form.", hint: "Write it as a string, number, boolean, null, sequence or mapping." };
  }
  return undefined;
}
