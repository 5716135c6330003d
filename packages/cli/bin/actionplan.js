#!/usr/bin/env node
// CommonJS (see bin/package.json), so that Node starts the command without its ES module loader: the CommonJS build
// and the packages it requires load faster than their ES module twins (docs/performance.md, "CLI start-up").
"use strict";
// Compiled code is kept between runs: Node 22.1 and later do it themselves (in a cache of their own, checked against
// the source); on Node 20 and 21 compile-cache.js does the same for the CLI's built files.
const { enableCompileCache } = require("node:module");
if (enableCompileCache !== undefined) enableCompileCache();
else if (!process.env.NODE_DISABLE_COMPILE_CACHE) {
  const { join, sep } = require("node:path");
  require("./compile-cache.js").install([join(require("node:fs").realpathSync(join(__dirname, "..", "dist")), sep)]);
}
// dist/bin.cjs runs a plain `validate FILE…` from that one file (core's validator bundled in) and loads the full
// build (dist/index.cjs) for any other command line.
const { run } = require("../dist/bin.cjs");

// A reader that stops early (`actionplan … | head`) closes the pipe: that ends the output, not the command with
// Node's unhandled EPIPE error and its stack trace. The exit code stays the command's (0 if it has none yet).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

run(process.argv.slice(2)).then((exitCode) => {
  process.exitCode = exitCode;
});
