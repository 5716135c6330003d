// The forms' chunk, loaded once a plan is open (app.tsx): the editor column with every field's editor, the measure
// list and the names of fields and kinds. Its own entry, so that the chunk is named `forms-*.js`.
export { FormsEditor } from "./editor.js";
