import { type Block, MAX_BLOCK_CHARS, parsePlainText, splitLongParagraphs } from './document/blocks';
import { splitSentences } from './sentences';
import { componentScripts, parseHtml } from './document/html';
import { parseJsxPage } from './document/jsx';
import { parseMarkdown } from './document/markdown';
import { parsePug } from './document/pug';
import { PugSyntaxError } from '../pug';
import { parseJsonPolicy } from './document/json';
import { checkConsistency } from './consistency';

/** "runs entirely in your browser with no backend servers", "there are no backend servers": a product with no servers of its own. */
const RUNS_LOCALLY = /\b(?:runs|operates|works|functions|is processed) (?:entirely|completely|fully|only) (?:in|on|within) (?:your|the user['’]s) (?:own )?(?:browser|device|computer|phone)\b[^.;]*?\b(?:no|without (?:any )?)(?:backend|back-end|external|remote)? ?servers?\b|\b(?:has|have|uses?|there (?:is|are)) no (?:backend|back-end) (?:servers?|services?)\b|\bno (?:backend|back-end) servers?\b/i;
import { LEGAL_FORMS, ORGANISATION_WORD } from './lexicon';
import type { Clause, Declaration, Policy, PolicyNote } from './model';
import type { ReaderContext } from './reading';
import { declarationsOf, splitLabel } from './statements';
import { matchRecipients, serviceForHost } from '../catalog';
import { splitWords } from '../taxonomy/tokens';
import { joinDataLists, narrowBansToListBefore } from './lists';

export * from './model';
export { sectionOf } from './sections';

/** A policy that cannot be used, with a message naming the file and the problem. */
export class PolicyError extends Error {}

/** Largest policy document read (characters); a longer one is refused with a message. */
export const MAX_POLICY_CHARS = 2 * 1024 * 1024;

export function detectFormat(file: string, text: string): Policy['format'] {
  const lower = file.toLowerCase();
  // (A page or a template whose content is Markdown — `{% markdown %}`, Jekyll's HTML layouts — reads as Markdown.)
  // (A page saved with no tag in it is the text it holds: plain text or Markdown under an .html name.)
  if (/\.(html?|xhtml)$/.test(lower)) return !/<[a-z!/][^>]*>/i.test(text) ? (/^#{1,6}\s/m.test(text) ? 'markdown' : 'text') : markdownInside(text) ? 'markdown' : 'html';
  if (/\.(md|mdx|markdown)$/.test(lower)) return 'markdown';
  if (/\.(txt|text)$/.test(lower)) return 'text';
  if (/\.(tsx|jsx|ts|js)$/.test(lower)) return 'jsx';
  if (/\.json$/.test(lower)) return 'json';
  // Server templates and single-file components (ERB, ECR, EJS, Handlebars, Nunjucks, Jinja, Twig, Liquid, PHP, Vue,
  // Svelte, Astro) are HTML with a template language's tags in between.
  if (/\.(erb|ecr|ejs|hbs|handlebars|mustache|njk|jinja2?|j2|twig|liquid|php|cshtml)$/.test(lower)) return markdownInside(text) ? 'markdown' : 'html';
  if (/\.(vue|svelte|astro)$/.test(lower)) return 'html';
  // (Pug is HTML written as indented tags: read with its own lexer.)
  if (/\.(pug|jade)$/.test(lower)) return 'html';
  if (/^\s*(<!doctype html|<html|<body|<h1)/i.test(text)) return 'html';
  // Any other file whose text is mostly block elements.
  if ((text.match(HTML_BLOCKS)?.length ?? 0) >= 3) return 'html';
  if (/^#{1,6}\s/m.test(text)) return 'markdown';
  return 'text';
}

/** HTML block elements a page is made of (`<p>`, `<h2>`, `<li>`). */
const HTML_BLOCKS = /<(?:p|h[1-6]|li|ul|ol|table|section|article)\b[^>]*>/gi;

/** A page or template whose text is Markdown: Markdown headings, and hardly an HTML block element. */
function markdownInside(text: string): boolean {
  return /^#{1,6}\s+\S/m.test(text) && (text.match(HTML_BLOCKS)?.length ?? 0) < 3;
}

/** A template language's statements and comments (`{% extends "base.html" %}`, `{# … #}`), blanked line for line. */
function withoutTemplateTags(text: string): string {
  return text.replace(/\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, (m) => m.replace(/[^\n]/g, ' '));
}

function slug(s: string, words = 6): string {
  const out: string[] = [];
  for (const m of s.toLowerCase().matchAll(/[a-z0-9]+/g)) {
    out.push(m[0]);
    if (out.length >= words) break;
  }
  return out.join('-') || 'clause';
}

/** Groups blocks into clauses: every item and paragraph under its heading path. */
export function clausesOf(blocks: Block[], prefix = ''): Clause[] {
  const clauses: Clause[] = [];
  const path: { level: number; text: string; line: number }[] = [];
  const seen = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind === 'heading') {
      while (path.length && path[path.length - 1].level >= b.level) path.pop();
      path.push({ level: b.level, text: b.text.slice(0, 200), line: b.line });
      continue;
    }
    const headingPath = path.map((p) => p.text);
    const section = headingPath.length ? slug(headingPath[headingPath.length - 1], 5) : 'preamble';
    const { label } = b.cells ? { label: undefined } : splitLabel(b.text);
    const base = `${prefix}${section}/${slug(label ?? b.cells?.[0] ?? b.text)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const firstCell = b.cells?.find(Boolean);
    const title = label ?? (firstCell && firstCell.length <= 72 ? firstCell : b.text.length > 72 ? `${b.text.slice(0, 70).replace(/\s+\S*$/, '')}…` : b.text);
    const clause: Clause = { id: n === 1 ? base : `${base}-${n}`, title, headingPath, headingLine: path[path.length - 1]?.line ?? 0, line: b.line, endLine: b.endLine, text: b.text };
    if (b.leadIn) clause.leadIn = b.leadIn;
    if (b.parent) clause.parent = b.parent;
    if (b.cells) {
      clause.cells = b.cells;
      if (b.header) clause.header = b.header;
    }
    clauses.push(clause);
  }
  return clauses;
}

/** Acronyms that are laws, regions or kinds of data, not a name ("GDPR may apply", "EU residents"). */
const NOT_A_NAME_ACRONYMS = new Set(['GDPR', 'CCPA', 'CPRA', 'EU', 'EEA', 'UK', 'US', 'USA', 'IP', 'API', 'APIS', 'URL', 'SMS', 'PII', 'AI', 'ID', 'DNT', 'GPC', 'FAQ', 'COPPA', 'HIPAA', 'FERPA', 'PIPEDA', 'LGPD', 'CSS', 'HTML', 'HTTP', 'HTTPS', 'SSL', 'TLS', 'JSON', 'SDK', 'OS', 'GPS', 'IT', 'WE', 'YOU', 'NOT', 'NO', 'OR', 'AND', 'ANY', 'ALL', 'DO']);

/** Capitalised words too common in policies to be the product's name. */
const COMMON_TITLE_WORDS = new Set(['we', 'our', 'you', 'your', 'the', 'this', 'if', 'for', 'in', 'to', 'privacy', 'policy', 'personal', 'data', 'information', 'service', 'services', 'site', 'website', 'users', 'user', 'when', 'such', 'these', 'any', 'as', 'and', 'or', 'with', 'by', 'it', 'some', 'all', 'what', 'how', 'who', 'where', 'cookies', 'cookie', 'company', 'platform', 'account', 'customer', 'customers', 'gdpr', 'california', 'european', 'eea', 'rights', 'contact', 'email', 'please', 'note', 'last', 'updated', 'effective', 'section', 'sub', 'processors']);

/**
 * Names the product uses for itself: its title ("Acme Privacy Policy"), its contact addresses
 * (privacy@acme.io), "Acme ("we")", "At Acme, we …". Links to other sites are not its own: a policy
 * links to its vendors. A name the catalog knows as a vendor is never the product.
 */
export function selfNames(text: string, blocks: Block[]): Set<string> {
  const names = new Set<string>();
  // The document's title: front matter's "title:", else its first heading.
  const front = /^---\s*\n[\s\S]{0,2000}?^title:\s*["']?([^"'\n]+)/m.exec(text);
  // (An HTML page's <title> — "Dark Reader Privacy Policy" — when its first heading is only "Privacy Policy".)
  // (A page component's title prop — `<OGMeta title="Privacy Policy - grain" />`, `<Seo title="Acme Privacy Policy">` — when
  // it names the document.)
  const htmlTitle = /<title[^>]*>([^<]{2,80})<\/title>/i.exec(text.slice(0, 5000))?.[1] ?? /\btitle=\{?["'`]([^"'`<>{}]{0,80}\b(?:privacy|cookie|data protection) (?:policy|notice|statement)\b[^"'`<>{}]{0,40})["'`]/i.exec(text.slice(0, 5000))?.[1];
  // ("Privacy Policy - Open Assistant", "Privacy Notice | Acme": the name after the document's kind.)
  for (const line of [...blocks.filter((b) => b.text.length <= 80).map((b) => b.text), htmlTitle ?? '']) {
    const after = /^(?:privacy|cookie|data protection) (?:policy|notice|statement)\s+[-–—|:]\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s*$/i.exec(line.trim());
    if (after) for (const w of after[1].toLowerCase().split(/\s+/)) if (w.length >= 3 && !COMMON_TITLE_WORDS.has(w)) names.add(w);
  }
  for (const title of [front?.[1] ?? blocks.find((b) => b.kind === 'heading')?.text ?? '', htmlTitle ?? '']) {
    const t = /^(.{2,40}?)(?:'s)?:?\s+(?:privacy|data protection|cookie)\b/i.exec(title.trim());
    if (t) for (const w of t[1].toLowerCase().split(/\s+/)) if (w.length >= 3 && !/^(the|our|app|inc|ltd|llc)$/.test(w)) names.add(w.replace(/[^a-z0-9.-]/g, ''));
  }
  for (const m of text.matchAll(/([a-z0-9._%+-]+)@([a-z0-9-]{3,40})\.(?:[a-z]{2,10})(?:\.[a-z]{2})?\b/gi)) {
    const domain = m[2].toLowerCase();
    // ("For PostHog-related privacy questions, you can also contact PostHog directly: privacy@posthog.com": a vendor's
    // address the policy gives for the vendor, not the product's own.)
    const vendor = serviceForHost(m[0].slice(m[0].indexOf('@') + 1).toLowerCase());
    // (The vendor named as a word, not a domain of it: "consult huggingface.co's main privacy policy … send an email to
    // privacy@huggingface.co" is the operator's own address.)
    const vendorWord = vendor ? new RegExp(`\\b${vendor.name.toLowerCase().split(/\s+/)[0].replace(/[^a-z0-9]/g, '')}\\b(?![.-]?[a-z])`, 'i') : undefined;
    if (vendorWord && vendorWord.test(text.slice(Math.max(0, m.index! - 160), m.index).replace(/\b[\w.-]+\.(?:com|co|io|ai|org|net|app|dev)\b/gi, ' '))) continue;
    if (!WEBMAIL.has(domain)) names.add(domain);
    // ("kryeit.minecraft@gmail.com": at a mail provider, the address's own first word names the product.)
    else {
      const word = m[1].toLowerCase().split(/[._+-]/)[0];
      if (word.length >= 4 && !/\d/.test(word) && !GENERIC_MAILBOXES.has(word)) names.add(word);
    }
  }
  // ("Hugging Face does not store …" beside privacy@huggingface.co: the domain's name written as words.)
  const joined = new Set([...names].filter((n) => n.length >= 6));
  if (joined.size) for (const m of text.slice(0, 200_000).matchAll(/\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\b/g)) if (joined.has(m[1].toLowerCase().replace(/[ -]/g, ''))) names.add(m[1].toLowerCase());
  // "Privacy Policy for Supermemory.ai", "Privacy Notice of Acme" near the top.
  // ("Privacy policy for React Grab browser extension": every capitalised word of the name.)
  const named = /\bPrivacy (?:Policy|Notice|Statement) (?:for|of) (?:the )?([A-Z][A-Za-z0-9-]{2,30}(?:\s+[A-Z][A-Za-z0-9-]{2,30}){0,2})\b/i.exec(text.slice(0, 2000));
  // ("Privacy Policy for wBlock": a name that keeps a capital inside it.)
  if (named) for (const w of named[1].split(/\s+/)) if (/^[A-Z]|^[a-z]+[A-Z]/.test(w) && !COMMON_TITLE_WORDS.has(w.toLowerCase())) names.add(w.toLowerCase());
  // ('Acme ("we", "us")', "Acme (we, us, our)"; not "processed by Stripe (we do not store card details)", an aside.)
  for (const m of text.matchAll(/\b([A-Z][A-Za-z0-9]{2,30})(?:,? Inc\.?|,? Ltd\.?|,? LLC)?\s*\(\s*(?:["'“](?:we|us|our)\b|(?:we|us|our)\s*[,;/)]|hereinafter\b)/g)) names.add(m[1].toLowerCase());
  for (const m of text.matchAll(/\b(?:At|Welcome to)\s+([A-Z][A-Za-z0-9]{2,30})\b/g)) names.add(m[1].toLowerCase());
  // ("Welcome to Read the Docs. At Read the Docs, we believe …": a name with small words inside it, whole.)
  for (const m of text.matchAll(/\b(?:At|Welcome to)\s+([A-Z][A-Za-z0-9]{1,30}(?:\s+(?:the|of|for|and|on|in|a)\s+[A-Z][A-Za-z0-9]{1,30})+)\s*[,.!]/g)) {
    names.add(m[1].toLowerCase());
    names.add(m[1].toLowerCase().replace(/\s+/g, ''));
  }
  // ('This is the privacy policy for the Android app "Octi - Multi-Device Monitor"': the app named in quotes near the top,
  // up to its subtitle.)
  for (const m of text.slice(0, 3000).matchAll(/\b(?:app|application|extension|add-on|addon|plugin|game|bot|software|tool|program)\s+["“']([A-Z][A-Za-z0-9.]{1,30}(?:[ \t]+[A-Z][A-Za-z0-9.]{1,30}){0,2})(?:\s+[-–—:|][^"”']{0,60})?["”']/g)) {
    const words = m[1].toLowerCase().split(/\s+/);
    if (!words.some((w) => COMMON_TITLE_WORDS.has(w)) && !matchRecipients(words, m[1]).some((x) => x.service)) for (const w of words) if (w.length >= 3) names.add(w);
  }
  // ("Thank you for choosing Actual Budget, a super fast …": the product the reader chose, every word of its name.)
  for (const m of text.slice(0, 5000).matchAll(/\bThank you for (?:choosing|using|downloading|installing|trusting)\s+([A-Z][A-Za-z0-9]{2,30}(?:\s+[A-Z][A-Za-z0-9]{2,30}){0,2})\b/g)) for (const w of m[1].split(/\s+/)) if (!COMMON_TITLE_WORDS.has(w.toLowerCase())) names.add(w.toLowerCase());
  // ("The Owner takes appropriate security measures …": the generated policies' name for whoever runs the product.)
  if ((text.match(/\b[Tt]he Owner\b/g)?.length ?? 0) >= 3) names.add('owner');
  // "Menlo Research is committed to protecting your privacy", "Acme respects your privacy": who speaks.
  for (const m of text.slice(0, 3000).matchAll(/\b([A-Z][A-Za-z0-9]{2,30})(?:[ \t]+[A-Z][A-Za-z0-9]+){0,2}\s+(?:is|are) (?:deeply |fully |strongly )?committed to (?:protecting|respecting|safeguarding) (?:your|the|users['’]?) privacy|\b([A-Z][A-Za-z0-9]{2,30})(?:[ \t]+[A-Z][A-Za-z0-9]+){0,2}\s+(?:respects|values|cares about) (?:your|the|users['’]?) privacy/g)) {
    const n = (m[1] ?? m[2]).toLowerCase();
    if (!COMMON_TITLE_WORDS.has(n)) names.add(n);
  }
  // ("This Privacy Policy explains how your personal data is … disclosed when you use Ostara.": the product the reader uses,
  // near the top.)
  for (const m of text.slice(0, 3000).matchAll(/\b(?:when|whenever|while|if) you (?:use|visit|access|download|install)\s+(?:the\s+)?([A-Z][A-Za-z0-9]{2,30})\b/g)) {
    const n = m[1].toLowerCase();
    if (!COMMON_TITLE_WORDS.has(n) && !matchRecipients([n], m[1]).some((x) => x.service)) names.add(n);
  }
  // ("Clicktrack stores user information that you sign up with": the name that opens the policy's first statement.)
  const opening = blocks.find((b) => b.kind !== 'heading' && b.text.length > 40)?.text;
  // ("Tab Stash does not share any of your information …": every word of a name of two or three.)
  const opener = opening && /^([A-Z][A-Za-z0-9]{2,30}(?:[ \t]+[A-Z][A-Za-z0-9]{2,30}){0,2})\s+(?:collects|stores|keeps|uses|processes|gathers|records|saves|does not|doesn['’]t|never|only)\b/.exec(opening)?.[1];
  const openerWords = opener ? opener.toLowerCase().split(/\s+/) : [];
  if (opener && !openerWords.some((w) => COMMON_TITLE_WORDS.has(w)) && !matchRecipients(openerWords, opener).some((x) => x.service)) for (const w of openerWords) names.add(w);
  // ("Signal to Noise Ratio is a local-first Chrome extension for …": the product the first statement introduces, every
  // capitalised word of its name and the name whole.)
  const intro = opening && /^([A-Z][A-Za-z0-9]{1,30}(?:[ \t]+(?:(?:to|of|the|for|and|on|in|a)[ \t]+)?[A-Z][A-Za-z0-9]{1,30}){0,3})\s+is\s+an?\s+(?:[\w-]+\s+){0,3}?(?:app|application|extension|add-?on|plugin|game|bot|tool|service|website|platform|program|software|utility)\b/.exec(opening)?.[1];
  // (Not a vendor's word inside it: "Google Translate Helper" is no name of Google's.)
  const introWords = intro ? intro.split(/\s+/).filter((w) => /^[A-Z]/.test(w) && !matchRecipients([w.toLowerCase()], w).some((x) => x.service)).map((w) => w.toLowerCase()) : [];
  if (intro && introWords.length && !introWords.some((w) => COMMON_TITLE_WORDS.has(w)) && !matchRecipients(intro.toLowerCase().split(/\s+/), intro).some((x) => x.service)) {
    for (const w of introWords) if (w.length >= 3) names.add(w);
    names.add(intro.toLowerCase());
  }
  // ("Democracy Club CIC runs several digital services", "Acme Ltd operates this website": a company by its legal form
  // that runs the services near the top is who speaks.)
  const company = (name: string) => {
    if (matchRecipients(name.toLowerCase().split(/\s+/), name).some((x) => x.service)) return;
    for (const w of name.split(/\s+/)) if (!COMMON_TITLE_WORDS.has(w.toLowerCase()) && !ORGANISATION_WORD.test(w)) names.add(w.toLowerCase());
  };
  for (const m of text.slice(0, 3000).matchAll(new RegExp(`\\b([A-Z][A-Za-z0-9]{2,30}(?:[ \\t]+[A-Z][A-Za-z0-9]+){0,2}),?\\s+(?:${LEGAL_FORMS})\\.?\\s+(?:runs|operates|owns|provides|offers|develops|maintains|publishes)\\s+(?:the|this|these|our|its|several|a|an|various|many|a number of|digital|online|free)\\b`, 'g'))) company(m[1]);
  // ("… the Mailsac service by Forking Software LLC", "Ruby Central, Inc. (“Ruby Central”) collects …": the company
  // the service is by, or one the policy defines a short name for, near the top.)
  const by = new RegExp(`\\b(?:service|services|website|site|app|application|platform|product)\\s+(?:(?:is|are)\\s+)?(?:(?:operated|run|owned|provided|offered|maintained|developed|published)\\s+)?by\\s+([A-Z][A-Za-z0-9]{2,30}(?:[ \\t]+[A-Z][A-Za-z0-9]+){0,2}),?\\s+(?:${LEGAL_FORMS})\\b|\\b([A-Z][A-Za-z0-9]{2,30}(?:[ \\t]+[A-Z][A-Za-z0-9]+){0,2}),?\\s+(?:${LEGAL_FORMS})\\.?\\s*\\(\\s*(?:the\\s+)?["“]([A-Z][\\w .-]{1,40})["”]`, 'g');
  for (const m of text.slice(0, 3000).matchAll(by)) {
    // (A short name that is not the company's own is a vendor's defined term.)
    if (m[3] && !m[2].toLowerCase().startsWith(m[3].toLowerCase().split(/\s+/)[0])) continue;
    company(m[1] ?? m[2]);
  }
  // A site named in a heading ("Using the Example.com service") is the product's own.
  // (Not a vendor the catalog knows titling its own entry, its role in parentheses, below the first heading:
  // "**Loops.so** (Email Notifications)" in a list of service providers.)
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  for (const b of blocks) {
    if (b.kind !== 'heading') continue;
    for (const m of b.text.matchAll(/\b([A-Za-z][A-Za-z0-9-]{2,30})\.(?:com|io|app|dev|net|org|co|ai|so|sh)\b/g)) {
      if (b !== firstHeading && /^\s*\(/.test(b.text.slice(m.index! + m[0].length)) && matchRecipients(splitWords(m[1]), m[0]).some((x) => x.service)) continue;
      names.add(m[1].toLowerCase());
    }
  }
  // ('operated by Jan Novak (the "Service Provider")', 'created by Acme Ltd (hereby referred to as "Service Provider")':
  // the term the policy defines for whoever runs the product speaks as "we" wherever it is used.
  for (const m of text.slice(0, 5000).matchAll(/\b(?:operated|created|developed|provided|run|owned|published|maintained|built|offered)\s+by\s+([^()"“”]{2,80}?)\s*\(\s*(?:the\s+|hereby\s+referred\s+to\s+as\s+|hereinafter(?:\s+referred\s+to\s+as)?\s+|also\s+)?["“]([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})["”]/g)) {
    // (The developer named before the term is the product's own too: "created by Acme Arts (…)".)
    const dev = /^([A-Z][A-Za-z0-9]{2,30})\b/.exec(m[1].trim());
    if (dev && !COMMON_TITLE_WORDS.has(dev[1].toLowerCase())) names.add(dev[1].toLowerCase());
    const term = m[2].toLowerCase();
    if (!/^(?:app|application|bot|service|services|site|website|platform|software|extension|game|plugin|product|tool)$/.test(term)) names.add(term);
  }
  // A company named with its legal form again and again ("Midday Labs AB may disclose …") is the product's own.
  const legal = new Map<string, number>();
  for (const m of text.matchAll(/\b([A-Z][A-Za-z0-9]{2,30})(?:[ \t]+[A-Z][A-Za-z0-9]+){0,2},?\s+(?:Inc|Ltd|LLC|LLP|CIC|AB|GmbH|Oy|BV|B\.V|SAS|Pty|Limited|Corp|Corporation|Foundation|Association|Trust|e\.V)\b/g)) legal.set(m[1], (legal.get(m[1]) ?? 0) + 1);
  for (const [n, c] of legal) if (c >= 3 && !COMMON_TITLE_WORDS.has(n.toLowerCase())) names.add(n.toLowerCase());
  // The name the policy repeats most ("GitHub" in GitHub's own policy) is the product's, catalogued vendor or not.
  const counts = new Map<string, number>();
  // ("ContentDB", "PostHog", "GitHub": inner capitals and a trailing acronym belong to the name.)
  for (const m of text.matchAll(/\b([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*)\b/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const ranked = [...counts.entries()].filter(([w]) => w.length >= 3 && !COMMON_TITLE_WORDS.has(w.toLowerCase())).sort((a, b) => b[1] - a[1]);
  // (Not a vendor the policy talks about at length — "Stripe" eight times in NoisyCamp's policy — when the product has
  // named itself otherwise.)
  // (Nor the family name of vendors it uses — "Google" in "Google Gemini", "Google Calendar", "Google Sign-In".)
  const family = (w: string) => [...text.matchAll(new RegExp(`\\b${w}\\s+([A-Z][A-Za-z0-9-]+)`, 'g'))].some((m) => matchRecipients([w.toLowerCase(), m[1].toLowerCase()], `${w} ${m[1]}`).some((x) => x.service));
  const vendor = ranked[0] && (matchRecipients([ranked[0][0].toLowerCase()], ranked[0][0]).some((x) => x.service) || family(ranked[0][0]));
  if (ranked[0] && ranked[0][1] >= 6 && ranked[0][1] >= 1.5 * (ranked[1]?.[1] ?? 0) && !(vendor && names.size > 0)) names.add(ranked[0][0].toLowerCase());
  // An acronym that speaks as the product does, again and again ("PCF does not …", "PCF may …", "PCF collects …"),
  // and that no catalogued vendor goes by.
  const speaks = new Map<string, number>();
  for (const m of text.matchAll(/\b([A-Z]{2,6})\s+(?:does|do|may|will|can|might|also|never|only|collects?|uses?|shares?|discloses?|stores?|retains?|keeps?|receives?|processes)\b/g)) speaks.set(m[1], (speaks.get(m[1]) ?? 0) + 1);
  for (const [n, c] of speaks) if (c >= 3 && !NOT_A_NAME_ACRONYMS.has(n) && !matchRecipients([n.toLowerCase()], n).some((x) => x.service)) names.add(n.toLowerCase());
  // '"We", "our", and "decomp.me" refer to …': a name given as one of the product's own words.
  for (const m of text.slice(0, 20_000).matchAll(/["“](?:we|us|our)["”],?\s*(?:(?:and|or)\s+)?(?:["“](?:we|us|our)["”],?\s*(?:(?:and|or)\s+)?){0,2}["“]([A-Za-z][\w.-]{2,30})["”]/gi)) {
    const n = m[1].toLowerCase();
    if (!/^(?:we|us|our)$/.test(n) && !COMMON_TITLE_WORDS.has(n)) names.add(n);
  }
  // A domain that speaks again and again ("decomp.me stores logs …", "decomp.me uses a single cookie …").
  const domains = new Map<string, number>();
  for (const m of text.matchAll(/\b([a-z][a-z0-9-]{2,30}\.[a-z]{2,6})\s+(?:does|do|is|will|may|can|never|only|also|stores?|collects?|uses?|shares?|keeps?|retains?|processes|sends?)\b/g)) domains.set(m[1], (domains.get(m[1]) ?? 0) + 1);
  for (const [n, c] of domains) if (c >= 3) names.add(n);
  // ("decomp.me does not sell …": a sentence is read word by word, so a name spelt as a domain is its first word too.)
  for (const n of [...names]) {
    const head = /^([a-z][a-z0-9-]{2,30})\.[a-z]{2,10}$/.exec(n)?.[1];
    if (head && !COMMON_TITLE_WORDS.has(head)) names.add(head);
  }
  // The product's own repository, linked from its policy ("github.com/lindylearn/unclutter" beside the name
  // Unclutter): its owner's name is the product's too (api2.lindylearn.io is no third party).
  for (const m of text.matchAll(/\b(?:github\.com|gitlab\.com|codeberg\.org)\/([A-Za-z0-9][\w.-]{1,38})\/([A-Za-z0-9][\w.-]{1,99})/g)) {
    const [owner, repo] = [m[1].toLowerCase(), m[2].toLowerCase().replace(/\.git$/, '')];
    if ([owner, repo].some((n) => names.has(n) || names.has(n.replace(/[^a-z0-9]/g, '')))) for (const n of [owner, repo]) if (n.length >= 3 && !COMMON_TITLE_WORDS.has(n)) names.add(n);
  }
  return names;
}

/** Mail providers: an address there names its owner, not the provider, as the product. */
const WEBMAIL = new Set(['gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'msn', 'yahoo', 'ymail', 'icloud', 'me', 'mac', 'proton', 'protonmail', 'pm', 'tutanota', 'tuta', 'gmx', 'web', 'aol', 'mail', 'yandex', 'zoho', 'fastmail', 'hey', 'posteo', 'mailbox', 'qq', '163']);
const GENERIC_MAILBOXES = new Set(['contact', 'privacy', 'support', 'info', 'hello', 'admin', 'team', 'help', 'legal', 'dpo', 'mail', 'email', 'office', 'noreply', 'dev', 'developer', 'feedback', 'security']);

/**
 * A single-file component: its markup, and what its scripts hold ("const source = `## 1. Information We Collect …`"
 * rendered by a Markdown component, a table kept as data), in the order of the file.
 */
function componentBlocks(file: string, text: string): Block[] {
  const blocks = parseHtml(text);
  for (const s of componentScripts(text)) {
    const offset = text.slice(0, s.offset).split('\n').length - 1;
    for (const b of parseJsxPage(`${file}.ts`, s.text)) blocks.push({ ...b, line: b.line + offset, endLine: b.endLine + offset });
  }
  return blocks.sort((a, b) => a.line - b.line);
}

/** Reads the blocks of one document in its format. */
export function blocksOf(file: string, text: string, format: Policy['format']): Block[] {
  if (format === 'html' && /\.(vue|svelte|astro)$/i.test(file)) return componentBlocks(file, text);
  if (format === 'html' && /\.(pug|jade)$/i.test(file)) return parsePug(text);
  return format === 'html' ? parseHtml(text) : format === 'markdown' ? parseMarkdown(withoutTemplateTags(text)) : format === 'jsx' ? parseJsxPage(file, text) : format === 'json' ? parseJsonPolicy(text) : parsePlainText(text);
}

function checkText(file: string, raw: string): string {
  const text = raw.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new PolicyError(`${file}: the policy is empty`);
  if (text.length > MAX_POLICY_CHARS) throw new PolicyError(`${file}: the policy is ${(text.length / 1048576).toFixed(1)} MB, over the ${MAX_POLICY_CHARS / 1048576} MB a policy may have`);
  if (text.includes('\u0000') || (text.match(/\uFFFD/g)?.length ?? 0) > text.length / 100) {
    throw new PolicyError(`${file}: the policy is not text (binary content)`);
  }
  return text;
}

/**
 * Reads a policy made of one or more documents (privacy policy, sub-processor list, cookie policy).
 * Clause ids stay unique across documents (the second and later documents prefix theirs with the file
 * name) and every clause keeps its file. Throws PolicyError for input that is not a policy.
 */
export function parsePolicies(docs: { file: string; text: string }[]): Policy {
  const clauses: Clause[] = [];
  const notes: PolicyNote[] = [];
  let format: Policy['format'] = 'text';
  const allBlocks: { file: string; blocks: Block[] }[] = [];
  for (const [i, doc] of docs.entries()) {
    const text = checkText(doc.file, doc.text);
    const f = detectFormat(doc.file, text);
    if (i === 0) format = f;
    let blocks: Block[];
    try {
      blocks = blocksOf(doc.file, text, f);
    } catch (e) {
      if (e instanceof SyntaxError && f === 'json') {
        blocks = parsePlainText(text);
        notes.push({ file: doc.file, line: 1, message: `not valid JSON (${e.message.slice(0, 120)}); read as plain text` });
      } else if (e instanceof PugSyntaxError) {
        blocks = parsePlainText(text);
        notes.push({ file: doc.file, line: e.line, message: `not valid Pug (${e.message.slice(0, 120)}); read as plain text` });
      } else {
        // The compiler's JSX parser recurses per nesting level; a page nested thousands deep is read as HTML.
        if (!(e instanceof RangeError) || f !== 'jsx') throw e;
        blocks = parseHtml(text.replace(/\{[^{}]*\}/g, ' '));
        notes.push({ file: doc.file, line: 1, message: 'the page nests too deeply for the TypeScript parser; its markup was read as HTML' });
      }
    }
    blocks = splitLongParagraphs(blocks, text, splitSentences);
    for (const b of blocks) {
      if (b.text.length > MAX_BLOCK_CHARS) {
        notes.push({ file: doc.file, line: b.line, message: `a block of ${b.text.length} characters was read up to its first ${MAX_BLOCK_CHARS}` });
        b.text = b.text.slice(0, MAX_BLOCK_CHARS);
      }
    }
    allBlocks.push({ file: doc.file, blocks });
  }
  const self = new Set<string>();
  for (const [i, doc] of docs.entries()) for (const n of selfNames(doc.text.slice(0, 200_000), allBlocks[i].blocks)) self.add(n);
  const ctx: ReaderContext = { selfNames: self };
  const declarations: Declaration[] = [];
  for (const [i, { file, blocks }] of allBlocks.entries()) {
    const prefix = i === 0 ? '' : `${slug(file.replace(/^.*[\\/]/, '').replace(/\.[a-z]+$/i, ''), 4)}:`;
    const mine = clausesOf(blocks, prefix);
    const read: Declaration[] = [];
    for (const [k, c] of mine.entries()) {
      c.file = file;
      // A table flattened into paragraphs ("D. Commercial information" / "Transaction information, purchase history" /
      // "NO"): the examples of a category the next cell says is not collected declare nothing.
      const no = (j: number) => /^(?:no|none|not collected)\.?$/i.test(mine[j]?.text ?? '');
      const yesNo = (j: number) => /^(?:yes|no|none|not collected)\.?$/i.test(mine[j]?.text ?? '');
      // So does the category's own name two cells before ("E. Biometric information").
      const notCollected = no(k + 1) || (no(k + 2) && !yesNo(k + 1) && c.text.split(/\s+/).length <= 14 && !/[.:]$/.test(c.text));
      read.push(...declarationsOf(c, ctx).filter((d) => !(notCollected && d.type === 'collect')));
    }
    const joined = joinDataLists(blocks, mine, read);
    narrowBansToListBefore(joined.clauses, joined.declarations);
    clauses.push(...joined.clauses);
    declarations.push(...joined.declarations);
  }
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const checked = checkConsistency(declarations, (id) => ({ file: byId.get(id)?.file ?? docs[0].file, line: byId.get(id)?.line ?? 1, leadIn: byId.get(id)?.leadIn }), clauses.some((c) => RUNS_LOCALLY.test(c.text)));
  notes.push(...checked.notes);
  if (!checked.declarations.some((d) => d.type === 'collect' || d.type === 'share' || d.type === 'retain' || d.type === 'prohibit')) {
    // (A language in the Latin script is told by its small words, in the text the reader kept: "Datos que recopilamos".)
    const foreign = docs.map((d) => ({ file: d.file, script: nonLatinScript(d.text) ?? latinLanguage(clauses.filter((c) => c.file === d.file).map((c) => c.text).join(' ')) })).find((d) => d.script);
    if (foreign) throw new PolicyError(`${foreign.file}: the policy is not in English (${/^(?:Spanish|Portuguese|French|German|Italian|Dutch)$/.test(foreign.script!) ? foreign.script : `mostly ${foreign.script} text`}) and Privacy Lens reads English policies only: no privacy statements recognized`);
    throw new PolicyError(`${docs.map((d) => d.file).join(', ')}: no privacy statements recognized (${clauses.length} clauses read, none says what is collected, shared or kept)`);
  }
  return { file: docs[0].file, files: docs.map((d) => d.file), format, clauses, declarations: checked.declarations, notes, selfNames: [...self] };
}

const SCRIPTS: [string, RegExp][] = [
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['Chinese', /\p{Script=Han}/gu],
  ['Korean', /\p{Script=Hangul}/gu],
  ['Cyrillic', /\p{Script=Cyrillic}/gu],
  ['Arabic', /\p{Script=Arabic}/gu],
  ['Hebrew', /\p{Script=Hebrew}/gu],
  ['Greek', /\p{Script=Greek}/gu],
  ['Devanagari', /\p{Script=Devanagari}/gu],
  ['Thai', /\p{Script=Thai}/gu],
];

/** The script most of a text's letters are in, when it is not Latin (a policy the reader cannot read). */
function nonLatinScript(text: string): string | undefined {
  const sample = text.slice(0, 200_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (!letters) return undefined;
  if (latin / letters > 0.5) return undefined;
  // (Japanese text mixes kana with Han characters: any kana says Japanese.)
  const counts = SCRIPTS.map(([name, re]) => [name, sample.match(re)?.length ?? 0] as const);
  if ((counts[0][1] ?? 0) > letters / 20) return 'Japanese';
  const best = counts.slice(1).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : 'non-Latin';
}

/** Words that make up much of any text in a language written in the Latin script. */
const FUNCTION_WORDS: [string, Set<string>][] = [
  ['English', new Set(['the', 'and', 'of', 'to', 'we', 'you', 'your', 'is', 'are', 'with', 'for', 'that', 'this', 'not'])],
  ['Spanish', new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'para', 'por', 'con', 'su', 'sus', 'datos', 'una', 'no', 'es'])],
  ['Portuguese', new Set(['o', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'que', 'e', 'em', 'para', 'com', 'seus', 'dados', 'uma', 'não', 'é'])],
  ['French', new Set(['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'pour', 'que', 'vos', 'votre', 'nous', 'données', 'une', 'est', 'ne', 'pas'])],
  ['German', new Set(['der', 'die', 'das', 'und', 'zu', 'von', 'mit', 'für', 'ihre', 'wir', 'sie', 'nicht', 'ist', 'daten', 'den', 'dem', 'ein', 'eine'])],
  ['Italian', new Set(['il', 'lo', 'gli', 'di', 'del', 'della', 'che', 'e', 'per', 'con', 'dati', 'una', 'non', 'è', 'sono', 'tuoi', 'nostri'])],
  ['Dutch', new Set(['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'niet', 'wij', 'uw', 'gegevens', 'zijn', 'worden', 'op', 'te'])],
];

/** The language of Latin-script text when it is clearly not English ("Datos que recopilamos …" is Spanish). */
function latinLanguage(sample: string): string | undefined {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 50) return undefined;
  const share = FUNCTION_WORDS.map(([name, set]) => [name, words.filter((w) => set.has(w)).length / words.length] as const);
  const english = share[0][1];
  const best = share.slice(1).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0.15 && best[1] > 2 * english ? best[0] : undefined;
}

/**
 * Reads a policy's text. Throws PolicyError for input that is not a policy
 * (empty, binary, nothing recognizable) so callers can stop with exit code 2.
 */
export function parsePolicy(file: string, raw: string): Policy {
  return parsePolicies([{ file, text: raw }]);
}
