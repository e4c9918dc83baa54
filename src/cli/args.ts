/** Command-line parsing: a small table of options, strict about unknown ones. */

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  options: Record<string, string | boolean>;
}

export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['policy', 'config', 'format', 'output', 'fail-on', 'baseline', 'write-baseline', 'jobs', 'changed-since', 'root-uri', 'link-base', 'max-chars']);
const FLAG_OPTIONS = new Set(['verbose', 'no-progress', 'progress', 'help', 'version', 'no-color', 'color', 'staged']);

export function parseArgs(argv: string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h') {
      options.help = true;
      continue;
    }
    if (a === '-v' || a === '-V') {
      options[a === '-v' ? 'verbose' : 'version'] = true;
      continue;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      if (VALUE_OPTIONS.has(name)) {
        const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`option --${name} needs a value`);
        // --policy repeats (a policy may be several documents): every value is kept, NUL-separated
        // (NUL cannot occur in a path), in "policies".
        if (name === 'policy') options.policies = typeof options.policies === 'string' ? `${options.policies}\u0000${value}` : value;
        options[name] = value;
      } else if (FLAG_OPTIONS.has(name)) {
        if (eq >= 0) throw new UsageError(`option --${name} takes no value`);
        options[name] = true;
      } else throw new UsageError(`unknown option --${name}`);
      continue;
    }
    if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    positionals.push(a);
  }
  return { command: positionals.shift(), positionals, options };
}

export function oneOf<T extends string>(name: string, value: string | boolean | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(String(value))})`);
  return value as T;
}

export const HELP = `privacy-lens — review TypeScript/JavaScript code against your privacy policy

Usage:
  privacy-lens audit [ROOT] [--policy FILE]... [--config FILE]
                     [--format text|json|sarif|markdown|github|html|codeclimate] [--output FILE]
                     [--fail-on error|warning|info|none] [--baseline FILE] [--write-baseline FILE]
                     [--changed-since REF | --staged] [--root-uri URI] [--link-base URL]
                     [--max-chars N] [--verbose] [--no-progress] [--jobs N]
  privacy-lens explain [ROOT] [audit options]       the audit with why: token → category, data path, statement
  privacy-lens policy FILE... [--format text|json]     what the tool understood from a policy
  privacy-lens taxonomy [--format text|json]        personal-data categories
  privacy-lens catalog [--format text|json]         third-party services

  --changed-since REF  analyze everything, report findings in files changed since REF (REF...HEAD,
                       uncommitted and untracked), on a changed data path, or under a changed policy
  --staged             the same for the files staged for commit (a pre-commit check)
  --root-uri URI       SARIF/Code Quality paths: ROOT's path in the repository (default: from .git),
                       or an absolute URI of the repository root for SARIF originalUriBaseIds
  --link-base URL      markdown: link lines under URL (default on GitHub Actions: the head commit)
  --max-chars N        markdown: stay under N characters (default 60000, a pull-request comment)

Exit codes: 0 no finding at or above --fail-on (default error); 1 there are; 2 usage or input error.
`;
