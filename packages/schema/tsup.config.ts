import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  // The core rules are a dependency, resolved by the consumer; the compiled validator and the schema are bundled.
  external: ["@actionplan/core"],
});
