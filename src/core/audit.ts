import fs from 'node:fs';
import path from 'node:path';
import { extractFacts, hashText } from './analysis/extract';
import type { FileFacts } from './analysis/types';
import { type Config, loadConfig } from './config';
import { repositoryRoot, staysInside } from './contain';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, listSourceFiles, MAX_FILE_BYTES } from './files';
import type { Finding } from './finding';
import { buildInventory, type Inventory } from './inventory';
import { type Policy, parsePolicies, PolicyError } from './policy';
import { applyCorrections } from './policy/corrections';
import { PolicyIndex } from './policy/query';
import { buildProject, domainsInText } from './project';
import { serviceById } from './catalog';
import { MB, ReadRefusal, readBounded } from './read';
import { createResolver, type ModuleResolver } from './resolve';
import { RULES } from './rules';
import { computeShareVerdicts } from './rules/sharing';
import type { RuleContext } from './rules/context';

/** Bad input the user must fix (exit code 2): the message names the file and the problem. */
export class InputError extends Error {}

export interface Note {
  file: string;
  line?: number;
  message: string;
}

export interface AuditOptions {
  root: string;
  policyFile?: string;
  /** Several policy documents (repeated --policy); takes precedence over policyFile. */
  policyFiles?: string[];
  configFile?: string;
  /** Facts by content hash, reused across runs (the editor keeps one). */
  cache?: Map<string, FileFacts>;
  onProgress?: (done: number, total: number) => void;
  /** Extracts facts for a batch of files; the CLI passes a worker pool. */
  extractor?: (root: string, files: string[], onProgress?: (done: number) => void) => Promise<(FileFacts | Note)[]>;
}

export interface AuditResult {
  root: string;
  policy: Policy;
  /** Policy file relative to root (or absolute when outside it), `/` separators. */
  policyFile: string;
  config: Config;
  /** The config file read (absolute), if any: the base of its trust (see resolveBaseline). */
  configFile?: string;
  findings: Finding[];
  suppressed: number;
  inventory: Inventory;
  notes: Note[];
  summary: { files: number; findings: number; durationMs: number; skippedFiles: number };
}

const POLICY_NAMES = ['PRIVACY.md', 'privacy-policy.md', 'PRIVACY.mdx', 'privacy-policy.mdx', 'privacy.md', 'PRIVACY.txt', 'privacy-policy.txt', 'PRIVACY.html', 'privacy-policy.html', 'privacy-policy.htm'];

/** A policy at the root by a name in any case: privacy.txt, Privacy-Policy.md, privacy_policy.html, policy.txt. */
const ROOT_POLICY = /^(?:privacy(?:[-_ ]?(?:policy|notice|statement))?|policy)\.(?:md|mdx|markdown|txt|html?)$/i;

const PAGE_POLICIES = ['app/privacy/page.tsx', 'src/app/privacy/page.tsx', 'app/privacy-policy/page.tsx', 'src/app/privacy-policy/page.tsx', 'app/(marketing)/privacy/page.tsx', 'pages/privacy.tsx', 'src/pages/privacy.tsx', 'app/privacy/page.mdx', 'src/app/privacy/page.mdx', 'pages/privacy.mdx'];

export function relPath(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(file) : rel).split(path.sep).join('/');
}

export const MAX_POLICY_BYTES = 2 * MB;

/** Refuses a repository-supplied path whose real path leaves `within`; `given` names it as the user wrote it. */
function contained(within: string, abs: string, given: string): string {
  if (!staysInside(within, abs)) throw new InputError(`${given} leaves the repository (${within}), refused; pass --policy FILE to use a file outside it`);
  return abs;
}

/**
 * Finds the policy: --policy, then the config's "policy", then common names at the root and in docs/.
 * Every path but --policy comes with the repository and must stay inside `within` (the repository
 * root); the config's "policy" is trusted only when the config itself lies outside (an explicit --config).
 */
export function findPolicy(root: string, explicit: string | undefined, config: Config, configFile?: string, within = repositoryRoot(root)): string {
  return findPolicies(root, explicit ? [explicit] : [], config, configFile, within)[0];
}

/**
 * Every document of the policy (privacy policy, sub-processor list, cookie policy): the --policy files, else
 * the config's "policy" (a string or an array), else the one found by name. Same containment as findPolicy.
 */
export function findPolicies(root: string, explicit: string[], config: Config, configFile?: string, within = repositoryRoot(root)): string[] {
  if (explicit.length) return explicit.map((f) => path.resolve(f));
  if (config.policy) {
    const named = Array.isArray(config.policy) ? config.policy : [config.policy];
    return named.map((p) => {
      const abs = path.resolve(configFile ? path.dirname(configFile) : root, p);
      if (configFile && !staysInside(within, configFile)) return abs;
      return contained(within, abs, `${configFile ?? root}: "policy" ${JSON.stringify(p)}`);
    });
  }
  return [discoverPolicy(root, within)];
}

function discoverPolicy(root: string, within: string): string {
  const at = (rel: string) => contained(within, path.join(root, rel), `${path.join(root, rel)}: the policy found by name`);
  for (const n of POLICY_NAMES) if (fs.existsSync(path.join(root, n))) return at(n);
  // The same names in any case, and "policy.txt" or "privacy_policy.html" at the root.
  let rootNames: string[] = [];
  try {
    rootNames = fs.readdirSync(root).sort();
  } catch {
    /* an unreadable root: the message below says no policy was found */
  }
  const named = rootNames.find((n) => ROOT_POLICY.test(n) && fs.statSync(path.join(root, n), { throwIfNoEntry: false })?.isFile());
  if (named) return at(named);
  // A policy published as a page of the app itself (Next.js app or pages router).
  for (const n of PAGE_POLICIES) if (fs.existsSync(path.join(root, n))) return at(n);
  const docs = path.join(root, 'docs');
  if (fs.existsSync(docs)) {
    let names: string[] = [];
    try {
      names = fs.readdirSync(docs);
    } catch {
      /* docs is a file or unreadable: no policy there */
    }
    const hit = names.sort().find((n) => /^privacy.*\.(md|mdx|txt|html?)$/i.test(n));
    if (hit) return at(`docs/${hit}`);
  }
  throw new InputError(`${root}: no privacy policy found (looked for ${POLICY_NAMES.slice(0, 3).join(', ')}, docs/privacy*); pass --policy FILE or set "policy" in .privacy-lens.json`);
}

/** Reads and parses a policy: a regular file of at most 2 MB, text; errors name the file, never its content. */
export function readPolicy(file: string, corrections?: Config['corrections']): Policy {
  return readPolicies([file], corrections);
}

/** Reads a policy made of several documents; clause ids stay unique across them, each clause keeps its file. */
export function readPolicies(files: string[], corrections?: Config['corrections'], label: (f: string) => string = (f) => f): Policy {
  const docs = files.map((file) => {
    let buf: Buffer;
    try {
      buf = readBounded(file, MAX_POLICY_BYTES);
    } catch (e) {
      if (e instanceof ReadRefusal) throw new InputError(`${file}: ${e.describe('policy')}`);
      throw e;
    }
    if (buf.subarray(0, 8000).includes(0)) throw new InputError(`${file}: the policy is not text (binary content)`);
    return { file, label: label(file), text: buf.toString('utf8') };
  });
  try {
    const policy = parsePolicies(docs.map((d) => ({ file: d.file, text: d.text })));
    for (const c of policy.clauses) c.file = docs.find((d) => d.file === c.file)?.label ?? c.file;
    for (const n of policy.notes ?? []) n.file = docs.find((d) => d.file === n.file)?.label ?? n.file;
    policy.files = docs.map((d) => d.label);
    return corrections?.length ? applyCorrections(policy, corrections) : policy;
  } catch (e) {
    if (e instanceof PolicyError) throw new InputError(e.message);
    throw e;
  }
}

/** Reads and analyzes files in this thread; one unreadable file becomes a note, not a failure. */
export function extractFiles(root: string, files: string[], cache?: Map<string, FileFacts>, onOne?: () => void): (FileFacts | Note)[] {
  return files.map((rel) => {
    try {
      return extractOne(root, rel, cache);
    } finally {
      onOne?.();
    }
  });
}

/** The error's class and message for a note: `TypeError: p.toLowerCase is not a function`. */
function errorClass(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return `thrown ${typeof e}`;
}

/** Facts of one file, or a note naming the file and why it was skipped; never throws. */
export function extractOne(root: string, rel: string, cache?: Map<string, FileFacts>): FileFacts | Note {
  let buf: Buffer;
  try {
    buf = readBounded(path.join(root, rel), MAX_FILE_BYTES);
  } catch (e) {
    if (!(e instanceof ReadRefusal)) return { file: rel, message: `cannot read (${errorClass(e)})` };
    if (e.kind === 'special') return { file: rel, message: `not a regular file (${e.detail}), skipped` };
    if (e.kind === 'too-large') return { file: rel, message: `skipped: the file is over the ${e.detail}` };
    return { file: rel, message: `cannot read (${e.detail})` };
  }
  if (buf.subarray(0, 8000).includes(0)) return { file: rel, message: 'skipped: binary content' };
  try {
    const text = buf.toString('utf8');
    // With a cache, an unchanged file is not parsed again; without one, no hash is computed.
    const hash = cache ? hashText(text) : '';
    const hit = cache?.get(hash);
    if (hit && hit.file === rel) return hit;
    const facts = extractFacts(rel, text, hash);
    cache?.set(hash, facts);
    return facts;
  } catch (e) {
    return { file: rel, message: `analysis failed (${errorClass(e)}); the file was skipped` };
  }
}

function isNote(x: FileFacts | Note): x is Note {
  return !('fields' in x);
}

/** Runs the rules over already-extracted facts (the editor calls this after re-extracting one file). */
export function evaluate(policy: Policy, policyFile: string, facts: FileFacts[], config: Config, packageHosts: string[] = [], resolver?: ModuleResolver): { findings: Finding[]; suppressed: number; inventory: Inventory; notes: Note[] } {
  const policyIndex = new PolicyIndex(policy);
  // (The names the policy gives the product, "Kryeit" of kryeit.com: a host of that name is its own.)
  const selfLabels = (policy.selfNames ?? []).map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '')).filter((n) => n.length >= 3 && n !== 'owner').map((n) => `label:${n}`);
  const ownHosts = [...(config.ownHosts ?? []), ...domainsInText(policy.clauses.map((c) => c.text).join('\n')), ...packageHosts, ...selfLabels];
  const project = buildProject(facts, ownHosts, resolver);
  // The product's own SDK (an analytics vendor's monorepo calling its own client) is no third party.
  const self = new Set((policy.selfNames ?? []).map((n) => n.replace(/[^a-z0-9]/g, '')));
  if (self.size) project.sinks = project.sinks.filter((s) => !s.service || ![s.service, serviceById(s.service)?.name ?? ''].some((n) => self.has(n.toLowerCase().replace(/[^a-z0-9]/g, ''))));
  let verdicts: ReturnType<typeof computeShareVerdicts> | undefined;
  let retention: ReturnType<RuleContext['retentionMatches']> | undefined;
  const ctx: RuleContext = {
    project,
    policy: policyIndex,
    policyFile,
    shareVerdicts: () => (verdicts ??= computeShareVerdicts({ project, policy: policyIndex })),
    retentionMatches: () => (retention ??= project.retention.map((r) => policyIndex.retentionFor(r.context))),
  };
  const byFile = new Map(facts.map((f) => [f.file, f]));
  const findings: Finding[] = [];
  let suppressed = 0;
  for (const rule of RULES) {
    const sev = config.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (sev === 'off') continue;
    for (const f of rule.check(ctx)) {
      const sup = byFile.get(f.file)?.suppressions.find((s) => s.line >= f.line && s.line <= Math.max(f.line, f.endLine) && (s.rules.length === 0 || s.rules.includes(f.ruleId) || s.rules.includes('all')));
      if (sup) {
        suppressed++;
        continue;
      }
      findings.push({ ...f, severity: sev });
    }
  }
  // What a helper module no file loads would collect or send never happens: its findings are left out, said in a note.
  const unimported = project.unimported ?? new Set<string>();
  const notes = [...project.notes];
  if (unimported.size) {
    const left = new Map<string, number>();
    for (let i = findings.length - 1; i >= 0; i--) {
      const f = findings[i];
      if (!unimported.has(f.file) || f.kind === 'retention') continue;
      left.set(f.file, (left.get(f.file) ?? 0) + 1);
      findings.splice(i, 1);
    }
    for (const [file, n] of [...left].sort()) notes.push({ file, line: 1, message: `not reported: ${n} finding${n === 1 ? '' : 's'} in a module no file of the project imports` });
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { findings, suppressed, inventory: buildInventory(ctx, findings), notes };
}

/**
 * The product's own domains from package.json: its `homepage`, and its name as a domain label
 * (`itrays-portal-api` owns `it-rays.pro`, `gymfolk` owns `api.gymfolk.com`), written `label:NAME`.
 */
export function packageHosts(root: string, within = repositoryRoot(root)): string[] {
  try {
    const file = path.join(root, 'package.json');
    if (!staysInside(within, file)) return [];
    const pkg = JSON.parse(readBounded(file, MAX_FILE_BYTES).toString('utf8')) as { homepage?: string; name?: string; repository?: string | { url?: string } };
    const m = pkg.homepage ? /^https?:\/\/([^/]+)/.exec(pkg.homepage) : null;
    const out = m ? domainsInText(`https://${m[1]}`) : [];
    const name = (pkg.name ?? '').replace(/^@[^/]+\//, '').toLowerCase();
    const first = name.split(/[-_.]/)[0];
    // The owner of the product's repository (package.json `repository`, the git remote) names its own hosts too.
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? '';
    const owners = [repo, ...gitRemotes(within)].map((u) => /(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)[:/]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$|^(?:github:|gitlab:)?([\w.-]+)\/([\w.-]+)$/.exec(u.trim())).flatMap((r) => (r ? [r[1] ?? r[3], r[2] ?? r[4]] : []));
    for (const label of [name.replace(/[^a-z0-9]/g, ''), first, ...owners.map((o) => o.toLowerCase().replace(/[^a-z0-9]/g, ''))]) if (label.length >= 4 && !/^(app|api|web|server|client|backend|frontend|monorepo|root|workspace)$/.test(label)) out.push(`label:${label}`);
    return [...new Set(out)];
  } catch {
    return [];
  }
}

/** The URLs of a git checkout's remotes (`.git/config`), or none. */
function gitRemotes(root: string): string[] {
  try {
    const config = path.join(root, '.git', 'config');
    if (!fs.statSync(config).isFile()) return [];
    return [...readBounded(config, 65_536).toString('utf8').matchAll(/^\s*url\s*=\s*(\S+)\s*$/gm)].map((m) => m[1]);
  } catch {
    return [];
  }
}

/** The headless audit: policy + workspace → findings, inventory and notes. Throws InputError for bad input. */
export async function audit(opts: AuditOptions): Promise<AuditResult> {
  const t0 = Date.now();
  const root = path.resolve(opts.root);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new InputError(`${opts.root}: not a directory`);
  // Paths that come with the repository stay inside it (the git root, or ROOT without one).
  const within = repositoryRoot(root);
  let loaded: { config: Config; file?: string };
  try {
    loaded = loadConfig(root, opts.configFile, within);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  const { config } = loaded;
  const policyPaths = findPolicies(root, opts.policyFiles?.length ? opts.policyFiles : opts.policyFile ? [opts.policyFile] : [], config, loaded.file, within);
  const policy = readPolicies(policyPaths, config.corrections, (f) => relPath(root, f));
  const policyAbs = policyPaths[0];
  const policyFile = relPath(root, policyAbs);

  const listed = listSourceFiles(root, config.include ?? DEFAULT_INCLUDE, [...DEFAULT_EXCLUDE, ...(config.exclude ?? [])], within);
  // The policy page is the policy, not code that collects data.
  const policyRels = new Set(policyPaths.map((f) => relPath(root, f)));
  const files = listed.files.filter((f) => !policyRels.has(f));
  const walkNotes = listed.notes;
  const notes: Note[] = walkNotes.map((n) => ({ file: n.file, message: n.message }));
  let done = 0;
  const results = opts.extractor
    ? await opts.extractor(root, files, (n) => opts.onProgress?.((done += n), files.length))
    : extractFiles(root, files, opts.cache, () => opts.onProgress?.(++done, files.length));
  const facts: FileFacts[] = [];
  for (const r of results) {
    if (isNote(r)) notes.push(r);
    else {
      facts.push(r);
      for (const n of r.notes) notes.push({ file: r.file, line: n.line, message: n.message });
    }
  }
  const { findings, suppressed, inventory, notes: projectNotes } = evaluate(policy, policyFile, facts, config, packageHosts(root, within), createResolver(root, files));
  notes.push(...projectNotes);
  return {
    root,
    policy,
    policyFile,
    config,
    configFile: loaded.file,
    findings,
    suppressed,
    inventory,
    notes,
    summary: { files: facts.length, findings: findings.length, durationMs: Date.now() - t0, skippedFiles: results.length - facts.length },
  };
}
