/** A JSON syntax error that says where (line) and what, never quoting the text. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`invalid JSON at line ${line}${reason ? `: ${reason}` : ''}`);
  }
}

/** JSON.parse with an error that names the line and never echoes content (V8's messages quote the input). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const at = /at position (\d+)/.exec(msg);
    const offset = at ? Number(at[1]) : jsonErrorOffset(text);
    // "Unexpected token 'x', "…" is not valid JSON" quotes the input; keep only the words before it.
    const reason = /^Unexpected token/.test(msg) ? 'unexpected character' : msg.replace(/,? ?".*$/s, '').replace(/ in JSON at position \d+.*$| at position \d+.*$/s, '').trim();
    throw new JsonSyntaxError(lineAt(text, offset), reason.charAt(0).toLowerCase() + reason.slice(1));
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const WS = new Set([' ', '\t', '\n', '\r']);
type State = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'comma' | 'end';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Offset of the first syntax error in `text` (its length when the text ends early); an iterative scan, so depth costs nothing. */
export function jsonErrorOffset(text: string): number {
  const stack: string[] = [];
  let state: State = 'value';
  let i = 0;
  const afterValue = (): State => (stack.length ? 'comma' : 'end');
  const scanString = (): boolean => {
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 92) {
        const n = text[++i];
        if (n === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (!n || !'"\\/bfnrt'.includes(n)) return false;
      }
    }
    return false;
  };
  for (;;) {
    while (i < text.length && WS.has(text[i])) i++;
    if (i >= text.length) return state === 'end' ? -1 : i;
    const c = text[i];
    if (state === 'end') return i;
    if (state === 'colon') {
      if (c !== ':') return i;
      i++;
      state = 'value';
    } else if (state === 'comma') {
      const top = stack[stack.length - 1];
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
        i++;
        stack.pop();
        state = afterValue();
      } else return i;
    } else if (state === 'key' || state === 'keyOrClose') {
      if (state === 'keyOrClose' && c === '}') {
        i++;
        stack.pop();
        state = afterValue();
      } else if (c === '"') {
        if (!scanString()) return i;
        state = 'colon';
      } else return i;
    } else if (state === 'valueOrClose' && c === ']') {
      i++;
      stack.pop();
      state = afterValue();
    } else if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      state = c === '{' ? 'keyOrClose' : 'valueOrClose';
    } else if (c === '"') {
      if (!scanString()) return i;
      state = afterValue();
    } else {
      const lit = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      NUMBER.lastIndex = i;
      if (lit) i += lit.length;
      else if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else return i;
      state = afterValue();
    }
  }
}
