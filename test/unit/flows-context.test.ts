import assert from 'node:assert/strict';
import { analyze, brief } from '../helpers';
import { evaluate } from '../../src/core/audit';
import { extractFacts } from '../../src/core/analysis/extract';
import { parsePolicy } from '../../src/core/policy';
import { integrationCatalogs } from '../../src/core/project';

/** Where code sits says whose data it handles and who chose the recipient (invented code and policies). */
const POLICY = `Privacy Policy

What we collect

  - Your name and email address when you sign up.

Who we share it with

  - We use service providers to run the product, such as hosting and email delivery.
`;

const LISTED = `Privacy Policy

What we collect

  - Your name and email address when you sign up.

Sub-processors

  - Stripe (payments): receives your name and email address.
  - Postmark (email delivery): receives your email address.
`;

describe('flows: where the code sits', () => {
  it('sends nothing from a build tool\'s configuration (vite.config.ts uploads release names, not user data)', () => {
    const code = {
      'vite.config.ts': "import * as Sentry from '@sentry/node';\nexport function report(user: { email: string }) {\n  Sentry.setUser({ email: user.email });\n}\n",
      'src/report.ts': "import * as Sentry from '@sentry/node';\nexport function report(user: { email: string }) {\n  Sentry.setUser({ email: user.email });\n}\n",
    };
    assert.deepEqual(brief(analyze(code, POLICY)).filter((b) => b.startsWith('undeclared-sharing')), ['undeclared-sharing src/report.ts:3:3']);
  });

  it('does not hold an integration the user connects (app-store/slack/…) to the policy, but the same call elsewhere', () => {
    const send = "import { WebClient } from '@slack/web-api';\nconst slack = new WebClient('t');\nexport async function notify(customer: { name: string }) {\n  await slack.chat.postMessage({ channel: 'c', text: customer.name });\n}\n";
    const f = analyze({ 'packages/app-store/slack/notify.ts': send, 'packages/app-store/src/slack/invoices.ts': send, 'src/alerts/notify.ts': send }, POLICY);
    assert.deepEqual(f.filter((x) => x.kind === 'sharing').map((x) => `${x.ruleId} ${x.file}:${x.line}`), ['undeclared-sharing src/alerts/notify.ts:4']);
  });

  it('the product\'s own database on a hosted platform (Supabase) is where it keeps its records, whether or not the policy lists its sub-processors; a hosted search index (Algolia) is covered by "service providers" unless the policy lists its sub-processors', () => {
    const code = {
      'src/db.ts': "import { createClient } from '@supabase/supabase-js';\nconst db = createClient('u', 'k');\nexport async function save(user: { email: string; name: string }) {\n  await db.from('profiles').insert({ email: user.email, name: user.name });\n}\n",
      'src/search.ts': "import algoliasearch from 'algoliasearch';\nconst index = algoliasearch('app', 'key').initIndex('people');\nexport async function indexUser(user: { email: string; name: string }) {\n  await index.saveObject({ objectID: user.email, name: user.name });\n}\n",
    };
    assert.deepEqual(brief(analyze(code, POLICY)).filter((b) => /sharing/.test(b)), []);
    assert.deepEqual(brief(analyze(code, LISTED)).filter((b) => /sharing/.test(b)), ['undeclared-sharing src/search.ts:4:9']);
  });
});

describe('collection: a catalog of integrations', () => {
  const policy = 'Privacy Policy\n\nWhat we collect\n\n  - Your email address.\n';
  const vendors = ['apollo', 'ashby', 'enrich', 'findymail', 'harmonic', 'hunter', 'instantly', 'leadmagic', 'luma', 'pdl', 'persona', 'pitchbook'];
  it('finds a folder with a module per connected service, not a folder of a few of the product\'s own providers', () => {
    const paths = [...vendors.map((v) => `apps/web/tools/${v}/types.ts`), 'src/providers/stripe/client.ts', 'src/providers/resend/send.ts', 'src/tools/format.ts'];
    assert.deepEqual([...integrationCatalogs(paths)], ['apps/web/tools']);
    assert.deepEqual([...integrationCatalogs(paths.slice(1))], []);
    // (A bot's plugins folder of its own features names no vendor: its code is the product's.)
    const features = ['automod', 'cases', 'reminders', 'spam', 'tags', 'logs', 'mutes', 'slowmode', 'starboard', 'utility', 'censor', 'counters'];
    assert.deepEqual([...integrationCatalogs(features.map((f) => `backend/src/plugins/${f}/types.ts`))], []);
  });
  it("does not report the connected services' person records as collection, and says so in one note", () => {
    const files: Record<string, string> = Object.fromEntries(vendors.map((v) => [`apps/web/tools/${v}/types.ts`, 'export interface Person { fullName: string; school: string; birthdate: string }\n']));
    files['apps/web/src/models.ts'] = 'export interface Member { email: string; birthdate: string }\n';
    const facts = Object.entries(files).map(([f, text]) => extractFacts(f, text));
    const result = evaluate(parsePolicy('policy.txt', policy), 'policy.txt', facts, {});
    assert.deepEqual(brief(result.findings), ['undeclared-collection apps/web/src/models.ts:1:42']);
    assert.deepEqual(result.notes.map((n) => n.message), ["not reported as collection: 36 personal-data fields in apps/web/tools/, a catalog of integrations whose types mirror the connected services' APIs"]);
  });
});

describe('collection: developer scripts and seed data', () => {
  it('a prompt a developer script builds (a model asked for quiz questions about a topic) carries nothing anyone wrote in the product; the same call in the product, or a person\'s own field in the script, does', () => {
    const policy = 'Privacy Policy\n\nWhat we collect\n\n  - Your email address.\n';
    const call = "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function gen(topic: string, prompt: string) {\n  return openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: `Write quiz questions on ${topic}: ${prompt}` }] });\n}\n";
    const files: Record<string, string> = {
      'scripts/generate-content.ts': call,
      'src/generate.ts': call,
      'scripts/notify.ts': "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport const f = (u: { homePhone: string }) => openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: u.homePhone }] });\n",
    };
    const facts = Object.entries(files).map(([f, text]) => extractFacts(f, text));
    assert.deepEqual(brief(evaluate(parsePolicy('policy.txt', policy), 'policy.txt', facts, {}).findings), ['undeclared-sharing scripts/notify.ts:3:48', 'undeclared-sharing src/generate.ts:4:10']);
  });

  it('does not report the records of scripts/ and seeders as collection, and says so per folder; sends from scripts still count', () => {
    const policy = 'Privacy Policy\n\nWhat we collect\n\n  - Your email address.\n';
    const files: Record<string, string> = {
      'scripts/release-notes.ts': 'export interface CommitAuthor { githubUsername: string; birthdate: string }\n',
      'packages/db/seed-users.ts': 'export interface UserRow { fullName: string; age: number; homePhone: string }\n',
      'packages/jobs/scripts/churn.ts': "import { Resend } from 'resend';\nconst resend = new Resend('k');\nexport const mail = (u: { homePhone: string }) => resend.emails.send({ from: 'a@b.c', to: 'ops@acme.io', subject: 'x', text: u.homePhone });\n",
    };
    const facts = Object.entries(files).map(([f, text]) => extractFacts(f, text));
    const result = evaluate(parsePolicy('policy.txt', policy), 'policy.txt', facts, {});
    assert.deepEqual(brief(result.findings), ['undeclared-sharing packages/jobs/scripts/churn.ts:3:51']);
    assert.deepEqual(result.notes.map((n) => n.message), [
      'not reported as collection: 2 personal-data fields in scripts/, developer scripts or seed data',
      'not reported as collection: 3 personal-data fields in packages/db/seed-users.ts, developer scripts or seed data',
      'not reported as collection: 1 personal-data field in packages/jobs/scripts/, developer scripts or seed data',
    ]);
  });

  it('says how many fields of records the repository fills itself (a staff list, codemods/) it did not report, and where', () => {
    const policy = 'Privacy Policy\n\nWhat we collect\n\n  - Your email address.\n';
    const files: Record<string, string> = {
      'src/team.ts': "export type TeamMember = { fullName: string; bio: string };\nexport const team: TeamMember[] = [{ fullName: 'Zach Latta', bio: 'Runs ops' }];\n",
      'codemods/rename.ts': 'export interface Commit { authorEmail: string; authorName: string }\n',
    };
    const facts = Object.entries(files).map(([f, text]) => extractFacts(f, text));
    const result = evaluate(parsePolicy('policy.txt', policy), 'policy.txt', facts, {});
    assert.deepEqual(brief(result.findings), []);
    assert.deepEqual(result.notes.map((n) => `${n.file}:${n.line} ${n.message}`), [
      'codemods/rename.ts:1 not reported as collection: 2 personal-data fields in codemods/, developer scripts or seed data',
      'src/team.ts:1 not reported as collection: 2 personal-data fields of records filled only from values the repository writes (TeamMember)',
    ]);
  });
});

describe('collection: records that mirror a third party', () => {
  const policy = 'Privacy Policy\n\nWhat we collect\n\n  - Your email address.\n';
  it('skips types named after a vendor and types in a vendor\'s module; keeps the product\'s own record', () => {
    const code = {
      'src/github.ts': 'export interface GitHubRepo { full_name: string; owner: { login: string } }\nexport interface TrelloChecklist { idCard: string; name: string }\n',
      'packages/banking/src/providers/cardbridge/types.ts': 'export interface Requisition { ssn?: string; ownerName: string }\n',
      'src/models.ts': 'export interface Member { email: string; fullName: string; phone: string }\n',
    };
    assert.deepEqual(brief(analyze(code, policy)), ['undeclared-collection src/models.ts:1:42', 'undeclared-collection src/models.ts:1:60']);
  });

  it('skips the properties of an Angular component (view state), not those of a plain class', () => {
    const code = {
      'src/landing.component.ts': "import { Component } from '@angular/core';\n@Component({ selector: 'app-landing', template: '' })\nexport class LandingPageComponent {\n  public routerLinkAbout = ['/about'];\n  public phoneNumber = '';\n}\n",
      'src/contact.ts': 'export class ContactCard {\n  email = "";\n  phoneNumber = "";\n}\n',
    };
    assert.deepEqual(brief(analyze(code, policy)), ['undeclared-collection src/contact.ts:3:3']);
  });
});

describe('collection: device APIs', () => {
  it('reads the position and the address book off the device; "contacts on your phone" is the address book, not a phone number', () => {
    const policy = '# P\n\n## What we collect\n\nWe do not access the contacts on your phone, and we do not collect your location.\n\nWe collect your mobile phone number for reminders.\n';
    const code = {
      'app/invite.tsx': "import * as Contacts from 'expo-contacts';\nexport async function load() {\n  const { data } = await Contacts.getContactsAsync({ fields: [Contacts.Fields.Emails] });\n  return data;\n}\n",
      'app/near.ts': "import * as Location from 'expo-location';\nexport async function near() {\n  const pos = await Location.getCurrentPositionAsync({});\n  navigator.geolocation.watchPosition(() => {});\n  return pos;\n}\n",
      'app/profile.ts': 'export interface Owner { mobilePhone: string }\n',
    };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`), [
      'prohibited-collection app/invite.tsx:3 user.contact.address_book',
      'prohibited-collection app/near.ts:3 user.location.precise',
      'prohibited-collection app/near.ts:4 user.location.precise',
    ]);
  });
});

describe('flows: through a function\'s own constants', () => {
  it('follows a parameter into constants built from it (map, join, array of blocks) to the request that sends them; a count carries nothing', () => {
    const code = {
      'lib/alerts.ts': "const HOOK = process.env.SLACK_TEAM_WEBHOOK_URL;\nexport async function postAlert(title: string, fields: Record<string, string>) {\n  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);\n  const blocks = [{ type: 'section', text: lines.join('\\n') }];\n  await fetch(HOOK!, { method: 'POST', body: JSON.stringify({ text: title, blocks }) });\n}\nexport async function postCount(users: { email: string }[]) {\n  const total = users.length;\n  await fetch(HOOK!, { method: 'POST', body: JSON.stringify({ total }) });\n}\n",
      'app/signup.ts': "import { postAlert, postCount } from '../lib/alerts';\nexport async function signup(name: string, email: string) {\n  await postAlert('New sign-up', { Name: name, Email: email });\n  await postCount([{ email }]);\n}\n",
    };
    const policy = '# P\n\n## What we collect\n\n- Your name and email address.\n\n## Sharing\n\nWe share personal information only with the following providers:\n\n- Stripe: payments.\n- Postmark: email.\n';
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`), ['undeclared-sharing lib/alerts.ts:5 user.name,user.contact.email']);
  });
});

describe('collection: places and bank details', () => {
  it("a bookable space's address is not a person's; 'bank routing and account number' declares bank accounts", () => {
    const policy = '# P\n\n## Information we collect\n\n- Payroll details: bank routing and account number for direct deposit.\n- Your email address.\n';
    const code = { 'prisma/schema.prisma': 'model Space {\n  id String @id\n  street String\n  city String\n}\nmodel Member {\n  id String @id\n  email String\n  bankRoutingNumber String\n  homeStreet String\n}\n' };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.line} ${f.dataCategories}`), ['undeclared-collection 10 user.contact.address.street']);
  });
});

describe('retention: query builders and long subjects', () => {
  it("reads the table of a builder chain, an interval kept in a sql`` constant, and 'Long subject of a policy line: 7 days'", () => {
    const policy = '# P\n\n## How long we keep information\n\nQuotes you do not purchase: deleted 90 days after they are issued.\n\nUnfinished drafts that you save and come back to later: 7 days.\n';
    const code = {
      'src/purge.ts': "import { sql } from 'kysely';\nconst QUOTE_RETENTION = sql`interval '18 months'`;\nexport async function purge(db: any) {\n  await db.deleteFrom('quotes').where('created_at', '<', sql`now() - ${QUOTE_RETENTION}`).execute();\n  await db.deleteFrom('drafts').where('created_at', '<', sql`now() - interval '30 days'`).execute();\n}\n",
    };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.line}`), ['retention-exceeds-policy 4', 'retention-exceeds-policy 5']);
  });

  it('a cart is a basket, not the order it becomes: "Baskets you did not check out: 7 days" holds a cart\'s TTL, whatever "Order history" says', () => {
    const policy = '# P\n\n## What we collect\n\nWe collect your email address.\n\n## How long we keep information\n\n- Order history: 3 years.\n- Baskets you did not check out: 7 days.\n';
    const code = {
      'src/cart.model.ts': "import { Schema, model } from 'mongoose';\nconst cartSchema = new Schema({\n  customerId: { type: Schema.Types.ObjectId, ref: 'Customer' },\n  updatedAt: { type: Date, default: Date.now, expires: '30d' },\n});\nexport const Cart = model('Cart', cartSchema);\n",
    };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.line}`), ['retention-exceeds-policy 4']);
  });
});

describe('retention: which subject a setting keeps', () => {
  it('reads a selected batch a function then deletes, not a marking update; prefers the subject the setting names more of; a negative subject only for negative settings', () => {
    const policy = '# P\n\n## How long we keep information\n\n| Data | Period |\n|---|---|\n| Reports (location, type, description) | 6 years |\n| Photos | 18 months |\n\nApplications that do not receive an award: deleted 2 years after the decision\n\nAward recipients\' files: 7 years after the final payment\n';
    const code = {
      'src/photos.ts': "import { sql } from 'kysely';\nexport async function purgePhotos(db: any) {\n  const batch = await db.selectFrom('report_photos').select(['id']).where('taken_at', '<', sql`now() - interval '5 years'`).execute();\n  await db.deleteFrom('report_photos').where('id', 'in', batch.map((p: any) => p.id)).execute();\n  await db.updateTable('report_photos').set({ status: 'expired' }).where('taken_at', '<', sql`now() - interval '4 years'`).execute();\n}\n",
      'src/applications.ts': "import { subYears } from 'date-fns';\nconst NOT_AWARDED_RETENTION_YEARS = 5;\nconst AWARDED_RETENTION_YEARS = 7;\nexport async function purge(prisma: any, now: Date) {\n  await prisma.application.deleteMany({ where: { decidedAt: { lt: subYears(now, NOT_AWARDED_RETENTION_YEARS) } } });\n  await prisma.application.deleteMany({ where: { paidAt: { lt: subYears(now, AWARDED_RETENTION_YEARS) } } });\n}\n",
    };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy src/applications.ts:2', 'retention-exceeds-policy src/photos.ts:3']);
  });
});

describe('retention: a setting by its own name, and one imported from the settings module', () => {
  it('holds a setting to the subject its own name says all of (`SIGHTING_DAYS` is "Sightings", though the batch beside it deletes reports too), and a stale one to the subject kept until there is no activity', () => {
    const policy = '# P\n\n## How long we keep information\n\n- Once you mark your pet as found, the report and its sightings are deleted after 30 days.\n- Reports with no activity for 12 months are closed and deleted.\n- Sightings are deleted after 90 days.\n';
    const code = { 'src/cleanup.ts': "const REUNITED_RETENTION_DAYS = 180;\nconst STALE_REPORT_MONTHS = 12;\nconst SIGHTING_DAYS = 90;\nexport async function cleanup(db: any) {\n  await db.batch([\n    db.prepare(`DELETE FROM sightings WHERE created_at < datetime('now', ?1)`).bind(`-${SIGHTING_DAYS} days`),\n    db.prepare(`DELETE FROM reports WHERE status = 'found' AND found_at < datetime('now', ?1)`).bind(`-${REUNITED_RETENTION_DAYS} days`),\n    db.prepare(`DELETE FROM reports WHERE status = 'missing' AND last_activity_at < datetime('now', ?1)`).bind(`-${STALE_REPORT_MONTHS} months`),\n  ]);\n}\n" };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy src/cleanup.ts:1']);
  });
  it('takes the value of a setting imported from the project\'s settings module (`ABANDONED_CART_DAYS` from `../lib/config`) where a query deletes rows by it; a setting only read for a window is no retention', () => {
    const policy = '# P\n\n## How long we keep information\n\n- Abandoned carts: deleted after 7 days.\n';
    const code = {
      'lib/config.ts': "export const ABANDONED_CART_DAYS = 60;\nexport const RECENT_CART_DAYS = 30;\n",
      'services/cart.ts': "import { ABANDONED_CART_DAYS, RECENT_CART_DAYS } from '../lib/config';\nimport { sql } from '../lib/db';\nexport async function purgeAbandonedCarts() {\n  await sql`delete from carts where checked_out_at is null and updated_at < now() - make_interval(days => ${ABANDONED_CART_DAYS})`;\n}\nexport async function recentCarts() {\n  return sql`select id from carts where updated_at > now() - make_interval(days => ${RECENT_CART_DAYS})`;\n}\n",
      'lib/db.ts': 'export const sql = (..._a: unknown[]) => [] as unknown[];\n',
    };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy services/cart.ts:4']);
  });
  it('reads an imported setting that sets a cutoff a later query deletes by (`const cutoff = … ABANDONED_CART_DAYS …` then `deleteMany({ where: { updatedAt: { lt: cutoff } } })`)', () => {
    const policy = '# P\n\n## How long we keep information\n\n- Abandoned shopping carts are deleted after 30 days.\n';
    const code = {
      'src/lib/config.ts': 'export const ABANDONED_CART_DAYS = 400;\n',
      'src/cart.ts': "import { ABANDONED_CART_DAYS } from './lib/config';\nexport async function purge(prisma: any) {\n  const cutoff = new Date(Date.now() - ABANDONED_CART_DAYS * 864e5);\n  await prisma.cart.deleteMany({ where: { updatedAt: { lt: cutoff } } });\n}\n",
    };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy src/cart.ts:3']);
  });
  it('a job that purges "stale" messages by age is held to how long messages are kept, not to the period for accounts with no activity', () => {
    const policy = '# P\n\n## How long we keep information\n\n- Chat messages are kept for 1 year.\n- Chat messages of accounts with no activity for 3 years are deleted together with the account.\n';
    const code = { 'src/purge.ts': "const MESSAGE_RETENTION_DAYS = 400;\n// Purge stale chat messages.\nexport async function purgeStaleMessages(db: any) {\n  await db.query(`DELETE FROM chat_messages WHERE created_at < now() - make_interval(days => ${MESSAGE_RETENTION_DAYS})`);\n}\n" };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy src/purge.ts:1']);
  });
  it('holds a setting to the subject whose head its name says all of (`deliveryRecordDays` is "Delivery records (recipient details, …)", not "Proof-of-delivery photos")', () => {
    const policy = '# P\n\n## How long we keep it\n\n| Data | Retention |\n|---|---|\n| Delivery records (recipient details, parcel details, delivery events) | 12 months after delivery |\n| Proof-of-delivery photos | 30 days after delivery |\n';
    const code = { 'src/config.ts': 'export const retention = {\n  deliveryRecordDays: 365,\n  proofPhotoDays: 90,\n} as const;\n' };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy src/config.ts:3']);
  });
  it('holds a setting to the record a sentence opens with ("If you leave the waiting list …, we delete your record 24 months after you leave"), its closed compound (`WAITLIST`) split as the policy writes it', () => {
    const policy = '# P\n\n## How long we keep information\n\n- If you leave the waiting list without taking a plot, we delete your record 24 months after you leave.\n';
    const code = { 'src/purge.ts': "const WAITLIST_RETENTION_MONTHS = 60;\nexport async function purge(db: any) {\n  await db.query(`DELETE FROM waitlist WHERE left_at < now() - interval '${WAITLIST_RETENTION_MONTHS} months'`);\n}\n" };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy src/purge.ts:1']);
  });
  it('reads a Mongoose TTL on a decorated field (`@Prop({ expires })` in `class DraftClaim`) as the record the class is', () => {
    const policy = '# P\n\n## How long we keep information\n\n- Draft claims are deleted after 30 days.\n- Submitted claims are kept for 400 days.\n';
    const code = { 'src/claim.schema.ts': "import { Prop, Schema } from '@nestjs/mongoose';\n@Schema()\nexport class DraftClaim {\n  @Prop({ type: Date, default: Date.now, expires: 60 * 60 * 24 * 90 })\n  updatedAt!: Date;\n}\n" };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy src/claim.schema.ts:4']);
  });
  it('follows a cutoff through the rows it selects to the rows deleted by their ids (`expired` → `ids` → `db.delete(photos)`)', () => {
    const policy = '# P\n\n## How long we keep information\n\n- RSVPs and album photos are deleted 180 days after the wedding date.\n';
    const code = { 'src/cron.ts': "const DAY_MS = 86_400_000;\nconst RETENTION_AFTER_WEDDING_DAYS = 365;\nexport async function purgeExpiredWeddings(db: any, weddings: any, photos: any, rsvps: any, lt: any, inArray: any) {\n  const cutoff = new Date(Date.now() - RETENTION_AFTER_WEDDING_DAYS * DAY_MS);\n  const expired = await db.select({ id: weddings.id }).from(weddings).where(lt(weddings.weddingDate, cutoff)).all();\n  const ids = expired.map((w: any) => w.id);\n  await db.delete(photos).where(inArray(photos.weddingId, ids));\n  await db.delete(rsvps).where(inArray(rsvps.weddingId, ids));\n}\n" };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy src/cron.ts:2']);
  });
  it('reads the default of a setting declared in a schema of the environment (zod `.default(180)`, envalid `num({ default: 400 })`)', () => {
    const policy = '# P\n\n## How long we keep information\n\n- Conversation transcripts are kept for 90 days.\n- Audit logs are kept for 1 year.\n';
    const code = {
      'lib/env.ts': "import { z } from 'zod';\nconst schema = z.object({\n  DATABASE_URL: z.string().url(),\n  TRANSCRIPT_RETENTION_DAYS: z.coerce.number().int().positive().default(180),\n  PAGE_SIZE_DAYS: z.coerce.number().default(7),\n});\nexport const env = schema.parse(process.env);\n",
      'lib/env2.ts': "import { cleanEnv, num } from 'envalid';\nexport const env2 = cleanEnv(process.env, {\n  AUDIT_LOG_RETENTION_DAYS: num({ default: 400 }),\n});\n",
    };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy lib/env.ts:4', 'retention-exceeds-policy lib/env2.ts:3']);
  });
});

describe('retention: deadlines counted from deletion', () => {
  it('holds "erasure within 30 days of a deletion request" only against settings about deleted records or their grace period', () => {
    const policy = '# P\n\n## How long we keep information\n\n- Account and content data: retained while your account is active. Upon a deletion request, we complete erasure within 30 days.\n';
    const code = {
      'src/a.ts': "// Keeps the profile's evidence quote for review.\nexport const PROFILE_EVIDENCE_RETENTION_DAYS = 90;\nexport function cutoff(now: Date) { const c = new Date(now); c.setDate(c.getDate() - PROFILE_EVIDENCE_RETENTION_DAYS); return c; }\n",
      'src/account-purge.ts': "const GRACE_PERIOD_DAYS = 45;\nexport function purgeable(deletedAt: Date, now = new Date()): boolean {\n  return now.getTime() - deletedAt.getTime() > GRACE_PERIOD_DAYS * 86400000;\n}\n",
    };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy src/account-purge.ts:1']);
  });
});

describe('retention: purges by selection and storage lifecycle rules', () => {
  it('reads a selected batch that is then deleted (its .limit() and selected URL are no validity), and the prefix and id of a lifecycle rule', () => {
    const policy = '# P\n\n## How long we keep information\n\nVisit photos are deleted 90 days after the visit.\n\nPhotos attached to requests: 12 months.\n';
    const code = {
      'src/purge.ts': "import { del } from '@vercel/blob';\nexport async function purge(db: any) {\n  const old = await db.select({ id: visitPhotos.id, url: visitPhotos.blobUrl }).from(visitPhotos).where(lt(visitPhotos.createdAt, sql`now() - interval '1 year'`)).limit(500);\n  await del(old.map((p: any) => p.url));\n}\n",
      'src/r2.ts': "export const rules = [\n  { ID: 'expire-request-photos', Status: 'Enabled', Filter: { Prefix: 'requests/' }, Expiration: { Days: 1825 } },\n];\n",
    };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message.replace(/^.*the policy says /, '')}`), [
      'retention-exceeds-policy src/purge.ts:3 visit photos are kept for 90 days after the visit.',
      'retention-exceeds-policy src/r2.ts:2 photos attached to requests are kept for 1 year.',
    ]);
  });
});

describe('retention: where a module runs says nothing about what it keeps', () => {
  it("reads `retention.server.ts` as 'retention', not as server logs", () => {
    const policy = '# P\n\n## How long we keep information\n\n| Information | How long |\n|---|---|\n| Search activity | 30 days |\n| Server logs | 14 days |\n';
    const code = { 'app/jobs/retention.server.ts': "export async function run(db: any, now: Date) {\n  const searches = await db.delete(searchEvents).where(lt(searchEvents.createdAt, subDays(now, 30))).returning({ id: searchEvents.id });\n  return searches.length;\n}\n" };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.line}`), []);
  });
});

describe('collection: what a record cannot hold', () => {
  it('an integer card number is a sequence number; a file that imports faker makes fake people', () => {
    const policy = '# P\n\n## What we collect\n\n- Your email address.\n';
    const code = {
      'src/cards.ts': "import { pgTable, integer, text } from 'drizzle-orm/pg-core';\nimport { z } from 'zod';\nexport const cards = pgTable('cards', { cardNumber: integer('card_number'), title: text('title') });\nexport const search = z.object({ cardNumber: z.number().nullable() });\nexport const payments = pgTable('payments', { cardNumber: text('card_number') });\n",
      'prisma/schema.prisma': 'model Ticket {\n  id Int @id\n  cardNumber Int\n}\n',
      'scripts/seed-users.ts': "import { faker } from '@faker-js/faker';\nexport interface FakeUser { phone: string; homeAddress: string }\nexport const u = () => ({ phone: faker.phone.number() });\n",
    };
    const f = analyze(code, policy, 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories}`), ['undeclared-collection src/cards.ts:5 user.financial.credit_card']);
  });
});

describe('flows: the app\'s HTML entry page', () => {
  it('reports a tracker loaded by index.html, not a script from the product\'s own host or a CDN library', () => {
    const html = '<!doctype html>\n<html>\n  <head>\n    <script defer src="https://static.cloudflareinsights.com/beacon.min.js" data-cf-beacon="{}"></script>\n    <script src="https://cdn.jsdelivr.net/npm/lodash@4/lodash.min.js"></script>\n    <script type="module" src="/src/main.ts"></script>\n  </head>\n</html>\n';
    const f = analyze({ 'apps/web/index.html': html }, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories}`), ['undeclared-sharing apps/web/index.html:4 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history']);
  });

  it('leaves out a page a documentation generator built (`<meta name=generator content="mkdocs-1.6.1">`), not a page another generator tag names', () => {
    const page = (generator: string) => `<!doctype html><html><head><meta name=generator content="${generator}"><link rel=stylesheet href="https://fonts.googleapis.com/css?family=Roboto"></head></html>\n`;
    const f = analyze({ 'site/guide/index.html': page('mkdocs-1.6.1, mkdocs-material-9.6.5'), 'docs/build/api/index.html': page('Docusaurus v3.1.0'), 'web/index.html': page('Webflow') }, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line}`), ['undeclared-sharing web/index.html:1']);
  });
});

describe('flows: social widgets', () => {
  it('reports a comment or post widget a page loads (Disqus, X widgets) as a share with that network', () => {
    const html = '<!doctype html>\n<html>\n  <body>\n    <div id="disqus_thread"></div>\n    <script async src="https://acme.disqus.com/embed.js"></script>\n    <script async src="https://platform.twitter.com/widgets.js"></script>\n  </body>\n</html>\n';
    const f = analyze({ 'index.html': html }, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories} ${x.recipient?.service}`), [
      'undeclared-sharing index.html:5 user.device.ip_address,user.device.user_agent disqus',
      'undeclared-sharing index.html:6 user.device.ip_address,user.device.user_agent x-widgets',
    ]);
  });
});

describe('flows: script sources by path or from another module', () => {
  it('reports reCAPTCHA loaded from a path of Google\'s own host, and a tracker whose script URL is a constant another module exports; not the project\'s own script', () => {
    const html = '<!doctype html>\n<html>\n  <body>\n    <script\n      src="https://www.google.com/recaptcha/api.js?render=explicit"\n      async\n    ></script>\n    <script src="https://www.google.com/maps/embed.js"></script>\n  </body>\n</html>\n';
    const files = {
      'public/index.html': html,
      'src/consts.ts': "export const HUBSPOT_SRC = 'https://js-na1.hs-scripts.com/4567.js';\nexport const OWN_SRC = 'https://cdn.acme.io/app.js';\n",
      'src/layout.tsx': "import Script from 'next/script';\nimport { HUBSPOT_SRC, OWN_SRC } from './consts';\nexport default function Layout({ children }: { children: unknown }) {\n  return (\n    <div>\n      <Script id=\"hs\" src={HUBSPOT_SRC} strategy=\"afterInteractive\" />\n      <Script id=\"own\" src={OWN_SRC} />\n    </div>\n  );\n}\n",
    };
    const f = analyze(files, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories} ${x.recipient?.service}`), [
      'undeclared-sharing public/index.html:4 user.device.ip_address,user.device.user_agent recaptcha',
      'undeclared-sharing src/layout.tsx:6 user.device.ip_address,user.device.user_agent hubspot',
    ]);
  });
});

describe('flows: server templates', () => {
  it('reports a tracker a server template (EJS, Handlebars) loads; template tags are no script source', () => {
    const ejs = '<html>\n<head>\n<title><%= title %></title>\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-XYZ"></script>\n<script src="<%= asset(\'app.js\') %>"></script>\n</head>\n</html>\n';
    const hbs = '<head>\n  <script src="{{assetPath}}/app.js"></script>\n  <script src="https://static.hotjar.com/c/hotjar-1.js"></script>\n</head>\n';
    const f = analyze({ 'views/layouts/main.ejs': ejs, 'views/partials/head.hbs': hbs }, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line}`).sort(), ['undeclared-sharing views/layouts/main.ejs:4', 'undeclared-sharing views/partials/head.hbs:3']);
  });

  it('reads a Pug template with Pug\'s lexer: a quoted script source is a tracker, a computed one and inline scripts are not', () => {
    const pug = 'doctype html\nhtml\n  head\n    title= title\n    script(async src="https://www.googletagmanager.com/gtag/js?id=G-XYZ")\n    script(src=cdn + "/app.js")\n    script.\n      var src = "https://static.hotjar.com/c/hotjar-1.js";\n  body\n    block content\n';
    const f = analyze({ 'views/layout.pug': pug }, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.recipient?.service}`), ['undeclared-sharing views/layout.pug:5 google-analytics']);
    assert.deepEqual(extractFacts('views/bad.pug', 'html\n  head(\n').notes, [{ line: 3, message: "syntax error: The end of the string reached with no closing bracket ) found. (the template's scripts were not read)" }]);
  });
});

describe('flows: a logger module that ships to a log vendor', () => {
  it('a pino logger given a stream built on a log vendor SDK sends what other modules log to that vendor', () => {
    const code = {
      'packages/logger/index.ts': "import { Axiom } from '@axiomhq/js';\nimport pino from 'pino';\nconst cloud = !!process.env.AXIOM_TOKEN;\nfunction axiomStream(token: string): pino.DestinationStream {\n  const client = new Axiom({ token });\n  return { write(msg: string) { client.ingest('logs', [JSON.parse(msg)]); } };\n}\nexport const logger = cloud ? pino({ level: 'info' }, pino.multistream([{ stream: axiomStream('t') }])) : pino({ level: 'info' });\n",
      'src/signup.ts': "import { logger } from '../packages/logger';\nexport function signup(user: { id: string; email: string }) {\n  logger.info({ userId: user.id }, 'signed up');\n  logger.warn({ email: user.email }, 'duplicate sign-up');\n  logger.debug({ email: user.email }, 'debug lines stay below the shipped level');\n}\n",
    };
    const f = analyze(code, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.recipient?.name}`), ['undeclared-sharing src/signup.ts:4 Axiom']);
  });
  it("a logger whose settings ship debug lines (`level: 'debug'` on a vendor's transport target) sends what is logged at debug too", () => {
    const code = {
      'src/logger.ts': "import pino from 'pino';\nexport const logger = pino({\n  level: process.env.LOG_LEVEL ?? 'debug',\n  transport: { targets: [{ target: '@logtail/pino', options: { sourceToken: 't' }, level: 'debug' }] },\n});\n",
      'src/ping.ts': "import { logger } from './logger';\nexport function ping(courierId: string, p: { lat: number; lng: number }) {\n  logger.debug({ courierId, lat: p.lat, lng: p.lng }, 'location ping');\n}\n",
    };
    const f = analyze(code, '# P\n\n## What we collect\n\n- Your precise location.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.recipient?.name}`), ['undeclared-sharing src/ping.ts:3 Better Stack Logs']);
  });
});

describe('flows: trackers loaded by code', () => {
  it('a script element pointed at a tracker by code or by an inline loader in app.html', () => {
    const policy = '# P\n\n## What we collect\n\n- Your email address.\n';
    const code = {
      'src/ga.ts': "export function loadGa(id: string) {\n  const s = document.createElement('script');\n  s.src = 'https://www.googletagmanager.com/gtag/js?id=' + id;\n  document.head.appendChild(s);\n}\n",
      'src/app.html': '<html>\n<head>\n<script>\n  const script = document.createElement("script");\n  script.src = "https://www.googletagmanager.com/gtag/js?id=" + window.gaId;\n</script>\n</head>\n</html>\n',
    };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.recipient?.name}`), ['undeclared-sharing src/app.html:5 Google Analytics', 'undeclared-sharing src/ga.ts:3 Google Analytics']);
  });
});

describe('collection: sign-in provider claims', () => {
  it("the claims an OpenID Connect provider returns are not a collection point; the product's user record is", () => {
    const code = {
      'src/login/callback.ts': "import { z } from 'zod';\nexport const claims = z.object({ sub: z.string(), preferred_username: z.string().optional(), name: z.string(), picture: z.string().optional(), email: z.string().email().optional() });\n",
      'src/db.ts': 'export interface UserRow { id: string; name: string; avatarUrl: string }\n',
    };
    const f = analyze(code, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories}`), ['undeclared-collection src/db.ts:1 user.name', 'undeclared-collection src/db.ts:1 user.content.self_image']);
  });
});

describe('collection: the schema a field is declared with', () => {
  it('`name: UserNameSchema` holds a username, which the policy declares', () => {
    const code = { 'src/contracts.ts': "import { z } from 'zod';\nconst UserNameSchema = z.string().min(1).max(16);\nexport const CreateUserRequestSchema = z.object({ name: UserNameSchema, fullName: z.string() });\nconst ApiKeyNameSchema = z.string().max(20);\nexport const ApiKeySchema = z.object({ name: ApiKeyNameSchema, enabled: z.boolean() });\n" };
    const f = analyze(code, '# P\n\n## What we collect\n\n- Your username and email address.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.line}:${x.column} ${x.dataCategories}`), ['undeclared-collection 3:73 user.name']);
  });
});
