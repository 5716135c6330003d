/** The few styles the human output uses; each is the identity when colours are off. */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const style =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const identity = (text: string): string => text;

/**
 * Whether to colour a stream: never with NO_COLOR (any non-empty value) or FORCE_COLOR=0/false,
 * always with another FORCE_COLOR value, otherwise only on a terminal.
 */
export function useColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force === "0" || force === "false") return false;
  if (force !== undefined && force !== "") return true;
  return isTTY && env["TERM"] !== "dumb";
}

/** The styles, real or plain. */
export function createColors(enabled: boolean): Colors {
  if (!enabled) {
    return { red: identity, yellow: identity, green: identity, cyan: identity, bold: identity, dim: identity };
  }
  return {
    red: style(31, 39),
    yellow: style(33, 39),
    green: style(32, 39),
    cyan: style(36, 39),
    bold: style(1, 22),
    dim: style(2, 22),
  };
}
