import type { Rule } from './context';
import { sharingFindings } from './sharing';

/** Personal data sent to a third party the policy neither names nor covers by kind. */
export const undeclaredSharing: Rule = {
  meta: { id: 'undeclared-sharing', kind: 'sharing', description: 'Personal data is sent to a third party the policy does not declare.', defaultSeverity: 'error' },
  check: (ctx) => sharingFindings(ctx, 'undeclared-sharing', 'undeclared', (what, to) => `Sends ${what} to ${to}, a recipient the policy does not declare.`),
};
