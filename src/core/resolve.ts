import path from 'node:path';
import { MAX_CONFIG_BYTES } from './config';
import { readBounded } from './read';

/** Maps an import specifier to candidate module paths (relative to the root, no extension), or none. */
export type ModuleResolver = (fromFile: string, spec: string) => string[];

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    // tsconfig files may hold comments and trailing commas.
    const text = readBounded(file, MAX_CONFIG_BYTES).toString('utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:"'])\/\/.*$/gm, '$1').replace(/,(\s*[}\]])/g, '$1');
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

const norm = (p: string) => path.posix.normalize(p.split(path.sep).join('/')).replace(/^\.\//, '');

function entryOf(pkg: Record<string, unknown>): string[] {
  const out: string[] = [];
  const exp = pkg.exports as unknown;
  const dot = typeof exp === 'string' ? exp : exp && typeof exp === 'object' ? ((exp as Record<string, unknown>)['.'] as unknown) : undefined;
  const pick = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (v && typeof v === 'object') for (const k of ['types', 'import', 'default', 'require', 'source']) pick((v as Record<string, unknown>)[k]);
  };
  pick(dot);
  for (const k of ['source', 'types', 'typings', 'module', 'main']) if (typeof pkg[k] === 'string') out.push(pkg[k] as string);
  return out.map((p) => p.replace(/\.(d\.ts|js|mjs|cjs|ts|tsx)$/, ''));
}

/**
 * Resolves workspace packages (npm/yarn/pnpm workspaces: any package.json under the root) and
 * tsconfig `paths`, without node_modules: `@acme/email` → packages/email/src/index.
 */
export function createResolver(root: string, files: string[]): ModuleResolver {
  const packages = new Map<string, { dir: string; entries: string[] }>();
  const dirs = new Set<string>();
  for (const f of files) {
    let d = path.posix.dirname(f);
    while (d && d !== '.' && !dirs.has(d)) {
      dirs.add(d);
      d = path.posix.dirname(d);
    }
  }
  dirs.add('');
  for (const d of dirs) {
    const pkg = readJson(path.join(root, d, 'package.json'));
    if (pkg && typeof pkg.name === 'string' && !packages.has(pkg.name)) packages.set(pkg.name, { dir: d, entries: entryOf(pkg) });
  }
  const tsconfig = readJson(path.join(root, 'tsconfig.json')) ?? readJson(path.join(root, 'tsconfig.base.json'));
  const opts = (tsconfig?.compilerOptions ?? {}) as { baseUrl?: string; paths?: Record<string, string[]> };
  const baseUrl = opts.baseUrl ?? '.';
  const paths = Object.entries(opts.paths ?? {});

  return (_from, spec) => {
    if (spec.startsWith('.')) return [];
    const out: string[] = [];
    for (const [pattern, targets] of paths) {
      const star = pattern.indexOf('*');
      const prefix = star < 0 ? pattern : pattern.slice(0, star);
      const suffix = star < 0 ? '' : pattern.slice(star + 1);
      if (star < 0 ? spec !== pattern : !(spec.startsWith(prefix) && spec.endsWith(suffix))) continue;
      const mid = star < 0 ? '' : spec.slice(prefix.length, spec.length - suffix.length);
      for (const t of targets) out.push(norm(path.posix.join(baseUrl, t.replace('*', mid))).replace(/\.(d\.ts|js|ts|tsx)$/, ''));
    }
    const name = [...packages.keys()].filter((n) => spec === n || spec.startsWith(`${n}/`)).sort((a, b) => b.length - a.length)[0];
    if (name) {
      const { dir, entries } = packages.get(name)!;
      const sub = spec.slice(name.length + 1);
      if (sub) out.push(norm(path.posix.join(dir, sub)), norm(path.posix.join(dir, 'src', sub)));
      else out.push(...entries.map((e) => norm(path.posix.join(dir, e))), norm(path.posix.join(dir, 'src/index')), norm(path.posix.join(dir, 'index')));
    }
    return out;
  };
}
