import lex from 'pug-lexer';

export type PugToken = ReturnType<typeof lex>[number];

/** A Pug template the lexer refuses: the line it names and the first line of its message. */
export class PugSyntaxError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/** Pug's own tokens for a template (policy pages and server views alike); throws PugSyntaxError for one it refuses. */
export function lexPug(text: string): PugToken[] {
  try {
    return lex(text);
  } catch (e) {
    const err = e as { code?: unknown; line?: number; msg?: string };
    if (typeof err.code !== 'string' || !err.code.startsWith('PUG:')) throw e;
    throw new PugSyntaxError(err.line ?? 1, String(err.msg ?? '').split('\n')[0]);
  }
}
