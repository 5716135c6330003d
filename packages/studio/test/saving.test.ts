// Saving as plain functions, without a browser: a fake `window.showSaveFilePicker` and fake file handles stand in
// for the File System Access API. What "Save" and "Save as" write where, the cases that ask and those that do not,
// and what the page is told when the picker is closed or a write is refused (never a thrown error).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { messages } from "../src/messages.js";
import { droppedHandle, formatOfName, type FileHandle } from "../src/save.js";
import { savePlan, type SaveRequest, type SaveResult } from "../src/saving.js";

/** A fake file: what was written to it, or the error each write throws. */
function fakeHandle(name: string, options: { refuse?: Error; permission?: "granted" | "denied" } = {}): FileHandle & { written: string[] } {
  const written: string[] = [];
  return {
    kind: "file",
    name,
    written,
    getFile: async () => new File([written.at(-1) ?? ""], name),
    createWritable: async () => {
      if (options.refuse !== undefined) throw options.refuse;
      let data = "";
      return { write: async (chunk: string) => void (data += chunk), close: async () => void written.push(data) };
    },
    ...(options.permission === undefined ? {} : { requestPermission: async () => options.permission! }),
  };
}

/** The suggested names the fake save picker was asked with, and what it answers next. */
let asked: string[] = [];
let pickerAnswer: () => Promise<FileHandle>;
const request = (overrides: Partial<SaveRequest>): SaveRequest => ({ how: "save", target: undefined, opened: { name: "plan.yml", format: "yaml" }, text: async (format) => `text as ${format}`, ...overrides });
/** A result with its notice worded in `language`, as the page shows it. */
const worded = (result: SaveResult, language: "en" | "nb" = "en") => ({ ...result, ...(result.notice === undefined ? {} : { notice: result.notice(messages(language)) }) });

beforeEach(() => {
  asked = [];
  pickerAnswer = async () => fakeHandle("picked.yaml");
  (globalThis as { window?: unknown }).window = {
    showSaveFilePicker: async (options: { suggestedName: string }) => (asked.push(options.suggestedName), pickerAnswer()),
  };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe("savePlan", () => {
  it("Save writes to the file it has, in that file's format, without asking", async () => {
    const handle = fakeHandle("plan.json");
    const result = await savePlan(request({ target: { handle, format: "json" } }));
    expect(worded(result)).toEqual({ saved: true, target: { handle, format: "json" }, notice: "Saved to plan.json." });
    expect(handle.written).toEqual(["text as json"]);
    expect(asked).toEqual([]);
  });

  it("Save without a file asks once, suggesting the opened name in its format, and gives the file for the next Save", async () => {
    const picked = fakeHandle("picked.yaml");
    pickerAnswer = async () => picked;
    const result = await savePlan(request({}));
    expect(asked).toEqual(["plan.yaml"]);
    expect(result.saved).toBe(true);
    expect(result.target).toEqual({ handle: picked, format: "yaml" });
    expect(picked.written).toEqual(["text as yaml"]);
  });

  it("Save as asks even when there is a file, and writes the format asked for", async () => {
    const handle = fakeHandle("plan.yaml");
    const picked = fakeHandle("copy.json");
    pickerAnswer = async () => picked;
    const result = await savePlan(request({ how: "json", target: { handle, format: "yaml" } }));
    expect(asked).toEqual(["plan.json"]);
    expect(result.target).toEqual({ handle: picked, format: "json" });
    expect(picked.written).toEqual(["text as json"]);
    expect(handle.written).toEqual([]);
  });

  it("a closed picker saves nothing and says nothing", async () => {
    pickerAnswer = async () => {
      throw new DOMException("The user aborted a request.", "AbortError");
    };
    expect(await savePlan(request({}))).toEqual({ saved: false, target: undefined });
  });

  it("a refused write is said in the studio's language, with the file's name, and the plan stays unsaved", async () => {
    const handle = fakeHandle("plan.json", { refuse: new DOMException("The file is read-only.", "NoModificationAllowedError") });
    const target = { handle, format: "json" as const };
    expect(worded(await savePlan(request({ target })), "nb")).toEqual({
      saved: false,
      target,
      notice: "plan.json kunne ikke lagres: The file is read-only. Endringene dine er tatt vare på her, fortsatt ulagret: prøv igjen, eller bruk Lagre som JSON eller Lagre som YAML.",
    });
  });

  it("a permission refused is a refused write", async () => {
    const handle = fakeHandle("plan.yaml", { permission: "denied" });
    const result = await savePlan(request({ target: { handle, format: "yaml" } }));
    expect(result.saved).toBe(false);
    expect(result.notice?.(messages("en"))).toBe("plan.yaml could not be saved: no permission to write to plan.yaml. Your changes are kept here, still unsaved: try again, or use Save as JSON or Save as YAML.");
    expect(handle.written).toEqual([]);
  });
});

describe("the file's format and a dropped file's handle", () => {
  it("reads the format from the name, else keeps the one given", () => {
    expect([formatOfName("a.yml", "json"), formatOfName("a.YAML", "json"), formatOfName("a.json", "yaml"), formatOfName("a.txt", "yaml")]).toEqual(["yaml", "yaml", "json", "yaml"]);
  });

  it("keeps a dropped file's handle, not a folder's, and nothing where the browser gives none", async () => {
    const file = fakeHandle("dropped.json");
    const folder = { ...fakeHandle("folder"), kind: "directory" };
    const transfer = (handle: unknown) => ({ items: [{ kind: "file", getAsFileSystemHandle: async () => handle }] }) as unknown as DataTransfer;
    expect(await droppedHandle(transfer(file))).toBe(file);
    expect(await droppedHandle(transfer(folder))).toBeUndefined();
    expect(await droppedHandle({ items: [{ kind: "file" }] } as unknown as DataTransfer)).toBeUndefined();
    expect(await droppedHandle(null)).toBeUndefined();
  });
});
