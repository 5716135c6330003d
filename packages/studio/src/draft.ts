// Unsaved work kept in the browser's localStorage, so that a reload or a crash loses nothing.
import type { PlanData } from "./edit.js";
import type { PlanFormat } from "./plan-file.js";

/** The key of the draft in localStorage. */
const KEY = "actionplan-studio:draft";

/** What a draft holds: the file as opened, the plan as edited, the source view's text when it differs, and when. */
export interface Draft {
  opened: { name: string; format: PlanFormat; text: string; original: PlanData };
  plan: PlanData;
  /** The last text written in the source view (its comments, layout), when it is not the file as opened. */
  source?: { text: string; format: PlanFormat };
  at: number;
}

/** The draft left by an earlier visit, if any. */
export function loadDraft(): Draft | undefined {
  try {
    const text = localStorage.getItem(KEY);
    if (text === null) return undefined;
    const draft = JSON.parse(text) as Draft;
    return draft.opened !== undefined && draft.plan !== null && typeof draft.plan === "object" ? draft : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the draft; a full storage leaves the previous draft (the page still says the work is unsaved). */
export function saveDraft(draft: Draft): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage disabled: nothing more to do here.
  }
}

/** Forgets the draft (after a save, or when the work is discarded). */
export function clearDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Storage disabled.
  }
}
