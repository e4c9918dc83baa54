import * as vscode from 'vscode';
import type { Severity } from '../core/finding';
import { RULE_IDS } from '../core/rules';

export interface Settings {
  /** `privacyLens.enable`: false turns the extension off for the folder. */
  enable: boolean;
  /** Policy path relative to the workspace folder; empty means discovery. */
  /** One policy document, or several. */
  policy: string | string[] | undefined;
  include: string[] | undefined;
  exclude: string[] | undefined;
  rules: Record<string, Severity | 'off'> | undefined;
  analyzeAsYouType: boolean;
  debounceMs: number;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.length && v.every((x) => typeof x === 'string') ? v : undefined;
}

/** Reads and normalizes the settings for one resource; never cached, so changes apply at once. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('privacyLens', scope);
  const raw = c.get<string | string[]>('policy');
  const policy = typeof raw === 'string' ? raw.trim() : strings(raw)?.map((x) => x.trim()).filter(Boolean);
  const rawRules = c.get<Record<string, unknown>>('rules') ?? {};
  const rules: Record<string, Severity | 'off'> = {};
  for (const [id, sev] of Object.entries(rawRules)) if (RULE_IDS.includes(id) && typeof sev === 'string' && SEVERITIES.has(sev)) rules[id] = sev as Severity | 'off';
  const debounce = c.get<number>('debounceMs');
  return {
    enable: c.get<boolean>('enable') !== false,
    policy: policy && policy.length ? policy : undefined,
    include: strings(c.get('include')),
    exclude: strings(c.get('exclude')),
    rules: Object.keys(rules).length ? rules : undefined,
    analyzeAsYouType: c.get<boolean>('analyzeAsYouType') !== false,
    debounceMs: typeof debounce === 'number' && debounce >= 0 && debounce <= 5000 ? debounce : 300,
  };
}
