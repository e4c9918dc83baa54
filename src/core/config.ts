import fs from 'node:fs';
import path from 'node:path';
import type { Severity } from './finding';
import { RULE_IDS } from './rules';

/** `.privacy-lens.json` */
export interface Config {
  policy?: string;
  include?: string[];
  exclude?: string[];
  rules?: Record<string, Severity | 'off'>;
  /** Hosts (and their subdomains) that belong to the product: requests there are not sharing. */
  ownHosts?: string[];
  baseline?: string;
}

export class ConfigError extends Error {}

export const CONFIG_FILE = '.privacy-lens.json';
const KEYS = new Set(['$schema', 'policy', 'include', 'exclude', 'rules', 'ownHosts', 'baseline']);
const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

function stringArray(file: string, key: string, v: unknown): string[] {
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new ConfigError(`${file}: "${key}" must be an array of strings`);
  return v;
}

/** Validates a parsed config object; every problem names the file and the key. */
export function validateConfig(file: string, raw: unknown): Config {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${file}: the config must be a JSON object`);
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!KEYS.has(k)) throw new ConfigError(`${file}: unknown key "${k}" (known: ${[...KEYS].filter((x) => x !== '$schema').join(', ')})`);
  const cfg: Config = {};
  if (obj.policy !== undefined) {
    if (typeof obj.policy !== 'string' || !obj.policy) throw new ConfigError(`${file}: "policy" must be a non-empty string`);
    cfg.policy = obj.policy;
  }
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
      if (!RULE_IDS.includes(id)) throw new ConfigError(`${file}: unknown rule "${id}" in "rules" (known: ${RULE_IDS.join(', ')})`);
      if (typeof sev !== 'string' || !SEVERITIES.has(sev)) throw new ConfigError(`${file}: rule "${id}" must be one of error, warning, info, off`);
      rules[id] = sev as Severity | 'off';
    }
    cfg.rules = rules;
  }
  return cfg;
}

/** Reads a config file; a missing default config is an empty config, a missing explicit one an error. */
export function loadConfig(root: string, explicit?: string): { config: Config; file?: string } {
  const file = explicit ? path.resolve(explicit) : path.join(root, CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (!explicit && (e as NodeJS.ErrnoException).code === 'ENOENT') return { config: {} };
    throw new ConfigError(`${file}: cannot read the config (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const where = m ? ` at line ${text.slice(0, Number(m[1])).split('\n').length}` : '';
    throw new ConfigError(`${file}: invalid JSON${where} (${(e as Error).message.replace(/^.*?: /, '')})`);
  }
  return { config: validateConfig(file, raw), file };
}
