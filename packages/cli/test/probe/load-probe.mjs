// Loaded with `node --import` by startup.test.ts: records every module file the command loads, ES modules through a
// module hook (which runs on its own thread and appends each URL to a log) and, when the process exits, CommonJS
// modules (the require cache) and Node built-ins (process.moduleLoadList). The log's path comes from ACTIONPLAN_LOAD_LOG.
import { appendFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import { pathToFileURL } from "node:url";

const log = process.env.ACTIONPLAN_LOAD_LOG;
if (!log) throw new Error("load-probe.mjs needs ACTIONPLAN_LOAD_LOG, the file to record loaded modules in");
register(new URL("./load-hooks.mjs", import.meta.url), { data: { log } });
process.on("exit", () => {
  const required = Object.keys(createRequire(import.meta.url).cache).map((path) => `module ${pathToFileURL(path).href}`);
  appendFileSync(log, `${required.join("\n")}\n`);
  const builtins = process.moduleLoadList.filter((entry) => entry.startsWith("NativeModule ")).map((entry) => `builtin ${entry.slice(13)}`);
  appendFileSync(log, `${builtins.join("\n")}\n`);
});
