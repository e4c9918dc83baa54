import { decodeHTML } from 'entities';

/**
 * Decodes every HTML entity a policy may hold (`&rsquo;`, `&#x2019;`, `&ldquo;`), never throwing:
 * an invalid code point becomes U+FFFD. Typographic quotes are folded to ASCII so "don’t" reads as "don't".
 */
export function decodeEntities(s: string): string {
  const decoded = s.includes('&') ? decodeHTML(s) : s;
  return foldQuotes(decoded);
}

/** Curly quotes and non-breaking spaces as plain characters. */
export function foldQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u02BC\u2032]/g, "'").replace(/[\u201C\u201D\u2033]/g, '"').replace(/[\u00A0\u2007\u202F]/g, ' ');
}
