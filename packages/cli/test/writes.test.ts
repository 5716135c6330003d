import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, cleanEnv, ensureBuilt, FIXTURES, runBin, runMain, STACK_LINE } from "./helpers.js";

// Issue 19, items 3 and 4: no command writes over its own inputs; in-place writes follow links, keep the mode, and
// leave no temporary file behind.

const TEMPORARY = /\.actionplan-tmp-\d+-[0-9a-f]+$/;
const PAUSE_ENV = "ACTIONPLAN_TEST_PAUSE_WRITE_MS";
const PAUSED = "actionplan: test pause: the temporary file is written";

let root: string;
let count = 0;

beforeAll(() => {
  ensureBuilt();
  root = mkdtempSync(join(tmpdir(), "actionplan-writes-"));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh directory with plan.json (valid), old.json (schema 0.9) and other.json (valid, another file). */
function workspace(): string {
  const directory = join(root, `w${(count += 1)}`);
  mkdirSync(directory);
  copyFileSync(join(FIXTURES, "valid.json"), join(directory, "plan.json"));
  copyFileSync(join(FIXTURES, "valid.json"), join(directory, "other.json"));
  copyFileSync(join(FIXTURES, "old-0.9.json"), join(directory, "old.json"));
  return directory;
}

function temporaries(directory: string): string[] {
  return readdirSync(directory).filter((name) => TEMPORARY.test(name) || name.endsWith(".tmp"));
}

describe("no command writes over one of its inputs", () => {
  // Each spelling names plan.json: the command must refuse, exit 2, say why, and leave the plan byte for byte.
  const spellings: [string, (directory: string) => string][] = [
    ["the same name", () => "plan.json"],
    ["./ in front", () => "./plan.json"],
    ["a detour through ..", (directory) => (mkdirSync(join(directory, "sub")), "sub/../plan.json")],
    ["the absolute path", (directory) => join(directory, "plan.json")],
    ["a symbolic link to it", (directory) => (symlinkSync("plan.json", join(directory, "link.json")), "link.json")],
    ["a chain of links", (directory) => (symlinkSync("plan.json", join(directory, "l1")), symlinkSync("l1", join(directory, "l2")), "l2")],
    ["a hard link", (directory) => (linkSync(join(directory, "plan.json"), join(directory, "hard.json")), "hard.json")],
    ["a linked directory", (directory) => (symlinkSync(".", join(directory, "here")), "here/plan.json")],
  ];
  const commands: [string, (out: string) => string[]][] = [
    ["render", (out) => ["render", "plan.json", "--out", out]],
    ["render --format html", (out) => ["render", "plan.json", "--format", "html", "--out", out]],
    ["render --previous", (out) => ["render", "other.json", "--view", "changes", "--previous", "plan.json", "--out", out]],
    ["diff (old)", (out) => ["diff", "plan.json", "other.json", "--out", out]],
    ["diff (new)", (out) => ["diff", "other.json", "plan.json", "--format", "json", "--out", out]],
    ["migrate --out", (out) => ["migrate", "plan.json", "--out", out]],
  ];
  for (const [command, args] of commands) {
    for (const [spelling, make] of spellings) {
      it(`${command}, --out as ${spelling}`, async () => {
        const directory = workspace();
        const before = readFileSync(join(directory, "plan.json"));
        const out = make(directory);
        const result = await runMain(args(out), { cwd: directory });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`Refusing to write to ${out}`);
        expect(result.stderr).toContain("an input of this command");
        expect(result.stderr).not.toMatch(STACK_LINE);
        expect(result.stdout).not.toContain("Wrote");
        expect(readFileSync(join(directory, "plan.json"))).toEqual(before);
        expect(lstatSync(join(directory, "plan.json")).isFile()).toBe(true);
        expect(temporaries(directory)).toEqual([]);
      });
    }
  }

  it("the built command: render p.json --out p.json exits 2 and leaves the plan untouched", () => {
    const directory = workspace();
    const before = readFileSync(join(directory, "plan.json"));
    const result = runBin(["render", "plan.json", "--out", "plan.json"], { cwd: directory });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "actionplan: Refusing to write to plan.json: it is an input of this command. Nothing was written and the input is unchanged; choose another --out file.\n",
    );
    expect(readFileSync(join(directory, "plan.json"))).toEqual(before);
  });

});

describe("migrate --in-place follows links and keeps the mode", () => {
  it("on a symbolic link writes the link's target, and the link stays a link", async () => {
    const directory = workspace();
    symlinkSync("old.json", join(directory, "link.json"));
    const result = await runMain(["migrate", "link.json", "--in-place"], { cwd: directory });
    expect(result.code).toBe(0);
    expect(lstatSync(join(directory, "link.json")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(directory, "link.json"))).toBe("old.json");
    expect(JSON.parse(readFileSync(join(directory, "old.json"), "utf8")).schemaVersion).toBe("2.0");
    expect(temporaries(directory)).toEqual([]);
  });

  it("on a chain of links writes the final target, in another directory", async () => {
    const directory = workspace();
    mkdirSync(join(directory, "plans"));
    copyFileSync(join(FIXTURES, "old-0.9.json"), join(directory, "plans", "real.json"));
    symlinkSync("plans/real.json", join(directory, "l1"));
    symlinkSync("l1", join(directory, "l2"));
    symlinkSync("l2", join(directory, "l3"));
    const result = await runMain(["migrate", "l3", "--in-place"], { cwd: directory });
    expect(result.code).toBe(0);
    for (const link of ["l1", "l2", "l3"]) expect(lstatSync(join(directory, link)).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(directory, "plans", "real.json"), "utf8")).schemaVersion).toBe("2.0");
    expect(temporaries(directory)).toEqual([]);
    expect(temporaries(join(directory, "plans"))).toEqual([]);
  });

  it("a loop of links is refused with a clear message", async () => {
    const directory = workspace();
    symlinkSync("b.json", join(directory, "a.json"));
    symlinkSync("a.json", join(directory, "b.json"));
    const result = await runMain(["render", "plan.json", "--out", "a.json"], { cwd: directory });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^actionplan: Cannot write a\.json: .*symbolic links/);
  });

  for (const mode of [0o600, 0o640, 0o664]) {
    it(`keeps mode ${mode.toString(8)} in place, and for --out over an existing file`, async () => {
      const directory = workspace();
      chmodSync(join(directory, "old.json"), mode);
      writeFileSync(join(directory, "out.json"), "{}\n");
      chmodSync(join(directory, "out.json"), mode);
      expect((await runMain(["migrate", "old.json", "--in-place"], { cwd: directory })).code).toBe(0);
      expect((await runMain(["migrate", "plan.json", "--out", "out.json"], { cwd: directory })).code).toBe(0);
      expect(statSync(join(directory, "old.json")).mode & 0o777).toBe(mode);
      expect(statSync(join(directory, "out.json")).mode & 0o777).toBe(mode);
      // A file that did not exist gets the usual mode, 0666 less the umask.
      expect((await runMain(["render", "plan.json", "--out", "new.md"], { cwd: directory })).code).toBe(0);
      writeFileSync(join(directory, "usual.md"), "");
      expect(statSync(join(directory, "new.md")).mode & 0o777).toBe(statSync(join(directory, "usual.md")).mode & 0o777);
      expect(JSON.parse(readFileSync(join(directory, "out.json"), "utf8")).schemaVersion).toBe("2.0");
    });
  }

});

/** Starts the built command with the write paused after the temporary file is written; resolves once it is paused. */
function startPaused(args: string[], cwd: string): Promise<{ child: ReturnType<typeof spawn>; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cleanEnv({ [PAUSE_ENV]: "60000" }), stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on("exit", (code, signal) => done({ code, signal })));
  return new Promise((done, fail) => {
    let stderr = "";
    const guard = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error(`the write never paused (is ${PAUSE_ENV} honoured?); stderr: ${stderr}`));
    }, 30_000);
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(PAUSED)) {
        clearTimeout(guard);
        done({ child, exited });
      }
    });
    child.on("exit", () => {
      clearTimeout(guard);
      fail(new Error(`the command ended before the write paused; stderr: ${stderr}`));
    });
  });
}

describe("temporary files", () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    for (const [name, args, target] of [
      ["migrate --in-place", ["migrate", "old.json", "--in-place"], "old.json"],
      ["render --out", ["render", "plan.json", "--out", "plan.md"], "plan.md"],
    ] as const) {
      it(`${signal} during ${name} removes the temporary file, leaves the target as it was, and ends with ${signal}`, async () => {
        const directory = workspace();
        const before = readdirSync(directory).sort();
        const old = readFileSync(join(directory, "old.json"));
        const { child, exited } = await startPaused([...args], directory);
        // Mid-write: the temporary file exists, obviously named after the target.
        expect(temporaries(directory)).toEqual([expect.stringMatching(new RegExp(`^\\.${target.replace(".", "\\.")}\\.actionplan-tmp-${child.pid}-[0-9a-f]+$`))]);
        child.kill(signal);
        const end = await exited;
        expect(end.signal).toBe(signal);
        expect(temporaries(directory)).toEqual([]);
        expect(readdirSync(directory).sort()).toEqual(before);
        expect(readFileSync(join(directory, "old.json"))).toEqual(old);
      });
    }
  }

  it("SIGKILL leaves a temporary file; the next write beside that target clears it", async () => {
    const directory = workspace();
    const { child, exited } = await startPaused(["migrate", "old.json", "--in-place"], directory);
    child.kill("SIGKILL");
    expect((await exited).signal).toBe("SIGKILL");
    const left = temporaries(directory);
    expect(left).toEqual([expect.stringMatching(/^\.old\.json\.actionplan-tmp-\d+-[0-9a-f]+$/)]);
    const result = runBin(["migrate", "old.json", "--in-place"], { cwd: directory });
    expect(result.code).toBe(0);
    expect(temporaries(directory)).toEqual([]);
    expect(JSON.parse(readFileSync(join(directory, "old.json"), "utf8")).schemaVersion).toBe("2.0");
  });

  it("clears stale temporaries of dead processes and old ones, keeps a live process's and other files", async () => {
    const directory = workspace();
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    const stale = `.plan.md.actionplan-tmp-${dead}-0123456789ab`;
    // What earlier versions left: `.NAME.PID.TIME.RANDOM.tmp`.
    const legacy = `.plan.md.${dead}.mipz3k2a.x7k2pq.tmp`;
    const old = `.plan.md.actionplan-tmp-${process.ppid}-aaaaaaaaaaaa`;
    const live = `.plan.md.actionplan-tmp-${process.ppid}-bbbbbbbbbbbb`;
    const unrelated = [".plan.md.actionplan-tmp-notapid", ".other.md.actionplan-tmp-999999999-cccccccccccc", "notes.tmp"];
    for (const name of [stale, legacy, old, live, ...unrelated]) writeFileSync(join(directory, name), "partial");
    const hoursAgo = (Date.now() - 7 * 60 * 60 * 1000) / 1000;
    utimesSync(join(directory, old), hoursAgo, hoursAgo);
    writeFileSync(join(directory, "plan.md"), "old text\n");
    const inode = statSync(join(directory, "plan.md")).ino;
    const result = await runMain(["render", "plan.json", "--out", "plan.md"], { cwd: directory });
    expect(result.code).toBe(0);
    // Written by a rename over the old file (a new inode), so no reader ever sees half a file.
    expect(readFileSync(join(directory, "plan.md"), "utf8")).toContain("# Action plan");
    expect(statSync(join(directory, "plan.md")).ino).not.toBe(inode);
    const names = readdirSync(directory);
    expect(names).not.toContain(stale);
    expect(names).not.toContain(legacy);
    expect(names).not.toContain(old);
    expect(names).toContain(live);
    for (const name of unrelated) expect(names).toContain(name);
  });
});
