import { CATEGORIES, type CategoryDef } from './categories';
import { POLICY_PHRASES } from './policy-phrases';
import { boundedMemo, splitIdentifier, splitWords } from './tokens';

export { CATEGORIES, type CategoryDef } from './categories';
export { splitIdentifier, splitWords, singular } from './tokens';

const BY_ID = new Map(CATEGORIES.map((c) => [c.id, c]));

export function category(id: string): CategoryDef | undefined {
  return BY_ID.get(id);
}

export function parentOf(id: string): string | null {
  const i = id.lastIndexOf('.');
  return i < 0 ? null : id.slice(0, i);
}

/** Whether declaring `declared` declares `id` too (a parent covers its children). */
export function covers(declared: string, id: string): boolean {
  return id === declared || id.startsWith(`${declared}.`);
}

export function isSensitive(id: string): boolean {
  for (let cur: string | null = id; cur; cur = parentOf(cur)) if (BY_ID.get(cur)?.sensitive) return true;
  return false;
}

export function isImplicit(id: string): boolean {
  for (let cur: string | null = id; cur; cur = parentOf(cur)) if (BY_ID.get(cur)?.implicit) return true;
  return false;
}

// ── identifier lexicon ──────────────────────────────────────────────────

interface LexEntry {
  order: number;
  tokens: string[];
  weak: boolean;
  text: string;
  category: CategoryDef;
}

const LEXICON: LexEntry[] = CATEGORIES.flatMap((c) =>
  c.tokens.map((t) => {
    const weak = t.startsWith('~');
    const text = weak ? t.slice(1) : t;
    return { order: 0, tokens: splitIdentifier(text.replace(/ /g, '_')), weak, text, category: c };
  }),
)
  .sort((a, b) => b.tokens.length - a.tokens.length)
  .map((e, order) => ({ ...e, order }));

/**
 * Tokens that may follow the data word without changing what the identifier
 * holds (`emailAddress`, `phoneE164`, `avatarUrl`). Anything else after the
 * match makes it the head of another noun (`emailQueueSize`, `ssnValidatorRegex`,
 * `birthdayCakeColor`): English compounds are head-final, so the identifier is
 * about something else.
 */
const VALUE_SUFFIX = new Set([
  'value', 'raw', 'plain', 'text', 'str', 'string', 'encrypted', 'enc', 'cipher', 'ciphertext', 'primary',
  'secondary', 'confirmation', 'confirm', 'normalized', 'normalised', 'full', 'e164', 'line', 'url', 'uri',
  'path', 'file', 'blob', 'no', 'num', 'nr', 'number', 'digits', 'base64', 'bytes', 'buffer', 'data', 'info',
  'detail',
  // Encodings split by the tokenizer (`phoneE164` → phone e 164, `avatarBase64`), image formats (`selfieJpeg`).
  'e', 'base', 'b64', 'jpeg', 'jpg', 'png', 'webp', 'heic',
  // Money in minor units (`annualSalaryCents`); the sides of a scanned document (`idDocumentFront`).
  'cents', 'cent', 'pence', 'minor', 'front', 'back', 'scan', 'image', 'photo',
  // Where a stored file is (`photoKey`, `idScanObjectKey`): the file itself.
  'key', 'object', 'storage',
]);

/** Heads of a record that holds what its modifiers name (`medicalFitnessNotes`, `healthCheckReport`). */
const SENSITIVE_RECORD_HEAD = new Set(['note', 'report', 'record', 'history', 'detail', 'assessment', 'certificate', 'declaration', 'summary', 'result']);
/** How bad or which kind a sensitive matter is (`hearingLossGrade`, `allergySeverity`, `ethnicityCode`). */
const SENSITIVE_MEASURE_HEAD = new Set(['grade', 'level', 'severity', 'type', 'stage', 'degree', 'code', 'score', 'status']);
/** Free text right after a sensitive word (`disabilityDescription`, `allergyNotes`): what the person wrote about it. */
const SENSITIVE_TEXT_HEAD = new Set(['description', 'notes', 'note', 'comment', 'comments', 'explanation', 'summary', 'details', 'report', 'history']);

/** Leading words that make the identifier an action, predicate or setting about the data (`notifyByEmail`, `hasPhone`). */
const NOT_A_VALUE_PREFIX = new Set([
  'by', 'via', 'with', 'without', 'from', 'to', 'for', 'per', 'of', 'no', 'is', 'has', 'have', 'should', 'can',
  'allow', 'enable', 'enabled', 'disable', 'show', 'hide', 'validate', 'format', 'parse', 'mask', 'redact', 'hash',
  'send', 'notify', 'search', 'filter', 'sort', 'get', 'set', 'find', 'update', 'delete', 'remove', 'require', 'use', 'max', 'min', 'maximum', 'minimum', 'default',
  'on', 'after', 'before', 'skip', 'include', 'exclude', 'count', 'total', 'num', 'regex', 'pattern', 'example',
  'sample', 'mock', 'fake', 'dummy', 'test', 'placeholder', 'reset', 'forgot', 'change', 'auto',
]);

/** Modifiers naming a system or the organisation rather than a person (`supportEmail`, `serverIp`). */
const SYSTEM_MODIFIER = new Set([
  'server', 'webserver', 'hostname', 'vhost', 'proxy', 'gateway', 'bind', 'listen', 'dns', 'subnet', 'cidr', 'cluster', 'pod', 'container', 'service',
  'database', 'db', 'redis', 'smtp', 'api', 'upstream', 'balancer', 'nat', 'allowed', 'blocked', 'trusted',
  'whitelist', 'allowlist', 'blocklist', 'support', 'sales', 'noreply', 'system', 'bot', 'team', 'company', 'office',
  'helpdesk', 'admin', 'sender', 'reply', 'template', 'file', 'class', 'table', 'column', 'field', 'bucket', 'queue',
  'topic', 'event', 'job', 'task', 'app', 'product', 'plan', 'project', 'brand', 'store', 'shop', 'merchant',
  'vendor', 'tenant', 'org', 'organization', 'workspace', 'site', 'page', 'schema', 'tool', 'model', 'folder',
  'label', 'tag', 'category', 'channel', 'domain', 'repo', 'repository', 'workflow', 'function', 'method', 'route',
  'metric', 'feature', 'flag', 'environment', 'env', 'component', 'span', 'trace', 'log', 'generic', 'default',
  'static', 'global', 'fallback', 'fake', 'dummy', 'placeholder', 'bot', 'assistant', 'platform', 'provider', 'sdk',
  'entity', 'webhook',
  // An audience a product targets, or the top entries of a chart (`targetedUniversities`, `topCountries`): settings and
  // aggregates, not one person's data.
  'targeted', 'targeting', 'top',
  // A map's state or a game's answer (`mapCenterLat`, `viewportLng`, `guessLat`): a point on a map, not where anyone is.
  'map', 'center', 'centre', 'viewport', 'bounds', 'marker', 'guess', 'guessed',
]);

/** A machine's identity by its record's name: a Google Cloud service account's key, a bot's account. */
export const MACHINE_ACCOUNT = /(?:service|bot|robot|machine|system)_?(?:account|user)s?$/i;

/** Words that make an account or a user a machine's (`serviceAccount`, `botUser`). */
const MACHINE_OWNER = new Set(['service', 'bot', 'system', 'api', 'machine', 'robot', 'technical']);

/** What a software client talks to or runs as (`HttpClient`, `TrpcClient`, `SettingsClient`). */
const SOFTWARE_CLIENT = new Set(['http', 'https', 'rpc', 'trpc', 'grpc', 'graphql', 'gql', 'rest', 'ws', 'websocket', 'socket', 'redis', 'kafka', 'mqtt', 's3', 'sdk', 'settings', 'edit', 'form', 'layout', 'view', 'detail', 'details', 'list', 'table', 'shell', 'wrapper', 'provider', 'query', 'ui']);

/** Modifiers that make a `name` the name of a thing or a place, not of a person (beyond the system modifiers). */
const THING_NAMED = new Set([
  'bank', 'institution', 'street', 'town', 'city', 'county', 'country', 'state', 'region', 'province', 'district',
  'scheme', 'transaction', 'inbox', 'document', 'invoice', 'receipt', 'currency', 'network', 'host', 'device',
  'browser', 'os', 'locale', 'timezone', 'zone', 'color', 'colour', 'icon', 'font', 'asset', 'report', 'chart',
  'dashboard', 'view', 'sheet', 'index', 'key', 'secret', 'token', 'cookie', 'param', 'variable', 'property',
  'attribute', 'type', 'kind', 'status', 'step', 'stage', 'action', 'command', 'script', 'role', 'passkey',
  'credential', 'authenticator', 'permission', 'drive', 'tag', 'genre', 'category', 'playlist', 'album', 'track', 'song',
  'station', 'episode', 'badge', 'emoji', 'sticker', 'template', 'plan', 'product', 'game', 'course', 'lesson', 'module',
  'package', 'repository', 'repo', 'feature', 'flag', 'metric', 'topic', 'queue', 'tool', 'exercise', 'program', 'workout',
  'routine', 'recipe', 'ingredient', 'node', 'short', 'model', 'error', 'err', 'exception', 'setting', 'migration', 'anchor',
  // Places (`placeName`, `venueName`, `locationName`): a town, a landmark or a business, not a person.
  'place', 'venue', 'location', 'landmark', 'restaurant', 'hotel', 'building', 'room',
  // A community's or a blockchain's name (`guildName`, `chainName`).
  'guild', 'chain',
  // What a request came through (`agentName`, `referrerName` parsed from a User-Agent or a Referer: an app, a site) and a
  // podcast's feed (`feedName`).
  'agent', 'referrer', 'referer', 'feed', 'podcast',
  // Files and the things people make or schedule: a `File`'s or a `Task`'s name is its title.
  'file', 'folder', 'attachment', 'upload', 'task', 'job', 'event', 'form', 'workflow', 'dataset', 'bucket', 'page',
  'post', 'article', 'list', 'collection', 'label',
  // An app's own settings and presets (`setting_name`, `presetName`).
  'setting', 'preset', 'option', 'theme', 'layout', 'variant', 'experiment',
  // Software the product runs or watches (`applicationInstance.displayName`, `ClusterDto.name`, `webhookName`).
  'instance', 'application', 'service', 'cluster', 'endpoint', 'integration', 'webhook', 'deployment', 'environment',
  'database', 'plugin', 'extension', 'widget', 'component', 'monitor',
  // A framework's units of code (`context.piece.name` of a bot's listener, `handler.name`, `route.name`).
  'piece', 'listener', 'handler', 'middleware', 'route', 'controller', 'resolver', 'function', 'method', 'class',
  // Things people make and sort into (`DeckMeta.fullName`, `groupNames`, `boardName`).
  'deck', 'card', 'notebook', 'board', 'block', 'group',
  // What an audit log or a permission points at (`auditLogTarget.name`, `resource.displayName`).
  'target', 'resource',
  // A catalogue's entries and an app's capabilities and modes (`itemName`, `skillName`, `modeName`).
  'item', 'skill', 'mode',
]);

/** Words of PERSON_NOUNS that qualify a record without naming a person's role: a "personal ID" is a document, a "billing ID" an invoice's. */
const NOT_A_ROLE = new Set(['billing', 'shipping', 'home', 'personal', 'first', 'last', 'full', 'legal', 'emergency', 'callback', 'identity', 'kyc', 'me', 'registration', 'signup', 'family', 'people']);

/** Values a platform word can follow (`push_token_mobile`, `app_version_web`): the word names the platform, not data. */
const VALUE_BEFORE_PLATFORM = /^(?:tokens?|keys?|ids?|hash|secret|urls?|version|build|release|platform|enabled|updated|at)$/;

/** Heads of a record of what a person does with an organisation: a donation, a booking, an order, a registration. */
const PERSONAL_DEALING = /^(?:donations?|bookings?|reservations?|registrations?|orders?|payments?|applications?|enrol(?:l)?ments?|attendances?|visits?|subscriptions?|requests?|tickets?|signups?|rsvps?|inquir(?:y|ies)|enquir(?:y|ies)|pledges?|tithes?|appointments?)$/;

/** Nouns for a person: a record or qualifier with one of these is about a data subject. */
export const PERSON_NOUNS = new Set([
  'user', 'member', 'customer', 'person', 'people', 'profile', 'account', 'contact', 'employee', 'patient',
  'owner', 'requester', 'recipient', 'subscriber', 'student', 'guest', 'applicant', 'candidate', 'lead', 'buyer',
  'driver', 'rider', 'visitor', 'attendee', 'camper', 'kid', 'participant', 'signup', 'registration', 'emergency', 'cardholder',
  'holder', 'beneficiary', 'parent', 'child', 'spouse', 'resident', 'citizen', 'traveler', 'traveller',
  'passenger', 'respondent', 'volunteer', 'donor', 'shopper', 'consumer', 'learner', 'me', 'identity', 'kyc',
  'billing', 'shipping', 'home', 'personal', 'first', 'last', 'full', 'legal', 'client', 'author', 'reporter',
  'assignee', 'agent', 'staff', 'worker', 'player', 'athlete', 'doctor', 'nurse', 'teacher', 'family',
  'friend', 'caller', 'callback', 'referrer', 'referee', 'invitee', 'inviter', 'approver', 'claimant', 'payee',
  'payer', 'insured', 'policyholder', 'borrower', 'lender', 'landlord', 'seller', 'occupant', 'householder', 'lodger',
  'housemate', 'flatmate', 'roommate',
  // People by the role they hold in a group (a choir's leader, a club's secretary).
  'leader', 'coach', 'organiser', 'organizer', 'secretary', 'treasurer', 'captain', 'instructor', 'tutor',
  // People who look after someone or something for the user (a pet's sitter, a child's nanny).
  'sitter', 'babysitter', 'nanny', 'caregiver', 'carer', 'caretaker', 'groomer',
]);

export const DEVICE_NOUNS = new Set(['device', 'endpoint', 'agent', 'machine', 'computer', 'asset', 'host', 'inventory', 'hardware', 'laptop', 'workstation', 'phone', 'mobile', 'enrollment', 'session', 'login', 'signin', 'audit']);

/** Nouns for an organisation or a place: its address, phone and site are not a person's (`Venue.address`, `Company.country`). */
export const ORG_NOUNS = new Set([
  'venue', 'clinic', 'school', 'company', 'organization', 'organisation', 'business', 'store', 'shop', 'restaurant',
  'hotel', 'office', 'publication', 'workspace', 'tenant', 'merchant', 'vendor', 'supplier', 'practice', 'hospital',
  'pharmacy', 'warehouse', 'depot', 'brand', 'status', 'team', 'org', 'institution', 'university', 'branch', 'site',
  'facility', 'property', 'gym', 'studio', 'salon', 'club', 'agency', 'firm', 'employer', 'insurer', 'carrier', 'bank',
  // Things with a name, an avatar or an address of their own (a bot, a model, a repository, a search result, a token).
  'assistant', 'bot', 'theme', 'channel', 'server', 'tool', 'video', 'playlist', 'repo', 'repository', 'stock',
  'listing', 'product', 'board', 'emoji', 'integration', 'provider', 'platform', 'place', 'mcp', 'plugin', 'extension',
  'package', 'webhook', 'sdk', 'game', 'symbol', 'ticker', 'project',
  // Places people book or visit, with an address of their own.
  'space', 'room', 'desk', 'building', 'campus', 'workshop', 'garage', 'cafe', 'bakery', 'pub', 'shelter', 'station',
  'airport', 'marina', 'harbour', 'harbor', 'gallery', 'museum', 'theatre', 'theater', 'cinema', 'stadium', 'dealership',
  'dealer', 'showroom', 'franchise', 'charity', 'nonprofit', 'council', 'association', 'sponsor',
  // Groups people belong to, which meet somewhere of their own.
  'choir', 'orchestra', 'ensemble', 'society', 'parish', 'church', 'league',
  // Places of worship and the congregations that run them (a mosque's address, phone and social pages are its own).
  'mosque', 'masjid', 'synagogue', 'temple', 'gurdwara', 'chapel', 'cathedral', 'congregation',
  // Animals: a horse's health notes, weight and date of birth are not a person's.
  'horse', 'pony', 'pet', 'dog', 'cat', 'animal', 'puppy', 'kitten', 'livestock', 'cattle',
]);

const CONFIG_NOUNS = new Set(['config', 'configuration', 'option', 'env', 'environment', 'constant', 'const', 'setting']);

export interface ClassifyContext {
  /** The record or receiver is about a person (User, member, DTO with an email). */
  person?: boolean;
  /** The record is about a device (DeviceReport, agent inventory). */
  device?: boolean;
  /** The declared type is boolean (a flag about the data, not the data). */
  boolean?: boolean;
}

export interface Classification {
  category: string;
  /** The lexicon entry that matched, e.g. "date of birth" or "~name". */
  lexeme: string;
  /** The identifier's tokens. */
  tokens: string[];
}

/** Lexicon entries by first token, longest first: a lookup per token instead of a scan of the lexicon. */
const BY_FIRST = new Map<string, LexEntry[]>();
for (const e of LEXICON) {
  const list = BY_FIRST.get(e.tokens[0]) ?? [];
  list.push(e);
  BY_FIRST.set(e.tokens[0], list);
}

/** Whether a lexicon entry of more than one word starts with this word (`identity` of "identity document"). */
export function startsCompound(word: string): boolean {
  return (BY_FIRST.get(splitIdentifier(word)[0] ?? word) ?? []).some((e) => e.tokens.length > 1);
}

function matchPart(part: string[], ctx: ClassifyContext): Classification | null {
  const candidates: { e: LexEntry; i: number }[] = [];
  for (let i = 0; i < part.length; i++) for (const e of BY_FIRST.get(part[i]) ?? []) candidates.push({ e, i });
  candidates.sort((a, b) => a.e.order - b.e.order);
  for (const { e, i } of candidates) {
    const n = e.tokens.length;
    let ok = true;
    for (let k = 0; k < n; k++) if (part[i + k] !== e.tokens[k]) ok = false;
    if (!ok) continue;
    const after = part.slice(i + n);
    const before = part.slice(0, i);
    // (`medicalFitnessNotes`, `criminalRecordCheckReport`: a record of sensitive content, one word between, is that content.)
    // (`disability_description`, `allergyNotes`: the free text about it, one word after, holds it too.)
    // (`hearingLossGrade`, `allergySeverity`, `diagnosisCode`, `ethnicityCode`: how bad or which kind of a condition or
    // a special category is that data too; not a biometric's or an ID document's kind — `biometricType: 'fingerprint'`
    // says how a device unlocks, `identity.documentType` which document was shown.)
    const special = /^user\.(?:health_and_medical|criminal_history|demographic\.(?:race_ethnicity|religious_belief|political_opinion|sexual_orientation|trade_union))/.test(e.category.id);
    const measureOf = !e.weak && after.length === 1 && SENSITIVE_MEASURE_HEAD.has(after[0]) && special;
    const recordOf = measureOf || (e.category.sensitive === true && ((after.length === 2 && SENSITIVE_RECORD_HEAD.has(after[1])) || (after.length === 1 && SENSITIVE_TEXT_HEAD.has(after[0]))));
    if (!recordOf && !after.every((t) => VALUE_SUFFIX.has(t) || /^\d+$/.test(t))) continue;
    // `avatarKey`, `avatar_id`: often one of the product's own illustrated avatars, picked, not a photo.
    if (e.tokens[0] === 'avatar' && after.some((t) => t === 'key' || t === 'object' || t === 'storage')) continue;
    // `huggingFaceId`: a model's id on Hugging Face, no face.
    if (e.tokens[0] === 'face' && before[before.length - 1] === 'hugging') continue;
    // `avatarText`: the text shown in place of a picture (initials in its circle), not the picture.
    if (e.category.id === 'user.content.self_image' && after.includes('text')) continue;
    // A plural entry ("dependents") matches the word as a noun, not its singular as a modifier (`dependentValues`).
    if (n === 1 && after.length && e.text !== e.tokens[0] && e.text === `${e.tokens[0]}s`) continue;
    // "on call" qualifies a phone (`onCallPhone`); "on" alone makes a handler (`onPhoneChange`).
    // (`hasUnspentConviction`, `isDiabetic`, `hasDisability`: whether a person has a special-category trait is that data —
    // unlike `hasPhone`, which says only that a number is there.)
    const trait = special && !e.category.id.includes('insurance') && !e.weak && !after.length && /^(?:has|have|is)$/.test(before[0] ?? '') && !before.slice(1).some((t) => NOT_A_VALUE_PREFIX.has(t));
    // (`placedFromIp`, `submittedFromIp`: the address a request came from is the client's — unlike `fromEmail`, a sender's.)
    if (!trait && before.some((t, k) => NOT_A_VALUE_PREFIX.has(t) && !(t === 'on' && before[k + 1] === 'call') && !(t === 'from' && k === before.length - 1 && e.category.id === 'user.device.ip_address'))) continue;
    const modifier = before[before.length - 1];
    if (modifier && SYSTEM_MODIFIER.has(modifier)) continue;
    // `organizationImageUrl`, `companyUrl`: the organisation's own image or address, not where a person works.
    if (e.weak && e.category.id === 'user.workplace' && after.length) continue;
    // `bankName`, `streetName`, `schemeName`, `transactionName`: the name of a thing or a place.
    // (`content_name` of a conversion event, `itemName`: a piece of content's or a catalogue item's name.)
    if (modifier && (e.category.id === 'user.name' || (n === 1 && e.tokens[0] === 'name')) && (THING_NAMED.has(modifier) || modifier === 'content' || modifier === 'item')) continue;
    // `accountAge`, `agentHealth`, `certificateAge`: how old or how well a thing is, not a person's age or health.
    if (modifier && THING_STATE.has(modifier) && (e.category.id === 'user.demographic.age_range' || e.category.id === 'user.health_and_medical')) continue;
    // `githubInstallationId`, `slackInstallId`: an app's installation on a platform account, not a device.
    if (modifier && e.category.id === 'user.device.device_id' && /^install/.test(e.tokens[0]) && APP_PLATFORM.has(modifier)) continue;
    // `cookiePassword`, `sealPassword`, `encryptionPassphrase`: a secret the product keeps for a machine, not a person's
    // sign-in credential.
    if (modifier && e.category.id === 'user.authorization.password' && SECRET_HOLDER.has(modifier)) continue;
    // `accountAddress`: an account's address is a wallet's or a mailbox's, not where
    // anyone lives (`billingAddress`, `homeAddress` name one).
    if (modifier === 'account' && e.tokens.length === 1 && e.tokens[0] === 'address' && e.category.id === 'user.contact.address') continue;
    // `prGithubId`, `review_github_id`: the platform's id of a pull request or a review, not of an account.
    if (modifier && e.category.id === 'user.social.account' && PLATFORM_ITEM.has(modifier)) continue;
    // (`repository_full_name`, `projectFullName`: "full" says which part of the name; the thing before it owns it.)
    const owner = e.category.id === 'user.name' || (n === 1 && e.tokens[0] === 'name') ? [...before].reverse().find((w) => !NAME_PART_WORDS.has(w)) : undefined;
    if (owner && owner !== modifier && (THING_NAMED.has(owner) || SYSTEM_MODIFIER.has(owner))) continue;
    // `parkingPhotoKey`, `damagePhoto`, `receiptPhoto`: a photo of the thing the word before names, not of a person.
    if (e.weak && e.category.id === 'user.content.self_image' && modifier && !PERSON_NOUNS.has(modifier) && THING_PHOTOGRAPHED.has(modifier)) continue;
    // `push_token_mobile`, `app_version_mobile`: a weak word after a thing's value says which platform it is for.
    if (e.weak && modifier && VALUE_BEFORE_PLATFORM.test(modifier)) continue;
    // `applianceSerialNumber`, `boilerSerialNumber`, `productSerial`: the id of a thing the word before names, not of the
    // person's device.
    if (e.category.device && modifier && THING_IDENTIFIED.has(modifier)) continue;
    const qualified = modifier !== undefined && (PERSON_NOUNS.has(modifier) || (e.category.device === true && DEVICE_NOUNS.has(modifier)));
    if (e.weak && !qualified && !ctx.person) continue;
    if (e.category.device && !qualified && !ctx.person && !ctx.device) continue;
    // `propertyLat`, `venueLongitude`: where a place is, not where a person is. (An animal's position is its walker's.)
    if (e.category.id === 'user.location.precise' && modifier && ORG_NOUNS.has(modifier) && !ANIMAL.has(modifier)) continue;
    // `centroidLat`, `mapCenterLng`: the middle of an area or of a map's view, not where anyone is.
    if (e.category.id === 'user.location.precise' && modifier && AREA_POINT.has(modifier)) continue;
    // `approxLat`, `roundedLongitude`: a position blurred on purpose is an approximate location.
    if (e.category.id === 'user.location.precise' && before.some((t) => BLURRED.has(t))) return { category: 'user.location.imprecise', lexeme: e.weak ? `~${e.text}` : e.text, tokens: part };
    return { category: e.category.id, lexeme: e.weak ? `~${e.text}` : e.text, tokens: part };
  }
  return null;
}

/**
 * Classifies an identifier (field, property, variable name) as personal data.
 * Returns one classification per conjunct (`injuriesAndConditions` → health);
 * an empty list when the name is not personal data.
 */
const classifyMemo = boundedMemo((key) => classifyUncached(key.slice(2), { person: key[0] === '1', device: key[1] === '1' }));

export function classifyIdentifier(name: string, ctx: ClassifyContext = {}): Classification[] {
  // (A flag says something about the data, not the data — except a flag that is itself a special category: `isPregnant`,
  // `hasDiabetes`, `is_smoker` say what the person's health is.)
  // (A flag named for a condition itself — `mobilityImpairment: boolean`, `wheelchairUser?: boolean` — says the person has it.)
  if (ctx.boolean) return /^(?:is|has|had|was)(?:[A-Z_]|$)/.test(name) ? classifyMemo(`${ctx.person ? 1 : 0}${ctx.device ? 1 : 0}${name}`).filter((c) => isSensitive(c.category) && /^user\.(?:health|health_and_medical)\b/.test(c.category)) : classifyMemo(`${ctx.person ? 1 : 0}${ctx.device ? 1 : 0}${name}`).filter((c) => isSensitive(c.category) && /^user\.health_and_medical\.\w+/.test(c.category) && /\s/.test(c.lexeme));
  return classifyMemo(`${ctx.person ? 1 : 0}${ctx.device ? 1 : 0}${name}`);
}

function classifyUncached(name: string, ctx: ClassifyContext): Classification[] {
  const tokens = splitIdentifier(name);
  if (tokens.length === 0 || tokens.length > 8) return [];
  const parts: string[][] = [[]];
  for (const t of tokens) {
    if (t === 'and' || t === 'or') parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  const out: Classification[] = [];
  for (const p of parts) {
    if (p.length === 0) continue;
    const m = matchPart(p, ctx);
    if (m && !out.some((o) => o.category === m.category)) out.push({ ...m, tokens });
  }
  // `hearAbout`, `heard-about`, `learnedAbout`: how someone found the product (a marketing answer), not what they wrote
  // about themselves.
  if (tokens.some((t, i) => t === 'about' && HEARD_OF.has(tokens[i - 1] ?? ''))) return out.filter((c) => c.category !== 'user.content.bio');
  // `countries`, `allowedRegions`, `cities`: a list of places (where a fund invests, where a service runs), not where a
  // person lives — one has one address.
  if (/(?:countries|cities|regions|provinces|states)$/i.test(name)) return out.filter((c) => !c.category.startsWith('user.contact.address'));
  // (`ageGroups`, `age_ranges`: the buckets of a chart or a dataset; a person is in one.)
  if (/age_?(?:groups|ranges|brackets|bands|buckets|cohorts)$/i.test(name)) return out.filter((c) => c.category !== 'user.demographic.age_range');
  // `oldFullName`, `newName`, `previousName` outside a person's record: the two sides of a rename of a thing.
  if (!ctx.person && RENAMED.has(tokens[0]) && !tokens.some((w) => PERSON_NOUNS.has(w) && !NAME_PART_WORDS.has(w))) return out.filter((c) => c.category !== 'user.name' && !c.category.startsWith('user.name.'));
  return out;
}

/** Verbs of finding out before "about" (`hearAbout`): how someone heard of the product. */
const HEARD_OF = new Set(['hear', 'heard', 'learn', 'learned', 'learnt', 'find', 'found', 'know', 'knew']);

/** Things a photo is of, named before "photo" (`parkingPhotoKey`, `damagePhoto`, `receiptPhoto`): not the person. */
const THING_PHOTOGRAPHED = new Set(['parking', 'parked', 'damage', 'damaged', 'receipt', 'invoice', 'bike', 'scooter', 'car', 'vehicle', 'parcel', 'package', 'delivery', 'proof', 'product', 'item', 'property', 'room', 'listing', 'meal', 'food', 'dish', 'plant', 'odometer', 'meter', 'site', 'job', 'work', 'before', 'after', 'cover', 'banner', 'background', 'gallery', 'pet', 'dog', 'cat', 'animal', 'house', 'home', 'plate', 'equipment', 'asset', 'inspection', 'condition', 'menu', 'store', 'shop', 'venue', 'drop', 'dropoff', 'pickup', 'return']);

const RENAMED = new Set(['old', 'new', 'previous', 'prev', 'original', 'renamed']);

/** Things with a serial number or an id of their own, named before it (`applianceSerialNumber`): not a person's device. */
const THING_IDENTIFIED = new Set(['appliance', 'boiler', 'heater', 'fridge', 'freezer', 'oven', 'cooker', 'washer', 'dryer', 'dishwasher', 'product', 'item', 'equipment', 'part', 'component', 'battery', 'tool', 'bike', 'scooter', 'charger', 'pump']);

/** Whether a name is qualified by a system or organisation noun (`organizationName`, `serverIp`). */
export function isSystemQualified(name: string): boolean {
  const t = splitIdentifier(name);
  return t.slice(0, -1).some((w) => SYSTEM_MODIFIER.has(w));
}

/** Whether a name's last word is a system or organisation noun (`domain`, `workspaceSlug` is not, `projectName` is not): what a key like `name` then holds. */
export function namesSystemThing(name: string): boolean {
  const t = splitIdentifier(name);
  return t.length > 0 && SYSTEM_MODIFIER.has(t[t.length - 1]);
}

/** Things a password can protect when they are shared (a space, a link, a document, a secret), not an account. */
const SHARED_THINGS = new Set(['space', 'link', 'share', 'room', 'folder', 'video', 'document', 'doc', 'page', 'album', 'board', 'collection', 'channel', 'meeting', 'webinar', 'file', 'vault', 'note', 'secret', 'paste']);

/**
 * Whether a password field belongs to a shared thing rather than to a person: `createSpace(formData)`'s
 * `formData.get('password')`, `model Secret { password }`. (Not `UserSecret`: a person's record is a person's.)
 */
export function guardsSharedThing(container: string, field: string): boolean {
  if (!/^(?:password|passcode|passphrase)$/i.test(field)) return false;
  const words = splitIdentifier(container);
  return words.some((w) => SHARED_THINGS.has(w)) && !words.some((w) => PERSON_NOUNS.has(w));
}

/** What a machine secret called a password protects (`cookiePassword`, `keystorePassword`): no person's credential. */
const SECRET_HOLDER = new Set(['cookie', 'session', 'seal', 'sealing', 'encryption', 'decryption', 'signing', 'jwt', 'keystore', 'truststore', 'cert', 'certificate', 'pfx', 'p12', 'root', 'ssh', 'gpg', 'pgp', 'tls', 'ssl', 'iron', 'cipher', 'kms', 'mysql', 'postgres', 'pg', 'mongo', 'mongodb', 'rabbit', 'rabbitmq', 'amqp', 'mqtt', 'ftp', 'sftp', 'ldap', 'bind', 'service', 'sa']);

/** Things whose age or health a name can give (`accountAge`, `agentHealth`, `diskHealth`). */
/** Things a person holds that have names of their own: a badge, a role, a plan, a tag, a project. */
const OWNED_THING = new Set(['badge', 'role', 'plan', 'tag', 'label', 'project', 'team', 'playlist', 'workspace', 'template', 'achievement', 'reward', 'subscription', 'tier', 'group']);

const THING_STATE = new Set(['account', 'agent', 'node', 'instance', 'host', 'worker', 'endpoint', 'connection', 'token', 'session', 'cache', 'record', 'message', 'post', 'key', 'certificate', 'cert', 'password', 'item', 'entry', 'build', 'release', 'version', 'disk', 'battery', 'link', 'invite', 'snapshot', 'backup', 'index', 'content', 'data', 'pod', 'replica', 'shard', 'peer', 'probe', 'check', 'device', 'sensor', 'plugin', 'integration', 'pipeline', 'deployment',
  // (`financialHealth`, `portfolioHealth`, `budgetAge`: how well money or an investment is doing.)
  'financial', 'finance', 'finances', 'portfolio', 'budget', 'object', 'campaign', 'ad', 'ads', 'business', 'company', 'project', 'repo', 'repository', 'system', 'service', 'server', 'database', 'db', 'api', 'app', 'site', 'store', 'team', 'org', 'organization']);

/** Platforms an app is installed on (`githubInstallationId`): the installation is of the app on an account or workspace. */
const APP_PLATFORM = new Set(['github', 'gitlab', 'bitbucket', 'slack', 'discord', 'shopify', 'teams', 'jira', 'linear', 'notion', 'zoom', 'salesforce', 'hubspot', 'intercom', 'zendesk', 'vercel', 'netlify', 'atlassian', 'confluence', 'trello', 'asana', 'monday', 'clickup', 'figma', 'workspace', 'bot', 'integration', 'gh']);

/** Things on a code or social platform with ids of their own (a pull request, a review, a post). */
const PLATFORM_ITEM = new Set(['pr', 'pull', 'review', 'issue', 'commit', 'comment', 'discussion', 'repo', 'repository', 'post', 'tweet', 'thread', 'message', 'channel', 'guild', 'server', 'release', 'check', 'run', 'workflow', 'installation', 'org', 'organization', 'team']);

/** Words that say what kind of record a type is (`…Schema`, `…Dto`, `…CreateSchema`), after the thing it describes. */
export const RECORD_KIND_SUFFIX = new Set(['schema', 'dto', 'type', 'props', 'model', 'input', 'response', 'payload', 'entity', 'record', 'row', 'shape', 'validator', 'interface', 'create', 'update', 'insert', 'upsert', 'patch', 'edit', 'ro', 'vo', 'meta', 'metadata', 'attributes', 'attrs']);

/** The head word of a record about the person themselves (`User`, `users`, `MemberProfile`). */
const PERSON_RECORD = /^(?:users?|members?|profiles?|persons?|people|customers?|authors?)$/;

/**
 * Whether a record's member is the person's picture: a bare `image` on a record named for the person (`model User {
 * image }`, `users.image`), the picture a sign-in provider gives, as NextAuth keeps it. An image elsewhere is a
 * recipe's or a product's.
 */
export function pictureOfPerson(record: string, member: string): boolean {
  return /^image$/i.test(member) && PERSON_RECORD.test(splitIdentifier(record).at(-1) ?? '');
}

/** What `pictureOfPerson` finds. */
export const PERSON_PICTURE = { category: 'user.content.self_image', lexeme: 'image', tokens: ['image'] };

/**
 * A record's name without the words that say what kind of record it is (`GitHubRepositorySchema` → github repository,
 * `clueSchema` → clue): the thing it describes comes last. (A copy: `splitIdentifier` hands out its memoized array.)
 */
function recordWords(name: string): string[] {
  const t = splitIdentifier(name);
  let end = t.length;
  while (end > 1 && RECORD_KIND_SUFFIX.has(t[end - 1])) end--;
  return t.slice(0, end);
}

/** Whether a record's head noun is a thing with a name of its own (`inbox`, `Document`, `bankTransaction`). */
export function namesThing(name: string): boolean {
  const t = recordWords(name);
  // (`repositories`, `packages`: a list of such things.)
  const head = t[t.length - 1] ?? '';
  const singular = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.endsWith('s') ? head.slice(0, -1) : head;
  // (A record of the product's settings is about them whoever they are for: `UserSettingMigration.oldName` is a key's.)
  if (t.length > 1 && SETTINGS_HEAD.has(singular) && !PERSON_NOUNS.has(t[t.length - 2])) return true;
  // (`UserBadge.name`, `MemberRole.name`, `CustomerPlan.name`: a person's badge, role or plan goes by its own name.)
  if (t.length > 1 && OWNED_THING.has(singular) && PERSON_NOUNS.has(t[t.length - 2])) return true;
  return t.length > 0 && (THING_NAMED.has(head) || THING_NAMED.has(singular)) && !t.some((w, i) => PERSON_NOUNS.has(w) && (!NAME_PART_WORDS.has(w) || t[i + 1] === 'name'));
}

/**
 * Whether a function's name says the personal-looking value it returns is a thing's (`getLocaleDisplayName`,
 * `formatProductName`), not a person's (`getUserDisplayName`, `buildEventPayload` name no data word last).
 */
export function namesThingsValue(name: string): boolean {
  const t = splitIdentifier(name);
  if (t.length < 2 || !classifyIdentifier(t[t.length - 1], { person: true }).length) return false;
  return t.slice(0, -1).some((w) => THING_NAMED.has(w) || SYSTEM_MODIFIER.has(w)) && !t.some((w) => PERSON_NOUNS.has(w));
}

/** Words that say a position was blurred on purpose. */
const BLURRED = new Set(['approx', 'approximate', 'approximated', 'rounded', 'coarse', 'fuzzy', 'fuzzed', 'blurred', 'truncated', 'obfuscated', 'jittered']);

/**
 * The members of a record that name a program, not a person: `clientName` beside `clientVersion` (`client_name`,
 * `client_version`). Used for declared records and for object literals sent in a request.
 */
export function programNames(memberNames: string[]): Set<string> {
  const norm = (n: string) => n.toLowerCase().replace(/_/g, '');
  const versioned = new Set(memberNames.map(norm).filter((n) => n.endsWith('version')).map((n) => n.slice(0, -'version'.length)));
  return new Set(versioned.size ? memberNames.filter((n) => /name$/i.test(n) && versioned.has(norm(n).slice(0, -'name'.length))) : []);
}

/** Points of an area or of a map's view (`centroidLat`, `centerLng`): a shape's, not a person's position. */
const AREA_POINT = new Set(['centroid', 'center', 'centre', 'midpoint']);

/** Heads of a record about the product's settings and their changes (`SettingMigration`, `UserSettingMigration`). */
const SETTINGS_HEAD = new Set(['setting', 'migration']);

/** Words that say which part of a person's name a field holds; in a record's name (`LastFmTag`, `FirstRun`) they name no one. */
export const NAME_PART_WORDS = new Set(['first', 'last', 'full', 'legal']);

/** Buildings and sites with an address of their own: a record or a member named for one holds its details. */
const SITES = ['venue', 'clinic', 'office', 'store', 'shop', 'restaurant', 'hotel', 'warehouse', 'depot', 'building', 'station', 'stadium', 'museum', 'pharmacy', 'pool', 'rink', 'arena', 'library', 'kennel', 'cattery', 'gym', 'studio', 'salon', 'garage', 'hostel', 'hospital', 'cafe', 'bakery', 'theatre', 'theater', 'cinema', 'gallery', 'brewery', 'winery', 'farm', 'campus', 'listing', 'cabin', 'cottage', 'villa', 'lodge'];

/**
 * Head nouns of a record about a place (`Location`, `Place`, `Venue`, `PointOfInterest`), or about a thing built at one
 * (`chargers`, `Station`, `Store`, `Branch`): where it stands is no one's location.
 */
// (`Clue { lat, lng }`, `Waypoint`, `Geocache`: a point a game or a map puts somewhere, no one's whereabouts; a surf `Spot`
// or a `Beach` is where a lesson meets.)
const PLACE_HEAD = new RegExp(`^(?:location|place|poi|landmark|zone|region|district|centroid|territory|neighbou?rhood|house|property|apartment|charger|chargepoint|outlet|airport|hub|locker|kiosk|hut|campsite|clue|waypoint|geocache|checkpoint|spot|beach|trailhead|marina|harbou?r|${SITES.join('|')})s?$|^(?:branch|branches|facility|facilities)$`);

/** A machine or a name on the internet (`hosting`, `Server`, `Domain`): where it is hosted is no one's location. */
// (`INode { publicKey, alias, latitude }`: a network's node or relay — a Lightning node, a Tor relay — is a machine too.)
const SERVER_HEAD = /^(?:hosting|host|server|domain|datacenter|datacentre|nameserver|registrar|node|relay|validator)s?$/;

/** A value named for a site a business runs (`kennel`, `branch`, `venue`): `kennel.lat` is where the kennel is. */
export const siteNamed: (name: string) => boolean = boundedMemo((name) => {
  const head = recordWords(name).at(-1) ?? '';
  return SITE_HEAD.test(head) && !splitIdentifier(name).some((w) => PERSON_NOUNS.has(w));
});
const SITE_HEAD = new RegExp(`^(?:${SITES.join('|')})s?$|^(?:branch|branches|facility|facilities)$`);

/**
 * Whether a record is a place's (a restaurant's `Location { address, city, lat }`, a search result's `Place`): named
 * for a place, with no member that points at a person (`userId`, `ownerEmail` make it someone's location).
 * Its address, coordinates and name are the place's.
 */
export function placeRecord(name: string, memberNames: string[]): boolean {
  const t = splitIdentifier(name);
  // (Whatever it is called, a record that carries a map's id for the place — `osmId`, `googlePlaceId` — is a place's;
  // so is a map's `center: { lat, lng }`.)
  // (`clueSchema`, `VenueDto`: the thing named before the record's kind.)
  const head = recordWords(name).at(-1) ?? '';
  // (A domain's `hosting` row — `domainId`, `geoCity`, `geoLat` — is where a server is.)
  // (`Marina { name, lat, lng, harbourOfficePhone }`: coordinates beside an office's or a business's contact are a
  // business's position.)
  const business = memberNames.some((m) => COORDINATE.test(m)) && memberNames.some((m) => splitIdentifier(m).slice(0, -1).some((w) => ORG_NOUNS.has(w)));
  // (`LocalMap`, `LocalMapGpsCoordinates`: a search result's map, with the coordinates of the places on it.)
  const placeNamed = PLACE_HEAD.test(head) || MAP_POINT.test(head) || MAP_CORNER.test(t.join('')) || SERVER_HEAD.test(head) || (GEO_HEAD.test(head) && t.some((w) => SERVER_HEAD.test(w))) || business || memberNames.some((m) => PLACE_ID.test(m)) || (t.length > 1 && t.includes('map'));
  // (`deviceLocation`, `currentLocation`, `myPosition`: where the device — its holder — is now, not a place.)
  if (!placeNamed || t.some((w) => PERSON_NOUNS.has(w) || WHERE_ONE_IS.has(w))) return false;
  // (`maxStudentsPerInstructor`: a count of people, not one of them.)
  return !memberNames.some((m) => !/^(?:max|min|num|count|total)[A-Z_]|(?:Count|Limit|Total)$/.test(m) && splitIdentifier(m).some((w) => PERSON_NOUNS.has(w) && !NAME_PART_WORDS.has(w)));
}

/** Words that make a location the position of a device or of the one holding it (`deviceLocation`, `myLocation`). */
const WHERE_ONE_IS = new Set(['device', 'phone', 'mobile', 'browser', 'current', 'my', 'live', 'last', 'latest', 'realtime', 'own']);

/** The head of a record about where something is (`HostingGeo`, `ServerLocation`): whose, its other words say. */
const GEO_HEAD = /^(?:geo|geolocation|location|position|coordinates?)$/;

/** A member that holds a coordinate. */
const COORDINATE = /^(?:lat|latitude|lng|lon|long|longitude|coords?|coordinates|geo_?(?:lat|lng|lon|point))$/i;

/** A map's id for a place (OpenStreetMap, Google Places, Foursquare, Mapbox). */
const PLACE_ID = /^(?:osm|google_?place|place|foursquare|fsq|yelp|mapbox_?place|domain)_?id$/i;

/** A point of a map's own state (`center`, `viewport`, `bounds`, `marker`). */
const MAP_POINT = /^(?:center|centre|viewport|bounds|marker|bbox)$/;

/** A corner of a map's bounds (`southWest`, `northEast`, `topLeft`). */
const MAP_CORNER = /^(?:south|north)(?:west|east)$|^(?:sw|ne|nw|se)$|^(?:top|bottom)(?:left|right)$/;

/** Animals a record can be about (a dog-walking app's `Dog`, a vet's `Pet`). */
const ANIMAL = new Set(['pet', 'dog', 'cat', 'animal', 'horse', 'puppy', 'kitten', 'canine', 'feline', 'livestock']);

/**
 * Whether a record is an animal's (`dogProfileSchema`, `Pet`): its health, name, age and photo are the animal's.
 * (`DogOwner`, `PetParent`: a person noun beside the animal makes it the owner's record.)
 */
export function animalRecord(name: string): boolean {
  const t = splitIdentifier(name);
  return t.some((w) => ANIMAL.has(w)) && !t.some((w) => PERSON_NOUNS.has(w) && !/^(?:profile|account|record|details|info)$/.test(w));
}

/** A record of a job on offer (`jobs`, `JobPosting`, `vacancies`): its title, salary and employer are the job's. */
export function jobRecord(name: string): boolean {
  const t = splitIdentifier(name);
  return t.some((w) => /^(?:job|jobs|vacancy|vacancies|posting|postings|opening|openings|gig|gigs)$/.test(w)) && !t.some((w) => PERSON_NOUNS.has(w) && !/^(?:profile|account|record|details|info)$/.test(w));
}

/** What a job's record holds that would be a person's elsewhere: a title, a salary, an employer. */
export function jobHeld(category: string): boolean {
  return category === 'user.job_title' || category.startsWith('user.financial.income') || category === 'user.workplace';
}

/**
 * Members named for another record the row points at (`jobTitle` beside `jobId`, `listing_salary` beside `listing_id`):
 * what they hold is that record's, copied in. (Not a person's: `userTitle` beside `userId` stays theirs.)
 */
export function referencedPrefixes(names: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const m = /^([a-z]+)_?id$/i.exec(n);
    if (m && !PERSON_NOUNS.has(m[1].toLowerCase())) out.add(m[1].toLowerCase());
  }
  return out;
}

/** What an animal's record holds that would be a person's elsewhere. */
export function animalHeld(category: string): boolean {
  return category.startsWith('user.health_and_medical') || category === 'user.name' || category.startsWith('user.demographic.date_of_birth') || category.startsWith('user.demographic.age') || category === 'user.demographic.gender' || category === 'user.content.self_image' || category.startsWith('user.biometric');
}

/** Words of a spreadsheet's records (`SheetEvaluationCell`, `WorkbookRange`). */
const GRID_WORDS = new Set(['sheet', 'sheets', 'spreadsheet', 'worksheet', 'workbook', 'cell', 'cells', 'formula', 'formulas']);

/**
 * Whether a record is a spreadsheet's (`SheetEvaluationCell { address }`, `SheetDocDependencyRecord { dependents }`): a
 * cell's address is "A1", its dependents are other cells, its name is a range's.
 */
export function gridRecord(name: string): boolean {
  const t = splitIdentifier(name);
  return t.some((w) => GRID_WORDS.has(w)) && !t.some((w) => PERSON_NOUNS.has(w));
}

/** What a spreadsheet's record holds that would be a person's elsewhere. */
export function gridHeld(category: string): boolean {
  return category.startsWith('user.contact.address') || category === 'user.demographic.relationships' || category === 'user.name';
}

/**
 * The first word of a member that names the place it is about (`venueAddress`, `clinicPhone`, `officePostcode`): the place's address, position, phone or name, whoever the record is about.
 */
const PLACE_MEMBER_HEAD = new RegExp(`^(?:${SITES.join('|')}|branch|facility|gym|studio|salon|club|campus|rehearsal|concert|gallery|theatre|theater|cinema|church|hall|court|pitch|school|practice|hospital|surgery|centre|center)$`);

/** Whether a member names a place's detail (`venueAddress`) rather than a person's. */
export function placeMember(member: string, category: string): boolean {
  const head = splitIdentifier(member)[0] ?? '';
  return PLACE_MEMBER_HEAD.test(head) && splitIdentifier(member).length > 1 && placeHeld(category);
}

/** What a place's record holds that would be a person's elsewhere: its address, its position, its name. */
export function placeHeld(category: string): boolean {
  return category.startsWith('user.location') || category.startsWith('user.contact.address') || category === 'user.name' || category === 'user.contact.phone_number' || category === 'user.contact.url';
}

/** Whether a record name (interface, class, parameter, variable) is about a person or a device. */
export const recordContext: (name: string) => { person: boolean; device: boolean; config: boolean; org: boolean } = boundedMemo((name) => recordContextUncached(name));

/** Words that name a record's or a form's shape rather than its subject (`…Schema`, `…Profile`, `…Page`). */
const RECORD_WORDS = new Set(['schema', 'dto', 'input', 'form', 'type', 'model', 'entity', 'profile', 'page', 'screen', 'step', 'view', 'section']);

function recordContextUncached(name: string): { person: boolean; device: boolean; config: boolean; org: boolean } {
  const t = splitIdentifier(name);
  // `landlordOrgs`, `customerCompany`, `agentWorkspaces`: a record named by an organisation it heads is the
  // organisation's, whoever the modifier names.
  // (`companyProfileSchema`: the profile of an organisation is the organisation's. Not `BankAccount`: a bank's customer's.)
  let end = t.length;
  while (end > 1 && RECORD_WORDS.has(t[end - 1])) end--;
  const head = t[end - 1] ?? '';
  // (`UserProperties`, `personProperties`: a person's attributes, as analytics tools call them, not a building.)
  const org = (w: string, i: number) => (ORG_NOUNS.has(w) || ORG_NOUNS.has(w.replace(/s$/, ''))) && !(/^propert(?:y|ies)$/.test(w) && i > 0 && PERSON_NOUNS.has(t[i - 1]));
  const orgHead = org(head, end - 1);
  return {
    // (`ServiceAccount`, `botUser`, `systemAccount`: a machine's identity, not a person's.)
    // (`RoleClientProps`, `HttpClient`, `SettingsClient`: a client of a thing is software — a client component, an SDK.)
    person: !orgHead && t.some((w, i) => PERSON_NOUNS.has(w) && (!NAME_PART_WORDS.has(w) || t[i + 1] === 'name') && !MACHINE_OWNER.has(t[i - 1] ?? '') && !(w === 'client' && i > 0 && (THING_NAMED.has(t[i - 1]) || SYSTEM_MODIFIER.has(t[i - 1]) || SOFTWARE_CLIENT.has(t[i - 1])))),
    // (`MosqueDonation`, `ClubBooking`, `StoreOrder`: what a person gives, books or orders from an organisation is theirs.)
    org: t.some(org) && !PERSONAL_DEALING.test(head),
    device: t.some((w) => DEVICE_NOUNS.has(w)),
    config: t.length > 0 && CONFIG_NOUNS.has(t[t.length - 1]),
  };
}

// ── policy phrases ──────────────────────────────────────────────────────

interface PhraseEntry {
  words: string[];
  text: string;
  ids: string[];
}

const PHRASES: PhraseEntry[] = (() => {
  const map = new Map<string, PhraseEntry>();
  for (const c of CATEGORIES) {
    for (const p of c.phrases) {
      const words = splitWords(p);
      const key = words.join(' ');
      const e = map.get(key) ?? { words, text: p, ids: [] };
      if (!e.ids.includes(c.id)) e.ids.push(c.id);
      map.set(key, e);
    }
  }
  for (const [p, ids] of POLICY_PHRASES) {
    const words = splitWords(p);
    const key = words.join(' ');
    const e = map.get(key) ?? { words, text: p, ids: [] };
    for (const id of ids) if (!e.ids.includes(id)) e.ids.push(id);
    map.set(key, e);
  }
  return [...map.values()].sort((a, b) => b.words.length - a.words.length);
})();

/** Two-word phrases by their words ("technical data"), for a head noun that a list of modifiers shares. */
const PAIRS = new Map(PHRASES.filter((p) => p.words.length === 2).map((p) => [p.words.join(' '), p]));

/** Head nouns a list of modifiers may share ("technical and interaction data"). */
const SHARED_HEAD = new Set(['data']);

export interface PhraseMatch {
  /** Index of the first matched word. */
  start: number;
  end: number;
  text: string;
  ids: string[];
}

/** Whether `word` is the plural of a phrase's singular head noun ("device ids" for "device id", "referring sites"). */
function pluralOf(word: string, head: string): boolean {
  if (word.length <= head.length || head.endsWith('s')) return false;
  return word === `${head}s` || word === `${head}es` || (head.endsWith('y') && word === `${head.slice(0, -1)}ies`);
}

/** Finds taxonomy phrases in a word sequence (from splitWords), longest first, without overlaps. */
export function matchPhrases(words: string[]): PhraseMatch[] {
  const used = new Array<boolean>(words.length).fill(false);
  const out: PhraseMatch[] = [];
  for (const p of PHRASES) {
    const n = p.words.length;
    for (let i = 0; i + n <= words.length; i++) {
      let ok = true;
      for (let k = 0; k < n; k++) if (used[i + k] || (words[i + k] !== p.words[k] && !(k === n - 1 && pluralOf(words[i + k], p.words[k])))) ok = false;
      // ("keyed by your profile ID": the id of the person the profile is, not the profile's name and photo.)
      if (!ok || (PERSON_NOUNS.has(p.words[n - 1]) && /^(?:ids?|identifiers?)$/.test(words[i + n] ?? '') && !p.ids.includes('user.unique_id'))) continue;
      for (let k = 0; k < n; k++) used[i + k] = true;
      out.push({ start: i, end: i + n, text: p.text, ids: p.ids });
    }
  }
  // ("We do not collect photos on your profile": where the data would be, after what the sentence names — whatever
  // the length of the phrase that names it.)
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k];
    if (/^profiles?$/.test(words[m.end - 1]) && /^(?:on|in)$/.test(words[m.start - 1] ?? '') && out.some((o) => o.start < m.start && o.ids.length > 0)) out.splice(k, 1);
  }
  // "technical and interaction data", "device, usage or location information": a modifier before "and"/"or" shares the
  // head noun of the phrase after it (the one before it too, in a list of three).
  for (let j = 1; j + 2 < words.length; j++) {
    if ((words[j] !== 'and' && words[j] !== 'or') || !used[j + 1] || !SHARED_HEAD.has(words[j + 2]) || !out.some((m) => m.start === j + 1 && m.end === j + 3)) continue;
    for (let i = j - 1; i >= Math.max(0, j - 2) && !used[i]; i--) {
      const p = PAIRS.get(`${words[i]} ${words[j + 2]}`);
      if (!p) break;
      used[i] = true;
      out.push({ start: i, end: i + 1, text: p.text, ids: p.ids });
    }
  }
  // ("Account data: name, email, password hash, language, timezone": a person's language, bare, in a list of their data;
  // not a language model, a programming language or natural language processing.)
  for (let i = 0; i < words.length; i++) {
    if (used[i] || !/^languages?$/.test(words[i]) || /^(?:models?|processing|learning|understanding|skills?|tags?|codes?|files?|servers?|detection)$/.test(words[i + 1] ?? '') || /^(?:programming|natural|large|query|markup|scripting|coding|plain|simple|clear|legal|formal|foreign|machine|computer|source|template|description|design|visual)$/.test(words[i - 1] ?? '')) continue;
    used[i] = true;
    out.push({ start: i, end: i + 1, text: 'language', ids: ['user.demographic.language'] });
  }
  // ("keyed by your candidate ID", "the player identifier": the id of a person by the role they hold in the product.)
  for (let i = 0; i + 1 < words.length; i++) {
    if (used[i] || used[i + 1] || !/^(?:ids?|identifiers?)$/.test(words[i + 1]) || !PERSON_NOUNS.has(words[i]) || NOT_A_ROLE.has(words[i]) || /^(?:anonymous|anonymi[sz]ed|pseudonymous|random|hashed)$/.test(words[i - 1] ?? '')) continue;
    used[i] = used[i + 1] = true;
    out.push({ start: i, end: i + 2, text: `${words[i]} id`, ids: ['user.unique_id'] });
  }
  // "your snippet content", "your note contents": what the person wrote in the product, whatever it is called.
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i] !== 'your' || used[i + 1] || used[i + 2] || !/^contents?$/.test(words[i + 2]) || !/^[a-z]{3,}$/.test(words[i + 1])) continue;
    used[i] = used[i + 1] = used[i + 2] = true;
    out.push({ start: i, end: i + 3, text: `your ${words[i + 1]} content`, ids: ['user.content'] });
  }
  return out.sort((a, b) => a.start - b.start);
}
