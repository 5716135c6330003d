// Form fields bound to a JSON Pointer of the plan: each carries `data-pointer`, so that an issue lands on it.
import { useMemo } from "preact/hooks";
import { getAt, setAt, type PlanData } from "./edit.js";

let fieldIds = 0;

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
