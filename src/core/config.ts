import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot, staysInside } from './contain';
import type { Severity } from './finding';
import type { Correction } from './policy/corrections';
import { JsonSyntaxError, parseJson } from './json';
import { MB, ReadRefusal, readBounded } from './read';
import { RULE_IDS } from './rules';

/** `.privacy-lens.json` */
export interface Config {
  /** One policy document, or several (privacy policy, sub-processor list, cookie policy). */
  policy?: string | string[];
  /** Corrections of the policy reading, each with a reason (see policy/corrections.ts). */
  corrections?: Correction[];
  include?: string[];
  exclude?: string[];
  rules?: Record<string, Severity | 'off'>;
  /** Hosts (and their subdomains) that belong to the product: requests there are not sharing. */
  ownHosts?: string[];
  baseline?: string;
}

export class ConfigError extends Error {}

export const CONFIG_FILE = '.privacy-lens.json';
const KEYS = new Set(['$schema', 'policy', 'include', 'exclude', 'rules', 'ownHosts', 'baseline', 'corrections']);
const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

function stringArray(file: string, key: string, v: unknown): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new ConfigError(`${file}: "${key}" must be an array of strings`);
  return v;
}

/** Corrections of the policy reading: each an object with one action and a non-empty "reason". */
function validateCorrections(file: string, v: unknown): Correction[] {
  if (!Array.isArray(v)) throw new ConfigError(`${file}: "corrections" must be an array`);
  return v.map((c, i) => {
    const at = `${file}: "corrections"[${i}]`;
    if (!c || typeof c !== 'object' || Array.isArray(c)) throw new ConfigError(`${at} must be an object`);
    const o = c as Record<string, unknown>;
    if (typeof o.reason !== 'string' || !o.reason.trim()) throw new ConfigError(`${at} needs a "reason" (why the reading is corrected)`);
    const strings = (x: unknown) => Array.isArray(x) && x.length > 0 && x.every((y) => typeof y === 'string' && /^user(\.[a-z_]+)*$/.test(y));
    if (typeof o.ignoreClause === 'string' && o.ignoreClause) return { ignoreClause: o.ignoreClause, reason: o.reason };
    if (o.collect !== undefined) {
      if (!strings(o.collect)) throw new ConfigError(`${at}: "collect" must be an array of category ids such as "user.contact.email"`);
      return { collect: o.collect as string[], reason: o.reason };
    }
    if (o.share !== undefined) {
      if (typeof o.share !== 'string' || !o.share) throw new ConfigError(`${at}: "share" must name a recipient (a vendor such as "Sentry", or a kind such as "analytics")`);
      if (o.data !== undefined && !strings(o.data)) throw new ConfigError(`${at}: "data" must be an array of category ids`);
      return { share: o.share, ...(o.data ? { data: o.data as string[] } : {}), reason: o.reason };
    }
    if (o.retain !== undefined) {
      if (typeof o.retain !== 'string' || !o.retain || typeof o.days !== 'number' || !(o.days >= 0)) throw new ConfigError(`${at}: "retain" needs the data it is about and "days", a number`);
      return { retain: o.retain, days: o.days, reason: o.reason };
    }
    throw new ConfigError(`${at} must have one of "ignoreClause", "collect", "share" or "retain"`);
  });
}

/** Validates a parsed config object; every problem names the file and the key. */
export function validateConfig(file: string, raw: unknown): Config {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${file}: the config must be a JSON object`);
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!KEYS.has(k)) throw new ConfigError(`${file}: unknown key ${JSON.stringify(k)} (known: ${[...KEYS].filter((x) => x !== '$schema').join(', ')})`);
  const cfg: Config = {};
  if (obj.policy !== undefined) {
    const ok = (typeof obj.policy === 'string' && obj.policy) || (Array.isArray(obj.policy) && obj.policy.length && obj.policy.every((p) => typeof p === 'string' && p));
    if (!ok) throw new ConfigError(`${file}: "policy" must be a non-empty string or an array of them`);
    cfg.policy = obj.policy as string | string[];
  }
  if (obj.corrections !== undefined) cfg.corrections = validateCorrections(file, obj.corrections);
  if (obj.baseline !== undefined) {
    if (typeof obj.baseline !== 'string') throw new ConfigError(`${file}: "baseline" must be a string`);
    cfg.baseline = obj.baseline;
  }
  if (obj.include !== undefined) cfg.include = stringArray(file, 'include', obj.include);
  if (obj.exclude !== undefined) cfg.exclude = stringArray(file, 'exclude', obj.exclude);
  if (obj.ownHosts !== undefined) cfg.ownHosts = stringArray(file, 'ownHosts', obj.ownHosts).map((h) => h.toLowerCase());
  if (obj.rules !== undefined) {
    if (!obj.rules || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) throw new ConfigError(`${file}: "rules" must be an object of rule id → severity`);
    const rules: Record<string, Severity | 'off'> = {};
    for (const [id, sev] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (!RULE_IDS.includes(id)) throw new ConfigError(`${file}: unknown rule ${JSON.stringify(id)} in "rules" (known: ${RULE_IDS.join(', ')})`);
      if (typeof sev !== 'string' || !SEVERITIES.has(sev)) throw new ConfigError(`${file}: rule ${JSON.stringify(id)} must be one of error, warning, info, off`);
      rules[id] = sev as Severity | 'off';
    }
    cfg.rules = rules;
  }
  return cfg;
}

export const MAX_CONFIG_BYTES = 1 * MB;

/**
 * Reads a config file; a missing default config is an empty config, a missing explicit one an error.
 * The default config comes with the repository, so it must not lead outside it (`within`, default the
 * repository root); an explicit one is the user's choice. Only a regular file of at most 1 MB is read.
 */
export function loadConfig(root: string, explicit?: string, within?: string): { config: Config; file?: string } {
  const file = explicit ? path.resolve(explicit) : path.join(root, CONFIG_FILE);
  if (!explicit && fs.existsSync(file) && !staysInside(within ?? repositoryRoot(root), file)) throw new ConfigError(`${file}: symbolic link leaves the repository, refused`);
  let text: string;
  try {
    text = readBounded(file, MAX_CONFIG_BYTES).toString('utf8');
  } catch (e) {
    if (!(e instanceof ReadRefusal)) throw e;
    if (!explicit && e.kind === 'missing') return { config: {} };
    throw new ConfigError(`${file}: ${e.describe('config')}`);
  }
  let raw: unknown;
  try {
    raw = parseJson(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw new ConfigError(`${file}: ${e.message}`);
    throw e;
  }
  return { config: validateConfig(file, raw), file };
}
