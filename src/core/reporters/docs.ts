/** Where rule documentation is published (docs/rules/ID.md in the repository). */
export const DOCS_BASE = 'https://github.com/privacy-lens/privacy-lens/blob/main/docs/rules/';

export function ruleDocsUrl(id?: string): string {
  return id ? `${DOCS_BASE}${id}.md` : DOCS_BASE.replace(/docs\/rules\/$/, 'README.md');
}
