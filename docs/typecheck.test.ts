// Type-checks the docs' own tests and tools (the workspace type check covers the packages, not docs/).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const repo = fileURLToPath(new URL("..", import.meta.url));

it("type-checks docs/**/*.ts", { timeout: 300_000 }, () => {
  const result = spawnSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "docs/tsconfig.json"], {
    cwd: repo,
    encoding: "utf8",
  });
  expect(`${result.stdout}${result.stderr}`).toBe("");
  expect(result.status).toBe(0);
});
