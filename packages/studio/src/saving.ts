// The page's two ways of saving a plan, worded for its notice: "Save" (to the file the plan came from, in that file's
// format) and "Save as" JSON or YAML (asks where). A failure is said, never thrown: the caller keeps the work unsaved.
import { useEffect } from "preact/hooks";
import type { Translate } from "./messages.js";
import type { PlanFormat } from "./plan-file.js";
import { save, saveAs, type SaveTarget } from "./save.js";

/** What to save and how. */
export interface SaveRequest {
  /** "save" writes to `target` (asking once where there is none); a format is Save as that format. */
  how: "save" | PlanFormat;
  /** The file "Save" writes to, if the plan came from one the page may write to (or was saved to one). */
  target: SaveTarget | undefined;
  /** The name and format of the file as opened: the name suggested, and the format when there is no target. */
  opened: { name: string; format: PlanFormat };
  /** The plan's text in a format. */
  text: (format: PlanFormat) => Promise<string>;
}

/** What a save did: whether the plan is now saved, the next save's target, and what to tell the user. */
export interface SaveResult {
  /** True when written or downloaded (the unsaved mark clears); false when cancelled or failed. */
  saved: boolean;
  /** Where the next "Save" writes (unchanged when nothing was written). */
  target: SaveTarget | undefined;
  /** The notice to show, if any, worded when shown (in the studio's language then). */
  notice?: (say: Translate) => string;
}

/** Saves as asked; never throws. */
export async function savePlan({ how, target, opened, text }: SaveRequest): Promise<SaveResult> {
  const format = how === "save" ? (target?.format ?? opened.format) : how;
  const name = how === "save" && target !== undefined ? target.handle.name : `${opened.name.replace(/\.(json|ya?ml)$/i, "")}.${format}`;
  try {
    const body = await text(format);
    const outcome = how === "save" ? await save(target, body, name, format) : await saveAs(body, name, format);
    if (outcome.kind === "cancelled") return { saved: false, target };
    if (outcome.kind === "written") return { saved: true, target: outcome.target, notice: (say) => say("savedTo", { file: outcome.target.handle.name }) };
    // A download: "Save" says why it did not write to the file; "Save as" downloading is what was asked.
    return { saved: true, target, ...(how === "save" ? { notice: (say: Translate) => say("savedDownload", { file: outcome.name }) } : {}) };
  } catch (error) {
    // The browser's message ends a sentence of the notice: its own full stop would double the notice's.
    const message = (error instanceof Error ? error.message : String(error)).replace(/\.$/, "");
    return { saved: false, target, notice: (say) => say("saveFailed", { file: name, message }) };
  }
}

/** Ctrl+S (⌘S on a Mac) saves as the Save button does, instead of the browser saving the page itself. */
export function useSaveShortcut(save: () => void): void {
  useEffect(() => {
    const press = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "s") {
        event.preventDefault();
        save();
      }
    };
    document.addEventListener("keydown", press);
    return () => document.removeEventListener("keydown", press);
  });
}
