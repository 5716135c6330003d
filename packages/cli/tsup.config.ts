import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

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

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
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
  noExternal: ["commander", "jsonc-parser"],
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
});
