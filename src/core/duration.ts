import { table } from './text';
/** Durations in days; `Infinity` means kept indefinitely. */

export const UNIT_DAYS: Record<string, number> = table({
  ms: 1 / 86_400_000,
  millisecond: 1 / 86_400_000,
  milli: 1 / 86_400_000,
  s: 1 / 86_400,
  sec: 1 / 86_400,
  second: 1 / 86_400,
  m: 1 / 1_440,
  min: 1 / 1_440,
  minute: 1 / 1_440,
  h: 1 / 24,
  hr: 1 / 24,
  hour: 1 / 24,
  d: 1,
  day: 1,
  w: 7,
  wk: 7,
  week: 7,
  mo: 365.25 / 12,
  month: 365.25 / 12,
  y: 365.25,
  yr: 365.25,
  year: 365.25,
});

const NUMBER_WORDS: Record<string, number> = table({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18, twenty: 20, thirty: 30,
  sixty: 60, ninety: 90, a: 1, an: 1, seventeen: 17, nineteen: 19, forty: 40, fifty: 50, seventy: 70, eighty: 80, hundred: 100,
});
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export function unitDays(unit: string): number | undefined {
  const lower = unit.toLowerCase();
  return UNIT_DAYS[lower] ?? UNIT_DAYS[lower.replace(/s$/, '')];
}

/**
 * Parses a duration string as code writes it: `'90d'`, `'10m'` (minutes, as the
 * `ms` package reads it), `'3 years'`, `'2 weeks'`, `'P30D'`.
 */
export function parseDurationString(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  const iso = /^p(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?$/.exec(t);
  if (iso && t !== 'p') return (Number(iso[1] ?? 0) * 365.25) + (Number(iso[2] ?? 0) * 365.25) / 12 + Number(iso[3] ?? 0) * 7 + Number(iso[4] ?? 0);
  const m = /^(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)$/.exec(t);
  if (!m) return undefined;
  const u = unitDays(m[2]);
  return u === undefined ? undefined : Number(m[1]) * u;
}

/** Parses an enum-style name such as `ONE_YEAR`, `EIGHTEEN_MONTHS`, `THREE_DAYS`, `INFINITE`. */
export function parseDurationName(name: string): number | undefined {
  const n = name.toUpperCase();
  if (n === 'INFINITE' || n === 'FOREVER' || n === 'NEVER_EXPIRE') return Infinity;
  const parts = n.split('_');
  if (parts.length !== 2) return undefined;
  const count = NUMBER_WORDS[parts[0].toLowerCase()];
  const unit = unitDays(parts[1]);
  return count === undefined || unit === undefined ? undefined : count * unit;
}

export interface TextDuration {
  days: number;
  text: string;
  index: number;
}

/** Finds durations in prose: "90 days", "7 years", "two years", "24 months", "indefinitely". */
export function findDurations(text: string): TextDuration[] {
  const out: TextDuration[] = [];
  const re = /\b(\d+(?:[.,]\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:\s*\(\d+\))?[\s-]+(?:(?:rolling|calendar|consecutive|full)\s+)?(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/gi;
  for (let m; (m = re.exec(text)); ) {
    const raw = m[1].toLowerCase();
    const parts = raw.split(/[\s-]/);
    const n = parts.length === 2 && TENS.includes(parts[0]) && UNITS.includes(parts[1]) ? NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] : (NUMBER_WORDS[raw] ?? Number(raw.replace(',', '.')));
    const u = unitDays(m[2]);
    // ("we email you a warning 14 days in advance": a notice period, not how long anything is kept.)
    if (/^\s*(?:in advance|beforehand|ahead of (?:time|it|deletion)|prior to (?:deletion|it)|before (?:it is|they are|we) (?:deleted|delete|removed|remove))\b/i.test(text.slice(m.index + m[0].length))) continue;
    if (u !== undefined && Number.isFinite(n)) out.push({ days: n * u, text: m[0], index: m.index });
  }
  // "stored for 24h", "kept 48 hrs": hours and minutes written short (not "3D Secure" or "10m" of money).
  for (const m of text.matchAll(/\b(\d+)\s?(h|hrs?|mins?)\b/gi)) {
    if (out.some((d) => d.index === m.index)) continue;
    const u = unitDays(/^h/i.test(m[2]) ? 'hour' : 'minute');
    if (u !== undefined) out.push({ days: Number(m[1]) * u, text: m[0], index: m.index! });
  }
  // "expire after a year", "kept for a month": one unit, after a word that makes it a span (not "once a year").
  for (const m of text.matchAll(/\b(?:after|for|within|than|to|about|around|over|least|only)\s+(an?)\s+(hour|day|week|month|year)\b/gi)) {
    const at = m.index! + m[0].length - m[1].length - m[2].length - 1;
    const u = unitDays(m[2].toLowerCase());
    if (u !== undefined && !out.some((d) => d.index === at)) out.push({ days: u, text: `${m[1]} ${m[2]}`, index: at });
  }
  // "goes away in a couple of days", "deleted within a few weeks": two of the unit, and three for "a few" (the least
  // the words can mean, so a promise is never read as longer than it is).
  for (const m of text.matchAll(/\b(?:a\s+)?(couple(?:\s+of)?|few)\s+(hours|days|weeks|months|years)\b/gi)) {
    // ("every few hours": how often, not how long.)
    if (/\b(?:every|each|once|per)\s+(?:a\s+)?$/i.test(text.slice(0, m.index))) continue;
    const u = unitDays(m[2].toLowerCase());
    if (u !== undefined && !out.some((d) => d.index === m.index)) out.push({ days: (/^few/i.test(m[1]) ? 3 : 2) * u, text: m[0], index: m.index! });
  }
  // "messages are deleted immediately", "discarded immediately after use": kept for no time at all.
  for (const m of text.matchAll(/\b(?:deleted|erased|removed|purged|discarded|destroyed)\s+(?:immediately|instantly|right away)\b|\b(?:immediately|instantly)\s+(?:and\s+permanently\s+)?(?:deleted|erased|removed|purged|discarded|destroyed)\b/gi)) {
    out.push({ days: 0, text: m[0], index: m.index! });
  }
  // "Per plan (90 days - unlimited)", "30 days to indefinitely": a range with no upper end.
  for (const d of [...out]) {
    const open = /^\s*(?:-|–|—|to|up to|or)\s*(unlimited|no limit|indefinite(?:ly)?)\b/i.exec(text.slice(d.index + d.text.length));
    if (open) out.push({ days: Infinity, text: open[1], index: d.index + d.text.length + open[0].length - open[1].length });
  }
  const ind = /\b(indefinitely|permanently|forever|for as long as (?:we|it) (?:need|is needed))\b/i.exec(text);
  if (ind && /\b(indefinitely|permanently|forever)\b/i.test(ind[0])) out.push({ days: Infinity, text: ind[0], index: ind.index });
  return out;
}

/** Formats days for messages: "90 days", "18 months", "7 years", "indefinitely". */
export function formatDays(days: number): string {
  if (!Number.isFinite(days)) return 'indefinitely';
  const years = days / 365.25;
  if (days >= 365 && Math.abs(years - Math.round(years)) < 0.01) return plural(Math.round(years), 'year');
  const months = days / (365.25 / 12);
  if (days >= 28 && days < 365 * 3 && Math.abs(months - Math.round(months)) < 0.03 && Math.round(months) % 1 === 0 && days % 1 !== 0) return plural(Math.round(months), 'month');
  if (days >= 1) return plural(Math.round(days * 100) / 100, 'day');
  const hours = days * 24;
  if (hours >= 1) return plural(Math.round(hours * 100) / 100, 'hour');
  return plural(Math.round(hours * 60 * 100) / 100, 'minute');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
