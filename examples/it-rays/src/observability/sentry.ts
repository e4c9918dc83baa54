import * as Sentry from '@sentry/node';

Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.1 });

export function tagUser(account: { id: string; email: string }): void {
  Sentry.setUser({ id: account.id, email: account.email });
}
