import { createHash } from 'node:crypto';
import { ts } from './tsapi';
import { nameText, returnedBy as functionReturns, unwrap } from './ast';
import { evalString, hostOf, returnedBy, type Consts } from './values';
import { collectFields } from './fields';
import { graphqlFields, prismaFields } from './schema-files';
import { collectRetention } from './retention';
import { collectCallSites, collectReturns } from './flows';
import { collectImports, collectSinks, htmlSinks, pugScriptSinks } from './sinks';
import type { FileFacts, FileNote, ImportFact, SinkFact, Suppression } from './types';
import { collectBuckets } from './buckets';
import { sanitizerKind } from './data';

function scriptKind(file: string): ts.ScriptKind {
  if (/\.tsx$/i.test(file)) return ts.ScriptKind.TSX;
  if (/\.jsx$/i.test(file)) return ts.ScriptKind.JSX;
  if (/\.(js|mjs|cjs)$/i.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

const DIRECTIVE = /(?:\/\/|\/\*|\*)\s*privacy-lens-ignore-next-line\b([^\n]*)/g;

/**
 * `// privacy-lens-ignore-next-line RULE[, RULE] -- reason`, also as a block comment and as
 * `{/* privacy-lens-ignore-next-line RULE -- reason *\/}` among JSX children; a directive without a
 * reason is a note, not a suppression.
 */
export function parseSuppressions(text: string): { suppressions: Suppression[]; notes: FileNote[] } {
  const suppressions: Suppression[] = [];
  const notes: FileNote[] = [];
  if (!text.includes('privacy-lens-ignore')) return { suppressions, notes };
  // Lines are counted from the previous match on, so many directives in one file stay linear.
  let line = 1;
  let counted = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    counted = m.index;
    const rest = m[1].replace(/\*\/.*$/, '').trim();
    const [head, ...reasonParts] = rest.split(/\s+--\s*/);
    const reason = reasonParts.join(' -- ').trim();
    const rules = head.split(/[\s,]+/).filter(Boolean);
    if (!reason) {
      notes.push({ line, message: 'privacy-lens-ignore-next-line needs a reason after "--"; the directive is ignored' });
      continue;
    }
    suppressions.push({ line: line + 1, rules, reason });
  }
  return { suppressions, notes };
}

function exportedConstants(sf: ts.SourceFile, consts: Consts): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  // `export function baseUrl() { return process.env.API_URL ?? 'https://openrouter.ai/api/v1' }`: the URL an exported
  // function returns, kept as `baseUrl()` for the modules that call it.
  const urlReturned = (id: ts.Identifier): void => {
    const returned = returnedBy(id, consts);
    const url = returned ? evalString(returned, consts) : undefined;
    if (url && hostOf(url)) out[`${id.text}()`] = url;
  };
  for (const st of sf.statements) {
    if (!ts.canHaveModifiers(st) || !ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isFunctionDeclaration(st) && st.name && !st.parameters.length) urlReturned(st.name);
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const name = nameText(d.name);
      const init = d.initializer ? unwrap(d.initializer) : undefined;
      if (!name || !init) continue;
      if (ts.isStringLiteralLike(init)) out[name] = init.text;
      else if (ts.isNumericLiteral(init)) out[name] = Number(init.text.replace(/_/g, ''));
      else if (ts.isIdentifier(d.name) && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && !init.parameters.length) urlReturned(d.name);
      // (`export const pressworksUrl = process.env.PRESSWORKS_URL ?? 'https://api.pressworks.co.uk/v1'`: the address the
      // code falls back to is the one it is written for.)
      else {
        const url = evalString(init, consts);
        if (url && /^https?:\/\/[^/{]/i.test(url) && hostOf(url)) out[name] = url;
      }
    }
  }
  return out;
}

function topLevelFunctions(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) out.push(st.name.text);
    // A class is a definition too: calls of its methods on an instance are resolved to it.
    if (ts.isClassDeclaration(st) && st.name) out.push(st.name.text);
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) {
      const init = d.initializer ? unwrap(d.initializer) : undefined;
      if (ts.isIdentifier(d.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) out.push(d.name.text);
      // An object of helpers (`export const analytics = { track(event, id, props) { … } }`): calls of its methods from other
      // modules, through an index that passes it on, are resolved to it.
      else if (ts.isIdentifier(d.name) && init && ts.isObjectLiteralExpression(init) && init.properties.some((p) => ts.isMethodDeclaration(p) || (ts.isPropertyAssignment(p) && (ts.isArrowFunction(unwrap(p.initializer)) || ts.isFunctionExpression(unwrap(p.initializer)))))) out.push(d.name.text);
    }
  }
  return out;
}

/**
 * Helpers a function defines for itself (`const send = (type, payload) => fetch(…)` inside a client factory), named
 * once in the file: calls of them are resolved to them as top-level functions' are. (A name defined twice — `send`
 * in two factories — is left out: which one a call means is not known from its name.)
 */
function nestedHelpers(b: ReturnType<typeof collectBuckets>, top: ReadonlySet<string>): string[] {
  const count = new Map<string, number>();
  for (const v of b.vars) {
    const init = v.initializer ? unwrap(v.initializer) : undefined;
    if (!ts.isIdentifier(v.name) || !init || !(ts.isArrowFunction(init) || ts.isFunctionExpression(init)) || ts.isSourceFile(v.parent.parent.parent)) continue;
    count.set(v.name.text, (count.get(v.name.text) ?? 0) + 1);
  }
  return [...count].filter(([name, n]) => n === 1 && !top.has(name)).map(([name]) => name);
}

function collectReexports(sf: ts.SourceFile): FileFacts['reexports'] {
  const out: FileFacts['reexports'] = [];
  for (const st of sf.statements) {
    if (!ts.isExportDeclaration(st) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    const module = st.moduleSpecifier.text;
    if (!st.exportClause) out.push({ module, names: '*' });
    else if (ts.isNamedExports(st.exportClause)) out.push({ module, names: st.exportClause.elements.map((e) => ({ exported: e.name.text, local: (e.propertyName ?? e.name).text })) });
  }
  return out;
}

/** Inferred and extended records: `z.infer<typeof S>`, `yup.InferType<typeof S>`, `Static<typeof T>`, `extends Person`. */
function typeAliases(b: ReturnType<typeof collectBuckets>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const refName = (t: ts.Node): string | undefined => {
    if (ts.isTypeQueryNode(t)) return ts.isIdentifier(t.exprName) ? t.exprName.text : undefined;
    if (ts.isTypeReferenceNode(t)) {
      const args = t.typeArguments ?? [];
      // `z.infer<typeof S>`, `InferType<typeof S>`, `Static<typeof T>`, `Infer<…>`: the schema's fields.
      if (args.length === 1 && ts.isTypeQueryNode(args[0])) return refName(args[0]);
      if (!args.length) return ts.isIdentifier(t.typeName) ? t.typeName.text : undefined;
    }
    if (ts.isExpressionWithTypeArguments(t) && ts.isIdentifier(t.expression)) return t.expression.text;
    return undefined;
  };
  for (const r of b.records) {
    if (!r.name) continue;
    const names: string[] = [];
    if (ts.isTypeAliasDeclaration(r)) {
      const parts = ts.isIntersectionTypeNode(r.type) ? r.type.types : [r.type];
      for (const p of parts) {
        const n = refName(p);
        if (n) names.push(n);
      }
    } else if (ts.isInterfaceDeclaration(r) || ts.isClassDeclaration(r)) {
      for (const h of r.heritageClauses ?? []) for (const t of h.types) {
        const n = refName(t);
        if (n) names.push(n);
      }
    }
    if (names.length) out[r.name.text] = names;
  }
  return out;
}

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Minified bundles and generated files carry no source facts worth the parse. */
export function looksMinified(text: string): boolean {
  if (text.length < 5_000) return false;
  let lines = 1;
  let longest = 0;
  for (let start = 0; ; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    longest = Math.max(longest, end - start);
    if (nl < 0) break;
    lines++;
    start = nl + 1;
  }
  return longest > 5_000 && text.length / lines > 500;
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The script of a single-file component: the text of its `<script>` blocks and Astro front matter, markup blanked. */
export function componentScripts(text: string): string {
  const keep: [number, number][] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) keep.push([front.index + 3, front.index + 3 + front[1].length + 1]);
  for (const m of text.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
    const start = m.index + m[0].indexOf('>') + 1;
    keep.push([start, start + m[1].length]);
  }
  let out = '';
  let at = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  for (const [a, b] of keep.sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    out += blank(text.slice(at, a)) + text.slice(a, b);
    at = b;
  }
  return out + blank(text.slice(at));
}

/** Templates of emails (`email-templates/`, `emails/welcome.tsx`): what they load, a mail client loads, if at all. */
const EMAIL_TEMPLATE = /(?:^|\/)(?:e-?mails?|mail|mails|email-templates?|mail-templates?)(?:\/|[-_.])/i;

/** The sinks of a file less the fonts and styles an email template links to. */
function pageSinks(file: string, sinks: SinkFact[]): SinkFact[] {
  return EMAIL_TEMPLATE.test(file) ? sinks.filter((s) => !s.via.startsWith('<link href=')) : sinks;
}

/** Blockchain and wallet libraries: in their files an `address` is a wallet's or a contract's. */
export const CRYPTO_MODULES = /^(?:viem|ethers|wagmi|web3|@wagmi\/|@solana\/|bitcoinjs-lib|@safe-global\/|@reown\/|@walletconnect\/|@rainbow-me\/|@coinbase\/wallet-sdk|alchemy-sdk|@metamask\/|@mempool\/|@ethersproject\/|@cosmjs\/|@polkadot\/|tronweb|@ton\/)(?:\/|$)/;
/** Record names of on-chain things: their `address` is a wallet's or a contract's, never a postal address. */
const CHAIN_RECORD = /(?:^|[^a-z])(?:wallet|safe|token|contract|tx|utxo|xput|vin|vout|outspend|spender|chain|block|erc\d+|nft|multisig|signer|ens)(?:[^a-z]|$)/i;

/**
 * `recipientAddress` in a file that signs transactions with viem, `Xput.address` of a transaction: a wallet address
 * (`user.financial.crypto_wallet`), not where someone lives.
 */
function walletAddresses(fields: FileFacts['fields'], sinks: FileFacts['sinks'], cryptoFile: boolean): void {
  const wallet = (category: string, lexeme: string, container = '') => category === 'user.contact.address' && lexeme === '~address' && (cryptoFile || CHAIN_RECORD.test(container.replace(/([a-z])([A-Z])/g, '$1 $2')));
  for (const f of fields) if (wallet(f.category, f.lexeme, f.container)) f.category = 'user.financial.crypto_wallet';
  if (cryptoFile) for (const s of sinks) for (const d of s.data) if (wallet(d.category, d.lexeme)) d.category = 'user.financial.crypto_wallet';
}

/**
 * The header an HTTP API client generator writes (`This file was auto-generated by openapi-typescript.`): its types
 * describe an API's requests and responses, often a vendor's, not records the product keeps. (Database type
 * generators such as kanel or the Supabase CLI mirror the product's own tables and stay analyzed.)
 */
const API_CLIENT_GENERATOR = /^\s*(?:\/\*[^]*?|\/\/[^\n]*\n\s*)*?\b(?:auto-?generated|generated) (?:by|with|using) (openapi-typescript|swagger-typescript-api|orval|@hey-api\/openapi-ts|openapi-generator|OpenAPI Generator|openapi-fetch|NSwag|autorest)\b/i;

/**
 * Every module a file names to load — static and dynamic imports, `require`, `export … from`, a worker's script — read from its text (a
 * commented-out import counts too: the list only ever says a module may be used).
 */
function moduleSpecifiers(text: string): string[] {
  const out = new Set<string>();
  // (And what a worker, a service worker or a script loader is pointed at: `new Worker(new URL('./sync.ts', …))`.)
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire(?:\.resolve)?\s*\(\s*|\bimport\s+|\bnew\s+(?:URL|Worker|SharedWorker)\s*\(\s*|\bimportScripts\s*\(\s*|\.register\s*\(\s*)(['"`])([^'"`\n]{1,200})\1/g)) out.add(m[2]);
  return [...out];
}

/** The generator meta tag of a documentation site's built pages. */
const DOCS_GENERATOR = /<meta\s+(?:name=["']?generator["']?\s+content=["']?|content=["']?(?=[^>]*\bname=["']?generator\b))((?:mkdocs|sphinx|typedoc|jsdoc|docusaurus|vitepress|vuepress|docfx|doxygen|gitbook|pdoc|mdbook|docsify|starlight|nextra|redoc|javadoc|antora)\b[^"'>]*)/i;

/** Libraries that generate fake people. */
const FAKE_DATA = /^(?:@faker-js\/faker|faker|@ngneat\/falso|casual|chance)(?:\/|$)/;

/** Computes the facts of one source file from its text alone (no project, no type checker). */
export function extractFacts(file: string, text: string, hash = hashText(text)): FileFacts {
  const lines = countLines(text);
  const { suppressions, notes } = parseSuppressions(text);
  const empty: FileFacts = { file, hash, lines, notes, fields: [], inputs: [], sinks: [], clientCalls: [], clients: {}, callSites: [], retention: [], imports: [], constants: {}, returns: {}, functions: [], reexports: [], suppressions, specifiers: moduleSpecifiers(text) };
  if (looksMinified(text)) {
    notes.push({ line: 1, message: 'skipped: the file looks minified or generated (very long lines)' });
    return empty;
  }
  const generator = API_CLIENT_GENERATOR.exec(text.slice(0, 800));
  if (generator) {
    notes.push({ line: 1, message: `skipped: types generated by ${generator[1]} mirror an HTTP API's schema; what the code sends and receives is read where it calls the API` });
    return empty;
  }
  if (/\.prisma$/i.test(file)) return { ...empty, fields: prismaFields(text) };
  if (/\.(graphql|gql)$/i.test(file)) return { ...empty, fields: graphqlFields(text) };
  // A page or a server template in HTML syntax (EJS, Handlebars, Nunjucks, Liquid, Twig): its trackers' `<script src>`.
  if (/\.(?:html?|ejs|hbs|handlebars|njk|liquid|twig)$/i.test(file)) {
    // A page a documentation generator built (`<meta name="generator" content="mkdocs-1.6.1">`) is the repository's
    // documentation, output of the generator, not a page of the product.
    const built = DOCS_GENERATOR.exec(text.slice(0, 4000));
    if (built) {
      notes.push({ line: 1, message: `skipped: a documentation page built by ${built[1]}` });
      return empty;
    }
    return { ...empty, sinks: pageSinks(file, htmlSinks(text)) };
  }
  if (/\.(?:pug|jade)$/i.test(file)) {
    const pug = pugScriptSinks(text);
    if (pug.error) notes.push({ line: pug.error.line, message: `syntax error: ${pug.error.message} (the template's scripts were not read)` });
    return { ...empty, sinks: pug.sinks };
  }
  // A Vue, Svelte or Astro component: its `<script>` blocks (and Astro's front matter) are TypeScript; the rest is
  // markup, kept as blank space so every line keeps its number. A tracker's `<script src>` in the markup reports too.
  const component = /\.(vue|svelte|astro)$/i.test(file);
  const source = component ? componentScripts(text) : text;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, component ? (/<script\b[^>]*\blang=["']tsx["']/i.test(text) ? ts.ScriptKind.TSX : ts.ScriptKind.TS) : scriptKind(file));
  const diags = (sf as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics ?? [];
  for (const d of diags.slice(0, 3)) {
    const line = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start).line + 1 : 1;
    notes.push({ line, message: `syntax error: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')} (analyzed what could be parsed)` });
  }
  const b = collectBuckets(sf);
  const imports = collectImports(sf, b.vars);
  // A file that makes fake people (faker) seeds or tests; what it sends and declares is not anyone's data.
  if (imports.some((i) => FAKE_DATA.test(i.module))) {
    notes.push({ line: 1, message: 'skipped: the file generates fake data (imports a faker library)' });
    return { ...empty, imports };
  }
  const top = topLevelFunctions(sf);
  const functions = [...top, ...nestedHelpers(b, new Set(top))];
  const { fields, inputs } = collectFields(sf, b);
  const flows = collectSinks(sf, b, imports);
  walletAddresses(fields, flows.sinks, imports.some((i) => CRYPTO_MODULES.test(i.module)));
  if (component) flows.sinks.push(...htmlSinks(text));
  flows.sinks = pageSinks(file, flows.sinks);
  placeSinks(sf, flows.sinks);
  return {
    ...empty,
    fields,
    inputs,
    ...flows,
    callSites: collectCallSites(sf, b, imports, functions),
    retention: collectRetention(sf, b, file),
    imports,
    constants: exportedConstants(sf, b.consts),
    returns: collectReturns(sf, b),
    functions,
    ...sanitizersOf(sf, top),
    reexports: collectReexports(sf),
    typeAliases: typeAliases(b),
    staticRecords: staticRecords(sf, b, imports),
  };
}

/** The compiler's own lookup of the token at a position (internal to TypeScript, absent from its typings). */
const tokenAt = (ts as unknown as { getTokenAtPosition?: (sf: ts.SourceFile, pos: number) => ts.Node }).getTokenAtPosition;

/**
 * The branch of the innermost conditional that holds each send, within the send's own function (`cond ? send(a, opts)
 * : send(a)`, `if (…) send(a) else send(b)`), found from the token the send starts with, up through its parents.
 */
function placeSinks(sf: ts.SourceFile, sinks: SinkFact[]): void {
  // (No conditional in the file, no branch to find: a generated client's thousand sends skip the lookups.)
  if (sinks.length < 2 || !tokenAt || !/\?|\bif\s*\(/.test(sf.text)) return;
  // (Only sends with another to the same recipient in the file can be the same flow.)
  const to = (s: SinkFact) => s.service ?? s.host ?? '';
  const count = new Map<string, number>();
  for (const s of sinks) count.set(to(s), (count.get(to(s)) ?? 0) + 1);
  const lines = sf.getLineStarts().length;
  for (const s of sinks) {
    if (s.line - 1 >= lines || (count.get(to(s)) ?? 0) < 2) continue;
    let child = tokenAt(sf, sf.getPositionOfLineAndCharacter(s.line - 1, Math.max(0, s.column - 1)));
    // (A function between the send and a conditional — `if (x) items.forEach((i) => send(i))` — runs it any number of times.)
    for (let n: ts.Node | undefined = child.parent; n && !ts.isFunctionLike(n); child = n, n = n.parent) {
      if (ts.isConditionalExpression(n) && (child === n.whenTrue || child === n.whenFalse)) s.branch = `${n.getStart(sf)}:${child === n.whenTrue ? 0 : 1}`;
      else if (ts.isIfStatement(n) && (child === n.thenStatement || child === n.elseStatement)) s.branch = `${n.getStart(sf)}:${child === n.thenStatement ? 0 : 1}`;
      if (s.branch) break;
    }
  }
}

/** A value written in the repository itself: a literal, or a list or record of literals. */
function isLiteralValue(e: ts.Expression): boolean {
  const v = unwrap(e);
  if (ts.isStringLiteralLike(v) || ts.isNumericLiteral(v) || v.kind === ts.SyntaxKind.TrueKeyword || v.kind === ts.SyntaxKind.FalseKeyword || v.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isArrayLiteralExpression(v)) return v.elements.every((x) => isLiteralValue(x));
  if (ts.isObjectLiteralExpression(v)) return v.properties.every((p) => ts.isPropertyAssignment(p) && isLiteralValue(p.initializer));
  return false;
}

/** `T` of `T[]` or `Array<T>`. */
function elementTypeName(t: ts.TypeNode | undefined): string | undefined {
  const el = t && ts.isArrayTypeNode(t) ? t.elementType : t && ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && t.typeName.text === 'Array' ? t.typeArguments?.[0] : undefined;
  return el && ts.isTypeReferenceNode(el) && ts.isIdentifier(el.typeName) ? el.typeName.text : undefined;
}

/**
 * Records whose values the repository writes itself: `const team: TeamMember[] = [{ name: 'Zach', bio: '…' }]`,
 * `teamData as TeamMember[]` of an imported JSON file. A staff list or a demo's fixtures, not what people enter.
 */
function staticRecords(sf: ts.SourceFile, b: ReturnType<typeof collectBuckets>, imports: ImportFact[]): string[] {
  const json = new Set(imports.filter((i) => /\.json$/i.test(i.module)).map((i) => i.local));
  const out = new Set<string>();
  const castsToList = /\b(?:as|satisfies)\s+(?:readonly\s+)?(?:\w+\[\]|Array<)/.test(sf.text);
  const literalList = (e: ts.Expression) => ts.isArrayLiteralExpression(e) && e.elements.length > 0 && e.elements.every((x) => ts.isObjectLiteralExpression(unwrap(x)) && isLiteralValue(x));
  for (const v of b.vars) {
    if (!v.initializer) continue;
    const declared = elementTypeName(v.type);
    if (declared && literalList(unwrap(v.initializer))) out.add(declared);
    // (Only a file with a cast to a list type has one to find: the walk is skipped elsewhere.)
    if (!castsToList) continue;
    const visit = (n: ts.Node): void => {
      if ((ts.isAsExpression(n) || ts.isSatisfiesExpression(n)) && elementTypeName(n.type)) {
        const inner = unwrap(n.expression);
        if ((ts.isIdentifier(inner) && json.has(inner.text)) || literalList(inner)) out.add(elementTypeName(n.type)!);
      }
      // (A function's own locals are declarations of their own: not walked twice.)
      if (!ts.isFunctionLike(n) && !ts.isClassLike(n)) ts.forEachChild(n, visit);
    };
    visit(v.initializer);
  }
  return [...out];
}

/** The file's top-level functions that hash or redact what they are given, for callers in other modules. */
function sanitizersOf(sf: ts.SourceFile, names: string[]): { sanitizers?: Record<string, 'hash' | 'sanitized'> } {
  // (One pass over the statements: a generated client has thousands of functions. The last declaration of a name wins.)
  const byName = new Map<string, ts.FunctionLikeDeclaration>();
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name) byName.set(st.name.text, st);
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) byName.set(d.name.text, d.initializer);
  }
  const out: Record<string, 'hash' | 'sanitized'> = {};
  for (const n of names) {
    const fn = byName.get(n);
    const kind = fn ? sanitizerKind(functionReturns(fn)) : undefined;
    if (kind) out[n] = kind;
  }
  return Object.keys(out).length ? { sanitizers: out } : {};
}
