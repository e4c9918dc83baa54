import { serviceById } from '../catalog';
import { CATEGORIES, covers, parentOf } from '../taxonomy';
import { bannedKinds, type Declaration, type PolicyNote, type ProhibitDecl, type ShareDecl } from './model';

/**
 * The whole-policy check of the sentence readings: a ban that the same policy contradicts is a misreading
 * ("we do not collect personal data" in a policy that lists what it collects), dropped with a note.
 */
export function checkConsistency(decls: Declaration[], lineOf: (clause: string) => { file: string; line: number; leadIn?: string }, runsLocally = false): { declarations: Declaration[]; notes: PolicyNote[] } {
  const notes: PolicyNote[] = [];
  decls = [...decls];
  const shares = decls.filter((d) => d.type === 'share');
  // "The Extension runs entirely in your browser with no backend servers": what such a product handles stays on the
  // user's machine, so what it reads there ("History: searched only when you ask") is no collection that contradicts
  // "The Extension does NOT collect any personal information" — unless the policy also sends data to someone it names
  // (other than services the user connects).
  const local = runsLocally && !shares.some((s) => s.type === 'share' && (s.confidence ?? 1) >= 0.5 && (s.services.length > 0 || s.kinds.some((k) => k !== 'third_party' && k !== 'service_provider')) && !USER_CONNECTED.test(`${lineOf(s.clause).leadIn ?? ''} ${s.text}`));
  const collects = local ? [] : decls.filter((d) => d.type === 'collect');
  for (const d of decls) if (d.type === 'prohibit') narrowByOwnShares(d, shares as ShareDecl[], lineOf, notes);
  // (What the product says in its own words it collects, read once for every ban.)
  const stated = collects.filter((c) => !selfDenied(c) && c.actor === 'we' && ((c.confidence ?? 1) >= 1 || WE_COLLECT.test(c.text)));
  for (const d of [...decls]) {
    const split = d.type === 'prohibit' ? narrowByCollected(d, collects, stated, lineOf, notes) : undefined;
    if (split) decls.splice(decls.indexOf(d) + 1, 0, split);
  }
  const keep = decls.filter((d) => {
    if (d.type === 'prohibit' && !d.categories.length) return false;
    // "We do not sell your Google user data": a ban on passing on what one vendor's account gives the product, which
    // the sentence does not list; not a ban on every kind of personal data. (A purpose ruled out for that data — "we
    // do not use Google user data to train AI models" — stays a ban on the purpose, and "we do not sell Google user
    // data" a ban on selling.)
    if (d.type === 'prohibit' && d.action === 'share' && !d.purposes.length && d.categories.length === 1 && d.categories[0] === 'user' && d.scope?.length === 1 && VENDOR_DATA.test(d.scope[0])) {
      const at = lineOf(d.clause);
      notes.push({ file: at.file, line: at.line, message: `read "${d.text.slice(0, 80)}" as a ban on ${d.scope[0]}, which it does not list; not applied as a ban` });
      return false;
    }
    if (d.type !== 'prohibit' || d.conditions.length || d.scope?.length || d.purposes.length) return true;
    // "The Software does not transmit any data to third-party servers" in a policy that lists the services the user
    // connects it to (Slack, an SSO provider): the ban holds except for those, a condition the code cannot check.
    const connected = d.action === 'share' && d.categories.includes('user') && !d.services.length ? shares.find((s) => s.type === 'share' && s.clause !== d.clause && USER_CONNECTED.test(`${lineOf(s.clause).leadIn ?? ''} ${s.text}`) && (s.services.length > 0 || s.kinds.some((k) => k !== 'third_party' && k !== 'service_provider'))) : undefined;
    if (connected) {
      d.conditions = ['except services you connect'];
      const at = lineOf(d.clause);
      notes.push({ file: at.file, line: at.line, message: `read "${d.text.slice(0, 80)}" as a ban except for the services the user connects (line ${lineOf(connected.clause).line}); not applied as a ban` });
      return true;
    }
    const why = contradiction(d, collects, shares);
    if (!why) return true;
    const at = lineOf(d.clause);
    // "Only the Login ID is stored in your browser. We do not store any data on our servers": where data is not kept,
    // beside what the policy keeps elsewhere — a ban on that place, which code does not tell apart from another.
    const place = d.action === 'collect' ? ON_OUR_SERVERS.exec(d.text) ?? ON_EXTERNAL_SERVERS.exec(d.text) : null;
    if (place) {
      d.scope = [place[1]];
      notes.push({ file: at.file, line: at.line, message: `read "${d.text.slice(0, 80)}" as a ban on keeping data ${place[0]}, though ${why}; not applied as a ban` });
      return true;
    }
    // "We do not share any data with third-party providers" in a policy that names the analytics or advertising
    // vendors it uses: the commitment stands for everyone else, an exception the code cannot tell apart.
    // (Only a ban that speaks of others: "no data is sent to our servers" is about the product itself.)
    if (why === NAMES_RECIPIENTS && d.action === 'share' && (d.kinds.length > 0 || /\b(?:anyone|anybody|third[- ]part(?:y|ies))\b/i.test(d.text)) && !ON_OUR_SERVERS.test(d.text)) {
      d.conditions = ['except the recipients the policy names'];
      notes.push({ file: at.file, line: at.line, message: `read "${d.text.slice(0, 80)}" as a ban except for the recipients the policy names; not applied as a ban` });
      return true;
    }
    notes.push({ file: at.file, line: at.line, message: `read "${d.text.slice(0, 80)}" as a ban, but ${why}; not applied as a ban` });
    return false;
  });
  return { declarations: keep, notes };
}

function contradiction(p: ProhibitDecl, collects: Declaration[], shares: Declaration[]): string | undefined {
  const others = <T extends Declaration>(list: T[]) => list.filter((d) => d.clause !== p.clause);
  if (p.action === 'collect') {
    // ("… don't collect any of your personal data. The website uses only anonymous page-view analytics": counts of
    // visits are no personal data collected; nor is "the anonymous location data we collect".)
    // (Nor what the user does: "You can set your browser not to accept cookies" collects nothing.)
    // (Nor a mention read at low confidence in a sentence that itself denies collecting: "… designed to function
    // entirely on your device with no data collection whatsoever".)
    // (Nor a mere mention read at low confidence — "any data handled by the extension" — against a ban said outright.)
    const personal = others(collects).filter((c) => c.actor !== 'user' && !selfDenied(c) && ((c.confidence ?? 1) >= 0.5 || (p.confidence ?? 1) < 1 || WE_COLLECT.test(c.text)) && !(ANONYMOUS.test(c.text) && c.type === 'collect' && c.categories.every((cat) => cat.startsWith('user.behavior') || cat === 'user.telemetry' || cat.startsWith('user.location'))));
    // ("We do not collect personal information beyond your email address" beside "We collect your email": what the
    // ban leaves out is what is collected.)
    const beyond = personal.filter((c) => c.type !== 'collect' || !c.categories.every((cat) => p.except?.some((e) => covers(e, cat))));
    if (p.categories.includes('user') && beyond.length) return 'the policy says what it collects';
  }
  if (p.action === 'share' && p.categories.includes('user') && !bannedKinds(p).length && !p.services.length && !p.purposes.length) {
    // Processors (hosting, email, payments) are often not "third parties" in a policy's own words; recipients that
    // use data for their own ends are.
    const OWN_ENDS = /^(advertising|analytics|marketing|data_enrichment|social|crm)$/;
    // Anonymous or aggregated figures given to a vendor are no personal data shared.
    // (A mention read at low confidence — "Blorp is a decentralized social media client" — names no recipient.)
    const named = shares.find((s) => s.type === 'share' && (s.confidence ?? 1) >= 0.5 && !s.conditions.some((c) => c === 'anonymized' || c === 'aggregated') && (s.kinds.some((k) => OWN_ENDS.test(k)) || s.services.some((id) => OWN_ENDS.test(serviceById(id)?.kind ?? ''))));
    if (named) return NAMES_RECIPIENTS;
  }
  // ("We don't access, sell, transmit, or use your bot conversations" in a policy whose vendor table sends the
  // conversations to OpenAI: the same data the policy itself hands a named vendor is not banned from every recipient.)
  if (p.action === 'share' && !p.categories.includes('user') && !bannedKinds(p).length && !p.services.length && !p.purposes.length) {
    // ("We use OpenAI for question and answer processing": an AI vendor is given what people write.)
    const sends = (s: ShareDecl) => s.categories.length ? s.categories : s.services.some((id) => serviceById(id)?.kind === 'ai') ? ['user.content'] : [];
    const given = (others(shares) as ShareDecl[]).find((s) => s.type === 'share' && s.services.length > 0 && (s.confidence ?? 1) >= 0.5 && p.categories.some((c) => sends(s).some((sc) => covers(c, sc) || covers(sc, c))));
    if (given) return `the policy gives that data to ${given.services.map((id) => serviceById(id)?.name ?? id).join(', ')}`;
  }
  return undefined;
}

/** A collection read at low confidence from a sentence that says no data is collected. */
const selfDenied = (c: Declaration) => (c.confidence ?? 1) < 0.5 && DENIES_COLLECTION.test(c.text);
const DENIES_COLLECTION = /\b(?:no|zero|without(?: any)?) (?:personal )?(?:data|information) (?:collection|gathering|tracking)\b|\b(?:do|does|will) not (?:collect|gather)\b|\bnever (?:collects?|gathers?)\b/i;

const NAMES_RECIPIENTS = 'the policy names recipients it shares data with';

/** The scope of a ban on data the policy collects elsewhere: about someone or somewhere the sentence does not say. */
const IMPLICIT_SCOPE = 'someone the sentence leaves implicit';
/** A sentence that opens with what it leaves out ("Other than the allergens above, …"). */
const OPENS_WITH_EXCEPTION = /^\s*(?:other than|apart from|besides|except for|with the exception of)\s+[^,;()]{3,80},/i;

/** Where a ban says data is not kept: "on our servers", "in our database". */
const ON_OUR_SERVERS = /\b(?:on|in|to|at) ((?:our|its|the (?:app|extension|service|website|site)['’]s) (?:own )?(?:servers?|databases?|backend|back[- ]end|systems))\b/i;
/** "on external servers", "on developer-controlled servers": anywhere off the person's device. */
const ON_EXTERNAL_SERVERS = /\b(?:on|in) ((?:any )?(?:external|remote|developer[- ]controlled|cloud) servers?)\b/i;

/** Recipients the user connects the product to ("may connect to third-party services as configured by you"). */
const USER_CONNECTED = /\b(?:configured|connected|enabled|authori[sz]ed|chosen|set up|initiated) by you\b|\byou (?:choose to |decide to |explicitly )?(?:connect|configure|enable|authori[sz]e|link|integrate)\b/i;

/** The scope a reading gives data of one vendor's account ("Google data"), as opposed to a group's ("student data"). */
const VENDOR_DATA = /^[A-Z][\w.&' -]* data$/;

/** A statement about anonymous or aggregated figures. */
const ANONYMOUS = /\banonymous|\banonymi[sz]ed\b|\baggregated?\b|\bcookie-?free\b/i;

/** The broadest categories under personal data as a whole ("user.contact", "user.content", …). */
const TOP_LEVEL = CATEGORIES.map((c) => c.id).filter((id) => /^user\.[a-z_]+$/.test(id));

/**
 * "We send your prompts to AI providers … We do not share your personal information with AI providers": a ban on
 * personal data as a whole, beside a statement of the same clause sending data to the same recipients, rules out
 * the rest, not what the clause sends: it is narrowed to the other kinds of data.
 */
function narrowByOwnShares(p: ProhibitDecl, shares: ShareDecl[], lineOf: (clause: string) => { file: string; line: number }, notes: PolicyNote[]): void {
  const kinds = bannedKinds(p);
  if (p.action !== 'share' || !p.categories.includes('user') || p.conditions.length || (!kinds.length && !p.services.length)) return;
  const same = shares.filter((s) => s.clause === p.clause
    && (s.kinds.some((k) => kinds.includes(k)) || s.services.some((id) => p.services.includes(id) || kinds.includes(serviceById(id)?.kind as never))));
  if (!same.length) return;
  const sent = [...new Set(same.flatMap((s) => s.categories))];
  // "We use Google Analytics … We do not share personal data with analytics providers": the clause sends nothing
  // it names, so the ban stands as written.
  if (!sent.length) return;
  const at = lineOf(p.clause);
  // (Nor a category that holds what the ban itself excepts: "only an anonymous id".)
  p.categories = TOP_LEVEL.filter((t) => ![...sent, ...(p.except ?? [])].some((c) => covers(t, c) || covers(c, t)));
  notes.push({ file: at.file, line: at.line, message: `read "${p.text.slice(0, 80)}" as a ban on personal data other than what the same clause sends (${sent.join(', ')})` });
}

/**
 * "We do not store your full card number or other sensitive payment details" in a policy that says it keeps the
 * last four digits and the transaction history: the ban cannot mean all payment data. A category the ban names
 * that is broader than one the policy collects elsewhere is dropped from the ban (with a note); a ban left with
 * nothing is dropped.
 */
function narrowByCollected(p: ProhibitDecl, collects: Declaration[], stated: Declaration[], lineOf: (clause: string) => { file: string; line: number }, notes: PolicyNote[]): ProhibitDecl | undefined {
  if (p.action !== 'collect' || p.categories.includes('user') || p.conditions.length) return undefined;
  // ("We never record collectors' location" beside the swarm's point on the map: a ban about one group of people is not
  // narrowed by what is collected about others.)
  if (p.scope?.length) return undefined;
  const held = collects.filter((c) => c.clause !== p.clause && !selfDenied(c)).flatMap((c) => (c.type === 'collect' ? c.categories : []));
  // ("We do not receive your email address from the shop" for parcel recipients, in a policy that collects couriers'
  // email addresses: a ban on the very data the policy says it collects is about someone or somewhere the sentence
  // leaves implicit; those categories are not banned outright.)
  const surely = stated.filter((c) => c.clause !== p.clause).flatMap((c) => (c.type === 'collect' ? c.categories : []));
  // ("Other than the allergens above, we do not ask about medical conditions …": a ban that opens with what it leaves
  // out already says which part of the kind the policy collects; it holds for the rest of the kind.)
  const same = p.purposes.length || p.kinds.length || p.services.length || OPENS_WITH_EXCEPTION.test(p.text) ? [] : p.categories.filter((b) => b !== 'user' && surely.includes(b));
  if (same.length) {
    const at = lineOf(p.clause);
    const rest = p.categories.filter((c) => !same.includes(c));
    notes.push({ file: at.file, line: at.line, message: `read "${p.text.slice(0, 80)}" as a ban on ${same.join(', ')}, which the policy says it collects elsewhere: kept as a ban about someone the sentence leaves implicit, not applied to code${rest.length ? ' (applied for the rest)' : ''}` });
    // (The ban stays, scoped: it is still what the sentence commits to, for whoever it is about.)
    if (!rest.length) {
      p.scope = [IMPLICIT_SCOPE];
      return undefined;
    }
    p.categories = rest;
    return { ...p, categories: same, scope: [IMPLICIT_SCOPE] };
  }
  const broader = p.categories.filter((b) => held.some((h) => h !== b && covers(b, h)));
  if (!broader.length) return undefined;
  const at = lineOf(p.clause);
  // "We never ask for your full street address" beside a collected postcode: the whole is banned, the parts the
  // policy collects are not.
  if (p.categories.length === 1 && (/\b(?:full|complete|entire|exact|whole)\b/i.test(p.text) || p.categories[0] === 'user.health_and_medical')) {
    p.except = [...new Set(held.filter((h) => broader.some((b) => h !== b && covers(b, h))))];
    notes.push({ file: at.file, line: at.line, message: `read "${p.text.slice(0, 80)}" as a ban on the whole of ${broader.join(', ')}, not on the parts the policy collects (${p.except.join(', ')})` });
    return undefined;
  }
  // "We don't track your location" beside a collected approximate location (or country, city): a location is a matter
  // of granularity, so the ban is on the finer parts the policy does not collect (precise, history, home).
  const coarse = held.every((h) => !covers('user.location', h) || h === 'user.location.imprecise');
  const parts = broader.includes('user.location') && coarse ? CATEGORIES.filter((c) => parentOf(c.id) === 'user.location' && !held.includes(c.id)).map((c) => c.id) : [];
  p.categories = [...p.categories.filter((c) => !broader.includes(c)), ...parts];
  notes.push({ file: at.file, line: at.line, message: `read "${p.text.slice(0, 80)}" as a ban on ${broader.join(', ')}, but the policy collects part of it; ${parts.length ? `kept for ${parts.join(', ')}` : p.categories.length ? 'kept for the rest' : 'not applied as a ban'}` });
}

/** The product saying in its own words what it collects ("We collect your email address …"). */
const WE_COLLECT = /\bwe (?:also |only )?(?:collect|store|keep|receive|ask for|record|hold)\b/i;
