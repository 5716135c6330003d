// Saving a plan's file. Where the browser has the File System Access API, "Save" writes back to the file the plan
// came from (opened through the browser's picker, or dropped on the page: both give a handle to the file) and asks
// where only once when there is none; "Save as" always asks. Without the API, both download. A refused write
// throws: the page says so and keeps the work unsaved. The API's types are not in TypeScript's DOM library, so the
// few members the studio uses are declared here.
import type { PlanFormat } from "./plan-file.js";

/** The part of a FileSystemFileHandle the studio uses: a file it may read and write back to. */
export interface FileHandle {
  /** Always "file" (a dropped folder gives a "directory" handle, which is not kept). */
  readonly kind: string;
  /** The file's name, without its folder. */
  readonly name: string;
  /** The file as it is now. */
  getFile(): Promise<File>;
  /** A stream that replaces the file's content when closed. */
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void>; abort?(): Promise<void> }>;
  /** Asks for the right to write, where the browser asks (Chromium asks when the file came from the open picker). */
  requestPermission?(descriptor: { mode: "readwrite" }): Promise<"granted" | "denied" | "prompt">;
}

/** Where "Save" writes: the file's handle and the format it holds. */
export interface SaveTarget {
  /** The file. */
  handle: FileHandle;
  /** The format written to it: a JSON file stays JSON, a YAML file stays YAML. */
  format: PlanFormat;
}

/** What a save did: wrote to a file (kept as the next save's target), downloaded, or nothing (the picker was closed). */
export type SaveOutcome = { kind: "written"; target: SaveTarget } | { kind: "downloaded"; name: string } | { kind: "cancelled" };

type PickerType = { description: string; accept: Record<string, string[]> };

/** The browser's pickers, where it has them. */
interface Pickers {
  showSaveFilePicker?: (options: { suggestedName: string; types: PickerType[] }) => Promise<FileHandle>;
  showOpenFilePicker?: (options: { multiple: false }) => Promise<FileHandle[]>;
}

const pickers = (): Pickers => window as unknown as Pickers;

/** The picker's file type for a format. */
const typeOf = (format: PlanFormat): PickerType =>
  format === "json" ? { description: "JSON", accept: { "application/json": [".json"] } } : { description: "YAML", accept: { "application/yaml": [".yaml", ".yml"] } };

/** The format a file's name says; `fallback` when it says neither. */
export function formatOfName(name: string, fallback: PlanFormat): PlanFormat {
  if (/\.ya?ml$/i.test(name)) return "yaml";
  if (/\.json$/i.test(name)) return "json";
  return fallback;
}

/** Whether the user closed a picker (or refused a permission prompt) rather than something failing. */
const cancelled = (error: unknown) => error instanceof DOMException && error.name === "AbortError";

/** Replaces the content of the file behind `handle` with `text`; a refused write throws, leaving the file as it was. */
export async function writeTo(handle: FileHandle, text: string): Promise<void> {
  if (handle.requestPermission !== undefined && (await handle.requestPermission({ mode: "readwrite" })) !== "granted") {
    throw new DOMException(`no permission to write to ${handle.name}`, "NotAllowedError");
  }
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
    await writable.close();
  } catch (error) {
    await writable.abort?.().catch(() => undefined);
    throw error;
  }
}

/** "Save as": asks where (suggesting `name`) and writes there; downloads where the browser has no picker. */
export async function saveAs(text: string, name: string, format: PlanFormat): Promise<SaveOutcome> {
  const picker = pickers().showSaveFilePicker;
  if (typeof picker !== "function") {
    downloadBytes(new TextEncoder().encode(text), name, format === "json" ? "application/json" : "application/yaml");
    return { kind: "downloaded", name };
  }
  let handle: FileHandle;
  try {
    handle = await picker({ suggestedName: name, types: [typeOf(format)] });
  } catch (error) {
    if (cancelled(error)) return { kind: "cancelled" };
    throw error;
  }
  await writeTo(handle, text);
  return { kind: "written", target: { handle, format } };
}

/** "Save": writes to `target` when there is one (without asking), otherwise as {@link saveAs}. */
export async function save(target: SaveTarget | undefined, text: string, name: string, format: PlanFormat): Promise<SaveOutcome> {
  if (target === undefined) return saveAs(text, name, format);
  await writeTo(target.handle, text);
  return { kind: "written", target };
}

/** Whether the browser has the open picker, which gives a handle to write back to. */
export function canPickToOpen(): boolean {
  return typeof pickers().showOpenFilePicker === "function";
}

/** Asks for a file through the browser's open picker: the file and its handle, or undefined when the picker was closed. */
export async function pickToOpen(): Promise<{ file: File; handle: FileHandle } | undefined> {
  try {
    const [handle] = await pickers().showOpenFilePicker!({ multiple: false });
    return handle === undefined ? undefined : { file: await handle.getFile(), handle };
  } catch (error) {
    if (cancelled(error)) return undefined;
    throw error;
  }
}

/**
 * The handle of a dropped file, where the browser gives one. It must be asked for during the drop event itself (the
 * data transfer is emptied after it), so this is called there and awaited later.
 */
export function droppedHandle(transfer: DataTransfer | null): Promise<FileHandle | undefined> {
  const item = transfer?.items[0] as (DataTransferItem & { getAsFileSystemHandle?: () => Promise<FileHandle | null> }) | undefined;
  if (item === undefined || item.kind !== "file" || typeof item.getAsFileSystemHandle !== "function") return Promise.resolve(undefined);
  return item.getAsFileSystemHandle().then(
    (handle) => (handle?.kind === "file" ? handle : undefined),
    () => undefined,
  );
}

/** Offers bytes as a download under `name`. */
export function downloadBytes(bytes: Uint8Array<ArrayBuffer>, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
