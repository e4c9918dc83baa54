import { type Block, parsePlainText } from './blocks';
import { declarationsOf, splitLabel } from './declarations';
import { parseHtml } from './html';
import { parseJsxPage } from './jsx';
import { parseMarkdown } from './markdown';
import type { Clause, Policy } from './model';

export * from './model';
export { sectionOf } from './declarations';

/** A policy that cannot be used, with a message naming the file and the problem. */
export class PolicyError extends Error {}

export function detectFormat(file: string, text: string): Policy['format'] {
  const lower = file.toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(md|mdx|markdown)$/.test(lower)) return 'markdown';
  if (/\.(txt|text)$/.test(lower)) return 'text';
  if (/\.(tsx|jsx|ts|js)$/.test(lower)) return 'jsx';
  if (/^\s*(<!doctype html|<html|<body|<h1)/i.test(text)) return 'html';
  if (/^#{1,6}\s/m.test(text)) return 'markdown';
  return 'text';
}

function slug(s: string, words = 6): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .split(' ')
      .slice(0, words)
      .join('-') || 'clause'
  );
}

/** Groups blocks into clauses: every item and paragraph under its heading path. */
export function clausesOf(blocks: Block[]): Clause[] {
  const clauses: Clause[] = [];
  const path: { level: number; text: string; line: number }[] = [];
  const seen = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind === 'heading') {
      while (path.length && path[path.length - 1].level >= b.level) path.pop();
      path.push({ level: b.level, text: b.text, line: b.line });
      continue;
    }
    const headingPath = path.map((p) => p.text);
    const section = headingPath.length ? slug(headingPath[headingPath.length - 1], 5) : 'preamble';
    const { label } = splitLabel(b.text);
    const base = `${section}/${slug(label ?? b.text)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const title = label ?? (b.text.length > 72 ? `${b.text.slice(0, 70).replace(/\s+\S*$/, '')}…` : b.text);
    clauses.push({ id: n === 1 ? base : `${base}-${n}`, title, headingPath, headingLine: path[path.length - 1]?.line ?? 0, line: b.line, endLine: b.endLine, text: b.text });
  }
  return clauses;
}

/**
 * Reads a policy's text. Throws PolicyError for input that is not a policy
 * (empty, binary, nothing recognizable) so callers can stop with exit code 2.
 */
export function parsePolicy(file: string, raw: string): Policy {
  const text = raw.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new PolicyError(`${file}: the policy is empty`);
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > text.length / 100) {
    throw new PolicyError(`${file}: the policy is not text (binary content)`);
  }
  const format = detectFormat(file, text);
  const blocks = format === 'html' ? parseHtml(text) : format === 'markdown' ? parseMarkdown(text) : format === 'jsx' ? parseJsxPage(file, text) : parsePlainText(text);
  const clauses = clausesOf(blocks);
  const declarations = clauses.flatMap(declarationsOf);
  if (!declarations.some((d) => d.type === 'collect' || d.type === 'share' || d.type === 'retain' || d.type === 'prohibit')) {
    throw new PolicyError(`${file}: no privacy statements recognized (${clauses.length} clauses read, none says what is collected, shared or kept)`);
  }
  return { file, format, clauses, declarations };
}
