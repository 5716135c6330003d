import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "rules/index": "src/rules/index.ts", "helpers/index": "src/helpers/index.ts", descriptions: "src/descriptions.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
});
