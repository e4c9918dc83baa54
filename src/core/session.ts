import fs from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { extractFacts } from './analysis/extract';
import type { FileFacts } from './analysis/types';
import { applyBaseline, readBaseline } from './baseline';
import { resolveBaseline } from './baseline';
import { evaluate, extractOne, findPolicies, InputError, MAX_POLICY_BYTES, type Note, packageHosts, readPolicies, relPath } from './audit';
import { applyCorrections } from './policy/corrections';
import { type Config, ConfigError, loadConfig } from './config';
import { staysInside } from './contain';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, listSourceFiles } from './files';
import type { Finding } from './finding';
import type { Inventory } from './inventory';
import { parsePolicies, type Policy, PolicyError } from './policy';
import { readBounded } from './read';
import { createResolver, type ModuleResolver } from './resolve';

/** What the editor may override on top of `.privacy-lens.json`. */
export interface SessionOverrides {
  policy?: string | string[];
  include?: string[];
  exclude?: string[];
  rules?: Config['rules'];
  /** Untrusted workspace: the config may not point the policy outside the folder. */
  untrusted?: boolean;
}

export interface Evaluation {
  findings: Finding[];
  byFile: Map<string, Finding[]>;
  inventory: Inventory;
  suppressed: number;
}

/**
 * An editor's view of one workspace folder: facts per file kept between edits,
 * so an edit re-extracts one file and re-joins, never the whole workspace.
 */
export class Session {
  config: Config = {};
  policy: Policy | undefined;
  /** Absolute path of the policy in use. */
  policyPath: string | undefined;
  /** Every document of the policy (the first is policyPath). */
  policyPaths: string[] = [];
  /** Why there is no usable policy or config, naming the file. */
  problem: string | undefined;
  /** Nothing names a policy and none was found: the folder never asked for the tool (the editor stays quiet). */
  noPolicy = false;
  readonly facts = new Map<string, FileFacts>();
  readonly notes = new Map<string, Note[]>();
  private readonly byHash = new Map<string, FileFacts>();
  /** Workspace packages and tsconfig paths; rebuilt when the file set changes. */
  private resolver: ModuleResolver | undefined;

  constructor(
    readonly root: string,
    private overrides: SessionOverrides = {},
  ) {}

  setOverrides(o: SessionOverrides): void {
    this.overrides = o;
  }

  /** Reads the config and the policy; on failure `problem` says what and where. */
  load(): void {
    this.problem = undefined;
    this.policy = undefined;
    this.policyPath = undefined;
    this.policyPaths = [];
    this.noPolicy = false;
    try {
      const loaded = loadConfig(this.root);
      this.config = { ...loaded.config, ...dropUndefined({ include: this.overrides.include, exclude: this.overrides.exclude }) };
      if (this.overrides.rules) this.config.rules = { ...this.config.rules, ...this.overrides.rules };
      this.noPolicy = !this.overrides.policy && !this.config.policy;
      let found: string;
      let all: string[];
      try {
        const explicit = this.overrides.policy === undefined ? [] : (Array.isArray(this.overrides.policy) ? this.overrides.policy : [this.overrides.policy]).map((p) => path.resolve(this.root, p));
        all = findPolicies(this.root, explicit, this.config, loaded.file);
        found = all[0];
      } catch (e) {
        // The core refuses a repository's path that leaves it; the editor says so in its own words.
        if (e instanceof InputError && /leaves the repository/.test(e.message) && this.config.policy) {
          throw new InputError(`the policy named in .privacy-lens.json is outside the workspace folder; choose one inside it with "Select Policy File…"`);
        }
        throw e;
      }
      this.noPolicy = false;
      if (this.overrides.untrusted && this.config.policy && !staysInside(this.root, found)) {
        throw new InputError(`${relPath(this.root, found)}: the policy named in .privacy-lens.json is outside the workspace folder; an untrusted workspace may only use a policy inside it`);
      }
      this.policyPath = found;
      this.policyPaths = all;
      this.policy = readPolicies(all, this.config.corrections, (f) => relPath(this.root, f));
    } catch (e) {
      if (e instanceof InputError || e instanceof ConfigError) this.problem = e.message;
      else throw e;
    }
  }

  /** Re-reads the policy from unsaved editor text of one of its documents (the first by default). */
  setPolicyText(text: string, file = this.policyPath): void {
    if (!this.policyPath || !file) return;
    try {
      const docs = this.policyPaths.length ? this.policyPaths : [this.policyPath];
      const parsed = parsePolicies(docs.map((f) => ({ file: f, text: f === file ? text : readBounded(f, MAX_POLICY_BYTES).toString('utf8') })));
      for (const c of parsed.clauses) if (c.file) c.file = relPath(this.root, c.file);
      this.policy = this.config.corrections?.length ? applyCorrections(parsed, this.config.corrections) : parsed;
      this.problem = undefined;
    } catch (e) {
      if (e instanceof PolicyError) {
        this.policy = undefined;
        this.problem = e.message;
      } else throw e;
    }
  }

  files(): string[] {
    const policy = this.policyPath ? relPath(this.root, this.policyPath) : undefined;
    return listSourceFiles(this.root, this.config.include ?? DEFAULT_INCLUDE, [...DEFAULT_EXCLUDE, ...(this.config.exclude ?? [])], this.root).files.filter((f) => f !== policy);
  }

  /** Whether a workspace-relative path is analyzed under the include/exclude globs. */
  includes(rel: string): boolean {
    if (this.policyPath && rel === relPath(this.root, this.policyPath)) return false;
    const inc = this.config.include ?? DEFAULT_INCLUDE;
    const exc = [...DEFAULT_EXCLUDE, ...(this.config.exclude ?? [])];
    return inc.some((g) => minimatch(rel, g, { dot: true })) && !exc.some((g) => minimatch(rel, g, { dot: true }));
  }

  /** Indexes one file from disk (background indexing). */
  indexFromDisk(rel: string): void {
    // A file event may name a link the walk would not follow out of the folder.
    const r = staysInside(this.root, path.join(this.root, rel)) ? extractOne(this.root, rel, this.byHash) : { file: rel, message: 'symbolic link leaves the repository, skipped' };
    if ('fields' in r) this.store(r);
    else this.notes.set(rel, [r]);
  }

  /** Indexes one file from editor text (as you type); reuses facts when the text is unchanged. */
  indexText(rel: string, text: string): void {
    const facts = extractFacts(rel, text);
    const known = this.byHash.get(facts.hash);
    this.store(known && known.file === rel ? known : facts);
  }

  remove(rel: string): void {
    this.resolver = undefined;
    this.facts.delete(rel);
    this.notes.delete(rel);
  }

  private store(f: FileFacts): void {
    if (!this.facts.has(f.file)) this.resolver = undefined;
    this.facts.set(f.file, f);
    this.byHash.set(f.hash, f);
    if (f.notes.length) this.notes.set(f.file, f.notes.map((n) => ({ file: f.file, line: n.line, message: n.message })));
    else this.notes.delete(f.file);
  }

  relative(abs: string): string {
    return relPath(this.root, abs);
  }

  /** Runs the rules over the current facts. */
  evaluate(): Evaluation | undefined {
    if (!this.policy || !this.policyPath) return undefined;
    this.resolver ??= createResolver(this.root, [...this.facts.keys()]);
    const result = evaluate(this.policy, relPath(this.root, this.policyPath), [...this.facts.values()], this.config, packageHosts(this.root), this.resolver);
    const { suppressed, inventory } = result;
    // Findings accepted into the baseline are not shown: the same file the CLI applies (the config's, else privacy-lens-baseline.json).
    let baselineFile: string | undefined;
    let findings = result.findings;
    try {
      baselineFile = resolveBaseline(this.root, this.config, undefined, { within: this.root });
    } catch {
      const named = this.config.baseline ?? 'privacy-lens-baseline.json';
      this.notes.set(named, [{ file: named, message: 'the baseline is outside the workspace folder; not applied' }]);
    }
    if (baselineFile) {
      const rel = relPath(this.root, baselineFile);
      try {
        if (!fs.statSync(baselineFile).isFile()) throw new Error('the baseline is not a regular file; not applied');
        findings = applyBaseline(findings, readBaseline(baselineFile));
        this.notes.delete(rel);
      } catch (e) {
        this.notes.set(rel, [{ file: rel, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the baseline named in .privacy-lens.json does not exist' : (e as Error).message }]);
      }
    }
    const byFile = new Map<string, Finding[]>();
    for (const f of findings) {
      const list = byFile.get(f.file) ?? [];
      list.push(f);
      byFile.set(f.file, list);
    }
    return { findings, byFile, inventory, suppressed };
  }
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
