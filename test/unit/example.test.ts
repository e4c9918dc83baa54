import assert from 'node:assert/strict';
import path from 'node:path';
import { audit } from '../../src/core/audit';

const root = path.join(__dirname, '..', '..', 'examples', 'it-rays');

describe('examples/it-rays against the shipped policy', () => {
  it('finds exactly the deliberate violations', async () => {
    const r = await audit({ root });
    assert.equal(r.policyFile, 'privacy-policy.txt');
    assert.deepEqual(
      r.findings.map((f) => [f.ruleId, f.kind, `${f.file}:${f.line}:${f.column}`, f.dataCategories.join(' '), f.recipient?.name ?? '', f.clause?.id ?? '']),
      [
        ['undeclared-collection', 'collection', 'src/accounts/account.entity.ts:21:3', 'user.contact.phone_number', '', 'information-we-collect'],
        ['undeclared-collection', 'collection', 'src/agents/inventory.ts:13:19', 'user.location.precise', '', 'information-we-collect'],
        ['sharing-condition-unmet', 'sharing', 'src/analytics/tracking.ts:6:3', 'user.contact.email user.name user.workplace', 'Segment', 'third-party-services/analytics'],
        ['prohibited-collection', 'collection', 'src/billing/payment-method.ts:19:3', 'user.financial.credit_card', '', 'third-party-services/payment-processors'],
        ['retention-exceeds-policy', 'retention', 'src/config/logging.ts:2:14', '', '', 'data-retention/device-management-logs-are-retained-for'],
        ['prohibited-sharing', 'sharing', 'src/marketing/meta-capi.ts:7:9', 'user.contact.email', 'Meta Pixel', 'third-party-services/we-do-not-sell-rent-or'],
        ['undeclared-sharing', 'sharing', 'src/observability/sentry.ts:6:3', 'user.contact.email', 'Sentry', 'third-party-services'],
        ['retention-exceeds-policy', 'retention', 'src/support/retention.ts:5:7', '', '', 'data-retention/support-correspondence-is-retained-for-2'],
      ],
    );
    assert.deepEqual(r.notes, []);
    assert.equal(r.summary.files, 14);
  });

  it('builds the data inventory: where data is collected, who receives it, how long it is kept', async () => {
    const r = await audit({ root });
    const inv = r.inventory;
    assert.deepEqual(
      inv.recipients.map((x) => [x.name, x.kind, x.categories.join(' '), x.clause]),
      [
        ['Meta Pixel', 'advertising', 'user.contact.email', null],
        ['Segment', 'analytics', 'user.contact.email user.name user.workplace', 'third-party-services/analytics'],
        ['Sentry', 'error_monitoring', 'user.contact.email', null],
        ['Stripe', 'payment_processor', 'user.contact.email user.name', 'information-we-collect/payment-information'],
      ],
    );
    assert.deepEqual(
      inv.retention.map((x) => [`${x.file}:${x.line}`, Math.round(x.days ?? -1), x.subject]),
      [
        ['src/config/logging.ts:2', 180, 'Device management logs'],
        ['src/jobs/purge-accounts.ts:6', 30, 'Account data'],
        ['src/support/retention.ts:5', 1095, 'Support correspondence'],
        ['src/support/retention.ts:12', 2557, 'Billing records'],
      ],
    );
    const phone = inv.categories.find((c) => c.id === 'user.contact.phone_number');
    assert.deepEqual(phone?.collectedAt.map((l) => `${l.file}:${l.line} ${l.field}`), ['src/accounts/account.entity.ts:21 Account.mobilePhone', 'src/accounts/signup.dto.ts:18 SignupDto.mobilePhone']);
    assert.equal(phone?.clause, null);
  });
});
