// Wording for messages: lists of allowed values and descriptions of values found. Near-miss suggestions
// ("did you mean …?") come from core's zod-free rules entry, so both validators suggest alike.

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
