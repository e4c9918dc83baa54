/** A policy document as a flat list of blocks, whatever format it came in. */
export interface Block {
  kind: 'heading' | 'item' | 'para';
  /** Heading level (1 = top); 0 for items and paragraphs. */
  level: number;
  text: string;
  /** 1-based, inclusive. */
  line: number;
  endLine: number;
}

const BULLET = /^\s*(?:[•●◦▪‣∙·*+-]|\d{1,3}[.)])\s+/;

/** Plain text like the reference policy: bare-line headings, `•` bullets, blank lines between paragraphs. */
export function parsePlainText(text: string): Block[] {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let cur: Block | null = null;
  const flush = () => {
    if (cur && cur.text.trim()) blocks.push({ ...cur, text: cur.text.replace(/\s+/g, ' ').trim() });
    cur = null;
  };
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) {
      flush();
      return;
    }
    if (BULLET.test(raw)) {
      flush();
      cur = { kind: 'item', level: 0, text: raw.replace(BULLET, ''), line, endLine: line };
      return;
    }
    if (cur) {
      cur.text += ` ${raw.trim()}`;
      cur.endLine = line;
      return;
    }
    cur = { kind: 'para', level: 0, text: raw.trim(), line, endLine: line };
  });
  flush();
  // A one-line block that reads like a title, with nothing after it on its lines, is a heading.
  for (const b of blocks) {
    if (b.kind === 'para' && b.line === b.endLine && looksLikeHeading(b.text)) {
      b.kind = 'heading';
      b.level = 2;
    }
  }
  return blocks;
}

function looksLikeHeading(t: string): boolean {
  if (t.length > 80 || /[.:;,!?]$/.test(t) || t.includes(': ')) return false;
  const words = t.split(/\s+/);
  return words.length <= 9 && /^[A-Z0-9]/.test(t);
}
