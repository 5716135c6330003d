#!/usr/bin/env node
// CommonJS (see bin/package.json), so that Node starts the command without its ES module loader: the CommonJS build
// and the packages it requires load faster than their ES module twins (docs/performance.md, "CLI start-up").
"use strict";
// Node 22.1 and later keep compiled code between runs (in a cache of its own, checked against the source); Node 20
// has no such cache and skips this.
require("node:module").enableCompileCache?.();
const { main } = require("../dist/index.cjs");

// A reader that stops early (`actionplan … | head`) closes the pipe: that ends the output, not the command with
// Node's unhandled EPIPE error and its stack trace. The exit code stays the command's (0 if it has none yet).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

main(process.argv.slice(2)).then((exitCode) => {
  process.exitCode = exitCode;
});
