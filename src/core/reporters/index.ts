import type { AuditResult } from '../audit';
import { codeclimate } from './codeclimate';
import { github } from './github';
import { html } from './html';
import { json } from './json';
import { markdown } from './markdown';
import type { ReportOptions } from './options';
import { sarif } from './sarif';
import { text } from './text';

export type { ReportOptions } from './options';
export type ReporterName = 'text' | 'json' | 'sarif' | 'markdown' | 'github' | 'html' | 'codeclimate';
export const REPORTER_NAMES: readonly ReporterName[] = ['text', 'json', 'sarif', 'markdown', 'github', 'html', 'codeclimate'];

/** Every reporter is a pure function of the audit result. */
export const REPORTERS: Record<ReporterName, (r: AuditResult, opts?: ReportOptions) => string> = { text, json, sarif, markdown, github, html, codeclimate };
