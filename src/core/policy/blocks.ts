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
  // A one-line block that reads like a title, with nothing after it on its lines, is a heading;
  // so is a numbered title ("2. Information We Collect", "3) HOW LONG WE KEEP IT").
  for (const b of blocks) {
    if (b.line !== b.endLine) continue;
    if (b.kind === 'para' && looksLikeHeading(b.text)) {
      b.kind = 'heading';
      b.level = 2;
    } else if (b.kind === 'item' && /^\s*\d{1,2}(\.\d{1,2})*[.)]\s/.test(lines[b.line - 1]) && looksLikeHeading(b.text) && isTitleCase(b.text)) {
      b.kind = 'heading';
      b.level = 2;
    }
  }
  return blocks;
}

function looksLikeHeading(t: string): boolean {
  const text = t.replace(/:$/, '');
  if (text.length > 80 || /[.:;,!?]$/.test(text) || text.includes(': ')) return false;
  if (t.endsWith(':') && !isTitleCase(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= 9 && /^[A-Z0-9]/.test(text);
}

/** "Information We Collect", "HOW LONG WE KEEP IT": most longer words capitalised. */
function isTitleCase(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => w.length > 3);
  return words.length === 0 || words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
}
