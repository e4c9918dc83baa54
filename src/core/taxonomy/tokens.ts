import { table } from '../text';
/** Word splitting shared by identifiers, policy text and retention subjects. */

export const GLUE: Record<string, string> = table({
  'check in': 'checkin',
  'check ins': 'checkin',
  'e mail': 'email',
  'user name': 'username',
  'host name': 'hostname',
  'sign up': 'signup',
  'log in': 'login',
  'zip code': 'zipcode',
  'post code': 'postcode',
});

/** Reduces a lower-case word to a singular form ("injuries" → "injury", "logs" → "log"). */
/** Plurals of two-letter acronyms (`cvs`, `ids`, `ips`), which are too short for the rules below. */
const SHORT_PLURAL: Record<string, string> = table({ cvs: 'cv', ids: 'id', ips: 'ip', ads: 'ad' });
/** Plurals in -os the rules below leave alone (they keep `os`, `bios`, `kudos`). */
const OS_PLURAL: Record<string, string> = table({ memos: 'memo', children: 'child', women: 'woman' });

export function singular(w: string): string {
  if (w.length <= 3) return SHORT_PLURAL[w] ?? w;
  if (OS_PLURAL[w]) return OS_PLURAL[w];
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (/(ch|sh|x)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(ss|us|is|os)$/.test(w)) return w.slice(0, -1);
  return w;
}

function glue(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? GLUE[`${words[i]} ${words[i + 1]}`] : undefined;
    if (pair) {
      out.push(pair);
      i++;
    } else out.push(words[i]);
  }
  return out;
}

/** A memo by string key that starts over past 50,000 entries (a workspace's names repeat; memory stays bounded). */
export function boundedMemo<T>(compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let hit = memo.get(key);
    if (hit === undefined) {
      if (memo.size > 50_000) memo.clear();
      hit = compute(key);
      memo.set(key, hit);
    }
    return hit;
  };
}

/** Splits an identifier (camelCase, snake_case, kebab-case, `$email`, `ADDRESS_LINE1`) into singular lower-case tokens. */
export const splitIdentifier: (name: string) => string[] = boundedMemo((name) => splitUncached(name));

function splitUncached(name: string): string[] {
  const spaced = name
    // `userIDs`, `CVsBucket`, `photoURLs`: an acronym's plural is that acronym, not `i ds`.
    .replace(/([A-Z]{2,})s(?![a-z])/g, '$1')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([a-zA-Z])/g, '$1 $2');
  const words = spaced
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(singular);
  return glue(words);
}

/** "your phone's settings", "your phone's camera": the handset, not its number (dropping the possessive alone would leave "phone"); "your phone's number" stays one. */
export function dropPossessive(text: string): string {
  return text.replace(/\b(?:cell|smart)?phone[’']s\b(?!\s+numbers?\b)/gi, 'device').replace(/[’']s\b/g, '');
}

/** Splits prose into singular lower-case words, keeping digits ("TLS 1.3" → tls, 1, 3). */

export function splitWords(text: string): string[] {
  // ("résumés" is "resumes": a letter's accent does not split its word.)
  const words = dropPossessive(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(singular);
  return glue(words);
}
