#!/usr/bin/env node
// The system tools the test suite drives for real (never mocks), in one list that `pnpm start` and `.ci/run` both
// use. With --install, installs the missing ones where it can (as root on Debian, with apt-get) and otherwise names
// them; with --strict, exits 1 when any is still missing afterwards. Without flags, only reports.
import { spawnSync } from "node:child_process";

/** Each tool: the command the tests run, the Debian package that brings it, and what needs it. */
export const SYSTEM_TOOLS = [
  { command: "chromium", debian: "chromium", neededBy: "the accessibility and browser tests (axe-core through playwright-core)" },
  { command: "xmllint", debian: "libxml2-utils", neededBy: "the XLIFF export tests (validation against the vendored XLIFF 2.0 core schema)" },
];

/** Whether a command is on PATH. */
export function hasCommand(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** The tools whose command is missing. */
export function missingTools(tools = SYSTEM_TOOLS, has = hasCommand) {
  return tools.filter((tool) => !has(tool.command));
}

function canInstall() {
  return process.platform === "linux" && typeof process.getuid === "function" && process.getuid() === 0 && hasCommand("apt-get");
}

function install(tools) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const packages = [...new Set(tools.map((tool) => tool.debian))];
  console.error(`system tools: installing ${packages.join(", ")} with apt-get…`);
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  if (update.status !== 0) return false;
  const result = spawnSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], { stdio: ["ignore", "ignore", "inherit"], env });
  return result.status === 0;
}

function describe(tools) {
  return tools.map((tool) => `  - ${tool.command} (Debian package ${tool.debian}): ${tool.neededBy}`).join("\n");
}

const isMain = process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const args = new Set(process.argv.slice(2));
  let missing = missingTools();
  if (missing.length > 0 && args.has("--install")) {
    if (canInstall()) {
      install(missing);
      missing = missingTools();
    } else {
      console.error("system tools: cannot install here (installing needs root and apt-get, as on Debian).");
    }
  }
  if (missing.length === 0) {
    console.error(`system tools: all ${SYSTEM_TOOLS.length} present (${SYSTEM_TOOLS.map((tool) => tool.command).join(", ")}).`);
  } else {
    const packages = [...new Set(missing.map((tool) => tool.debian))].join(" ");
    console.error(
      `system tools: missing, and the tests that need them will fail saying so:\n${describe(missing)}\n` +
        `Install them with: sudo apt-get update && sudo apt-get install -y ${packages}`,
    );
    if (args.has("--strict")) process.exitCode = 1;
  }
}
