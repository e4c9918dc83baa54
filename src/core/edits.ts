import { ts } from './analysis/tsapi';

/** Text to insert at a 1-based line and column; the editor turns it into a WorkspaceEdit, tests apply it to a string. */
export interface Insertion {
  line: number;
  column: number;
  text: string;
}

/** The suppression directive for a finding on `line`, as a comment valid where it lands: `{/* … *\/}` among JSX children, `//` elsewhere. */
export function suppressionInsertion(file: string, text: string, line: number, ruleId: string, reason: string): Insertion {
  const lines = text.split('\n');
  const target = lines[Math.min(Math.max(0, line - 1), lines.length - 1)] ?? '';
  const indent = /^[ \t]*/.exec(target)?.[0] ?? '';
  const directive = `privacy-lens-ignore-next-line ${ruleId} -- ${reason}`;
  const inJsx = MAY_HOLD_JSX.test(file) && lineStartsInJsxChildren(file, text, line);
  return { line: Math.max(1, Math.min(line, lines.length)), column: 1, text: `${indent}${inJsx ? `{/* ${directive.replace(/\*\//g, '* /')} */}` : `// ${directive}`}\n` };
}

/** Files the compiler parses with JSX: .tsx, and every JavaScript file. */
const MAY_HOLD_JSX = /\.(tsx|jsx?|mjs|cjs)$/i;

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, /\.tsx$/i.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.JSX);
}

/** Whether the start of a 1-based line is among a JSX element's children (where `//` would be rendered text). */
export function lineStartsInJsxChildren(file: string, text: string, line: number): boolean {
  return jsxChildrenAt(parse(file, text), text, line);
}

function jsxChildrenAt(sf: ts.SourceFile, text: string, line: number): boolean {
  const starts = sf.getLineStarts();
  const lineStart = starts[line - 1];
  if (lineStart === undefined) return false;
  const firstNonSpace = text.slice(lineStart).search(/[^ \t]/);
  const pos = lineStart + Math.max(0, firstNonSpace);
  // The innermost node that holds `pos`; a loop, not recursion (nesting depth is the file's choice).
  let node: ts.Node = sf;
  for (;;) {
    const child: ts.Node | undefined = node.getChildren(sf).find((c) => c.getStart(sf) <= pos && pos < c.end);
    if (!child) break;
    node = child;
  }
  if (ts.isJsxText(node)) return true;
  // Climb to the outermost node that begins at `pos`: the line starts right before it.
  while (node.parent && node.parent.getStart(sf) === pos && node.parent.kind !== ts.SyntaxKind.SyntaxList) node = node.parent;
  let parent = node.parent;
  if (parent && parent.kind === ts.SyntaxKind.SyntaxList) parent = parent.parent;
  if (!parent) return false;
  if (ts.isJsxElement(parent)) return node !== parent.openingElement;
  if (ts.isJsxFragment(parent)) return node !== parent.openingFragment;
  return false;
}

/**
 * Where a drafted policy statement goes: before `line` (1-based), indented like the line above when it
 * is markup, or at the end. In a JSX page (`file` given) an element must land among JSX children, so the
 * line moves up to the nearest one that starts there.
 */
export function draftInsertion(text: string, line: number, draft: string, file?: string): Insertion {
  if (file && MAY_HOLD_JSX.test(file) && draft.startsWith('<')) {
    const sf = parse(file, text);
    for (let l = line; l > Math.max(1, line - 50); l--) {
      if (jsxChildrenAt(sf, text, l)) {
        line = l;
        break;
      }
    }
  }
  const lines = text.split('\n');
  const last = lines.length - (text.endsWith('\n') ? 1 : 0);
  const anchor = lines[Math.min(Math.max(0, line - 2), lines.length - 1)] ?? '';
  const indent = draft.startsWith('<') ? (/^[ \t]*/.exec(anchor)?.[0] ?? '') : '';
  // A Markdown line right after an HTML or component block (`</Callout>`) would continue that block: a blank line ends it.
  const afterHtml = !draft.startsWith('<') && /^\s*<\/?[A-Za-z][^>]*>\s*$/.test(anchor) && line >= 2;
  if (line >= 1 && line <= last) return { line, column: 1, text: `${afterHtml ? '\n' : ''}${indent}${draft}\n` };
  if (text.endsWith('\n')) return { line: lines.length, column: 1, text: `${indent}${draft}\n` };
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1, text: `\n${indent}${draft}` };
}

/** Applies an insertion to a string (what the editor's edit does to the document). */
export function applyInsertion(text: string, ins: Insertion): string {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < ins.line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset = Math.min(text.length, offset + ins.column - 1);
  return text.slice(0, offset) + ins.text + text.slice(offset);
}
