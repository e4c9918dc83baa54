import type { Block } from './blocks';
import { parseHtml } from './html';

/** Removes inline Markdown/JSX markup, keeping the words a reader sees. */
export function cleanInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*\/?>/g, ' ')
    .replace(/\{\/\*.*?\*\/\}/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const LIST = /^(\s*)(?:[-*+•]|\d{1,3}[.)])\s+(.*)$/;

/** Markdown and MDX: `#` headings (and setext), lists, tables, paragraphs; front matter, code, imports and JSX tags skipped. */
export function parseMarkdown(text: string): Block[] {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let inFence = false;
  let inFrontMatter = false;
  const flush = () => {
    if (cur) {
      const t = cleanInline(cur.text);
      if (t) blocks.push({ ...cur, text: t });
    }
    cur = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = i + 1;
    const trimmed = raw.trim();
    if (i === 0 && trimmed === '---') {
      inFrontMatter = true;
      continue;
    }
    if (inFrontMatter) {
      if (trimmed === '---') inFrontMatter = false;
      continue;
    }
    if (/^(```|~~~)/.test(trimmed)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    // An HTML/JSX table inside Markdown/MDX: its rows are read as the HTML reader reads them.
    if (/^<table\b/i.test(trimmed)) {
      flush();
      let end = i;
      while (end < lines.length && !/<\/table>/i.test(lines[end])) end++;
      const chunk = lines.slice(i, end + 1).join('\n');
      for (const b of parseHtml(chunk)) blocks.push({ ...b, line: b.line + i, endLine: b.endLine + i });
      i = end;
      continue;
    }
    if (!trimmed || /^(import|export)\s/.test(trimmed) || /^<!--.*-->$/.test(trimmed)) {
      flush();
      continue;
    }
    const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(trimmed);
    if (h) {
      flush();
      cur = { kind: 'heading', level: h[1].length, text: h[2], line, endLine: line };
      flush();
      continue;
    }
    if (/^(=+|-+)$/.test(trimmed) && cur && cur.kind === 'para' && cur.line === cur.endLine) {
      cur.kind = 'heading';
      cur.level = trimmed.startsWith('=') ? 1 : 2;
      flush();
      continue;
    }
    if (/^\|.*\|$/.test(trimmed)) {
      flush();
      const cells = trimmed.slice(1, -1).split('|').map((c) => cleanInline(c));
      if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) {
        continue;
      }
      const next = lines[i + 1]?.trim() ?? '';
      if (/^\|?\s*:?-{2,}/.test(next)) {
        continue;
      }
      const filled = cells.filter(Boolean);
      if (filled.length) blocks.push({ kind: 'item', level: 0, text: filled.length > 1 ? `${filled[0]}: ${filled.slice(1).join('; ')}` : filled[0], line, endLine: line });
      continue;
    }
    const li = LIST.exec(raw);
    if (li) {
      flush();
      cur = { kind: 'item', level: 0, text: li[2], line, endLine: line };
      continue;
    }
    const content = trimmed.replace(/^>\s?/, '');
    if (cur) {
      cur.text += ` ${content}`;
      cur.endLine = line;
    } else {
      cur = { kind: 'para', level: 0, text: content, line, endLine: line };
    }
  }
  flush();
  return blocks;
}
