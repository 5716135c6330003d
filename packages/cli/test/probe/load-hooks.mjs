// The module hooks of load-probe.mjs: every URL Node loads is appended to the log, one a line, as `module <url>`.
import { appendFileSync } from "node:fs";

let log;

/** Receives the log's path from load-probe.mjs. */
export function initialize(data) {
  log = data.log;
}

/** Records the URL, then loads it as Node would. */
export async function load(url, context, nextLoad) {
  appendFileSync(log, `module ${url}\n`);
  return nextLoad(url, context);
}
