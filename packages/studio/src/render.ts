// The renderer, loaded after the page's first paint (app.tsx imports it dynamically): the preview, and the Markdown
// and HTML exports. Its labels (`builtInLabels`), which the forms name fields with, stay in the first load.
export { renderHtml, renderMarkdown } from "@actionplan/render";
