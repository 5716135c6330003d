// Saving and the HTML export, in the BUILT studio in Debian's Chromium. A test cannot answer the browser's File
// System Access pickers, so fakes take their place in the page: each picker gives a fake file handle that records
// what is written to it (or refuses, when a test says so), and each question the save picker was asked. Without
// the fakes (the harness removes the pickers), saving downloads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { expectAxeClean, openFile, poll, repo, useStudio } from "./chromium.js";

const yamlText = readFileSync(join(repo, "examples", "fictional", "plan-2027.yaml"), "utf8").replace(/^status: adopted$/m, "status: adopted # since November 2024");
const jsonText = readFileSync(join(repo, "examples", "fictional", "plan-2027.json"), "utf8");
const polyfonText = readFileSync(join(repo, "examples", "polyfon-2025-2030", "plan.json"), "utf8");
const title = (JSON.parse(jsonText) as { title: { en: string } }).title.en;

let page: Page;
const studio = useStudio({ name: "the studio's saving tests", budgetMs: 120_000, locale: "en-GB", viewport: { width: 1280, height: 900 }, ready: async ({ page: ready }) => void (page = ready) });
const { consoleErrors, dialogs } = studio;

/** What the fakes saw: every write (file name and text), and every suggested name the save picker was asked with. */
interface FakeLog {
  written: { name: string; text: string }[];
  asked: string[];
}

/**
 * Puts fake pickers into the page: the open picker gives a handle to `files[openName]`, the save picker a handle to
 * `saveAsName` (or the name it suggests); with `failWrites`, each handle refuses to write, as a locked file does.
 */
async function installFakes(files: Record<string, string>): Promise<void> {
  await page.evaluate((initial) => {
    type Fake = { files: Record<string, string>; written: { name: string; text: string }[]; asked: string[]; failWrites: boolean; saveAsName?: string; openName?: string };
    const w = window as unknown as Record<string, unknown> & { fake: Fake };
    w.fake = { files: { ...initial }, written: [], asked: [], failWrites: false };
    const handle = (name: string) => ({
      kind: "file",
      name,
      getFile: async () => new File([w.fake.files[name] ?? ""], name),
      createWritable: async () => {
        if (w.fake.failWrites) throw new DOMException("The file is locked by another program.", "NoModificationAllowedError");
        let data = "";
        return {
          write: async (chunk: string) => void (data += chunk),
          close: async () => {
            w.fake.files[name] = data;
            w.fake.written.push({ name, text: data });
          },
        };
      },
    });
    w["showSaveFilePicker"] = async (options: { suggestedName: string }) => (w.fake.asked.push(options.suggestedName), handle(w.fake.saveAsName ?? options.suggestedName));
    w["showOpenFilePicker"] = async () => [handle(w.fake.openName ?? "")];
    (DataTransferItem.prototype as unknown as Record<string, unknown>)["getAsFileSystemHandle"] = async function (this: DataTransferItem) {
      return handle(this.getAsFile()?.name ?? "");
    };
  }, files);
}

/** Sets one of the fakes' settings. */
const setFake = (name: "failWrites" | "saveAsName" | "openName", value: unknown) =>
  page.evaluate(([key, to]) => void ((window as unknown as { fake: Record<string, unknown> }).fake[key as string] = to), [name, value] as const);

/** What the fakes have seen so far. */
const fakeLog = () => page.evaluate(() => {
  const { written, asked } = (window as unknown as { fake: FakeLog }).fake;
  return { written: [...written], asked: [...asked] };
});

const state = () => page.locator(".state").textContent();
const notice = () => page.locator(".notice").textContent();
/** The plan's title (en) in its form: the edit each test saves. */
const editTitle = (text: string) => page.getByRole("group", { name: "Title", exact: true }).getByRole("textbox", { name: "Title (en)", exact: true }).fill(text);
const saveButton = () => page.getByRole("button", { name: "Save", exact: true });

describe("saving in Chromium, with fake File System Access pickers", () => {
  it("Save (the button, then Ctrl+S) writes the edited YAML back to the file opened through the picker, twice, without asking, keeping its comments", async () => {
    await installFakes({ "plan-2027.yaml": yamlText });
    await setFake("openName", "plan-2027.yaml");
    await page.getByLabel(/^Open a plan /).click();
    await poll(() => page.locator("h1").textContent()).toContain(title);
    await editTitle(`${title}, first`);
    await poll(state).toBe("Unsaved changes");
    await saveButton().click();
    await poll(state).toBe("All changes saved");
    expect(await notice()).toBe("Saved to plan-2027.yaml.");
    // The second time with Ctrl+S, from the field just typed in.
    await editTitle(`${title}, second`);
    await poll(state).toBe("Unsaved changes");
    await page.keyboard.press("Control+S");
    await poll(state).toBe("All changes saved");
    const { written, asked } = await fakeLog();
    expect(asked).toEqual([]);
    expect(written.map((write) => write.name)).toEqual(["plan-2027.yaml", "plan-2027.yaml"]);
    expect(written[0]!.text).toBe(yamlText.replace(`  en: ${title}\n`, `  en: ${title}, first\n`));
    expect(written[1]!.text).toBe(yamlText.replace(`  en: ${title}\n`, `  en: ${title}, second\n`));
    expect((parse(written[1]!.text) as { title: { en: string } }).title.en).toBe(`${title}, second`);
  });

  it("Save as asks where, writes JSON there, and Save then writes to that file", async () => {
    await setFake("saveAsName", "copy.json");
    await page.getByRole("button", { name: "Save as JSON" }).click();
    await poll(async () => (await fakeLog()).written.length).toBe(3);
    await editTitle(`${title}, third`);
    await saveButton().click();
    await poll(async () => (await fakeLog()).written.length).toBe(4);
    const { written, asked } = await fakeLog();
    expect(asked).toEqual(["plan-2027.json"]);
    expect(written.slice(2).map((write) => write.name)).toEqual(["copy.json", "copy.json"]);
    expect((JSON.parse(written[2]!.text) as { title: { en: string } }).title.en).toBe(`${title}, second`);
    expect((JSON.parse(written[3]!.text) as { title: { en: string } }).title.en).toBe(`${title}, third`);
    await poll(state).toBe("All changes saved");
  });

  it("a write that fails says so and keeps the work unsaved (the mark, the draft); a second try saves it", async () => {
    await setFake("failWrites", true);
    await editTitle(`${title}, fourth`);
    await saveButton().click();
    await poll(notice).toBe("copy.json could not be saved: The file is locked by another program. Your changes are kept here, still unsaved: try again, or use Save as JSON or Save as YAML.");
    expect(await state()).toBe("Unsaved changes");
    expect((await fakeLog()).written).toHaveLength(4);
    await poll(() => page.evaluate(() => localStorage.getItem("actionplan-studio:draft")?.includes(", fourth") ?? false)).toBe(true);
    await expectAxeClean(page, "the notice of a failed save");
    await setFake("failWrites", false);
    await saveButton().click();
    await poll(state).toBe("All changes saved");
    const { written } = await fakeLog();
    expect(written.map((write) => write.name)).toHaveLength(5);
    expect((JSON.parse(written[4]!.text) as { title: { en: string } }).title.en).toBe(`${title}, fourth`);
  });

  it("after a save, the draft is gone and closing no longer asks", async () => {
    await poll(() => page.evaluate(() => localStorage.getItem("actionplan-studio:draft"))).toBeNull();
    const before = dialogs.length;
    await page.reload();
    await poll(() => page.locator("main.empty").count()).toBe(1);
    expect(dialogs.slice(before)).toEqual([]);
  });

  it("a dropped file's handle is kept: Save writes back to it", async () => {
    await installFakes({});
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "dropped.json"));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, jsonText);
    await poll(() => page.locator("h1").textContent()).toContain(title);
    await editTitle(`${title}, dropped`);
    await saveButton().click();
    await poll(async () => (await fakeLog()).written.length).toBe(1);
    const { written, asked } = await fakeLog();
    expect(asked).toEqual([]);
    expect(written[0]!.name).toBe("dropped.json");
    expect(written[0]!.text).toBe(jsonText.replace(`"en": "${title}"`, `"en": "${title}, dropped"`));
  });

  it("a file opened through the file input has no handle: Save asks once, then writes there", async () => {
    await openFile(studio, "chosen.json", jsonText);
    await poll(() => page.locator("h1").textContent()).toContain(title);
    await editTitle(`${title}, chosen`);
    await saveButton().click();
    await poll(async () => (await fakeLog()).written.length).toBe(2);
    await editTitle(`${title}, chosen again`);
    await saveButton().click();
    await poll(async () => (await fakeLog()).written.length).toBe(3);
    const { written, asked } = await fakeLog();
    expect(asked).toEqual(["chosen.json"]);
    expect(written.slice(1).map((write) => write.name)).toEqual(["chosen.json", "chosen.json"]);
    await poll(state).toBe("All changes saved");
  });

  it("without the pickers, Save downloads the plan and says why", async () => {
    await page.evaluate(() => {
      delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
      delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    });
    await openFile(studio, "plain.yaml", yamlText);
    await editTitle(`${title}, downloaded`);
    await poll(state).toBe("Unsaved changes");
    const downloading = page.waitForEvent("download");
    await saveButton().click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("plain.yaml");
    expect(readFileSync((await download.path())!, "utf8")).toBe(yamlText.replace(`  en: ${title}\n`, `  en: ${title}, downloaded\n`));
    await poll(notice).toBe("This browser cannot write to the file you opened, so the plan was downloaded as plain.yaml.");
    await poll(state).toBe("All changes saved");
  });
});

describe("the HTML export in Chromium", () => {
  it("downloads the plan's document with its title, the embedded plan and the print stylesheet", async () => {
    await openFile(studio, "plan.json", polyfonText);
    const polyfon = JSON.parse(polyfonText) as { title: string };
    await poll(() => page.locator("h1").textContent()).toContain(polyfon.title);
    const downloading = page.waitForEvent("download", { timeout: 20_000 });
    await page.getByRole("button", { name: "Export HTML" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("plan.html");
    const html = readFileSync((await download.path())!, "utf8");
    expect(html).toMatch(new RegExp(`<title>${polyfon.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(html).toContain("@media print");
    const embedded = /<script type="application\/json" id="actionplan-plan"[^>]*>([\s\S]*?)<\/script>/.exec(html);
    expect(embedded, "the embedded plan").not.toBeNull();
    expect(JSON.parse(embedded![1]!)).toEqual(JSON.parse(polyfonText));
  });

  it("printed no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
