import { splitIdentifier } from '../taxonomy';
import type { Rule } from './context';
import { categoryName } from './context';
import { collectionCandidates, collectionFinding } from './collection';

/** Personal data collected that no collection statement of the policy covers. */
export const undeclaredCollection: Rule = {
  meta: { id: 'undeclared-collection', kind: 'collection', description: 'Personal data is collected but the policy does not declare it.', defaultSeverity: 'error' },
  check(ctx) {
    return collectionCandidates(ctx)
      .filter((c) => !ctx.policy.collectProhibition(c.category, splitIdentifier(c.container)) && !ctx.policy.collectDeclaration(c.category))
      .map((c) => {
        const where = ctx.policy.section('collect')?.heading;
        const what = categoryName(c.category);
        return collectionFinding(
          ctx,
          c,
          'undeclared-collection',
          `${c.container}.${c.name} collects ${what.toLowerCase()} (${c.category}), which the policy does not declare${where ? ` under '${where.title}'` : ''}.`,
          where,
          'no collection statement covers this category',
          true,
        );
      });
  },
};
