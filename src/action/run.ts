import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AuditRun, Io } from '../cli/main';
import type { REPORTERS } from '../core/reporters';
import { oneLine } from '../core/reporters/escape';
import { ANNOTATIONS_PER_LEVEL } from '../core/reporters/github';

/** What the Action needs from the CLI engine (dist/engine.js), passed in so tests run it on the sources. */
export interface ActionDeps {
  auditRun: (pos: string[], options: Record<string, string | boolean>, io: Io) => Promise<AuditRun>;
  reporters: typeof REPORTERS;
  /** Whether an error is the user's to fix (bad input or usage: exit 2 with its message). */
  isUserError: (e: unknown) => boolean;
  /** `fetch`, for the SARIF upload. */
  fetch?: (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;
}

/** GitHub caps one step's summary at 1 MiB; stay under it. */
const SUMMARY_MAX_CHARS = 1_000_000;
/** A pull-request comment holds 65,536 characters. */
const COMMENT_MAX_CHARS = 60_000;

/** An input as GitHub passes it (`INPUT_<NAME>`, upper case, spaces as `_`), trimmed; '' when unset. */
function input(env: Io['env'], name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

const truthy = (s: string) => /^(true|yes|1|on)$/i.test(s);

/** The pull request of the event that started the run, if any. */
function pullRequest(env: Io['env']): { base?: string; head?: string } | undefined {
  if (!env.GITHUB_EVENT_PATH || !/^pull_request/.test(env.GITHUB_EVENT_NAME ?? '')) return undefined;
  try {
    const ev = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { base?: { sha?: string }; head?: { sha?: string } } };
    return { base: ev.pull_request?.base?.sha, head: ev.pull_request?.head?.sha };
  } catch {
    return undefined;
  }
}

/** Workflow-command data escaping (the message of `::error::`). */
const cmd = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/**
 * The GitHub Action: one audit, rendered as the log format, capped annotations,
 * a job summary with everything, a comment-ready Markdown file, a SARIF file
 * (uploaded to code scanning when asked) and step outputs. Returns the exit code.
 */
export async function runAction(io: Io, deps: ActionDeps): Promise<number> {
  const env = io.env;
  const workspace = env.GITHUB_WORKSPACE || io.cwd;
  const temp = env.RUNNER_TEMP || workspace;
  const pr = pullRequest(env);
  const options: Record<string, string | boolean> = { 'no-progress': true };
  for (const name of ['policy', 'config', 'baseline', 'fail-on', 'jobs']) {
    const v = input(env, name);
    if (v) options[name] = v;
  }
  const since = input(env, 'changed-since');
  if (since && since !== 'none') options['changed-since'] = since;
  else if (!since && pr?.base) options['changed-since'] = pr.base;
  const server = env.GITHUB_SERVER_URL;
  const repo = env.GITHUB_REPOSITORY;
  const head = pr?.head ?? env.GITHUB_SHA;
  if (server && repo && head) options['link-base'] = `${server}/${repo}/blob/${head}/`;
  const format = input(env, 'format') || 'text';
  options.format = format;

  let a: AuditRun;
  try {
    a = await deps.auditRun([input(env, 'root') || '.'], options, { ...io, cwd: workspace, stderrTty: false });
  } catch (e) {
    if (deps.isUserError(e)) {
      io.stdout(`::error title=Privacy Lens::${cmd(oneLine((e as Error).message))}\n`);
      return 2;
    }
    throw e;
  }
  const r = a.result;
  const REPORTERS = deps.reporters;

  // The log: the chosen format (annotations are written below, whatever the format).
  if (format !== 'github') io.stdout(REPORTERS[a.format](r, a.report));
  io.stdout(REPORTERS.github(r, a.report));

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]++;
  const notAnnotated = Math.max(0, counts.error - ANNOTATIONS_PER_LEVEL) + Math.max(0, counts.warning - ANNOTATIONS_PER_LEVEL) + Math.max(0, counts.info - ANNOTATIONS_PER_LEVEL);

  const summaryMd = REPORTERS.markdown(r, { ...a.report, maxChars: SUMMARY_MAX_CHARS - 200 });
  if (env.GITHUB_STEP_SUMMARY && input(env, 'summary') !== 'false') {
    const lead = notAnnotated ? `> ${notAnnotated} finding(s) beyond the ${ANNOTATIONS_PER_LEVEL} annotations per level that GitHub shows on a step are listed here.\n\n` : '';
    fs.appendFileSync(env.GITHUB_STEP_SUMMARY, `${lead}${summaryMd}\n`);
  }
  const commentFile = path.join(temp, 'privacy-lens-comment.md');
  fs.writeFileSync(commentFile, REPORTERS.markdown(r, { ...a.report, maxChars: COMMENT_MAX_CHARS, overflowHint: 'the full list is in the job summary' }));
  const sarifFile = path.join(temp, 'privacy-lens.sarif');
  const sarifText = REPORTERS.sarif(r, a.report);
  fs.writeFileSync(sarifFile, sarifText);
  const output = input(env, 'output');
  if (output) fs.writeFileSync(path.resolve(workspace, output), REPORTERS[a.format](r, { ...a.report, color: false }));

  if (truthy(input(env, 'upload-sarif'))) {
    const failed = await uploadSarif(env, sarifText, deps);
    if (failed) io.stdout(`::warning title=Privacy Lens::${cmd(failed)}\n`);
  }
  if (env.GITHUB_OUTPUT) {
    fs.appendFileSync(env.GITHUB_OUTPUT, [`findings=${r.findings.length}`, `errors=${counts.error}`, `sarif-file=${sarifFile}`, `comment-file=${commentFile}`, `exit-code=${a.exitCode}`, ''].join('\n'));
  }
  return a.exitCode;
}

/**
 * Uploads to code scanning (POST /repos/{owner}/{repo}/code-scanning/sarifs: gzip,
 * base64). Needs `permissions: security-events: write`. Returns why it failed, or ''.
 */
async function uploadSarif(env: Io['env'], sarifText: string, deps: ActionDeps): Promise<string> {
  const token = input(env, 'token');
  const f = deps.fetch ?? (globalThis.fetch as unknown as ActionDeps['fetch']);
  if (!token || !env.GITHUB_REPOSITORY || !env.GITHUB_SHA || !env.GITHUB_REF || !f) return 'upload-sarif: no token, repository, commit or ref to upload for; the SARIF file is in the step output sarif-file';
  const api = env.GITHUB_API_URL || 'https://api.github.com';
  const res = await f(`${api}/repos/${env.GITHUB_REPOSITORY}/code-scanning/sarifs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json', 'x-github-api-version': '2022-11-28' },
    body: JSON.stringify({ commit_sha: env.GITHUB_SHA, ref: env.GITHUB_REF, sarif: gzipSync(sarifText).toString('base64'), tool_name: 'privacy-lens' }),
  });
  if (res.ok) return '';
  const why = (await res.text()).slice(0, 200);
  return `upload-sarif: code scanning answered ${res.status}${res.status === 403 ? ' (the job needs permissions: security-events: write)' : ''}: ${oneLine(why)}`;
}
