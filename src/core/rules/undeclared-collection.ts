import { splitIdentifier } from '../taxonomy';
import type { Rule } from './context';
import { categoryName } from './context';
import { collectionCandidates, collectionFinding, geocodedAddress } from './collection';

/** A record of a postal address (`ShippingAddress`, `billing_address`, `MailingAddress`): its city is where mail goes. */
const POSTAL_RECORD = /(?:shipping|billing|mailing|postal|delivery)[_-]?address|address(?:es)?$/i;

/** What a guardian's field holds (`parentPhone`, `guardianEmail`): the detail a statement about the guardian must name. */
const GUARDIAN_DETAIL: [RegExp, string][] = [
  [/^(?:phone|mobile|tel|telephone|cell|sms)$/, 'user.contact.phone_number'],
  [/^(?:email|mail|e-mail)$/, 'user.contact.email'],
  [/^(?:address|street|postcode|zip)$/, 'user.contact.address'],
  [/^(?:name|firstname|lastname|surname)$/, 'user.name'],
];

function guardianDetail(category: string, name: string): string | undefined {
  if (category !== 'user.childrens.guardian') return undefined;
  const words = splitIdentifier(name);
  return GUARDIAN_DETAIL.find(([re]) => words.some((w) => re.test(w)))?.[1];
}

/**
 * What a record the policy names holds without saying so: who someone is and how to reach them (a résumé's name, e-mail and
 * city, a billing address). A voice recording, a position or health data in it still has to be said.
 */
const RECORD_HELD = /^user\.(?:name|contact|workplace|job_title|education|account\.username)(?:\.|$)/;

/** The words that name a field's record: the record, the record around it, and its module (`resumeSchema.js` of `basics.email`). */
function recordWords(c: { container: string; within?: string; file: string }): string[] {
  const base = c.file.slice(c.file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return [...splitIdentifier(c.container), ...(c.within ? splitIdentifier(c.within) : []), ...splitIdentifier(base)];
}

/** Personal data collected that no collection statement of the policy covers. */
export const undeclaredCollection: Rule = {
  meta: { id: 'undeclared-collection', kind: 'collection', description: 'Personal data is collected but the policy does not declare it.', defaultSeverity: 'error' },
  check(ctx) {
    return collectionCandidates(ctx)
      // A consent flag or record (`marketingConsent`, `consentVersion`) is the proof of a choice the person made, which a
      // policy asks the product to keep; it is not data to declare. (A policy that rules it out is still held to that.)
      .filter((c) => !/^user\.privacy_preferences(?:\.|$)/.test(c.category))
      // (`req.body.userName` where the policy declares the person's name: "user name" in two words is the name the
      // person gives as often as a handle; `username` in one word stays a handle.)
      .filter((c) => !(c.category === 'user.account.username' && /^user(?:Name|_name|-name|_Name)$/.test(c.name) && ctx.policy.collectDeclaration('user.name') !== undefined))
      .filter((c) => !ctx.policy.collectProhibition(c.category, [...splitIdentifier(c.container), ...splitIdentifier(c.name)], splitIdentifier(c.name)) && !ctx.policy.collectDeclaration(c.category, guardianDetail(c.category, c.name) ?? (POSTAL_RECORD.test(c.container) ? 'postal' : undefined)) && !geocodedAddress(ctx, c.category, c) && !(RECORD_HELD.test(c.category) && ctx.policy.recordDeclaration(recordWords(c))))
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
