import { splitWords } from '../taxonomy/tokens';
import { SERVICES, type RecipientKind, type ServiceDef } from './services';

export { SERVICES, type RecipientKind, type ServiceDef } from './services';

const BY_PACKAGE = new Map<string, ServiceDef>();
const BY_GLOBAL = new Map<string, ServiceDef>();
for (const s of SERVICES) {
  for (const p of s.packages) BY_PACKAGE.set(p, s);
  for (const g of s.globals) BY_GLOBAL.set(g, s);
}

/**
 * Vendors by the names of the cookies their scripts set (`_ga`, `_fbp`, `mp_…_mixpanel`): a cookie table's row names
 * its vendor by its cookie even when no column does.
 */
const COOKIE_VENDORS: [RegExp, string][] = [
  [/^_(?:ga|gid|gat)(?:_|$)|^__utm[a-z]$/i, 'google-analytics'],
  [/^_gcl_|^(?:ide|test_cookie|nid)$/i, 'google-ads'],
  [/^_(?:fbp|fbc)$|^fr$/i, 'meta-pixel'],
  [/^_hj/i, 'hotjar'],
  [/^mp_.*mixpanel$|^mp_/i, 'mixpanel'],
  [/^ajs_/i, 'segment'],
  [/^__stripe_|^__stripe/i, 'stripe'],
  [/^intercom-/i, 'intercom'],
  [/^__hs|^hubspotutk$/i, 'hubspot'],
  [/^_cl(?:ck|sk)$|^clid$/i, 'clarity'],
  [/^ph_.*_posthog$/i, 'posthog'],
  [/^amp_/i, 'amplitude'],
  [/^__cf_bm$|^cf_clearance$|^__cflb$|^_cfuvid$/i, 'cloudflare'],
  [/^_pk_(?:id|ses|ref)/i, 'matomo'],
  [/^_uetsid$|^_uetvid$/i, 'microsoft-ads'],
  [/^li_(?:sugr|fat_id)$|^bcookie$|^lidc$/i, 'linkedin-insight'],
  [/^_ttp$/i, 'tiktok-pixel'],
  [/^crisp-client/i, 'crisp'],
];

/** The vendor whose script sets a cookie of this name, when the name is a well-known one. */
export function serviceOfCookie(name: string): string | undefined {
  const n = name.trim().replace(/[{[<(].*$/, '');
  const hit = COOKIE_VENDORS.find(([re]) => re.test(n));
  return hit && serviceById(hit[1]) ? hit[1] : undefined;
}

/** Avatar directories that look a person's profile up by the hash of their email (Gravatar, Libravatar). */
export const HASH_DIRECTORIES = new Set(['gravatar', 'libravatar']);
/** Avatar generators that draw a picture from what the URL carries, a name or a seed (UI Avatars, DiceBear). */
export const AVATAR_GENERATORS = new Set(['ui-avatars', 'dicebear', 'vercel-avatar', 'robohash', 'boring-avatars']);
/** Whether a service's URL is built only to be loaded as an image: an avatar directory's or generator's. */
export const avatarService = (id: string) => HASH_DIRECTORIES.has(id) || AVATAR_GENERATORS.has(id);
/** Their hosts' registrable names, as a file that builds their URLs must write them. */
export const AVATAR_URL_HOSTS = SERVICES.filter((s) => avatarService(s.id)).flatMap((s) => s.hosts.map((h) => h.split('.').slice(-2).join('.')));

export function serviceById(id: string): ServiceDef | undefined {
  return SERVICES.find((s) => s.id === id);
}

/** The service an import specifier belongs to (`@sentry/node`, `firebase-admin/messaging`, `stripe`). */
export function serviceForPackage(spec: string): ServiceDef | undefined {
  for (let cur = spec; cur; ) {
    const hit = BY_PACKAGE.get(cur);
    if (hit) return hit;
    const i = cur.lastIndexOf('/');
    if (i <= 0) break;
    cur = cur.slice(0, i);
  }
  if (!spec.startsWith('@')) {
    // A variant of a vendor's own package: `posthog-js-lite` (posthog-js), `sentry-expo`, `mixpanel-react-native`.
    const word = /^([a-z0-9]{4,})-/.exec(spec)?.[1];
    const variant = word ? BY_PACKAGE_WORD.get(word) ?? BY_SCOPE.get(word) : undefined;
    if (variant) return variant;
    // A framework's binding named after the vendor: `react-paypal-button-v2`, `react-native-mixpanel`, `react-intercom`.
    const bound = /^(?:react-native|react|vue|vue3|ngx|ng|svelte|preact|solid|angular|expo)-([a-z0-9]{4,})(?:-|$)/.exec(spec)?.[1];
    // (Not a platform company's word — `react-google-maps`, `react-native-apple-…` — whose packages are many services.)
    return bound && !/^(?:google|apple|microsoft|amazon|azure|cloud|native)$/.test(bound) ? BY_PACKAGE_WORD.get(bound) ?? BY_SCOPE.get(bound) : undefined;
  }
  if (spec.startsWith('@types/')) return undefined;
  const [scope, name = ''] = spec.slice(1).split('/');
  // (`@shopify/flash-list`, `@sentry/cli`, `@posthog/icons`: an open-source library or a build tool a vendor publishes
  // under its scope runs in the product and sends the vendor nothing.)
  if (VENDOR_TOOLING.test(name)) return undefined;
  // A vendor's own scope: `@sentry/nestjs`, `@bugsnag/plugin-express`, `@openpanel/nextjs`.
  const owner = BY_SCOPE.get(scope);
  if (owner) return owner;
  // A vendor's new scope beside its older unscoped package: `@klaviyo/api` (klaviyo-api), `@twilio/…` (twilio).
  const word = BY_PACKAGE_WORD.get(scope);
  if (word && word.kind !== 'cloud_hosting') return word;
  // A framework's integration named after the vendor: `@hono/sentry`, `@nuxtjs/sentry` (not a product's own `@acme/supabase`).
  if (!FRAMEWORK_SCOPES.has(scope)) return undefined;
  return BY_PACKAGE.get(name) ?? BY_WORD_EXACT.get(name.toLowerCase());
}

/** Libraries and build tools vendors publish under their own scope (UI kits, lists, linters, configs, CLIs, icons). */
const VENDOR_TOOLING = /^(?:eslint(?:-[\w-]+)?|prettier(?:-[\w-]+)?|tsconfig|babel(?:-[\w-]+)?|jest(?:-[\w-]+)?|cli|icons?|ui|themes?|flash-list|restyle|react-native-skia|polaris(?:-[\w-]+)?|draggable|stylelint(?:-[\w-]+)?|browserslist-config|typescript-configs?|(?:[\w-]+-)?webpack-plugin|vite-plugin(?:-[\w-]+)?|(?:[\w-]+-)?(?:eslint|prettier)-config)$/;

/** Scopes of frameworks that publish integrations named after a vendor. */
const FRAMEWORK_SCOPES = new Set(['hono', 'nuxtjs', 'nuxt', 'sveltejs', 'astrojs', 'nestjs', 'fastify', 'remix-run', 'tanstack', 'trpc', 'redwoodjs', 'analogjs', 'elysiajs', 'adonisjs', 'koa', 'solidjs', 'builder.io', 'vue', 'ngx', 'next', 'feathersjs', 'strapi', 'medusajs', 'payloadcms', 'keystone-6', 'directus', 'gatsbyjs', 'docusaurus', 'vitejs', 'expo', 'capacitor', 'ionic-native', 'awesome-cordova-plugins', 'react-native-community', 'convex-dev']);

/** npm scopes whose catalog packages all belong to one service (shared scopes such as `@aws-sdk` or `@vercel` are left out). */
const BY_SCOPE = new Map<string, ServiceDef>();
{
  const owners = new Map<string, Set<ServiceDef>>();
  for (const s of SERVICES) for (const p of s.packages) {
    const m = /^@([^/]+)\//.exec(p);
    if (!m) continue;
    const set = owners.get(m[1]) ?? new Set();
    set.add(s);
    owners.set(m[1], set);
  }
  const named = (sv: ServiceDef, scope: string) => [sv.id, sv.name, ...sv.aliases].some((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '') === scope.replace(/[^a-z0-9]/g, '').replace(/hq$/, ''));
  for (const [scope, set] of owners) {
    const [only] = [...set];
    // The scope is the vendor's name (`@sentry`, `@bugsnag`, `@amplitude`), not a platform (`@google-cloud`, `@azure`).
    if (set.size === 1 && named(only, scope)) BY_SCOPE.set(scope, only);
    // A vendor with several products under its scope (`@amplitude/experiment-*` beside `@amplitude/analytics-*`): its
    // other packages (`@amplitude/analytics-react-native`) are the product named like the scope — unless that is a
    // hosting platform, whose packages are many different services.
    else if (set.size > 1) {
      const main = [...set].filter((sv) => named(sv, scope));
      if (main.length === 1 && main[0].kind !== 'cloud_hosting') BY_SCOPE.set(scope, main[0]);
    }
  }
}
/** First words of the unscoped packages a vendor publishes under its own name (`posthog` of `posthog-js`). */
const BY_PACKAGE_WORD = new Map<string, ServiceDef>();
for (const s of SERVICES) {
  const names = [s.id, s.name].map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, ''));
  for (const p of s.packages) {
    const word = /^([a-z0-9]+)(?:-|$)/.exec(p)?.[1];
    if (word && names.includes(word) && !BY_PACKAGE_WORD.has(word)) BY_PACKAGE_WORD.set(word, s);
  }
}
const BY_WORD_EXACT = new Map<string, ServiceDef>();
for (const s of SERVICES) for (const n of [s.id, s.name]) if (/^[a-z0-9]{4,}$/i.test(n) && !BY_WORD_EXACT.has(n.toLowerCase())) BY_WORD_EXACT.set(n.toLowerCase(), s);

/**
 * The prefix a framework gives the variables it exposes to the browser (`EXPO_PUBLIC_API_URL`, `NEXT_PUBLIC_…`,
 * `VITE_…`): the framework's, not a vendor the variable points at.
 */
const FRAMEWORK_PREFIX = /^(?:NEXT_PUBLIC|EXPO_PUBLIC|NUXT_PUBLIC|NUXT_ENV|REACT_APP|VUE_APP|VITE|GATSBY|PUBLIC|PLASMO_PUBLIC|SANITY_STUDIO|STORYBOOK)_/i;

/** A vendor named in an environment variable (`SLACK_WEBHOOK_URL`, `ZAPIER_HOOK`): one-word names and ids only. */
const BY_WORD = new Map<string, ServiceDef>();
for (const s of SERVICES) {
  for (const n of [s.id, s.name, ...s.aliases]) {
    const w = n.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (w.length >= 4 && !n.includes(' ') && !BY_WORD.has(w)) BY_WORD.set(w, s);
  }
}

export function serviceForEnvName(envName: string): ServiceDef | undefined {
  for (const part of envName.replace(FRAMEWORK_PREFIX, '').toLowerCase().split(/[^a-z0-9]+/)) {
    const hit = BY_WORD.get(part);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * A vendor named in a variable of the code (`baselimeEventsUrl` as `baselime_events`): as serviceForEnvName, but not a
 * name that is also an everyday word (`streamUrl`, `renderEndpoint`).
 */
export function serviceForCodeName(words: string): ServiceDef | undefined {
  for (const part of words.toLowerCase().split(/[^a-z0-9]+/)) {
    if (COMMON_WORDS.has(part) || ENGLISH_WORDS.has(part)) continue;
    const hit = BY_WORD.get(part);
    if (hit) return hit;
  }
  return undefined;
}

/** A service by its name, alias or id, compared without case or punctuation ("PostHog", "posthog"). */
export function serviceForName(name: string): ServiceDef | undefined {
  const w = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return w ? BY_NAME.get(w) : undefined;
}
const BY_NAME = new Map<string, ServiceDef>();
for (const s of SERVICES) for (const n of [s.id, s.name, ...s.aliases]) {
  const w = n.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (w && !BY_NAME.has(w)) BY_NAME.set(w, s);
}

/**
 * The vendor a type's name starts with (`GitHubRepo`, `TrelloChecklist`, `YoutubeVideo`): a record named after a
 * vendor mirrors that vendor's API object. Names that are English words (`Stream`, `Plain`) do not count.
 * `tokens` are the identifier's lower-case words.
 */
export function vendorPrefix(tokens: string[]): ServiceDef | undefined {
  let joined = '';
  for (let k = 0; k < Math.min(tokens.length - 1, 3); k++) {
    joined += tokens[k];
    const hit = joined.length >= 4 && !COMMON_WORDS.has(joined) && !ENGLISH_WORDS.has(joined) ? BY_NAME.get(joined) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

export function serviceForGlobal(name: string): ServiceDef | undefined {
  return BY_GLOBAL.get(name);
}

/** The service a request URL goes to: its host's, or one that shares the host by path (the WhatsApp Cloud API on Meta's Graph host). */
export function serviceForUrl(url: string, host: string): ServiceDef | undefined {
  if (/(^|\.)graph\.facebook\.com$/.test(host) && /\/messages(?:[/?#]|$)/.test(url)) return serviceById('whatsapp');
  // (A form's responses go to Google Forms; other documents on the same host are no recipient by themselves.)
  if (host === 'docs.google.com' && !/^(?:https?:)?\/\/docs\.google\.com\/forms\//i.test(url.trim())) return undefined;
  // reCAPTCHA's loader and verification API live under a path of Google's own hosts.
  if (/^www\.(?:google|gstatic)\.com$/.test(host) && /^(?:https?:)?\/\/[^/]+\/recaptcha\//i.test(url.trim())) return serviceById('recaptcha');
  return serviceForHost(host);
}

/** The service an API host belongs to, by exact host or parent domain (`rest.fra-02.braze.eu` → Braze). */
export function serviceForHost(host: string): ServiceDef | undefined {
  // The longest known host that is the host or a parent domain of it: try the host, then each parent.
  for (let h = host.toLowerCase(); h; ) {
    const hit = BY_HOST.get(h);
    if (hit) return hit;
    const dot = h.indexOf('.');
    if (dot < 0) break;
    h = h.slice(dot + 1);
  }
  return undefined;
}
const BY_HOST = new Map<string, ServiceDef>();
for (const s of SERVICES) for (const known of s.hosts) if (!BY_HOST.has(known)) BY_HOST.set(known, s);

// ── policy phrases for recipients ───────────────────────────────────────

/** Generic phrases a policy uses for a kind of recipient. */
export const KIND_PHRASES: Record<Exclude<RecipientKind, 'unknown'>, string[]> = {
  analytics: ['analytics', 'analytics service', 'analytics provider', 'analytics partner', 'product analytics', 'usage analytics', 'analytics tool', 'analytics platform'],
  advertising: ['advertising company', 'advertising companies', 'ad company', 'ad companies', 'advertising partner', 'advertiser', 'ad network', 'advertising network', 'advertising', 'advertising service', 'retargeting', 'remarketing', 'remarketing service'],
  marketing: ['marketing partner', 'marketing automation', 'email marketing', 'marketing platform', 'marketing service', 'marketing company', 'marketing companies', 'marketing firm', 'marketing agency', 'marketing agencies'],
  error_monitoring: ['error monitoring', 'error logger', 'error logging', 'error-monitoring provider', 'error monitoring provider', 'crash reporting', 'error tracking', 'error report', 'application monitoring', 'performance monitoring', 'monitoring provider', 'monitoring service'],
  logging: ['log management', 'logging provider', 'logging service'],
  email_delivery: ['email delivery', 'email service provider', 'email provider', 'transactional email', 'email delivery provider', 'email delivery service', 'email service', 'email sending service', 'email platform', 'mailing provider', 'mailing service', 'mail provider', 'mailing platform', 'email communication', 'email communications'],
  messaging: ['sms', 'sms gateway', 'sms provider', 'text message', 'messaging provider', 'telephony provider', 'messaging service', 'push notification'],
  crm: ['crm', 'customer relationship management', 'sales tool', 'crm provider'],
  customer_support: ['helpdesk', 'help desk', 'customer support', 'customer support provider', 'support provider', 'live chat', 'chat support', 'customer service provider', 'customer support platform', 'support platform', 'ticketing', 'customer support tool', 'support tool'],
  payment_processor: ['payment processor', 'payment system operator', 'payment systems operator', 'payment provider', 'payment service provider', 'payment gateway', 'payment processing'],
  cloud_hosting: ['cdn provider', 'cdn', 'content delivery network', 'dns resolver', 'dns provider', 'resolver service', 'database provider', 'hosting partner', 'server provider', 'cloud infrastructure', 'cloud provider', 'hosting provider', 'cloud hosting', 'infrastructure provider', 'data center', 'hosting', 'cloud infrastructure provider', 'cloud service provider', 'it service provider', 'it services provider'],
  auth: ['authentication provider', 'identity provider', 'single sign on', 'sso provider', 'authentication service'],
  ai: ['ai provider', 'ai service', 'llm provider', 'artificial intelligence', 'language model provider', 'ai model provider', 'ai model', 'ai models', 'llm', 'llms', 'large language model', 'large language models', 'language model', 'ai partner', 'ai vendor', 'ai subprocessor', 'model provider', 'inference provider', 'inference api', 'ai tool', 'ai api', 'ai apis', 'ai processing api', 'ai processing apis', 'ai processing provider', 'ai processing service', 'transcription service', 'transcription services', 'transcription provider', 'speech to text provider', 'speech-to-text provider', 'speech to text service', 'speech-to-text service'],
  data_warehouse: ['data warehouse', 'data warehousing'],
  feature_flags: ['feature flag', 'feature flagging', 'experimentation platform'],
  maps: ['mapping service', 'map provider', 'maps provider', 'geocoding', 'mapping provider'],
  automation: ['automation platform', 'integration platform', 'workflow automation', 'project management tool'],
  identity_verification: ['identity verification', 'identity verification provider', 'identity verification service', 'kyc provider', 'verification provider'],
  fraud_prevention: ['fraud prevention', 'fraud detection', 'fraud prevention provider', 'bot protection', 'captcha', 'web application firewall', 'ddos protection', 'spam protection', 'spam filtering'],
  surveys: ['survey provider', 'survey tool', 'survey platform', 'feedback tool', 'survey service', 'survey partner'],
  video: ['video provider', 'video hosting', 'video conferencing', 'video platform', 'streaming provider'],
  scheduling: ['scheduling provider', 'calendar provider', 'scheduling tool', 'booking platform'],
  shipping: ['shipping provider', 'shipping carrier', 'shipping company', 'delivery partner', 'fulfillment partner', 'logistics provider', 'courier service'],
  social: ['social network', 'social media platform', 'social media', 'social login provider'],
  ecommerce: ['e-commerce platform', 'ecommerce platform', 'online store provider'],
  document_signing: ['e-signature provider', 'electronic signature', 'document signing'],
  data_enrichment: ['data enrichment', 'data broker', 'enrichment provider', 'lead enrichment'],
};

interface Phrase {
  words: string[];
  kind?: RecipientKind;
  service?: ServiceDef;
}

const RECIPIENT_PHRASES: Phrase[] = [
  ...Object.entries(KIND_PHRASES).flatMap(([kind, ps]) => ps.map((p) => ({ words: splitWords(p), kind: kind as RecipientKind }))),
  ...SERVICES.flatMap((s) => [s.name, ...s.aliases].map((n) => ({ words: splitWords(n), service: s }))),
].sort((a, b) => b.words.length - a.words.length);

export interface RecipientMention {
  start: number;
  end: number;
  kind?: RecipientKind;
  service?: ServiceDef;
}

/** Finds recipient kinds and named services in a word sequence (from splitWords), longest first. */
const PHRASES_BY_FIRST = new Map<string, Phrase[]>();
for (const p of RECIPIENT_PHRASES) {
  if (!p.words.length) continue;
  const list = PHRASES_BY_FIRST.get(p.words[0]) ?? [];
  list.push(p);
  PHRASES_BY_FIRST.set(p.words[0], list);
}

const PHRASE_ORDER = new Map(RECIPIENT_PHRASES.map((p, i) => [p, i]));

export function matchRecipients(words: string[], original: string): RecipientMention[] {
  const used = new Array<boolean>(words.length).fill(false);
  const out: RecipientMention[] = [];
  // Only phrases whose first word occurs, longest first (the order of RECIPIENT_PHRASES).
  // (Looked up by first word, then put back in the list's order: longest first.)
  const candidates = [...new Set(words)].flatMap((w) => PHRASES_BY_FIRST.get(w) ?? []).sort((a, b) => PHRASE_ORDER.get(a)! - PHRASE_ORDER.get(b)!);
  for (const p of candidates) {
    const n = p.words.length;
    for (let i = 0; i + n <= words.length; i++) {
      let ok = true;
      for (let k = 0; k < n; k++) if (used[i + k] || words[i + k] !== p.words[k]) ok = false;
      if (!ok) continue;
      // A vendor named by one word counts only when capitalised in the text; a vendor whose name is also an
      // everyday word ("Daily", "Close", "Render") also not at the start of a sentence, unless it labels the clause.
      if (p.service && n === 1 && !vendorWordOk(p.service, original)) continue;
      // ("sending out non-transactional emails": a kind of message after "non", not the provider that sends it.)
      if (p.kind && i > 0 && words[i - 1] === 'non') continue;
      for (let k = 0; k < n; k++) used[i + k] = true;
      out.push({ start: i, end: i + n, kind: p.kind, service: p.service });
    }
  }
  coordinatedKinds(words, used, out);
  return out.sort((a, b) => a.start - b.start);
}

/** The nouns that end a kind phrase ("payment provider", "analytics tool"): what coordinated modifiers share. */
const KIND_HEADS = new Set(RECIPIENT_PHRASES.filter((p) => p.kind && p.words.length > 1).map((p) => p.words[p.words.length - 1]));
const KIND_BY_WORDS = new Map(RECIPIENT_PHRASES.filter((p) => p.kind).map((p) => [p.words.join(' '), p.kind!]));
/** Words a list of modifiers does not run past: prepositions, articles, pronouns, verbs of sharing. */
const COORDINATION_STOP = /^(with|to|by|via|through|our|the|your|their|its|a|an|of|for|from|in|on|at|such|as|including|include|like|use|we|us|these|those|certain|other|third|party|trusted|selected|various|following|share|shared|disclose|disclosed|is|are|may|can|be|and\/or|than|not|no)$/;

/**
 * "Payment and subscription providers", "hosting, database and email providers": each modifier of a coordinated
 * list names a kind with the head they share, read only past an "and"/"or" so a plain modifier is left alone.
 */
function coordinatedKinds(words: string[], used: boolean[], out: RecipientMention[]): void {
  for (let h = 1; h < words.length; h++) {
    if (!KIND_HEADS.has(words[h])) continue;
    // Words of a kind phrase that ends at the head ("email provider") are part of the last conjunct.
    let j = h - 1;
    while (j >= 0 && used[j] && out.some((m) => m.kind && m.start <= j && m.end === h + 1)) j--;
    let conj = false;
    for (let steps = 0; j >= 0 && steps < 8; j--, steps++) {
      const w = words[j];
      if (w === 'and' || w === 'or') {
        conj = true;
        continue;
      }
      if (used[j] || COORDINATION_STOP.test(w)) break;
      if (!conj) continue;
      const kind = KIND_BY_WORDS.get(`${w} ${words[h]}`) ?? (j > 0 && !used[j - 1] ? KIND_BY_WORDS.get(`${words[j - 1]} ${w} ${words[h]}`) : undefined);
      if (!kind) continue;
      used[j] = true;
      out.push({ start: j, end: j + 1, kind });
    }
  }
}

/** Vendor names that are also everyday English words. */
const COMMON_WORDS = new Set([
  'close', 'front', 'make', 'square', 'loops', 'unit', 'stream', 'box', 'lob', 'drift', 'tally', 'plain', 'dynamic', 'magic', 'polar',
  'knock', 'courier', 'census', 'render', 'railway', 'sift', 'castle', 'persona', 'alloy', 'radar', 'kit', 'folk', 'copper', 'affinity',
  'clay', 'daily', 'split', 'sanity', 'canny', 'delighted', 'hunter', 'apollo', 'insider', 'twenty', 'convex', 'neon', 'fauna', 'heap',
  'segment', 'zoom', 'branch', 'adjust', 'singular', 'keen', 'wise', 'affirm', 'unleash', 'airship', 'vitally', 'koala', 'chameleon',
  'crisp', 'resend', 'fathom', 'line', 'gladly', 'linear', 'postmark', 'monday', 'fly', 'plausible', 'iterable', 'optimove', 'vero',
  // ("Data Protection Impact Assessments": the word in a title, not impact.com.)
  'impact',
  // (Names of vendors added from a review of widely used SDKs: "payment method", "merge requests".)
  'method', 'merge', 'footprint', 'embrace', 'teller', 'finch', 'turnkey', 'unstructured', 'mx',
]);

/**
 * Vendor names that are English words (checked against an English word list): written in lower case they
 * are the word, not the vendor. Any other name counts in any case ("cloudflare", "Posthog").
 */
const ENGLISH_WORDS = new Set('ably adjust affinity affirm airship alloy amazon amplitude attentive autopilot aws axiom azure bandwidth bedrock bird box branch canny castle census chameleon clarity clay clerk close cohere confluence convex copper courier crisp daily delighted discord drift drip dub dynamic expo fauna fingerprint folk front gladly google grok heap here highlight honeycomb hunter impact insider intercom keen kit knock koala linear lob loops magic make mandrill mastodon meta neon notion paddle perplexity persona plaid plain plausible plunk polar postmark postscript privy pusher pylon radar railway render replicate resend retool sanity segment sentry sift singular slack snowflake snowplow split sprig square stream stripe tally teams telegram tremendous twenty twitter unit unleash vitally whereby wise zoom method merge footprint embrace teller finch exa mx turnkey unstructured rev'.split(' '));

function vendorWordOk(service: ServiceDef, original: string): boolean {
  for (const name of [service.name, ...service.aliases]) {
    if (name.includes(' ')) continue;
    // "we use plausible to count visitors": a lower-case name used as a tool ("using plausible for", "via plausible").
    const lower = name.toLowerCase();
    if (lower.length >= 5 && (ENGLISH_WORDS.has(lower) || COMMON_WORDS.has(lower)) && !EVERYDAY.has(lower)
      && new RegExp(`\\b(?:use|uses|using|used|via)\\s+${escapeRe(lower)}\\s*(?:to\\b|for\\b|\\(|,|\\.|;|$)`).test(original)) return true;
    // The whole text is the name: a table cell or a clause label ("Postmark: transactional email").
    if (original.trim() === name) return true;
    // "Posthog" for PostHog: a camel-case brand may lose its inner capital; other names keep their case.
    const re = new RegExp(`\\b${escapeRe(name)}\\b`, ENGLISH_WORDS.has(name.toLowerCase()) || COMMON_WORDS.has(name.toLowerCase()) ? 'g' : 'gi');
    for (let m; (m = re.exec(original)); ) {
      if (!COMMON_WORDS.has(name.toLowerCase())) return true;
      const before = original.slice(0, m.index).trimEnd();
      const sentenceStart = before === '' || /[.!?•]$/.test(before) || /(^|\s)-$/.test(before);
      const rest = original.slice(m.index + name.length);
      const labels = /^\s*:/.test(rest) || /^,?\s*(Inc|Ltd|LLC|GmbH|Corp|Corporation|Limited|B\.V|SAS|SA|AB|Oy|AG|Pty|PBC)\b/.test(rest);
      // "Resend sends account emails": a name followed by what it does.
      const acts = /^\s+(runs|processes|receives|provides|hosts|sends|helps|handles|stores|delivers|powers|manages|performs|verifies|supports|is used|are used)\b/.test(rest);
      // "Polar and DodoPayments for billing": a list of names.
      const listed = /^\s*(?:,|and|or|&)\s+[A-Z]/.test(rest);
      // "Plausible Analytics", "Segment CDP": the name with its product word.
      const product = /^\s+(Analytics|Cloud|Pixel|Ads|Payments|AI|API|SDK|Insights|CDP|Mail|Email|Messaging|Platform)\b/.test(rest);
      // "Postmark (ActiveCampaign LLC)", "Segment (customer data platform)", "Postmark (email reminders: the
      // recipient's name …)": a name with what it is or what it gets in parentheses.
      const described = /^\s*\([^)]{2,}/.test(rest);
      // "Clerk for authentication", "Square for payments": a short list item naming a vendor and what it is used for.
      const usedFor = /^\s+for\s+\S/.test(rest) && original.trim().split(/\s+/).length <= 8;
      // "Resend, to send booking emails.", "Postmark — transactional email": an item naming a vendor, then its job.
      const itsJob = /^\s*(?:,\s*(?:to|for|which|who|that)\b|\s[—–-]\s)/.test(rest);
      // ("Loops.so", "Linear.app": the name with its own domain is the vendor.)
      const domain = /^\.(?:so|com|io|app|dev|co|ai|sh|net)\b/.test(rest);
      // ("Data Protection Impact Assessments": a word inside a title in capitals, between two others, is the title's.)
      const titled = !sentenceStart && /\b[A-Z][\w-]*$/.test(before) && /^\s+[A-Z][a-z]/.test(rest) && !product;
      // ("Data Impact: Allows streaming": the last word of a label in capitals is the label's.)
      const labelWord = !sentenceStart && /\b[A-Z][\w-]*$/.test(before) && /^\s*:/.test(rest);
      if (titled || labelWord) continue;
      if (!sentenceStart || labels || acts || listed || product || described || usedFor || itsJob || domain) return true;
    }
  }
  return false;
}

/** English words too common to read as a tool even after "use" ("using square brackets"). */
const EVERYDAY = new Set(['close', 'front', 'make', 'square', 'split', 'plain', 'magic', 'dynamic', 'stream', 'daily', 'twenty', 'branch', 'impact', 'highlight', 'render', 'courier', 'census', 'radar', 'castle', 'copper', 'hunter', 'insider', 'singular', 'adjust', 'affinity', 'persona', 'delighted', 'gladly', 'linear', 'teams', 'method', 'merge', 'footprint', 'embrace', 'turnkey', 'unstructured']);

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of a vendor's name and aliases, escaped ('' for an unknown id). */
export function vendorNamePattern(id: string): string {
  const sv = serviceById(id);
  return sv ? [sv.name, ...(sv.aliases ?? [])].map(escapeRe).join('|') : '';
}
