import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";

/**
 * commander requires node:child_process when it loads, only to spawn executable subcommands, which this command has
 * none of; loading it (with net, dgram and their bindings) costs about 5 % of `node -e 0` at every start. commander's
 * require of it gets a stand-in that loads it on the first call of `spawn`.
 */
const lazyChildProcess: Plugin = {
  name: "lazy-child-process",
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy-child-process" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-child-process" }, () => ({
      contents: 'module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };',
      loader: "js",
    }));
  },
};

/**
 * bin.ts's `import("./index.js")` is the full build's entry, dist/index.cjs, required as it is (not bundled into
 * dist/bin.cjs) and only for a command line other than a plain `validate FILE…`. It becomes a `require`, not an
 * `import()`, so that the file has no dynamic import (bin/compile-cache.js leaves such files to Node).
 */
const fullBuildExternal: Plugin = {
  name: "full-build-external",
  setup(build) {
    build.onResolve({ filter: /^\.\/index\.js$/ }, (args) =>
      /[\\/]src[\\/]bin\.ts$/.test(args.importer) ? { path: "full-build", namespace: "full-build-external" } : undefined,
    );
    build.onResolve({ filter: /^\.\/index\.cjs$/, namespace: "full-build-external" }, () => ({ path: "./index.cjs", external: true }));
    build.onLoad({ filter: /.*/, namespace: "full-build-external" }, () => ({ contents: 'module.exports = require("./index.cjs");', loader: "js" }));
  },
};

/** Packages bundled into both builds; every other package is loaded from node_modules when used. */
const BUNDLED = ["commander", "jsonc-parser"];
/** Also bundled into dist/bin.cjs: core's validator and the descriptions its hints quote. */
const BUNDLED_IN_BIN = [...BUNDLED, /^@actionplan\/core\/(rules|descriptions)$/];

/** The full build: the package's entry (`main`) and each command's code in chunks loaded when the command runs. */
const full: Options = {
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  // dist/bin.cjs is the other build's, made at the same time.
  clean: ["!bin.cjs", "!bin.cjs.map"],
  sourcemap: true,
  // import.meta.url in the CommonJS build (the version is read from package.json next to dist/).
  shims: true,
  // Lazy imports of yaml and the render package stay dynamic: each command loads only what it needs.
  splitting: true,
  target: "node20",
  platform: "node",
  tsconfig: "tsconfig.build.json",
  // Bundled for start-up time: loading commander's and jsonc-parser's many small files costs more than the
  // command's own work on a typical plan. (yaml and the workspace packages stay external and load lazily.) Being
  // bundled, they are devDependencies in package.json; the package checks keep `dependencies` to what dist loads.
  noExternal: BUNDLED,
  // commander is CommonJS and requires Node's built-ins; the ES module build gets a `require` to serve them.
  banner: ({ format }) =>
    format === "esm" ? { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' } : {},
  // jsonc-parser's ES module build, not its UMD one.
  esbuildOptions(options) {
    options.mainFields = ["module", "main"];
  },
  esbuildPlugins: [lazyChildProcess],
  // Keep `node:` in imports of built-ins (Node 20 knows them), so that lazyChildProcess sees commander's require.
  removeNodeProtocol: false,
};

/**
 * What bin/actionplan.js loads: src/bin.ts alone in one CommonJS file, with the whole of a plain `validate FILE…`
 * (the CLI's validate path, and core's rules and descriptions entries) bundled in, so that Node resolves and reads one
 * file instead of about twenty (docs/performance.md, "Cold start of validate"). Every other command line loads the
 * full build. Its modules are the same sources as the full build's; only the bundling differs.
 */
const bin: Options = {
  // Without splitting, esbuild keeps `import()` of a package outside the bundle (yaml, tinyglobby, picomatch) as it
  // is; marked unsupported, it becomes a `require` when it runs, as in the full build's CommonJS chunks, and the file
  // has no dynamic import (bin/compile-cache.js leaves such files to Node).
  entry: { bin: "src/bin.ts" },
  format: ["cjs"],
  dts: false,
  clean: false,
  sourcemap: true,
  shims: true,
  splitting: false,
  target: "node20",
  platform: "node",
  tsconfig: "tsconfig.build.json",
  noExternal: BUNDLED_IN_BIN,
  esbuildOptions(options) {
    options.mainFields = ["module", "main"];
    options.supported = { ...options.supported, "dynamic-import": false };
  },
  esbuildPlugins: [lazyChildProcess, fullBuildExternal],
  removeNodeProtocol: false,
};

export default defineConfig([full, bin]);
