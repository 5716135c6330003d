// `actionplan render --format docx`: binary output goes only to a file, atomically, never over an input nor to a
// terminal. (What the DOCX holds is tested in @actionplan/render; LibreOffice and pandoc open it in
// examples/polyfon-2025-2030/docx-office.test.ts.)
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, STACK_LINE, cleanEnv, ensureBuilt, runBin, BIN } from "./helpers.js";

let temp: string;
beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "actionplan-docx-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A zip file starts with a local file header, "PK\x03\x04". */
const isZip = (bytes: Buffer): boolean => bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

describe("render --format docx", () => {
  it("writes a .docx to --out (the format from the extension) and says where", () => {
    const out = join(temp, "out", "plan.docx");
    const result = runBin(["render", "valid.json", "--out", out]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote DOCX to .*plan\.docx \(\d+\.\d kB\)\.\n$/);
    const bytes = readFileSync(out);
    expect(isZip(bytes)).toBe(true);
    expect(bytes.includes(Buffer.from("word/document.xml"))).toBe(true);
    // No temporary file is left beside it.
    expect(readdirSync(join(temp, "out"))).toEqual(["plan.docx"]);
  });

  it("renders a view with --format docx whatever the extension", () => {
    const out = join(temp, "priorities.bin");
    const result = runBin(["render", "valid.yaml", "--format", "docx", "--view", "priorities", "--lang", "nb", "--out", out]);
    expect(result.code).toBe(0);
    expect(isZip(readFileSync(out))).toBe(true);
  });

  it.each([[["--format", "docx"]], [["--format", "docx", "--out", "-"]]])("refuses to write DOCX to standard output (%j): exit 2, nothing written", (args) => {
    const result = runBin(["render", "valid.json", ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("actionplan: DOCX is binary and is written only to a file: add --out FILE, e.g. --out plan.docx.\n");
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("refuses to write over its input", () => {
    const input = join(temp, "input.docx");
    copyFileSync(join(FIXTURES, "valid.json"), input);
    const before = readFileSync(input);
    const result = runBin(["render", input, "--format", "docx", "--out", input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("it is an input of this command");
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("never writes DOCX to a terminal named by --out", () => {
    // `script` (Debian's bsdutils, an essential package) runs the command on a pseudo-terminal.
    const probe = spawnSync("sh", ["-c", "command -v script"], { encoding: "utf8" });
    expect(probe.status, "this test needs the `script` command (Debian package bsdutils) to give the CLI a terminal").toBe(0);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} render valid.json --format docx --out /dev/tty; echo "exit=$?"`;
    const result = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: FIXTURES, env: cleanEnv(), encoding: "utf8", timeout: 60_000 });
    expect(result.stdout).toContain("Will not write binary output to /dev/tty: it is a terminal.");
    expect(result.stdout).toContain("exit=2");
    expect(result.stdout).not.toContain("PK\u0003\u0004");
  });
});
