// Saving a file: through the File System Access API where the browser has it (the user picks where), otherwise
// as a download.
import type { PlanFormat } from "./plan-file.js";

interface SaveFilePicker {
  showSaveFilePicker?: (options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<{ createWritable: () => Promise<{ write: (data: string) => Promise<void>; close: () => Promise<void> }> }>;
}

/** Saves `text` under a suggested name; true when it was written (or handed to the browser as a download). */
export async function saveText(text: string, name: string, format: PlanFormat): Promise<boolean> {
  const picker = (window as unknown as SaveFilePicker).showSaveFilePicker;
  if (typeof picker === "function") {
    try {
      const handle = await picker({
        suggestedName: name,
        types: [format === "json" ? { description: "JSON", accept: { "application/json": [".json"] } } : { description: "YAML", accept: { "application/yaml": [".yaml", ".yml"] } }],
      });
      const writable = await handle.createWritable();
      await writable.write(text);
      await writable.close();
      return true;
    } catch (error) {
      // The user closed the picker: nothing was saved.
      if (error instanceof DOMException && error.name === "AbortError") return false;
      throw error;
    }
  }
  downloadBytes(new TextEncoder().encode(text), name, format === "json" ? "application/json" : "application/yaml");
  return true;
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
