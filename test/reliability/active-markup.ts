// A small, deliberately suspicious HTML tag scanner for the security properties: it walks the markup the way an
// HTML tokenizer does (comments, raw-text elements, quoted and unquoted attributes) and reports everything that
// could run code or load active content. It errs on the side of reporting.

/** One finding of {@link findActiveMarkup}: what was found and where. */
export interface ActiveMarkup {
  /** What sort of danger: an element, an event-handler attribute, a dangerous URL or a dangerous style. */
  kind: "element" | "handler" | "url" | "style";
  /** The element, attribute or URL found. */
  detail: string;
  /** Offset in the scanned string. */
  offset: number;
}

/** Elements that run code, embed other documents or change how the page resolves URLs. */
const ACTIVE_ELEMENTS = new Set([
  "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal", "noembed",
]);
/** Elements whose content a browser reads as raw text up to the matching end tag. */
const RAW_TEXT_ELEMENTS = new Set([
  "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
]);
/** Attributes whose value a browser loads or follows as a URL. */
const URL_ATTRIBUTES = new Set([
  "href", "src", "action", "formaction", "xlink:href", "poster", "background", "cite", "data", "srcset",
  "ping", "lowsrc", "dynsrc", "longdesc", "manifest", "codebase", "archive", "usemap", "icon",
]);
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", colon: ":", tab: "\t", newline: "\n", sol: "/", lpar: "(",
  rpar: ")", semi: ";", comma: ",", period: ".", nbsp: "\u00a0",
};

/** Decodes the character references a browser decodes in attribute values (numeric ones and the usual names). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Whether a URL, as a browser reads it, uses a scheme that runs code or embeds a document. */
export function isDangerousUrl(raw: string): boolean {
  // Browsers drop ASCII whitespace and control characters inside the scheme before matching it.
  const url = decodeEntities(raw).replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
  return /^(javascript|vbscript|data|livescript):/.test(url) || /(^|,)\s*(javascript|vbscript|data):/.test(url);
}

/** Options of {@link findActiveMarkup}. */
export interface ActiveMarkupOptions {
  /**
   * Admit the data blocks a standalone page carries in its head (and nothing like them): at most one
   * `<script type="application/ld+json">` and one `<script type="application/json" id="actionplan-plan"
   * data-checksum="fnv1a32-…">`, with exactly these attributes, whose content holds no `<`, `>` or `&` (so nothing
   * in it can end the element or open a comment) and parses as JSON. Browsers never run a script of such a type.
   * Any other `<script>`, or one of these that differs in any way, is still reported.
   */
  dataBlocks?: boolean;
}

/** The data blocks {@link ActiveMarkupOptions.dataBlocks} admits: their attributes, exactly. */
const DATA_BLOCKS: readonly { readonly [name: string]: RegExp }[] = [
  { type: /^application\/ld\+json$/ },
  { type: /^application\/json$/, id: /^actionplan-plan$/, "data-checksum": /^fnv1a32-[0-9a-f]{8}$/ },
];

/** Which of {@link DATA_BLOCKS} a `<script>` element is, or -1 when it is not exactly one of them. */
function dataBlock(attributes: readonly { name: string; value: string }[], content: string, closed: boolean): number {
  if (!closed || /[<>&]/.test(content)) return -1;
  try {
    JSON.parse(content);
  } catch {
    return -1;
  }
  return DATA_BLOCKS.findIndex((expected) => {
    const names = Object.keys(expected);
    return (
      attributes.length === names.length &&
      new Set(attributes.map((attribute) => attribute.name)).size === names.length &&
      attributes.every((attribute) => Object.hasOwn(expected, attribute.name) && expected[attribute.name]!.test(attribute.value))
    );
  });
}

/** Every element, attribute or URL in the HTML that could run code or load active content. */
export function findActiveMarkup(html: string, options: ActiveMarkupOptions = {}): ActiveMarkup[] {
  const found: ActiveMarkup[] = [];
  /** The data blocks admitted so far (each kind at most once). */
  const admitted = new Set<number>();
  const length = html.length;
  let i = 0;
  while (i < length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) break;
    i = lt + 1;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end === -1 ? length : end + 3;
      continue;
    }
    const next = html[lt + 1] ?? "";
    if (next === "!" || next === "?") {
      const end = html.indexOf(">", lt);
      i = end === -1 ? length : end + 1;
      continue;
    }
    const closing = next === "/";
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!/[A-Za-z]/.test(html[nameStart] ?? "")) continue;
    let j = nameStart;
    while (j < length && !/[\s/>]/.test(html[j]!)) j++;
    const name = html.slice(nameStart, j).toLowerCase();
    // Attributes: name, optional `=`, then a quoted or unquoted value.
    const attributes: { name: string; value: string; offset: number }[] = [];
    while (j < length && html[j] !== ">") {
      if (/[\s/]/.test(html[j]!)) {
        j++;
        continue;
      }
      const attributeStart = j;
      j++; // The first character belongs to the name even when it is `=`.
      while (j < length && !/[\s/>=]/.test(html[j]!)) j++;
      const attributeName = html.slice(attributeStart, j).toLowerCase();
      let k = j;
      while (k < length && /\s/.test(html[k]!)) k++;
      let value = "";
      if (html[k] === "=") {
        k++;
        while (k < length && /\s/.test(html[k]!)) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, k + 1);
          value = html.slice(k + 1, end === -1 ? length : end);
          j = end === -1 ? length : end + 1;
        } else {
          let end = k;
          while (end < length && !/[\s>]/.test(html[end]!)) end++;
          value = html.slice(k, end);
          j = end;
        }
      }
      attributes.push({ name: attributeName, value, offset: attributeStart });
    }
    i = j + 1;
    if (closing) continue;
    if (ACTIVE_ELEMENTS.has(name) && !(name === "script" && options.dataBlocks === true && admitDataBlock(i, attributes))) {
      found.push({ kind: "element", detail: `<${name}>`, offset: lt });
    }
    if (name === "meta" && attributes.some((attribute) => attribute.name === "http-equiv")) {
      found.push({ kind: "element", detail: "<meta http-equiv>", offset: lt });
    }
    for (const attribute of attributes) {
      if (attribute.name.startsWith("on")) {
        found.push({ kind: "handler", detail: `${attribute.name} on <${name}>`, offset: attribute.offset });
      } else if (attribute.name === "srcdoc") {
        found.push({ kind: "element", detail: `srcdoc on <${name}>`, offset: attribute.offset });
      } else if (URL_ATTRIBUTES.has(attribute.name) && isDangerousUrl(attribute.value)) {
        found.push({ kind: "url", detail: `${attribute.name}="${attribute.value}" on <${name}>`, offset: attribute.offset });
      } else if (attribute.name === "style" && isDangerousStyle(attribute.value)) {
        found.push({ kind: "style", detail: `style="${attribute.value}" on <${name}>`, offset: attribute.offset });
      }
    }
    if (RAW_TEXT_ELEMENTS.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      const content = html.slice(i, end === -1 ? length : end);
      if (name === "style" && isDangerousStyle(content)) {
        found.push({ kind: "style", detail: "<style> with script or imports", offset: lt });
      }
      i = end === -1 ? length : end;
    }
  }
  return found;

  /** Whether the `<script>` element whose content starts at `from` is a data block not seen before. */
  function admitDataBlock(from: number, attributes: readonly { name: string; value: string }[]): boolean {
    const end = html.toLowerCase().indexOf("</script", from);
    const closed = end !== -1 && html.startsWith("</script>", end);
    const kind = dataBlock(attributes, html.slice(from, end === -1 ? length : end), closed);
    if (kind === -1 || admitted.has(kind)) return false;
    admitted.add(kind);
    return true;
  }
}

/** Whether CSS could run script or load something: `expression()`, `javascript:` or `@import`/`url()` of such a URL. */
function isDangerousStyle(css: string): boolean {
  const decoded = decodeEntities(css).replace(/\\/g, "").toLowerCase();
  return /expression\s*\(|javascript:|vbscript:|-moz-binding|behavior\s*:|@import/.test(decoded);
}
