import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { type Declaration, parsePolicy } from '../../src/core/policy';

const dir = path.join(__dirname, '..', 'fixtures', 'policies');
const seedText = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'it-rays', 'privacy-policy.txt'), 'utf8');

/** One line per statement: clause id, then what was understood. */
export function summarize(ds: Declaration[]): string[] {
  return ds.map((d) => {
    switch (d.type) {
      case 'collect':
        return `${d.clause} collect ${d.categories.join(' ')}`;
      case 'share':
        return `${d.clause} share ${[...d.services, ...d.kinds].join(' ')} [${d.categories.join(' ')}] {${d.conditions.join(' ')}}`;
      case 'retain':
        return `${d.clause} retain ${d.subjectTokens.join(' ')} ${d.days === null ? d.period : Number.isFinite(d.days) ? Math.round(d.days * 100) / 100 : 'indefinitely'}${d.basis ? ` (${d.basis})` : ''}`;
      case 'prohibit':
        return `${d.clause} prohibit ${d.action} ${d.categories.join(' ')} to=[${[...d.services, ...d.kinds].join(' ')}] for=[${d.purposes.join(' ')}]${d.conditions.length ? ` if=[${d.conditions.join(' ')}]` : ''}`;
      case 'security':
        return `${d.clause} security ${d.claim} ${d.value}`;
    }
  });
}

/** Every statement of the reference policy, as the reader must understand it. */
export const SEED_STATEMENTS = [
  'information-we-collect/account-information collect user.account user.name user.contact.email user.workplace user.authorization.password',
  'information-we-collect/device-information collect user.device user.device.name user.device.os user.device.device_id user.device.hardware user.device.ip_address user.device.mac_address user.device.network',
  'information-we-collect/usage-data collect user.behavior user.behavior.clickstream',
  'information-we-collect/payment-information collect user.financial user.contact.address',
  'information-we-collect/payment-information share payment_processor [] {}',
  'information-we-collect/communication-data collect user.content.private',
  'how-we-use-information/to-process-transactions-and-send-related collect user.account',
  'data-storage-security/all-data-is-encrypted-in-transit security tls_version 1.3',
  'data-storage-security/all-data-is-encrypted-in-transit security encryption_at_rest AES-256',
  'third-party-services/we-may-share-information-with-trusted share service_provider [] {}',
  'third-party-services/payment-processors share payment_processor [] {}',
  'third-party-services/payment-processors prohibit collect user.financial.credit_card to=[] for=[]',
  'third-party-services/cloud-infrastructure share cloud_hosting [] {}',
  'third-party-services/analytics share analytics [] {anonymized aggregated}',
  'third-party-services/we-do-not-sell-rent-or prohibit share user to=[advertising marketing] for=[sale marketing]',
  'cookie-policy/we-use-cookies-and-similar-tracking collect user.device.cookie_id',
  'cookie-policy/preference-cookies collect user.account.settings',
  'data-retention/we-retain-your-personal-data-only retain  as long as necessary',
  'data-retention/account-data-is-retained-for-the retain account 30 (after account deletion)',
  'data-retention/device-management-logs-are-retained-for retain device management log 90',
  'data-retention/billing-records-are-retained-for-7 retain billing 2556.75',
  'data-retention/support-correspondence-is-retained-for-2 retain support correspondence 730.5 (after resolution)',
  'data-retention/anonymized-and-aggregated-data-may-be retain anonymized aggregated indefinitely',
];

describe('policy reader: the reference policy', () => {
  const seed = parsePolicy('privacy-policy.txt', seedText);

  it('reads every statement of the plain-text policy', () => {
    assert.deepEqual(summarize(seed.declarations), SEED_STATEMENTS);
  });

  it('finds headings, bullets and 1-based line ranges', () => {
    const account = seed.clauses.find((c) => c.id === 'information-we-collect/account-information');
    assert.deepEqual(account && { title: account.title, line: account.line, endLine: account.endLine, headingPath: account.headingPath }, {
      title: 'Account Information',
      line: 13,
      endLine: 13,
      headingPath: ['Information We Collect'],
    });
    assert.equal(seed.clauses.find((c) => c.id === 'data-retention/device-management-logs-are-retained-for')?.line, 75);
  });

  for (const file of ['seed.md', 'seed.html', 'seed.tsx', 'seed.mdx']) {
    it(`reads the same statements from the ${path.extname(file).slice(1)} rendering`, () => {
      const p = parsePolicy(file, fs.readFileSync(path.join(dir, file), 'utf8'));
      assert.deepEqual(summarize(p.declarations), SEED_STATEMENTS);
    });
  }

  it('reads the policy the same with a byte-order mark and Windows line endings', () => {
    const p = parsePolicy('privacy-policy.txt', `\uFEFF${seedText.replace(/\n/g, '\r\n')}`);
    assert.deepEqual(summarize(p.declarations), SEED_STATEMENTS);
  });

  it('gives every clause a unique id', () => {
    assert.equal(new Set(seed.clauses.map((c) => c.id)).size, seed.clauses.length);
  });
});
