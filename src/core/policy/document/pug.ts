import { Parser } from 'htmlparser2';
import { lexPug } from '../../pug';
import { type Block, withLeadIns } from './blocks';

const HEADING = /^h([1-6])$/;
const ITEMS = new Set(['li', 'dt', 'dd']);
/** Tags that sit inside a block's text. */
const INLINE_TAGS = new Set(['a', 'strong', 'b', 'em', 'i', 'u', 'code', 'span', 'abbr', 'small', 'sup', 'sub', 'kbd', 'mark', 'cite', 'q', 'time', 'br', 'wbr', 'var', 'samp', 'dfn', 's', 'del', 'ins']);
const PARAS = new Set(['p', 'blockquote', 'figcaption', 'caption', 'summary', 'td', 'th', 'address']);

/** The words of a line of Pug text, which may hold inline HTML (`At <strong>Acme</strong>, we …`). */
function inlineText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  let out = '';
  const p = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true });
  p.write(html);
  p.end();
  return out;
}

/**
 * A policy published as a Pug template (`h2 Log files` / `p We collect …`), read with Pug's own lexer: headings, list
 * items and paragraphs with their lines. Inline tags (`#[strong …]`, `p: strong …`) stay in their block; code the
 * template computes (`= title`, `#{name}`) is no text. Throws PugSyntaxError for a template it cannot read.
 */
export function parsePug(text: string): Block[] {
  const blocks: Block[] = [];
  let cur: Block | undefined;
  /** Inside `#[…]`: tags there are inline. */
  let inline = 0;
  /** After `tag:` (block expansion): the next tag is nested on the same line. */
  let expanded = false;
  const flush = () => {
    if (cur && cur.text.trim()) blocks.push({ ...cur, text: cur.text.replace(/\s+/g, ' ').trim() });
    cur = undefined;
  };
  for (const t of lexPug(text)) {
    const line = t.loc.start.line;
    switch (t.type) {
      case 'start-pug-interpolation':
        inline++;
        break;
      case 'end-pug-interpolation':
        inline = Math.max(0, inline - 1);
        break;
      case ':':
        expanded = true;
        break;
      case 'tag': {
        if (inline || expanded) {
          expanded = false;
          break;
        }
        // (`p` / `| … we use` / `a(href="https://sentry.io/") Sentry` / `| to help us fix it.`: a link on a line of
        // its own inside a paragraph is still part of it.)
        if (cur && INLINE_TAGS.has(t.val)) break;
        const h = HEADING.exec(t.val);
        flush();
        if (h || ITEMS.has(t.val) || PARAS.has(t.val)) {
          cur = { kind: h ? 'heading' : ITEMS.has(t.val) ? 'item' : 'para', level: h ? Number(h[1]) : 0, text: '', line, endLine: line };
        }
        break;
      }
      case 'text':
        if (!cur) cur = { kind: 'para', level: 0, text: '', line, endLine: line };
        cur.text += ` ${inlineText(t.val)}`;
        cur.endLine = Math.max(cur.endLine, t.loc.end.line);
        break;
      case 'newline':
        expanded = false;
        break;
      case 'outdent':
      case 'eos':
        flush();
        break;
      default:
        break;
    }
  }
  flush();
  return withLeadIns(blocks);
}
