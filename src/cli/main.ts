import fs from 'node:fs';
import path from 'node:path';
import { audit, type AuditOptions, type AuditResult, InputError, readPolicies } from '../core/audit';
import { applyBaseline, loadBaseline, readBaseline, resolveBaseline, writeBaseline } from '../core/baseline';
import { SERVICES } from '../core/catalog';
import type { Severity } from '../core/finding';
import { REPORTER_NAMES, REPORTERS, type ReportOptions, type ReporterName } from '../core/reporters';
import { oneLine, quote } from '../core/reporters/escape';
import { DEFAULT_MAX_CHARS } from '../core/reporters/markdown';
import { policyJson, policyText } from '../core/reporters/policy';
import { CATEGORIES, parentOf } from '../core/taxonomy';
import { TOOL } from '../core/version';
import { HELP, oneOf, parseArgs, UsageError } from './args';
import { type ChangeScope, changedFiles, keepChanged } from './changed';
import { findGitRoot } from './git';
import { progressBar } from './progress';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout / stderr are terminals (colour, progress). */
  stdoutTty: boolean;
  stderrTty: boolean;
  /** Builds the extractor for --jobs N (worker threads); absent means analyze in this thread. */
  makeExtractor?: (jobs: number | undefined) => AuditOptions['extractor'];
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Runs one CLI invocation and returns its exit code; never calls process.exit. */
export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.options.version) {
      io.stdout(`${TOOL.version}\n`);
      return 0;
    }
    if (args.options.help || !args.command || args.command === 'help') {
      io.stdout(HELP);
      return args.command || args.options.help ? 0 : 2;
    }
    switch (args.command) {
      case 'audit':
        return await auditCommand(args.positionals, args.options, io);
      case 'explain':
        // The audit with every finding's why: classification, data path, the statement compared.
        return await auditCommand(args.positionals, { ...args.options, verbose: true, format: args.options.format ?? 'text' }, io);
      case 'policy':
        return policyCommand(args.positionals, args.options, io);
      case 'taxonomy':
        return listCommand('taxonomy', args.options, io);
      case 'catalog':
        return listCommand('catalog', args.options, io);
      default:
        throw new UsageError(`unknown command ${quote(args.command)} (commands: audit, explain, policy, taxonomy, catalog)`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`privacy-lens: ${oneLine(e.message)}\nRun "privacy-lens --help" for usage.\n`);
      return 2;
    }
    if (e instanceof InputError) {
      // Messages name files and config keys from the repository: one line, so no name can start a workflow command.
      io.stderr(`privacy-lens: ${oneLine(e.message)}\n`);
      return 2;
    }
    io.stderr(`privacy-lens: internal error: ${oneLine((e as Error).message)}\n`);
    // (PRIVACY_LENS_DEBUG=1 prints where, for a bug report.)
    if (io.env.PRIVACY_LENS_DEBUG) io.stderr(`${(e as Error).stack ?? ''}\n`);
    return 2;
  }
}

function useColor(io: Io, options: Record<string, string | boolean>): boolean {
  if (options['no-color'] || io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (options.color || (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')) return true;
  return io.stdoutTty && io.env.FORCE_COLOR !== '0';
}

function writeOut(io: Io, output: string | boolean | undefined, text: string) {
  if (typeof output === 'string') {
    const file = path.resolve(io.cwd, output);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    } catch (e) {
      throw new InputError(`${quote(file)}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  } else io.stdout(text);
}

/** What an audit run produced, after the baseline and the change filter: the CLI and the Action render it. */
export interface AuditRun {
  result: AuditResult;
  format: ReporterName;
  failOn: FailOn;
  /** Options every reporter receives (paths, links, counts). */
  report: ReportOptions;
  /** The exit code for these findings (before any report is written). */
  exitCode: number;
  wroteBaseline: boolean;
}

type FailOn = Severity | 'none';

type PathOptions = Pick<ReportOptions, 'pathPrefix' | 'rootUri' | 'linkBase' | 'repoRoot'>;

/** Where report paths point: ROOT's place in the repository (`--root-uri`, else from the nearest `.git`) and the link base. */
function reportPaths(root: string, options: Record<string, string | boolean>, io: Io): PathOptions {
  const out: PathOptions = {};
  const given = typeof options['root-uri'] === 'string' ? options['root-uri'] : undefined;
  if (given !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(given)) out.rootUri = given;
  else if (given !== undefined) {
    const clean = given.replace(/^\.\/?/, '').replace(/\\/g, '/');
    if (clean.startsWith('/') || clean.split('/').includes('..')) throw new UsageError(`--root-uri must be an absolute URI or a path inside the repository (got ${quote(given)})`);
    out.pathPrefix = clean && !clean.endsWith('/') ? `${clean}/` : clean;
  }
  const gitRoot = findGitRoot(root);
  if (gitRoot) out.repoRoot = gitRoot;
  if (out.pathPrefix === undefined) {
    const rel = gitRoot ? path.relative(gitRoot, root).split(path.sep).join('/') : '';
    out.pathPrefix = rel ? `${rel}/` : '';
  }
  if (typeof options['link-base'] === 'string') out.linkBase = options['link-base'];
  else if (io.env.GITHUB_SERVER_URL && io.env.GITHUB_REPOSITORY && io.env.GITHUB_SHA) out.linkBase = `${io.env.GITHUB_SERVER_URL}/${io.env.GITHUB_REPOSITORY}/blob/${io.env.GITHUB_SHA}/`;
  return out;
}

/** Parses the audit options, audits, applies the baseline and the change filter; writes nothing but the baseline. */
export async function auditRun(pos: string[], options: Record<string, string | boolean>, io: Io): Promise<AuditRun> {
  if (pos.length > 1) throw new UsageError(`audit takes one ROOT, got ${pos.length}: ${pos.map(quote).join(' ')}`);
  const format = oneOf<ReporterName>('format', options.format, REPORTER_NAMES, 'text');
  const failOn = oneOf<FailOn>('fail-on', options['fail-on'], ['error', 'warning', 'info', 'none'], 'error');
  if (options.staged && typeof options['changed-since'] === 'string') throw new UsageError('--staged and --changed-since exclude each other');
  if (options['max-chars'] !== undefined && !/^\d+$/.test(String(options['max-chars']))) throw new UsageError(`--max-chars must be a whole number (got ${quote(String(options['max-chars']))})`);
  const root = path.resolve(io.cwd, pos[0] ?? '.');
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new UsageError(`--jobs must be a whole number from 1 to 64 (got ${quote(String(options.jobs))})`);
  const paths = reportPaths(root, options, io);
  const scope: ChangeScope | undefined = options.staged ? { staged: true } : typeof options['changed-since'] === 'string' ? { since: options['changed-since'] } : undefined;
  const gitRoot = scope ? findGitRoot(root) : undefined;
  if (scope && !gitRoot) throw new InputError(`${quote(root)}: not inside a git repository (needed by ${'staged' in scope ? '--staged' : '--changed-since'})`);
  // Ask git first: a bad ref fails before the analysis, not after it.
  const changed = scope && gitRoot ? changedFiles(gitRoot, root, scope) : undefined;
  const showProgress = io.stderrTty && !options['no-progress'];
  const bar = showProgress ? progressBar(io.stderr) : undefined;
  const result = await audit({
    root,
    policyFiles: typeof options.policies === 'string' ? options.policies.split('\u0000').map((f) => path.resolve(io.cwd, f)) : undefined,
    configFile: typeof options.config === 'string' ? path.resolve(io.cwd, options.config) : undefined,
    onProgress: bar?.update,
    extractor: io.makeExtractor?.(jobs),
  });
  bar?.done();

  // --baseline, else the config's "baseline", else privacy-lens-baseline.json at ROOT: the editor's rule too.
  const explicitBaseline = typeof options.baseline === 'string' ? path.resolve(io.cwd, options.baseline) : undefined;
  const baselineFile = options['write-baseline'] ? undefined : resolveBaseline(root, result.config, explicitBaseline, { configFile: result.configFile });
  let baselined = 0;
  if (baselineFile) {
    // A missing --baseline is a mistake (exit 2); a config baseline not written yet accepts nothing.
    const baseline = explicitBaseline ? readBaseline(baselineFile) : loadBaseline(baselineFile);
    const kept = applyBaseline(result.findings, baseline);
    baselined = result.findings.length - kept.length;
    result.findings = kept;
    result.summary.findings = kept.length;
  }
  const wroteBaseline = typeof options['write-baseline'] === 'string';
  if (typeof options['write-baseline'] === 'string') {
    // Everything found is accepted, also with --changed-since: the baseline is of the whole project.
    const file = path.resolve(io.cwd, options['write-baseline']);
    writeBaseline(file, result.findings);
    io.stderr(`privacy-lens: wrote ${result.findings.length} finding(s) to the baseline ${quote(path.relative(io.cwd, file) || file)}\n`);
  }
  const unchangedHidden = changed ? keepChanged(result, changed) : 0;
  const report: ReportOptions = {
    color: format === 'text' && typeof options.output !== 'string' && useColor(io, options),
    verbose: !!options.verbose,
    baselined,
    unchangedHidden,
    ...paths,
    maxChars: options['max-chars'] !== undefined ? Number(options['max-chars']) : DEFAULT_MAX_CHARS,
  };
  const threshold = failOn === 'none' ? Infinity : SEVERITY_RANK[failOn];
  const exitCode = wroteBaseline ? 0 : result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
  return { result, format, failOn, report, exitCode, wroteBaseline };
}

async function auditCommand(pos: string[], options: Record<string, string | boolean>, io: Io): Promise<number> {
  const a = await auditRun(pos, options, io);
  writeOut(io, options.output, REPORTERS[a.format](a.result, a.report));
  return a.exitCode;
}

function policyCommand(pos: string[], options: Record<string, string | boolean>, io: Io): number {
  if (pos.length < 1) throw new UsageError('policy takes one FILE or more (the documents of one policy)');
  const format = oneOf('format', options.format, ['text', 'json'] as const, 'text');
  const files = pos.map((p) => path.resolve(io.cwd, p));
  const shown = (f: string) => path.relative(io.cwd, f) || f;
  const policy = readPolicies(files, undefined, shown);
  const rel = files.map(shown).join(', ');
  writeOut(io, options.output, format === 'json' ? `${JSON.stringify(policyJson(policy, rel), null, 2)}\n` : policyText(policy, rel));
  return 0;
}

function listCommand(what: 'taxonomy' | 'catalog', options: Record<string, string | boolean>, io: Io): number {
  const format = oneOf('format', options.format, ['text', 'json'] as const, 'text');
  if (what === 'taxonomy') {
    const rows = CATEGORIES.map((c) => ({ id: c.id, name: c.name, parent: parentOf(c.id), sensitive: !!c.sensitive, implicit: !!c.implicit, lexicon: c.tokens, phrases: c.phrases }));
    writeOut(io, options.output, format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.id.padEnd(58)} ${r.name}${r.sensitive ? ' [sensitive]' : ''}\n`).join('') + `${rows.length} categories\n`);
  } else {
    const rows = SERVICES.map((s) => ({ id: s.id, name: s.name, kind: s.kind, packages: s.packages, hosts: s.hosts, globals: s.globals, aliases: s.aliases }));
    writeOut(io, options.output, format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.name.padEnd(28)} ${r.kind.padEnd(18)} ${[...r.packages, ...r.hosts].slice(0, 3).join(', ')}\n`).join('') + `${rows.length} services\n`);
  }
  return 0;
}
