import type { Rule } from './context';
import { prohibitedCollection } from './prohibited-collection';
import { prohibitedSharing } from './prohibited-sharing';
import { retentionExceedsPolicy } from './retention-exceeds-policy';
import { sharingConditionUnmet } from './sharing-condition-unmet';
import { undeclaredCollection } from './undeclared-collection';
import { undeclaredSharing } from './undeclared-sharing';

export type { Rule, RuleContext, RuleMeta } from './context';

/** Every rule, sorted by id. */
export const RULES: Rule[] = [
  prohibitedCollection,
  prohibitedSharing,
  retentionExceedsPolicy,
  sharingConditionUnmet,
  undeclaredCollection,
  undeclaredSharing,
];

export const RULE_IDS = RULES.map((r) => r.meta.id);
