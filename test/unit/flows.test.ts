import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { audit } from '../../src/core/audit';
import { analyze, brief, MINI_POLICY, tempDir } from '../helpers';

const zap = (body: string) => `import axios from 'axios';\nexport async function post(payload: object) {\n  ${body}\n}\n`;

describe('flows across files', () => {
  it('follows two hops through helper parameters', () => {
    const f = analyze(
      {
        'src/http.ts': zap("await axios.post('https://hooks.zapier.com/x', payload);"),
        'src/events.ts': "import { post } from './http';\nexport async function emit(name: string, data: object) {\n  await post({ name, data });\n}\n",
        'src/signup.ts': "import { emit } from './events';\nexport async function signup(user: { email: string }) {\n  await emit('signup', { email: user.email });\n}\n",
      },
      MINI_POLICY,
    );
    assert.deepEqual(brief(f), ['undeclared-sharing src/http.ts:3:9']);
    assert.deepEqual(f[0].related.map((r) => `${r.file}:${r.line}`), ['src/signup.ts:3']);
    assert.deepEqual(f[0].explain.path, ['email (src/signup.ts:3)', 'emit(…) at src/signup.ts:3', "axios.post https://hooks.zapier.com/x → Zapier [hooks.zapier.com]"]);
  });

  it('sends what a helper returns', () => {
    const f = analyze(
      {
        'src/payload.ts': 'export function toCrm(u: { email: string; homePhone: string }) {\n  return { email: u.email, phone: u.homePhone };\n}\n',
        'src/crm.ts': "import axios from 'axios';\nimport { toCrm } from './payload';\nexport const sync = (u: any) => axios.post('https://api.pipedrive.com/v1/persons', toCrm(u));\n",
      },
      MINI_POLICY,
    );
    assert.deepEqual(f.filter((x) => x.kind === 'sharing').map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories.join(',')}`), ['undeclared-sharing src/crm.ts:3 user.contact.email,user.contact.phone_number']);
  });

  it('sends what a helper returns spread into the payload a wrapper passes on; a plain value beats its hash; each caller is related once', () => {
    const f = analyze(
      {
        'src/summary.ts': 'export function guestSummary(g: any) {\n  return { name: g.fullName, email: g.email };\n}\n',
        'src/track.ts': "import { createHash } from 'node:crypto';\nimport axios from 'axios';\nconst pseudonym = (v: string) => createHash('sha256').update(v).digest('hex');\nexport function trackEvent(email: string, name: string, properties: Record<string, unknown>) {\n  return axios.post('https://api.pipedrive.com/v1/events', { name, properties, user: pseudonym(email) });\n}\n",
        'src/use.ts': "import { guestSummary } from './summary';\nimport { trackEvent } from './track';\nexport async function redeem(guest: any) {\n  await trackEvent(guest.email, 'redeemed', { ...guestSummary(guest), points: 1 });\n}\n",
      },
      MINI_POLICY,
    );
    const sharing = f.filter((x) => x.kind === 'sharing');
    assert.deepEqual(sharing.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories.join(',')}`), ['undeclared-sharing src/track.ts:5 user.contact.email,user.name']);
    assert.deepEqual(sharing[0].related.map((r) => `${r.file}:${r.line}`), ['src/use.ts:4']);
    // (What the helper returns is read where the helper returns it.)
    assert.deepEqual(sharing[0].explain.path, ['email (src/summary.ts:2)', 'fullName (src/summary.ts:2)', 'trackEvent(…) at src/use.ts:4', 'axios.post https://api.pipedrive.com/v1/events → Pipedrive [api.pipedrive.com]']);
  });

  it('follows a client made by a factory of another module: a lazy getter, a const, a re-export', () => {
    const f = analyze(
      {
        'src/mail/resend.ts': "import { Resend } from 'resend';\nexport function createMailClient(key: string) {\n  return new Resend(key);\n}\n",
        'src/mail/index.ts': "export * from './resend';\n",
        'src/service.ts': "import { createMailClient } from './mail';\nlet client: unknown;\nexport function getMail() {\n  if (!client) {\n    client = createMailClient('k');\n  }\n  return client;\n}\nexport const mail = createMailClient('k');\nexport const lazy = () => (client ??= createMailClient('k'));\n",
        'src/a.ts': "import { getMail, mail, lazy } from './service';\nexport async function a(u: { email: string; name: string }) {\n  const s = getMail();\n  await s.emails.send({ to: u.email, subject: 'Hi' });\n  await mail.emails.send({ to: u.email, subject: 'Re' });\n  const l = lazy();\n  await l.emails.send({ to: u.email, subject: 'Bye' });\n}\n",
      },
      MINI_POLICY,
    );
    assert.deepEqual(f.filter((x) => x.kind === 'sharing').map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories} ${x.recipient?.service}`), [
      'undeclared-sharing src/a.ts:4 user.contact.email resend',
      'undeclared-sharing src/a.ts:5 user.contact.email resend',
      'undeclared-sharing src/a.ts:7 user.contact.email resend',
    ]);
  });

  it('resolves a name each function declares for itself: the same local name is a different client in each', () => {
    const f = analyze(
      {
        'src/posthog.ts': "import { PostHog } from 'posthog-node';\nexport default function PostHogClient() {\n  return new PostHog('k');\n}\n",
        'src/a.ts': "import { Resend } from 'resend';\nimport PostHogClient from './posthog';\nexport async function one(u: { id: string; email: string }) {\n  const client = PostHogClient();\n  client.capture({ distinctId: u.id, event: 'x', properties: { email: u.email } });\n}\nexport async function two(u: { email: string }) {\n  const client = new Resend('k');\n  await client.emails.send({ to: u.email, subject: 'Hi' });\n}\n",
      },
      MINI_POLICY.replace('  • Analytics: We use analytics services to understand usage. This data is anonymized and aggregated.\n', ''),
    );
    assert.deepEqual(f.filter((x) => x.kind === 'sharing').map((x) => `${x.file}:${x.line} ${x.recipient?.service}`), ['src/a.ts:5 posthog', 'src/a.ts:9 resend']);
  });

  it('knows SDK clients kept on a class and re-exported helpers', () => {
    const f = analyze(
      {
        'src/sms/client.ts': "import twilio from 'twilio';\nexport class Sms {\n  private client = twilio('sid', 'token');\n  async send(to: { phone: string }) {\n    await this.client.messages.create({ to: to.phone, body: 'hi' });\n  }\n}\n",
        'src/mail/send.ts': "import sgMail from '@sendgrid/mail';\nexport async function mail(to: string) {\n  await sgMail.send({ to, from: 'a@b.c', subject: 's' });\n}\n",
        'src/mail/index.ts': "export { mail } from './send';\n",
        'src/app.ts': "import { mail } from './mail';\nexport const welcome = (u: { email: string }) => mail(u.email);\n",
      },
      MINI_POLICY,
    );
    assert.deepEqual(brief(f.filter((x) => x.kind === 'sharing')), ['undeclared-sharing src/mail/send.ts:3:9', 'undeclared-sharing src/sms/client.ts:5:11']);
  });

  it('sends every personal field of a whole typed record, its type declared in another file', () => {
    const f = analyze(
      {
        'src/types.ts': 'export interface DeviceOwner {\n  id: string;\n  email: string;\n  homePhone: string;\n  plan: string;\n}\n',
        'src/zap.ts': "import axios from 'axios';\nimport type { DeviceOwner } from './types';\nexport async function push(owner: DeviceOwner) {\n  await axios.post('https://hooks.zapier.com/x', { ...owner, source: 'agent' });\n}\n",
      },
      MINI_POLICY.replace('Name, email address,', 'Name, email address, phone number,'),
    );
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories.join(',')}`), ['undeclared-sharing src/zap.ts:4 user.contact.email,user.contact.phone_number']);
    assert.deepEqual(f[0].explain.classification.map((c) => c.name), ['owner.email', 'owner.homePhone']);
  });

  it('follows SDK clients exported by another module', () => {
    const f = analyze(
      {
        'src/lib/posthog.ts': "import { PostHog } from 'posthog-node';\nexport const posthog = new PostHog('phc_key', { host: 'https://eu.i.posthog.com' });\n",
        'src/lib/index.ts': "export { posthog } from './posthog';\n",
        'src/routes/signup.ts': "import { posthog } from '../lib';\nexport function signedUp(user: { id: string; email: string }) {\n  posthog.capture({ distinctId: user.id, event: 'signed_up' });\n  posthog.identify({ distinctId: user.id, properties: { email: user.email } });\n  posthog.shutdown();\n}\n",
      },
      MINI_POLICY,
    );
    assert.deepEqual(brief(f), ['sharing-condition-unmet src/routes/signup.ts:4:3']);
  });

  it('resolves workspace packages and tsconfig paths without node_modules', async () => {
    const root = tempDir('privacy-lens-mono-');
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    write('PRIVACY.txt', MINI_POLICY);
    write('package.json', JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*', 'apps/*'] }));
    write('tsconfig.json', '{\n  // comments are allowed here\n  "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["apps/web/src/*"] } }\n}\n');
    write('packages/notify/package.json', JSON.stringify({ name: '@mono/notify', main: 'dist/index.js', types: 'dist/index.d.ts' }));
    write('packages/notify/src/index.ts', "export * from './slack';\n");
    write('packages/notify/src/slack.ts', "import axios from 'axios';\nexport async function notifySlack(text: string) {\n  await axios.post('https://hooks.slack.com/services/T0/B0/X', { text });\n}\n");
    write('apps/web/src/lib/track.ts', "import { notifySlack } from '@mono/notify';\nexport const track = (who: string) => notifySlack(who);\n");
    write('apps/web/src/routes/signup.ts', "import { track } from '@/lib/track';\nexport const signup = (u: { email: string }) => track(u.email);\n");
    const r = await audit({ root });
    assert.deepEqual(r.findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.recipient?.name}`), ['undeclared-sharing packages/notify/src/slack.ts:3 Slack']);
    assert.deepEqual(r.findings[0].related.map((x) => x.file), ['apps/web/src/routes/signup.ts']);
  });
});
