/**
 * One escaping function per output format, for every string that came from the
 * policy, the code or a file name. A checked-out repository is untrusted input:
 * its text must not drive the terminal, render as markup in a pull-request
 * comment, or start a workflow command.
 */

// C0 and C1 control characters (ESC, BEL, CR, LF, …), DEL, and the bidirectional overrides and
// isolates that reorder what a reader sees (the "Trojan Source" characters).
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal: control characters removed (tabs and line breaks become a space), so no ESC or OSC 8 sequence survives, with or without colour. */
export function plain(s: string): string {
  return s.replace(CONTROL, (ch) => (ch === '\t' || ch === '\n' || ch === '\r' ? ' ' : ''));
}

const HTML_CHAR = /[&<>"']/g;
const MD_PUNCT = /[`[\]()!*_~|\\#]/g;

/**
 * Markdown inline text (also inside a table cell): one line, HTML characters as
 * entities (no tag, no autolink), Markdown punctuation backslash-escaped (no
 * link, image, emphasis, code span or table pipe), `@` followed by a zero-width
 * space so no one is mentioned.
 */
export function md(s: string): string {
  return plain(s)
    .replace(MD_PUNCT, (ch) => `\\${ch}`)
    .replace(HTML_CHAR, (ch) => `&#${ch.charCodeAt(0)};`)
    .replace(/@/g, '@\u200b');
}

/** An untrusted name shown as code (a file name may hold backticks, pipes or newlines). */
export function mdCode(s: string): string {
  return `<code>${md(s)}</code>`;
}

/** A name in a one-line message on stderr: quoted JSON-style, so a newline cannot start a line (or a workflow command). */
export function quote(s: string): string {
  return JSON.stringify(s);
}

/** A whole message for stderr: control characters as JSON escapes, so it stays one line. */
export function oneLine(s: string): string {
  return s.replace(CONTROL, (ch) => JSON.stringify(ch).slice(1, -1));
}
