import { ts } from '../analysis/tsapi';
import type { Block } from './blocks';
import { decodeEntities } from './html';

const HEADING_TAG = /^h([1-6])$/;
const HEADING_COMPONENT = /^(?:H([1-6])|Heading|Title|SectionTitle|SectionHeading)$/;
const ITEM_TAGS = new Set(['li', 'dt', 'dd']);
const PARA_TAGS = new Set(['p', 'blockquote', 'figcaption', 'caption', 'summary']);
const PARA_COMPONENT = /^(P|Text|Paragraph|Typography|Prose)$/;

function tagName(n: ts.JsxElement | ts.JsxSelfClosingElement): string {
  const t = ts.isJsxElement(n) ? n.openingElement.tagName : n.tagName;
  return t.getText();
}

function stringProp(n: ts.JsxElement | ts.JsxSelfClosingElement, names: RegExp): string | undefined {
  const attrs = ts.isJsxElement(n) ? n.openingElement.attributes : n.attributes;
  for (const a of attrs.properties) {
    if (!ts.isJsxAttribute(a) || !names.test(a.name.getText()) || !a.initializer) continue;
    if (ts.isStringLiteral(a.initializer)) return a.initializer.text;
    if (ts.isJsxExpression(a.initializer) && a.initializer.expression && ts.isStringLiteralLike(a.initializer.expression)) return a.initializer.expression.text;
  }
  return undefined;
}

/** The words a reader sees inside a JSX subtree: text, string literals in braces, `{' '}`. */
function textOf(n: ts.Node): string {
  let out = '';
  const visit = (x: ts.Node) => {
    if (ts.isJsxText(x)) out += x.text.replace(/\s+/g, ' ');
    else if (ts.isJsxExpression(x)) {
      if (x.expression && ts.isStringLiteralLike(x.expression)) out += x.expression.text;
    } else if (ts.isJsxAttributes(x)) return;
    else ts.forEachChild(x, visit);
  };
  visit(n);
  return decodeEntities(out).replace(/\s+/g, ' ').trim();
}


/** A policy published as a React/Next.js page: headings, list items, table rows and paragraphs of its JSX. */
export function parseJsxPage(file: string, text: string): Block[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, /\.tsx$/i.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.JSX);
  const blocks: Block[] = [];
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  const push = (kind: Block['kind'], level: number, node: ts.Node, t: string) => {
    if (t) blocks.push({ kind, level, text: t, line: lineOf(node.getStart(sf)), endLine: lineOf(node.getEnd()) });
  };
  const visit = (n: ts.Node) => {
    if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n)) {
      const tag = tagName(n);
      const h = HEADING_TAG.exec(tag) ?? HEADING_COMPONENT.exec(tag);
      if (h) return push('heading', Number(h[1] ?? 2), n, textOf(n));
      if (ITEM_TAGS.has(tag)) return push('item', 0, n, textOf(n));
      if (PARA_TAGS.has(tag) || PARA_COMPONENT.test(tag)) return push('para', 0, n, textOf(n));
      if (tag === 'tr' && ts.isJsxElement(n)) {
        const cells = n.children.filter((c): c is ts.JsxElement => ts.isJsxElement(c) && tagName(c) === 'td').map(textOf).filter(Boolean);
        if (cells.length) push('item', 0, n, cells.length > 1 ? `${cells[0]}: ${cells.slice(1).join('; ')}` : cells[0]);
        return;
      }
      const title = stringProp(n, /^(title|heading)$/);
      if (title) push('heading', 2, n, title);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return blocks;
}
