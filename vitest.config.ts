import { defineConfig } from "vitest/config";

// Tests import workspace packages through the `source` export condition, so they run without a build.
const conditions = ["source", "import", "module", "node", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["source"] } },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "examples/**/*.test.ts",
      "docs/**/*.test.ts",
      "scripts/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "**/dist/**"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    typecheck: {
      enabled: true,
      tsconfig: "./tsconfig.typecheck.json",
      include: ["packages/*/src/**/*.test-d.ts", "packages/*/test/**/*.test-d.ts", "examples/**/*.test-d.ts"],
    },
  },
});
