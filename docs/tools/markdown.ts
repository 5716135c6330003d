// Small helpers the docs tests share: fenced code blocks and sections of a Markdown file.

/** A fenced code block: its language, the words after the language (the "info" tags), its body and line. */
export interface CodeBlock {
  /** The language word, e.g. `json`, `sh`, `ts`. */
  lang: string;
  /** The words after the language, e.g. `["plan"]` for ```json plan, or `["test", "exit=1"]`. */
  tags: string[];
  /** The code between the fences. */
  code: string;
  /** The 1-based line of the opening fence. */
  line: number;
}

/** Every fenced code block (``` or ~~~) of a Markdown text, in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/.exec(lines[index]!);
    if (open === null) continue;
    const [, indent = "", fence = "", lang = "", info = ""] = open;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`).test(lines[end]!)) {
      body.push(lines[end]!.startsWith(indent) ? lines[end]!.slice(indent.length) : lines[end]!);
      end += 1;
    }
    blocks.push({ lang, tags: info.split(/\s+/).filter(Boolean), code: body.join("\n"), line: index + 1 });
    index = end;
  }
  return blocks;
}

/** The value of a `key=value` tag of a code block, if present. */
export function tagValue(block: CodeBlock, key: string): string | undefined {
  const prefix = `${key}=`;
  return block.tags.find((tag) => tag.startsWith(prefix))?.slice(prefix.length);
}

/** The text under each heading of the given level (`###` by default) up to the next heading of that level or higher. */
export function sections(markdown: string, level = 3): Map<string, string> {
  const result = new Map<string, string>();
  const lines = markdown.split("\n");
  let current: string | undefined;
  let body: string[] = [];
  let inFence = false;
  const flush = (): void => {
    if (current !== undefined) result.set(current, body.join("\n"));
  };
  for (const line of lines) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading !== null && heading[1]!.length <= level) {
      flush();
      current = heading[1]!.length === level ? heading[2]! : undefined;
      body = [];
      continue;
    }
    body.push(line);
  }
  flush();
  return result;
}
