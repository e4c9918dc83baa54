import { Parser } from 'htmlparser2';
import type { Block } from './blocks';

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const BLOCKS = new Set(['p', 'li', 'tr', 'dt', 'dd', 'blockquote', 'figcaption', 'caption', 'summary', 'div', 'section', 'article', 'td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'nav', 'footer']);

/** HTML: headings, list items, table rows and paragraphs, each with the lines it spans. */
export function parseHtml(text: string): Block[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  interface Open { tag: string; text: string; cells: string[]; start: number }
  const blocks: Block[] = [];
  const stack: Open[] = [];
  let skip = 0;
  const emit = (o: Open, end: number, kind: Block['kind'], level: number) => {
    const t = (o.cells.length ? (o.cells.length > 1 ? `${o.cells[0]}: ${o.cells.slice(1).join('; ')}` : o.cells[0]) : o.text).replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ kind, level, text: t, line: lineAt(o.start), endLine: lineAt(Math.max(o.start, end)) });
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skip++;
        if (skip) return;
        if (name === 'br') {
          if (stack.length) stack[stack.length - 1].text += ' ';
          return;
        }
        if (HEADINGS[name] || BLOCKS.has(name)) {
          // Text before a nested block belongs to the outer block: emit it now.
          const outer = stack[stack.length - 1];
          if (outer && outer.tag !== 'tr' && name !== 'td' && name !== 'th' && outer.text.trim()) {
            emit(outer, parser.startIndex, outer.tag === 'li' ? 'item' : 'para', 0);
            outer.text = '';
            outer.start = parser.startIndex;
          }
          stack.push({ tag: name, text: '', cells: [], start: parser.startIndex });
        }
      },
      ontext(t) {
        if (skip || !stack.length) return;
        const top = stack[stack.length - 1];
        if (!top.text.trim()) top.start = parser.startIndex;
        top.text += decodeEntities(t);
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip) return;
        if (!(HEADINGS[name] || BLOCKS.has(name))) return;
        let idx = stack.length - 1;
        while (idx >= 0 && stack[idx].tag !== name) idx--;
        if (idx < 0) return;
        const o = stack[idx];
        stack.length = idx;
        const end = parser.endIndex;
        if (name === 'td' || name === 'th') {
          const row = [...stack].reverse().find((s) => s.tag === 'tr');
          if (row) {
            if (name === 'td') row.cells.push(o.text.replace(/\s+/g, ' ').trim());
            return;
          }
        }
        if (HEADINGS[name]) emit(o, end, 'heading', HEADINGS[name]);
        else if (name === 'li' || name === 'tr' || name === 'dd' || name === 'dt') emit(o, end, 'item', 0);
        else emit(o, end, 'para', 0);
      },
    },
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(text);
  parser.end();
  return blocks.sort((a, b) => a.line - b.line);
}

/** Decodes the HTML entities policies use (JSX text keeps them raw too). */
export function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;|&rsquo;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}
