// Benchmark: generates a deterministic synthetic workspace (models, handlers, SDK calls,
// retention settings), then measures in one run
//   1. the parse floor: ts.createSourceFile + a full node walk over every file;
//   2. the audit in this thread (fact extraction + rules);
//   3. the CLI audit as a user runs it, in one thread and with --jobs 2.
// Prints files/s, lines/s, peak memory and the audit/parse ratio. No assertions.
//
//   npm run bench [-- --files 2000]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const argFiles = process.argv.indexOf('--files');
const FILES = argFiles > 0 ? Number(process.argv[argFiles + 1]) : 2000;
const ws = path.join(root, '.bench', `ws-${FILES}`);

// ── deterministic generator ─────────────────────────────────────────────
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const FIELDS = ['id: string', 'email: string', 'fullName: string', 'companyName: string', 'createdAt: Date', 'status: string', 'planId: string', 'seats: number', 'hostname: string', 'serialNumber: string', 'osVersion: string', 'lastSeenAt: Date', 'notes?: string', 'timezone: string', 'homePhone?: string', 'dateOfBirth?: string', 'emailQueueSize: number', 'isActive: boolean'];
const ENTITIES = ['Account', 'Device', 'Ticket', 'Invoice', 'Session', 'Agent', 'Policy', 'Alert', 'Script', 'Patch'];
const SDKS = [
  ["import * as Sentry from '@sentry/node';", (v) => `Sentry.setUser({ id: ${v}.id, email: ${v}.email });`],
  ["import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('t');", (v) => `mp.track('seen', { distinct_id: ${v}.id });`],
  ["import Stripe from 'stripe';\nconst stripe = new Stripe('k');", (v) => `void stripe.customers.update(${v}.id, { email: ${v}.email });`],
  ["import axios from 'axios';", (v) => `void axios.post('https://events.it-rays.pro/v1/e', { id: ${v}.id });`],
];

function model(i) {
  const name = `${pick(ENTITIES)}${i}`;
  const fields = Array.from({ length: 6 + Math.floor(rand() * 10) }, () => pick(FIELDS));
  return `/** ${name} record. */\nexport interface ${name} {\n${[...new Set(fields)].map((f) => `  ${f};`).join('\n')}\n}\n\nexport function make${name}(input: Partial<${name}>): ${name} {\n  return { ...(input as ${name}) };\n}\n`;
}

function handler(i) {
  const [imp, call] = pick(SDKS);
  const body = Array.from({ length: 8 + Math.floor(rand() * 20) }, (_, k) => `  const step${k} = await load(${k}, record.id);\n  if (!step${k}) throw new Error('missing ${k}');`).join('\n');
  return `${imp}\n\nasync function load(n: number, id: string): Promise<boolean> {\n  return n >= 0 && id.length > 0;\n}\n\nexport async function handle${i}(record: { id: string; email: string }): Promise<void> {\n${body}\n  ${call('record')}\n}\n`;
}

function retention(i) {
  return `import { subDays } from 'date-fns';\n\nconst JOB_${i}_RETENTION_DAYS = ${pick([30, 60, 90, 120, 365])};\n\nexport async function purge${i}(db: any, now = new Date()): Promise<void> {\n  await db.deviceEvent.deleteMany({ where: { createdAt: { lt: subDays(now, JOB_${i}_RETENTION_DAYS) } } });\n}\n`;
}

function generate() {
  if (fs.existsSync(path.join(ws, '.done'))) return;
  fs.rmSync(ws, { recursive: true, force: true });
  for (let i = 0; i < FILES; i++) {
    const kind = i % 10 < 5 ? 'models' : i % 10 < 9 ? 'handlers' : 'jobs';
    const dir = path.join(ws, 'packages', `pkg${i % 20}`, 'src', kind);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `f${i}.ts`), kind === 'models' ? model(i) : kind === 'handlers' ? handler(i) : retention(i));
  }
  fs.copyFileSync(path.join(root, 'examples', 'it-rays', 'privacy-policy.txt'), path.join(ws, 'privacy-policy.txt'));
  fs.writeFileSync(path.join(ws, '.done'), '');
}

// ── measurement ─────────────────────────────────────────────────────────
generate();
const benchCore = path.join(root, '.bench', 'core.cjs');
await build({ entryPoints: [path.join(here, 'core-entry.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: benchCore, logLevel: 'warning' });
const { audit, listSourceFiles, ts } = await import(benchCore);

const files = listSourceFiles(ws).files;
const texts = files.map((f) => fs.readFileSync(path.join(ws, f), 'utf8'));
const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);

function parseFloor() {
  const t0 = performance.now();
  let nodes = 0;
  texts.forEach((t, i) => {
    const sf = ts.createSourceFile(files[i], t, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (n) => {
      nodes++;
      ts.forEachChild(n, visit);
    };
    visit(sf);
  });
  return { ms: performance.now() - t0, nodes };
}

async function auditOnce() {
  const t0 = performance.now();
  const r = await audit({ root: ws });
  return { ms: performance.now() - t0, findings: r.findings.length };
}

// Warm up the JIT once, then take the best of three for each.
parseFloor();
await auditOnce();
const parse = [parseFloor(), parseFloor(), parseFloor()].sort((a, b) => a.ms - b.ms)[0];
const single = [await auditOnce(), await auditOnce(), await auditOnce()].sort((a, b) => a.ms - b.ms)[0];
const peakMb = process.resourceUsage().maxRSS / 1024;

function cliAudit(jobs) {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'audit', ws, '--format', 'json', '--fail-on', 'none', '--no-progress', '--jobs', String(jobs)], { maxBuffer: 1 << 30 });
  return { ms: performance.now() - t0, findings: JSON.parse(out.toString()).findings.length };
}
const cli1 = cliAudit(1);
const cli2 = cliAudit(2);

// ── large-file case: one 10,000-member record used by 10,000 functions (generated API clients look like this) ──
const big = path.join(root, '.bench', 'large-file');
const MEMBERS = 10_000;
if (!fs.existsSync(path.join(big, 'src', 'big.ts'))) {
  fs.mkdirSync(path.join(big, 'src'), { recursive: true });
  const lines = ['export interface Big {', ...Array.from({ length: MEMBERS }, (_, i) => `  field${i}Email: string;`), '}', "import * as Sentry from '@sentry/node';"];
  for (let i = 0; i < MEMBERS; i++) lines.push(`export function f${i}(b: Big) { Sentry.setUser(b); }`);
  fs.writeFileSync(path.join(big, 'src', 'big.ts'), `${lines.join('\n')}\n`);
  fs.writeFileSync(path.join(big, 'PRIVACY.md'), '# Privacy\n\n## What we collect\n\n- Your name.\n');
}
const t1 = performance.now();
const bigResult = await audit({ root: big });
const bigMs = performance.now() - t1;

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`workspace: ${fmt(files.length)} files, ${fmt(lines)} lines (${path.relative(root, ws)})`);
console.log(`parse floor (createSourceFile + walk, 1 thread): ${fmt(parse.ms)} ms, ${fmt(parse.nodes)} nodes`);
console.log(`audit in-process (1 thread):                     ${fmt(single.ms)} ms, ${fmt((files.length / single.ms) * 1000)} files/s, ${fmt((lines / single.ms) * 1000)} lines/s, ${single.findings} findings`);
console.log(`audit / parse floor:                              ${(single.ms / parse.ms).toFixed(2)}x`);
console.log(`CLI audit, 1 thread (process start included):    ${fmt(cli1.ms)} ms, ${fmt((files.length / cli1.ms) * 1000)} files/s, ${cli1.findings} findings`);
console.log(`CLI audit, --jobs 2 (main + 1 worker thread):   ${fmt(cli2.ms)} ms, ${fmt((files.length / cli2.ms) * 1000)} files/s, ${cli2.findings} findings`);
console.log(`large file (${fmt(MEMBERS)}-member record, ${fmt(MEMBERS)} uses, ${fmt(2 * MEMBERS + 3)} lines): ${fmt(bigMs)} ms in-process, ${bigResult.findings.length} findings`);
console.log(`peak RSS of the benchmark process:               ${fmt(peakMb)} MB`);
