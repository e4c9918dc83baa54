import { splitIdentifier } from '../taxonomy';
import type { Rule } from './context';
import { categoryName } from './context';
import { collectionCandidates, collectionFinding, geocodedAddress, mayBeKept } from './collection';

/** A ban on reading where a device is ("your device's location", "GPS"), not on knowing where an address is. */
const DEVICE_POSITION = /\b(?:device['’]?s?|phone['’]?s?|gps|geolocation|location services|background)\b/i;

/** Personal data collected although the policy says it is not (e.g. "we do not collect your precise location"). */
export const prohibitedCollection: Rule = {
  meta: { id: 'prohibited-collection', kind: 'collection', description: 'Personal data is collected or stored although the policy rules it out.', defaultSeverity: 'error' },
  check(ctx) {
    const out = [];
    for (const cand of collectionCandidates(ctx)) {
      let c = cand;
      // (Whose the data is: the record's words and the field's own — `Quote.neighbourName` is a neighbour's.)
      let p = ctx.policy.collectProhibition(c.category, [...splitIdentifier(c.container), ...splitIdentifier(c.name)], splitIdentifier(c.name));
      // A field of the same name in a child's record (`ChildRow.email` beside `ParentRow.email`) meets bans about children,
      // and one in a role's record (`Raiser.dateOfBirth` beside `Applicant.dateOfBirth`) bans about that role.
      if (!p && (ctx.policy.childProhibits.length || ctx.policy.groupProhibits.length)) {
        for (const r of cand.related) {
          p = ctx.policy.collectProhibition(r.category, [...splitIdentifier(r.container), ...splitIdentifier(r.name)], splitIdentifier(r.name));
          if (p) {
            c = { ...r, related: [], source: 'field' };
            break;
          }
        }
      }
      // ("We do not collect your location in the background": a position delivered to a background task.)
      if (!p && c.container === 'device location API (background)') p = ctx.policy.backgroundProhibition(c.category);
      if (!p) continue;
      // ("We do not access your device's location": the coordinates of an address the policy declares, geocoded, are no
      // reading of the device's position.)
      if (DEVICE_POSITION.test(p.text) && geocodedAddress(ctx, c.category, c)) continue;
      // "… IP address, which is not stored": a request's field or an input read and let go keeps nothing.
      if (p.stored && !mayBeKept(c)) continue;
      out.push(
        collectionFinding(
          ctx,
          c,
          'prohibited-collection',
          `${c.container}.${c.name} collects ${categoryName(c.category).toLowerCase()} (${c.category}), which the policy rules out: "${p.text.replace(/[.\s]+$/, '')}".`,
          ctx.policy.clause(p.clause),
          p.text,
          false,
        ),
      );
    }
    return out;
  },
};
