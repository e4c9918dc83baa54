import fs from 'node:fs';
import path from 'node:path';
import { audit, type AuditOptions, InputError, readPolicy } from '../core/audit';
import { applyBaseline, loadBaseline, readBaseline, resolveBaseline, writeBaseline } from '../core/baseline';
import { SERVICES } from '../core/catalog';
import type { Severity } from '../core/finding';
import { REPORTERS, type ReporterName } from '../core/reporters';
import { policyJson, policyText } from '../core/reporters/policy';
import { CATEGORIES, parentOf } from '../core/taxonomy';
import { TOOL } from '../core/version';
import { HELP, oneOf, parseArgs, UsageError } from './args';
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
        throw new UsageError(`unknown command "${args.command}" (commands: audit, explain, policy, taxonomy, catalog)`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`privacy-lens: ${e.message}\nRun "privacy-lens --help" for usage.\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`privacy-lens: ${e.message}\n`);
      return 2;
    }
    io.stderr(`privacy-lens: internal error: ${(e as Error).message}\n`);
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
      throw new InputError(`${file}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  } else io.stdout(text);
}

async function auditCommand(pos: string[], options: Record<string, string | boolean>, io: Io): Promise<number> {
  if (pos.length > 1) throw new UsageError(`audit takes one ROOT, got ${pos.length}: ${pos.join(' ')}`);
  const format = oneOf<ReporterName>('format', options.format, ['text', 'json', 'sarif', 'markdown', 'github', 'html'], 'text');
  const failOn = oneOf('fail-on', options['fail-on'], ['error', 'warning', 'info', 'none'] as const, 'error');
  const root = path.resolve(io.cwd, pos[0] ?? '.');
  const jobs = options.jobs === undefined ? undefined : Number(options.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) throw new UsageError(`--jobs must be a whole number from 1 to 64 (got ${String(options.jobs)})`);
  const showProgress = io.stderrTty && !options['no-progress'];
  const bar = showProgress ? progressBar(io.stderr) : undefined;
  const result = await audit({
    root,
    policyFile: typeof options.policy === 'string' ? path.resolve(io.cwd, options.policy) : undefined,
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
  if (typeof options['write-baseline'] === 'string') {
    const file = path.resolve(io.cwd, options['write-baseline']);
    writeBaseline(file, result.findings);
    io.stderr(`privacy-lens: wrote ${result.findings.length} finding(s) to the baseline ${path.relative(io.cwd, file) || file}\n`);
  }
  const text = REPORTERS[format](result, { color: format === 'text' && typeof options.output !== 'string' && useColor(io, options), verbose: !!options.verbose, baselined });
  writeOut(io, options.output, text);
  if (typeof options['write-baseline'] === 'string') return 0;
  if (failOn === 'none') return 0;
  const threshold = SEVERITY_RANK[failOn];
  return result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
}

function policyCommand(pos: string[], options: Record<string, string | boolean>, io: Io): number {
  if (pos.length !== 1) throw new UsageError('policy takes one FILE');
  const format = oneOf('format', options.format, ['text', 'json'] as const, 'text');
  const file = path.resolve(io.cwd, pos[0]);
  const policy = readPolicy(file);
  const rel = path.relative(io.cwd, file) || file;
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
