import type { Rule } from './context';
import { sharingFindings } from './sharing';

/** A declared recipient gets more than the policy allows: identifiers where it says "anonymized", data it does not list. */
export const sharingConditionUnmet: Rule = {
  meta: { id: 'sharing-condition-unmet', kind: 'sharing', description: 'A declared recipient receives personal data beyond the conditions the policy states.', defaultSeverity: 'error' },
  check: (ctx) => sharingFindings(ctx, 'sharing-condition-unmet', 'condition-unmet', (what, to, v) => `Sends ${what} to ${to}, but ${v.why}.`),
};
