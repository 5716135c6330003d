// An independent reader of the committed source (source/3672-Project-Goals-2024h2.md): it splits the RFC's
// Markdown into headings, paragraphs, bullets and goal-table rows, with no use of the model or the renderer, so
// that the tests can look for every one of them in plan.json and in the renderings.

/** One item of the source: a heading, a paragraph, a bullet (with its nesting depth) or a row of a goal table. */
export type SourceItem =
  | { kind: "heading"; level: number; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "bullet"; depth: number; text: string }
  | { kind: "row"; table: string; goal: string; owners: string[]; teams: string[]; badges: string[] };

/**
 * The plain reading of a Markdown inline text: links and images become their labels (inline, full and collapsed
 * reference forms), emphasis markers and backslash escapes go, white space is collapsed. Code spans stay as
 * written, backticks included (the plan's inline subset has no code spans: it keeps them as literal text).
 */
export function plainText(text: string): string {
  return text
    .replace(/!?\[((?:[^\]\\]|\\.)*)\](?:\([^)\s]*\)|\[[^\]]*\])?/g, "$1")
    .replace(/\\([\\*_[\]()`#!<>~|-])/g, "$1")
    .replace(/\*\*|\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const cells = (line: string): string[] => line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
/** The names in a table cell, written as reference links (`[Boxy][]`, `[lang]`); a badge image (`![Help wanted][]`) is no name. */
const names = (cell: string): string[] => [...cell.matchAll(/(?<!!)\[([^\]]+)\]/g)].map((match) => plainText(match[1] ?? ""));
/** The badges in a table row (`![Help wanted][]`), by their alternative text. */
const badges = (row: string): string[] => [...row.matchAll(/!\[([^\]]+)\]\[\]/g)].map((match) => plainText(match[1] ?? ""));

/** Reads the source into its items, in document order. Link definitions (`[x]: url`) and the front matter are left out. */
export function extractSourceItems(source: string): SourceItem[] {
  const items: SourceItem[] = [];
  const lines = source.split("\n");
  let table = "";
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length > 0) items.push({ kind: "paragraph", text: plainText(paragraph.join(" ")) });
    paragraph = [];
  };
  for (const line of lines) {
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const bullet = /^( *)[*-] (.*)$/.exec(line);
    if (line.trim() === "" || /^\[[^\]]+\]: /.test(line) || /^- (Feature Name|Start Date|RFC PR|Rust Issue):/.test(line)) {
      flush();
    } else if (heading) {
      flush();
      // A badge image in a heading (`### Orphaned goals ![Help wanted][]`) is decoration, not part of the title.
      const text = plainText((heading[2] ?? "").replace(/!\[[^\]]*\]\[\]/g, ""));
      items.push({ kind: "heading", level: (heading[1] ?? "").length, text });
      table = text;
    } else if (bullet) {
      flush();
      items.push({ kind: "bullet", depth: Math.floor((bullet[1] ?? "").length / 4), text: plainText(bullet[2] ?? "") });
    } else if (line.startsWith("|")) {
      flush();
      const [goal = "", owner = "", team = ""] = cells(line);
      if (goal === "Goal" || /^-+$/.test(goal)) continue;
      items.push({ kind: "row", table, goal: plainText(goal), owners: names(owner), teams: names(team), badges: badges(line) });
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return items;
}
