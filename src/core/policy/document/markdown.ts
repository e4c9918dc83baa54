import { parseJsxPage } from './jsx';
import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
import { type Block, isTitleCase, isMarked, looksLikeHeading, markedPractice, promoteTitles, pushRow, withLeadIns } from './blocks';
export { looksLikeHeaderRow, pushRow, rowText } from './blocks';
import { foldQuotes } from './entities';
import { parseHtml } from './html';

// (Without indented code blocks: a policy indented with a tab or four spaces is prose — code comes fenced, if at all.)
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).disable('code');

/**
 * MDX and front matter that CommonMark would read as text: YAML front matter, `import`/`export` lines,
 * `{/* comments *\/}`. They are blanked (line count kept) so every block keeps its line.
 */
function blankNonProse(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    const close = end > 0 ? end : lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (close > 0) for (let i = 0; i <= close; i++) lines[i] = '';
  }
  let inEsm = false;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    // Code blocks are code (`export N8N_DIAGNOSTICS_ENABLED=false` in a shell example is no ESM export).
    const f = /^(`{3,}|~{3,})/.exec(t)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length && t.slice(f.length).trim() === '') fence = undefined;
      continue;
    }
    if (f && !inEsm) {
      fence = f;
      continue;
    }
    if (inEsm) {
      if (/[;)}\]]\s*$/.test(t) || t === '') inEsm = false;
      lines[i] = '';
      continue;
    }
    if (/^(import|export)\s/.test(t)) {
      inEsm = !/(;|from\s+['"][^'"]+['"])\s*$/.test(t) && !/^export\s+(default\s+)?function\b.*\}\s*$/.test(t);
      lines[i] = '';
    }
  }
  return lines.join('\n');
}

/** The words of an inline token: text, code, link text, image alt; tags and MDX expressions dropped. */
/** Text of a run of inline Markdown ("**TL;DR:** None of …" → "TL;DR: None of …"). */
/** Two or more lines, each marked done or not done ("✓ …", "✗ …"). */
function markedLines(content: string): boolean {
  const lines = content.split('\n').filter((l) => l.trim());
  return lines.length >= 2 && lines.every((l) => isMarked(l));
}

function markdownInline(text: string): string {
  const tok = md.parseInline(text, {})[0];
  return tok ? inlineText(tok) : text;
}

function inlineText(tok: Token): string {
  let out = '';
  let lineStart = 0;
  for (const [i, c] of (tok.children ?? []).entries()) {
    if (c.type === 'text' || c.type === 'code_inline') out += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') {
      out += endsHeadingLine(out.slice(lineStart), tok.children?.[i + 1]?.content ?? '') ? '. ' : ' ';
      lineStart = out.length;
    }
    else if (c.type === 'image') out += c.content;
    else if (c.type === 'html_inline') out += ' ';
  }
  return tidy(out);
}

/**
 * A short title-like line run into the next sentence ("Sharing of Information⏎Acme does not sell …"):
 * a heading without its Markdown marks, which ends a sentence rather than starting the next one.
 */
function endsHeadingLine(line: string, next: string): boolean {
  const t = line.trim();
  if (!/^[A-Z][^.!?:;,]*[A-Za-z0-9)]$/.test(t) || !/^\s*[A-Z]/.test(next)) return false;
  const words = t.split(/\s+/);
  return words.length <= 6 && words.filter((w) => /^[A-Z0-9]/.test(w)).length * 2 > words.length;
}

function tidy(s: string): string {
  return foldQuotes(s.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, ' ').replace(/\{\s*['"`]([^'"`]*)['"`]\s*\}/g, '$1').replace(/\{[^{}]*\}/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A list item that titles a section of its own ("1. **WHAT INFORMATION DO WE COLLECT**" followed by indented
 * paragraphs and tables): its later paragraphs are blocks of their own, not one item dozens of lines long.
 */
function isSectionTitle(item: Block): boolean {
  return item.line === item.endLine && looksLikeHeading(item.text) && isTitleCase(item.text) && !/[.:;,]\s*$/.test(item.text);
}

/**
 * JSX or HTML indented as a component's source is (`        <ul className="…">` in an MDX page): a block element's tag
 * line indented four spaces or more, after a blank line or another tag line and outside a list item, starts at the
 * margin, so the parser reads it as an HTML block rather than as a paragraph of text with its tags dropped.
 * (An inline tag — `<strong>` continuing a list item — stays where it is.) Line numbers and text are unchanged.
 */
function unindentMarkup(text: string): string {
  const lines = text.split('\n');
  const tagLine = (l: string) => /^\s*<\/?[A-Za-z][\w.-]*(?:[\s>]|\/>|$)/.test(l);
  let last = '';
  for (let i = 0; i < lines.length; i++) {
    const tag = /^[ \t]{4,}(?=<\/?(?:p|ul|ol|li|div|section|article|header|footer|main|aside|nav|table|thead|tbody|tr|td|th|dl|dt|dd|h[1-6])(?:[\s>]|\/>|$))/i.exec(lines[i]);
    // (Not inside a list item: after an item or its indented continuation, an indented line belongs to the item.)
    const inList = /^\s*(?:[-*+]|\d+[.)])\s/.test(last) || (/^[ \t]{2,}\S/.test(last) && !tagLine(last));
    if (tag && !inList && (i === 0 || !lines[i - 1].trim() || tagLine(lines[i - 1]))) lines[i] = lines[i].slice(tag[0].length);
    if (lines[i].trim()) last = lines[i];
  }
  return lines.join('\n');
}

/** Markdown and MDX through a CommonMark parser (markdown-it): headings, list items, table rows, paragraphs, HTML blocks. */
export function parseMarkdown(text: string): Block[] {
  const src = unindentMarkup(blankNonProse(text));
  // MDX components with data in their props (`<VendorTable vendors={[…]} />`, `<RetentionTable rows={[…]} />`):
  // read as JSX; the markdown tokens on their lines are skipped.
  const { blocks: dataBlocks, ranges } = mdxDataComponents(text);
  const tokens = md.parse(src, {});
  const blocks: Block[] = [];
  const listStack: { numbered: boolean; item?: Block }[] = [];
  let header: string[] | undefined;
  let row: { cells: string[]; line: number; endLine: number; head: boolean } | undefined;
  let inHead = false;
  let itemPara = false;
  const numbered = new WeakSet<Block>();
  const bold = new WeakSet<Block>();
  blocks.push(...dataBlocks);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const map = t.map;
    if (map && ranges.some(([a, b]) => map[0] + 1 >= a && map[0] + 1 <= b)) continue;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1];
        const txt = inline ? inlineText(inline) : '';
        if (txt && map) blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)) || 2, text: txt, line: map[0] + 1, endLine: map[0] + 1 });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        listStack.push({ numbered: t.type === 'ordered_list_open' });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listStack.pop();
        break;
      case 'list_item_open':
        itemPara = true;
        break;
      case 'paragraph_open': {
        const inline = tokens[i + 1];
        if (!inline || !map) break;
        const txt = inlineText(inline);
        if (!txt) break;
        const kids = (inline.children ?? []).filter((c) => !(c.type === 'text' && !c.content.trim()));
        // ("**Loops.so** (Email Notifications)" over the list of what it does and gets: a bold name and its role in
        // parentheses is a title as a line all in bold is.)
        const namedRole = kids.length === 4 && kids[0].type === 'strong_open' && kids[2].type === 'strong_close' && kids[3].type === 'text' && /^\s*\([^()]{2,60}\)\s*$/.test(kids[3].content);
        const allBold = (kids.length >= 3 && kids[0].type === 'strong_open' && kids[kids.length - 1].type === 'strong_close') || namedRole;
        const inList = listStack.length > 0;
        if (inList && itemPara) {
          const top = listStack[listStack.length - 1];
          const parent = listStack.length > 1 ? listStack[listStack.length - 2].item : undefined;
          const b: Block = { kind: 'item', level: 0, text: markedPractice(txt) ?? txt, line: map[0] + 1, endLine: map[1] };
          if (parent) b.leadIn = b.parent = parent.text;
          top.item = b;
          if (top.numbered) numbered.add(b);
          blocks.push(b);
          itemPara = false;
        } else if (inList && listStack[listStack.length - 1].item && !isSectionTitle(listStack[listStack.length - 1].item!)) {
          // A later paragraph of the same list item continues it.
          const it = listStack[listStack.length - 1].item!;
          it.text = `${it.text} ${txt}`;
          it.endLine = map[1];
        } else if (markedLines(inline.content)) {
          // ("✓ Store your account information securely  \n✗ Sell your personal information": lines marked done and not
          // done are a list, one practice a line.)
          for (const [k, line] of inline.content.split('\n').entries()) {
            const said = markdownInline(line.trim());
            blocks.push({ kind: 'item', level: 0, text: markedPractice(said) ?? said, line: map[0] + 1 + k, endLine: map[0] + 1 + k });
          }
        } else {
          const b: Block = { kind: 'para', level: 0, text: txt, line: map[0] + 1, endLine: map[1] };
          if (allBold) bold.add(b);
          blocks.push(b);
        }
        break;
      }
      case 'tr_open':
        row = { cells: [], line: (map?.[0] ?? 0) + 1, endLine: map?.[1] ?? 0, head: inHead };
        break;
      case 'thead_open':
        inHead = true;
        header = undefined;
        break;
      case 'thead_close':
        inHead = false;
        break;
      case 'table_close':
        header = undefined;
        break;
      case 'th_open':
      case 'td_open': {
        const inline = tokens[i + 1];
        if (row) row.cells.push(inline?.type === 'inline' ? inlineText(inline) : '');
        break;
      }
      case 'tr_close':
        if (row) {
          if (row.head) header = row.cells;
          else pushRow(blocks, row.cells, row.line, row.endLine, header);
        }
        row = undefined;
        break;
      case 'html_block':
        if (map) {
          // (The children of an MDX component, `<Callout>` over "**TL;DR:** None of …", are Markdown: their emphasis and
          // links are read as such.)
          const component = /^\s*<[A-Z]/.test(t.content);
          const inner = parseHtml(t.content).map((b) => ({ ...b, text: component && /[*_`[]/.test(b.text) ? markdownInline(b.text) : b.text, line: b.line + map[0], endLine: b.endLine + map[0] }));
          // (The last block ends where the element does: `</Callout>` closes it, and what is added after goes below.)
          if (inner.length) inner[inner.length - 1].endLine = Math.max(inner[inner.length - 1].endLine, map[1]);
          blocks.push(...inner);
        }
        break;
    }
  }
  if (dataBlocks.length) blocks.sort((a, b) => a.line - b.line);
  return withLeadIns(promoteTitles(blocks, (b) => numbered.has(b), (b) => bold.has(b)));
}

/** MDX component elements whose props hold data (`={[` or `={{`), each parsed as JSX, with the lines they span. */
function mdxDataComponents(text: string): { blocks: Block[]; ranges: [number, number][] } {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const ranges: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^<([A-Z][\w.]*)\b/.exec(lines[i]);
    if (!open) continue;
    // The element ends at a line that closes it: `/>` or `</Name>`, within a bounded look-ahead.
    let end = -1;
    for (let j = i; j < Math.min(lines.length, i + 400); j++) {
      if ((j > i || /\/>\s*$/.test(lines[j])) && (/^\s*\/>\s*$/.test(lines[j]) || /\/>\s*$/.test(lines[j]) && j === i || new RegExp(`^\\s*</${open[1]}>\\s*$`).test(lines[j]))) {
        end = j;
        break;
      }
    }
    if (end < 0) continue;
    const source = lines.slice(i, end + 1).join('\n');
    // Data in props: arrays or objects, or rows as elements with string props (`<Vendor name="Resend" purpose="…" />`).
    if (!/=\{\s*[[{]/.test(source) && !/<[A-Z][\w.]*(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|\{\s*["'`][^}]*\}))(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|\{\s*["'`][^}]*\})){1,}\s*\/>/.test(source)) continue;
    // (Rows of a table, or the items of a list kept in a prop: `<RetentionList items={['…', '…']} />`.)
    const found = parseJsxPage('block.tsx', `const block = (\n${source}\n);\n`).filter((b) => b.cells || (b.kind === 'item' && /=\{\s*\[\s*['"`]/.test(source)));
    if (!found.length) continue;
    for (const b of found) blocks.push({ ...b, line: b.line - 1 + i, endLine: b.endLine - 1 + i });
    ranges.push([i + 1, end + 1]);
    i = end;
  }
  return { blocks, ranges };
}

