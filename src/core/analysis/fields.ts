import { own, table } from '../text';
import { ts } from './tsapi';
import { animalHeld, animalRecord, jobHeld, jobRecord, referencedPrefixes, placeMember, pictureOfPerson, PERSON_PICTURE, gridHeld, gridRecord, classifyIdentifier, programNames, guardsSharedThing, startsCompound, isImplicit, MACHINE_ACCOUNT, isSystemQualified, namesSystemThing, namesThing, PERSON_NOUNS, placeHeld, placeRecord, RECORD_KIND_SUFFIX, recordContext, splitIdentifier, category as categoryDef } from '../taxonomy';
import { serviceForName, vendorPrefix } from '../catalog';
import { accessChain, calleeName, enclosingFunctionName, isBooleanType, isCallableType, nameText, rangeOf, unwrap } from './ast';
import { type Buckets, CF_GEO } from './buckets';
import { graphqlFields, PERSON_REF, WRITTEN_MEMBER, writtenIn } from './schema-files';
import { constAt } from './values';
import { SETTING_NAME } from './data';
import { type FieldFact, type FieldKind, type InputFact, STORE_WRITE_SOURCE, UPLOAD_SOURCE } from './types';

/** Property names that hold whatever is sent or shown, saying nothing of what (`body`, `data`, `payload`). */
const GENERIC_HOLDER = /^(?:body|data|input|payload|params|query|values|fields|form|request|req|res|response|result|args|options|props|state|item|entry|row|record|meta|metadata|details|info|extra|context)$/;
/** The share of an audience a segment holds (`viewerPercentage`, `share`, `ratio`). */
const SHARE_MEMBER = /^(?:percent|percentage|pct|share|ratio|proportion|fraction)$/;
/** A bare `company` or `organization`: whose workplace only a person's own record says. */
const WEAK_WORKPLACE = /^~(?:company|organization|organisation)$/;
/** The first word of fields that describe an organisation itself (`company_logo`, `employerEmail`). */
const ORG_PROFILE = /^(?:company|organization|organisation|employer|business|firm)$/;

/** Object types declared in each file: a property of such a type holds a record, not a value. */
const localRecords = new WeakMap<ts.SourceFile, Set<string>>();

function holdsLocalRecord(sf: ts.SourceFile, t: ts.TypeNode | undefined): boolean {
  if (!t) return false;
  // `{ show: boolean }`, `object`, `Record<…>`: a nested record or a dictionary, whose own members are what count.
  if (ts.isTypeLiteralNode(t) || t.kind === ts.SyntaxKind.ObjectKeyword || t.kind === ts.SyntaxKind.TypeLiteral) return true;
  if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && /^(Record|Map|Set|Array)$/.test(t.typeName.text) && !(t.typeName.text === 'Array')) return true;
  if (ts.isArrayTypeNode(t)) return holdsLocalRecord(sf, t.elementType);
  if (ts.isUnionTypeNode(t)) return t.types.some((x) => holdsLocalRecord(sf, x));
  return ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && (localRecords.get(sf)?.has(t.typeName.text) ?? false);
}

/** A reference to a record type the file declares (`PostalAddress`), not an inline shape of flags or a dictionary. */
function namedRecord(sf: ts.SourceFile, t: ts.TypeNode | undefined): boolean {
  if (!t) return false;
  if (ts.isUnionTypeNode(t)) return t.types.some((x) => namedRecord(sf, x));
  if (ts.isArrayTypeNode(t)) return namedRecord(sf, t.elementType);
  return ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && (localRecords.get(sf)?.has(t.typeName.text) ?? false);
}

/** The record type a property holds (`BankDetailsDto` of `bankDetails?: BankDetailsDto | null`). */
function heldRecordName(t: ts.TypeNode | undefined): string | undefined {
  if (!t) return undefined;
  if (ts.isUnionTypeNode(t)) return t.types.map(heldRecordName).find((x) => x);
  if (ts.isArrayTypeNode(t)) return heldRecordName(t.elementType);
  return ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) ? t.typeName.text : undefined;
}

/** Properties kept for their name although they hold a record of the file (`bankDetails: BankDetailsDto`), per file. */
const recordSlots = new WeakMap<ts.SourceFile, { container: string; name: string; record: string }[]>();

/** Notes a property whose type is a record the file declares, so that the record's own fields can speak for it. */
function noteRecordSlot(sf: ts.SourceFile, container: string, name: string, t: ts.TypeNode | undefined) {
  const record = heldRecordName(t);
  if (record && namedRecord(sf, t)) recordSlots.get(sf)?.push({ container, name, record });
}

/** `homeAddress: PostalAddress`: a field whose own name says what personal data its record is (not `settings: Settings`). */
function namesData(name: string): boolean {
  // Data that comes as a small record of parts (an address, a name, a position, a date, an account number), not a
  // count or a list of things (`chatMessages: Feature`, `testimonials: Testimonial[]`).
  // (`spo2: Spo2Sample[]`: readings of the body come as a list of samples.)
  return classifyIdentifier(name, { person: true }).some((c) => !c.lexeme.startsWith('~') && /^user\.(?:contact\.address|contact\.phone_number|name|location|demographic\.date_of_birth|financial|government_id|health_and_medical|biometric)/.test(c.category));
}

interface Candidate {
  name: string;
  node: ts.Node;
  boolean: boolean;
  /** What a validator says the value is (`@IsPhoneNumber()`, `z.string().email()`), when the name does not. */
  validated?: string;
  /** The coordinate type a member is declared with (`home: LatLng`, `lastSeen: GeoPoint`): a position, whatever its name. */
  position?: string;
  /** Declared as an integer (`integer('card_number')`, `cardNumber: number`): a sequence number, never a card's 16 digits. */
  integer?: boolean;
  /** The schema a field is declared with (`name: UserNameSchema` → "UserName"): it says what the field holds. */
  typedAs?: string;
}

/** A record of which notifications a person wants (`notification_preferences`, `NotificationSettings`, `notifyPrefs`). */
const NOTIFICATION_PREFERENCES = (words: string[]): boolean => words.some((w) => /^(?:notifications?|notify|alerts?)$/.test(w)) && words.some((w) => /^(?:preferences?|prefs?|settings?|subscriptions?|options?|toggles?|config)$/.test(w));

/** Made-up figures a product renders or generates (an AI avatar, a game character, a persona). */
const FIGURE_HEAD = /^(?:avatar|character|persona|npc|mascot)s?$/;
/** Words that say what kind of record a type is, not what it is about (`AvatarDto`, `CharacterResponse`, `AvatarInfo`). */
const RECORD_SUFFIX_WORDS = new Set([...RECORD_KIND_SUFFIX, 'request', 'data', 'info', 'options', 'params', 'item']);

/** Words for work a system schedules and runs (`workflowSchedule`, `cronJobs`, `queueTask`). */
const SCHEDULED_WORK = /^(?:schedules?|scheduled|cron|crons|queues?|workers?|tasks?|workflows?|pipelines?|runs?|jobs?|triggers?)$/;

/** Data only a human body has, whatever record holds it. */
const BODY_ONLY = /^user\.(?:health_and_medical|biometric)\b/;

/** Fields that hold the product's own addresses, whatever their validator says (`from`, `replyTo`, `webhookUrl`). */
const SYSTEM_NAMES = /^(from|sender|replyTo|reply_to|noreply|support|admin|webhook\w*|callback\w*|server\w*|host\w*)$/i;

/** Validators that name what a field holds: class-validator decorators and zod/yup/valibot string formats. */
const VALIDATOR_CATEGORY: Record<string, string> = table({
  IsEmail: 'user.contact.email', email: 'user.contact.email',
  IsPhoneNumber: 'user.contact.phone_number', IsMobilePhone: 'user.contact.phone_number', phone: 'user.contact.phone_number',
  IsPostalCode: 'user.contact.address.postal_code', IsCreditCard: 'user.financial.credit_card', creditCard: 'user.financial.credit_card',
  IsIBAN: 'user.financial.bank_account', iban: 'user.financial.bank_account', IsIP: 'user.device.ip_address', ip: 'user.device.ip_address', ipv4: 'user.device.ip_address', ipv6: 'user.device.ip_address',
  IsMACAddress: 'user.device.mac_address', mac: 'user.device.mac_address', IsLatitude: 'user.location.precise', IsLongitude: 'user.location.precise', IsLatLong: 'user.location.precise',
  IsIdentityCard: 'user.government_id', IsPassportNumber: 'user.government_id.passport_number', IsTaxId: 'user.government_id.tax_id',
});

const SCHEMA_ROOTS = new Set(['z', 'zod', 'yup', 'Yup', 'v', 'valibot', 'Joi', 'joi', 'Type', 't', 's', 'superstruct']);
const ENTITY_DECORATORS = /^(Entity|Schema|Table|Model|ObjectType|InputType|ArgsType|Document|Collection|model)$/;
const VALIDATOR_DECORATOR = /^(Is[A-Z]\w*|Min\w*|Max\w*|Length|Matches|Prop|Column|Field|ApiProperty\w*|PrimaryColumn|PrimaryGeneratedColumn|Property|Type|ValidateNested|Expose|Equals|NotEquals)$/;

function decoratorNames(node: ts.Node): string[] {
  const decos = ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
  return decos.map((d) => {
    const e = d.expression;
    const callee = ts.isCallExpression(e) ? e.expression : e;
    const chain = accessChain(callee);
    return chain[chain.length - 1] ?? '';
  });
}

/** Drizzle's column builders (`text('email')`, `timestamp('created_at').notNull()`). */
const COLUMN_BUILDERS = new Set(['text', 'varchar', 'char', 'timestamp', 'integer', 'int', 'bigint', 'smallint', 'serial', 'bigserial', 'boolean', 'uuid', 'json', 'jsonb', 'real', 'doublePrecision', 'numeric', 'decimal', 'date', 'datetime', 'time', 'interval', 'blob', 'customType']);

/** How many properties of an object are Drizzle columns (a builder call, possibly chained: `text('x').notNull()`). */
function columnBuilt(o: ts.ObjectLiteralExpression): number {
  let n = 0;
  for (const p of o.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    let e: ts.Expression = unwrap(p.initializer);
    while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) e = e.expression.expression;
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && COLUMN_BUILDERS.has(e.expression.text) && e.arguments.length <= 2) n++;
  }
  return n;
}

/** `confirmPassword`, `verifyPassword`: a password typed again (the project drops it where it has the password itself). */
export const PASSWORD_AGAIN = /^(?:confirm|verify|repeat|retype|re)_?(?:new_?)?password$|^(?:new_?)?password_?(?:confirm(?:ation)?|again|repeat|2)$/i;
const BANK_ACCOUNT = /^(?:bank|financial|ledger|cash|checking|savings)_?accounts?$/i;
/** Members only a bank account has. */
const BANK_MEMBER = /^(?:mask|balances?|subtype|institution_?(?:name|id)?|iban|routing_?number|available_?balance|current_?balance)$/i;
/** Words for a group a campaign or a report is about. */
const AUDIENCE_WORD = /^(?:audiences?|segments?|cohorts?|personas?|targeting)$/;
/** What a group's record says of the group as a whole (its ages, genders, interests), not of one person. */
const groupHeld = (category: string) => category.startsWith('user.demographic') || category === 'user.behavior.interests';
/** Categories whose values are words, never a bare number. */
const WORDS_ONLY = /^user\.(?:name(?:\..+)?|contact\.email|account\.username|location\.history|behavior\.interests|workplace|job_title|content\.(?:bio|private|public)|contact\.address)$/;

/** Claims only an OpenID Connect identity provider issues. */
const OIDC_CLAIMS = new Set(['sub', 'preferred_username', 'email_verified', 'given_name', 'family_name', 'picture', 'nickname', 'zoneinfo', 'locale', 'phone_number_verified', 'updated_at']);

/** Members that hold a record's content: its text, its file or where the file is stored, an encoding of it. */
const HELD_MEMBER = /^(?:description|notes?|details?|body|content|text|summary|blob|blob_?(?:path|url|key)|path|url|uri|key|(?:storage|object|s3)_?key|file|file_?(?:path|url|key|name)|data|bytes|image|descriptor|embedding|vector|encoding)$/i;
/** Sensitive content a record's own name says it holds. */
const HELD_CATEGORIES = /^user\.(?:health_and_medical|biometric|content\.(?:screen_capture|self_image|audio|video)|government_id)/;

function heldBy(container: string, members: Candidate[]): string | undefined {
  const words = splitIdentifier(container);
  // `PhotoFace { descriptor }`, `faces { embedding }`: an encoding of a face.
  if (words.some((w) => w === 'face' || w === 'faces') && members.some((m) => /^(?:descriptor|embedding|vector|encoding|landmarks?)$/i.test(m.name))) return 'user.biometric';
  for (const w of words) {
    const c = classifyIdentifier(w, { person: true })[0];
    // (`screenshots` names what a table holds when its rows belong to someone — a `userId` — not an app listing's
    // or a test run's screenshots; a weak word like `health` in `healthChecks` never does.)
    const ownedByPerson = members.some((m) => /^(?:user|owner|member|employee|account|profile|person|customer|patient|student|worker|staff)_?id$/i.test(m.name));
    if (c && (!c.lexeme.startsWith('~') || (c.category === 'user.content.screen_capture' && ownedByPerson)) && HELD_CATEGORIES.test(c.category)) return c.category;
  }
  return undefined;
}

/** A member that says a record is about a blockchain wallet. */
/** Members of a game entity beside its health: hit points, armour, ammunition, a weapon. */
const GAME_STAT = /^_?(?:max_?(?:health|hp)|health_?max|shields?|armou?r|ammo|adrenaline|damage|hp|mana|stamina|kills|weapons?|respawn\w*)$/i;

/** The parts only a URL has (`protocol`, `pathname`, `_port`). */
const URL_PART = /^_*(?:protocol|scheme|host|hostname|pathname|port|search|hash|origin|href|query_?string)$/i;
const CHAIN_SIBLING = /^(?:currency|chain|chainId|chain_id|network|coin|token|tokenSymbol|symbol|wallet|walletType|publicKey|public_key|hiveKeys|mnemonic)$/;


/** Person words that only say which part of a name a field holds. */
const NAME_PARTS = new Set(['first', 'last', 'full', 'legal']);

/** What a lesson, an exercise or a product is graded by: `difficulty_level`, `reading_level`, `slug`. */
const CONTENT_LEVEL = /^(?:difficulty(?:_?level)?|skill_?level|reading_?level|grade_?level|curriculum_?level|cefr_?level|slug)$/i;

/** Classifies one record's members; a record with a strong personal field (an email) is about a person. */
/** Nouns of an organisation that name a person as often (`Tenant` of a flat, `Provider` of care, a `Sponsor`). */
const AMBIGUOUS_ORG = /^(?:tenants?|providers?|sponsors?|dealers?|carriers?)$/;

/** Fields only a person has: a given or family name, a full name, a date of birth. */
const PERSON_ONLY_FIELD = /^(?:first_?name|last_?name|full_?name|given_?name|family_?name|sur_?name|middle_?name|date_?of_?birth|birth_?date|dob)$/i;

function classifyRecord(sf: ts.SourceFile, container: string, kind: FieldKind, members: Candidate[], inheritPerson: boolean, out: FieldFact[], inheritOrg = false) {
  const context = recordContext(container);
  // (`@Entity('tenants') class Tenant { fullName; dateOfBirth; mobilePhone }`: a word that names a person as often as an
  // organisation — a flat's tenant, a care provider — names a person when the record has a person's name or birth date.)
  const rc = context.org && !context.person && AMBIGUOUS_ORG.test(splitIdentifier(container).at(-1) ?? '') && members.some((m) => PERSON_ONLY_FIELD.test(m.name)) ? { ...context, person: true, org: false } : context;
  if (rc.config) return;
  // `{ DB_HOST, SMTP_USER, DEVELOPMENT_MYSQL_PASSWORD }`: environment variables, the deployment's settings.
  if (members.length >= 3 && members.filter((m) => SETTING_NAME.test(m.name)).length >= 0.6 * members.length) return;
  // `LeaderboardEntry { name, avatar }`, `MentionAccount { username }`, `TopWorkoutUser`: what a screen shows of other
  // people (their public names on a ranking, the accounts a mention suggests), not what is collected from anyone.
  // (`CalorieCalculatorInputs { age, gender }`: a calculator's inputs, worked out where they are typed.)
  if (splitIdentifier(container).some((w) => /^(?:leaderboards?|rankings?|scoreboards?|standings|mentions?|calculators?|calc)$/.test(w)) || /(?:^|\/)(?:leaderboards?|rankings?)\//.test(sf.fileName)) return;
  // The product's own blog (`content/blog/authors.ts`, `utils/getPosts.ts`): its authors' names and handles are the
  // publisher's, written into the posts, not collected from anyone.
  // (`lib/blog/types.ts`'s `ArticleAuthor { name, bio, image }`: an author of the blog, wherever its types are kept.)
  if (/(?:^|\/)(?:content|_?posts|data)\/blog\/|(?:^|\/)(?:www|website|site|marketing|landing)\/(?:[^/]+\/)*blog\/|(?:^|\/)(?:authors?|get-?posts?|blog-?posts?)\.[cm]?[jt]sx?$/i.test(sf.fileName) || (/(?:^|\/)blog\//i.test(sf.fileName) && splitIdentifier(container).some((w) => /^authors?$/.test(w)))) return;
  // `permissions: { screenRecording, camera, microphone }`: whether access is granted, not the data itself.
  if (splitIdentifier(container).some((w) => /^(?:permission|capability|capabilitie|entitlement)s?$/.test(w))) return;
  // `errors: { name?: string; avatar?: string }`, `touched`, `placeholders`: a form's messages and states per field,
  // not the fields' values.
  if (/^(?:errors?|touched|dirty|placeholders?|labels?|hints?|warnings?)$/.test(splitIdentifier(container).at(-1) ?? '')) return;
  // `{ sub, preferred_username, picture, email }`: the claims a sign-in provider returns. What the product keeps of
  // them is declared in its own user record; the claims' shape collects nothing by itself.
  if (members.filter((m) => OIDC_CLAIMS.has(m.name)).length >= 2 && members.some((m) => m.name === 'sub' || m.name === 'preferred_username' || m.name === 'email_verified')) return;
  // A WebAuthn ceremony's shapes (`userHandle`, `clientDataJSON`, `authenticatorData`): opaque protocol values.
  if (members.some((m) => /^(clientDataJSON|authenticatorData|attestationObject|publicKeyAlgorithm)$/.test(m.name))) return;
  // An OAuth client's registration (`client_name`, `redirect_uris`, RFC 7591) names software, not a person.
  // So is the client of an OAuth grant or consent (`OAuthGrant.clientName`).
  // (`{ clientName, clientId, clientSecret }`: an app's registration with its secret.)
  const oauthClient = members.some((m) => /^(redirect_?ur[il]s?|grant_?types?|token_?endpoint_?auth_?method|client_?secret)$/i.test(m.name)) || /o_?auth/i.test(container);
  // A Google Cloud service account's key (`client_email`, `private_key`), a bot's account: a machine's identity.
  if (MACHINE_ACCOUNT.test(container) || (members.some((m) => m.name === 'private_key') && members.some((m) => m.name === 'client_email'))) return;
  // (`UserAnalytics { channelBreakdown: { name } }`: a part named for an organisation or a thing is about it, whoever
  // the outer record is about.)
  const org = !rc.person && (rc.org || (!inheritPerson && inheritOrg));
  const run = (person: boolean) =>
    members.flatMap((m) =>
      classifyIdentifier(m.name, { person, device: rc.device, boolean: m.boolean }).map((c) => ({ m, c })),
    );
  let hits = run(rc.person || inheritPerson);
  // (`model User { image }`, `users.image`: the picture a sign-in provider gives the person, as NextAuth keeps it. Only a
  // bare `image` on a record named for the person: an image elsewhere is a recipe's or a product's.)
  for (const m of members) if (pictureOfPerson(container, m.name) && !hits.some((h) => h.m === m)) hits.push({ m, c: PERSON_PICTURE });
  // `identity: { documentNumber }`, `passport: { number }`: a part named by the property that holds it says what it is
  // with that name (strong words only: `company: { name }` stays the company's).
  // (Not a request's `body: { deviceId }` nor a device's part: `host: { name }` is no host name.)
  if (/^[a-z]+$/.test(container) && !org && !GENERIC_HOLDER.test(container) && startsCompound(container)) {
    const own = new Set(classifyIdentifier(container, { person: true }).map((y) => y.category));
    for (const m of members) {
      if (m.boolean || hits.some((h) => h.m === m)) continue;
      const c = classifyIdentifier(`${container}_${m.name}`, { person: true }).find((x) => !x.lexeme.startsWith('~') && !categoryDef(x.category)?.device && !own.has(x.category));
      if (c) hits.push({ m, c });
    }
  }
  // A validator speaks for a field whose name says nothing (`@IsPhoneNumber() contact`).
  for (const m of members) {
    if (m.position && !hits.some((h) => h.m === m) && !isSystemQualified(m.name) && !namesSystemThing(m.name)) hits.push({ m, c: { category: 'user.location.precise', lexeme: `type ${m.position}`, tokens: [] } });
    if (m.validated && !m.boolean && !hits.some((h) => h.m === m) && !isSystemQualified(m.name) && !namesSystemThing(m.name) && !SYSTEM_NAMES.test(m.name)) hits.push({ m, c: { category: m.validated, lexeme: `validator ${m.validated === 'user.contact.email' ? 'email' : m.validated.split('.').pop()}`, tokens: [] } });
  }
  if (!rc.person && !inheritPerson) {
    // Passwords protect links and files as often as accounts: they do not make a record personal.
    // A company's name does not either: a job, a template or a wish names the business it is about.
    const strongPerson = hits.some(({ c }) => !c.lexeme.startsWith('~') && !isImplicit(c.category) && !categoryDef(c.category)?.device && !c.category.startsWith('user.authorization') && c.category !== 'user.workplace');
    // (Not a bare `company` or `organization` either: beside a person's email in a job, a template or a wish, it is
    // the business the record is about, not where that person works.)
    if (strongPerson) hits = [...run(true).filter(({ c }) => !WEAK_WORKPLACE.test(c.lexeme)), ...hits.filter((h) => h.c.lexeme.startsWith('validator'))];
    else hits = hits.filter(({ c }) => c.category !== 'user.workplace');
    // `company_name` beside `company_logo` and `company_website`, `employerName` beside `employerEmail`: the record
    // describes the company, whose name is its own, not where someone works.
    const orgHead = (m: Candidate) => splitIdentifier(m.name)[0] ?? '';
    // (`{ company_name, logo_url, website_url, contact_email }`: a sponsor's or a vendor's card.)
    const profile = (m: Candidate) => ORG_PROFILE.test(orgHead(m)) && members.some((o) => o !== m && (orgHead(o) === orgHead(m) || /^(?:logo|website|homepage)(?:_?url)?$/i.test(o.name)));
    hits = hits.filter(({ m, c }) => !(c.category === 'user.workplace' && profile(m)));
    // `engagement_events { subscriberId, ipAddress }`: a row that points at a person by id records that person's
    // activity; what only a person's record makes personal (an IP address) is theirs. (Weak words — `name`, `city` —
    // stay the row's own: a user's project has a name of its own.)
    // (`gallery_views { visitor_id, ip_address }`: a record named for an organisation or a thing that points at a person
    // still records that person's address and browser; the organisation has none.)
    if (members.some((m) => PERSON_REF.test(m.name))) for (const h of run(true)) if (!h.c.lexeme.startsWith('~') && !hits.some((x) => x.m === h.m) && (!org || PERSON_TRACE.test(h.c.category))) hits.push(h);
  }
  // `calls { fromNumber, recordingUrl }`, `PhoneCall.callerNumber`: a phone call's parties are phone numbers and its
  // recording is audio of them. (Not `toolCalls`, `api_calls`: software calling software.)
  const callWords = splitIdentifier(container);
  const phoneCall = callWords.some((w, i) => /^calls?$/.test(w) && !/^(?:tool|api|function|rpc|http|webhook|method|service|llm|model|ai|fetch|remote|cron|batch|network|sdk|graphql|db|database)$/.test(callWords[i - 1] ?? ''));
  if (phoneCall && !inheritPerson) {
    for (const m of members) {
      if (m.boolean || m.integer || hits.some((h) => h.m === m)) continue;
      if (/^(?:recording|recordings|recording_?(?:url|uri|sid|path|key|file)|audio_?(?:url|uri|path|key|file)?)$/i.test(m.name)) hits.push({ m, c: { category: 'user.content.audio', lexeme: `call ${m.name}`, tokens: splitIdentifier(m.name) } });
      else if (/^(?:from|to|caller|callee)_?(?:number|phone|phone_?number)?$|^caller_?id$/i.test(m.name) && members.some((o) => /^(?:call_?sid|duration\w*|started_?at|answered_?at|direction|recording\w*)$/i.test(o.name))) hits.push({ m, c: { category: 'user.contact.phone_number', lexeme: `call ${m.name}`, tokens: splitIdentifier(m.name) } });
    }
  }
  // A record named for sensitive content (`InjuryReport`, `screenshots`, `PhotoFace`): what it stores (its description,
  // file, blob path or descriptor) is that content, whatever the field is called.
  const held = heldBy(container, members);
  if (held) for (const m of members) if (!m.boolean && !hits.some((h) => h.m === m) && HELD_MEMBER.test(m.name)) hits.push({ m, c: { category: held, lexeme: `record ${container}`, tokens: splitIdentifier(m.name) } });
  // `chat_messages { user_id, role, content }`, `Comment { authorId, body }`: what a person wrote in a message or a
  // comment, whatever its text field is called. (Only a row that points at whoever wrote it.)
  const written = members.some((m) => WRITTEN_MEMBER.test(m.name)) ? writtenIn(container, members.map((m) => m.name)) : undefined;
  if (written && !inheritPerson) for (const m of members) if (!m.boolean && !m.integer && !hits.some((h) => h.m === m) && WRITTEN_MEMBER.test(m.name)) hits.push({ m, c: { category: written, lexeme: `${splitIdentifier(container).join(' ')} ${m.name}`, tokens: splitIdentifier(m.name) } });
  // A venue's or a company's record: only fields that name a person (`ownerEmail`, `contactName`) hold personal data.
  // (`first`, `last`, `full` name a person only in a name: `avatar_image_full` is the project's full-size avatar.)
  // (An organisation has no heart rate, cycle phase or biometrics: `VendorActivityDto.spo2` is a person's, relayed by a vendor.)
  // (Nor an address or a browser: in a record that points at a person, `gallery_views { visitor_id, ip_address }`, they
  // are that person's.)
  const pointsAtPerson = members.some((m) => PERSON_REF.test(m.name));
  if (org) hits = hits.filter(({ c }) => c.tokens.some((w) => PERSON_NOUNS.has(w) && !(NAME_PARTS.has(w) && c.category !== 'user.name')) || (!c.lexeme.startsWith('~') && BODY_ONLY.test(c.category)) || (pointsAtPerson && !c.lexeme.startsWith('~') && PERSON_TRACE.test(c.category)));
  // `{ clientName, clientVersion }`: a name beside a version of the same thing is a program's, not a person's.
  const versioned = programNames(members.map((m) => m.name));
  if (versioned.size) hits = hits.filter(({ m, c }) => !(c.category.startsWith('user.name') && versioned.has(m.name)));
  if (oauthClient) hits = hits.filter(({ c }) => c.category !== 'user.name' && !c.category.startsWith('user.contact.url'));
  if (!inheritPerson && placeRecord(container, members.map((m) => m.name))) hits = hits.filter(({ c }) => !placeHeld(c.category));
  // (`CountryData { iso3c, age_group, population, asmr_country }`: figures about a country — its age groups are the
  // statistics' dimensions, its country is the place — unless the record points at a person.)
  if (!inheritPerson && !pointsAtPerson && (members.some((m) => COUNTRY_CODE.test(m.name)) || splitIdentifier(container).some((w) => /^(?:country|countries|jurisdiction|jurisdictions)$/.test(w)))) hits = hits.filter(({ c }) => !placeHeld(c.category) && c.category !== 'user.demographic.age_range');
  // `vehicle: { lengthCm, heightCm }`, `CreateDelivery { weightKg }`: a thing's size and weight, not a body's.
  if (splitIdentifier(container).some((w) => THING_RECORD.test(w))) hits = hits.filter(({ c }) => c.category !== 'user.demographic.physical_characteristics');
  if (!inheritPerson && gridRecord(container)) hits = hits.filter(({ c }) => !gridHeld(c.category));
  // (`sessions { venueAddress, venuePostcode }`: the place's address, whoever the record is about.)
  hits = hits.filter(({ m, c }) => !placeMember(m.name, c.category));
  // (`{ parentType, topLevelId, parentName }`: the parent of a node in a tree of pages, not a child's parent.)
  if (!inheritPerson && members.some((m) => /^parent_?(?:type|kind)$/i.test(m.name))) hits = hits.filter(({ m, c }) => !(c.category === 'user.name' && /^parent/i.test(m.name)));
  // (A dog's allergies and medications are the dog's; its owner's `ownerName` stays a person's.)
  if (!inheritPerson && animalRecord(container)) hits = hits.filter(({ m, c }) => !(animalHeld(c.category) && !splitIdentifier(m.name).some((w) => PERSON_NOUNS.has(w))));
  // (A job's title and salary are the job's; so is `jobTitle` copied beside the `jobId` an application points at.)
  if (!inheritPerson && jobRecord(container)) hits = hits.filter(({ m, c }) => !(jobHeld(c.category) && !splitIdentifier(m.name).some((w) => PERSON_NOUNS.has(w))));
  const referenced = referencedPrefixes(members.map((m) => m.name));
  if (referenced.size) hits = hits.filter(({ m, c }) => !(jobHeld(c.category) && splitIdentifier(m.name).length > 1 && referenced.has(splitIdentifier(m.name)[0])));
  // A bank account's `name` is its label ("Checking"); its number and IBAN are still the holder's.
  // An inbox item's or a document's `displayName` is its title.
  // (`repository.fullName`: "full" says which part of the name, not whose.)
  // (A plan's or a product's `nickname` is its label too.)
  // (`User { firstAction: { ts, name } }`: inside a person's record too, a part named for a thing has a bare `name` of its
  // own.)
  if (namesThing(container)) hits = hits.filter(({ c }) => !((c.category === 'user.name' || c.category.startsWith('user.name.')) && !c.tokens.some((w) => PERSON_NOUNS.has(w) && !NAME_PARTS.has(w)) && (!inheritPerson || c.lexeme === '~name')));
  // (`{ oldName, newName }`: a rename, of whatever the record is about; a person's own rename names them.)
  if (!inheritPerson && !splitIdentifier(container).some((w) => /^(?:users?|members?|customers?|persons?|people|profiles?|accounts?|contacts?|employees?|students?|patients?|clients?|authors?|players?)$/.test(w)) && members.some((m) => /^(?:old|prev|previous|former)_?name$/i.test(m.name)) && members.some((m) => /^(?:new|next|current)_?name$/i.test(m.name))) hits = hits.filter(({ m }) => !/^(?:old|prev|previous|former|new|next|current)_?name$/i.test(m.name));
  // (`{ institutionName, accountName, mask }`, `{ name, subtype, balances }`: a bank account by its members.)
  // (Not `holderName` beside an `iban`: the account's holder.)
  if (BANK_ACCOUNT.test(container) || members.some((m) => BANK_MEMBER.test(m.name))) hits = hits.filter(({ c }) => !(c.category === 'user.name' && c.lexeme.startsWith('~') && !c.tokens.some((w) => PERSON_NOUNS.has(w) && w !== 'account')));
  // `workflowSchedule.jobTitle`, `CronJob.jobTitle`: the title of a scheduled job, not anyone's position.
  if (!inheritPerson && splitIdentifier(container).some((w) => SCHEDULED_WORK.test(w))) hits = hits.filter(({ c }) => c.category !== 'user.job_title');
  // `notification_preferences.loan_income`, `NotificationSettings.birthday`: what a person wants to be told about, not
  // that data (where the notice goes — an email address, a phone number — stays theirs).
  if (!inheritPerson && NOTIFICATION_PREFERENCES(splitIdentifier(container))) hits = hits.filter(({ c }) => c.category.startsWith('user.contact.'));
  // `targetAudience.ageRange`, `Segment.interests`: who a campaign is for, a group rather than a person.
  if (!inheritPerson && splitIdentifier(container).some((w) => AUDIENCE_WORD.test(w))) hits = hits.filter(({ c }) => !groupHeld(c.category));
  // `dailyStats.pageViews`, `MetricsRollup.clicks`: counts over everyone, not what one person did.
  // (`SpendingTrendData.name`: a data point's label.)
  if (splitIdentifier(container).some((w) => /^(?:stats?|statistics?|metrics?|counters?|aggregates?|totals?|summary|summaries|rollups?|trends?|charts?|series|datapoints?|histograms?|kpis?)$/.test(w))) hits = hits.filter(({ c }) => !c.category.startsWith('user.behavior') && !(c.category === 'user.name' && c.lexeme.startsWith('~')));
  // `DemographicEntry { ageGroup, gender, viewerPercentage }`: a segment of an audience beside its share, not a person.
  if (!inheritPerson && members.some((m) => SHARE_MEMBER.test(splitIdentifier(m.name).at(-1) ?? ''))) hits = hits.filter(({ c }) => !c.category.startsWith('user.demographic'));
  // `grammar_content { title, slug, difficulty_level, age_group }`: the age a lesson or a product is meant for, not
  // anyone's age. (Only a record that points at no person.)
  if (!inheritPerson && !rc.person && members.some((m) => CONTENT_LEVEL.test(m.name)) && !members.some((m) => PERSON_REF.test(m.name))) hits = hits.filter(({ m, c }) => !(c.category === 'user.demographic.age_range' && /^(?:age_?(?:group|range|band|bracket)|target_?age(?:_?(?:group|range))?)s?$/i.test(m.name)));
  // `Avatar { gender, age, ethnicity }`, `Character`, `Persona`: what a made-up figure looks like, not a person's traits.
  if (!inheritPerson && FIGURE_HEAD.test(splitIdentifier(container).filter((w) => !RECORD_SUFFIX_WORDS.has(w)).at(-1) ?? '')) hits = hits.filter(({ c }) => !c.category.startsWith('user.demographic'));
  // A game entity's gauges (`health` beside `maxHealth`, `shield`, `armor`, `ammo`): its hit points, not a person's condition.
  if (members.some((m) => GAME_STAT.test(m.name))) hits = hits.filter(({ c }) => !(c.category === 'user.health_and_medical' && c.lexeme.startsWith('~')));
  // `A2PProfile { businessName, ein, website, address, addressCity }`: a business's registration; its address is the
  // business's, whoever filled it in.
  if (members.some((m) => /^(?:business|company|legal|brand|organi[sz]ation)_?name$/i.test(m.name)) && members.some((m) => /^(?:ein|tax_?id|tin|vat(?:_?(?:number|id))?|registration_?number|company_?number|duns(?:_?number)?|abn)$/i.test(m.name))) hits = hits.filter(({ c }) => !(c.category.startsWith('user.contact.address') && !c.tokens.some((w) => PERSON_NOUNS.has(w))));
  // `Outspend { spent, txid, vin }`: a transaction's input on a blockchain, no vehicle's identification number.
  if (members.some((m) => /^(?:txid|tx_?id|vout|scriptsig|scriptpubkey|prevout|witness)$/i.test(m.name))) hits = hits.filter(({ c }) => c.category !== 'user.vehicle.vin');
  // `{ currency, address }`, `{ chainId, address }`: a wallet's address on a blockchain, not a postal one.
  if (members.some((m) => CHAIN_SIBLING.test(m.name))) hits = hits.filter(({ m, c }) => !(c.category === 'user.contact.address' && /^(?:address|addr)$/i.test(m.name)));
  // `{ protocol, username, password, hostname, port }`: a parsed URL, whose user and password are the URL's own parts.
  if (members.filter((m) => URL_PART.test(m.name)).length >= 2) hits = hits.filter(({ m }) => !/^_*(?:username|password|host|hostname)$/i.test(m.name));
  for (const hit of hits) {
    const { m } = hit;
    let { c } = hit;
    if (m.integer && c.category === 'user.financial.credit_card') continue;
    // (`visitedPlaces: number`, `nameCount: number`: a count, where the data itself is words.)
    if (m.integer && WORDS_ONLY.test(c.category)) continue;
    // The schema the field is declared with says what it holds when it names personal data (`name: UserNameSchema`).
    const typed = m.typedAs ? classifyIdentifier(m.typedAs, { person: true })[0] : undefined;
    if (typed && typed.category !== c.category) c = { ...typed, lexeme: `schema ${m.typedAs}` };
    // `name: ApeKeyNameSchema`: a bare `name` declared with a schema for a thing's name is that thing's.
    else if (m.typedAs && !typed && c.lexeme.startsWith('~')) continue;
    out.push({ name: m.name, container, kind, category: c.category, lexeme: c.lexeme, ...rangeOf(sf, m.node) });
  }
}

/** The first word of a path the code writes a file to (`avatars/${uid}.png` → `avatars`). */
function pathHead(e: ts.Expression | undefined): { name: string; node: ts.Node } | undefined {
  const u = e ? unwrap(e) : undefined;
  if (!u) return undefined;
  const text = ts.isStringLiteralLike(u) ? u.text : ts.isTemplateExpression(u) ? u.head.text : undefined;
  const head = text ? /^\/?([A-Za-z][\w-]{2,40})\//.exec(text)?.[1] : undefined;
  return head ? { name: head, node: u } : undefined;
}

/** Where an upload puts a file: a Supabase bucket, a Firebase Storage folder, an S3 key's folder. */
function storedFilePlace(n: ts.CallExpression | ts.NewExpression): { name: string; kind: string; node: ts.Node } | undefined {
  if (ts.isCallExpression(n)) {
    const callee = unwrap(n.expression);
    // `.storage.from('voice-memos').upload(…)`
    if (ts.isPropertyAccessExpression(callee) && /^(?:upload|uploadToSignedUrl|update)$/.test(callee.name.text)) {
      const from = unwrap(callee.expression);
      if (ts.isCallExpression(from) && ts.isPropertyAccessExpression(unwrap(from.expression)) && (unwrap(from.expression) as ts.PropertyAccessExpression).name.text === 'from' && /\bstorage\b/.test((unwrap(from.expression) as ts.PropertyAccessExpression).expression.getText()) && from.arguments[0] && ts.isStringLiteralLike(unwrap(from.arguments[0]))) {
        const arg = unwrap(from.arguments[0]) as ts.StringLiteralLike;
        return { name: arg.text, kind: 'storage bucket', node: arg };
      }
    }
    // `uploadBytes(ref(storage, 'avatars/' + uid), file)`
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    if (/^(?:uploadBytes|uploadBytesResumable|uploadString)$/.test(name) && n.arguments[0]) {
      const r = unwrap(n.arguments[0]);
      if (ts.isCallExpression(r) && /^ref$/.test(ts.isIdentifier(unwrap(r.expression)) ? (unwrap(r.expression) as ts.Identifier).text : '')) {
        const head = pathHead(r.arguments[1]);
        if (head) return { ...head, kind: 'storage folder' };
      }
    }
    return undefined;
  }
  // `new PutObjectCommand({ Bucket, Key: \`id-cards/${id}.jpg\` })`
  if (ts.isIdentifier(n.expression) && n.expression.text === 'PutObjectCommand' && n.arguments?.[0] && ts.isObjectLiteralExpression(unwrap(n.arguments[0]))) {
    const key = (unwrap(n.arguments[0]) as ts.ObjectLiteralExpression).properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && nameText(p.name) === 'Key');
    const head = key ? pathHead(key.initializer) : undefined;
    if (head) return { ...head, kind: 'storage folder' };
  }
  return undefined;
}

/** Whether a function compares a parameter's member with a setting of the environment (`creds.user === process.env.USER`). */
function envCompared(body: string, param: string, member: string): boolean {
  const use = `\\b${param.replace(/\$/g, '\\$')}\\??\\.${member.replace(/\$/g, '\\$')}\\b`;
  return new RegExp(`${use}\\s*[!=]==?\\s*process\\.env\\.|process\\.env\\.\\w+\\s*[!=]==?\\s*${use}`).test(body);
}

function typeMembers(sf: ts.SourceFile, container: string, kind: FieldKind, members: ts.NodeArray<ts.TypeElement>, inheritPerson: boolean, out: FieldFact[], inheritOrg = false) {
  // (`interface LatLng { lat; lng }`: a type for a position, the shape of any point — a geocoder's answer, a map's centre —
  // no one's whereabouts until a record of someone holds one: `home: LatLng` is where it is collected.)
  if (COORDINATE_TYPE.test(container) && members.length > 0 && members.every((m) => ts.isPropertySignature(m) && COORDINATE_PART.test(nameText(m.name) ?? ''))) return;
  const cands: Candidate[] = [];
  // `{ operating_income, net_income, ebitda, eps_basic }`: a company's financial statement; its income is the company's.
  if (!inheritPerson && members.filter((m) => ts.isPropertySignature(m) && CORPORATE_FINANCE.test(snake(nameText(m.name) ?? ''))).length >= 2) inheritOrg = true;
  for (const m of members) {
    if (!ts.isPropertySignature(m)) continue;
    const name = nameText(m.name);
    // (`resume: unknown` among player events: a slot whose type says nothing holds no data the code keeps.)
    // (`SundaySchool: undefined` in a navigator's `ProfileStackParamList`: a screen that takes no parameters.)
    if (m.type && (m.type.kind === ts.SyntaxKind.UnknownKeyword || m.type.kind === ts.SyntaxKind.NeverKeyword || m.type.kind === ts.SyntaxKind.VoidKeyword || m.type.kind === ts.SyntaxKind.UndefinedKeyword)) continue;
    if (!name || isCallableType(m.type) || (holdsLocalRecord(sf, m.type) && !(namesData(name) && namedRecord(sf, m.type)) && !coordinateType(m.type))) continue;
    noteRecordSlot(sf, container, name, m.type);
    if (relationTo(name, m.type) && !coordinateType(m.type)) continue;
    // `address: Hex`, `EvmAddress`, `` `0x${string}` ``: a blockchain address, not a postal one.
    if (m.type && /^(?:Hex|EvmAddress|Address0x|`0x\$\{string\}`)(?:\[\])?$/.test(m.type.getText(sf).replace(/\s+/g, ''))) continue;
    // (`emailAddress: { name; address }`, Microsoft Graph's recipient: the address of an email, not a postal one.)
    const emailPart = name === 'address' && EMAIL_HOLDER.test(container);
    cands.push({ name: emailPart ? 'email' : name, node: m.name, boolean: isBooleanType(m.type), integer: m.type?.kind === ts.SyntaxKind.NumberKeyword, position: coordinateType(m.type) });
  }
  classifyRecord(sf, container, kind, cands, inheritPerson, out, inheritOrg);
  const rc = recordContext(container);
  // `WorkbenchOptions { auth?: { username; password } }`: a setting's parts are the product's settings too.
  if (rc.config) return;
  const person = inheritPerson || rc.person || out.some((f) => f.container === container && !isImplicit(f.category));
  const org = !person && (inheritOrg || rc.org);
  const whole: Candidate[] = [];
  for (const m of members) {
    if (!ts.isPropertySignature(m) || !m.type) continue;
    const before = out.length;
    // (`AuditEntry { payload: { sourceIp; userAgent } }`: a slot named for no thing holds the record's own parts.)
    const slot = nameText(m.name);
    nested(sf, slot && !GENERIC_SLOT.test(slot) ? slot : container, kind, m.type, person, out, org);
    // (`MapTabProps { userLocation?: { lat; lng } }`: the parts of a record inside another keep where they sit.)
    for (let k = before; k < out.length; k++) out[k].within = container;
    // `birthday: { month; day }`: parts that say nothing alone; the member's own name says what it holds.
    const name = nameText(m.name);
    // Not `phone?: { show: boolean; required: boolean }`: flags about a form field are settings, not the value.
    // Nor generated scalar maps (`GeoUri: { input: any; output: any }`): the parts must be plain values.
    if (name && out.length === before && plainShape(m.type)) whole.push({ name, node: m.name, boolean: false });
  }
  if (whole.length) classifyRecord(sf, container, kind, whole, person, out, inheritOrg);
}

/** Names of types for a position on the globe (the DOM's `Location` and a chart's `Point` are other things). */
const COORDINATE_TYPE = /^(?:LatLng|LngLat|LatLon|LatLong|LatLngLiteral|Coordinates?|Coords|GeoPoint|GeoPosition|GeoCoordinates|GeolocationPosition|GeolocationCoordinates)$/;
/** The parts of a position. */
const COORDINATE_PART = /^(?:lat|lng|lon|long|latitude|longitude|alt|altitude|accuracy|altitudeAccuracy|heading|speed)$/;

/** The coordinate type a member is declared with, or an array of it. */
function coordinateType(t: ts.TypeNode | undefined): string | undefined {
  let x = t;
  while (x && (ts.isArrayTypeNode(x) || ts.isParenthesizedTypeNode(x) || (ts.isUnionTypeNode(x) && x.types.length === 2 && x.types.some((u) => u.kind === ts.SyntaxKind.NullKeyword || u.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(u) && u.literal.kind === ts.SyntaxKind.NullKeyword))))) {
    x = ts.isArrayTypeNode(x) ? x.elementType : ts.isParenthesizedTypeNode(x) ? x.type : (x as ts.UnionTypeNode).types.find((u) => u.kind !== ts.SyntaxKind.NullKeyword && u.kind !== ts.SyntaxKind.UndefinedKeyword && !(ts.isLiteralTypeNode(u) && u.literal.kind === ts.SyntaxKind.NullKeyword));
  }
  if (!x || !ts.isTypeReferenceNode(x)) return undefined;
  const name = ts.isIdentifier(x.typeName) ? x.typeName.text : x.typeName.right.text;
  return COORDINATE_TYPE.test(name) ? name : undefined;
}

/** What a request leaves of the person who sent it: the address and the browser (not a microphone's `selectedDeviceId`). */
const PERSON_TRACE = /^user\.device\.(?:ip_address|user_agent)$/;

/** Member names that say nothing of what they hold (`value`, `data`, `payload`). */
const GENERIC_SLOT = /^(?:value|data|payload|attributes|attrs|details|info|entry|record|fields|props|current)$/;

function nested(sf: ts.SourceFile, container: string, kind: FieldKind, type: ts.TypeNode, person: boolean, out: FieldFact[], org = false) {
  if (ts.isTypeLiteralNode(type)) typeMembers(sf, container, kind, type.members, person, out, org);
  else if (ts.isArrayTypeNode(type)) nested(sf, container, kind, type.elementType, person, out, org);
  else if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) for (const t of type.types) nested(sf, container, kind, t, person, out, org);
}

function objectLiteralFields(sf: ts.SourceFile, container: string, kind: FieldKind, obj: ts.ObjectLiteralExpression, out: FieldFact[], mongoose: boolean, inheritPerson = false, inheritOrg = false) {
  const cands: Candidate[] = [];
  let rc: ReturnType<typeof recordContext> | undefined;
  for (const p of obj.properties) {
    if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
    const name = nameText(p.name);
    if (!name) continue;
    const v = ts.isPropertyAssignment(p) ? unwrap(p.initializer) : undefined;
    if (v && ts.isObjectLiteralExpression(v) && mongoose && !v.properties.some((q) => nameText(q.name) === 'type')) {
      // (A restaurant's `address: { street, city }` is the restaurant's, as its `phone` is.)
      rc ??= recordContext(container);
      objectLiteralFields(sf, name, kind, v, out, mongoose, inheritPerson || rc.person, !rc.person && (rc.org || inheritOrg));
      continue;
    }
    // A nested z.object(…) is a record of its own, visited from the bucket of calls; z.record/z.map are dictionaries.
    if (v && ts.isCallExpression(v) && !mongoose && /^(object|record|map)$/.test(schemaKind(v))) continue;
    const integer = !!v && ts.isCallExpression(v) && (/^(integer|int|serial|bigint|bigserial|smallint|smallserial|tinyint|mediumint)$/.test(calleeName(v.expression) ?? '') || /^(number|int|integer|bigint)$/.test(schemaKind(v)));
    // `name: UserNameSchema`, `email: UserEmailSchema.optional()`: the named schema the value is built from.
    let root: ts.Expression | undefined = v;
    while (root && ts.isCallExpression(root) && ts.isPropertyAccessExpression(root.expression)) root = root.expression.expression;
    const typedAs = root && ts.isIdentifier(root) && /^[A-Z]\w*(?:Schema|Validator)$/.test(root.text) ? root.text.replace(/(?:Schema|Validator)$/, '') : undefined;
    cands.push({ name, node: p.name, boolean: v ? isBooleanValue(v) : false, validated: v ? schemaFormat(v) : undefined, integer, typedAs });
  }
  classifyRecord(sf, container, kind, cands, inheritPerson, out, inheritOrg);
}

/** Line items of a company's financial statements (`ebitda`, `eps_diluted`, `fiscalDate`, `deferredTaxes`). */
const CORPORATE_FINANCE = /^(?:ebitd?a?|ebit|eps(?:_\w+)?|fiscal(?:_\w+)?|revenue(?:_\w+)?|\w*shares_outstanding|operating_\w+|non_operating_\w+|depreciation(?:_\w+)?|amortization|deferred_\w+|\w*dividends?(?:_\w+)?|gross_profit|cost_of_revenue|minority_interests?|capex|capital_expenditures?|free_cash_flow|total_assets|total_liabilities|\w*shareholders?_equity|retained_earnings|goodwill|pretax_income|income_tax)$/;

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** A string format in a schema chain: `z.string().email()`, `yup.string().email()`, `v.pipe(v.string(), v.email())`. */
function schemaFormat(v: ts.Expression): string | undefined {
  if (!ts.isCallExpression(v)) return undefined;
  let found: string | undefined;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(n)) {
      const name = calleeName(n.expression);
      if (name && own(VALIDATOR_CATEGORY, name) && !/^Is/.test(name)) found = own(VALIDATOR_CATEGORY, name);
    }
    ts.forEachChild(n, visit);
  };
  visit(v);
  return found;
}

/** The first schema builder of a chain: `z.record(…).nullish()` → "record". */
function schemaKind(v: ts.CallExpression): string {
  let cur: ts.Expression = v;
  let kind = '';
  while (ts.isCallExpression(cur)) {
    const callee: ts.Expression = cur.expression;
    if (ts.isPropertyAccessExpression(callee)) {
      kind = callee.name.text;
      cur = callee.expression;
    } else break;
  }
  return kind;
}

function isBooleanValue(v: ts.Expression): boolean {
  const text = v.getText();
  if (/^Boolean$/.test(text)) return true;
  if (ts.isObjectLiteralExpression(v)) return v.properties.some((p) => ts.isPropertyAssignment(p) && nameText(p.name) === 'type' && /^(Boolean|'boolean'|"boolean")$/.test(p.initializer.getText()));
  return /\b(boolean|bool)\(|DataTypes\.BOOLEAN|\bBOOLEAN\b/.test(text);
}

function assignedName(node: ts.Node): string | undefined {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (ts.isVariableDeclaration(cur)) return nameText(cur.name);
    if (ts.isPropertyAssignment(cur) || ts.isPropertyDeclaration(cur)) return nameText(cur.name);
    if (ts.isExportAssignment(cur) || ts.isSourceFile(cur) || ts.isBlock(cur)) return undefined;
  }
  return undefined;
}

/** HTML input types and autocomplete tokens (WHATWG) that name what a field takes. */
const INPUT_TYPES: Record<string, string> = table({ tel: 'user.contact.phone_number', email: 'user.contact.email' });

/** What an input's own attributes (name, id, value, placeholder, label) call it, in lower-case words. */
function inputWords(attrs: ts.JsxAttributes): string {
  const out: string[] = [];
  for (const p of attrs.properties) {
    if (!ts.isJsxAttribute(p) || !p.initializer || !/^(name|id|value|placeholder|aria-label|title|onChange|onInput)$/.test(p.name.getText())) continue;
    out.push(p.initializer.getText().replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[^A-Za-z]+/g, ' '));
  }
  return out.join(' ').toLowerCase();
}

/** A `type="tel"` input that takes some other number (a page, a code, a count): the keypad, not a phone number. */
function numericKeypad(attrs: ts.JsxAttributes): boolean {
  const words = inputWords(attrs);
  // (`placeholder="00"`: a field for a few digits.)
  const digits = attrs.properties.some((p) => ts.isJsxAttribute(p) && p.name.getText() === 'placeholder' && !!p.initializer && ts.isStringLiteral(p.initializer) && /^\d{1,4}$/.test(p.initializer.text));
  return (digits || /\b(?:page|pages|count|qty|quantity|amount|price|otp|pin|code|zip|postal|year|age|size|limit|number of|hours?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|duration|weight|reps|sets|height|width|length|score|rating|level|percent)\b/.test(words)) && !/\b(?:phone|tel|telephone|mobile|sms|cell|whatsapp)\b/.test(words);
}
const AUTOCOMPLETE: Record<string, string> = table({
  name: 'user.name', 'given-name': 'user.name', 'family-name': 'user.name', 'additional-name': 'user.name', nickname: 'user.name.nickname',
  email: 'user.contact.email', tel: 'user.contact.phone_number', 'tel-national': 'user.contact.phone_number', 'street-address': 'user.contact.address.street',
  'address-line1': 'user.contact.address.street', 'address-line2': 'user.contact.address.street', 'postal-code': 'user.contact.address.postal_code',
  'address-level2': 'user.contact.address.city', country: 'user.contact.address.country', 'country-name': 'user.contact.address.country',
  bday: 'user.demographic.date_of_birth', sex: 'user.demographic.gender', organization: 'user.workplace', 'organization-title': 'user.job_title',
  'cc-number': 'user.financial.credit_card', 'cc-csc': 'user.financial.credit_card', 'cc-exp': 'user.financial.credit_card', 'cc-name': 'user.name',
  photo: 'user.content.self_image', 'new-password': 'user.authorization.password', 'current-password': 'user.authorization.password',
});

/**
 * What a form input takes by its own attributes, for a form posted straight to a vendor: its `name` (`email`, `fullName`),
 * else its `autocomplete` token or `type` (`tel`). Check boxes, hidden and submit inputs carry no entry of a person's.
 */
export function inputCategories(attrs: { name?: string; type?: string; autocomplete?: string }): { category: string; lexeme: string }[] {
  if (/^(?:checkbox|radio|hidden|submit|button)$/i.test(attrs.type ?? '')) return [];
  const named = attrs.name ? classifyIdentifier(attrs.name.split('.').pop() ?? attrs.name, {}).map((c) => ({ category: c.category, lexeme: c.lexeme })) : [];
  if (named.length) return named;
  const token = attrs.autocomplete?.split(/\s+/).pop();
  const category = token ? own(AUTOCOMPLETE, token) : attrs.type ? own(INPUT_TYPES, attrs.type.toLowerCase()) : undefined;
  return category ? [{ category, lexeme: token ? `autocomplete="${token}"` : `type="${attrs.type}"` }] : [];
}

const REQUEST_OBJECTS = /^(req|request|ctx\.request|ctx|c\.req|event)$/;
const INPUT_PARTS = new Set(['body', 'query', 'params', 'cf']);
/** A slot that holds an email address's parts (`emailAddress: { name; address }`, `email: { address }`). */
const EMAIL_HOLDER = /^(?:e-?mail|e-?mail_?address|emailAddress|mailAddress)$/i;
/** Records of what a search or a list narrows by (`CommunityFilters`, `SearchCriteria`, `MemberQueryParams`; not
 * `EligibilityCriteria`, an applicant's own answers). */
const SEARCH_CRITERIA = /(?:Filters|FilterOptions|SearchCriteria|SearchParams|SearchOptions|SearchQuery|QueryParams|Facets)$/;
/** h3's readers of a request's body and query string (`readBody(event)`). */
const H3_READERS = /^(?:readBody|readValidatedBody|readRawBody|getQuery|getValidatedQuery|getRouterParams)$/;

/** `req.body`, `ctx.request.query`, … → that text; anything else → undefined. Cheap: no source text is read. */
function inputSource(e: ts.Expression): string | undefined {
  const u = unwrap(e);
  // `await req.json()`, `await request.formData()`, `await c.req.parseBody()` (fetch-style handlers: Next.js, Hono, Remix).
  if (ts.isCallExpression(u) && ts.isPropertyAccessExpression(u.expression) && /^(json|formData|parseBody)$/.test(u.expression.name.text)) {
    const owner = accessChain(u.expression.expression).join('.');
    return REQUEST_OBJECTS.test(owner) ? `${owner}.${u.expression.name.text}()` : undefined;
  }
  // `await readBody(event)`, `getQuery(event)`, `await readValidatedBody(event, schema.parse)`: h3's readers, in Nuxt and
  // Nitro server routes, of what the request carries.
  if (ts.isCallExpression(u) && ts.isIdentifier(u.expression) && H3_READERS.test(u.expression.text) && u.arguments[0] && ts.isIdentifier(unwrap(u.arguments[0]))) {
    const event = (unwrap(u.arguments[0]) as ts.Identifier).text;
    return /^(?:event|evt|e|ev|req|request)$/.test(event) ? `${u.expression.text}(${event})` : undefined;
  }
  if (!ts.isPropertyAccessExpression(u) || !INPUT_PARTS.has(u.name.text)) return undefined;
  const chain = accessChain(u.expression);
  // (`c.req.raw.cf`: Hono's request underneath is the request.)
  if (u.name.text === 'cf' && chain[chain.length - 1] === 'raw') chain.pop();
  const owner = chain.join('.');
  return chain.length && REQUEST_OBJECTS.test(owner) ? `${owner}.${u.name.text}` : undefined;
}

/** Whether a schema is the `inputSchema`/`parameters` of an AI tool definition (`tool`, `createTool`, `dynamicTool`). */
function modelToolArguments(n: ts.CallExpression): boolean {
  let cur: ts.Node = n;
  // Through chained refinements: `z.object({…}).describe('…')`.
  while (cur.parent && (ts.isPropertyAccessExpression(cur.parent) || (ts.isCallExpression(cur.parent) && cur.parent.expression === cur))) cur = cur.parent;
  const prop = cur.parent;
  if (!prop || !ts.isPropertyAssignment(prop) || !/^(inputSchema|parameters)$/.test(nameText(prop.name) ?? '')) return false;
  const call = prop.parent.parent;
  return !!call && ts.isCallExpression(call) && /^(tool|createTool|dynamicTool|defineTool)$/.test(calleeName(call.expression) ?? '');
}

/** Folders that hold one module per third party (`providers/gocardless/`, `importers/betterstack/`). */
const VENDOR_DIRS = /(?:^|\/)(?:providers|integrations|importers|connectors|vendors|third-?party|thirdparties)\/[^/]+\//;
/** Folders with a module per file format the product parses (`parser/src/linkedin/`, `parsers/json-resume/`). */
const FORMAT_DIRS = /(?:^|\/)(?:parsers?|importers|converters)\/(?:src\/)?[^/]+\//;
/**
 * Platforms whose APIs hand a product their users' data (`StravaActivity`, `types/reddit.ts`): sources the catalog of
 * recipients does not list. A type named after one mirrors what its API returns.
 */
const API_PLATFORMS = new Set(['strava', 'reddit', 'spotify', 'github', 'gitlab', 'bitbucket', 'google', 'twitter', 'discord', 'trello', 'youtube', 'twitch', 'fitbit', 'garmin', 'instagram', 'facebook', 'linkedin', 'tiktok', 'pinterest', 'shopify', 'calendly', 'jira', 'asana', 'todoist', 'airtable', 'figma', 'lastfm', 'mastodon', 'bluesky', 'telegram', 'withings', 'outlook', 'dropbox', 'ticktick', 'goodreads', 'letterboxd', 'deezer', 'soundcloud', 'vimeo', 'wakatime', 'clickup', 'wordpress']);

/** A module directly in a folder of types (`utils/types/polar.ts`). */
const TYPES_DIR = /(?:^|\/)(?:types|typings|@types|interfaces)\/[^/]+$/;

/** Objects of the browser's own APIs (Web Speech, Geolocation, Media Capture, Contact Picker). */
const WEB_API_TYPE = /^(?:SpeechRecognition|SpeechSynthesis|Geolocation(?:Position|Coordinates)|MediaStream|MediaRecorder|ContactsManager|ContactInfo$)\w*$/;

/**
 * A type that mirrors a third party's API object: named after a vendor (`GitHubRepo`, `TrelloChecklist`), or
 * declared in a vendor's module (`providers/gocardless/types.ts`). What the product keeps of it is declared in its
 * own records; the mirror itself collects nothing.
 */
function mirrorsThirdParty(sf: ts.SourceFile, n: ts.Node): boolean {
  if (!ts.isInterfaceDeclaration(n) && !ts.isTypeAliasDeclaration(n)) return false;
  const words = splitIdentifier(n.name.text);
  if (vendorPrefix(words) || (words.length > 1 && API_PLATFORMS.has(words[0]))) return true;
  // (`interface SpeechRecognitionAlternative { transcript }`, `GeolocationCoordinates`: a browser API's own object,
  // declared where the DOM typings lack it; what the product keeps of it is in its own records.)
  if (WEB_API_TYPE.test(n.name.text)) return true;
  const file = sf.fileName.replace(/\\/g, '/');
  // `youtube-search-results.tsx`, `spotify-search.ts`: a module named after a vendor describes what it returns.
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '').replace(/^use-/, '');
  if (/[-_.]/.test(base) && vendorPrefix(splitIdentifier(base.replace(/[-_.]/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()).replace(/ /g, '')))) return true;
  // (`types/polar.ts`: a module named after a vendor in a folder of types declares that vendor's shapes.)
  if (TYPES_DIR.test(file) && (serviceForName(base) || API_PLATFORMS.has(base.toLowerCase()))) return true;
  // (`packages/google-people/src/interfaces.ts`: a workspace package that wraps a platform's API declares its shapes.)
  // (Not the product's own package for that platform: `packages/discord-bot/`, `packages/slack-app/`.)
  const pkg = WORKSPACE_PACKAGE.exec(file);
  if (pkg && API_PLATFORMS.has(pkg[1]) && pkg[2] && !/(?:^|-)(?:bot|app|web|server|worker|service|site|dashboard|extension|plugin|backend|frontend|mobile|desktop|cli|admin|core|shared|ui|integration)(?:-|$)/.test(pkg[2])) return true;
  return VENDOR_DIRS.test(file) || FORMAT_DIRS.test(file);
}

/** A workspace package's folder, by the first word of its name (`packages/google-people/`, `libs/strava/`). */
const WORKSPACE_PACKAGE = /(?:^|\/)(?:packages|libs)\/([a-z0-9]+)(?:[-_.]([^/]*))?\//;

/** The method names of DEVICE_SOURCES: a set lookup before any chain is built. */
const DEVICE_METHODS = new Set(['getUniqueId', 'getUniqueIdSync', 'getAndroidId', 'getAndroidIdSync', 'getInstanceId', 'getIosIdForVendorAsync', 'machineId', 'machineIdSync', 'getCurrentPosition', 'watchPosition', 'getCurrentPositionAsync', 'watchPositionAsync', 'getLastKnownPositionAsync', 'startLocationUpdatesAsync', 'getContactsAsync', 'getAll', 'getContactByIdAsync', 'presentContactPickerAsync', 'getAllWithoutPhotos', 'select']);

/** Calls (by their last two names) that read personal data off the device: [callee, category, what it is]. */
const DEVICE_SOURCES: [RegExp, string, string][] = [
  [/^(?:geolocation\.(?:getCurrentPosition|watchPosition)|Location\.(?:getCurrentPositionAsync|watchPositionAsync|getLastKnownPositionAsync)|Geolocation\.(?:getCurrentPosition|watchPosition))$/, 'user.location.precise', 'device location API'],
  // (Expo's location updates delivered to a background task: the position while the app is not on screen.)
  [/^Location\.startLocationUpdatesAsync$/, 'user.location.precise', 'device location API (background)'],
  [/^(?:Contacts\.(?:getContactsAsync|getAll|getContactByIdAsync|presentContactPickerAsync|getAllWithoutPhotos)|contacts\.select)$/, 'user.contact.address_book', 'device contacts API'],
  // (`DeviceInfo.getUniqueId()`, Expo's `Application.getAndroidId()`, node-machine-id's `machineId()`: the device's own id.)
  [/^(?:DeviceInfo\.(?:getUniqueId|getUniqueIdSync|getAndroidId|getAndroidIdSync|getInstanceId)|Application\.(?:getAndroidId|getIosIdForVendorAsync)|machineId|machineIdSync)$/, 'user.device.device_id', 'device identifier API'],
];

/** A position callback that only moves a map's view (`flyTo`, `setView`, `panTo`) and sends nothing. */
function onlyMovesMap(cb: ts.Expression | undefined): boolean {
  if (!cb || !(ts.isArrowFunction(cb) || ts.isFunctionExpression(cb))) return false;
  const text = cb.body.getText();
  return MAP_VIEW.test(text) && !SENDS.test(text);
}
const MAP_VIEW = /\.(?:flyTo|setView|panTo|setCenter|easeTo|jumpTo|fitBounds|animateCamera|animateToRegion|setRegion|setCamera)\s*\(/;
/** Calls that send or keep a value: a request, a mutation, a store write. */
const SENDS = /\b(?:fetch|axios|post|put|mutate|mutateAsync|send|sendBeacon|emit|insert|upsert|save|update|set[A-Z]\w*Location|localStorage|sessionStorage|trpc|api)\b|\bon[A-Z]\w*\s*\?*\.?\(/;

/** A declaration inside `declare module 'package'` or `declare global`. */
function augmentsLibrary(n: ts.Node): boolean {
  for (let p = n.parent; p && !ts.isSourceFile(p); p = p.parent) {
    if (!ts.isModuleDeclaration(p)) continue;
    if (ts.isStringLiteral(p.name) && !p.name.text.startsWith('.')) return true;
    if (ts.isIdentifier(p.name) && p.name.text === 'global') return true;
  }
  return false;
}

/** Field declarations (interfaces, classes, schemas, forms) and request input reads of one file. */
export function collectFields(sf: ts.SourceFile, b: Buckets): { fields: FieldFact[]; inputs: InputFact[] } {
  const fields: FieldFact[] = [];
  const inputs: InputFact[] = [];
  recordSlots.set(sf, []);
  localRecords.set(sf, new Set(b.records.filter((r) => ts.isInterfaceDeclaration(r) || (ts.isTypeAliasDeclaration(r) && ts.isTypeLiteralNode(r.type)) || ts.isClassDeclaration(r)).map((r) => r.name?.text ?? '')));
  for (const n of b.records) {
    // `declare module 'fastify' { interface FastifyRequest { clientIp } }`, `declare global { interface Window … }`:
    // a library's own type, widened; what fills it is where data is collected.
    if (augmentsLibrary(n)) continue;
    if (mirrorsThirdParty(sf, n)) continue;
    // An Angular component's, directive's or pipe's properties are view state, not a record of what is collected.
    if (ts.isClassDeclaration(n) && decoratorNames(n).some((d) => /^(Component|Directive|Pipe)$/.test(d))) continue;
    // A part of the program (`class NostrNSecSigner implements NostrSigner`, `PaymentService`) keeps its working state in
    // its members — a passphrase typed to unlock a key — not a record of a person. (An ORM entity's members are decorated.)
    if (ts.isClassDeclaration(n) && programPart(n)) continue;
    // (`type RootStackParamList = { Profile: { userId: string }; SundaySchool: undefined }`: a navigator's screens by
    // name and what each is opened with, not a record anyone fills in.)
    if ((ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) && /ParamList$/.test(n.name.text)) continue;
    if (ts.isInterfaceDeclaration(n)) typeMembers(sf, n.name.text, 'interface', n.members, false, fields);
    else if (ts.isTypeAliasDeclaration(n)) nested(sf, n.name.text, 'type', n.type, false, fields);
    else classFields(sf, n, fields);
  }
  for (const p of b.typedParams) {
    // (`onDrag?: (lngLat: { lng; lat }) => void`: what a callback's signature is handed is no record the product keeps.)
    if (ts.isFunctionTypeNode(p.parent) || ts.isMethodSignature(p.parent) || ts.isCallSignatureDeclaration(p.parent)) continue;
    if (ts.isIdentifier(p.name) && p.type && ts.isTypeLiteralNode(p.type) && !connectionOptions(p)) {
      const before = fields.length;
      const param = p.name.text;
      // (`haversineKm(a: { lat: number; lng: number }, b: …)`: a point handed to a helper, as a `LatLng` would be; a
      // parameter named for a person, `user: { lat; lng }`, is that person's.)
      if (p.type.members.length > 0 && p.type.members.every((m) => ts.isPropertySignature(m) && COORDINATE_PART.test(nameText(m.name) ?? '')) && !recordContext(param).person) continue;
      typeMembers(sf, param, 'param', p.type.members, false, fields);
      // (`credentials.username === process.env.USERNAME`: the operator's own sign-in, set in the environment.)
      const body = (p.parent as ts.FunctionLikeDeclaration).body?.getText(sf) ?? '';
      // (All of what it holds: `input.username === process.env.RESERVED` beside a phone number kept is a sign-up.)
      if (body.includes('process.env') && fields.length > before && fields.slice(before).every((f) => envCompared(body, param, f.name))) fields.splice(before);
    }
  }
  const FIELD_CALLS = /^(object|Object|register|define|init|pgTable|mysqlTable|sqliteTable|singlestoreTable)$/;
  for (const n of b.calls) {
    // A table made by a project's own creator (`const createTable = pgTableCreator(…)`; `createTable('session', { … })`):
    // a name and columns built with Drizzle's column builders.
    if (!FIELD_CALLS.test(calleeName(n.expression) ?? '')) {
      const name = n.arguments[0] ? unwrap(n.arguments[0]) : undefined;
      const cols = n.arguments[1] ? unwrap(n.arguments[1]) : undefined;
      if (name && ts.isStringLiteralLike(name) && cols && ts.isObjectLiteralExpression(cols) && columnBuilt(cols) >= 2) objectLiteralFields(sf, assignedName(n) ?? name.text, 'entity', cols, fields, true);
      continue;
    }
    const chain = accessChain(n.expression);
    // (TypeBox capitalises its builders: `Type.Object({ … })`.)
    const last = chain[chain.length - 1] === 'Object' && chain[0] === 'Type' ? 'object' : chain[chain.length - 1];
    const arg = n.arguments[0] ? unwrap(n.arguments[0]) : undefined;
    const second = n.arguments[1] ? unwrap(n.arguments[1]) : undefined;
    // `tool({ inputSchema: z.object({ latitude }) })`: the arguments a model writes for a tool call, not data a person enters.
    if (last === 'object' && modelToolArguments(n)) continue;
    if (last === 'object' && (SCHEMA_ROOTS.has(chain[0]) || (chain.length === 1 && arg && ts.isObjectLiteralExpression(arg) && isSchemaShape(arg))) && arg && ts.isObjectLiteralExpression(arg)) {
      // (`parser/src/linkedin/schema/profile.ts`, `parsers/json-resume/schema.ts`: the shape of a file format the product
      // reads, validated as it is imported; what it keeps of it is in its own records.)
      if (!FORMAT_DIRS.test(sf.fileName.replace(/\\/g, '/'))) objectLiteralFields(sf, assignedName(n) ?? 'schema', 'schema', arg, fields, false);
    }
    // Drizzle: pgTable('users', { email: text('email') }); Sequelize: sequelize.define('User', { … }).
    else if ((/^(pg|mysql|sqlite|singlestore)Table$/.test(last ?? '') || (last === 'define' && chain.length > 1)) && arg && ts.isStringLiteralLike(arg) && second && ts.isObjectLiteralExpression(second)) objectLiteralFields(sf, assignedName(n) ?? arg.text, 'entity', second, fields, true);
    // Sequelize: User.init({ email: DataTypes.STRING }, { sequelize }).
    else if (last === 'init' && chain.length === 2 && arg && ts.isObjectLiteralExpression(arg) && /DataTypes\.|Sequelize\./.test(arg.getText(sf))) objectLiteralFields(sf, chain[0], 'entity', arg, fields, true);
    else if (last === 'register' && chain.length === 1 && arg && ts.isStringLiteralLike(arg)) formField(sf, arg.text, arg, n, fields);
  }
  // Knex's schema builder: `knex.schema.createTable('workers', (t) => { t.string('email'); t.date('date_of_birth') })`, in a
  // migration: the table's columns are what the product keeps.
  for (const n of b.calls) {
    const table = knexTable(n);
    if (table) classifyRecord(sf, table.name, 'entity', table.columns, false, fields);
  }
  for (const n of b.news) {
    const chain = accessChain(n.expression);
    const arg = n.arguments?.[0] ? unwrap(n.arguments[0]) : undefined;
    // A Mongoose schema is the stored model (it outranks a form's schema of the same field).
    if (chain[chain.length - 1] === 'Schema' && arg && ts.isObjectLiteralExpression(arg)) objectLiteralFields(sf, assignedName(n) ?? 'schema', 'entity', arg, fields, true);
  }
  const attr = (attrs: ts.JsxAttributes, key: string) => {
    const a = attrs.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && nameText(p.name as ts.Identifier) === key);
    return a?.initializer && ts.isStringLiteral(a.initializer) ? a.initializer : undefined;
  };
  for (const n of b.jsxNames) {
    const key = nameText(n.name as ts.Identifier);
    // A `name` on a route, an icon or a screen (`<Stack.Screen name="edit-bio">`) names a thing, not a form field; so
    // does a button's or a menu item's (`<LinkButton name="menu-item-login-email">`): nothing is typed into it.
    const tag = n.parent.parent.tagName.getText(sf);
    // (Nor a document's metadata: `<meta name="twitter:image">` names what the page says about itself.)
    // (`<Ionicons name="phone-portrait">`, `<FontAwesome5 name="user">`: an icon set's glyph.)
    if (key === 'name' && /(Screen|Route|Icon|Icons|icons|FontAwesome\d*|Feather|AntDesign|Entypo|Octicons|Zocial|Fontisto|Tab|Stack|Link|Page|Layout|Slot|Drawer|Modal|Step|Button|^button|MenuItem|Card|Badge|^meta|^param|^slot|^map|^iframe|^object|^a)$/.test(tag)) continue;
    if (key === 'name' && n.initializer && ts.isStringLiteral(n.initializer)) {
      const isFlag = /checkbox|radio|hidden|submit/.test(attr(n.parent, 'type')?.text ?? '');
      const before = fields.length;
      if (!isFlag) formField(sf, n.initializer.text, n.initializer, n, fields);
      if (fields.length > before) continue;
    }
    // An input whose name says nothing still says what it takes: autoComplete="bday", type="tel".
    if ((key === 'autoComplete' || key === 'type') && n.initializer && ts.isStringLiteral(n.initializer)) {
      const name = attr(n.parent, 'name');
      // The element already declared a field (by name, or through {...register('x')}): it is the same input.
      const element = n.parent.parent;
      const start = sf.getLineAndCharacterOfPosition(element.getStart(sf)).line + 1;
      const end = sf.getLineAndCharacterOfPosition(element.getEnd()).line + 1;
      if (fields.some((f) => f.kind === 'form' && f.line >= start && f.line <= end)) continue;
      if (key === 'type' && attr(n.parent, 'autoComplete')) continue;
      // `<input type="tel" value={pageInput}>`: a numeric keypad for a page number, a code or a count, not a phone.
      if (key === 'type' && n.initializer.text === 'tel' && numericKeypad(n.parent)) continue;
      const category = key === 'type' ? own(INPUT_TYPES, n.initializer.text) : own(AUTOCOMPLETE, n.initializer.text.split(/\s+/).pop() ?? '');
      if (category) fields.push({ name: name?.text ?? n.initializer.text, container: enclosingFunctionName(n) ?? 'form', kind: 'form', category, lexeme: `${key}="${n.initializer.text}"`, ...rangeOf(sf, n.initializer) });
    }
  }
  for (const n of b.inputReads) {
    const parent = n.parent;
    // (`request.cf.latitude`, Cloudflare's reading of where the caller is: only its place, not its TLS or bot details.)
    if (ts.isPropertyAccessExpression(parent) && parent.expression === n && (n.name.text !== 'cf' || CF_GEO.has(parent.name.text))) {
      const src = inputSource(n);
      if (src) input(sf, parent.name.text, src, parent.name, inputs);
    }
    // (`const cf = c.req.raw.cf; cf?.latitude`: the same, through a local.)
    if (ts.isIdentifier(n.expression) && n.expression.text === 'cf' && CF_GEO.has(n.name.text)) {
      const init = constAt(b.consts, 'cf', n.expression);
      if (init && inputSource(init)) input(sf, n.name.text, 'request.cf', n.name, inputs);
    }
  }
  // `const body = await readBody(event); body.homeAddress`, `const data = await req.json(); data.email`: a member of a
  // request body kept in a local, read where the handler uses it. (`request.body as { fullName: string; … }`: and what the
  // body is declared to hold, in place.)
  for (const v of b.vars) {
    if (!ts.isIdentifier(v.name) || !v.initializer) continue;
    const src = inputSource(v.initializer);
    if (!src) continue;
    let asType: ts.Node = v.initializer;
    while (ts.isAwaitExpression(asType) || ts.isParenthesizedExpression(asType)) asType = asType.expression;
    if ((ts.isAsExpression(asType) || ts.isSatisfiesExpression(asType)) && ts.isTypeLiteralNode(asType.type)) for (const m of asType.type.members) if (ts.isPropertySignature(m) && m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) input(sf, m.name.text, src, m.name, inputs);
    const local = v.name.text;
    let scope: ts.Node = v;
    while (scope.parent && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === local && !(ts.isCallExpression(n.parent) && n.parent.expression === n)) input(sf, n.name.text, src, n.name, inputs);
      ts.forEachChild(n, visit);
    };
    visit(scope);
  }
  // `const body = await c.req.parseBody(); body['selfie']`: a field of a request body kept in a local.
  for (const n of b.keyedReads) {
    const init = constAt(b.consts, (n.expression as ts.Identifier).text, n.expression);
    const src = init ? inputSource(init) : undefined;
    if (src) input(sf, (n.argumentExpression as ts.StringLiteralLike).text, src, n.argumentExpression, inputs);
  }
  // Device APIs that hand the app personal data by themselves: the position, the address book.
  for (const n of b.calls) {
    if (!DEVICE_METHODS.has(calleeName(n.expression) ?? '')) continue;
    const chain = accessChain(n.expression);
    const key = chain.slice(-2).join('.');
    const hit = DEVICE_SOURCES.find(([re]) => re.test(key) || re.test(chain.join('.')));
    // ("Locate me" on a map: a position handed only to the map's own view — `map.flyTo({ center })` — never leaves the browser.)
    if (hit && hit[1] === 'user.location.precise' && onlyMovesMap(n.arguments[0])) continue;
    // (A bare `machineId()` is node-machine-id's only where the module imports it.)
    if (hit && chain.length === 1 && !/['"]node-machine-id['"]/.test(sf.text)) continue;
    if (hit && !fields.some((f) => f.line === rangeOf(sf, n).line && f.category === hit[1])) inputs.push({ name: `${chain.join('.')}()`, source: hit[2], category: hit[1], lexeme: hit[2], ...rangeOf(sf, n.expression) });
  }
  // `prisma.download.create({ data: { latitude } })`, `db.collection('visits').insertOne({ ip })`: the keys of a record
  // the code writes to its store. They count where the project declares no model with that data (the join drops an
  // input whose category a declared field has).
  for (const n of b.calls) {
    const w = storeWrite(n);
    if (!w) continue;
    const cands: Candidate[] = [];
    for (const p of w.record.properties) {
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
      // (A database function's parameters are named with a prefix: `p_ip_address`, `in_email`.)
      const name = nameText(p.name)?.replace(/^(?:p|in|arg|param|_p)_(?=[a-z])/, '');
      const v = ts.isPropertyAssignment(p) ? unwrap(p.initializer) : undefined;
      // (A constant, a nested write — `connect`, `create` — or a computed count is no value a person gave.)
      if (!name || (v && (ts.isStringLiteralLike(v) || ts.isNumericLiteral(v) || ts.isObjectLiteralExpression(v) || ts.isArrayLiteralExpression(v) || v.kind === ts.SyntaxKind.TrueKeyword || v.kind === ts.SyntaxKind.FalseKeyword || v.kind === ts.SyntaxKind.NullKeyword))) continue;
      cands.push({ name, node: p.name, boolean: v ? isBooleanValue(v) : false });
    }
    const kept: FieldFact[] = [];
    classifyRecord(sf, w.model, 'entity', cands, false, kept);
    for (const f of kept) if (!fields.some((x) => x.line === f.line && x.category === f.category) && !inputs.some((x) => x.line === f.line && x.category === f.category)) inputs.push({ name: f.name, source: `${w.model}${STORE_WRITE_SOURCE}`, category: f.category, lexeme: f.lexeme, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn });
  }
  // `supabase.storage.from('voice-memos').upload(path, blob)`, `uploadBytes(ref(storage, \`avatars/${uid}\`), file)`,
  // `new PutObjectCommand({ Key: \`id-cards/${id}.jpg\` })`: a file kept in a bucket or folder named for what it holds.
  for (const n of [...b.calls, ...b.news]) {
    const place = storedFilePlace(n);
    if (!place) continue;
    const hit = classifyIdentifier(place.name.replace(/[-\s]+/g, '_'), { person: true }).find((c) => !isImplicit(c.category) && !c.lexeme.startsWith('~'));
    if (hit && !inputs.some((x) => x.line === rangeOf(sf, n).line && x.category === hit.category)) inputs.push({ name: 'file', source: `${UPLOAD_SOURCE}${place.kind} '${place.name}'`, category: hit.category, lexeme: hit.lexeme, ...rangeOf(sf, place.node) });
  }
  // formData.get('phone'), searchParams.get('email'): a form or query field by name (`form.getAll('householdMember')`,
  // every value of a repeated field).
  for (const n of b.calls) {
    const fn = calleeName(n.expression);
    if ((fn !== 'get' && fn !== 'getAll') || !ts.isPropertyAccessExpression(unwrap(n.expression))) continue;
    const owner = accessChain((unwrap(n.expression) as ts.PropertyAccessExpression).expression);
    const arg = n.arguments[0] ? unwrap(n.arguments[0]) : undefined;
    // (`?lng=de`, i18next's language parameter: a longitude alone, with no latitude read in the file, is no position.)
    if (arg && ts.isStringLiteralLike(arg) && /^(?:lng|lon|long)$/i.test(arg.text) && !/['"`]lat(?:itude)?['"`]/i.test(sf.text)) continue;
    if (arg && ts.isStringLiteralLike(arg) && /^(formData|form|data|searchParams|params|query|fd)$/.test(owner[owner.length - 1] ?? '')) input(sf, arg.text, `${owner.join('.')}.${fn}()`, arg, inputs);
  }
  for (const n of b.destructures) {
    const src = n.initializer ? inputSource(n.initializer) : undefined;
    if (!src || !ts.isObjectBindingPattern(n.name)) continue;
    for (const el of n.name.elements) {
      const key = nameText(el.propertyName ?? (el.name as ts.Identifier));
      if (key) input(sf, key, src, el, inputs);
    }
  }
  for (const t of b.graphqlTemplates) {
    const tpl = t.template;
    const text = ts.isNoSubstitutionTemplateLiteral(tpl) ? tpl.text : tpl.head.text + tpl.templateSpans.map((x) => ` ${x.literal.text}`).join('');
    const start = sf.getLineAndCharacterOfPosition(tpl.getStart(sf) + 1);
    fields.push(...graphqlFields(text, start.line, start.character));
  }
  // (`model Secret { password }`: the password that protects a shared secret, not a person's.)
  // `bankDetails?: BankDetailsDto` beside `BankDetailsDto { sortCode; accountNumber }`: the record's own fields say it
  // (once); the property that holds it is only the way there. (`homeAddress: PostalAddress { line1; city }` stays: its
  // parts say less than it does.)
  const slots = recordSlots.get(sf) ?? [];
  const throughRecord = (f: FieldFact) => slots.some((s) => s.container === f.container && s.name === f.name && fields.some((g) => g.container === s.record && g.category === f.category));
  // (`CommunityFilters { gender; ageGroup }`, `SearchCriteria`: what a search narrows by, not what anyone gives about themselves.)
  return { fields: fields.filter((f) => !guardsSharedThing(f.container, f.name) && !throughRecord(f) && !SEARCH_CRITERIA.test(f.container)), inputs };
}

/** Prisma's methods that write a row (`prisma.visit.create({ data })`). */
const PRISMA_WRITE = /^(?:create|createMany|upsert|update|updateMany)$/;
/** A Mongo collection's methods that write a document. */
const MONGO_WRITE = /^(?:insertOne|insertMany|updateOne|updateMany|findOneAndUpdate|replaceOne)$/;
/** Names of the database client a Prisma model hangs off (`prisma`, `ctx.db`, a transaction's `tx`). */
const DB_HANDLE = /^(?:prisma|db|tx|trx|database|client)$/i;

/** Prisma's, a Mongo collection's and Drizzle's writes of one record: the model written and the record's literal. */
function storeWrite(n: ts.CallExpression): { model: string; record: ts.ObjectLiteralExpression } | undefined {
  const callee = unwrap(n.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.name.text;
  const recv = unwrap(callee.expression);
  const obj = (e: ts.Expression | undefined) => {
    const u = e ? unwrap(e) : undefined;
    return u && ts.isObjectLiteralExpression(u) ? u : undefined;
  };
  const prop = (o: ts.ObjectLiteralExpression | undefined, key: string) => obj(o?.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && nameText(p.name) === key)?.initializer);
  if (PRISMA_WRITE.test(method) && ts.isPropertyAccessExpression(recv)) {
    const handle = accessChain(recv.expression);
    const data = prop(obj(n.arguments[0]), 'data') ?? prop(obj(n.arguments[0]), 'create');
    if (data && handle.length && (DB_HANDLE.test(handle[handle.length - 1]) || /prisma/i.test(handle[handle.length - 1]))) return { model: recv.name.text, record: data };
  }
  if (MONGO_WRITE.test(method) && ts.isCallExpression(recv) && calleeName(recv.expression) === 'collection') {
    const name = recv.arguments[0] ? unwrap(recv.arguments[0]) : undefined;
    const record = /^insert|^replace/.test(method) ? obj(n.arguments[method === 'replaceOne' ? 1 : 0]) : prop(obj(n.arguments[1]), '$set');
    if (name && ts.isStringLiteralLike(name) && record) return { model: name.text, record };
  }
  // Knex: `knex('chat_messages').insert({ … })`, `this.database(this.table).insert({ … })` with the table named in the class.
  if (/^(?:insert|update)$/.test(method) && ts.isCallExpression(recv) && recv.arguments.length === 1) {
    const record = obj(n.arguments[0]);
    const table = tableName(unwrap(recv.arguments[0]));
    if (table && record) return { model: table, record };
  }
  // Drizzle: `db.insert(visits).values({ … })`, `db.update(users).set({ … })`.
  if ((method === 'values' || method === 'set') && ts.isCallExpression(recv) && calleeName(recv.expression) === (method === 'values' ? 'insert' : 'update')) {
    const table = recv.arguments[0] ? unwrap(recv.arguments[0]) : undefined;
    const record = obj(n.arguments[0]);
    if (table && ts.isIdentifier(table) && record) return { model: table.text, record };
  }
  // A database function that writes (Supabase, PostgREST): `supabase.rpc('record_gallery_view', { p_ip_address: ip })`.
  if (method === 'rpc' && n.arguments.length >= 2) {
    const fn = unwrap(n.arguments[0]);
    const record = obj(n.arguments[1]);
    if (ts.isStringLiteralLike(fn) && /^(?:record|insert|create|upsert|save|log|track|add|store|register|submit|capture)(?:_|[A-Z]|$)/.test(fn.text) && record) return { model: fn.text, record };
  }
  return undefined;
}

/** Words naming a physical thing whose size and weight are its own (a vehicle, a parcel, a product, a piece of luggage). */
const THING_RECORD = /^(?:vehicles?|cars?|vans?|trucks?|lorr(?:y|ies)|trailers?|caravans?|motorhomes?|bikes?|bicycles?|boats?|vessels?|yachts?|ships?|parcels?|packages?|shipments?|deliver(?:y|ies)|consignments?|cargo|loads?|freight|items?|products?|goods|boxes?|crates?|pallets?|luggage|baggage|bags?|suitcases?|furniture|equipment|machines?|rooms?|berths?|moorings?|buildings?|listings?|parts?|materials?|skus?|variants?|inventory|artworks?|pieces?)$/;

/** Knex's column builders (`t.string('email', 320)`, `t.specificType('roles', 'text[]')`). */
const KNEX_COLUMN = /^(?:string|text|integer|bigInteger|bigint|tinyint|smallint|mediumint|float|double|decimal|boolean|date|datetime|dateTime|time|timestamp|binary|enu|enum|json|jsonb|uuid|specificType|geometry|geography|point)$/;

/**
 * A table Knex's schema builder creates or alters (`knex.schema.createTable('users', (t) => { … })`, `.alterTable`,
 * `.table`): its name and the columns the callback adds with the builder's column methods.
 */
function knexTable(n: ts.CallExpression): { name: string; columns: Candidate[] } | undefined {
  // (The method's name first: this runs for every call of every file.)
  if (n.arguments.length < 2 || !/^(?:createTable|createTableIfNotExists|alterTable|table)$/.test(calleeName(n.expression) ?? '') || !accessChain(n.expression).slice(0, -1).includes('schema')) return undefined;
  const name = unwrap(n.arguments[0]);
  const fn = unwrap(n.arguments[1]);
  if (!ts.isStringLiteralLike(name) || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !fn.parameters.length || !ts.isIdentifier(fn.parameters[0].name)) return undefined;
  const builder = fn.parameters[0].name.text;
  const columns: Candidate[] = [];
  const visit = (x: ts.Node) => {
    if (ts.isCallExpression(x)) {
      const callee = unwrap(x.expression);
      const col = x.arguments[0] ? unwrap(x.arguments[0]) : undefined;
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === builder && KNEX_COLUMN.test(callee.name.text) && col && ts.isStringLiteralLike(col)) {
        columns.push({ name: col.text, node: col, boolean: callee.name.text === 'boolean', integer: /^(?:integer|bigInteger|bigint|tinyint|smallint|mediumint)$/.test(callee.name.text) });
      }
    }
    ts.forEachChild(x, visit);
  };
  visit(fn.body);
  return columns.length ? { name: name.text, columns } : undefined;
}

/** A table's name as a Knex call is given it: a string, or `this.table` that the class sets to one. */
function tableName(e: ts.Expression): string | undefined {
  if (ts.isStringLiteralLike(e)) return /^[A-Za-z_][\w.]*$/.test(e.text) ? e.text : undefined;
  if (!ts.isPropertyAccessExpression(e) || e.expression.kind !== ts.SyntaxKind.ThisKeyword) return undefined;
  let cls: ts.Node | undefined = e.parent;
  while (cls && !ts.isClassLike(cls)) cls = cls.parent;
  const member = cls && ts.isClassLike(cls) ? cls.members.find((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && nameText(m.name) === e.name.text) : undefined;
  const init = member?.initializer ? unwrap(member.initializer) : undefined;
  return init && ts.isStringLiteralLike(init) ? init.text : undefined;
}

/** `object({ email: string().email() })` from yup/valibot/superstruct: every value is a builder call. */
function isSchemaShape(o: ts.ObjectLiteralExpression): boolean {
  return o.properties.length > 0 && o.properties.every((p) => ts.isPropertyAssignment(p) && ts.isCallExpression(unwrap(p.initializer)));
}

function classFields(sf: ts.SourceFile, n: ts.ClassDeclaration | ts.ClassExpression, fields: FieldFact[]) {
  const name = n.name?.text ?? assignedName(n) ?? 'class';
  const isEntity = decoratorNames(n).some((d) => ENTITY_DECORATORS.test(d));
  const cands: Candidate[] = [];
  let validated = false;
  for (const m of n.members) {
    if (ts.isPropertyDeclaration(m)) {
      const pname = nameText(m.name);
      if (!pname || isCallableType(m.type) || (holdsLocalRecord(sf, m.type) && !(namesData(pname) && namedRecord(sf, m.type))) || (m.initializer && (ts.isArrowFunction(m.initializer) || ts.isFunctionExpression(m.initializer)))) continue;
      noteRecordSlot(sf, name, pname, m.type);
      const decos = decoratorNames(m);
      if (decos.some((d) => VALIDATOR_DECORATOR.test(d))) validated = true;
      if (m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)) continue;
      // `name_ = 'UserDeletionService'`, `displayName = "Nightly export"`: a constant the class sets itself, not what
      // anyone gives it (an empty default, `fullName = ''`, is still a field to fill).
      if (m.initializer && ts.isStringLiteralLike(unwrap(m.initializer)) && (unwrap(m.initializer) as ts.StringLiteralLike).text.trim() !== '') continue;
      // (`@ManyToOne(() => Organisation) organisation: Organisation`: a relation to another record, whose own fields say
      // what it holds — not the member's employer.)
      if (relationTo(pname, m.type) || decos.some((d) => /^(?:ManyToOne|OneToOne|OneToMany|ManyToMany|BelongsTo|HasOne|HasMany|ForeignKey)$/.test(d))) continue;
      const validator = decos.find((d) => own(VALIDATOR_CATEGORY, d) && /^Is/.test(d));
      cands.push({ name: pname, node: m.name, boolean: isBooleanType(m.type) || decos.includes('IsBoolean'), validated: validator ? own(VALIDATOR_CATEGORY, validator) : undefined });
    } else if (ts.isConstructorDeclaration(m)) {
      for (const p of m.parameters) {
        if (!ts.isParameterPropertyDeclaration(p, m)) continue;
        const pname = nameText(p.name);
        if (pname && p.type && !ts.isTypeReferenceNode(p.type)) cands.push({ name: pname, node: p.name, boolean: isBooleanType(p.type) });
      }
    }
  }
  classifyRecord(sf, name, isEntity ? 'entity' : validated ? 'schema' : 'class', cands, false, fields);
  const person = recordContext(name).person || fields.some((f) => f.container === name && !isImplicit(f.category));
  const org = !person && recordContext(name).org;
  // (`criminalConvictions?: { offense: string; year: number }[]`: parts that say nothing alone; the property's own name
  // says what it holds.)
  const whole: Candidate[] = [];
  for (const m of n.members) {
    if (!ts.isPropertyDeclaration(m) || !m.type) continue;
    const before = fields.length;
    nested(sf, nameText(m.name) ?? name, isEntity ? 'entity' : 'class', m.type, person, fields, org);
    const pname = nameText(m.name);
    if (pname && fields.length === before && plainShape(m.type)) whole.push({ name: pname, node: m.name, boolean: false });
  }
  if (whole.length) classifyRecord(sf, name, isEntity ? 'entity' : validated ? 'schema' : 'class', whole, person, fields, org);
}

/** Names of a program's working parts: a signer, a service, an API client, a handler … (After another word: a bare
 * `Client` or `Provider` is as often a person — a firm's client, a care provider — and so are a `Worker` and a `Manager`.) */
const PROGRAM_PART = /[a-z0-9](?:Signer|Service|Client|Handler|Provider|Controller|Adapter|Strategy|Guard|Helper|Factory|Middleware|Processor|Engine|Connector|Gateway)$/;
function programPart(n: ts.ClassDeclaration): boolean {
  const names = [n.name?.text ?? '', ...(n.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText()))];
  if (!names.some((x) => PROGRAM_PART.test(x))) return false;
  const hasMethods = n.members.some((m) => ts.isMethodDeclaration(m) || ts.isGetAccessorDeclaration(m));
  const decorated = n.members.some((m) => ts.isPropertyDeclaration(m) && (ts.getDecorators?.(m)?.length ?? 0) > 0);
  return hasMethods && !decorated;
}

/** A member typed by the record it points at, named for it (`organisation: Organisation`, `company?: Company[]`). */
function relationTo(name: string, t: ts.TypeNode | undefined): boolean {
  const ref = t && ts.isArrayTypeNode(t) ? t.elementType : t;
  if (!ref || !ts.isTypeReferenceNode(ref) || !ts.isIdentifier(ref.typeName)) return false;
  const type = ref.typeName.text.toLowerCase();
  const member = name.toLowerCase();
  // (Not data that has a shape of its own — `address: Address`, `location: GeoPoint`: what it names is what it holds.)
  const named = classifyIdentifier(name, { person: true });
  if (named.some((c) => c.category !== 'user.workplace')) return false;
  return /^[A-Z]/.test(ref.typeName.text) && !/^(?:string|date|number|boolean|record|partial|array|promise|map|set)$/.test(type) && (member === type || member === `${type}s` || (member.length > 3 && type.endsWith(member)));
}

/** An inline shape of plain values, or a list of them (`{ month: number; day: number }`, `{ offense: string }[]`). */
function plainShape(t: ts.TypeNode): boolean {
  if (ts.isArrayTypeNode(t)) return plainShape(t.elementType);
  return ts.isTypeLiteralNode(t) && t.members.length > 0 && t.members.every((x) => ts.isPropertySignature(x) && isPlainValue(x.type));
}

function formField(sf: ts.SourceFile, name: string, at: ts.Node, from: ts.Node, out: FieldFact[]) {
  const container = enclosingFunctionName(from) ?? 'form';
  const leaf = name.split('.').pop() ?? name;
  const rc = recordContext(container);
  // (`name="targetAudience.ageRange"`: the path's owner says whose.)
  const group = name.split('.').slice(0, -1).some((part) => splitIdentifier(part).some((w) => AUDIENCE_WORD.test(w)));
  for (const c of classifyIdentifier(leaf, { person: rc.person, device: rc.device })) {
    if (group && groupHeld(c.category)) continue;
    // (`CompanyProfilePage`'s `companyName`: the organisation's own name.)
    if (rc.org && !rc.person && c.category === 'user.workplace') continue;
    out.push({ name: leaf, container, kind: 'form', category: c.category, lexeme: c.lexeme, ...rangeOf(sf, at) });
  }
}

function input(sf: ts.SourceFile, name: string, source: string, at: ts.Node, out: InputFact[]) {
  // `createSpace(formData) { formData.get('password') }`: the password that protects a shared space, link or
  // document, not a person's sign-in credential.
  if (guardsSharedThing(enclosingFunctionName(at) ?? '', name)) return;
  // (A form field named "mobile" or "cell" is the number a person types there, not a kind of device.)
  const asked = /^(?:mobile|cell|cellphone|mobile[_-]?no|handy)$/i.test(name) ? 'mobileNumber' : name;
  for (const c of classifyIdentifier(asked, {})) {
    if (!out.some((i) => i.name === name && i.category === c.category)) out.push({ name, source, category: c.category, lexeme: c.lexeme, ...rangeOf(sf, at) });
  }
}


/** string, number, bigint or Date: the parts of a value such as a birthday (`{ month: number; day: number }`). */
function isPlainValue(t: ts.TypeNode | undefined): boolean {
  if (!t) return false;
  if (t.kind === ts.SyntaxKind.StringKeyword || t.kind === ts.SyntaxKind.NumberKeyword || t.kind === ts.SyntaxKind.BigIntKeyword) return true;
  if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && t.typeName.text === 'Date') return true;
  if (ts.isUnionTypeNode(t)) return t.types.every((x) => isPlainValue(x) || x.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(x) && x.literal.kind === ts.SyntaxKind.NullKeyword));
  return false;
}

/** Settings that say a record configures a connection or a client, not a person. */
const CONNECTION_SETTING = /^(?:host|hostname|port|database|db|instanceId|projectId|region|bucket|ssl|tls|url|uri|connectionString|pool(?:Size)?|max(?:Connections)?|timeout|\w+Timeout|retries|maxRetries|apiKey|endpoint|schema)$/;

/**
 * The options of a function that connects or builds a client (`createDbClient(opts?: { instanceId; password;
 * idleInTxnTimeout })`): a deployment's credentials, not a person's.
 */
function connectionOptions(p: ts.ParameterDeclaration): boolean {
  const fn = p.parent;
  const name = ts.isFunctionDeclaration(fn) && fn.name ? fn.name.text : ts.isArrowFunction(fn) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name) ? fn.parent.name.text : '';
  if (/(?:client|connection|connect|pool|database|transport)/i.test(name)) return true;
  const members = (p.type as ts.TypeLiteralNode).members.map((m) => (m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? m.name.text : ''));
  return members.some((m) => CONNECTION_SETTING.test(m)) && /^(?:opts|options|config|settings|conn\w*)$/i.test((p.name as ts.Identifier).text);
}

/** A member that codes a country or a jurisdiction (`iso3c`, `iso_code`, `jurisdiction`, `fips`): a record about a place. */
const COUNTRY_CODE = /^(?:iso[23]c?|iso_?(?:code|a[23]|alpha[23])|jurisdiction|fips(?:_?code)?|nuts_?code|geo_?code)$/i;
