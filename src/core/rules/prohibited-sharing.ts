import type { Rule } from './context';
import { sharingFindings } from './sharing';

/** Personal data sent where the policy rules it out (advertising when it says "we do not sell…", location when "never shared"). */
export const prohibitedSharing: Rule = {
  meta: { id: 'prohibited-sharing', kind: 'sharing', description: 'Personal data is sent to a recipient or for a purpose the policy rules out.', defaultSeverity: 'error' },
  check: (ctx) => sharingFindings(ctx, 'prohibited-sharing', 'prohibited', (what, to, v) => `Sends ${what} to ${to}; the policy rules this out: "${v.why.replace(/[.\s]+$/, '')}".`),
};
