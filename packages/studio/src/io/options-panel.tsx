// The folded panel of options that the import and the export each have under their buttons: a <details> with its
// summary, one paragraph per option (a labelled control with its hint, or a checkbox), and a closing note.
import type { ComponentChildren } from "preact";

/** A folded panel of options, `import-options` or `export-options` by its `kind`, closed until its summary is opened. */
export function OptionsPanel({ kind, summary, note, children }: { kind: "import" | "export"; summary: string; note: string; children: ComponentChildren }) {
  return (
    <details class={`${kind}-options`}>
      <summary>{summary}</summary>
      {children}
      <p><small>{note}</small></p>
    </details>
  );
}

/** One option: its label, the control whose id is `id`, and a hint below it that the control is described by. */
export function LabelledOption({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ComponentChildren }) {
  return (
    <p>
      <label for={id}>{label}</label> {children}
      {hint !== undefined && (
        <>
          <br />
          <small id={`${id}-hint`}>{hint}</small>
        </>
      )}
    </p>
  );
}

/** One yes-or-no option: a checkbox with its words. */
export function CheckOption({ checked, label, change }: { checked: boolean; label: string; change: (checked: boolean) => void }) {
  return (
    <p>
      <label>
        <input type="checkbox" checked={checked} onChange={(event) => change(event.currentTarget.checked)} /> {label}
      </label>
    </p>
  );
}
