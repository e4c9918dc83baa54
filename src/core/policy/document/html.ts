import { Parser } from 'htmlparser2';
import { lineLocator, table } from '../../text';
import { type Block, joinDefinitions, parsePlainText, withLeadIns } from './blocks';
import { foldQuotes } from './entities';
import { looksLikeHeaderRow, pushRow } from './markdown';

const HEADINGS: Record<string, number> = table({ h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 });
const BLOCKS = new Set(['p', 'li', 'tr', 'dt', 'dd', 'blockquote', 'figcaption', 'caption', 'summary', 'div', 'section', 'article', 'td', 'th']);
/** Inline and structural elements; any other element (`<Callout>`, `<main>`, `<aside>`) holds its text as a block. */
const NOT_BLOCKS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'input', 'ins', 'kbd', 'label', 'link', 'mark', 'meta', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'html', 'body', 'table', 'thead', 'tbody', 'tfoot', 'ul', 'ol', 'dl', 'colgroup', 'col', 'hr', 'source', 'picture', 'video', 'audio', 'iframe', 'select', 'option', 'textarea', 'abbr', 'nobr', 'tt', 'strike', 'big', 'center', 'link']);
/** A component that renders a link, an icon or inline markup (`<ExternalLink>`, `<NuxtLink>`, `<router-link>`, `<v-icon>`). */
const INLINE_COMPONENT = /(?:link|anchor|icon|tooltip|abbr|highlight|emphasis|strong|code|kbd|badge|chip)$/;
const isBlock = (name: string) => Boolean(HEADINGS[name]) || BLOCKS.has(name) || !(NOT_BLOCKS.has(name) || INLINE_COMPONENT.test(name));
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'nav', 'footer']);

/**
 * The scripts of a single-file component (Vue, Svelte) and an Astro page's frontmatter: where a policy kept as a
 * Markdown string or a table kept as data lives. Each with the offset of its first character.
 */
export function componentScripts(source: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (front) out.push({ text: front[1], offset: source.indexOf(front[1]) });
  let start = -1;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'script') start = parser.endIndex + 1;
      },
      onclosetag(name) {
        if (name === 'script' && start >= 0) {
          out.push({ text: source.slice(start, parser.startIndex), offset: start });
          start = -1;
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.end(source);
  return out.filter((s) => s.text.trim());
}

/** Text without the indentation all its non-blank lines share. */
function dedent(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  const widths = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = widths.length ? Math.min(...widths) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join('\n');
}

/**
 * HTML: headings, list items, table rows and paragraphs, each with the lines it spans. htmlparser2 is a
 * streaming parser (no recursion, whatever the nesting) and decodes every entity itself.
 */
export function parseHtml(source: string): Block[] {
  // A server template's placeholder for the product's name (`<%= community_name %>`, `{{ site.name }}`) is the product;
  // other template tags on one line are no text.
  const text = source
    .replace(/<%=?\s*[\w.]*(?:name|title|company|site|app|brand|community)[\w.]*\s*%>|\{\{\s*[\w.]*(?:name|title|company|site|app|brand|community)[\w.]*\s*\}\}/gi, 'the service')
    .replace(/<%[^%\n]*%>/g, '');
  const locate = lineLocator(text);
  const lineAt = (offset: number) => locate(offset).line;

  interface Open { tag: string; text: string; cells: string[]; start: number; head: boolean; depth: number }
  const blocks: Block[] = [];
  const stack: Open[] = [];
  let header: string[] | undefined;
  let rowsInTable = 0;
  let skip = 0;
  /** Elements open around the parser's position; a `<template>` at the root makes a Vue component, whose templates render. */
  let open = 0;
  let rootTemplate = false;
  /** Lists open around the parser's position: an item's nesting (`<li>… <ul><li>`). */
  let lists = 0;
  const clean = (s: string) => foldQuotes(s).replace(/\s+/g, ' ').trim();
  const emit = (o: Open, end: number, kind: Block['kind'], level: number) => {
    const t = clean(o.text);
    if (t) blocks.push({ kind, level, text: t, line: lineAt(o.start), endLine: lineAt(Math.max(o.start, end)), ...(kind === 'item' && o.depth > 1 ? { depth: o.depth - 1 } : {}), ...(o.tag === 'dt' ? { definition: 'term' as const } : o.tag === 'dd' ? { definition: 'description' as const } : {}) });
  };
  const parser = new Parser(
    {
      onopentag(name) {
        const root = open++ === 0;
        // (In a component every `<template>` renders: `v-if` branches and slots.)
        if (name === 'template' && root && !rootTemplate) rootTemplate = true;
        else if (SKIP.has(name) && !(name === 'template' && rootTemplate)) skip++;
        if (skip) return;
        if (name === 'ul' || name === 'ol') lists++;
        if (name === 'br') {
          // Each line between breaks is a block of its own; one that starts with a dash or a bullet is an item.
          const top = stack[stack.length - 1];
          if (top && top.tag !== 'td' && top.tag !== 'th' && top.text.trim()) {
            const bullet = /^\s*[-–•*]\s+/.exec(top.text);
            if (bullet) top.text = top.text.slice(bullet[0].length);
            emit(top, parser.startIndex, top.tag === 'li' || bullet ? 'item' : 'para', 0);
            top.text = '';
            top.start = parser.endIndex + 1;
          } else if (top) top.text += ' ';
          return;
        }
        if (name === 'table') {
          header = undefined;
          rowsInTable = 0;
        }
        // `<td><p>IP, Log</p></td>`: paragraphs and lists inside a cell are the cell's text.
        const inCell = !/^(?:table|tr|td|th)$/.test(name) && stack.some((o) => o.tag === 'td' || o.tag === 'th');
        if (isBlock(name) && !inCell) {
          // Text before a nested block belongs to the outer block: emit it now.
          const outer = stack[stack.length - 1];
          if (outer && outer.tag !== 'tr' && name !== 'td' && name !== 'th' && outer.text.trim()) {
            emit(outer, parser.startIndex, outer.tag === 'li' ? 'item' : 'para', 0);
            outer.text = '';
            outer.start = parser.startIndex;
          }
          stack.push({ tag: name, text: '', cells: [], start: parser.startIndex, head: false, depth: lists });
        }
      },
      ontext(t) {
        if (skip || !stack.length) return;
        const top = stack[stack.length - 1];
        if (!top.text.trim() && t.trim()) top.start = parser.startIndex + (/^\s*/.exec(t)?.[0].length ?? 0);
        top.text += t;
      },
      onclosetag(name) {
        open = Math.max(0, open - 1);
        if (name === 'template' && rootTemplate) return;
        if (SKIP.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip) return;
        if (name === 'ul' || name === 'ol') lists = Math.max(0, lists - 1);
        if (!isBlock(name)) return;
        if (!/^(?:table|tr|td|th)$/.test(name) && stack[stack.length - 1] && /^(?:td|th)$/.test(stack[stack.length - 1].tag)) {
          stack[stack.length - 1].text += ' ';
          return;
        }
        let idx = stack.length - 1;
        while (idx >= 0 && stack[idx].tag !== name) idx--;
        if (idx < 0) return;
        const o = stack[idx];
        stack.length = idx;
        const end = parser.endIndex;
        if (name === 'td' || name === 'th') {
          let row: Open | undefined;
          for (let k = stack.length - 1; k >= 0 && !row; k--) if (stack[k].tag === 'tr') row = stack[k];
          if (row) {
            row.cells.push(clean(o.text));
            if (name === 'th') row.head = true;
            return;
          }
        }
        if (name === 'tr') {
          const first = rowsInTable++ === 0;
          if (!header && (o.head || (first && looksLikeHeaderRow(o.cells)))) header = o.cells;
          else if (o.cells.length) pushRow(blocks, o.cells, lineAt(o.start), lineAt(Math.max(o.start, end)), header);
          else emit(o, end, 'item', 0);
          return;
        }
        if (name === 'pre') {
          // Preformatted text is plain text: its blank lines part paragraphs and its dashes are bullets.
          const lead = /^\s*/.exec(o.text)?.[0] ?? '';
          const first = lineAt(o.start) - (lead.match(/\n/g)?.length ?? 0);
          for (const b of parsePlainText(dedent(o.text))) blocks.push({ ...b, line: b.line + first - 1, endLine: b.endLine + first - 1 });
          return;
        }
        if (HEADINGS[name]) emit(o, end, 'heading', HEADINGS[name]);
        else if (name === 'li' || name === 'dd' || name === 'dt') emit(o, end, 'item', 0);
        else {
          const bullet = /^\s*[-–•*]\s+/.exec(o.text);
          if (bullet) o.text = o.text.slice(bullet[0].length);
          emit(o, end, bullet ? 'item' : 'para', 0);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(text);
  parser.end();
  return withLeadIns(joinDefinitions(blocks.sort((a, b) => a.line - b.line)));
}
