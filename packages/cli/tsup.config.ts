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
});
