import path from 'node:path';
import type { CallSiteFact, FieldFact, FileFacts, InputFact, RetentionFact, SinkFact } from './analysis/types';
import { hostOf } from './analysis/values';
import { serviceForHost } from './catalog';

/** Priority of where a field is "the model": schemas and entities first, ad-hoc parameter types last. */
const FIELD_PRIORITY: Record<FieldFact['kind'], number> = { prisma: 0, entity: 1, schema: 2, graphql: 3, class: 4, interface: 5, type: 6, form: 7, param: 8 };

export interface FieldGroup {
  primary: FieldFact & { file: string };
  others: (FieldFact & { file: string })[];
}

export interface ResolvedSink extends SinkFact {
  file: string;
  /** Call sites that supplied the data through a helper's parameters. */
  callers?: { file: string; line: number; column: number; callee: string }[];
}

/** The facts of every file joined: one place per field, sinks with resolved hosts, own hosts removed. */
export interface ProjectIndex {
  files: FileFacts[];
  fieldGroups: FieldGroup[];
  inputs: (InputFact & { file: string })[];
  sinks: ResolvedSink[];
  retention: (RetentionFact & { file: string })[];
}

/** Registrable domain: `events.it-rays.pro` → `it-rays.pro`, `api.example.co.uk` → `example.co.uk`. */
export function registrableDomain(host: string): string {
  const parts = host.toLowerCase().split('.');
  if (parts.length <= 2) return parts.join('.');
  const sld = parts[parts.length - 2];
  const twoLevel = parts[parts.length - 1].length === 2 && /^(co|com|org|net|gov|ac|edu)$/.test(sld);
  return parts.slice(twoLevel ? -3 : -2).join('.');
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
  if (h === 'localhost' || /^127\.|^0\.0\.0\.0$|^\[?::1\]?$|\.local$|\.internal$|\.svc$|\.cluster\.local$/.test(h)) return true;
  return ownHosts.some((o) => h === o || h.endsWith(`.${o}`));
}

const EXTS = ['.ts', '.tsx', '.js', '.jsx', '.mts', '.cts', '.mjs', '.cjs'];

function resolveModule(from: string, spec: string, byFile: Map<string, FileFacts>): FileFacts | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  const stripped = base.replace(/\.(js|jsx|mjs|cjs)$/, '');
  for (const cand of [base, ...EXTS.map((e) => stripped + e), ...EXTS.map((e) => `${base}/index${e}`)]) {
    const f = byFile.get(cand);
    if (f) return f;
  }
  return undefined;
}

/** Calls of function `fn` defined in `def`: in its own file by name, elsewhere through an import of that name. */
function callSitesOf(def: FileFacts, fn: string, files: FileFacts[], byFile: Map<string, FileFacts>): (CallSiteFact & { file: string })[] {
  const out: (CallSiteFact & { file: string })[] = [];
  for (const f of files) {
    const locals = f === def ? [fn] : f.imports.filter((i) => i.imported === fn && i.module.startsWith('.') && resolveModule(f.file, i.module, byFile) === def).map((i) => i.local);
    for (const c of f.callSites) if (locals.includes(c.callee)) out.push({ ...c, file: f.file });
  }
  return out;
}

export function buildProject(files: FileFacts[], ownHosts: string[]): ProjectIndex {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const groups = new Map<string, (FieldFact & { file: string })[]>();
  for (const f of files) {
    for (const fld of f.fields) {
      const key = `${fld.name.toLowerCase()}|${fld.category}`;
      const list = groups.get(key) ?? [];
      list.push({ ...fld, file: f.file });
      groups.set(key, list);
    }
  }
  const fieldGroups: FieldGroup[] = [...groups.values()].map((list) => {
    const sorted = [...list].sort((a, b) => FIELD_PRIORITY[a.kind] - FIELD_PRIORITY[b.kind] || a.file.localeCompare(b.file) || a.line - b.line);
    return { primary: sorted[0], others: sorted.slice(1) };
  });
  const fieldCategories = new Set(fieldGroups.map((g) => g.primary.category));
  const inputs = files.flatMap((f) => f.inputs.filter((i) => !fieldCategories.has(i.category)).map((i) => ({ ...i, file: f.file })));

  const sinks: ResolvedSink[] = [];
  for (const f of files) {
    for (const s of f.sinks) {
      let sink: ResolvedSink = { ...s, file: f.file, data: [...s.data] };
      for (const p of s.params ?? []) {
        for (const site of callSitesOf(f, p.fn, files, byFile)) {
          for (const d of site.args[p.index] ?? []) if (!sink.data.some((x) => x.category === d.category && x.name === d.name)) sink.data.push({ ...d, file: site.file });
          if ((site.args[p.index] ?? []).length) (sink.callers ??= []).push({ file: site.file, line: site.line, column: site.column, callee: site.callee });
        }
      }
      if (!sink.data.length) continue;
      if (s.pendingUrl) {
        const target = resolveModule(f.file, s.pendingUrl.module, byFile);
        const value = target?.constants[s.pendingUrl.name];
        const host = typeof value === 'string' ? hostOf(value + s.pendingUrl.suffix) : undefined;
        if (!host) continue;
        sink = { ...sink, host, service: serviceForHost(host)?.id, via: sink.via.replace(/\{[^}]*\}/, String(value)), pendingUrl: undefined };
      }
      if (!sink.service && (!sink.host || isOwnHost(sink.host, ownHosts))) continue;
      if (sink.service && sink.host && isOwnHost(sink.host, ownHosts)) continue;
      sinks.push(sink);
    }
  }
  const retention = files.flatMap((f) => f.retention.map((r) => ({ ...r, file: f.file })));
  return { files, fieldGroups, inputs, sinks, retention };
}
