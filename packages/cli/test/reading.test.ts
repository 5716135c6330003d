// Issue 19, item 11: how the command reads files: UTF-16 without a byte-order mark, pipes, /dev/stdin and process
// substitution (read with the size limit, streamed), and no programmer's hint shown to command-line users.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeUtf8 } from "../src/source/decode.js";
import { BIN, FIXTURES, type JsonReport, cleanEnv, ensureBuilt, runMain } from "./helpers.js";

/** A tool the test needs: its path, or a failure that names it. */
function tool(name: string): string {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  if (found.status !== 0) throw new Error(`This test needs \`${name}\` on the PATH (e.g. apt-get install coreutils bash).`);
  return found.stdout.trim();
}

/** UTF-16 bytes of a text, without a byte-order mark. */
function utf16(text: string, order: "LE" | "BE"): Uint8Array {
  const bytes = Buffer.from(text, "utf16le");
  if (order === "BE") bytes.swap16();
  return bytes;
}

describe("UTF-16 without a byte-order mark is reported as UTF-16", () => {
  const texts = {
    "ASCII JSON": readFileSync(join(FIXTURES, "valid.json"), "utf8").replace(/[^\x00-\x7f]/g, "-"),
    "JSON with accents": readFileSync(join(FIXTURES, "valid.json"), "utf8").replace("Example Cluster", "Blåbær Øst"),
    "YAML with a dash": readFileSync(join(FIXTURES, "valid.yaml"), "utf8"),
    "a short YAML line": "a: å\n",
  };
  for (const order of ["LE", "BE"] as const) {
    it.each(Object.entries(texts))(`%s, UTF-16 ${order}`, (_name, text) => {
      const result = decodeUtf8(utf16(text, order));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issue).toMatchObject({ code: "invalid_encoding", line: 1, column: 1 });
      expect(result.issue.message).toContain(`UTF-16 ${order}`);
      expect(result.issue.message).not.toMatch(/Latin-1/);
      expect(result.issue.hint).toMatch(/UTF-8/);
    });
  }

  it("through the command, both formats, exit 1 (and Latin-1 is still called Latin-1)", async () => {
    const temp = mkdtempSync(join(tmpdir(), "actionplan-utf16-"));
    writeFileSync(join(temp, "le.json"), utf16(texts["JSON with accents"], "LE"));
    writeFileSync(join(temp, "be.yaml"), utf16(texts["YAML with a dash"], "BE"));
    writeFileSync(join(temp, "latin1.yaml"), Buffer.from(texts["YAML with a dash"].replace("–", "-").replace("Example", "Exåmple"), "latin1"));
    const result = await runMain(["validate", "--format", "json", "le.json", "be.yaml", "latin1.yaml"], { cwd: temp });
    expect(result.code).toBe(1);
    const messages = (JSON.parse(result.stdout) as JsonReport).files.map((file) => file.issues[0]!.message);
    expect(messages[0]).toContain("UTF-16 LE");
    expect(messages[1]).toContain("UTF-16 BE");
    expect(messages[2]).toContain("not valid UTF-8");
  });
});

describe("pipes, /dev/stdin and process substitution are read, with the size limit", () => {
  beforeAll(() => ensureBuilt());
  const bash = (script: string, input = "") =>
    spawnSync(tool("bash"), ["-c", script], { cwd: FIXTURES, input, env: cleanEnv({ BIN, NODE: process.execPath }), encoding: "utf8", timeout: 120_000 });

  it("process substitution <(…): JSON and YAML, valid and invalid", () => {
    const valid = bash('"$NODE" "$BIN" validate <(cat valid.json) && "$NODE" "$BIN" validate <(cat valid.yaml)');
    expect(valid.stderr).not.toMatch(/not a regular file/);
    expect(valid.status).toBe(0);
    const invalid = bash('"$NODE" "$BIN" validate <(cat missing-required.json)');
    expect(invalid.status).toBe(1);
    expect(invalid.stdout + invalid.stderr).toMatch(/missing_key/);
  });

  it("/dev/stdin, from a pipe, a socket or a file", () => {
    const plan = readFileSync(join(FIXTURES, "valid.json"), "utf8");
    for (const script of ['cat valid.json | "$NODE" "$BIN" validate /dev/stdin', '"$NODE" "$BIN" validate /dev/stdin < valid.yaml', '"$NODE" "$BIN" validate /dev/fd/0']) {
      const result = bash(script, plan);
      expect(result.stderr, script).not.toMatch(/not a regular file|cannot be read/);
      expect(result.status, script).toBe(0);
    }
  });

  it("a named pipe (FIFO)", () => {
    tool("mkfifo");
    tool("timeout");
    const temp = mkdtempSync(join(tmpdir(), "actionplan-fifo-"));
    const result = bash(`mkfifo "${temp}/plan.json" && (timeout 20 cat valid.json > "${temp}/plan.json" &) && timeout 60 "$NODE" "$BIN" validate "${temp}/plan.json"; status=$?; exec 3<>"${temp}/plan.json"; exit $status`);
    expect(result.stderr).not.toMatch(/not a regular file/);
    expect(result.status).toBe(0);
  });

  it("an endless stream stops at the size limit: exit 1, file_too_large, quickly", () => {
    const started = performance.now();
    const result = bash('"$NODE" "$BIN" validate --format json <(yes "a: 1")');
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as JsonReport).files[0]!.issues[0]!.code).toBe("file_too_large");
    expect(performance.now() - started).toBeLessThan(60_000); // only a hang can reach this
  });
});
