// Form fields bound to a JSON Pointer of the plan: each carries `data-pointer`, so that an issue lands on it.
import { useMemo } from "preact/hooks";
import { getAt, setAt, type PlanData } from "./edit.js";

let fieldIds = 0;

/** A text field, or one box per language when the text is a language map. */
export function TextField({ label, pointer, plan, edit, multiline = false }: { label: string; pointer: string; plan: PlanData; edit: (plan: PlanData) => void; multiline?: boolean }) {
  const value = getAt(plan, pointer);
  const id = useMemo(() => `field-${++fieldIds}`, []);
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    // A text given in several languages: one box per language.
    return (
      <fieldset data-pointer={pointer}>
        <legend>{label}</legend>
        {Object.entries(value as Record<string, unknown>).map(([code, text]) => (
          <div class="row" key={code}>
            <label for={`${id}-${code}`}>{code}</label>
            <textarea id={`${id}-${code}`} data-pointer={`${pointer}/${code}`} value={String(text)} onInput={(event) => edit(setAt(plan, `${pointer}/${code}`, event.currentTarget.value))} />
          </div>
        ))}
      </fieldset>
    );
  }
  const onInput = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => edit(setAt(plan, pointer, event.currentTarget.value === "" ? undefined : event.currentTarget.value));
  return (
    <div class="row">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea id={id} data-pointer={pointer} value={typeof value === "string" ? value : ""} onInput={onInput} rows={3} />
      ) : (
        <input id={id} data-pointer={pointer} value={typeof value === "string" ? value : ""} onInput={onInput} />
      )}
    </div>
  );
}

/** A year (`2026`) or a date (`2026-03-31`). */
export function YearOrDateField({ label, pointer, plan, edit }: { label: string; pointer: string; plan: PlanData; edit: (plan: PlanData) => void }) {
  const value = getAt(plan, pointer);
  const id = useMemo(() => `field-${++fieldIds}`, []);
  return (
    <span class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        data-pointer={pointer}
        inputMode="numeric"
        placeholder="2026 / 2026-03-31"
        size={12}
        value={value === undefined ? "" : String(value)}
        onChange={(event) => {
          const text = event.currentTarget.value.trim();
          edit(setAt(plan, pointer, text === "" ? undefined : /^\d{4}$/.test(text) ? Number(text) : text));
        }}
      />
    </span>
  );
}
