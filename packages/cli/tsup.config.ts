import { defineConfig } from "tsup";

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
});
