import { foldQuotes } from './entities';

/** A policy document as a flat list of blocks, whatever format it came in. */
export interface Block {
  kind: 'heading' | 'item' | 'para';
  /** Heading level (1 = top); 0 for items and paragraphs. */
  level: number;
  text: string;
  /** 1-based, inclusive. */
  line: number;
  endLine: number;
  /** For a list item: the sentence that introduces its list ("We collect the following:"). */
  leadIn?: string;
  /** For a table row: its cells, and the table's header cells when it has them. */
  cells?: string[];
  header?: string[];
  /** For a list item: how many lists enclose it (0 at the top level). */
  depth?: number;
  /** For a nested list item: the text of the item it is nested in ("Salesloft" over "Shared PII: name, email"). */
  parent?: string;
  /** An item of a definition list: its term (`<dt>`) or a description (`<dd>`). */
  definition?: 'term' | 'description';
}

/** Longest text of one block the reader looks at; longer blocks are cut (with a note). */
export const MAX_BLOCK_CHARS = 20_000;

/**
 * A list item's mark: a bullet, "3." or "2)", a numbered sub-clause ("3.1", "3.1.", "2.4)"), or a lettered or roman one
 * ("a)", "(b)", "iv.").
 */
const BULLET = /^\s*(?:[•●◦▪‣∙·*+-]|\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|\(?[a-z]\)|[a-z]\.(?=\s+[A-Z])|\((?:\d{1,2}|[ivx]{1,4})\)|(?:ii|iii|iv|vi|vii|viii|ix)[.)])\s+/;
/** "1.2. Local Storage", "3) How long we keep it": a numbered line, the number apart. */
const NUMBERED_TITLE = /^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+(\S.*?)\s*$/;

/** A definition list's term: a few words without closing punctuation, over a line indented deeper that is no rule. */
function definitionTerm(raw: string, next: string): boolean {
  const term = raw.trim();
  return !BULLET.test(raw) && !BULLET.test(next) && next.trim() !== '' && next.search(/\S/) >= raw.search(/\S/) + 2 && term.split(/\s+/).length <= 6 && !/[:;,!?]$|(?<!\b(?:Inc|Ltd|LLC|Co|Corp|B\.V|N\.V|S\.A|GmbH|AG|AB|Oy|plc|PBC|Pty|SAS|SRL|S\.L))\.$/.test(term) && !/^\s*([-=_*~#])\1{2,}\s*$/.test(next);
}

/**
 * "   . Repair photos: 12 months" over "   . Text message records: 90 days": lone full stops that mark the lines of a list,
 * as plain-text exports write `·`, are bullets — only when a line near it is marked the same way (a wrapped sentence
 * whose line happens to start with ". Your email …" is not a list).
 */
function dotBullets(lines: string[]): string[] {
  const dotted = (l: string | undefined) => l !== undefined && /^\s*\.\s+[A-Z]/.test(l);
  return lines.map((l, i) => (dotted(l) && [lines[i - 2], lines[i - 1], lines[i + 1], lines[i + 2]].some(dotted) ? l.replace(/^(\s*)\./, '$1•') : l));
}

/**
 * A list set with hanging indents and no bullets ("     Paddle - billing. Receives your name." over "     Datadog - logs.
 * Receives request paths and" over "       timings."): in a run of lines with no blank between them, a line indented deeper
 * than the run's first continues the line above, so every line at the first one's indent that follows a full stop starts
 * an entry of its own. The indices of the lines that start an entry; none for a run with no deeper line.
 */
function hangingEntries(lines: string[]): Set<number> {
  const starts = new Set<number>();
  const indent = (l: string) => l.search(/\S/);
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].trim()) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].trim() && !/^\s*([-=_*~#^+"'`])\1{2,}\s*$/.test(lines[j])) j++;
    const base = indent(lines[i]);
    const run = lines.slice(i, j);
    const deeper = run.some((l, k) => k > 0 && indent(l) >= base + 2);
    const entries = run.map((_, k) => k).filter((k) => k > 0 && indent(run[k]) === base);
    // (Each entry opens with a name and its dash or colon — "Paddle - billing." — as a list's entries do; sentences of a
    // paragraph with one line indented deeper are no list.)
    const labelled = [0, ...entries].every((k) => /^\s*[A-Z][^.:;]{0,60}?\s[-–—]\s+\S|^\s*[A-Z][^.:;]{0,60}?:\s+\S/.test(run[k]));
    if (j - i >= 2 && deeper && entries.length && labelled && !run.some((l) => BULLET.test(l) || indent(l) < base) && entries.every((k) => /[.;:!?)]$/.test(run[k - 1].trim()))) {
      starts.add(i);
      for (const k of entries) starts.add(i + k);
    }
    i = Math.max(j, i + 1);
  }
  return starts;
}

/** Whether a line's words keep to a simple table's columns: none runs across a column's start. */
function fitsColumns(raw: string, starts: number[]): boolean {
  return starts.every((st, k) => k === 0 || st >= raw.length || /\s/.test(raw[st - 1] ?? ' ') || /\s/.test(raw[st]));
}

/** Plain text like the reference policy: bare-line headings, `•` bullets, blank lines between paragraphs. */
export function parsePlainText(text: string): Block[] {
  const lines = dotBullets(text.split(/\r\n|\r|\n/));
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let parts: string[] = [];
  const flush = () => {
    if (cur) {
      const t = foldQuotes(parts.join(' ')).replace(/\s+/g, ' ').trim();
      if (t) blocks.push({ ...cur, text: t });
    }
    cur = null;
    parts = [];
  };
  // A two-column layout ("  Twilio        Text messages. Receives the …" with continuation lines under the
  // second column): each row is an item labelled by its first column.
  let column = 0;
  const adornments: string[] = [];
  // A simple table (reStructuredText, plain text): a border of `=` (or `-`) runs, one per column, above and below its
  // header and at its end; each line between them is a row, cut at the columns' starts. A table with no header has
  // rows between its first two borders and nothing after.
  type Row = { cells: string[]; line: number; endLine: number };
  let table: { starts: number[]; borders: number; head: Row[]; rows: Row[]; headed?: boolean } | undefined;
  const endTable = () => {
    if (!table) return;
    const headed = table.borders >= 2 && table.rows.length > 0;
    const header = headed ? table.head.reduce<string[]>((h, r) => r.cells.map((c, k) => `${h[k] ?? ''} ${c}`.trim()), []) : undefined;
    for (const r of headed ? table.rows : table.head) pushRow(blocks, r.cells, r.line, r.endLine, header);
    table = undefined;
  };
  // Text written one paragraph per line, with no blank lines between them (a page's text copied out, a store listing):
  // long lines that no one wrapped. Each line is then a paragraph of its own, and the lines after a sentence that stops
  // at its colon are its items ("Personal information you may provide includes:" then "Profile data, such as …").
  const filled = lines.filter((l) => l.trim());
  const unwrapped = filled.length >= 12 && filled.filter((l) => l.length > 120).length >= Math.max(4, filled.length * 0.2) && lines.filter((l) => !l.trim()).length < filled.length * 0.15;
  let listed = false;
  const entries = hangingEntries(lines);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (unwrapped && !BULLET.test(raw) && raw.trim()) {
      flush();
      const text = raw.trim();
      const heading = looksLikeHeading(text);
      cur = { kind: listed && !heading && !/[:：]$/.test(text) ? 'item' : 'para', level: 0, text: '', line, endLine: line };
      parts.push(text);
      if (heading) listed = false;
      else if (/[:：]$/.test(text)) listed = true;
      return;
    }
    if (/^\s*(?:=+(?:[ \t]+=+)+|-+(?:[ \t]+-+)+)\s*$/.test(raw) && !/^\s*-\s+-\s/.test(raw)) {
      // ("Provider   Role   Data" over a line of dashes, one run per column: the line above is the table's header.)
      const starts = [...raw.matchAll(/[=-]+/g)].map((m) => m.index);
      const above = !table && cur && ((cur as Block).kind === 'para' || (cur as Block).kind === 'item') && parts.length === 1 && (cur as Block).line === line - 1 && fitsColumns(lines[i - 1], starts) ? lines[i - 1] : undefined;
      if (above) {
        cur = null;
        parts = [];
        table = { starts, borders: 2, headed: true, head: [{ cells: starts.map((st, k) => foldQuotes(above.slice(st, starts[k + 1] ?? above.length).trim())), line: line - 1, endLine: line - 1 }], rows: [] };
        return;
      }
      flush();
      if (!table) table = { starts, borders: 1, head: [], rows: [] };
      else if (++table.borders >= 3) endTable();
      return;
    }
    if (table) {
      // (A table headed by the line over its dashes has no closing border: a blank line ends it.)
      if (!raw.trim()) {
        if (table.headed && table.rows.length) endTable();
        return;
      }
      // (Words left of the first column, or a line of prose whose words run across a column's start: the table is over.)
      if (raw.slice(0, table.starts[0]).trim() || !fitsColumns(raw, table.starts)) endTable();
      else {
        const cut = table.starts.map((st, k) => foldQuotes(raw.slice(st, table!.starts[k + 1] ?? raw.length).trim()));
        const rows = table.borders === 1 ? table.head : table.rows;
        const prev = rows[rows.length - 1];
        // (A line whose first cell is empty continues the row above.)
        if (prev && !cut[0]) {
          prev.cells = prev.cells.map((c, k) => `${c} ${cut[k] ?? ''}`.trim());
          prev.endLine = line;
        } else rows.push({ cells: cut, line, endLine: line });
        return;
      }
    }
    // A rule line (`-----`, `=====`) separates; it is no text. Under a line of its own it underlines a title
    // (reStructuredText, Setext): each underline character is a level, in the order they first appear.
    const rule = /^\s*([-=_*~#^+"'`])\1{2,}\s*$/.exec(raw);
    if (!raw.trim() || rule) {
      if (rule && cur && (cur as Block).kind === 'para' && parts.length === 1 && (cur as Block).line === line - 1 && parts[0].trim().split(/\s+/).length <= 12) {
        if (!adornments.includes(rule[1])) adornments.push(rule[1]);
        blocks.push({ kind: 'heading', level: Math.min(6, adornments.indexOf(rule[1]) + 1), text: foldQuotes(parts[0]).trim(), line: line - 1, endLine: line - 1 });
        cur = null;
        parts = [];
      }
      flush();
      column = 0;
      return;
    }
    // "Gate access records ....... 12 months": a row of a table set with dot leaders is an item labelled by its left side.
    const leader = /^\s*(\S.{0,80}?)\s*(?:\.\s?){3,}\s*(\S.*)$/.exec(raw);
    if (leader && !BULLET.test(raw) && leader[1].split(/\s+/).length <= 8) {
      flush();
      cur = { kind: 'item', level: 0, text: '', line, endLine: line };
      parts.push(`${leader[1]}: ${leader[2]}`);
      column = 0;
      return;
    }
    const row = BULLET.test(raw) ? null : /^( {1,8}|\t)(\S(?:[^\t]*?\S)?)(?: {3,}|\t+)(\S.*)$/.exec(raw);
    if (row && row[2].split(/\s+/).length <= 6 && !/[.:;,]$/.test(row[2])) {
      flush();
      cur = { kind: 'item', level: 0, text: '', line, endLine: line };
      parts.push(`${row[2]}: ${row[3]}`);
      column = raw.length - row[3].length;
      return;
    }
    if (cur && column && raw.search(/\S/) >= column - 2) {
      parts.push(raw.trim());
      cur.endLine = line;
      return;
    }
    column = 0;
    // "1.2. Local Storage" on a line of its own, its text on the next line: a numbered section title, not the first
    // line of a paragraph or a list item.
    const title = NUMBERED_TITLE.exec(raw);
    const nextLine = lines[i + 1] ?? '';
    if (title && looksLikeHeading(title[1]) && isTitleCase(title[1]) && nextLine.trim() && !BULLET.test(nextLine) && !(cur && !parts.length)) {
      flush();
      blocks.push({ kind: 'heading', level: Math.min(6, 1 + (title[0].match(/\d+/g)?.length ?? 1)), text: foldQuotes(title[1]).trim(), line, endLine: line });
      return;
    }
    if (BULLET.test(raw)) {
      flush();
      cur = { kind: 'item', level: 0, text: '', line, endLine: line };
      parts.push(raw.replace(BULLET, ''));
      return;
    }
    if (entries.has(i)) flush();
    // A definition list (reStructuredText, plain text): a short term on a line of its own after a blank line, its
    // description indented under it, is an item labelled by the term.
    if (!cur && definitionTerm(raw, nextLine)) {
      cur = { kind: 'item', level: 0, text: '', line, endLine: line };
      parts.push(`${raw.trim()}:`);
      return;
    }
    if (cur) {
      parts.push(raw.trim());
      cur.endLine = line;
      return;
    }
    cur = { kind: entries.has(i) ? 'item' : 'para', level: 0, text: '', line, endLine: line };
    parts.push(raw.trim());
  });
  flush();
  endTable();
  // A one-line block that reads like a title, with nothing after it on its lines, is a heading;
  // so is a numbered title ("2. Information We Collect", "3) HOW LONG WE KEEP IT").
  // ("INFORMATION WE COLLECT" over "1. GRATITUDE NOTES CONTENT", "2. APP SETTINGS": numbered titles under a title of no
  // number, not the document's own, are its parts, one level below it.)
  // (Only a numbering that starts again at 1 under it: "2. Sharing" after "1. …" and a title between continues the
  // document's own numbering.)
  let headings = 0;
  let under = false;
  let next = 1;
  for (const [k, b] of blocks.entries()) {
    if (b.kind === 'heading') {
      headings++;
      under = false;
    }
    if (b.line !== b.endLine) continue;
    // ("WE DO NOT:" over "- Share your notes with anyone": the first words of the items' sentence, in capitals, not a title.)
    if (b.kind === 'para' && /^\s*(?:we|i|you)\s+[a-z][^:]*:\s*$/i.test(b.text) && blocks[k + 1]?.kind === 'item') continue;
    if (b.kind === 'para' && looksLikeHeading(b.text)) {
      b.kind = 'heading';
      b.level = 2;
      under = headings++ > 0;
      next = 1;
    } else if (b.kind === 'item' && /^\s*\d{1,2}(\.\d{1,2})*[.)]\s/.test(lines[b.line - 1]) && looksLikeHeading(b.text) && isTitleCase(b.text)) {
      const n = Number(/\d+/.exec(lines[b.line - 1])![0]);
      b.kind = 'heading';
      if (under && n === next) {
        b.level = 3;
        next++;
      } else {
        b.level = 2;
        under = false;
      }
      headings++;
    }
  }
  return withLeadIns(blocks);
}

export function looksLikeHeading(t: string): boolean {
  const text = t.replace(/:$/, '');
  if (text.length > 80 || /[.:;,!?]$/.test(text) || text.includes(': ')) return false;
  if (t.endsWith(':') && !isTitleCase(text)) return false;
  const words = text.split(/\s+/);
  return words.length <= 9 && /^[A-Z0-9]/.test(text);
}

/** "Information We Collect", "HOW LONG WE KEEP IT": most longer words capitalised. */
export function isTitleCase(t: string): boolean {
  const words = t.split(/\s+/).filter((w) => w.length > 3);
  return words.length === 0 || words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
}

/** A short line with no sentence end before a list, whose people it names ("From parents and guardians of learners under 18"). */
const SUBHEAD_PARA = /^\s*(?:from|for|about)\s+[^.!?:;]{3,70}$/i;

/** A lead-in that only says its list spells out what was just said ("Specifically:", "In other words:"). */
const SPELLS_OUT = /^\s*(?:specifically|in particular|in other words|namely|that is|this means|that means|concretely|to be (?:clear|specific))\s*[:：]\s*$/i;

/** A paragraph opening with a short title-case label and a colon ("Email Content and Metadata: …"). */
const LABELLED = /^\s*[A-Z][\w'’/&-]*(?:\s+(?:[A-Z][\w'’/&-]*|and|or|of|the|for|&)){0,5}\s*[:：]\s+\S/;

/**
 * Gives each list item the sentence that introduces its list: the paragraph just before the first item
 * when it ends with a colon ("The information that we store include:"), carried to the following items.
 */
export function withLeadIns(blocks: Block[]): Block[] {
  let leadIn: string | undefined;
  // Items ending with a colon introduce the items nested below them ("Service providers, including:").
  const itemLeads: { depth: number; text: string }[] = [];
  // The items that enclose the current one, by depth.
  const enclosing: { depth: number; text: string }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      // A heading that opens a sentence its list finishes ("3.2 We DO NOT:") introduces the list like a paragraph.
      const opens = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?((?:we|you)\b.*[:：])\s*$/i.exec(b.text);
      leadIn = opens ? opens[1] : undefined;
      itemLeads.length = 0;
      enclosing.length = 0;
    } else if (b.kind === 'para' && leadIn && LABELLED.test(b.text) && !/[:：]\s*$/.test(b.text)) {
      // "The following data types may be shared with these AI models:" then "**Email Content:** subject lines, …" as
      // paragraphs: labelled paragraphs after a lead-in are its items, written without bullets.
      if (b.leadIn === undefined) b.leadIn = leadIn;
    } else if (b.kind === 'para') {
      // ("the following categories of data can be stored by the bot. Which ones depends on …": "the following" is the list.)
      // ("We may disclose personal information to" and the list, no colon: a sentence that stops at its preposition.)
      let own = /[:：]\s*$/.test(b.text) || /\b(following|include|includes|such as)\s*$/i.test(b.text) || /\bthe following\b/i.test(b.text) || (/\b(?:to|with)\s*$/i.test(b.text) && blocks[i + 1]?.kind === 'item') || (SUBHEAD_PARA.test(b.text) && blocks[i + 1]?.kind === 'item') ? b.text : undefined;
      // ("We do not collect, store, or share personal data." then "Specifically:" and "- No location data": a lead-in that
      // only says the list spells out the sentence before is that sentence.)
      const before = blocks[i - 1];
      if (own && SPELLS_OUT.test(b.text) && before?.kind === 'para' && !/[:：]\s*$/.test(before.text)) own = `${before.text.split(/(?<=[.!?])\s+(?=[A-Z])/).pop()!.replace(/[.!?]+\s*$/, '')}:`;
      // ("We may disclose personal information to:" + "We do not sell Google user data …" + the list: a sentence put
      // between a lead-in that stops at its colon and the list does not take the list from it.)
      const aside = !own && leadIn !== undefined && /[:：]\s*$/.test(leadIn) && blocks[i - 1]?.kind === 'para' && blocks[i - 1].text === leadIn && blocks[i + 1]?.kind === 'item';
      leadIn = own ?? (aside ? leadIn : undefined);
      itemLeads.length = 0;
      enclosing.length = 0;
    } else if (b.kind === 'item' && !b.cells) {
      const depth = b.depth ?? 0;
      while (enclosing.length && enclosing[enclosing.length - 1].depth >= depth) enclosing.pop();
      if (b.parent === undefined && enclosing.length) b.parent = enclosing[enclosing.length - 1].text;
      enclosing.push({ depth, text: b.text });
      while (itemLeads.length && itemLeads[itemLeads.length - 1].depth >= depth) itemLeads.pop();
      if (b.leadIn === undefined) b.leadIn = itemLeads.length ? itemLeads[itemLeads.length - 1].text : leadIn;
      if (/[:：]\s*$/.test(b.text)) itemLeads.push({ depth, text: b.text });
    }
  }
  return blocks;
}

/**
 * Numbered or bold section titles that a format reads as list items or paragraphs ("14. Analytics"
 * followed by the paragraph about the vendor, "**Cookies**"): headings one level below the current one.
 */
/** A title in capitals, perhaps numbered ("II. HOW WE USE AND SHARE INFORMATION", "4) DATA RETENTION"): two words at least. */
const CAPITALS_TITLE = /^(?:(?:[IVXLC]+|\d+|[A-Z])[.)]\s+)?[A-Z][A-Z'’&/-]*(?:\s+[A-Z0-9][A-Z0-9'’&/,()-]*)+$/;

export function promoteTitles(blocks: Block[], numbered: (b: Block) => boolean, bold: (b: Block) => boolean, plainTitles = false): Block[] {
  let level = 1;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      level = b.level;
      continue;
    }
    const next = blocks[i + 1];
    const short = b.line === b.endLine && looksLikeHeading(b.text) && !b.cells;
    // ("**What do you ask for when I sign up to volunteer?**" over its answer: a question in bold titles a FAQ's entry.)
    const question = b.kind === 'para' && b.line === b.endLine && !b.cells && /\?\s*$/.test(b.text) && b.text.split(/\s+/).length <= 15 && bold(b);
    if (!(short || question) || !next || next.kind === 'heading') continue;
    // A bold line ending with a colon before a list introduces the list ("**We do not:**"); it is no title.
    const leadIn = /:\s*$/.test(b.text) && next.kind === 'item';
    // ("II.   HOW WE USE AND SHARE INFORMATION", "DATA RETENTION": a line all in capitals is a title, however it is marked.)
    const capitals = b.kind === 'para' && short && CAPITALS_TITLE.test(b.text);
    // (Not the last entry of a list, "4. **Google Cloud Platform** - Backend infrastructure hosting", before the paragraph
    // after the list: an item after items is one of them.)
    // (`<div>Service Providers</div>` over `<div>We may employ third party companies …</div>`: in a page that marks no heading
    // but its title, a short line in title case over a paragraph of sentences titles it. Not a run of short lines — a list of
    // names — and not a line after another short line in title case.)
    const plain = plainTitles && b.kind === 'para' && short && b.text.split(/\s+/).length <= 5 && isTitleCase(b.text) && next.kind === 'para' && next.text.split(/\s+/).length >= 8 && /[.!?:]["”’)]?\s*$/.test(next.text) && !(blocks[i - 1]?.kind === 'para' && blocks[i - 1].line === blocks[i - 1].endLine && looksLikeHeading(blocks[i - 1].text) && isTitleCase(blocks[i - 1].text));
    if (!leadIn && ((b.kind === 'item' && numbered(b) && isTitleCase(b.text) && next.kind === 'para' && !(blocks[i - 1]?.kind === 'item' && numbered(blocks[i - 1]))) || (b.kind === 'para' && (bold(b) || capitals || plain)))) {
      b.kind = 'heading';
      b.level = Math.min(6, level + 1);
      b.leadIn = undefined;
    }
  }
  return blocks;
}

/** Capitalised words (and their small joining words) run into the sentence they title: "Data Security We …". */
const RUN_IN_TITLE = /^((?:[A-Z][\w'/-]*)(?:\s+(?:[A-Z][\w'/-]*|and|or|of|the|to|for|with|your|our|&)){0,9}?)\s+(?=(?:We|You|If|When|Where|Our|Your|The|This|These|Cookies)\s+[a-z]|(?:The|This|These|Our|Your)\s+[A-Z][a-z]+\s+[a-z])/;

/** A paragraph spanning more lines than this is no one statement: it is read sentence by sentence. */
export const MAX_PARAGRAPH_LINES = 20;

/**
 * A paragraph of more than MAX_PARAGRAPH_LINES lines (a whole policy kept as one JSX text node, a text file with no
 * blank lines) becomes one paragraph per sentence, each on the lines it sits on, so that a statement points at its
 * own lines and no part of the text is cut for length. `split` cuts a text into sentences; `source` is the document.
 */
export function splitLongParagraphs(blocks: Block[], source: string, split: (text: string) => string[]): Block[] {
  if (!blocks.some((b) => b.kind === 'para' && b.endLine - b.line > MAX_PARAGRAPH_LINES)) return blocks;
  const lines = source.split(/\r\n|\r|\n/);
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== 'para' || b.endLine - b.line <= MAX_PARAGRAPH_LINES) {
      out.push(b);
      continue;
    }
    // The block's source, whitespace folded as in its text, with the line of every character.
    let flat = '';
    const lineAt: number[] = [];
    for (let l = b.line; l <= b.endLine; l++) {
      const t = foldQuotes(lines[l - 1] ?? '').replace(/\s+/g, ' ').trim();
      if (!t) continue;
      flat += `${t} `;
      for (let i = 0; i <= t.length; i++) lineAt.push(l);
    }
    // (Pages exported from site builders start each paragraph with a zero-width joiner: a boundary too.)
    const sentences = b.text.split(/\s*\u200D\s*/).flatMap((part) => split(part)).map((s) => s.trim()).filter(Boolean);
    let cursor = 0;
    let textAt = 0;
    const at = (offset: number) => lineAt[Math.min(offset, lineAt.length - 1)] ?? b.line;
    sentences.forEach((s) => {
      // Each sentence is looked for after the one before it, within a bounded window (a huge paragraph stays
      // linear); one the source spells otherwise (entities, markup) is placed by its share of the text.
      const key = s.slice(0, 24);
      const inText = findAfter(b.text, key, textAt);
      if (inText >= 0) textAt = inText;
      const inSource = findAfter(flat, key, cursor);
      const start = inSource >= 0 ? inSource : Math.round((textAt / Math.max(1, b.text.length)) * flat.length);
      cursor = Math.max(cursor, start);
      const line = at(start);
      const endLine = Math.max(line, at(start + s.length - 1));
      // A title on its own ("Personal Data") or run into its first sentence ("Tracking Tools and Opt-Out The Website
      // uses cookies …") heads the sentences after it, below the document's own headings.
      const runIn = RUN_IN_TITLE.exec(s);
      const title = !/[.!?:]$/.test(s) && looksLikeHeading(s) && isTitleCase(s) ? s : runIn && isTitleCase(runIn[1]) ? runIn[1] : undefined;
      if (title) out.push({ kind: 'heading', level: 6, text: title, line, endLine: line });
      const rest = title ? s.slice(title.length).trim() : s;
      if (rest) out.push({ kind: 'para', level: 0, text: rest, line: title ? at(start + title.length + 1) : line, endLine });
    });
  }
  return out;
}

/** Where `key` occurs in `text` at or after `from`, looking a bounded way ahead; -1 when not near. */
function findAfter(text: string, key: string, from: number): number {
  for (const span of [key.length + 600, 20_000]) {
    const i = text.slice(from, from + span).indexOf(key);
    if (i >= 0) return from + i;
  }
  return -1;
}

/**
 * A definition list (`<dt>Kisi</dt><dd>Runs our door access. Receives your name …</dd>`): each description is an item
 * labelled by its term ("Kisi: Runs our door access. …") over the lines of both; the term alone is no item.
 */
export function joinDefinitions(blocks: Block[]): Block[] {
  if (!blocks.some((b) => b.definition === 'term')) return blocks;
  const out: Block[] = [];
  let term: Block | undefined;
  // Whether the pending term labels a description already (several descriptions of one term each carry it).
  let used = false;
  let level = 1;
  const plain = ({ definition: _, ...rest }: Block): Block => rest;
  // (A term whose description is a list — `<dt>Service providers</dt><dd><ul><li>Mapbox: …</li>…` — titles the
  // list, one level below the current heading, as a bold line over a list does in Markdown.)
  const flush = (next?: Block) => {
    if (term && !used) out.push(next?.kind === 'item' && !next.definition && looksLikeHeading(term.text) ? { ...plain(term), kind: 'heading', level: Math.min(6, level + 1), leadIn: undefined } : plain(term));
    term = undefined;
  };
  for (const b of blocks) {
    if (b.kind === 'heading') level = b.level;
    if (b.definition === 'term') {
      flush();
      term = b;
      used = false;
    } else if (b.definition === 'description' && term && term.text.split(/\s+/).length <= 8 && !/[.:;]$/.test(term.text)) {
      out.push({ ...plain(b), text: `${term.text}: ${b.text}`, line: used ? b.line : Math.min(term.line, b.line) });
      used = true;
    } else {
      flush(b);
      out.push(plain(b));
    }
  }
  flush();
  return out;
}

/** A column that says what happens when a cookie or tool is refused ("Consequences if not accepted"): not what is done. */
const REFUSAL_COLUMN = /\bconsequences?\b|\bif (?:the )?(?:cookie |it )?(?:is |are )?(?:not accepted|refused|rejected|declined|disabled|blocked)\b|\bif (?:you )?(?:disable|block|refuse|reject|decline|opt out)\b|\bwhat happens if\b/i;

const HEADER_WORD = /^(?:#|no\.?|name|names|purpose|purposes|provider|providers|type|types|duration|expiry|expiration|expires|lifespan|period|category|categories|description|data|retention|cookie|cookies|vendor|vendors|recipient|recipients|domain|host|consequences?|location|country|service|services|processor|sub-?processors?|legal basis|basis|storage|details?)\b/i;

/**
 * A table's first row written with plain cells ("# | Name of cookie | Domain | Purpose(s) of cookie"): short labels,
 * none a sentence or a value, most starting with a column word.
 */
export function looksLikeHeaderRow(cells: string[]): boolean {
  const filled = cells.filter(Boolean);
  if (filled.length < 2 || filled.some((c) => c.length > 60 || /[.!?]$/.test(c) || /^\d+\s*(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i.test(c))) return false;
  return filled.filter((c) => HEADER_WORD.test(c)).length * 2 > filled.length;
}

/** A cell that only answers yes or no ("✗ No", "Yes", "✓", "Never"). */
const ANSWER_CELL = /^\s*(?:[✓✔✅☑✗✘×❌🚫]\ufe0f?\s*)*(?:(?:yes|no|never|always|none)\b\.?)?\s*$/iu;
const NO_ANSWER = /[✗✘×❌🚫]|\b(?:no|never|none)\b/iu;
/** The first cell of a row that says what is done ("Collect any personal information", "Sell, rent or monetize user data"). */
const ACTION_VERBS = ['collect', 'store', 'keep', 'retain', 'save', 'log', 'record', 'track', 'share', 'sell', 'rent', 'send', 'transmit', 'transfer', 'disclose', 'upload', 'sync', 'use', 'read', 'access', 'process', 'monetize', 'fingerprint', 'display', 'show', 'request', 'require', 'ask for'];
const ACTION_CELL = new RegExp(`^(?:${ACTION_VERBS.join('|')})\\b`, 'i');
/** A first word that is a noun as often as a verb, before a word for data ("Access logs", "Usage data", "Contact info"). */
const NOUN_BEFORE_DATA = /^(?:log|record|access|use|usage|display|request|contact|email|message|profile|track)\s+(?:info|information|data|logs?|records?|details?|history|ids?|address(?:es)?|settings?|preferences?|requests?|tokens?|keys?|events?|times?|counts?|numbers?)\b/i;

/**
 * A row of a table of practices answered yes or no ("Collect any personal information | ✗ No | No names, emails …"):
 * a sentence, "We do not collect any personal information.", followed by its other cells — not a row of data.
 */
function answeredPractice(cells: string[]): string | undefined {
  const first = cells[0]?.trim() ?? '';
  if (!ACTION_CELL.test(first) || NOUN_BEFORE_DATA.test(first)) return undefined;
  const at = cells.findIndex((c, i) => i > 0 && c.trim() !== '' && ANSWER_CELL.test(c));
  if (at < 0) return undefined;
  const no = NO_ANSWER.test(cells[at]);
  let said = `We ${no ? 'do not ' : ''}${first[0].toLowerCase()}${first.slice(1).replace(/[.!?]$/, '')}`;
  const rest: string[] = [];
  for (const c of cells.filter((c, i) => i > 0 && i !== at && c.trim()).map((c) => c.trim().replace(/[.!?]$/, ''))) {
    // ("Unless explicitly required for the core functionality": a cell that qualifies the practice goes with it.)
    if (!rest.length && /^(?:unless|except|only|if|when|but)\b/i.test(c)) said += `, ${c[0].toLowerCase()}${c.slice(1)}`;
    else rest.push(`${c}.`);
  }
  return [`${said}.`, ...rest].join(' ');
}

const CHECK_MARK = /^\s*([✓✔✅☑✗✘×❌🚫])\ufe0f?\s*/u;
/** A line that opens with a mark for done or not done ("✓", "✗"). */
export const isMarked = (text: string): boolean => CHECK_MARK.test(text) && text.replace(CHECK_MARK, '').trim() !== '';
/** A practice the product may or may not follow, as a policy lists it ("Encrypt data at rest", "Track you across sites"). */
const PRACTICE = new RegExp(`^(?:${[...ACTION_VERBS, 'encrypt', 'target', 'advertise', 'spam', 'contact', 'email', 'message', 'profile'].join('|')})\\b`, 'i');

/**
 * A line marked done or not done ("✗ Sell your personal information to third parties", "✓ Encrypt data at rest"): the
 * sentence it stands for, "We do not sell your personal information to third parties." (A mark before data, "❌ Location",
 * is read where it stands: under a heading of what is not collected, it is ruled out.)
 */
export function markedPractice(text: string): string | undefined {
  const m = CHECK_MARK.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).trim();
  if (!rest) return undefined;
  const no = /[✗✘×❌🚫]/u.test(m[1]);
  const end = /[.!?]$/.test(rest) ? '' : '.';
  if (PRACTICE.test(rest) && !NOUN_BEFORE_DATA.test(rest)) return `We ${no ? 'do not ' : ''}${rest[0].toLowerCase()}${rest.slice(1)}${end}`;
  return undefined;
}

/** A table row as one block: "First cell: other; cells", with its cells and the table's header. */
export function pushRow(blocks: Block[], rowCells: string[], line: number, endLine: number, header?: string[]): void {
  const practice = answeredPractice(rowCells);
  if (practice) {
    blocks.push({ kind: 'item', level: 0, text: practice, line, endLine: Math.max(line, endLine) });
    return;
  }
  const cells = header?.some((h) => REFUSAL_COLUMN.test(h)) ? rowCells.map((c, i) => (header[i] && REFUSAL_COLUMN.test(header[i]) ? '' : c)) : rowCells;
  const text = rowText(cells);
  if (!text) return;
  blocks.push({ kind: 'item', level: 0, text, line, endLine: Math.max(line, endLine), cells, header });
}

/** A table row's text: "First cell: other; cells". */
export function rowText(cells: string[]): string {
  const filled = cells.filter(Boolean);
  return filled.length > 1 ? `${filled[0]}: ${filled.slice(1).join('; ')}` : (filled[0] ?? '');
}
