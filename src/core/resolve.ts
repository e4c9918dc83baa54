import path from 'node:path';
import { MAX_CONFIG_BYTES } from './config';
import { readBounded } from './read';

/** Maps an import specifier to candidate module paths (relative to the root, no extension), or none. */
export type ModuleResolver = (fromFile: string, spec: string) => string[];

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    // tsconfig files may hold comments and trailing commas.
    // Comments only outside strings: `"@/*": ["./*"]` and `"**/*.ts"` hold comment-like text.
    const text = readBounded(file, MAX_CONFIG_BYTES)
      .toString('utf8')
      .replace(/("(?:[^"\\\n]|\\.)*")|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (_m: string, str: string | undefined) => str ?? '')
      .replace(/,(\s*[}\]])/g, '$1');
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

/** `paths` of a tsconfig (following relative `extends`), with the directory they are relative to. */
function compilerPaths(root: string, file: string, depth = 0): { baseDir: string; paths: [string, string[]][] } | undefined {
  const json = readJson(path.join(root, file));
  if (!json || depth > 3) return undefined;
  const dir = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
  const opts = (json.compilerOptions ?? {}) as { baseUrl?: string; paths?: Record<string, string[]> };
  if (opts.paths) return { baseDir: norm(path.posix.join(dir, opts.baseUrl ?? '.')), paths: Object.entries(opts.paths) };
  const ext = typeof json.extends === 'string' && json.extends.startsWith('.') ? norm(path.posix.join(dir, json.extends.endsWith('.json') ? json.extends : `${json.extends}.json`)) : undefined;
  return ext ? compilerPaths(root, ext, depth + 1) : undefined;
}

/** Targets of a package's `exports` for a subpath (`./job`, `./job/*`), without extension. */
function subpathExport(exports: unknown, sub: string): string[] {
  if (!exports || typeof exports !== 'object') return [];
  const map = exports as Record<string, unknown>;
  const out: string[] = [];
  const pick = (v: unknown, mid = ''): void => {
    if (typeof v === 'string') out.push(v.replace('*', mid).replace(/\.(d\.ts|js|mjs|cjs|ts|tsx)$/, ''));
    else if (v && typeof v === 'object') for (const k of ['types', 'import', 'default', 'require', 'source']) pick((v as Record<string, unknown>)[k], mid);
  };
  if (map[`./${sub}`] !== undefined) pick(map[`./${sub}`]);
  for (const [k, v] of Object.entries(map)) {
    const star = k.indexOf('*');
    if (star > 0 && `./${sub}`.startsWith(k.slice(0, star)) && `./${sub}`.endsWith(k.slice(star + 1))) pick(v, `./${sub}`.slice(star, `./${sub}`.length - (k.length - star - 1)));
  }
  return out;
}

/**
 * Resolves workspace packages (npm/yarn/pnpm workspaces: any package.json under the root) and
 * tsconfig `paths`, without node_modules: `@acme/email` → packages/email/src/index.
 */
export function createResolver(root: string, files: string[]): ModuleResolver {
  const packages = new Map<string, { dir: string; entries: string[]; exports: unknown }>();
  const dirs = new Set<string>();
  for (const f of files) {
    let d = path.posix.dirname(f);
    while (d && d !== '.' && !dirs.has(d)) {
      dirs.add(d);
      d = path.posix.dirname(d);
    }
  }
  dirs.add('');
  const pkgDirs: string[] = [''];
  for (const d of dirs) {
    const pkg = readJson(path.join(root, d, 'package.json'));
    if (pkg && d) pkgDirs.push(d);
    if (pkg && typeof pkg.name === 'string' && !packages.has(pkg.name)) packages.set(pkg.name, { dir: d, entries: entryOf(pkg), exports: pkg.exports });
  }
  // Every package's own tsconfig (monorepos): its `paths` apply to the files under it; `extends` is followed.
  const configs: { dir: string; baseDir: string; paths: [string, string[]][] }[] = [];
  for (const d of pkgDirs) {
    const c = compilerPaths(root, d ? `${d}/tsconfig.json` : 'tsconfig.json') ?? (d ? undefined : compilerPaths(root, 'tsconfig.base.json'));
    if (c && c.paths.length) configs.push({ dir: d, ...c });
  }
  configs.sort((a, b) => b.dir.length - a.dir.length);

  return (from, spec) => {
    if (spec.startsWith('.')) return [];
    const out: string[] = [];
    const cfg = configs.find((c) => c.dir === '' || from === c.dir || from.startsWith(`${c.dir}/`));
    for (const [pattern, targets] of cfg?.paths ?? []) {
      const star = pattern.indexOf('*');
      const prefix = star < 0 ? pattern : pattern.slice(0, star);
      const suffix = star < 0 ? '' : pattern.slice(star + 1);
      if (star < 0 ? spec !== pattern : !(spec.startsWith(prefix) && spec.endsWith(suffix))) continue;
      const mid = star < 0 ? '' : spec.slice(prefix.length, spec.length - suffix.length);
      for (const t of targets) out.push(norm(path.posix.join(cfg!.baseDir, t.replace('*', mid))).replace(/\.(d\.ts|js|ts|tsx)$/, ''));
    }
    const name = [...packages.keys()].filter((n) => spec === n || spec.startsWith(`${n}/`)).sort((a, b) => b.length - a.length)[0];
    if (name) {
      const { dir, entries, exports } = packages.get(name)!;
      const sub = spec.slice(name.length + 1);
      // `exports: { "./job": "./src/job.ts" }`: a subpath the package maps.
      if (sub) for (const e of subpathExport(exports, sub)) out.push(norm(path.posix.join(dir, e)));
      if (sub) out.push(norm(path.posix.join(dir, sub)), norm(path.posix.join(dir, 'src', sub)));
      else out.push(...entries.map((e) => norm(path.posix.join(dir, e))), norm(path.posix.join(dir, 'src/index')), norm(path.posix.join(dir, 'index')));
    }
    // SvelteKit's `$lib` alias lives in a generated tsconfig (.svelte-kit/), absent from a checkout: the app's src/lib.
    if (!out.length && spec.startsWith('$lib/')) {
      const app = [...pkgDirs].sort((a, b) => b.length - a.length).find((d) => d === '' || from.startsWith(`${d}/`)) ?? '';
      out.push(norm(path.posix.join(app, 'src/lib', spec.slice(5))));
    }
    return out;
  };
}
