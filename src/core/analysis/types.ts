/** Facts extracted from one source file: plain data, cacheable by content hash. */

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface DataHit {
  category: string;
  /** Identifier or key that carried the data (`ownerEmail`, `$email`). */
  name: string;
  /** Lexicon entry that classified it. */
  lexeme: string;
  line: number;
  /** Set when the data came from a caller in another file (one hop through a helper). */
  file?: string;
  /** Sent as a hash (`sha256(email)`): pseudonymous, still personal to an advertising or matching API. */
  hashed?: boolean;
  /** Written into the text of a message or notification (`body: \`${teacher.name}: …\``): part of the message text. */
  inMessage?: boolean;
  /** For a whole typed record ("type:T"): the fields left out of it (`const { ssn, ...rest } = applicant`). */
  omit?: string[];
  /** For a whole typed record ("type:T"): the only fields of it that are sent (`p.skills` of a caller's `profile`). */
  only?: string[];
  /** Passed to a function another module of the project defines (`visitorId(ip, ua)`): hashed or dropped if that one hashes or redacts. */
  through?: string;
}

export type FieldKind = 'entity' | 'schema' | 'class' | 'interface' | 'type' | 'param' | 'form' | 'graphql' | 'prisma';

export interface FieldFact extends Range {
  name: string;
  container: string;
  kind: FieldKind;
  category: string;
  lexeme: string;
  /** The record a nested record's field sits in (`MapTabProps` for `userLocation: { lat; lng }`). */
  within?: string;
}

/** How an input that is a key of a record written to a store names its source (`download record written`). */
export const STORE_WRITE_SOURCE = ' record written';
/** The source of a file the code uploads to its storage (`upload to storage bucket 'avatars'`): kept. */
export const UPLOAD_SOURCE = 'upload to ';

export interface InputFact extends Range {
  name: string;
  source: string;
  category: string;
  lexeme: string;
}

export interface SinkFact extends Range {
  /** Catalog service id; absent for an HTTP request to a host outside the catalog. */
  service?: string;
  host?: string;
  /** What sends: "Sentry.setUser", "axios.post https://hooks.zapier.com/…". */
  via: string;
  data: DataHit[];
  /** URL built from an identifier imported from another module: resolved when the project is joined. */
  pendingUrl?: { module: string; name: string; suffix: string; called?: boolean };
  /** An AI SDK call whose model another module builds (`model: summaryModel` from './ai'): resolved when the project is joined. */
  pendingModel?: { module: string; name: string };
  /** Parameters of the enclosing function passed on to the sink: callers supply the data. */
  params?: { fn: string; index: number; inMessage?: boolean; members?: string[] }[];
  /** Arguments that are calls of plain functions: their return values are sent. */
  argCalls?: string[];
  /** A vendor's script the page loads: its data is what the vendor gets by itself, whatever the product does. */
  loaded?: boolean;
  /** A setup that stands for its vendor only: dropped where anything else in the project reaches that vendor. */
  fallback?: boolean;
  /** An AI client built with the key its caller hands in: the user's own account with the provider. */
  callerKey?: boolean;
  /** A search or vector store's SDK whose address the deployment sets (`new Typesense.Client({ nodes: [{ host } ] })`): the
   * vendor's cloud the catalog knows it by, if the policy names that cloud; the product's own store otherwise. */
  deployedStore?: boolean;
  /** A recipient known by its kind only: the mail server a deployment configures (`createTransport({ host: env.SMTP_HOST })`),
   * the provider an OpenAI-compatible client's settings point at (`new OpenAI({ baseURL: modelConfig.baseUrl })`). */
  configured?: { kind: 'email_delivery' | 'ai'; name: string };
  /** What the host of a client built for a kind of vendor is (`new OpenAI({ baseURL: 'https://api.getunbound.ai/v1' })`
   * is an AI provider, whatever its host's name). */
  hostKind?: 'ai';
  /** The branch of the innermost conditional in the call's own function that holds it (`start:0` then, `start:1` else). */
  branch?: string;
  /** A monitoring SDK's setup whose report hook takes these keys off the person on every report (`*`: all but the id). */
  scrubsUser?: string[];
}

/** A method call on a client imported from another module of the project (`import { posthog } from './lib/posthog'`). */
export interface ClientCallFact extends Range {
  local: string;
  module: string;
  imported: string;
  method: string;
  via: string;
  data: DataHit[];
  /** What the call asks a model, counted once the client turns out to be an AI provider's. */
  modelInput?: DataHit[];
  /** The model a re-exported AI SDK's call is given, imported from another module (`model` of '@repo/ai/providers/openai'). */
  pendingModel?: { module: string; name: string };
  params?: { fn: string; index: number; inMessage?: boolean; members?: string[] }[];
  argCalls?: string[];
  /** Made on a property typed by a name the module imports (`private readonly segment: Analytics`): a client if that type is an SDK's. */
  typed?: true;
}

/** A call of a local or imported function that passes personal data or its caller's parameters on. */
export interface CallSiteFact {
  callee: string;
  /** `analytics.capture(…)` with `const analytics = useAnalytics()`: the function `capture` that `useAnalytics` returns. */
  member?: string;
  line: number;
  column: number;
  /** Data per argument position. */
  args: DataHit[][];
  /** Arguments that carry a parameter of the enclosing function (for flows of more than one hop). */
  paramArgs: { arg: number; fn: string; param: number; members?: string[] }[];
  /**
   * For an argument that is an object literal without spreads, the parameters each of its keys carries: a helper that
   * sends only some keys reaches this caller's callers through those keys only.
   */
  keyParams?: { arg: number; key: string; fn: string; param: number; members?: string[] }[];
  /** The arguments `keyParams` covers. */
  keyedArgs?: number[];
  /** Helpers called in an argument (`embed([submissionText(sub)])`): what they return is passed. */
  argCalls?: { arg: number; callee: string; key?: string }[];
  /** The data under each key of an object literal argument (for a helper that destructures it and sends some keys). */
  argKeys?: { arg: number; key: string; hits: DataHit[] }[];
}

export interface ContextToken {
  token: string;
  weight: number;
  /** A word of the setting's own name (`SIGHTING_DAYS`), not of the code around it. */
  name?: true;
}

/** The one literal that sets a duration, so a fix can rewrite it: new text = days / perUnitDays. */
export interface EditableLiteral extends Range {
  kind: 'number' | 'enum';
  /** Days one unit of the literal stands for (1 for `Duration.days(180)`, 1/86400 for seconds). */
  perUnitDays: number;
}

export interface RetentionFact extends Range {
  days: number;
  literal?: EditableLiteral;
  /** The code that sets it: "retention: logs.RetentionDays.ONE_YEAR". */
  text: string;
  via: string;
  context: ContextToken[];
  /** How long a code, link or token stays valid (`OTP_TTL_SECONDS`, `{ ex: magicLinkTtlSeconds }`): held only to what a
   * policy says of codes, links and tokens. */
  validity?: true;
  /** A setting imported from another module of the project: its value there, in `unit` days each, is `days`. */
  pending?: { module: string; name: string; unit: number };
}

export interface ImportFact {
  local: string;
  module: string;
  /** 'default', '*', or the exported name. */
  imported: string;
  /** Imported as a type only (`import type …`, `import { type … }`). */
  typeOnly?: true;
}

export interface Suppression {
  /** The line the directive applies to. */
  line: number;
  rules: string[];
  reason: string;
}

export interface FileNote {
  line: number;
  message: string;
}

export interface FileFacts {
  file: string;
  /** Content hash (empty when the caller keeps no cache). */
  hash: string;
  lines: number;
  /** Syntax errors and skipped parts: reported, never silently dropped. */
  notes: FileNote[];
  fields: FieldFact[];
  inputs: InputFact[];
  sinks: SinkFact[];
  /** Calls on clients imported from the project's own modules: joined with `clients` of the module. */
  clientCalls: ClientCallFact[];
  /** Top-level SDK clients this module holds (`export const posthog = new PostHog(…)`): name → catalog id. */
  clients: Record<string, string>;
  /** Top-level names whose value a factory imported from the project makes (`getStripe` → `createStripeClient` of '@acme/billing'). */
  clientFrom?: Record<string, { module: string; imported: string }>;
  /** Loggers among `clients` set to ship debug lines too. */
  verboseClients?: string[];
  /** Top-level functions that return only hashes of their arguments ('hash') or values that carry none of them ('sanitized'). */
  sanitizers?: Record<string, 'hash' | 'sanitized'>;
  /** Top-level HTTP instances with a fixed base URL (`export const api = axios.create({ baseURL })`): name → that URL. */
  httpBases?: Record<string, string>;
  callSites: CallSiteFact[];
  retention: RetentionFact[];
  imports: ImportFact[];
  /** Exported constants (strings, numbers) other files may use as URLs. */
  constants: Record<string, string | number>;
  /** Personal data returned by named functions (`buildPayload(u) { return { email: u.email } }`). */
  returns: Record<string, DataHit[]>;
  /** Named functions declared at the top level (declarations and const arrows). */
  functions: string[];
  /** Records defined by others: `type T = z.infer<typeof S>` → [S], `interface A extends Person` → [Person]. */
  typeAliases?: Record<string, string[]>;
  /** Records whose values the repository writes itself (a literal list typed `T[]`, a JSON file cast to `T[]`). */
  staticRecords?: string[];
  /** `export … from` statements: where names come from. */
  reexports: { module: string; names: '*' | { exported: string; local: string }[] }[];
  /** Every module specifier the file's text names (imports, `require`, `import()`, `export … from`). */
  specifiers?: string[];
  suppressions: Suppression[];
}
