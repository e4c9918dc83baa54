import type { Policy } from '../policy/model';

/**
 * A drafted policy statement written in the policy's own format, so inserting it leaves the
 * document valid: a bullet in plain text, an escaped Markdown bullet (MDX reads `<` and `{` as
 * JSX), an escaped `<li>` in HTML and in a JSX page.
 */
export function renderDraft(format: Policy['format'], text: string): string | undefined {
  switch (format) {
    case 'text':
      return `  • ${text.replace(/[\r\n]+/g, ' ')}`;
    case 'markdown':
      return `- ${escapeMarkdown(text)}`;
    case 'html':
      return `<li>${escapeHtml(text)}</li>`;
    case 'jsx':
      // JSX text decodes HTML entities; braces would open an expression.
      return `<li>${escapeHtml(text).replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')}</li>`;
    case 'json':
      // A line inserted into a JSON document would break it; the policy owner writes the string.
      return undefined;
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]<>|#!]/g, (c) => `\\${c}`);
}
