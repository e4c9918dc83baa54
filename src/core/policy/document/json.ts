import { type Block, withLeadIns } from './blocks';
import { decodeEntities } from './entities';
import { parseHtml } from './html';
import { parseMarkdown } from './markdown';
import { lineLocator } from '../../text';

/**
 * A policy kept as JSON: a translation file (`{ "privacy.intro": "We collect …" }`) or an array of paragraphs.
 * Every string is read in document order, as HTML or Markdown when it is written that way, else as a paragraph
 * (a short string under a key named like a title is a heading). Lines are those of the JSON file. Throws a
 * SyntaxError when the file is not JSON.
 */
export function parseJsonPolicy(text: string): Block[] {
  // Not JSON after all: a SyntaxError the caller reports before reading the file as text.
  const root: unknown = JSON.parse(text);
  const strings: { key: string; value: string; listed?: boolean; nest: number }[] = [];
  // (`nest`: how many titled sections enclose the string — a subsection's title is a heading under its section's.)
  const walk = (v: unknown, key: string, depth: number, listed = false, nest = 0) => {
    if (depth > 40) return;
    // (`"id": "information-collected"`, `"icon": "shield"`: names for the code, not text.)
    if (typeof v === 'string') {
      if (!(CODE_KEY.test(key) && !/\s/.test(v.trim()))) strings.push({ key, value: v, listed, nest });
    }
    else if (Array.isArray(v)) for (const x of v) walk(x, key, depth + 1, LIST_KEY.test(key), nest);
    else if (v && typeof v === 'object') {
      // (`{ "CONTENT": "…", "TITLE": "Account deletion" }`: a section's title heads it, wherever the file puts it.)
      const entries = Object.entries(v);
      const titled = entries.filter(([k, x]) => typeof x === 'string' && TITLE_KEY.test(k));
      const ordered = titled.length === 1 && entries.length > 1 ? [...titled, ...entries.filter((e) => e !== titled[0])] : entries;
      const inner = titled.length === 1 && entries.length > 1 ? nest + 1 : nest;
      for (const [k, x] of ordered) walk(x, k, depth + 1, false, inner);
    }
  };
  // A translation file of a whole app ("legalPages": { "privacy": { … } } among a thousand button labels): only the
  // parts about privacy are the policy.
  const parts = privacyParts(root);
  let cursor = 0;
  if (parts.length) {
    for (const { key, value } of parts) {
      const at = text.indexOf(JSON.stringify(key), cursor);
      if (parts[0].key === key && at >= 0) cursor = at;
      walk(value, key, 1);
    }
  } else walk(root, '', 0);
  const blocks: Block[] = [];
  const at = lineLocator(text);
  for (const { key, value, listed, nest } of strings) {
    const s = value.trim();
    if (!s) continue;
    // Where the string is written: its encoded form, searched from where the previous one was found.
    const encoded = JSON.stringify(value).slice(0, 40);
    // (A title read before the text it heads is written after it: the text is then found behind.)
    let found = text.indexOf(encoded, cursor);
    if (found < 0) found = text.lastIndexOf(encoded, cursor);
    if (found >= 0) cursor = Math.max(cursor, found + encoded.length);
    const line = found >= 0 ? at(found).line : 1;
    // (Markdown: a heading, or a list on lines of its own, "The following information are collected:\n- Account …".)
    const inner = /<(?:p|li|h[1-6]|ul|ol|table|div)\b/i.test(s) ? parseHtml(s) : (s.match(/^#{1,6}\s+\S/gm)?.length ?? 0) >= 1 || (s.match(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S/gm)?.length ?? 0) >= 2 ? parseMarkdown(s) : undefined;
    if (inner?.length) {
      // (A JSON string sits on one line of the file: every block in it is on that line.)
      for (const b of inner) blocks.push({ ...b, line, endLine: line });
      continue;
    }
    // Inline markup (`<b>account for yourself</b>`, `<a href>`) is only emphasis.
    const plain = s.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?[a-z][^>]*>/gi, '');
    // (A question under a title's key, "What information do we collect?", is that section's title.)
    const titleKey = /title|heading|header|section/i.test(key);
    // ("items": ["Name and contact information (email, phone number, address)", …], "• Process your orders": the items of
    // a list, under the sentence before them.)
    const bullet = /^\s*[•·▪◦‣●○■□–—*-]\s+/.exec(plain);
    if (listed || bullet) {
      blocks.push({ kind: 'item', level: 0, text: decodeEntities(bullet ? plain.slice(bullet[0].length) : plain).replace(/\s+/g, ' ').trim(), line, endLine: line });
      continue;
    }
    const title = plain.length <= 80 && !(titleKey ? /[.;:!]$/ : /[.;:!?]$/).test(plain) && (titleKey || (/^[A-Z0-9][^.!?]*$/.test(plain) && plain.split(/\s+/).length <= 8));
    blocks.push({ kind: title ? 'heading' : 'para', level: title ? Math.min(6, 1 + Math.max(1, nest)) : 0, text: decodeEntities(plain).replace(/\s+/g, ' ').trim(), line, endLine: line });
  }
  return withLeadIns(blocks);
}

/** Keys whose one-word values name something for the code (an anchor, an icon, a link). */
const CODE_KEY = /^(?:id|slug|key|anchor|href|url|link|icon|image|img|src|type|variant|class|className|color|lastUpdated|effectiveDate|date|updated|version|locale|lang)$/i;

/** Keys that hold the items of a list. */
const LIST_KEY = /^(?:items|list|listItems|bullets|bulletPoints|points|entries|examples)$/i;

/** Keys that hold a section's title. */
const TITLE_KEY = /^(?:title|heading|header|headline|name|label)$/i;

/** Characters of text a JSON value holds. */
function textSize(v: unknown, depth = 0): number {
  if (depth > 40) return 0;
  if (typeof v === 'string') return v.length;
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + textSize(x, depth + 1), 0);
  if (v && typeof v === 'object') return Object.values(v).reduce((n: number, x) => n + textSize(x, depth + 1), 0);
  return 0;
}

/**
 * The members of a larger document that hold a privacy or cookie policy (a key named so, with at least a few
 * paragraphs), in document order; none when the file is the policy as a whole.
 */
function privacyParts(root: unknown): { key: string; value: unknown }[] {
  const found: { key: string; value: unknown; size: number }[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 12 || !v || typeof v !== 'object' || Array.isArray(v)) return;
    for (const [k, x] of Object.entries(v)) {
      if (x && typeof x === 'object' && /privacy|cookie|data[\s_-]?protection|gdpr/i.test(k)) {
        const size = textSize(x);
        if (size >= 500) {
          found.push({ key: k, value: x, size });
          continue;
        }
      }
      visit(x, depth + 1);
    }
  };
  visit(root, 0);
  const inside = found.reduce((n, f) => n + f.size, 0);
  return found.length && inside < 0.5 * textSize(root) ? found : [];
}
