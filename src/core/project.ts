import { own } from './text';
import path from 'node:path';
import type { CallSiteFact, DataHit, FieldFact, FileFacts, InputFact, RetentionFact, SinkFact } from './analysis/types';
import type { ModuleResolver } from './resolve';
import { TYPE_PREFIX } from './analysis/data';
import { hostOf, registrableDomain } from './analysis/values';
import { HASH_DIRECTORIES, SERVICES, serviceById, serviceForHost, serviceForPackage, serviceForUrl } from './catalog';
import { AUTO_IMPORT_MODULE, CONTEXT_CLIENT, HTTP_METHODS, isSetupMethod, quietLevel, SERVER_LOGGER, trackerSink } from './analysis/sinks';
import { PROJECT_MODULE } from './analysis/ast';
import { PASSWORD_AGAIN } from './analysis/fields';
import { CRYPTO_MODULES } from './analysis/extract';
import { classifyIdentifier, PERSON_NOUNS, splitIdentifier } from './taxonomy';

/** A monitoring SDK's calls that attach the person to later reports: `Sentry.setUser`, `scope.setUser`, `initialScope`. */
const USER_CONTEXT = /\bsetUser\b|\(initialScope\)/;

/** Words of a position's own field names (`currentLat`, `lastKnownLocation`, `gpsLng`), not of whose position it is. */
const LOCATION_WORDS = new Set(['lat', 'lng', 'lon', 'long', 'latitude', 'longitude', 'location', 'position', 'coords', 'coordinates', 'geo', 'gps', 'current', 'last', 'known', 'user', 'my', 'device', 'precise', 'exact', 'approx', 'approximate', 'home', 'live']);
import { AUTO_IMPORT_LAYOUT } from './analysis/flows';

/** Priority of where a field is "the model": schemas and entities first, ad-hoc parameter types last. */
const FIELD_PRIORITY: Record<FieldFact['kind'], number> = { prisma: 0, entity: 1, schema: 2, graphql: 3, class: 4, interface: 5, type: 6, form: 7, param: 8 };

/** Records that only carry a request (`NearMeQuery`, `CreateUserDto`, `SignupInput`): the kept record is the model. */
const TRANSIENT = /^[A-Z]\w*(Query|Params|Request|Req|Input|Dto|DTO|Body|Payload|Args|Filter|Form|Command|Response|Res)$/

/** Where a field is reported: persisted models first, request shapes last. */
function rank(f: FieldFact): number {
  return FIELD_PRIORITY[f.kind] + (TRANSIENT.test(f.container) ? 10 : 0);
}

export interface FieldGroup {
  primary: FieldFact & { file: string };
  others: (FieldFact & { file: string })[];
}

export interface ResolvedSink extends SinkFact {
  file: string;
  /** The call sits in an integration module named after its vendor (`app-store/slack/…`, `blocks/segment/…`):
   *  the user connects their own account and chooses what goes there. */
  userIntegration?: boolean;
  /** Call sites that supplied the data through a helper's parameters. */
  callers?: { file: string; line: number; column: number; callee: string }[];
}

/** Configuration files of build tools and test runners. */
const BUILD_CONFIG = /(?:^|\/)(?:vite|vitest|webpack|next|rollup|esbuild|tsup|astro|nuxt|svelte|metro|babel|jest|playwright|turbo|electron-builder|electron\.vite|rsbuild|rspack|vue|quasar|craco|storybook|tailwind|postcss)\.config(?:\.[\w-]+)?\.[cm]?[jt]sx?$/;

/** Directories that hold one integration per vendor, connected by the user. */
const INTEGRATION_DIRS = /(?:^|\/)(?:app-store|apps|integrations|blocks|connectors|plugins|nodes|extensions)\/(?:src\/)?([^/]+)\//g;

/** Whether a file sits in an integration module named after the vendor it calls. */
function userIntegration(file: string, service: string): boolean {
  const def = serviceById(service);
  if (!def) return false;
  const names = [def.id, def.name, ...def.aliases].map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, ''));
  for (const m of file.matchAll(INTEGRATION_DIRS)) {
    const seg = m[1].toLowerCase().replace(/[^a-z0-9]/g, '');
    if (seg.length >= 3 && names.some((n) => n === seg || (n.startsWith(seg) && seg.length >= 5))) return true;
  }
  return false;
}

/** The facts of every file joined: one place per field, sinks with resolved hosts, own hosts removed. */
export interface ProjectIndex {
  files: FileFacts[];
  fieldGroups: FieldGroup[];
  /** What the project-wide pass left out, and why (one note per integration catalog). */
  notes: { file: string; line: number; message: string }[];
  /** Modules of helper folders (`lib/`, `services/`, `utils/` …) that no file of the project names to load. */
  unimported?: Set<string>;
  inputs: (InputFact & { file: string })[];
  sinks: ResolvedSink[];
  retention: (RetentionFact & { file: string })[];
  /** How long codes, links and invitations stay valid: held only to what the policy says of those. */
  validity: (RetentionFact & { file: string })[];
}

/** Domains the product itself owns, as the policy names them (its contact address, its site). */
export function domainsInText(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?:@|https?:\/\/|www\.)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) {
    const d = registrableDomain(m[1]);
    if (!serviceForHost(d)) out.add(d);
  }
  return [...out];
}

export function isOwnHost(host: string, ownHosts: string[]): boolean {
  const h = host.toLowerCase();
  // Loopback, private networks and reserved names (`mcp-sanitizer.localhost`, `10.0.0.5`, `api.test`) are no third party.
  // (A server reached by its number — `http://5.161.19.136:8000` — is one the product runs: a vendor's API has a name.)
  if (/^\d{1,3}(?:\.\d{1,3}){3}$|^\[[0-9a-f:]+\]$/.test(h)) return true;
  // (A name without a dot — `http://api:3000`, `http://ollama:11434` — is a container or a machine on the product's own
  // network: only its own resolver knows it.)
  if (/^[a-z0-9_-]+$/.test(h)) return true;
  if (h === 'localhost' || /^127\.|^0\.0\.0\.0$|^\[?::1\]?$|^10\.\d|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\.|\.local$|\.localhost$|\.internal$|\.svc$|\.cluster\.local$|\.test$|\.invalid$|\.lan$|\.home\.arpa$/.test(h)) return true;
  const label = registrableDomain(h).split('.')[0].replace(/[^a-z0-9]/g, '');
  // A package named after a vendor (`stripe-demo`) does not make the vendor's API its own.
  // (`toonnotes-api.vercel.app`: on a hosting platform's domain, the tenant's name is the product's, word by word.)
  const tenant = PLATFORM_TENANT.exec(h)?.[1]?.split('-') ?? [];
  return ownHosts.some((o) => (o.startsWith('label:') ? (label === o.slice(6) || tenant.includes(o.slice(6))) && !serviceForHost(h) : h === o || h.endsWith(`.${o}`)));
}

/** The tenant label of a host on an app hosting platform's shared domain. */
const PLATFORM_TENANT = /^(?:[a-z0-9-]+\.)*?([a-z0-9-]+)\.(?:vercel\.app|netlify\.app|pages\.dev|workers\.dev|herokuapp\.com|fly\.dev|onrender\.com|up\.railway\.app|railway\.app|web\.app|firebaseapp\.com|appspot\.com|azurewebsites\.net|deno\.dev|github\.io|(?:[a-z0-9-]+\.)?run\.app|cloudfunctions\.net|ondigitalocean\.app|amplifyapp\.com|koyeb\.app|replit\.app|glitch\.me|azurecontainerapps\.io|elasticbeanstalk\.com)$/;

/** Recipients that match people by hashed identifiers (ad platforms' conversion APIs, enrichment). */
const MATCHING = new Set(['advertising', 'data_enrichment']);

/** Folders whose modules Nuxt and Nitro import by themselves. */
const AUTO_IMPORT_DIR = /(?:^|\/)(?:server\/utils|utils|composables)\/[^/]+$/;
const EXTS = ['.ts', '.tsx', '.js', '.jsx', '.mts', '.cts', '.mjs', '.cjs'];
/** Hops a flow may take through helper parameters before it reaches the sink. */
const MAX_HOPS = 3;

/** Module resolution and name lookup over the joined facts (no node_modules, no type checker). */
class Modules {
  readonly byFile: Map<string, FileFacts>;

  constructor(
    files: FileFacts[],
    private readonly bare?: ModuleResolver,
  ) {
    this.byFile = new Map(files.map((f) => [f.file, f]));
  }

  resolve(from: string, spec: string, name?: string): FileFacts | undefined {
    if (spec === AUTO_IMPORT_MODULE) return name ? this.autoImported(name) : undefined;
    const bases = spec.startsWith('.') ? [path.posix.normalize(path.posix.join(path.posix.dirname(from), spec))] : (this.bare?.(from, spec) ?? []);
    for (const base of bases) {
      const stripped = base.replace(/\.(js|jsx|mjs|cjs)$/, '');
      for (const cand of [base, ...EXTS.map((e) => stripped + e), ...EXTS.map((e) => `${base}/index${e}`)]) {
        const f = this.byFile.get(cand);
        if (f) return f;
      }
    }
    return undefined;
  }

  /** The one module of a framework's auto-import folders (`server/utils/`, `utils/`, `composables/`) that defines `name`. */
  autoImported(name: string): FileFacts | undefined {
    if (!this.autoIndex) {
      const index = new Map<string, FileFacts[]>();
      for (const f of this.byFile.values()) {
        if (!AUTO_IMPORT_DIR.test(f.file)) continue;
        for (const n of new Set([...f.functions, ...Object.keys(f.clients ?? {}), ...Object.keys(f.clientFrom ?? {})])) index.set(n, [...(index.get(n) ?? []), f]);
      }
      this.autoIndex = index;
    }
    const hits = this.autoIndex.get(name) ?? [];
    return hits.length === 1 ? hits[0] : undefined;
  }
  private autoIndex: Map<string, FileFacts[]> | undefined;

  /** Where `name` exported by `file` is defined, following `export … from` and imports (a few levels). */
  definition(file: FileFacts, name: string, depth = 0): { file: FileFacts; name: string } {
    if (depth > 5 || file.functions.includes(name) || own(file.constants, name) !== undefined || own(file.clients, name) !== undefined || own(file.clientFrom, name) !== undefined) return { file, name };
    for (const r of file.reexports) {
      const hit = r.names === '*' ? { exported: name, local: name } : r.names.find((n) => n.exported === name);
      const target = hit ? this.resolve(file.file, r.module) : undefined;
      if (!hit || !target) continue;
      const d = this.definition(target, hit.local, depth + 1);
      if (d.file.functions.includes(d.name) || own(d.file.constants, d.name) !== undefined || own(d.file.clients, d.name) !== undefined || own(d.file.clientFrom, d.name) !== undefined) return d;
    }
    const imp = file.imports.find((i) => i.local === name && i.imported !== '*' && i.imported !== 'default');
    const target = imp ? this.resolve(file.file, imp.module) : undefined;
    return imp && target ? this.definition(target, imp.imported, depth + 1) : { file, name };
  }

  /** The package a name the project's module passes on comes from (`export * from 'ai'`, `export { generateText } from 'ai'`). */
  externalOf(file: FileFacts, name: string, depth = 0): string | undefined {
    if (depth > 5 || file.functions.includes(name) || own(file.constants, name) !== undefined) return undefined;
    for (const r of file.reexports) {
      const hit = r.names === '*' ? { exported: name, local: name } : r.names.find((n) => n.exported === name);
      if (!hit) continue;
      const target = this.resolve(file.file, r.module);
      // (A package's `export *` is taken to pass the name on only from an SDK the catalog knows.)
      const found = target ? this.externalOf(target, hit.local, depth + 1) : !r.module.startsWith('.') && (r.names !== '*' || serviceForPackage(r.module)) ? r.module : undefined;
      if (found) return found;
    }
    return undefined;
  }

  /** The SDK package a type name comes from: imported there (`import { Analytics } from '@segment/analytics-node'; export type { Analytics }`) or passed on. */
  packageOfType(def: { file: FileFacts; name: string }): string | undefined {
    const imp = def.file.imports.find((i) => i.local === def.name && !PROJECT_MODULE.test(i.module));
    if (imp && serviceForPackage(imp.module)) return imp.module;
    const passed = this.externalOf(def.file, def.name);
    return passed && serviceForPackage(passed) ? passed : undefined;
  }

  /** The catalog id of the SDK client a definition holds or a factory of another module makes for it (a few hops). */
  clientOf(def: { file: FileFacts; name: string }, depth = 0): string | undefined {
    const held = own(def.file.clients, def.name);
    if (held !== undefined || depth > 4) return held;
    const from = own(def.file.clientFrom, def.name);
    const mod = from ? this.resolve(def.file.file, from.module) : undefined;
    return mod && from ? this.clientOf(this.definition(mod, from.imported), depth + 1) : undefined;
  }

  /** What a local name in `file` refers to: its own function, or an imported one. */
  target(file: FileFacts, local: string): { file: FileFacts; name: string } | undefined {
    const imp = file.imports.find((i) => i.local === local);
    // (A name the module neither defines nor imports: one a framework imports by itself, where the project defines it.)
    if (!imp && !file.functions.includes(local) && AUTO_IMPORT_LAYOUT.test(file.file)) {
      const mod = this.autoImported(local);
      return mod && mod !== file ? this.definition(mod, local) : { file, name: local };
    }
    if (!imp) return { file, name: local };
    if (imp.imported === '*' || imp.imported === 'default') return undefined;
    const mod = this.resolve(file.file, imp.module);
    return mod ? this.definition(mod, imp.imported) : undefined;
  }

  private sitesIndex: Map<string, (CallSiteFact & { file: string; facts: FileFacts })[]> | undefined;

  /** Calls of function `fn` defined in `def`, anywhere in the project (indexed once). */
  callSitesOf(def: FileFacts, fn: string): (CallSiteFact & { file: string; facts: FileFacts })[] {
    if (!this.sitesIndex) {
      this.sitesIndex = new Map();
      for (const f of this.byFile.values()) {
        for (const c of f.callSites) {
          const t = this.target(f, c.callee);
          if (!t) continue;
          const key = `${t.file.file}#${c.member ?? t.name}`;
          const list = this.sitesIndex.get(key) ?? [];
          list.push({ ...c, file: f.file, facts: f });
          this.sitesIndex.set(key, list);
        }
      }
    }
    return this.sitesIndex.get(`${def.file}#${fn}`) ?? [];
  }
}

/** Personal fields of record T: its own, and those of the records it is inferred from or extends (a few levels). */
function fieldsOfType(name: string, typeFields: Map<string, (FieldFact & { file: string })[]>, aliases: Map<string, string[]>, depth = 0): (FieldFact & { file: string })[] {
  const own = typeFields.get(name) ?? [];
  if (depth > 3) return own;
  const more = (aliases.get(name) ?? []).flatMap((a) => (a === name ? [] : fieldsOfType(a, typeFields, aliases, depth + 1)));
  return more.length ? [...own, ...more] : own;
}

/** Replaces "type:T" placeholders with the personal fields of record T (one per category, computed once per type). */
function expandTypes(data: DataHit[], typeFields: Map<string, (FieldFact & { file: string })[]>, aliases: Map<string, string[]>, perType: Map<string, (FieldFact & { file: string })[]>): DataHit[] {
  if (!data.some((d) => d.category.startsWith(TYPE_PREFIX))) return data;
  const out: DataHit[] = [];
  const seen = new Set<string>();
  for (const d of data) {
    if (!d.category.startsWith(TYPE_PREFIX)) {
      const key = `${d.category}\u0000${d.name}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(d);
      }
      continue;
    }
    const type = d.category.slice(TYPE_PREFIX.length);
    // (The fields a rest leaves out are not in it: cached by type and what is left out.)
    const key = `${type}\u0000${d.omit?.join(',') ?? ''}\u0000${d.only?.join(',') ?? ''}`;
    let fields = perType.get(key);
    if (!fields) {
      const byCategory = new Map<string, FieldFact & { file: string }>();
      for (const f of fieldsOfType(type, typeFields, aliases)) if (!byCategory.has(f.category) && !d.omit?.includes(f.name) && (!d.only || d.only.includes(f.name.toLowerCase()))) byCategory.set(f.category, f);
      fields = [...byCategory.values()];
      perType.set(key, fields);
    }
    for (const f of fields) {
      if (seen.has(f.category)) continue;
      seen.add(f.category);
      out.push({ category: f.category, name: `${d.name}.${f.name}`, lexeme: f.lexeme, line: d.line, file: d.file });
    }
  }
  return out;
}

function externalType(f: FileFacts, d: DataHit, modules: Modules, cache: Map<string, boolean>): boolean {
  const name = d.category.slice(TYPE_PREFIX.length);
  const file = d.file ? (modules.byFile.get(d.file) ?? f) : f;
  const key = `${file.file}#${name}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    const imp = file.imports.find((i) => i.local === name);
    hit = !!imp && !PROJECT_MODULE.test(imp.module) && !modules.resolve(file.file, imp.module);
    cache.set(key, hit);
  }
  return hit;
}

/** Developer scripts (`scripts/`), seeders (`seeds/`, `seed-users.ts`): run by developers, not by users. */
const DEV_SCRIPT = /(?:^|\/)(?:scripts|seeds?|seeders|codemods?)\/|(?:^|\/)[^/]*\bseed[^/]*\.[cm]?[jt]sx?$/i;

/** Folders that hold one module per third-party service a user connects (`tools/apollo/…`, `app-store/zoom/…`). */
const CATALOG_PARENTS = /(?:^|\/)(?:tools|integrations|connectors|providers|nodes|app-store|plugins|blocks)$/;
/** A catalog has many: a `providers/` folder with a handful of the product's own vendors is not one. */
const CATALOG_MIN = 12;

/**
 * Catalog folders of integrations: a folder named like one whose subfolders, at least CATALOG_MIN of them, are
 * modules for the services users connect. Their types mirror those services' APIs (an enrichment vendor's person
 * record), not what the product collects.
 */
export function integrationCatalogs(paths: string[]): Set<string> {
  const subs = new Map<string, Set<string>>();
  for (const p of paths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length - 1; i++) {
      const parent = parts.slice(0, i).join('/');
      if (!CATALOG_PARENTS.test(parent)) continue;
      const set = subs.get(parent) ?? new Set<string>();
      set.add(parts[i]);
      subs.set(parent, set);
    }
  }
  // (A bot's `plugins/` of its own features — Automod, Reminders, Cases — names no vendor: the product's own code.)
  return new Set([...subs].filter(([, set]) => set.size >= CATALOG_MIN && [...set].filter(namesVendor).length * 5 >= set.size).map(([dir]) => dir));
}

/** Normalised names of every catalogued vendor (`googlecalendar`, `hubspot`). */
let vendorNames: string[] | undefined;

/** Whether a folder is named after a catalogued vendor (`hubspot`, `stripepayment`, `google-calendar`). */
function namesVendor(folder: string): boolean {
  vendorNames ??= SERVICES.flatMap((sv) => [sv.id, sv.name, ...sv.aliases].map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, ''))).filter((n) => n.length >= 4);
  const seg = folder.toLowerCase().replace(/[^a-z0-9]/g, '');
  return seg.length >= 3 && vendorNames.some((n) => n === seg || seg.startsWith(n) || (seg.length >= 5 && n.startsWith(seg)));
}

/** The catalog folder a file sits in, in a module of its own (`tools/apollo/types.ts`, not `tools/index.ts`). */
function catalogFolder(file: string, catalogs: Set<string>): string | undefined {
  for (const d of catalogs) if (file.startsWith(`${d}/`) && file.slice(d.length + 1).includes('/')) return d;
  return undefined;
}

/** Vendors told which screen of the app an event or an error happened on. */
const SCREEN_AWARE = new Set(['analytics', 'error_monitoring']);

/** Records a letter goes to: a `Shipment`'s or an `Order`'s recipient address is postal, whatever else the product does. */
const POSTAL_RECORD = /ship|deliver|parcel|order|invoice|billing|mail|postal|letter|venue|store|warehouse|property|place/i;
/** Addresses of contracts and tokens on a chain: nobody's. */
const CONTRACT_WORDS = new Set(['contract', 'spender', 'token', 'pool', 'router', 'factory', 'vault', 'asset', 'module', 'implementation', 'proxy', 'deployer', 'registry', 'verifying', 'nft', 'pair', 'oracle', 'bridge', 'paymaster', 'multicall']);

/**
 * In a product whose code uses a wallet library (viem, wagmi, ethers, @solana/web3.js …) anywhere, `userAddress` or a
 * bare `address` in a file that does not (a database schema, an analytics helper) is an account on a chain too, not
 * where someone lives; `spenderAddress` and `contractAddress` are nobody's. (A `Shipment`'s address stays postal; the
 * files that import the library are read so already.) Facts are cached, so changed files are copied.
 */
function walletAddresses(files: FileFacts[]): FileFacts[] {
  if (!files.some((f) => f.imports.some((i) => CRYPTO_MODULES.test(i.module)))) return files;
  type Hit = { category?: unknown; lexeme?: unknown; name?: unknown; container?: unknown };
  // (A record that also has a city, a postcode or a country is a postal address: `address: { address1, city, zip }`.)
  const postalRecords = new Set(files.flatMap((f) => f.fields.filter((x) => x.category.startsWith('user.contact.address.')).map((x) => `${f.file}|${x.container}`)));
  const isHit = (x: unknown): x is Hit => !!x && typeof x === 'object' && !Array.isArray(x);
  return files.map((f) => {
    const verdict = (x: Hit): 'wallet' | 'none' | undefined => {
      if (x.category !== 'user.contact.address' || x.lexeme !== '~address' || typeof x.name !== 'string' || /\d/.test(x.name)) return undefined;
      if (typeof x.container === 'string' && (POSTAL_RECORD.test(x.container) || postalRecords.has(`${f.file}|${x.container}`))) return undefined;
      return splitIdentifier(x.name).some((t) => CONTRACT_WORDS.has(t)) ? 'none' : 'wallet';
    };
    const rewrite = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.filter((x) => !(isHit(x) && verdict(x) === 'none')).map(rewrite);
      if (!isHit(v)) return v;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = rewrite(x);
      if (verdict(v) === 'wallet') out.category = 'user.financial.crypto_wallet';
      return out;
    };
    const touched = (v: unknown): boolean => (Array.isArray(v) ? v.some(touched) : isHit(v) && (verdict(v) !== undefined || Object.values(v).some(touched)));
    return touched(f) ? (rewrite(f) as FileFacts) : f;
  });
}

/**
 * A module a framework loads by where it sits: a route or a page (`routes/api/helper/+server.ts`, `app/api/x/route.ts`,
 * `pages/api/x.ts`, `app/routes/x.tsx`), whatever the folder is called. (Not a package named `app/`: `app/src/services/x.ts`.)
 */
const ROUTED = /(?:^|\/)(?:\+[\w.-]+|route|page|layout)\.[cm]?[jt]sx?$|(?:^|\/)(?:routes|pages)\/|(?:^|\/)app\/(?:api|routes)\//;
/** Folders of modules that only run when another module loads them (not routes, pages, jobs or entry points). */
const HELPER_DIR = /(?:^|\/)(?:lib|libs|utils|util|helpers|helper|services|service|providers|clients|integrations)\/(?:[^/]+\/)?[^/]+$/;

/**
 * Modules in helper folders that no file of the project names to load — by the file's name, or its folder's for an
 * `index` — in an import, a `require`, an `import()` or an `export … from`, whatever the path. ("fitpower"'s four AI
 * services no screen imports send nothing.) Only when every file was read for what it loads, in a project of some size;
 * never a framework's auto-imported folder (`server/utils/`, `composables/`).
 */
function unimportedModules(files: FileFacts[]): Set<string> {
  const out = new Set<string>();
  if (files.length < 10 || files.some((f) => f.specifiers === undefined)) return out;
  const named = new Set<string>();
  // (A dynamic path into a folder — `import(\`./providers/${name}\`)` — may load any module in it.)
  const dynamic = new Set<string>();
  for (const f of files) {
    for (const spec of f.specifiers ?? []) {
      if (spec.includes('${')) for (const seg of spec.slice(0, spec.indexOf('${')).split('/')) if (seg && seg !== '.' && seg !== '..') dynamic.add(seg.toLowerCase());
      // (A query or a hash after the path goes; a leading `#` is a subpath import: `#services/analytics_service`.)
      const parts = spec.replace(/(?<=.)[?#].*$/, '').replace(/\/+$/, '').split('/');
      const last = (parts[parts.length - 1] ?? '').replace(/\.(?:[cm]?[jt]sx?|vue|svelte)$/, '');
      named.add(last.toLowerCase());
      if (last === 'index' && parts.length >= 2) named.add(parts[parts.length - 2].toLowerCase());
    }
  }
  if (named.size < 5) return out;
  for (const f of files) {
    if (!HELPER_DIR.test(f.file) || AUTO_IMPORT_DIR.test(f.file) || DEV_SCRIPT.test(f.file) || ROUTED.test(f.file)) continue;
    const parts = f.file.split('/');
    const base = parts[parts.length - 1].replace(/\.[^.]+$/, '');
    const name = (base === 'index' ? parts[parts.length - 2] ?? base : base).toLowerCase();
    if (named.has(name) || parts.slice(0, -1).some((seg) => dynamic.has(seg.toLowerCase()))) continue;
    out.add(f.file);
  }
  return out;
}

export function buildProject(allFiles: FileFacts[], ownHosts: string[], resolver?: ModuleResolver): ProjectIndex {
  const files = walletAddresses(allFiles);
  const modules = new Modules(files, resolver);
  const groups = new Map<string, (FieldFact & { file: string })[]>();
  const catalogs = integrationCatalogs(files.map((f) => f.file));
  const mirrored: (FieldFact & { file: string })[] = [];
  // Folders whose records are not reported as collection: folder → why, its first file and how many fields.
  const skippedIn = new Map<string, { why: 'dev' | 'catalog'; file: FileFacts; count: number }>();
  const catalogOf = new Map<string, string>();
  const staticTypes = new Set(files.flatMap((f) => f.staticRecords ?? []));
  const written: (FieldFact & { file: string })[] = [];
  for (const f of files) {
    const catalog = catalogFolder(f.file, catalogs);
    if (catalog) catalogOf.set(f.file, catalog);
    // Developer scripts and seeders (release notes, evaluations, fake users) describe records the product keeps elsewhere.
    const devScript = DEV_SCRIPT.exec(f.file)?.[0].replace(/^\//, '');
    const skip = devScript ? { why: 'dev' as const, where: f.file.slice(0, f.file.indexOf(devScript) + devScript.length) } : catalog ? { why: 'catalog' as const, where: `${catalog}/` } : undefined;
    if (skip && f.fields.length) {
      for (const fld of f.fields) mirrored.push({ ...fld, file: f.file });
      const seen = skippedIn.get(skip.where);
      if (seen) seen.count += f.fields.length;
      else skippedIn.set(skip.where, { why: skip.why, file: f, count: f.fields.length });
      continue;
    }
    for (const fld of f.fields) {
      // (`TeamMember { name, bio }` filled only from a list the repository writes: a staff page, not collection.)
      if ((fld.kind === 'interface' || fld.kind === 'type') && staticTypes.has(fld.container)) {
        mirrored.push({ ...fld, file: f.file });
        written.push({ ...fld, file: f.file });
        continue;
      }
      const key = `${fld.name.toLowerCase()}|${fld.category}`;
      const list = groups.get(key) ?? [];
      list.push({ ...fld, file: f.file });
      groups.set(key, list);
    }
  }
  // `confirmPassword` where the project has a password field: the same credential typed twice.
  const hasPassword = [...groups.values()].some((list) => list[0].category === 'user.authorization.password' && !PASSWORD_AGAIN.test(list[0].name));
  if (hasPassword) for (const [key, list] of groups) if (list[0].category === 'user.authorization.password' && PASSWORD_AGAIN.test(list[0].name)) groups.delete(key);
  // A shape only declared as a type (`CommentView { authorAvatarUrl }`) where a stored record holds the same kind of
  // data (`profile.avatar_url`): the data is collected where it is kept; the shape says it in related locations.
  const kept = new Map<string, (FieldFact & { file: string })[]>();
  for (const list of groups.values()) if (list.some((f) => f.kind === 'prisma' || f.kind === 'entity') && !kept.has(list[0].category)) kept.set(list[0].category, list);
  for (const [key, list] of groups) {
    const home = kept.get(list[0].category);
    if (home && home !== list && list.every((f) => f.kind === 'interface' || f.kind === 'type')) {
      home.push(...list);
      groups.delete(key);
    }
  }
  // (`subscribeToNewsletter(user: { email; phone? })` beside `form.get('phone')`: a helper's parameter passes on what the
  // form took; the form's field is where it is collected.)
  const readIn = new Set(files.flatMap((f) => f.inputs.map((i) => i.category)));
  const declaredOtherwise = new Set([...groups.values()].filter((l) => l.some((f) => f.kind !== 'param')).map((l) => l[0].category));
  for (const [key, list] of groups) if (readIn.has(list[0].category) && !declaredOtherwise.has(list[0].category)) groups.delete(key);
  const fieldGroups: FieldGroup[] = [...groups.values()].map((list) => {
    const sorted = [...list].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line);
    return { primary: sorted[0], others: sorted.slice(1) };
  });
  const fieldCategories = new Set(fieldGroups.map((g) => g.primary.category));
  // (A device's own API — `navigator.geolocation.watchPosition`, the contacts picker — is collection where it is read,
  // whatever record elsewhere has a field of that category: that record may be a place's.)
  // (`Number(form.get('lat'))` beside `interface Trail { trailheadLat }`: a place's position elsewhere is not the
  // position the form takes — every field of that kind is qualified by words the read does not have.)
  const placeOnly = (i: InputFact) => {
    if (!i.category.startsWith('user.location')) return false;
    const own = new Set(splitIdentifier(i.name));
    const fields = fieldGroups.filter((g) => g.primary.category === i.category).flatMap((g) => [g.primary, ...g.others]);
    return fields.length > 0 && fields.every((fl) => splitIdentifier(fl.name).some((w) => w.length > 2 && !own.has(w) && !PERSON_NOUNS.has(w) && !splitIdentifier(fl.lexeme).includes(w) && !LOCATION_WORDS.has(w)));
  };
  const inputs = files.flatMap((f) => f.inputs.filter((i) => !fieldCategories.has(i.category) || / API(?: \(\w+\))?$/.test(i.source) || placeOnly(i)).map((i) => ({ ...i, file: f.file })));

  const notes = [...skippedIn].map(([where, { why, file, count }]) => ({
    file: file.file,
    line: 1,
    message: `not reported as collection: ${count} personal-data field${count === 1 ? '' : 's'} in ${where}, ${why === 'dev' ? 'developer scripts or seed data' : "a catalog of integrations whose types mirror the connected services' APIs"}`,
  }));
  if (written.length) {
    const records = [...new Set(written.map((w) => w.container))];
    notes.push({ file: written[0].file, line: written[0].line, message: `not reported as collection: ${written.length} personal-data field${written.length === 1 ? '' : 's'} of records filled only from values the repository writes (${records.slice(0, 3).join(', ')}${records.length > 3 ? ', …' : ''})` });
  }
  // Personal fields by record name, for whole typed records sent to a sink.
  const typeFields = new Map<string, (FieldFact & { file: string })[]>();
  for (const g of [...fieldGroups, ...mirrored.map((m) => ({ primary: m, others: [] }))]) {
    for (const fld of [g.primary, ...g.others]) {
      const list = typeFields.get(fld.container);
      if (list) list.push(fld);
      else typeFields.set(fld.container, [fld]);
    }
  }
  const externals = new Map<string, boolean>();
  const aliases = new Map<string, string[]>();
  for (const f of files) for (const [k, v] of Object.entries(f.typeAliases ?? {})) aliases.set(k, [...(aliases.get(k) ?? []), ...v]);
  const sinks: ResolvedSink[] = [];
  // (`NestFactory.create(AppModule, { logger: createAppLogger() })` with `createAppLogger` of another module returning a
  // logger that ships to a vendor: the app's logger is that vendor's.)
  const appLogger = (): string | undefined => {
    for (const f of files) {
      for (const c of f.clientCalls) {
        if (c.module !== '@nestjs/core' || c.method !== 'create' || !c.argCalls?.length) continue;
        for (const name of c.argCalls ?? []) {
          const imp = f.imports.find((i) => i.local === name);
          const def = imp ? modules.resolve(f.file, imp.module, imp.imported) : undefined;
          const svc = def ? serviceById(own(def.clients, imp!.imported) ?? '') : undefined;
          if (svc && (svc.kind === 'logging' || svc.kind === 'error_monitoring')) return svc.id;
        }
      }
    }
    return undefined;
  };
  const serverLogger = files.map((f) => own(f.clients, SERVER_LOGGER)).find(Boolean) ?? appLogger();
  // Clients the project exports by name, for those a request context carries: a name two modules give different
  // vendors names none.
  let byName: Map<string, string> | undefined;
  const contextClients = (): Map<string, string> => {
    if (byName) return byName;
    byName = new Map();
    const clash = new Set<string>();
    for (const f of files) for (const [k, v] of Object.entries(f.clients)) {
      if (k.startsWith('#') || k === 'default' || k.includes('.')) continue;
      if (byName.has(k) && byName.get(k) !== v) clash.add(k);
      byName.set(k, v);
    }
    for (const k of clash) byName.delete(k);
    return byName;
  };
  const perType = new Map<string, (FieldFact & { file: string })[]>();
  // A bot of a chat platform (a module imports discord.js, telegraf, @slack/bolt …) runs on that platform.
  const botOf = new Set(files.flatMap((f) => f.imports.flatMap((i) => own(BOT_FRAMEWORKS, i.module) ?? [])));
  for (const f of files) {
    // Build-tool configuration (`vite.config.ts`, `next.config.mjs`) runs on the developer's machine: its plugins
    // upload source maps and release names, never a user's data.
    if (BUILD_CONFIG.test(f.file)) continue;
    // Calls on SDK clients other modules hold: `posthog.identify(…)` with `posthog` from './lib/posthog'.
    const viaClients: SinkFact[] = [];
    for (const c of f.clientCalls) {
      const mod = c.module === SERVER_LOGGER || c.module === CONTEXT_CLIENT ? undefined : modules.resolve(f.file, c.module, c.imported);
      const def = mod ? modules.definition(mod, c.imported) : undefined;
      // (`clients.anthropic.messages.create`: the client a property of the imported object holds.)
      const prop = c.via.split('.')[1];
      const held = def ? serviceById(modules.clientOf(def) ?? (prop ? own(def.file.clients, `${def.name}.${prop}`) : undefined) ?? '') : c.module === SERVER_LOGGER && serverLogger ? serviceById(serverLogger) : c.module === CONTEXT_CLIENT ? serviceById(contextClients().get(c.imported) ?? '') : undefined;
      // (`generateText` of a workspace package that re-exports an SDK's package: that SDK's function.)
      const passed = !held && def && (!c.via.includes('.') || c.typed) ? (c.typed ? modules.packageOfType(def) : modules.externalOf(def.file, def.name)) : undefined;
      const svc = held ?? (passed ? serviceForPackage(passed) : undefined);
      // `leads.post('/v2/leads', …)` with `leads = axios.create({ baseURL: 'https://api.x.com' })` of another module: a request there.
      const base = !svc && def && c.via.split('.').length === 2 ? own(def.file.httpBases, def.name) : undefined;
      const host = base && HTTP_METHODS.has(c.method.toLowerCase()) ? hostOf(base) : undefined;
      if (base && host) {
        if (c.data.length || c.params?.length || c.argCalls?.length) viaClients.push({ service: serviceForUrl(base, host)?.id, host, via: `${c.via} ${base}`, data: c.data, params: c.params, argCalls: c.argCalls, line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn });
        continue;
      }
      if (!svc || isSetupMethod(c.method) || (svc.sends && !svc.sends.test(c.method)) || (quietLevel(svc, c.method) && !(def && def.file.verboseClients?.includes(def.name)))) continue;
      const data = svc.kind === 'ai' ? [...c.data, ...(c.modelInput ?? []).filter((h) => !c.data.some((d) => d.category === h.category))] : c.data;
      if (!data.length && !c.params?.length && !c.argCalls?.length) continue;
      viaClients.push({ service: svc.id, via: c.via, data, params: c.params, argCalls: c.argCalls, ...(c.pendingModel ? { pendingModel: c.pendingModel } : {}), line: c.line, column: c.column, endLine: c.endLine, endColumn: c.endColumn });
    }
    // (`visitorId(ip, ua)` of another module that returns a hash of them: what the sink gets is the hash.)
    const sanitized = (hits: DataHit[]): DataHit[] => {
      if (!hits.some((h) => h.through)) return hits;
      const out: DataHit[] = [];
      for (const h of hits) {
        const t = h.through ? modules.target(f, h.through) : undefined;
        const kind = t ? own(t.file.sanitizers, t.name) : undefined;
        if (kind === 'sanitized') continue;
        // (`buildApplicantBrief(input)` of another module, which returns a text of some of the application's answers:
        // what reaches the sink is what it returns, not all it was given.)
        const returned = t && kind !== 'hash' ? own(t.file.returns, t.name) : undefined;
        if (returned?.length) {
          for (const r of returned) if (!out.some((x) => x.category === r.category && x.name === r.name)) out.push(t!.file.file === f.file || r.file ? r : { ...r, file: t!.file.file });
          continue;
        }
        out.push(kind === 'hash' && !h.hashed ? { ...h, hashed: true, lexeme: `hashed ${h.lexeme}` } : h);
      }
      return out;
    };
    for (const s of [...f.sinks, ...viaClients]) {
      let sink: ResolvedSink = { ...s, file: f.file, data: sanitized(s.data) };
      const addData = (hits: DataHit[], file: string) => {
        for (const d of hits) {
          const at = sink.data.findIndex((x) => x.category === d.category && x.name === d.name);
          const hit = file === f.file || d.file ? d : { ...d, file };
          // (A plain value beats its hash: `track(name, { ...guestSummary(guest) }, { user_id: sha(guest.email) })` sends the email.)
          if (at < 0) sink.data.push(hit);
          else if (sink.data[at].hashed && !d.hashed) sink.data[at] = hit;
        }
      };
      // Return values of helpers called in the arguments: send(buildPayload(user)).
      for (const callee of s.argCalls ?? []) {
        const t = modules.target(f, callee);
        if (t && own(t.file.returns, t.name)) addData(own(t.file.returns, t.name)!, t.file.file);
      }
      // Parameters passed on to the sink: walk up the callers, a few hops.
      const seen = new Set<string>();
      const queue: { def: typeof f; fn: string; index: number; hops: number; inMessage: boolean; members?: string[] }[] = (s.params ?? []).map((p) => ({ def: f, fn: p.fn, index: p.index, hops: 1, inMessage: !!p.inMessage, members: p.members }));
      while (queue.length) {
        const q = queue.shift()!;
        const key = `${q.def.file}#${q.fn}#${q.index}#${q.members?.join(',') ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        for (const site of modules.callSitesOf(q.def, q.fn)) {
          // (A helper that destructures its argument and sends some members gets what callers put under those.)
          const keyed = q.members ? site.argKeys?.filter((k) => k.arg === q.index) : undefined;
          // (Passed whole — `send(opts)` — only what its own names say is under those members.)
          // (A whole typed record passed, `indexProfile(profile)`, to a helper that sends some of its members: those fields of
          // its type.)
          let hits = keyed?.length ? keyed.filter((k) => q.members!.includes(k.key)).flatMap((k) => k.hits) : q.members ? (site.args[q.index] ?? []).flatMap((h) => (h.category.startsWith(TYPE_PREFIX) ? [{ ...h, only: q.members!.map((m) => m.toLowerCase()).filter((m) => !h.only || h.only.includes(m)) }] : q.members!.some((m) => m.toLowerCase() === h.name.toLowerCase() || h.name.toLowerCase().endsWith(`.${m.toLowerCase()}`)) ? [h] : [])) : site.args[q.index] ?? [];
          // (An argument whose data the members cannot be told in — `post(msg)` with `const msg = { value: email }` — is
          // passed whole.)
          if (q.members && !keyed?.length && !hits.length && (site.args[q.index] ?? []).every((h) => !h.category.startsWith(TYPE_PREFIX))) hits = site.args[q.index] ?? [];
          // What a helper called in the argument returns (`embed([submissionText(sub)])`).
          for (const ac of site.argCalls ?? []) {
            if (ac.arg !== q.index || (q.members && ac.key !== undefined && !q.members.includes(ac.key))) continue;
            const t = modules.target(site.facts, ac.callee);
            const returned = t ? own(t.file.returns, t.name) : undefined;
            if (returned) hits = [...hits, ...returned.filter((h) => !hits.some((x) => x.category === h.category && x.name === h.name)).map((h) => (t!.file.file === site.file ? h : { ...h, file: t!.file.file }))];
          }
          if (hits.length) {
            // Data a caller writes into what becomes the message's text is message text.
            addData(q.inMessage ? hits.map((h) => ({ ...h, inMessage: true })) : hits, site.file);
            // (One call passing data in two of the parameters is one caller.)
            if (!sink.callers?.some((c) => c.file === site.file && c.line === site.line && c.column === site.column)) (sink.callers ??= []).push({ file: site.file, line: site.line, column: site.column, callee: site.member && site.member !== site.callee ? `${site.callee}.${site.member}` : site.callee });
          }
          // (Up through the keys the helper sends, when the caller wrote the argument out: `send({ type: 'x', id })`.)
          const ups = q.members && site.keyedArgs?.includes(q.index) ? (site.keyParams ?? []).filter((k) => k.arg === q.index && q.members!.includes(k.key)) : site.paramArgs.filter((pa) => pa.arg === q.index);
          if (q.hops < MAX_HOPS) for (const pa of ups) queue.push({ def: site.facts, fn: pa.fn, index: pa.param, hops: q.hops + 1, inMessage: q.inMessage, members: pa.members });
        }
      }
      // A record typed by an external package (`Credentials` from google-auth-library) is not the project's record of that name.
      if (sink.data.some((d) => d.category.startsWith(TYPE_PREFIX))) sink.data = expandTypes(sink.data.filter((d) => !d.category.startsWith(TYPE_PREFIX) || !externalType(f, d, modules, externals)), typeFields, aliases, perType);
      // (`logScreenView({ screen_name })`, `trackScreen(screenName)`: to an analytics or error-monitoring vendor, a screen
      // is one of the app's.)
      if (sink.service && SCREEN_AWARE.has(serviceById(sink.service)?.kind ?? '')) sink.data = sink.data.filter((d) => !/^screen_?name$/i.test(d.name));
      if (!sink.data.length) continue;
      if (s.pendingModel) {
        // The model's provider, from the client the other module builds it with (`openai('gpt-4o-mini')`).
        const target = modules.resolve(f.file, s.pendingModel.module);
        const def = target ? modules.definition(target, s.pendingModel.name) : undefined;
        const provider = def ? serviceById(modules.clientOf(def) ?? '') : undefined;
        if (provider) sink = { ...sink, service: provider.id, pendingModel: undefined };
      }
      if (s.pendingUrl) {
        const target = modules.resolve(f.file, s.pendingUrl.module);
        const def = target ? modules.definition(target, s.pendingUrl.name) : undefined;
        const value = def ? own(def.file.constants, s.pendingUrl.called ? `${def.name}()` : def.name) : undefined;
        const host = typeof value === 'string' ? hostOf(value + s.pendingUrl.suffix) : undefined;
        if (!host) continue;
        const via = sink.via.replace(/\{[^}]*\}/, String(value));
        if (sink.loaded) {
          // (A script tag's URL: a tracker's script, or the project's own or a library's, which sends nothing by itself.)
          const service = serviceForUrl(String(value), host);
          const tracker = service ? trackerSink(service, host, via, sink) : undefined;
          if (!tracker) continue;
          sink = { ...sink, ...tracker, pendingUrl: undefined };
        } else sink = { ...sink, host, service: serviceForHost(host)?.id, via, pendingUrl: undefined };
      }
      // Hashed identifiers reach only an advertising or matching API as personal data; elsewhere the hash stops the flow.
      if (sink.data.some((d) => d.hashed)) {
        const service = sink.service ? serviceById(sink.service) : sink.host ? serviceForHost(sink.host) : undefined;
        const matches = !!service && (MATCHING.has(service.kind) || HASH_DIRECTORIES.has(service.id));
        sink = { ...sink, data: sink.data.filter((d) => !d.hashed || matches) };
      }
      // An avatar directory is asked by email (or its hash): a name or a message passed to the URL builder looks nobody up.
      if (sink.service && HASH_DIRECTORIES.has(sink.service)) sink = { ...sink, data: sink.data.filter((d) => d.category === 'user.contact.email') };
      // `discordId`, `discordAvatar` in a Discord CDN URL, `stripeCustomerId` to Stripe: the vendor's own identifiers for
      // the person tell it nothing new.
      const vendorWords = sink.service ? vendorWordsOf(sink.service) : undefined;
      // (Identifiers and avatar references only: an `expoPushToken` sent to Expo still addresses a notification.)
      if (vendorWords?.size) sink = { ...sink, data: sink.data.filter((d) => !(VENDOR_ID_CATEGORY.test(d.category) && vendorWords.has(splitIdentifier(d.name)[0] ?? ''))) };
      // A bot that shows a member's name, id or avatar in a reply or a server's log channel hands the platform back what it
      // holds of its own members (an email or a phone number posted there is still shared).
      if (sink.service && botOf.has(sink.service) && !sink.host) sink = { ...sink, data: sink.data.filter((d) => !platformMember(d.category)) };
      // `octokit.users.getByUsername({ username })`, `fetch(\`https://api.github.com/search/repositories?q=${query}\`)`: on a
      // platform where people have public accounts, a username or a search is a lookup in the platform's own directory.
      // (Not what is written into a message's text.)
      if (sink.service && accountPlatform(sink.service)) sink = { ...sink, data: sink.data.filter((d) => !(PLATFORM_LOOKUP_CATEGORY.test(d.category) && !d.inMessage)) };
      // A developer script's prompt (`scripts/generate-practice-content.ts` asking a model for quiz questions) is built from
      // what the repository holds, not from what someone wrote in the product; a person's own fields in it still count.
      if (DEV_SCRIPT.test(f.file)) sink = { ...sink, data: sink.data.filter((d) => d.lexeme !== 'model input') };
      if (!sink.data.length) continue;
      if (!sink.service && !sink.configured && (!sink.host || isOwnHost(sink.host, ownHosts))) continue;
      if (sink.service && sink.host && isOwnHost(sink.host, ownHosts)) continue;
      // In a catalog of integrations every module talks to the service a user connects (with the user's own key).
      // (Not `providers/`: the product's own model or storage providers, called with its own keys.)
      const catalog = catalogOf.get(f.file);
      const inCatalog = catalog !== undefined && !/(?:^|\/)providers$/.test(catalog);
      // (Nor a model called with the key the person brings: `new Mistral({ apiKey: request.apiKey })`.)
      if ((sink.service || sink.host) && (inCatalog || sink.callerKey || (sink.service && userIntegration(f.file, sink.service)))) sink = { ...sink, userIntegration: true };
      sinks.push(sink);
    }
  }
  // (A setting imported from the project's settings module takes its value there: `ABANDONED_CART_DAYS = 60`.)
  const all = files.flatMap((f) => f.retention.flatMap((r) => {
    if (!r.pending) return [{ ...r, file: f.file }];
    const target = modules.resolve(f.file, r.pending.module);
    const def = target ? modules.definition(target, r.pending.name) : undefined;
    // (Not one the module that defines it already reports: `DECLINED_QUOTE_MONTHS` of a `retention.ts`.)
    const value = def && !def.file.retention.some((x) => x.via === `const ${def.name}`) ? own(def.file.constants, def.name) : undefined;
    const days = typeof value === 'number' && value > 0 ? value * r.pending.unit : undefined;
    return days === undefined ? [] : [{ ...r, days, pending: undefined, file: f.file }];
  }));
  const retention = all.filter((r) => !r.validity);
  const validity = all.filter((r) => r.validity);
  // A vendor's setup that stands for the vendor only (`Sentry.init` on the server) counts where nothing else in the
  // project reaches that vendor.
  const reached = new Set(sinks.filter((s) => !s.fallback && s.service).map((s) => s.service));
  // `Sentry.init({ beforeSend(event) { delete event.user.email } })`: what the report hook takes off the person never
  // reaches the vendor, whatever `setUser` put there.
  const scrubbed = new Map<string, Set<string>>();
  for (const f of files) for (const s of f.sinks) if (s.service && s.scrubsUser?.length) for (const k of s.scrubsUser) scrubbed.set(s.service, (scrubbed.get(s.service) ?? new Set()).add(k));
  const reaching = scrubbed.size ? sinks.map((s) => {
    const keys = s.service ? scrubbed.get(s.service) : undefined;
    if (!keys || !USER_CONTEXT.test(s.via)) return s;
    const gone = new Set([...keys].flatMap((k) => classifyIdentifier(k).map((c) => c.category)));
    return { ...s, data: s.data.filter((d) => (keys.has('*') ? d.category === 'user.unique_id' : !gone.has(d.category))) };
  }).filter((s) => s.data.length) : sinks;
  return { files, fieldGroups, inputs, sinks: reaching.filter((s) => !s.fallback || !reached.has(s.service)), retention, validity, notes, unimported: unimportedModules(files) };
}

/** Bot frameworks of chat platforms, by module: the platform a product built on one runs on. */
const BOT_FRAMEWORKS: Record<string, string> = { 'discord.js': 'discord', '@discordjs/core': 'discord', eris: 'discord', 'oceanic.js': 'discord', '@sapphire/framework': 'discord', telegraf: 'telegram', grammy: 'telegram', 'node-telegram-bot-api': 'telegram', '@slack/bolt': 'slack' };

/** What a chat platform holds of its own members: a vendor's own identifiers for them, and their names. */
const platformMember = (category: string) => VENDOR_ID_CATEGORY.test(category) || /^user\.name(?:\.[a-z_]+)?$/.test(category);

/** Categories of a vendor's own identifiers for a person: its user id, account id, username or avatar reference. */
const VENDOR_ID_CATEGORY = /^user\.(?:unique_id|social\.account|account\.username|content\.self_image)$/;

/** What a lookup on a platform of public accounts carries: an account's id, handle or username, or a search. */
const PLATFORM_LOOKUP_CATEGORY = /^user\.(?:unique_id|social\.account|account\.username|behavior\.search_history)$/;

/** Platforms where people have public accounts the product looks up: social networks and code hosts (not chat, where a webhook posts messages). */
const ACCOUNT_PLATFORMS = new Set(['github', 'gitlab']);

function accountPlatform(service: string): boolean {
  return ACCOUNT_PLATFORMS.has(service) || serviceById(service)?.kind === 'social';
}

/** The words a vendor's identifiers start with (`discord` for Discord, `stripe` for Stripe): its id and its name's first word. */
function vendorWordsOf(service: string): Set<string> {
  const known = VENDOR_WORDS.get(service);
  if (known) return known;
  const words = vendorWordsUncached(service);
  VENDOR_WORDS.set(service, words);
  return words;
}

const VENDOR_WORDS = new Map<string, Set<string>>();

function vendorWordsUncached(service: string): Set<string> {
  const svc = serviceById(service);
  const words = new Set<string>();
  if (!svc) return words;
  for (const n of [svc.id, svc.name]) {
    const w = splitIdentifier(n.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(/\s+/)[0] ?? '')[0];
    if (w && w.length >= 4) words.add(w);
  }
  return words;
}
