// The revisions part of the page: compare the plan with another version (the changes view then shows what differs,
// through diffPlans as the preview renders it), and record a revision (date, kind, body, summary) in the plan's log.
import { useMemo, useState } from "preact/hooks";
import type { PlanData } from "../edit.js";
import { OPEN_ACCEPT, tooLarge } from "../io/open.js";
import type { IoTranslate } from "../io/messages.js";
import { choiceText } from "../forms/choices.js";
import type { StudioLanguage } from "../messages.js";
import { textOf } from "../model.js";
import { readVersion, recordRevision, REVISION_KINDS, revisionBodies, revisionsOf, type Comparison, type RevisionKind } from "./versions.js";

let panels = 0;

/** Today as `YYYY-MM-DD`, in the computer's own time zone. */
const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};

/** The revisions panel. */
export function RevisionsPanel(props: {
  plan: PlanData;
  lang: string;
  /** The studio's language, for the words of the kinds of revision. */
  language: StudioLanguage;
  t: IoTranslate;
  edit: (plan: PlanData) => void;
  comparison: Comparison | undefined;
  compare: (comparison: Comparison | undefined) => void;
  /** Whether the file as opened is a valid plan: the changes view can compare with it only then. */
  openedValid: boolean;
}) {
  const { plan, lang, language, t, edit, comparison, compare, openedValid } = props;
  const id = useMemo(() => `revisions-${++panels}`, []);
  const [refusal, setRefusal] = useState<string | undefined>();
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<RevisionKind>(REVISION_KINDS.includes("annual-revision") ? "annual-revision" : (REVISION_KINDS[0] ?? ""));
  const [body, setBody] = useState("");
  const [summary, setSummary] = useState("");
  const [said, setSaid] = useState<string | undefined>();
  const bodies = useMemo(() => revisionBodies(plan, lang), [plan, lang]);
  const log = revisionsOf(plan);

  const openVersion = async (file: File | undefined) => {
    if (file === undefined) return;
    const large = tooLarge(file.name, file.size, t);
    if (large !== undefined) return setRefusal(t("compareRefused", { file: file.name, message: large.errors[0]!.message }));
    const read = await readVersion(file.name, new Uint8Array(await file.arrayBuffer()), language);
    if ("plan" in read) {
      setRefusal(undefined);
      compare(read);
      return;
    }
    const reason = read.reason === "sheet" ? t("compareSheet") : read.reason === "invalid" ? `${t("compareNotPlan")} (${read.detail})` : read.detail;
    setRefusal(t("compareRefused", { file: read.file, message: reason }));
  };

  const record = (event: Event) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setSaid(t("needsDate"));
      return;
    }
    const next = recordRevision(plan, { date, kind, ...(body === "" ? {} : { body }), ...(summary.trim() === "" ? {} : { summary }) });
    edit(next.plan);
    setSummary("");
    setSaid(t("recorded", { id: next.id }));
  };

  return (
    <section class="revisions" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("revisions")}</h2>
      <div class="row">
        <label class="open">
          {t("compareWith")}
          <input type="file" accept={OPEN_ACCEPT} onChange={(event) => void openVersion(event.currentTarget.files?.[0])} />
        </label>
      </div>
      <p class="comparing" role="status">{comparison !== undefined ? t("comparingWith", { file: comparison.file }) : openedValid ? t("comparingOpened") : t("comparingNothing")}</p>
      {comparison !== undefined && (
        <button type="button" onClick={() => compare(undefined)}>{t("compareOpened")}</button>
      )}
      {refusal !== undefined && <p class="read-error" role="alert">{refusal}</p>}
      <details class="record-revision">
        <summary>{t("recordRevision")}</summary>
        <form class="node-form" onSubmit={record} data-pointer="/revisions">
          <div class="row">
            <label for={`${id}-date`}>{t("revisionDate")}</label>
            <input id={`${id}-date`} type="date" required value={date} onInput={(event) => setDate(event.currentTarget.value)} />
          </div>
          <div class="row">
            <label for={`${id}-kind`}>{t("revisionKind")}</label>
            <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.currentTarget.value as RevisionKind)}>
              {REVISION_KINDS.map((value) => (
                <option key={value} value={value}>{choiceText(language, "Revision.kind", value)}</option>
              ))}
            </select>
          </div>
          <div class="row">
            <label for={`${id}-body`}>{t("revisionBody")}</label>
            <select id={`${id}-body`} value={body} onChange={(event) => setBody(event.currentTarget.value)}>
              <option value="">{t("noBody")}</option>
              {bodies.map((item) => (
                <option key={item.ref} value={item.ref}>{item.label}</option>
              ))}
            </select>
          </div>
          <div class="row">
            <label for={`${id}-summary`}>{t("revisionSummary")}</label>
            <textarea id={`${id}-summary`} rows={2} value={summary} onInput={(event) => setSummary(event.currentTarget.value)} />
          </div>
          <div class="row">
            <button type="submit">{t("record")}</button>
          </div>
          {said !== undefined && <p role="status">{said}</p>}
        </form>
      </details>
      <h3>{t("revisionLog")}</h3>
      {log.length === 0 ? (
        <p>{t("noRevisions")}</p>
      ) : (
        <ol class="revision-log">
          {log.map((entry, i) => (
            <li key={i} data-pointer={`/revisions/${i}`}>
              {String(entry.date ?? "")} · {typeof entry.kind === "string" ? choiceText(language, "Revision.kind", entry.kind) : ""}
              {typeof entry.body === "string" && <> · {bodies.find((item) => item.ref === entry.body)?.label ?? entry.body}</>}
              {entry.summary !== undefined && <> — {textOf(entry.summary, lang)}</>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
