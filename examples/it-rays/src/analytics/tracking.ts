import { Analytics } from '@segment/analytics-node';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });

export function identifyAccount(account: { id: string; email: string; fullName: string; companyName: string }): void {
  analytics.identify({ userId: account.id, traits: { email: account.email, name: account.fullName, company: account.companyName } });
}

export function featureUsed(accountId: string, feature: string): void {
  analytics.track({ userId: accountId, event: 'feature_used', properties: { feature } });
}
