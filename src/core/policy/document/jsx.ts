import { ts } from '../../analysis/tsapi';
import { type Block, joinDefinitions, promoteTitles, withLeadIns } from './blocks';
import { decodeEntities } from './entities';
import { parseHtml } from './html';
import { looksLikeHeaderRow, parseMarkdown, pushRow } from './markdown';

const HEADING_TAG = /^h([1-6])$/;
const HEADING_COMPONENT = /^(?:H([1-6])|Heading|Title|SectionTitle|SectionHeading)$/;
/** A design system's own heading (`<LegalHeading2>`, `<PolicyTitle>`, `<SectionHeadline level={3}>`). */
const NAMED_HEADING = /^[A-Z][A-Za-z]*?(?:Heading|Title|Headline)([1-6])?$/;
const ITEM_TAGS = new Set(['li', 'dt', 'dd']);
const PARA_TAGS = new Set(['p', 'blockquote', 'figcaption', 'caption', 'summary']);
const PARA_COMPONENT = /^(P|Text|Paragraph|Typography|Prose)$/;

type Element = ts.JsxElement | ts.JsxSelfClosingElement;

const CONTENT_KEYS = /^(content|body|text|description|desc|paragraphs?|paras?|items|points|bullets|details|answer|children|list|blocks|lines|entries)$/;
/** Inline markup: an element of these holds a sentence, not blocks of its own. */
const INLINE_TAGS = new Set(['span', 'strong', 'b', 'em', 'i', 'a', 'Link', 'code', 'mark', 'small', 'u']);
/** Content keys whose array elements are paragraphs rather than list items. */
const PARAGRAPH_KEYS = /^(content|body|text|description|desc|paragraphs?|paras?|blocks|lines|children)$/;

/** Tags that open blocks of their own: a fragment holding one is read element by element, not as one sentence. */
function holdsBlocks(root: ts.Node): boolean {
  let found = false;
  const visit = (x: ts.Node) => {
    if (found) return;
    if (ts.isJsxElement(x) || ts.isJsxSelfClosingElement(x)) {
      const t = tagName(x);
      if ((HEADING_TAG.test(t) || HEADING_COMPONENT.test(t) || ITEM_TAGS.has(t) || PARA_TAGS.has(t) || PARA_COMPONENT.test(t) || /^(ul|ol|table|div|section)$/.test(t)) && !nestedText(x)) {
        found = true;
        return;
      }
    }
    ts.forEachChild(x, visit);
  };
  ts.forEachChild(root, visit);
  return found;
}

/** A value that is one sentence in inline markup: `<>We do not sell … <Link>…</Link>.</>`, `(<strong>…</strong> …)`. */
function inlineMarkup(e: ts.Expression): ts.Node | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isJsxFragment(e) || (ts.isJsxElement(e) && INLINE_TAGS.has(tagName(e)))) return holdsBlocks(e) ? undefined : e;
  return undefined;
}

function objectString(o: ts.ObjectLiteralExpression, key: RegExp): { text: string; node: ts.Node } | undefined {
  for (const p of o.properties) {
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && key.test(p.name.text)) {
      const text = literalText(p.initializer);
      if (text !== undefined) return { text, node: p.initializer };
    }
  }
  return undefined;
}

/** String and number constants of the page (`const productName = 'Acme'`, `const LOG_DAYS = 14`), for the names its text interpolates. */
let constants = new Map<string, string>();

function collectConstants(sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  const stack: ts.Node[] = [sf];
  while (stack.length) {
    const n = stack.pop()!;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && (ts.isStringLiteralLike(n.initializer) || ts.isNumericLiteral(n.initializer))) out.set(n.name.text, n.initializer.text);
    ts.forEachChild(n, (k) => {
      stack.push(k);
    });
  }
  return out;
}

/**
 * What a reader sees for a value the page interpolates (`${productName}`, `{siteConfig.supportEmail}`): the string
 * constant it names in the same file, or a stand-in its name says (the product, the company, "us" for a contact
 * address, the website); none for anything else (a date, a translation call, a loop variable's field).
 */
function interpolated(e: ts.Expression): string | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return e.text;
  if (ts.isTemplateExpression(e)) return templateText(e);
  // `{t('We never sell your data.')}`, `{intl.formatMessage({ defaultMessage: '…' })}`: a translation call whose
  // source text is the sentence itself (not a key such as 'privacy.intro', which has no spaces).
  if (ts.isCallExpression(e)) {
    const callee = e.expression.getText().replace(/\?\./g, '.');
    const arg = e.arguments[0];
    if (!arg || !/^(?:(?:[\w$]+\.)*(?:t|\$t|__|_|translate|tr|gettext|i18n)|(?:[\w$]+\.)*formatMessage)$/.test(callee)) return undefined;
    const source = ts.isStringLiteralLike(arg) ? arg.text : ts.isObjectLiteralExpression(arg) ? objectString(arg, /^defaultMessage$/)?.text : undefined;
    return source && /\S\s+\S/.test(source) ? source : undefined;
  }
  if (!ts.isIdentifier(e) && !ts.isPropertyAccessExpression(e)) return undefined;
  if (ts.isIdentifier(e) && constants.has(e.text)) return constants.get(e.text);
  const chain = e.getText().replace(/\?\./g, '.');
  if (!/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/.test(chain)) return undefined;
  // (By whole words of the name: `appliedAt` is no app, `sitemap` no site.)
  const words = new Set(chain.split(/[._$]+|(?<=[a-z0-9])(?=[A-Z])/).map((w) => w.toLowerCase()));
  const has = (...ws: string[]) => ws.some((w) => words.has(w));
  if (has('email', 'mail', 'e-mail')) return 'us';
  if (has('url', 'link', 'href', 'domain', 'website')) return 'our website';
  if (has('company', 'business', 'legal', 'entity', 'owner', 'operator', 'organization', 'organisation', 'org')) return 'the Company';
  if (has('product', 'app', 'application', 'brand', 'site', 'platform', 'service', 'project')) return 'the Service';
  return undefined;
}

/** A template literal's text with its interpolations read as `interpolated` does ('…' where nothing stands in). */
function templateText(t: ts.TemplateExpression): string {
  return t.head.text + t.templateSpans.map((sp) => (interpolated(sp.expression) ?? '…') + sp.literal.text).join('');
}

/** The text of a string-like value: a string, a template literal, or an interpolated name. */
function literalText(e: ts.Node | undefined): string | undefined {
  return e && ts.isExpression(e) ? interpolated(e) : undefined;
}

/** Local components that only wrap one HTML element (`const Text = ({ children }) => <p>{children}</p>`). */
let aliases = new Map<string, string>();

function tagName(n: Element): string {
  const t = ts.isJsxElement(n) ? n.openingElement.tagName : n.tagName;
  const name = ts.isIdentifier(t) ? t.text : ts.isPropertyAccessExpression(t) ? t.name.text : '';
  return aliases.get(name) ?? name;
}

/** The HTML element a function component renders at its root, when it renders one directly. */
function rootTag(fn: ts.Node): string | undefined {
  let body: ts.Node | undefined = ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn) ? fn.body : undefined;
  if (body && ts.isBlock(body)) body = body.statements.find(ts.isReturnStatement)?.expression;
  while (body && ts.isParenthesizedExpression(body)) body = body.expression;
  if (!body || !(ts.isJsxElement(body) || ts.isJsxSelfClosingElement(body))) return undefined;
  const t = ts.isJsxElement(body) ? body.openingElement.tagName : body.tagName;
  return ts.isIdentifier(t) && /^[a-z][a-z0-9]*$/.test(t.text) ? t.text : undefined;
}

function collectAliases(sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  const stack: ts.Node[] = [sf];
  while (stack.length) {
    const n = stack.pop()!;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && /^[A-Z]/.test(n.name.text) && n.initializer) {
      const tag = rootTag(n.initializer);
      if (tag) out.set(n.name.text, tag);
    } else if (ts.isFunctionDeclaration(n) && n.name && /^[A-Z]/.test(n.name.text)) {
      const tag = rootTag(n);
      if (tag) out.set(n.name.text, tag);
    }
    ts.forEachChild(n, (k) => {
      stack.push(k);
    });
  }
  return out;
}

/** The heading level a style or class name gives an element: `styles.sectionTitle` 2, `styles.subsectionTitle` 3, `styles.title` 1. */
function styledHeading(n: Element): number | undefined {
  const attrs = ts.isJsxElement(n) ? n.openingElement.attributes : n.attributes;
  for (const a of attrs.properties) {
    if (!ts.isJsxAttribute(a) || !ts.isIdentifier(a.name) || !/^(?:style|className|class)$/.test(a.name.text) || !a.initializer) continue;
    const names = ts.isStringLiteral(a.initializer) ? a.initializer.text.split(/\s+/) : ts.isJsxExpression(a.initializer) && a.initializer.expression ? styleNames(a.initializer.expression) : [];
    for (const name of names) {
      const m = /^(?:(?:sub)?(?:section|policy|legal|page)?(?:sub)?(?:title|heading|header)|h([1-6]))$/i.exec(name.replace(/[-_]/g, ''));
      if (!m) continue;
      if (m[1]) return Number(m[1]);
      return /sub/i.test(name) ? 3 : /section|policy|legal/i.test(name) ? 2 : 1;
    }
  }
  return undefined;
}

/** The names a style expression refers to: `styles.sectionTitle`, `[styles.text, styles.heading]`. */
function styleNames(e: ts.Expression): string[] {
  if (ts.isPropertyAccessExpression(e)) return [e.name.text];
  if (ts.isArrayLiteralExpression(e)) return e.elements.flatMap((x) => (ts.isPropertyAccessExpression(x) ? [x.name.text] : []));
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text.split(/\s+/);
  return [];
}

function stringProp(n: Element, names: RegExp): string | undefined {
  const attrs = ts.isJsxElement(n) ? n.openingElement.attributes : n.attributes;
  for (const a of attrs.properties) {
    if (!ts.isJsxAttribute(a) || !ts.isIdentifier(a.name) || !names.test(a.name.text) || !a.initializer) continue;
    if (ts.isStringLiteral(a.initializer)) return a.initializer.text;
    if (ts.isJsxExpression(a.initializer)) {
      const text = literalText(a.initializer.expression);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

/** The words a reader sees inside a JSX subtree (text, string literals in braces), walked with a stack. */
function textOf(root: ts.Node, skipLists = false): string {
  let out = '';
  const stack: ts.Node[] = [root];
  while (stack.length) {
    const x = stack.pop()!;
    if (skipLists && x !== root && (ts.isJsxElement(x) || ts.isJsxSelfClosingElement(x)) && /^(ul|ol)$/.test(tagName(x))) continue;
    if (ts.isJsxText(x)) out += x.text.replace(/\s+/g, ' ');
    else if (ts.isJsxExpression(x)) {
      out += literalText(x.expression) ?? '';
    } else if (ts.isJsxAttributes(x)) continue;
    else {
      const kids: ts.Node[] = [];
      ts.forEachChild(x, (k) => {
        kids.push(k);
      });
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  return decodeEntities(out).replace(/\s+/g, ' ').trim();
}

/**
 * A row of a table kept as data: an object of strings (`{ name, purpose, data }`, no title/body pair: that is a
 * section) or an array of strings. Its cells in order, and the object's keys as the header.
 */
function dataRow(e: ts.Expression): { cells: string[]; keys?: string[] } | undefined {
  const str = (x: ts.Expression) => {
    const t = literalText(x);
    return t === undefined ? undefined : decodeEntities(t).replace(/\s+/g, ' ').trim();
  };
  if (ts.isArrayLiteralExpression(e)) {
    const cells = e.elements.map(str);
    return cells.every((c) => c !== undefined) ? { cells: cells as string[] } : undefined;
  }
  if (!ts.isObjectLiteralExpression(e)) return undefined;
  const keys: string[] = [];
  const cells: string[] = [];
  for (const p of e.properties) {
    if (!ts.isPropertyAssignment(p) || !(ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) continue;
    const v = str(p.initializer);
    if (v === undefined) continue;
    keys.push(p.name.text);
    cells.push(v);
  }
  if (keys.some((k) => /^(title|heading|header|question)$/.test(k)) && e.properties.some((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && CONTENT_KEYS.test(p.name.text))) return undefined;
  return { cells, keys };
}

/**
 * The string props of a component that stands for a table row: a name-like prop and at least one other prop with a
 * few words (`<Vendor name="Resend" purpose="Delivery of account emails." />`), in their order, and their keys.
 */
function propsRow(n: ts.JsxSelfClosingElement): { cells: string[]; keys: string[] } | undefined {
  const keys: string[] = [];
  const cells: string[] = [];
  for (const a of n.attributes.properties) {
    if (!ts.isJsxAttribute(a) || !a.initializer) continue;
    const init = a.initializer;
    const v = ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) ? literalText(init.expression) : undefined;
    if (v === undefined || !v.trim()) continue;
    keys.push(a.name.getText());
    cells.push(decodeEntities(v).replace(/\s+/g, ' ').trim());
  }
  const named = keys.findIndex((k) => /^(name|vendor|provider|service|company|processor|title|label|tool|partner)$/i.test(k));
  if (named < 0 || cells.length < 2 || !cells.some((c, i) => i !== named && c.split(' ').length >= 3)) return undefined;
  // The name first, as a table's first column.
  return { cells: [cells[named], ...cells.filter((_, i) => i !== named)], keys: [keys[named], ...keys.filter((_, i) => i !== named)] };
}

/** `<br />` in JSX. */
function isBreak(n: ts.Node): boolean {
  return ts.isJsxSelfClosingElement(n) && tagName(n) === 'br';
}

/**
 * The runs of words a container holds itself, between its block children: text, string literals and inline markup
 * up to the next element of its own (or a `<br />`). Runs of fewer than three words (a button's label, a link) are no
 * paragraph.
 */
function looseRuns(n: ts.JsxElement, emit: (first: ts.Node, last: ts.Node, text: string) => void): void {
  let seg: ts.Node[] = [];
  const flush = () => {
    // Text nodes keep their own spaces: "password and <b>email</b>." is one sentence with no space before the stop.
    const words = decodeEntities(seg.map((c) => (ts.isJsxText(c) ? c.text : ts.isJsxExpression(c) ? literalText(c.expression) ?? '' : ` ${textOf(c)} `)).join('')).replace(/\s+/g, ' ').replace(/\s+([.,;:!?])/g, '$1').trim();
    // (A sentence all in bold — `<strong>We do NOT sell your data.</strong><br />` — is one too; a bold label is not. So is
    // a translated lead-in and its colon — `{t('The information collected by log files include')}:`.)
    const count = words.split(' ').length;
    // (`<div>Service Providers</div>`, `<div>Analytics</div>`: a word or two in capitals may title what follows.)
    // (Not a button's or a link's label: `<button>Accept</button>`.)
    const title = count < 3 && /^(?:div|p|section|article|header|span)$/.test(tagName(n)) && /^[A-Z][\w/&'’-]*(?: [A-Z][\w/&'’-]*)?$/.test(words) && seg.some((c) => ts.isJsxText(c));
    if ((count >= 3 && (seg.some((c) => ts.isJsxText(c) && /[A-Za-z]{2}/.test(c.text)) || (/[.!:]$/.test(words) && count >= 4))) || title) emit(seg[0], seg[seg.length - 1], words);
    seg = [];
  };
  for (const c of n.children) {
    const inline = ts.isJsxText(c) || (ts.isJsxExpression(c) && (!c.expression || literalText(c.expression) !== undefined)) || (ts.isJsxElement(c) && INLINE_TAGS.has(tagName(c)) && !holdsBlocks(c));
    if (inline) {
      if (seg.length || !ts.isJsxText(c) || c.text.trim()) seg.push(c);
    } else flush();
  }
  flush();
}

/** How many lists enclose a list item (0 for a top-level item). */
function listDepth(n: ts.Node): number {
  let d = -1;
  for (let cur: ts.Node | undefined = n; cur; cur = cur.parent) if ((ts.isJsxElement(cur) || ts.isJsxSelfClosingElement(cur)) && /^(ul|ol)$/.test(tagName(cur))) d++;
  return Math.max(0, d);
}

/** An item's text: a string, or a translation call's source text, a single word too (`t('name')` in a list of data). */
function listText(e: ts.Expression): string | undefined {
  const t = literalText(e);
  if (t !== undefined) return decodeEntities(t).replace(/\s+/g, ' ').trim();
  const u = ts.isParenthesizedExpression(e) ? e.expression : e;
  if (ts.isCallExpression(u) && /^(?:(?:[\w$]+\.)*(?:t|\$t|translate|i18n))$/.test(u.expression.getText()) && u.arguments[0] && ts.isStringLiteralLike(u.arguments[0]) && /^[A-Za-z][\w '()/-]*$/.test(u.arguments[0].text)) return u.arguments[0].text;
  return undefined;
}

/** Arrays of texts the file names (`const items = [...]`, `{ logFileItems: [t('…'), …] }`), by name; computed once per file. */
const arraysOf = new WeakMap<ts.SourceFile, Map<string, ts.ArrayLiteralExpression>>();
function namedArrays(sf: ts.SourceFile): Map<string, ts.ArrayLiteralExpression> {
  let out = arraysOf.get(sf);
  if (out) return out;
  out = new Map();
  const found = out;
  const visit = (n: ts.Node): void => {
    const named = ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) ? [n.name.text, n.initializer] as const : ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer ? [n.name.text, n.initializer] as const : undefined;
    if (named) {
      let v = named[1];
      while (ts.isAsExpression(v) || ts.isSatisfiesExpression(v) || ts.isParenthesizedExpression(v)) v = v.expression;
      if (ts.isArrayLiteralExpression(v) && v.elements.length && v.elements.every((e) => listText(e) !== undefined)) found.set(named[0], v);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  arraysOf.set(sf, out);
  return out;
}

/** A policy published as a React/Next.js page: headings, list items, table rows and paragraphs of its JSX (no recursion). */
export function parseJsxPage(file: string, text: string): Block[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, /\.tsx$/i.test(file) ? ts.ScriptKind.TSX : /\.[cm]?ts$/i.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JSX);
  aliases = collectAliases(sf);
  constants = collectConstants(sf);
  const blocks: Block[] = [];
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const push = (kind: Block['kind'], level: number, node: ts.Node, t: string) => {
    if (t) blocks.push({ kind, level, text: t, line: lineOf(node.getStart(sf)), endLine: lineOf(node.getEnd()) });
  };
  const numbered = new WeakSet<Block>();
  let header: string[] | undefined;
  let rowsInTable = 0;
  const stack: ts.Node[] = [sf];
  while (stack.length) {
    const n = stack.pop()!;
    // A policy kept as a Markdown or HTML string (`markdownIt.render(\`# Privacy Policy …\`)` in a route handler).
    if (ts.isNoSubstitutionTemplateLiteral(n) || ts.isStringLiteral(n) || ts.isTemplateExpression(n)) {
      const raw = ts.isTemplateExpression(n) ? templateText(n) : n.text;
      const inner = raw.length >= 200 ? embeddedDocument(raw) : undefined;
      if (inner) {
        const offset = lineOf(n.getStart(sf)) - 1;
        // (A string on one line of the file, its line breaks escaped — `'## Privacy\n\nWe collect …'` — is all on that line.)
        const oneLine = !/[\r\n]/.test(n.getText(sf));
        for (const b of inner) blocks.push({ ...b, line: oneLine ? offset + 1 : b.line + offset, endLine: oneLine ? offset + 1 : b.endLine + offset });
        continue;
      }
    }
    // A table kept as data: `vendors={[{ name: 'Deepgram', purpose: '…', data: '…' }]}`, `rows={[['Logs', '14 days']]}`.
    if (ts.isArrayLiteralExpression(n) && n.elements.length) {
      const rows = n.elements.map(dataRow);
      if (rows.every((r) => r && r.cells.length >= 2)) {
        // (`const RETENTION = [['Lunch orders', '2 years'], …]`: pairs with no keys, whose constant's name says what the
        // second cell is.)
        const holder = ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name) ? n.parent.name.text : '';
        const keys = rows[0]!.keys ?? (/retention|retain|kept|periods?$|durations?$/i.test(holder) ? ['Data', 'Retention period'] : undefined);
        for (const [k, el] of n.elements.entries()) pushRow(blocks, rows[k]!.cells, lineOf(el.getStart(sf)), lineOf(el.getEnd()), keys);
        continue;
      }
    }
    // Policy text kept as data: `const sections = [{ title: '1. What we collect', body: <>…</> }]`.
    if (ts.isObjectLiteralExpression(n)) {
      const title = objectString(n, /^(title|heading|header|name|label|question)$/);
      const hasContent = n.properties.some((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && CONTENT_KEYS.test(p.name.text));
      // (`sections: [{ title, desc }]` inside a section: a sub-heading.)
      let depth = 0;
      for (let up: ts.Node | undefined = n.parent; up && !ts.isSourceFile(up); up = up.parent) if (ts.isObjectLiteralExpression(up) && objectString(up, /^(title|heading|header|name|label|question)$/)) depth++;
      if (title && hasContent) push('heading', Math.min(6, 2 + depth), title.node, decodeEntities(title.text));
      for (const p of n.properties) {
        if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name) || !CONTENT_KEYS.test(p.name.text)) continue;
        const v = p.initializer;
        const markup = inlineMarkup(v);
        const vt = literalText(v);
        if (vt !== undefined) push('para', 0, v, decodeEntities(vt).replace(/\s+/g, ' ').trim());
        else if (markup) push('para', 0, markup, textOf(markup));
        else if (ts.isArrayLiteralExpression(v)) {
          for (const e of v.elements) {
            const kind = PARAGRAPH_KEYS.test(p.name.text) ? 'para' : 'item';
            const et = literalText(e);
            if (et !== undefined) push(kind, 0, e, decodeEntities(et).replace(/\s+/g, ' ').trim());
            // `items: [<><strong>Account Data:</strong> Retained during …</>, …]`: inline markup, one item each.
            else if (inlineMarkup(e)) push(kind, 0, e, textOf(e));
          }
        }
      }
    }
    // `<PrivacyPolicyList items={logFileItems} />` with `logFileItems: [t('internet protocol (IP) addresses'), …]` kept
    // elsewhere in the file (an object of the page's texts, a const): the list is read where the page renders it.
    if (ts.isJsxAttribute(n) && n.initializer && ts.isJsxExpression(n.initializer) && n.initializer.expression && CONTENT_KEYS.test(ts.isIdentifier(n.name) ? n.name.text : '')) {
      const ref = n.initializer.expression;
      const name = ts.isIdentifier(ref) ? ref.text : ts.isPropertyAccessExpression(ref) ? ref.name.text : undefined;
      const arr = name ? namedArrays(sf).get(name) : undefined;
      if (arr) {
        for (const e of arr.elements) push('item', 0, n, listText(e) ?? '');
        continue;
      }
    }
    // `<RetentionList items={['Booking details: 6 years.', …]} />`: a list kept in a prop, one item per string.
    if (ts.isJsxAttribute(n) && n.initializer && ts.isJsxExpression(n.initializer) && n.initializer.expression && ts.isArrayLiteralExpression(n.initializer.expression)) {
      const name = ts.isIdentifier(n.name) ? n.name.text : '';
      const arr = n.initializer.expression;
      // (`items={[<><Strong>Usage data</Strong>: app activity …</>, …]}`: inline markup, one item each.)
      if (CONTENT_KEYS.test(name) && arr.elements.length && arr.elements.every((e) => literalText(e) !== undefined || inlineMarkup(e))) {
        const kind = PARAGRAPH_KEYS.test(name) ? 'para' : 'item';
        for (const e of arr.elements) {
          const et = literalText(e);
          push(kind, 0, e, et !== undefined ? decodeEntities(et).replace(/\s+/g, ' ').trim() : textOf(e));
        }
        continue;
      }
    }
    if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n)) {
      const tag = tagName(n);
      const h = HEADING_TAG.exec(tag) ?? HEADING_COMPONENT.exec(tag);
      if (h) {
        push('heading', Number(h[1] ?? 2), n, textOf(n));
        continue;
      }
      // `<Text style={styles.sectionTitle}>1. Information We Collect</Text>` (React Native, styled elements): a heading by
      // the name of its style or class. (Short text only, as below.)
      const styled = styledHeading(n);
      if (styled && textOf(n).length <= 120 && !/[.!?]\s+\S/.test(textOf(n).replace(/^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+/, ''))) {
        push('heading', styled, n, textOf(n));
        continue;
      }
      // (Short text only: a component named for a title that wraps a section is a container.)
      const named = NAMED_HEADING.exec(tag);
      if (named && textOf(n).length <= 120 && !/[.!?]\s+\S/.test(textOf(n))) {
        push('heading', Number(named[1] ?? 2), n, textOf(n));
        continue;
      }
      // (`<li><h3>Analytics</h3><p>…</p><h4>PostHog</h4><p>…</p></li>`: an item that holds headings is a section.)
      // (Not `<li><h3>Information We Collect</h3><br />a. Personal Information: …</li>`: its text is the item's.)
      if (ITEM_TAGS.has(tag) && ts.isJsxElement(n) && n.children.some((c) => (ts.isJsxElement(c) || ts.isJsxSelfClosingElement(c)) && (HEADING_TAG.test(tagName(c)) || HEADING_COMPONENT.test(tagName(c)))) && n.children.every((c) => (ts.isJsxText(c) && !c.text.trim()) || isBlockElement(c))) {
        for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
        continue;
      }
      if (ITEM_TAGS.has(tag)) {
        // A list item with a nested list: its own words are one item, the nested items follow with it as their lead-in.
        const nested: ts.Node[] = [];
        if (ts.isJsxElement(n)) {
          const inner: ts.Node[] = [...n.children];
          while (inner.length) {
            const c = inner.shift()!;
            if ((ts.isJsxElement(c) || ts.isJsxSelfClosingElement(c)) && /^(ul|ol)$/.test(tagName(c))) nested.push(c);
            else if (ts.isJsxElement(c)) inner.push(...c.children);
          }
        }
        // `<li><strong>Acme Pay</strong><br />Their policy …</li>`: the line before the break labels the item.
        const kids = ts.isJsxElement(n) ? n.children.filter((c) => !(ts.isJsxText(c) && !c.text.trim())) : [];
        const br = kids.findIndex(isBreak);
        const head = br > 0 ? kids.slice(0, br).map((c) => textOf(c)).join(' ').replace(/\s+/g, ' ').trim() : '';
        const own = br > 0 && head && !/[.:;]$/.test(head) && head.split(/\s+/).length <= 8 && !nested.length
          ? `${head}: ${kids.slice(br + 1).filter((c) => !isBreak(c)).map((c) => textOf(c)).join(' ').replace(/\s+/g, ' ').trim()}`
          : textOf(n, nested.length > 0);
        const depth = listDepth(n);
        if (own) {
          blocks.push({ kind: 'item', level: 0, text: own, line: lineOf(n.getStart(sf)), endLine: lineOf(nested.length ? nested[0].getStart(sf) : n.getEnd()), depth, ...(tag === 'dt' ? { definition: 'term' as const } : tag === 'dd' ? { definition: 'description' as const } : {}) });
          const parent = ts.isJsxElement(n.parent) ? tagName(n.parent) : '';
          if (parent === 'ol') numbered.add(blocks[blocks.length - 1]);
        }
        for (let i = nested.length - 1; i >= 0; i--) stack.push(nested[i]);
        continue;
      }
      // (`<Prose>` around headings and paragraphs is a container, not a paragraph.)
      if ((PARA_TAGS.has(tag) || PARA_COMPONENT.test(tag)) && !(ts.isJsxElement(n) && n.children.some(isBlockElement))) {
        // `<p>Lead-in:<br />- <b>Usage Data:</b> …<br />…</p>`: each line between breaks is a block of its own,
        // an item when it starts with a dash or a bullet.
        const kids = ts.isJsxElement(n) ? [...n.children] : [];
        if (kids.some(isBreak)) {
          let seg: ts.Node[] = [];
          const flush = () => {
            const t = seg.map((c) => textOf(c)).join(' ').replace(/\s+/g, ' ').trim();
            if (t && seg.length) {
              const bullet = /^[-–•*]\s+/.exec(t);
              blocks.push({ kind: bullet ? 'item' : 'para', level: 0, text: bullet ? t.slice(bullet[0].length) : t, line: lineOf(seg[0].getStart(sf)), endLine: lineOf(seg[seg.length - 1].getEnd()) });
            }
            seg = [];
          };
          for (const c of kids) {
            if (isBreak(c)) flush();
            else if (!(ts.isJsxText(c) && !c.text.trim())) seg.push(c);
          }
          flush();
          continue;
        }
        push('para', 0, n, textOf(n));
        continue;
      }
      // `<Vendor name="Resend" purpose="Delivery of account emails." />`: a component whose props are a row's cells.
      // (Also one that renders a `<tr>` of them: `<ServiceRow service="Supabase" purpose="…" data="…" />`.)
      const row = ts.isJsxSelfClosingElement(n) && (/^[A-Z]/.test(tag) || tag === 'tr') ? propsRow(n) : undefined;
      if (row) {
        pushRow(blocks, row.cells, lineOf(n.getStart(sf)), lineOf(n.getEnd()), row.keys);
        continue;
      }
      if (tag === 'table') {
        header = undefined;
        rowsInTable = 0;
      }
      if (tag === 'tr' && ts.isJsxElement(n)) {
        const cellEls = n.children.filter((c): c is ts.JsxElement => ts.isJsxElement(c) && /^(td|th)$/.test(tagName(c)));
        const cells = cellEls.map((c) => textOf(c));
        const first = rowsInTable++ === 0;
        if (!header && cellEls.length && (cellEls.every((c) => tagName(c) === 'th') || (first && looksLikeHeaderRow(cells)))) header = cells;
        else if (cells.some(Boolean)) pushRow(blocks, cells, lineOf(n.getStart(sf)), lineOf(n.getEnd()), header);
        continue;
      }
      const title = stringProp(n, /^(title|heading)$/);
      if (title) push('heading', 2, n, decodeEntities(title));
      // `<div className="legal-paragraph">When you create an account, you provide …</div>`, text after a heading
      // straight in its container: each run of text and inline markup between blocks is a paragraph.
      if (ts.isJsxElement(n) && !INLINE_TAGS.has(tag)) {
        looseRuns(n, (first, last, t) => {
          // A text node runs on to the next element's line: its last word ends it.
          const end = ts.isJsxText(last) ? last.getEnd() - (last.text.length - last.text.trimEnd().length) : last.getEnd();
          blocks.push({ kind: 'para', level: 0, text: t, line: lineOf(first.getStart(sf)), endLine: lineOf(end) });
        });
      }
    }
    const kids: ts.Node[] = [];
    ts.forEachChild(n, (k) => {
      kids.push(k);
    });
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  blocks.sort((a, b) => a.line - b.line);
  // (`<Text style={styles.bulletPoint}>• Date of birth (optional)</Text>`: a paragraph that opens with a bullet is an item.)
  for (const [i, b] of blocks.entries()) {
    const bullet = b.kind === 'para' ? /^[•●◦▪‣∙·–-]\s+/.exec(b.text) : null;
    if (bullet) blocks[i] = { ...b, kind: 'item', text: b.text.slice(bullet[0].length) };
  }
  return withLeadIns(promoteTitles(joinDefinitions(blocks), (b) => numbered.has(b), () => false, blocks.filter((b) => b.kind === 'heading').length <= 1));
}

/** React Native's `<Text>` inside a `<Text>` (`We do <Text style={bold}>NOT</Text> use:`): a run of the text around it. */
function nestedText(c: ts.JsxElement | ts.JsxSelfClosingElement): boolean {
  const parent = ts.isJsxElement(c) ? c.parent : c.parent;
  return tagName(c) === 'Text' && ts.isJsxElement(parent) && tagName(parent) === 'Text' && !(ts.isJsxElement(c) && c.children.some((x) => (ts.isJsxElement(x) || ts.isJsxSelfClosingElement(x)) && !nestedText(x) && !INLINE_TAGS.has(tagName(x))));
}

/** A child element that is a block of its own: a heading, a paragraph, a list or a table. */
function isBlockElement(c: ts.Node): boolean {
  if (!ts.isJsxElement(c) && !ts.isJsxSelfClosingElement(c)) return false;
  const tag = tagName(c);
  if (nestedText(c)) return false;
  return HEADING_TAG.test(tag) || HEADING_COMPONENT.test(tag) || PARA_TAGS.has(tag) || PARA_COMPONENT.test(tag) || /^(ul|ol|dl|table|section|article|div)$/.test(tag);
}

/** A long string that is a document of its own: Markdown with headings, or HTML with headings or paragraphs. */
function embeddedDocument(raw: string): Block[] | undefined {
  if ((raw.match(/^#{1,6}\s+\S/gm)?.length ?? 0) >= 2) return parseMarkdown(raw);
  // ("**Security measures**\n\nMembers of the research teams …", a locale file's "## Privacy Policy\n\nIn addition …":
  // a section kept as one string of Markdown, its title a heading or a bold line, its paragraphs apart.)
  if (/\n[ \t]*\n/.test(raw) && /^(?:#{1,6}\s+\S|\*\*[^*\n]{2,80}\*\*[ \t]*$|[*-]\s+\S)/m.test(raw)) return parseMarkdown(raw);
  if ((raw.match(/<(?:h[1-6]|p|li)\b/gi)?.length ?? 0) >= 3) return parseHtml(raw);
  return undefined;
}
