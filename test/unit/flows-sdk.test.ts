import assert from 'node:assert/strict';
import { analyze, MINI_POLICY } from '../helpers';
import { parsePolicy } from '../../src/core/policy';
import { extractFacts } from '../../src/core/analysis/extract';
import { evaluate } from '../../src/core/audit';

/** What a table row pins: rule, file, line and the categories sent or collected. */
const pin = (files: Record<string, string>, kind: string) =>
  analyze(files, MINI_POLICY).filter((f) => f.kind === kind).map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories.join(',')}${f.recipient ? ` -> ${f.recipient.name}` : ''}`);

/** A policy that declares only an email address. */
const EMAIL_POLICY = '# Privacy\n\n## What we collect\n\nWe collect your email address when you sign up.\n';

/** The sharing findings: rule, file, line and the categories sent, and the recipient when asked for. */
const sharing = (files: Record<string, string>, policy: string, recipient = false, policyFile?: string) =>
  analyze(files, policy, policyFile).filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories.join(',')}${recipient ? ` ${f.recipient?.name}` : ''}`);

const rows: { name: string; kind?: string; files: Record<string, string>; expect: string[] }[] = [
  {
    name: "a client a Nuxt or Vue plugin injects (`inject('posthog', posthog)`, `provide: { mixpanel }`) is the one a component reaches as `this.$posthog` or `nuxtApp.$mixpanel`",
    files: {
      'plugins/posthog.client.js': "import posthog from 'posthog-js';\nexport default (context, inject) => {\n  inject('posthog', posthog);\n};\n",
      'plugins/mixpanel.ts': "import mixpanel from 'mixpanel-browser';\nexport default defineNuxtPlugin(() => ({ provide: { mixpanel } }));\n",
      'components/Join.vue': "<template><button @click=\"go\">Join</button></template>\n<script>\nexport default {\n  methods: {\n    go() {\n      const email = this.$refs.email.value;\n      this.$posthog.identify(email, { email });\n    },\n  },\n};\n</script>\n",
      'composables/track.ts': "export function trackSignup(nuxtApp: any, user: { phone: string }) {\n  nuxtApp.$mixpanel.people.set({ $phone: user.phone });\n}\n",
    },
    expect: ['sharing-condition-unmet components/Join.vue:7 user.contact.email -> PostHog', 'sharing-condition-unmet composables/track.ts:2 user.contact.phone_number -> Mixpanel'],
  },
  {
    name: "a Blob or File made with an audio or video media type (`new Blob([buf], { type: 'audio/webm' })`) is a recording, sent where it is posted; an image Blob is not",
    files: {
      'src/stt.ts': "const STT_URL = 'https://api.speechly.example/v1/transcribe';\nexport async function transcribe(req: Request) {\n  const form = await req.formData();\n  const buf = await (form.get('file') as Blob).arrayBuffer();\n  const clip = new Blob([buf], { type: 'audio/webm' });\n  const body = new FormData();\n  body.append('file', clip, 'clip.webm');\n  await fetch(STT_URL, { method: 'POST', body });\n  const thumb = new Blob([buf], { type: 'image/png' });\n  const body2 = new FormData();\n  body2.append('file', thumb);\n  await fetch(STT_URL, { method: 'POST', body: body2 });\n}\n",
    },
    expect: ['undeclared-sharing src/stt.ts:8 user.content.audio -> api.speechly.example'],
  },
  {
    name: "in a GitHub App's code (`getInstallationOctokit(installationId)`) an installation is the app's on an account, no device's; a mobile app's installation id is",
    files: {
      'src/github.ts': "import { App } from '@octokit/app';\nconst app = new App({ appId: '1', privateKey: 'k' });\nexport async function comment(installationId: number, owner: string, repo: string) {\n  const octokit = await app.getInstallationOctokit(installationId);\n  await octokit.request('POST /repos/{owner}/{repo}/issues/1/comments', { owner, repo, body: 'Changelog ready' });\n}\n",
      'src/device.ts': "export async function register(device: { installationId: string }) {\n  await fetch('https://api.pushvendor.example/devices', { method: 'POST', body: JSON.stringify({ id: device.installationId }) });\n}\n",
    },
    expect: ['undeclared-sharing src/device.ts:2 user.device.device_id -> api.pushvendor.example'],
  },
  {
    name: 'an event-tracking SDK (`@logsnag/node`) sends what its events carry to its vendor',
    files: { 'src/signup.ts': "import { LogSnag } from '@logsnag/node';\nconst logsnag = new LogSnag({ token: 'x', project: 'p' });\nexport async function signup(user: { email: string }) {\n  await logsnag.track({ channel: 'users', event: 'New user', user_id: user.email });\n}\n" },
    expect: ['sharing-condition-unmet src/signup.ts:4 user.contact.email -> LogSnag'],
  },
  {
    name: "LangChain's chat model of a vendor (`new ChatOpenAI()`, `new ChatAnthropic()` from `@langchain/*`) is that vendor's client",
    files: {
      'src/ai.ts': "import { ChatOpenAI } from '@langchain/openai';\nimport { ChatAnthropic } from '@langchain/anthropic';\nimport { HumanMessage } from '@langchain/core/messages';\nconst gpt = new ChatOpenAI({ model: 'gpt-4o-mini' });\nconst claude = new ChatAnthropic({ model: 'claude-3-5-haiku-latest' });\nexport async function summarize(t: { email: string; phone: string }) {\n  await gpt.invoke([new HumanMessage(`Reply to ${t.email}`)]);\n  await claude.invoke(`Call ${t.phone}`);\n}\n",
    },
    expect: ['undeclared-sharing src/ai.ts:7 user.contact.email -> OpenAI', 'undeclared-sharing src/ai.ts:8 user.contact.phone_number -> Anthropic'],
  },
  {
    name: "LangChain's older entry points (`langchain/llms/openai`, `langchain/chat_models/anthropic`) are the vendor's clients too, called with `.call()` or `.predict()`",
    files: {
      'src/ai.ts': "import { OpenAI } from 'langchain/llms/openai';\nimport { ChatAnthropic } from 'langchain/chat_models/anthropic';\nconst llm = new OpenAI({ temperature: 0 });\nconst chat = new ChatAnthropic({});\nexport async function draft(u: { email: string; phone: string }) {\n  await llm.call(`Write to ${u.email}`);\n  await chat.predict(`Call ${u.phone}`);\n}\n",
    },
    expect: ['undeclared-sharing src/ai.ts:6 user.contact.email,user.content.private -> OpenAI', 'undeclared-sharing src/ai.ts:7 user.contact.phone_number -> Anthropic'],
  },
  {
    name: "a chain composed with a model client (`prompt.pipe(model)`, `RunnableSequence.from([…, model])`, `new LLMChain({ llm })`) sends what it is invoked with to the model's vendor",
    files: {
      'src/chain.ts': "import { ChatOpenAI } from '@langchain/openai';\nimport { ChatAnthropic } from '@langchain/anthropic';\nimport { ChatPromptTemplate } from '@langchain/core/prompts';\nimport { RunnableSequence } from '@langchain/core/runnables';\nimport { StringOutputParser } from '@langchain/core/output_parsers';\nconst model = new ChatOpenAI({ model: 'gpt-4o' });\nconst prompt = ChatPromptTemplate.fromTemplate('Greet {name} at {email}');\nexport async function greet(u: { name: string; email: string }) {\n  const chain = prompt.pipe(model).pipe(new StringOutputParser());\n  return chain.invoke({ name: u.name, email: u.email });\n}\nexport async function call(u: { phone: string }) {\n  const seq = RunnableSequence.from([prompt, new ChatAnthropic({}), new StringOutputParser()]);\n  await seq.invoke({ phone: u.phone });\n  const plain = prompt.pipe(new StringOutputParser());\n  await plain.invoke({ phone: u.phone });\n}\n",
    },
    expect: ['undeclared-sharing src/chain.ts:10 user.name,user.contact.email -> OpenAI', 'undeclared-sharing src/chain.ts:14 user.contact.phone_number -> Anthropic'],
  },
  {
    name: "a client a request context carries (`const { resend } = ctx`, `ctx.sms.messages.create`) is the one the project exports by that name",
    files: {
      'src/lib/resend.ts': "import { Resend } from 'resend';\nexport const resend = new Resend(process.env.RESEND_KEY);\n",
      'src/lib/twilio.ts': "import twilio from 'twilio';\nexport const sms = twilio(process.env.SID, process.env.TOKEN);\n",
      'src/router.ts': "export const join = async ({ ctx, input }: { ctx: any; input: { phone: string; email: string } }) => {\n  const { db, resend } = ctx;\n  await resend.emails.send({ from: 'a@acme.io', to: input.email, subject: 'Welcome' });\n  await ctx.sms.messages.create({ to: input.phone, from: '+15550100', body: 'Hi' });\n};\n",
    },
    expect: ['undeclared-sharing src/router.ts:3 user.contact.email -> Resend', 'undeclared-sharing src/router.ts:4 user.contact.phone_number -> Twilio'],
  },
  {
    name: "what a callback sets on the event of an imported client's call goes with that call (`getBugsnag().notify(err, (event) => event.addMetadata(…))`)",
    files: {
      'src/clients.ts': "import Bugsnag, { type Client } from '@bugsnag/js';\nlet client: Client | undefined;\nexport function getBugsnag(): Client {\n  return (client ??= Bugsnag.start({ apiKey: 'k' }));\n}\n",
      'src/errors.ts': "import { getBugsnag } from './clients';\nexport function report(err: Error, s: { id: string; phone: string }) {\n  getBugsnag().notify(err, (event) => {\n    event.addMetadata('request', { route: '/x' });\n    event.addMetadata('student', { id: s.id, phone: s.phone });\n  });\n}\n",
    },
    expect: ['undeclared-sharing src/errors.ts:5 user.contact.phone_number -> Bugsnag'],
  },
  {
    name: 'a record typed in place holds the members of its members typed in place (`walk: { start: { lat, lng } }` spread into an event)',
    files: { 'src/track.ts': "import { Analytics } from '@segment/analytics-node';\nconst segment = new Analytics({ writeKey: 'k' });\nexport function walkDone(userId: string, walk: { id: string; durationMin: number; start: { lat: number; lng: number } }) {\n  segment.track({ userId, event: 'Walk Completed', properties: { ...walk } });\n}\n" },
    expect: ['sharing-condition-unmet src/track.ts:4 user.location.precise -> Segment'],
  },
  {
    name: "an analytics call's first argument names the event (`amplitude.track(name, props)`): a helper's `name` parameter is no person's name",
    files: {
      'src/analytics.ts': "import * as amplitude from '@amplitude/analytics-node';\nexport function trackEvent(driverId: string, name: string, props: Record<string, unknown>) {\n  amplitude.track(name, props, { user_id: driverId });\n}\nexport function trackSignup(u: { email: string }) {\n  amplitude.track('signup', { email: u.email });\n}\n",
      'src/use.ts': "import { trackEvent } from './analytics';\nexport const f = (d: { id: string; fullName: string }) => trackEvent(d.id, 'registered', {});\n",
    },
    expect: ['sharing-condition-unmet src/analytics.ts:6 user.contact.email -> Amplitude'],
  },
  {
    name: "a request's User-Agent header set from a parameter is the product's own client, not a person's browser",
    files: {
      'src/lookup.ts': "export async function fetchBoot(userAgent?: string) {\n  return fetch('https://data.iana.org/rdap/dns.json', { headers: { ...(userAgent ? { 'User-Agent': userAgent } : {}) } });\n}\n",
      'src/run.ts': "import { fetchBoot } from './lookup';\nexport const run = (options: { userAgent: string }) => fetchBoot(options.userAgent);\n",
    },
    expect: [],
  },
  {
    name: 'a service on a reserved or private host (*.localhost, *.test, 10.x) is our own, not a third party',
    files: {
      'src/scrub.ts': "export async function scrub(email: string) {\n  await fetch('http://pii-scrubber.localhost/clean', { method: 'POST', body: JSON.stringify({ email }) });\n  await fetch('http://10.0.0.5:8080/clean', { method: 'POST', body: JSON.stringify({ email }) });\n  await fetch('https://scrubber.example-vendor.io/clean', { method: 'POST', body: JSON.stringify({ email }) });\n}\n",
    },
    expect: ['undeclared-sharing src/scrub.ts:4 user.contact.email -> scrubber.example-vendor.io'],
  },
  {
    name: "MaxMind's Reader looks an address up in a local database file; its web service client sends it",
    files: {
      'src/geo.ts': "import { Reader, WebServiceClient } from '@maxmind/geoip2-node';\nconst client = new WebServiceClient('1', 'key');\nexport async function locate(ipAddress: string) {\n  const reader = await Reader.open('/data/GeoLite2-City.mmdb');\n  const local = reader.city(ipAddress);\n  const remote = await client.city(ipAddress);\n  return [local, remote];\n}\n",
    },
    expect: ['undeclared-sharing src/geo.ts:6 user.device.ip_address -> MaxMind'],
  },
  {
    name: "a request builder's payload chained after the request (superagent's .send(body), .query(q)) is what it sends",
    files: {
      'src/mail.ts': "import request from 'superagent';\nexport async function invite(email: string, phone: string) {\n  await request.post('https://api.mailgun.net/v3/acme.io/messages').set('Accept', 'application/json').send({ to: email });\n  await request.get('https://api.example-lookup.io/v1').query({ phone });\n  await request.post('https://api.mailgun.net/v3/acme.io/events').send({ kind: 'opened' });\n}\n",
    },
    expect: ['undeclared-sharing src/mail.ts:3 user.contact.email -> Mailgun', 'undeclared-sharing src/mail.ts:4 user.contact.phone_number -> api.example-lookup.io'],
  },
  {
    name: "a bot's message formatters and builders (discord.js codeBlock, EmbedBuilder) only make text; its webhook client sends it",
    files: {
      'src/log.ts': "import { codeBlock, hyperlink, EmbedBuilder, WebhookClient } from 'discord.js';\nconst hook = new WebhookClient({ url: process.env.HOOK! });\nexport function describe(m: { authorName: string; email: string; avatarUrl: string }) {\n  const text = codeBlock(m.authorName);\n  const link = hyperlink('avatar', m.avatarUrl);\n  const embed = new EmbedBuilder().setTitle(m.authorName);\n  return { text, link, embed };\n}\nexport const notify = (email: string) => hook.send({ content: email });\n",
    },
    expect: ['undeclared-sharing src/log.ts:9 user.contact.email -> Discord'],
  },
  {
    name: 'an image or frame URL built from personal data sends it to the host the browser fetches it from; own paths, ids and places send nothing',
    files: {
      'src/avatar.tsx': "type P = { id: string; email: string; fullName: string };\nexport const Avatar = ({ p, venue }: { p: P; venue: { lat: number; lng: number } }) => {\n  const initials = `https://api.dicebear.com/7.x/initials/svg?seed=${p.fullName}`;\n  return (\n    <div>\n      <img src={`https://avatar.vercel.sh/${p.email}`} />\n      <img src={'https://ui-avatars.com/api/?name=' + p.fullName} />\n      <img src={initials} />\n      <img src={`/api/avatar/${p.email}`} />\n      <img src={`https://cdn.acme.io/avatars/${p.id}.png`} />\n      <iframe src={`https://maps.google.com/maps?q=${venue.lat},${venue.lng}`} />\n    </div>\n  );\n};\n",
    },
    expect: ['undeclared-sharing src/avatar.tsx:6 user.contact.email -> Vercel Avatar', 'undeclared-sharing src/avatar.tsx:7 user.name -> UI Avatars', 'undeclared-sharing src/avatar.tsx:8 user.name -> DiceBear'],
  },
  {
    name: 'an avatar directory looks the person up by the hash of their email, so a hashed email in its URL is still theirs; a hash sent to an image CDN is not',
    files: {
      'src/face.tsx': "import { createHash } from 'crypto';\ntype U = { id: string; email: string };\nexport const Face = ({ u }: { u: U }) => {\n  const hash = createHash('sha256').update(u.email.trim().toLowerCase()).digest('hex');\n  const md5 = createHash('md5').update(u.email).digest('hex');\n  return (\n    <div>\n      <img src={`https://www.gravatar.com/avatar/${hash}?d=404`} />\n      <img src={`https://seccdn.libravatar.org/avatar/${md5}`} />\n      <img src={`https://res.cloudinary.com/acme/image/upload/${hash}.png`} />\n    </div>\n  );\n};\n",
    },
    expect: ['undeclared-sharing src/face.tsx:8 user.contact.email -> Gravatar', 'undeclared-sharing src/face.tsx:9 user.contact.email -> Libravatar'],
  },
  {
    name: "a helper that returns an avatar directory's URL for an email sends that email wherever the URL is shown; a name passed to it looks nobody up, and an image CDN's URL sends nothing",
    files: {
      'src/grav.ts': "import crypto from 'crypto';\nconst baseUrl = 'https://www.gravatar.com/avatar/';\nexport function gravatarUrl(email: string, size?: number) {\n  const hash = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');\n  const url = size ? `${baseUrl}${hash}?s=${size}` : `${baseUrl}${hash}`;\n  return url;\n}\nexport function cdnUrl(key: string) {\n  return 'https://res.cloudinary.com/acme/image/upload/' + key;\n}\n",
      'src/List.tsx': "import { gravatarUrl, cdnUrl } from './grav';\ntype Contact = { id: string; email: string; photoKey: string };\nexport const List = ({ contacts }: { contacts: Contact[] }) => (\n  <ul>{contacts.map((c) => <li key={c.id}><img src={gravatarUrl(c.email, 75)} /><img src={cdnUrl(c.photoKey)} /></li>)}</ul>\n);\nexport const Peer = ({ p }: { p: { fullName: string } }) => <img src={gravatarUrl(p.fullName)} />;\n",
    },
    expect: ['undeclared-sharing src/grav.ts:6 user.contact.email -> Gravatar'],
  },
  {
    name: "a helper method the product hangs on an SDK client is not the SDK's own send: the call inside it is reported once, its retries and callers are not",
    files: {
      'src/ai.ts': "import OpenAI from 'openai';\nconst client = new OpenAI();\ntype Msg = { role: 'user'; content: string };\ntype Custom = OpenAI & { ask: (o: { messages: Msg[]; retries?: number }) => Promise<string> };\nexport const ai = client as Custom;\nai.ask = async ({ messages, retries = 1 }) => {\n  const r = await ai.chat.completions.create({ model: 'gpt-4o', messages });\n  const out = r.choices[0]?.message?.content;\n  if (!out && retries > 0) return ai.ask({ messages, retries: retries - 1 });\n  return out ?? '';\n};\n",
    },
    expect: ['undeclared-sharing src/ai.ts:7 user.content.private -> OpenAI'],
  },
  {
    name: "the request package (request-promise) is an HTTP client; a `var` only ever set to URLs at one host is that host",
    files: {
      'src/geo.ts': "import request from 'request-promise';\nexport function lookup(ipAddress: string, insights: boolean) {\n  var url = 'https://geoip.maxmind.com/geoip/v2.1/city/';\n  if (insights) url = 'https://geoip.maxmind.com/geoip/v2.1/insights/';\n  return request.get(url + ipAddress, { headers: { Authorization: 'Basic k' } });\n}\nexport function other(ip: string, eu: boolean) {\n  let base = 'https://geo.acme.io/';\n  if (eu) base = 'https://ipinfo.io/';\n  return request(base + ip);\n}\n",
    },
    expect: ['undeclared-sharing src/geo.ts:5 user.device.ip_address -> MaxMind'],
  },
  {
    name: "a form posted straight to a vendor (form backend, newsletter list, Google Forms) sends its inputs there; a form to the product's own endpoint and hidden inputs send nothing",
    files: {
      'src/Contact.tsx': "export const Contact = () => (\n  <form action=\"https://formspree.io/f/xyzw\" method=\"POST\">\n    <input type=\"email\" name=\"email\" />\n    <input name=\"fullName\" />\n    <input type=\"hidden\" name=\"_subject\" value=\"Contact\" />\n  </form>\n);\nexport const Own = () => <form action=\"/api/contact\"><input name=\"email\" /></form>;\n",
      'index.html': '<!doctype html>\n<body>\n<form action="https://acme.us21.list-manage.com/subscribe/post?u=1&amp;id=2" method="post">\n  <input type="email" name="EMAIL">\n  <input type="hidden" name="b_1_2" value="">\n</form>\n</body>\n',
      'src/Feedback.vue': '<template>\n  <form action="https://docs.google.com/forms/d/e/abc/formResponse" method="POST">\n    <input name="entry.1" type="tel">\n    <textarea name="comment"></textarea>\n  </form>\n  <a href="https://docs.google.com/document/d/abc">Terms</a>\n</template>\n<script setup lang="ts">\nconst x = 1;\n</script>\n',
    },
    expect: ['prohibited-sharing index.html:3 user.contact.email -> Mailchimp', 'undeclared-sharing src/Contact.tsx:2 user.contact.email,user.name -> Formspree', 'undeclared-sharing src/Feedback.vue:2 user.contact.phone_number -> Google Forms'],
  },
  {
    name: "a client made by a required module's factory (require('twilio')(sid, token)) and a hosted job queue's event (Inngest) receive what they are sent",
    files: {
      'src/sms.ts': "const twilio = require('twilio')(process.env.SID, process.env.TOKEN);\nexport const remind = async (homePhone: string) => twilio.messages.create({ to: homePhone, body: 'Your visit is tomorrow' });\n",
      'src/jobs.ts': "import { Inngest } from 'inngest';\nconst inngest = new Inngest({ id: 'acme' });\nexport const invite = (homePhone: string) => inngest.send({ name: 'team/invite', data: { homePhone } });\nexport const define = (job: { id: string; name: string }) => inngest.createFunction({ id: job.id, name: job.name }, { event: job.id }, async () => {});\n",
    },
    expect: ['undeclared-sharing src/jobs.ts:3 user.contact.phone_number -> Inngest', 'undeclared-sharing src/sms.ts:2 user.contact.phone_number -> Twilio'],
  },
  {
    name: 'SDK settings kept in a variable before init (sendDefaultPii: true) send what they say',
    files: {
      'src/sentry.ts': "import * as Sentry from '@sentry/node';\nconst options: Sentry.NodeOptions = {\n  dsn: process.env.SENTRY_DSN,\n  sendDefaultPii: true,\n};\nSentry.init(options);\n",
    },
    expect: ['undeclared-sharing src/sentry.ts:6 user.device.ip_address -> Sentry'],
  },
  {
    name: 'a Discord webhook client (discord-webhook-node) gets the fields added to the embed it sends',
    files: {
      'src/feedback.ts': "import { Webhook, MessageBuilder } from 'discord-webhook-node';\nexport async function notify(url: string, account: { homePhone: string }) {\n  const hook = new Webhook(url);\n  const embed = new MessageBuilder().setTitle('Feedback');\n  embed.addField('Phone', account.homePhone, true);\n  await hook.send(embed);\n}\n",
    },
    expect: ['undeclared-sharing src/feedback.ts:5 user.contact.phone_number -> Discord'],
  },
  {
    name: "an SDK's payload builder (new amplitude.Identify()) fed in a loop over a helper's parameter is sent by the call that sends it",
    files: {
      'src/analytics.ts': "import * as amplitude from '@amplitude/analytics-react-native';\nexport function setTraits(traits: Record<string, string>) {\n  const identify = new amplitude.Identify();\n  for (const [key, value] of Object.entries(traits)) identify.set(key, value);\n  amplitude.identify(identify);\n}\n",
      'src/screen.ts': "import { setTraits } from './analytics';\nexport function onSaved(values: { homePhone: string }) {\n  setTraits({ phone: values.homePhone });\n}\n",
    },
    expect: ['sharing-condition-unmet src/analytics.ts:5 user.contact.phone_number -> Amplitude'],
  },
  {
    name: "a service account's email sent to a token endpoint is a machine's; a host filled in at run time names no recipient",
    files: {
      'src/token.ts': "export async function mint(serviceAccount: { client_email: string }) {\n  await fetch('https://oauth2.googleapis.com/token', { method: 'POST', body: JSON.stringify({ iss: serviceAccount.client_email }) });\n}\n",
      'src/search.ts': "export async function search(domain: string, user: { homePhone: string }) {\n  await fetch(`https://www.${domain}/search?q=${user.homePhone}`);\n}\n",
    },
    expect: [],
  },
  {
    name: "a mobile app's monitoring or analytics SDK set up (`@sentry/react-native`, `posthog-react-native`) reports from the person's phone; a server SDK's setup is not reported beside it",
    files: {
      'src/sentry.tsx': "import * as Sentry from '@sentry/react-native';\nexport function SentryProvider() {\n  Sentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1', environment: 'production' });\n}\n",
      'src/server.ts': "import * as Sentry from '@sentry/node';\nSentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1' });\n",
    },
    expect: ['undeclared-sharing src/sentry.tsx:3 user.device.ip_address,user.device.user_agent -> Sentry'],
  },
  {
    name: 'an error-monitoring SDK set up on the server reports its errors: counted where nothing else in the project reaches that vendor (`Sentry.init`, `Bugsnag.start`); a declared vendor, or an analytics SDK on the server, is not',
    files: {
      'src/server.ts': "import * as Sentry from '@sentry/node';\nif (process.env.SENTRY_DSN) {\n  Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 1.0 });\n}\n",
      'src/bugsnag.ts': "import Bugsnag from '@bugsnag/node';\nBugsnag.start({ apiKey: 'k' });\n",
      'src/posthog.ts': "import { PostHog } from 'posthog-node';\nexport const ph = new PostHog('k');\n",
      'src/honeybadger.ts': "import Honeybadger from '@honeybadger-io/js';\nHoneybadger.configure({ apiKey: 'k' });\n",
    },
    expect: ['undeclared-sharing src/bugsnag.ts:2 user.telemetry -> Bugsnag', 'undeclared-sharing src/honeybadger.ts:2 user.telemetry -> Honeybadger', 'undeclared-sharing src/server.ts:3 user.telemetry -> Sentry'],
  },
  {
    name: 'a scope handed to a withScope callback',
    files: { 'src/a.ts': "import * as Sentry from '@sentry/node';\nexport function fail(u: { id: string; phone: string }, err: Error) {\n  Sentry.withScope((scope) => {\n    scope.setUser({ id: u.id, phone: u.phone });\n    Sentry.captureException(err);\n  });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:4 user.contact.phone_number -> Sentry'],
  },
  {
    name: 'a record typed in place and passed whole in the context of captureException (extra: { user })',
    files: { 'src/a.ts': "import * as Sentry from '@sentry/node';\nexport function fail(err: Error, user: { id: string; phone: string }) {\n  Sentry.captureException(err, { extra: { user } });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:3 user.contact.phone_number -> Sentry'],
  },
  {
    name: 'the event of an onError callback in start options',
    files: { 'src/a.ts': "import Bugsnag from '@bugsnag/js';\nBugsnag.start({\n  apiKey: 'k',\n  onError: (event) => {\n    event.setUser(current.id, current.homePhone, current.name);\n  },\n});\n" },
    expect: ['undeclared-sharing src/a.ts:5 user.contact.phone_number -> Bugsnag'],
  },
  {
    name: 'getCurrentScope().setUser and the context argument of captureException',
    files: { 'src/a.ts': "import * as Sentry from '@sentry/nestjs';\nexport function tag(p: { id: string; phone: string }, err: Error) {\n  Sentry.getCurrentScope().setUser({ id: p.id, phone: p.phone });\n  Sentry.captureException(err, { user: { phone: p.phone } });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:3 user.contact.phone_number -> Sentry', 'undeclared-sharing src/a.ts:4 user.contact.phone_number -> Sentry'],
  },
  {
    name: "a messaging API's `to` is a phone number; rollbar.error sends its person context",
    files: { 'src/a.ts': "import twilio from 'twilio';\nimport Rollbar from 'rollbar';\nconst client = twilio('a', 'b');\nconst rollbar = new Rollbar({ accessToken: 't' });\nexport async function sms(recipient: string, err: Error, u: { id: string; homePhone: string }) {\n  await client.messages.create({ to: recipient, body: 'hi' });\n  rollbar.error(err, { person: { id: u.id, phone: u.homePhone } });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:6 user.contact.phone_number -> Twilio', 'undeclared-sharing src/a.ts:7 user.contact.phone_number -> Rollbar'],
  },
  {
    name: "a title under an API's `name` key is a video's name, not a person's; a plain read under it is",
    files: { 'src/v.ts': "export async function up(title: string, owner: { name: string }) {\n  await fetch('https://api.vimeo.com/me/videos', { method: 'POST', body: JSON.stringify({ name: title }) });\n  await fetch('https://api.vimeo.com/me/videos', { method: 'POST', body: JSON.stringify({ name: owner.name }) });\n}\n" },
    expect: ['undeclared-sharing src/v.ts:3 user.name -> Vimeo'],
  },
  {
    name: "a push service's `to` is the device's push token, not a phone number",
    files: { 'src/push.ts': "export async function notify(user: { expo_push_token: string }) {\n  await fetch('https://exp.host/--/api/v2/push/send', { method: 'POST', body: JSON.stringify({ to: user.expo_push_token, title: 'Done' }) });\n}\n" },
    expect: ['undeclared-sharing src/push.ts:2 user.device.push_token -> Expo Push Service'],
  },
  {
    name: 'a client typed ReturnType<typeof twilio>, made lazily in a local factory',
    files: { 'src/a.ts': "import twilio from 'twilio';\nlet sms: ReturnType<typeof twilio> | undefined;\nfunction smsClient() {\n  sms ??= twilio('a', 'b');\n  return sms;\n}\nexport const remind = (g: { mobile: string }) => smsClient().messages.create({ to: g.mobile, body: 'Tomorrow!' });\n" },
    expect: ['undeclared-sharing src/a.ts:7 user.contact.phone_number -> Twilio'],
  },
  {
    name: "an SDK set up with a user (Sentry initialScope) sends it with every event",
    files: { 'src/a.ts': "import * as Sentry from '@sentry/react';\nexport function boot(me: { id: string; phone: string }) {\n  Sentry.init({ dsn: 'x', initialScope: { user: { id: me.id, phone: me.phone } } });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:3 user.contact.phone_number -> Sentry'],
  },
  {
    name: 'a client injected through a constructor parameter property',
    files: { 'src/a.ts': "import { Inject } from '@nestjs/common';\nimport { Client } from '@bugsnag/js';\nexport class Filter {\n  constructor(@Inject('BUGSNAG') private readonly bugsnag: Client) {}\n  report(err: Error, user: { phone: string }) {\n    this.bugsnag.notify(err, { metaData: { phone: user.phone } });\n  }\n}\n" },
    expect: ['undeclared-sharing src/a.ts:6 user.contact.phone_number -> Bugsnag'],
  },
  {
    name: 'a lazily built client exported as a function, and one exported under another name',
    files: {
      'src/clients.ts': "import Twilio from 'twilio';\nimport Anthropic from '@anthropic-ai/sdk';\nlet c: Twilio | undefined;\nexport const sms = () => (c ??= new Twilio('sid', 'token'));\nconst anthropic = new Anthropic();\nexport { anthropic as summaryModel };\n",
      'src/use.ts': "import { sms, summaryModel } from './clients';\nexport async function go(u: { phone: string }) {\n  await sms().messages.create({ to: u.phone, body: 'hi' });\n  await summaryModel.messages.create({ messages: [{ role: 'user', content: `call ${u.phone}` }] });\n}\n",
    },
    expect: ['undeclared-sharing src/use.ts:3 user.contact.phone_number -> Twilio', 'undeclared-sharing src/use.ts:4 user.contact.phone_number -> Anthropic'],
  },
  {
    name: 'a local made by a factory function of another module',
    files: {
      'src/lib/crm.ts': "import { Client } from '@hubspot/api-client';\nexport function createCrmClient() {\n  return new Client({ accessToken: 't' });\n}\n",
      'src/sync.ts': "import { createCrmClient } from './lib/crm';\nexport async function sync(u: { homePhone: string }) {\n  const crm = createCrmClient();\n  await crm.contacts.create({ phone: u.homePhone });\n}\n",
    },
    expect: ['undeclared-sharing src/sync.ts:4 user.contact.phone_number -> HubSpot'],
  },
  {
    name: 'a class getter that builds the client',
    files: { 'src/a.ts': "import { ServerClient } from 'postmark';\nexport class Mail {\n  private pm?: ServerClient;\n  private get client(): ServerClient {\n    return (this.pm ??= new ServerClient('t'));\n  }\n  send(u: { phone: string }) {\n    return this.client.sendEmail({ To: 'x@y.z', TextBody: u.phone });\n  }\n}\n" },
    expect: ['undeclared-sharing src/a.ts:8 user.contact.phone_number -> Postmark'],
  },
  {
    name: 'a tracking global behind an accessor',
    files: { 'src/a.ts': "const rdt = () => (typeof window === 'undefined' ? undefined : window.rdt);\nexport function signup(w: { phone: string }) {\n  rdt()?.('track', 'SignUp', { phone: w.phone });\n}\n" },
    expect: ['prohibited-sharing src/a.ts:3 user.contact.phone_number -> Reddit Pixel'],
  },
  {
    name: 'an IP address in the URL path and an email in a query string built on an earlier line',
    files: { 'src/a.ts': "export async function geo(ip: string, phone: string) {\n  await fetch(`https://ipapi.co/${ip}/json/`);\n  const params = new URLSearchParams({ key: 'k', phone });\n  await fetch(`https://api.zerobounce.net/v2/validate?${params}`);\n}\n" },
    expect: ['undeclared-sharing src/a.ts:2 user.device.ip_address -> ipapi', 'undeclared-sharing src/a.ts:4 user.contact.phone_number -> ZeroBounce'],
  },
  {
    name: 'a background-removal API (`api.remove.bg`) is a vendor the catalog knows',
    files: {
      'src/bg.ts': "export async function cut(photo: { selfieUrl: string }) {\n  const form = new FormData();\n  form.append('image_url', photo.selfieUrl);\n  return fetch('https://api.remove.bg/v1.0/removebg', { method: 'POST', body: form });\n}\n",
    },
    expect: ['undeclared-sharing src/bg.ts:4 user.content.self_image.selfie -> remove.bg'],
  },
  {
    name: "a helper that reports inside a callback (`Sentry.withScope((scope) => scope.setExtras(extra))`): what its callers pass reaches the vendor",
    files: {
      'src/monitoring.ts': "import * as Sentry from '@sentry/node';\nexport function reportError(err: unknown, extra: Record<string, unknown> = {}) {\n  Sentry.withScope((scope) => {\n    scope.setExtras(extra);\n    Sentry.captureException(err);\n  });\n}\n",
      'src/apply.ts': "import { reportError } from './monitoring';\nexport async function apply(data: { phone: string }) {\n  try { await save(data); } catch (err) { reportError(err, { applicantPhone: data.phone }); }\n}\ndeclare function save(d: unknown): Promise<void>;\n",
    },
    expect: ['undeclared-sharing src/monitoring.ts:4 user.contact.phone_number -> Sentry'],
  },
  {
    name: "a request helper that sends its options' body as a query string: what its callers put in the body is sent",
    files: {
      'src/hubspot.ts': "export async function hubspotRequest(endpoint: string, options: { method?: string; body?: Record<string, string> } = {}) {\n  const res = await fetch(`https://api.hubapi.com/crm/v3${endpoint}`, {\n    method: options.method ?? 'GET',\n    body: options.body ? new URLSearchParams(options.body).toString() : undefined,\n  });\n  return res.json();\n}\nexport async function createCustomer(email: string) {\n  const body: Record<string, string> = { email };\n  return hubspotRequest('/contacts', { method: 'POST', body });\n}\nexport const getCustomer = (id: string) => hubspotRequest(`/contacts/${id}`);\n",
      'src/signup.ts': "import { createCustomer } from './hubspot';\nexport const onSignup = (u: { phone: string }) => createCustomer(u.phone);\n",
    },
    expect: ['undeclared-sharing src/hubspot.ts:2 user.unique_id,user.contact.email,user.contact.phone_number -> HubSpot'],
  },
  {
    name: 'a Convex component named for its vendor (`@convex-dev/resend`) sends to that vendor; a marketing list client (`lumail`) to its vendor',
    files: { 'src/mail.ts': "import { Resend } from '@convex-dev/resend';\nimport { Lumail } from 'lumail';\nconst resend = new Resend({}, { testMode: false });\nconst lumail = new Lumail('k');\nexport async function welcome(ctx: unknown, user: { email: string; name: string }) {\n  await resend.sendEmail(ctx, { from: 'hi@acme.io', to: user.email, subject: 'Welcome' });\n  await lumail.subscribers.create({ email: user.email, name: user.name });\n}\n" },
    expect: ['undeclared-sharing src/mail.ts:6 user.contact.email -> Resend', 'prohibited-sharing src/mail.ts:7 user.contact.email,user.name -> Lumail'],
  },
  {
    name: "a URL a local function returns (`fetch(gaUrl(), …)`) is that function's string; the Authorization header is the product's own key",
    files: { 'src/a.ts': "const GA_ENDPOINT = 'https://www.google-analytics.com/mp/collect';\nfunction gaUrl(): string {\n  return `${GA_ENDPOINT}?measurement_id=${process.env.GA_ID}`;\n}\nfunction basic(login: string, password: string) {\n  return `Basic ${btoa(`${login}:${password}`)}`;\n}\nexport async function booked(b: { email: string }, credentials: { login: string; password: string }) {\n  await fetch(gaUrl(), { method: 'POST', body: JSON.stringify({ user_id: b.email }) });\n  await fetch('https://api.dataforseo.com/v3/x', { method: 'POST', headers: { Authorization: basic(credentials.login, credentials.password) }, body: '[]' });\n}\n" },
    expect: ['sharing-condition-unmet src/a.ts:9 user.contact.email -> Google Analytics'],
  },
  {
    name: "a vendor's own identifiers for a person (`discordId`, `discordAvatar` in a Discord URL) tell it nothing new; an email to it does",
    files: { 'src/a.ts': "export async function avatar(p: { discordId: string; discordAvatar: string; email: string }) {\n  await fetch(`https://discord.com/api/avatars/${p.discordId}/${p.discordAvatar}.png`);\n  await fetch(`https://discord.com/api/users?email=${p.email}`);\n}\n" },
    expect: ['undeclared-sharing src/a.ts:3 user.contact.email -> Discord'],
  },
  {
    name: 'a FormData body filled by append calls; the key names a value whose own name says nothing',
    files: { 'src/a.ts': "export async function upload(file: Blob, c: { phone: string }) {\n  const form = new FormData();\n  form.append('idScan', file);\n  form.append('customIdentifier', c.phone);\n  await fetch('https://api.affinda.com/v3/documents', { method: 'POST', body: form });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:5 user.content.documents,user.contact.phone_number -> api.affinda.com'],
  },
  {
    name: 'values through map callbacks and string transformations',
    files: { 'src/a.ts': "import axios from 'axios';\nexport async function push(rows: { home_phone: string }[]) {\n  const body = rows.map((r) => ({ phone: r.home_phone.trim().toLowerCase() }));\n  await axios.post('https://hooks.zapier.com/x', { body });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:4 user.contact.phone_number -> Zapier'],
  },
  {
    name: "the Vercel AI SDK sends to its model's provider",
    files: { 'src/a.ts': "import { generateText } from 'ai';\nimport { anthropic } from '@ai-sdk/anthropic';\nexport const draft = (c: { phone: string }) => generateText({ model: anthropic('claude-3-5-haiku'), prompt: `Call ${c.phone}` });\nexport const gw = (c: { phone: string }) => generateText({ model: 'openai/gpt-4o', prompt: `Call ${c.phone}` });\n" },
    expect: ['undeclared-sharing src/a.ts:3 user.contact.phone_number -> Anthropic', 'undeclared-sharing src/a.ts:4 user.contact.phone_number -> OpenAI'],
  },
  {
    name: 'a winston logger with an HTTP transport to a log vendor, used from another module',
    files: {
      'src/log.ts': "import winston from 'winston';\nexport const log = winston.createLogger({\n  transports: [new winston.transports.Http({ host: 'in.logs.betterstack.com', ssl: true })],\n});\n",
      'src/notify.ts': "import { log } from './log';\nexport function sent(sub: { phone: string }) {\n  log.info('sent', { to: sub.phone });\n}\n",
    },
    expect: ['undeclared-sharing src/notify.ts:3 user.contact.phone_number -> Better Stack Logs'],
  },
  {
    name: 'a helper named for a domain does not send the email it was derived from',
    files: { 'src/a.ts': "const companyDomain = (workEmail: string) => workEmail.split('@')[1];\nexport async function find(workEmail: string) {\n  const domain = companyDomain(workEmail);\n  await fetch(`https://company.clearbit.com/v2/companies/find?domain=${encodeURIComponent(domain)}`);\n  await fetch('https://api.vercel.com/v10/domains', { method: 'POST', body: JSON.stringify({ name: domain }) });\n}\n" },
    expect: [],
  },
  {
    name: "a venue's address and phone are not a person's",
    kind: 'collection',
    files: { 'src/a.ts': 'export interface Venue {\n  name: string;\n  address: string;\n  phone: string;\n  ownerPhone: string;\n}\nexport class Clinic {\n  address!: { line1: string; postcode: string };\n}\n' },
    expect: ['undeclared-collection src/a.ts:5 user.contact.phone_number'],
  },
  {
    name: 'an SDK loaded through a local loader function (`await getSentry()`)',
    files: { 'src/a.ts': "async function getSentry(): Promise<typeof import('@sentry/browser')> {\n  return await import('@sentry/browser');\n}\nexport async function setUser(uid: string, phone: string) {\n  const Sentry = await getSentry();\n  Sentry.setUser({ id: uid, phone });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:6 user.contact.phone_number -> Sentry'],
  },
  {
    name: 'a local factory function that returns a client, maybe null (`function getDub() { … return new Dub(…) }`)',
    files: { 'src/a.ts': "import Twilio from 'twilio';\nfunction getSms() {\n  if (!process.env.TWILIO_SID) return null;\n  return new Twilio('sid', 'token');\n}\nexport async function text(u: { phone: string }) {\n  const sms = getSms();\n  if (!sms) return;\n  await sms.messages.create({ to: u.phone, body: 'hi' });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:9 user.contact.phone_number -> Twilio'],
  },
  {
    name: 'an SDK handed to the callback of a dynamic import (`import(…).then(({ default: posthog }) => …)`)',
    files: { 'src/a.ts': "export function identify(u: { id: string; phone: string }) {\n  import('posthog-js').then(({ default: posthog }) => {\n    posthog.identify(u.id, { phone: u.phone });\n  });\n}\n" },
    expect: ['sharing-condition-unmet src/a.ts:3 user.contact.phone_number -> PostHog'],
  },
  {
    name: "a vendor's own package under another name (posthog-js-lite)",
    files: { 'src/a.ts': "import { PostHog } from 'posthog-js-lite';\nconst posthog = new PostHog('k', {});\nexport const identify = (id: string, phone: string) => posthog.identify(id, { phone });\n" },
    expect: ['sharing-condition-unmet src/a.ts:3 user.contact.phone_number -> PostHog'],
  },
  {
    name: "a FormData `To` posted to a messaging API is a phone number; the deployment's account id is not a person's",
    files: { 'src/a.ts': "export async function alert(n: { sms: string }, env: { TWILIO_ACCOUNT_ID: string }) {\n  const body = new FormData();\n  body.set('To', n.sms);\n  body.set('Body', 'down');\n  await fetch(`https://api.twilio.com/2010-04-01/Accounts/${env.TWILIO_ACCOUNT_ID}/Messages.json`, { method: 'post', body });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:5 user.contact.phone_number -> Twilio'],
  },
  {
    name: "an AI SDK call whose model another module builds goes to that model's provider",
    files: {
      'src/lib/ai.ts': "import { createOpenAI } from '@ai-sdk/openai';\nconst openai = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });\nexport const summaryModel = openai('gpt-4o-mini');\n",
      'src/summarize.ts': "import { generateText } from 'ai';\nimport { summaryModel } from './lib/ai';\nexport const summarize = (a: { phone: string }) => generateText({ model: summaryModel, prompt: `Call ${a.phone}` });\n",
    },
    expect: ['undeclared-sharing src/summarize.ts:3 user.contact.phone_number -> OpenAI'],
  },
  {
    name: "an AI SDK call whose model a function of another module makes (`model: reviewModel()`, a provider built lazily) goes to that provider",
    files: {
      'src/lib/ai.ts': "import { createOpenAI } from '@ai-sdk/openai';\nlet provider: ReturnType<typeof createOpenAI> | undefined;\nexport function reviewModel() {\n  provider ??= createOpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  return provider('gpt-4o-mini');\n}\n",
      'src/summarize.ts': "import { generateText } from 'ai';\nimport { reviewModel } from './lib/ai';\nexport const summarize = (a: { phone: string }) => generateText({ model: reviewModel(), prompt: `Call ${a.phone}` });\n",
    },
    expect: ['undeclared-sharing src/summarize.ts:3 user.contact.phone_number -> OpenAI'],
  },
  {
    name: "a hook that returns a wrapper of the SDK call: the callers' data reaches the call (`analytics.capture`)",
    files: {
      'src/hooks/use-analytics.ts': "import { posthog } from 'posthog-js';\nexport function useAnalytics() {\n  const capture = (event: string, properties?: Record<string, unknown>) => {\n    posthog.capture(event, properties);\n  };\n  return { capture };\n}\n",
      'src/signup.tsx': "import { useAnalytics } from './hooks/use-analytics';\nexport function SignUp(p: { phone: string }) {\n  const analytics = useAnalytics();\n  analytics.capture('signup', { phone: p.phone });\n  return null;\n}\n",
    },
    expect: ['sharing-condition-unmet src/hooks/use-analytics.ts:4 user.contact.phone_number -> PostHog'],
  },
  {
    name: 'the same through a destructured wrapper (`const { capture } = useAnalytics()`)',
    files: {
      'src/hooks/use-analytics.ts': "import { posthog } from 'posthog-js';\nexport function useAnalytics() {\n  const capture = (event: string, properties?: Record<string, unknown>) => {\n    posthog.capture(event, properties);\n  };\n  return { capture };\n}\n",
      'src/claim.tsx': "import { useAnalytics } from './hooks/use-analytics';\nexport function Claim(p: { homePhone: string }) {\n  const { capture } = useAnalytics();\n  capture('claim', { phone: p.homePhone });\n  return null;\n}\n",
    },
    expect: ['sharing-condition-unmet src/hooks/use-analytics.ts:4 user.contact.phone_number -> PostHog'],
  },
  {
    name: "a webhook URL from the environment with an empty fallback (`env.SLACK_OPS_WEBHOOK_URL ?? ''`) and a message joined from lines",
    files: { 'src/a.ts': "export async function ping(d: { homePhone: string }) {\n  const text = [`Driver: ${d.homePhone}`, 'please call'].join('\\n');\n  await fetch(process.env.SLACK_OPS_WEBHOOK_URL ?? '', { method: 'POST', body: JSON.stringify({ text }) });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:3 user.contact.phone_number -> Slack'],
  },
  {
    name: "the WhatsApp Cloud API on Meta's Graph host is a messaging API, not Meta's pixel",
    files: { 'src/a.ts': "const API = 'https://graph.facebook.com/v21.0';\nexport async function notify(phoneNumberId: string, recipient: string) {\n  await fetch(`${API}/${phoneNumberId}/messages`, { method: 'POST', body: JSON.stringify({ messaging_product: 'whatsapp', to: recipient, text: { body: 'Paid' } }) });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:3 user.contact.phone_number -> WhatsApp Business Platform'],
  },
  {
    name: 'a record named for sensitive content holds it in its text, file or descriptor fields; a file key is the file, a picked avatar key is not; an app listing\'s screenshots and a health check are no person\'s',
    kind: 'collection',
    files: { 'src/a.ts': "export const screenshots = pgTable('screenshots', { id: uuid('id'), userId: uuid('user_id'), blobPath: text('blob_path').notNull() });\nexport interface InjuryReport { id: string; bodyPart: string; description?: string }\nexport interface PhotoFace { id: string; box: unknown; descriptor: Uint8Array }\nexport class Member { photoKey?: string; avatarKey?: string }\nexport const oauthApps = pgTable('oauth_apps', { screenshots: text('screenshots').array() });\nexport const healthChecks = pgTable('health_checks', { description: text('description') });\nexport const device = z.object({ permissions: z.object({ screenRecording: z.string(), camera: z.string() }) });\n" },
    expect: ['undeclared-collection src/a.ts:1 user.content.screen_capture', 'undeclared-collection src/a.ts:2 user.health_and_medical', 'undeclared-collection src/a.ts:3 user.biometric', 'undeclared-collection src/a.ts:4 user.content.self_image'],
  },
  {
    name: 'a field typed by a record the file declares is reported when its own name says what it is (homeAddress: PostalAddress), not a count named for content (chatMessages: Feature)',
    kind: 'collection',
    files: { 'src/a.ts': "interface PostalAddress { line1: string; zip: string }\ninterface Feature { limit: number; used: number }\nexport class Parent {\n  email!: string;\n  homeAddress?: PostalAddress;\n  settings?: PostalAddress;\n  chatMessages?: Feature;\n}\n" },
    expect: ['undeclared-collection src/a.ts:5 user.contact.address'],
  },
  {
    name: 'an HTTP instance kept on a class with its base URL sends to that host',
    files: { 'src/a.ts': "import axios from 'axios';\nexport class Checks {\n  private readonly api = axios.create({ baseURL: 'https://api.checkr.com/v1' });\n  async run(dto: { email: string; ssn: string }) {\n    await this.api.post('/candidates', new URLSearchParams({ email: dto.email, ssn: dto.ssn }));\n  }\n}\n" },
    expect: ['undeclared-sharing src/a.ts:5 user.contact.email,user.government_id.national_identification_number -> Checkr'],
  },
  {
    name: "an HTTP instance whose base URL is a constant another module exports (`baseURL: pressworksUrl`) sends to that constant's host",
    files: { 'src/config.ts': "export const pressworksUrl = process.env.PRESSWORKS_URL ?? 'https://api.pressworks.co.uk/v1';\nexport const region = process.env.REGION ?? 'eu';\n", 'src/a.ts': "import axios from 'axios';\nimport { pressworksUrl, region } from './config';\nconst pressworks = axios.create({ baseURL: pressworksUrl, timeout: 10_000 });\nconst other = axios.create({ baseURL: region });\nexport async function handOff(job: { phone: string }) {\n  await pressworks.post('/jobs', { contact: { phone: job.phone } });\n  await other.post('/jobs', { contact: { phone: job.phone } });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:6 user.contact.phone_number -> api.pressworks.co.uk'],
  },
  {
    name: "what a class's own method returns (`this.formatPayload(email)`) is what a call given it sends",
    files: { 'src/a.ts': "import axios from 'axios';\ninterface Mail { to: string; homePhone: string }\nexport class Provider {\n  private readonly api = axios.create({ baseURL: 'https://api.checkr.com/v1' });\n  async send(mail: Mail) {\n    const payload = this.formatPayload(mail);\n    await this.api.post('/send', payload);\n  }\n  private formatPayload(mail: Mail) {\n    return { contact: { phone: mail.homePhone } };\n  }\n}\n" },
    expect: ['undeclared-sharing src/a.ts:7 user.contact.phone_number -> Checkr'],
  },
  {
    name: "a store's client pointed at the vendor's cloud (`new MeiliSearch({ host: 'https://ms-x.meilisearch.io' })`, a Qdrant client built lazily with a cloud URL) sends to that vendor; one pointed at the product's own server sends nothing",
    files: {
      'src/search.ts': "import { MeiliSearch } from 'meilisearch';\nexport const meili = new MeiliSearch({ host: process.env.MEILI_HOST ?? 'https://ms-hallway.sfo.meilisearch.io' });\nexport const attendees = meili.index('attendees');\nconst own = new MeiliSearch({ host: 'http://meili:7700' });\nexport async function both(u: { homePhone: string }) {\n  await own.index('people').addDocuments([{ phone: u.homePhone }]);\n}\n",
      'src/rsvp.ts': "import { attendees } from './search';\nexport async function rsvp(u: { id: string; homePhone: string }) {\n  await attendees.addDocuments([{ id: u.id, phone: u.homePhone }]);\n}\n",
      'src/vectors.ts': "import { QdrantClient } from '@qdrant/js-client-rest';\nlet client: QdrantClient | undefined;\nfunction qdrant() {\n  client ??= new QdrantClient({ url: 'https://abc.eu-central.aws.cloud.qdrant.io', apiKey: 'k' });\n  return client;\n}\nexport async function save(u: { homePhone: string }) {\n  await qdrant().upsert('people', { points: [{ id: 1, vector: [0], payload: { phone: u.homePhone } }] });\n}\n",
    },
    expect: ['undeclared-sharing src/rsvp.ts:3 user.contact.phone_number -> Meilisearch Cloud', 'undeclared-sharing src/vectors.ts:8 user.contact.phone_number -> Qdrant Cloud'],
  },
  {
    name: "the element a list method's callback is given is one of the list's (`items.map((i) => ({ name: i.name }))`: an item's name)",
    files: { 'src/a.ts': "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.checkr.com/v1' });\nexport async function sync(items: { name: string }[], people: { name: string }[]) {\n  await api.post('/items', items.map((i) => ({ name: i.name })));\n  await api.post('/people', people.map((p) => ({ name: p.name })));\n}\n" },
    expect: ['undeclared-sharing src/a.ts:5 user.name -> Checkr'],
  },
  {
    name: "a database of the product's own on a general cloud (`new Pool({ host: '….rds.amazonaws.com' })`) and a lookup given a vendor's domain (`lookup('sentry.io')`) are no vendor's client; two classes' methods of one name return each their own",
    files: {
      'src/db.ts': "import { Pool } from 'pg';\nimport { lookup } from 'some-config';\nconst pool = new Pool({ host: 'mydb.abc123.us-east-1.rds.amazonaws.com' });\nexport async function save(u: { email: string; homePhone: string }) {\n  await pool.query('INSERT INTO users VALUES ($1, $2)', [u.email, u.homePhone]);\n  const entry = lookup('sentry.io');\n  entry.push(u.homePhone);\n}\n",
      'src/two.ts': "import { PostHog } from 'posthog-node';\nconst posthog = new PostHog('k');\nclass Mailer {\n  constructor(private user: { homePhone: string }) {}\n  payload() { return { phone: this.user.homePhone }; }\n}\nexport class Metrics {\n  count = 0;\n  payload() { return { count: this.count }; }\n  flush() { posthog.capture({ distinctId: 'x', event: 'flush', properties: this.payload() }); }\n}\nexport const m = Mailer;\n",
    },
    expect: [],
  },
  {
    name: "a search store's SDK whose address the deployment sets (`new Typesense.Client({ nodes: [{ host: env } ] })`) is the product's own store when the policy names no such cloud; a Chroma collection got from a client pointed at Chroma's cloud sends to it",
    files: {
      'src/search.ts': "import Typesense from 'typesense';\nlet client: Typesense.Client | undefined;\nfunction typesense() {\n  if (!client) client = new Typesense.Client({ nodes: [{ host: process.env.TS_HOST!, port: 443, protocol: 'https' }], apiKey: 'k' });\n  return client;\n}\nexport async function indexLead(b: { ref: string; homePhone: string }) {\n  await typesense().collections('leads').documents().upsert({ id: b.ref, phone: b.homePhone });\n}\n",
      'src/reports.ts': "import { ChromaClient, type Collection } from 'chromadb';\nlet collection: Promise<Collection> | undefined;\nfunction reports(): Promise<Collection> {\n  collection ??= new ChromaClient({ path: 'https://api.trychroma.com' }).getOrCreateCollection({ name: 'reports' });\n  return collection;\n}\nexport async function share(r: { id: string; homePhone: string }) {\n  await (await reports()).add({ ids: [r.id], metadatas: [{ phone: r.homePhone }] });\n}\n",
    },
    expect: ['undeclared-sharing src/reports.ts:8 user.contact.phone_number -> Chroma Cloud'],
  },
  {
    name: "what a Nuxt or Nitro route reads with h3's `readBody(event)` is collected there, the fields read on one line one finding",
    kind: 'collection',
    files: { 'server/api/ping.post.ts': "export default defineEventHandler(async (event) => {\n  const { latitude, longitude } = await readBody<{ latitude: number; longitude: number }>(event);\n  return { ok: latitude + longitude };\n});\n" },
    expect: ['undeclared-collection server/api/ping.post.ts:2 user.location.precise'],
  },
  {
    name: 'a trace exporter built inside the call that registers it is one flow, reported at the outer call',
    files: { 'src/instrumentation.ts': "import { OTLPHttpJsonTraceExporter, registerOTel } from '@vercel/otel';\nexport function register() {\n  registerOTel({\n    serviceName: 'web',\n    traceExporter: new OTLPHttpJsonTraceExporter({ url: 'https://api.axiom.co/v1/traces' }),\n  });\n}\n" },
    expect: ['undeclared-sharing src/instrumentation.ts:3 user.device.ip_address,user.device.user_agent -> Axiom'],
  },
  {
    name: 'names that are not a person: an OAuth client registration or grant, a bank account label, an inbox item title, a setting',
    kind: 'collection',
    files: { 'src/a.ts': "export type RegisterClient = { clientName: string; redirectUris: string[]; grantTypes?: string[] };\nexport interface BankAccount { name: string; iban: string }\nexport interface Inbox { displayName: string; homePhone: string }\nexport interface WorkbenchOptions { auth?: { username: string; password: string } }\nexport interface ActiveOAuthGrantRow { id: string; clientName: string; scopes: string[] }\n" },
    expect: ['undeclared-collection src/a.ts:2 user.financial.bank_account', 'undeclared-collection src/a.ts:3 user.contact.phone_number'],
  },
  {
    name: 'a client from an async accessor that returns a lazily connected, typed variable (`const c = await sf()`)',
    files: { 'src/a.ts': "import jsforce from 'jsforce';\nlet conn: jsforce.Connection | undefined;\nasync function sf(): Promise<jsforce.Connection> {\n  if (!conn) conn = new jsforce.Connection({});\n  return conn;\n}\nexport async function sync(u: { id: string; homePhone: string }) {\n  const c = await sf();\n  await c.sobject('Contact').upsert({ Id: u.id, Phone: u.homePhone }, 'Id');\n}\n" },
    expect: ['undeclared-sharing src/a.ts:9 user.contact.phone_number -> Salesforce'],
  },
  {
    name: 'a citizenship status is immigration data',
    kind: 'collection',
    files: { 'src/a.ts': "import { z } from 'zod';\nexport const applicant = z.object({ citizenshipStatus: z.enum(['CITIZEN', 'OTHER']) });\n" },
    expect: ['undeclared-collection src/a.ts:2 user.government_id.immigration'],
  },
  {
    name: 'health named by its medicine or risk (anaphylaxis) and mobility needs are health data',
    kind: 'collection',
    files: { 'src/a.ts': "export interface Keeper { id: string; anaphylaxisRisk: string | null; mobilityNeeds: string }\n" },
    expect: ['undeclared-collection src/a.ts:1 user.health_and_medical', 'undeclared-collection src/a.ts:1 user.health_and_medical.disability'],
  },
  {
    name: "the AI SDK's options built on an earlier line, and a model helper that returns either of two providers",
    files: { 'src/a.ts': "import { generateText } from 'ai';\nimport { createOpenAI } from '@ai-sdk/openai';\nimport { createAnthropic } from '@ai-sdk/anthropic';\nfunction modelFor(name: string) {\n  if (name.startsWith('claude')) return createAnthropic({ apiKey: 'k' })(name);\n  return createOpenAI({ apiKey: 'k' })(name);\n}\nexport async function chat(input: string, name: string) {\n  const messages = [{ role: 'user' as const, content: input }];\n  const requestOptions = { model: modelFor(name), messages };\n  return generateText(requestOptions);\n}\n" },
    expect: ['undeclared-sharing src/a.ts:11 user.content.private -> Anthropic', 'undeclared-sharing src/a.ts:11 user.content.private -> OpenAI'],
  },
  {
    name: "a DNS record's address is a server's; the user's own data to the same vendor still counts",
    files: { 'src/a.ts': "import Cloudflare from 'cloudflare';\nconst cf = new Cloudflare({ apiToken: 't' });\nexport async function point(name: string, ipAddress: string, u: { email: string }) {\n  await cf.dnsRecords.add('zone', { type: 'A', name, content: ipAddress });\n  await cf.dns.records.create({ zone_id: 'z', type: 'A', name, content: ipAddress });\n  await cf.emailRouting.rules.create({ to: u.email });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:6 user.contact.email -> Cloudflare'],
  },
  {
    name: "a project's full-size avatar is the project's; an account's avatar is the person's",
    kind: 'collection',
    files: { 'src/b.ts': 'export interface ProjectInfo { title: string; avatarImageFull: string }\nexport interface Account { avatarImage: string }\n' },
    expect: ['undeclared-collection src/b.ts:2 user.content.self_image'],
  },
  {
    name: "an OpenAI client pointed at another provider's base URL sends to that provider",
    files: { 'src/a.ts': "import OpenAI from 'openai';\nexport async function run(messages: { role: 'user'; content: string }[]) {\n  const client = new OpenAI({ apiKey: 'k', baseURL: 'https://inference.example-llm.dev/v1' });\n  const payload = { model: 'x', messages };\n  await client.chat.completions.create(payload);\n  const ds = new OpenAI({ apiKey: 'k', baseURL: 'https://api.deepseek.com' });\n  await ds.chat.completions.create({ model: 'x', messages });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:5 user.content.private -> inference.example-llm.dev', 'undeclared-sharing src/a.ts:7 user.content.private -> DeepSeek'],
  },
  {
    name: "a model of an AI SDK provider made with a base URL (`createOpenAI({ baseURL: 'https://ai-gateway.vercel.sh/v1' })`) goes to the host it is pointed at",
    files: { 'src/a.ts': "import { createOpenAI } from '@ai-sdk/openai';\nimport { generateText } from 'ai';\nconst gateway = createOpenAI({ apiKey: process.env.KEY, baseURL: 'https://ai-gateway.vercel.sh/v1' });\nconst plain = createOpenAI({ apiKey: process.env.KEY });\nexport async function run(note: { message: string }) {\n  await generateText({ model: gateway('anthropic/claude-sonnet-4'), prompt: note.message });\n  await generateText({ model: plain('gpt-4o'), prompt: note.message });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:6 user.content.private -> Vercel AI Gateway', 'undeclared-sharing src/a.ts:7 user.content.private -> OpenAI'],
  },
  {
    name: "an SDK a module imports whole and passes on (`import * as Sentry …; export { Sentry }`) is that SDK where it is imported, and what a scope callback sets (`Sentry.withScope((scope) => scope.setContext(…))`) goes with it",
    files: { 'src/lib/sentry.ts': "import * as Sentry from '@sentry/react-native';\nexport function initSentry() { Sentry.init({ dsn: 'x' }); }\nexport { Sentry };\n", 'src/a.ts': "import { Sentry } from './lib/sentry';\nexport function fail(err: unknown, last: { latitude: number; longitude: number }) {\n  Sentry.withScope((scope) => {\n    scope.setContext('lastFix', { lat: last.latitude, lng: last.longitude });\n    Sentry.captureException(err);\n  });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:4 user.location.precise -> Sentry', 'undeclared-sharing src/lib/sentry.ts:2 user.device.ip_address,user.device.user_agent -> Sentry'],
  },
  {
    name: "a key called an address whose value is a host name (`{ incoming_address: hostname }`) is a domain, not a postal address; `{ address: customer.street }` still is",
    files: { 'src/a.ts': "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.checkr.com/v1' });\nexport async function add(siteUrl: string, customer: { street: string }) {\n  const hostname = new URL(siteUrl).hostname;\n  await api.post('/vhosts', { incoming_address: hostname });\n  await api.post('/candidates', { address: customer.street });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:6 user.contact.address.street -> Checkr'],
  },
  {
    name: "a name a file imports only as a type (`import { type Options } from '@sentry/types'`) is no SDK: a JSX `<Options>` of the file's own sends nothing; a value import still does",
    files: { 'src/a.tsx': "import { type Options } from '@sentry/types';\nimport type Sentry from '@sentry/browser';\nexport const Card = (p: { options: string[] }) => <Options options={p.options} />;\nfunction Options(p: { options: string[] }) { return <ul>{p.options.join(',')}</ul>; }\n", 'src/b.ts': "import * as Sentry from '@sentry/browser';\nexport function start() { Sentry.init({ dsn: 'x' }); }\n" },
    expect: ['undeclared-sharing src/b.ts:2 user.device.ip_address,user.device.user_agent -> Sentry'],
  },
  {
    name: "a banner of Google's mobile ad SDK (`<BannerAd>` of react-native-google-mobile-ads) sends the device's request data to AdMob",
    files: { 'src/ads.tsx': "import { BannerAd, BannerAdSize } from 'react-native-google-mobile-ads';\nexport const Ad = () => <BannerAd unitId=\"x\" size={BannerAdSize.BANNER} />;\n" },
    expect: ['prohibited-sharing src/ads.tsx:2 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history -> Google AdMob'],
  },
  {
    name: "what an awaited API call returns is a result, not a client: a function returning it sends nothing when called",
    files: { 'src/a.ts': "import { Client } from '@hubspot/api-client';\nconst hubspot = new Client({ accessToken: 'k' });\nexport async function lookup(id: string) {\n  const found = await hubspot.crm.contacts.basicApi.getById(id);\n  return found;\n}\nexport async function run(u: { homePhone: string }) {\n  await lookup(u.homePhone);\n  await hubspot.crm.contacts.basicApi.create({ properties: { phone: u.homePhone } });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:4 user.contact.phone_number -> HubSpot', 'undeclared-sharing src/a.ts:9 user.contact.phone_number -> HubSpot'],
  },
  {
    name: "an address in a file that uses a blockchain library, or in a record of an on-chain thing, is a wallet address; a shipment's is postal",
    kind: 'collection',
    files: { 'src/a.ts': "import { parseEther } from 'viem';\nexport interface Transfer { recipientAddress: string; amount: string }\n", 'src/types.ts': 'export interface Xput { address: string; value: number }\nexport interface Shipment { recipientAddress: string }\n' },
    expect: ['undeclared-collection src/a.ts:2 user.financial.crypto_wallet', 'undeclared-collection src/types.ts:2 user.contact.address'],
  },
  {
    name: "a parameter of a function about a person is that person's (uploadWorkerPhoto(workerId, photo)); a qualified name stays a thing's",
    files: { 'src/a.ts': "import axios from 'axios';\nexport async function uploadWorkerPhoto(workerId: string, photo: string) {\n  await axios.post('https://api.photo-cleaner.example/v1', { photo });\n}\nexport async function notifyUser(userId: string, speciesName: string) {\n  await axios.post('https://push.example/v1', { speciesName });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:3 user.content.self_image -> api.photo-cleaner.example'],
  },
  {
    name: "a key that names the data plainly wins over a value's weak name ({ username: name } in setUser(uid, name))",
    files: { 'src/a.ts': "import * as Sentry from '@sentry/browser';\nexport function setUser(uid: string, name: string) {\n  Sentry.setUser({ id: uid, username: name });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:3 user.account.username -> Sentry'],
  },
  {
    name: 'a method of an injected service (`this.embeddings.embed(…)`, `inject(T)`, `new T()`) passes its arguments to the SDK call inside it, helpers\' returns included',
    files: {
      'src/emb.ts': "import OpenAI from 'openai';\nexport class EmbeddingsService {\n  private client?: OpenAI;\n  private get openai(): OpenAI { return (this.client ??= new OpenAI({ apiKey: 'k' })); }\n  async embed(inputs: string[]) {\n    return this.openai.embeddings.create({ model: 'm', input: inputs });\n  }\n}\n",
      'src/proc.ts': "import { inject } from '@angular/core';\nimport { EmbeddingsService } from './emb';\ninterface Author { homePhone: string; affiliation: string }\nfunction byline(authors: Author[]) {\n  return authors.map((a) => `${a.homePhone} (${a.affiliation})`).join('; ');\n}\nexport class Matcher {\n  constructor(private readonly embeddings: EmbeddingsService) {}\n  run(authors: Author[]) { return this.embeddings.embed([byline(authors)]); }\n}\nexport class Other {\n  private svc = inject(EmbeddingsService);\n  run(u: { homePhone: string }) { return this.svc.embed([u.homePhone]); }\n}\nconst shared = new EmbeddingsService();\nexport const third = (u: { homePhone: string }) => shared.embed([u.homePhone]);\n",
    },
    expect: ['undeclared-sharing src/emb.ts:6 user.content.private,user.contact.phone_number -> OpenAI'],
  },
  {
    name: 'a member of a services object a factory of another module builds (`trackingServices.captureUserEvent(…)` with `{ trackingServices }: { trackingServices: TrackingServices }` or `svc: TrackingServices`) passes its arguments to the SDK call inside it',
    files: {
      'src/tracking.ts': "import { PostHog } from 'posthog-node';\nexport type TrackingServices = { captureUserEvent: (args: { userId: string; event: string; properties?: Record<string, unknown> }) => void };\nexport function createTrackingServices(key: string): TrackingServices {\n  const client = new PostHog(key);\n  return {\n    captureUserEvent: ({ userId, event, properties }) => {\n      client.capture({ distinctId: userId, event, properties });\n    },\n  };\n}\n",
      'src/signup.ts': "import type { TrackingServices } from './tracking';\nexport function onSignup({ trackingServices }: { trackingServices: TrackingServices }, u: { id: string; homePhone: string }) {\n  trackingServices.captureUserEvent({ userId: u.id, event: 'signed up', properties: { homePhone: u.homePhone } });\n}\nexport function other(svc: TrackingServices, who: { homeAddress: string }) {\n  svc.captureUserEvent({ userId: 'x', event: 'moved', properties: { homeAddress: who.homeAddress } });\n}\n",
    },
    expect: ['sharing-condition-unmet src/tracking.ts:7 user.contact.phone_number,user.contact.address -> PostHog'],
  },
  {
    name: 'a video or social player the page embeds in an iframe (YouTube, TikTok) gets the viewer\'s IP address and browser; a privacy-enhanced host the catalog does not list and the product\'s own page do not',
    files: {
      'src/Video.tsx': "export function Video({ id }: { id: string }) {\n  const embedUrl = `https://www.youtube.com/embed/${id}`;\n  return (\n    <div>\n      <iframe src={embedUrl} title='video' />\n      <iframe src={`https://www.tiktok.com/embed/v2/${id}`} />\n      <iframe src={`https://www.youtube-nocookie.com/embed/${id}`} />\n      <iframe src='/help/embed' />\n    </div>\n  );\n}\n",
    },
    expect: ['undeclared-sharing src/Video.tsx:5 user.device.ip_address,user.device.user_agent -> YouTube', 'undeclared-sharing src/Video.tsx:6 user.device.ip_address,user.device.user_agent -> TikTok API'],
  },
  {
    name: 'a model client built with the key its caller hands in (`apiKey: request.apiKey`) is the person\'s own account with the provider; one built with the deployment\'s key or a config\'s is the product\'s',
    files: {
      'src/byok.ts': "import OpenAI from 'openai';\nexport async function run(request: { apiKey: string; prompt: string }, config: { apiKey: string }, u: { homePhone: string }) {\n  const own = new OpenAI({ apiKey: request.apiKey });\n  await own.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: u.homePhone }] });\n  const ours = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n  await ours.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: u.homePhone }] });\n  const configured = new OpenAI({ apiKey: config.apiKey });\n  await configured.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: u.homePhone }] });\n}\n",
    },
    expect: ['undeclared-sharing src/byok.ts:6 user.contact.phone_number -> OpenAI', 'undeclared-sharing src/byok.ts:8 user.contact.phone_number -> OpenAI'],
  },
  {
    name: "a short callback parameter is an element of the collection it walks (`authors.map((a) => a.name)`) or of its declared type (`x: Author`)",
    files: { 'src/a.ts': "import axios from 'axios';\ninterface Author { name: string }\nexport async function a(sub: { authors: Author[] }, x: Author) {\n  await axios.post('https://api.names.example/v1', { names: sub.authors.map((a) => a.name) });\n  await axios.post('https://api.names.example/v2', { name: x.name });\n}\nexport async function b(sub: { chapters: { name: string }[] }) {\n  await axios.post('https://api.names.example/v3', { names: sub.chapters.map((c) => c.name) });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:4 user.name -> api.names.example', 'undeclared-sharing src/a.ts:5 user.name -> api.names.example'],
  },
  {
    name: 'scopes and permissions asked of a sign-in provider are requests for data, not data sent; record fields still are',
    files: { 'src/a.ts': "import axios from 'axios';\nimport appleAuth from '@invertase/react-native-apple-authentication';\nexport async function login(u: { homePhone: string }) {\n  await axios.post('https://auth.example/authorize', { requestedScopes: [appleAuth.Scope.EMAIL, appleAuth.Scope.FULL_NAME], permissions: [appleAuth.Scope.EMAIL] });\n  await axios.post('https://records.example/v0/base', { fields: { Phone: u.homePhone } });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:5 user.contact.phone_number -> records.example'],
  },
  {
    name: 'properties set on a body after it is made are sent with it (`body.latitude = position.latitude`); a later one is not',
    files: { 'src/a.ts': "type Position = { latitude: number; longitude: number };\nexport async function assess(photoId: string, position?: Position) {\n  const body: Record<string, unknown> = { image: photoId, health: 'only' };\n  if (position) {\n    body.latitude = position.latitude;\n  }\n  await fetch('https://api.plants.example/v3/assess', { method: 'POST', body: JSON.stringify(body) });\n  body.homePhone = '';\n}\n" },
    expect: ['undeclared-sharing src/a.ts:7 user.location.precise -> api.plants.example'],
  },
  {
    name: 'a field kept in a Mongoose model and asked in a form schema is reported at the model',
    kind: 'collection',
    files: { 'app/onboarding.tsx': "import { z } from 'zod';\nexport const schema = z.object({ homePhone: z.string() });\n", 'db/models.ts': "import { Schema } from 'mongoose';\nexport const studentSchema = new Schema({\n  homePhone: { type: String, required: true },\n});\n" },
    expect: ['undeclared-collection db/models.ts:3 user.contact.phone_number'],
  },
  {
    name: "a helper's return inside a prompt joined on an earlier line is sent with the prompt",
    files: { 'src/a.ts': "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\ndeclare const db: { care(id: string): { allergies: string; medications: string } };\nfunction careNotes(id: string): string {\n  const c = db.care(id);\n  return `allergies: ${c.allergies}; medications: ${c.medications}`;\n}\nexport async function recap(id: string, notes: string[]) {\n  const prompt = [`Care: ${careNotes(id)}`, ...notes].join('\\n');\n  return generateText({ model: openai('gpt-4o-mini'), prompt });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:10 user.content.private,user.health_and_medical -> OpenAI'],
  },
  {
    name: "a route's req.log.info(…) goes where the server's logger transport points (Fastify with @logtail/pino), and a server that does not log each request sends no request log",
    files: {
      'src/server.ts': "import Fastify from 'fastify';\nexport const app = Fastify({\n  disableRequestLogging: true,\n  logger: { level: 'info', transport: { target: '@logtail/pino', options: { sourceToken: process.env.TOKEN } } },\n});\n",
      'src/routes.ts': "export async function done(req: { log: { info(o: object, m: string): void } }, worker: { id: string; email: string }) {\n  req.log.info({ workerId: worker.id, worker: { email: worker.email } }, 'done');\n  req.log.info({ workerId: worker.id }, 'ids only');\n}\n",
    },
    expect: ['undeclared-sharing src/routes.ts:2 user.contact.email -> Better Stack Logs'],
  },
  {
    name: "a tenant typed as a contact is a person: the phone number logged through a winston logger with a Datadog transport; an untyped tenant stays an organisation",
    files: {
      'src/logger.ts': "import DatadogWinston from 'datadog-winston';\nimport { createLogger, transports } from 'winston';\nexport const logger = createLogger({ transports: [new transports.Console(), new DatadogWinston({ apiKey: process.env.DD_API_KEY!, service: 'api' })] });\n",
      'src/notify.ts': "import { logger } from './logger';\ntype Contact = { id: string; fullName: string; phone: string };\nexport function sent(tenant: Contact, other: any) {\n  logger.info('sms.sent', { tenantId: tenant.id, to: tenant.phone });\n  logger.info('sms.sent', { to: other.tenant.phone });\n}\n",
    },
    expect: ['undeclared-sharing src/notify.ts:4 user.contact.phone_number -> Datadog'],
  },
  {
    name: "a helper whose name says its value is a thing's (getLocaleDisplayName) returns no one's name; getUserDisplayName does",
    files: {
      'src/names.ts': "export function getLocaleDisplayName(locale: string) {\n  const displayName = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;\n  return displayName;\n}\nexport function getUserDisplayName(u: { displayName: string }) {\n  const displayName = u.displayName;\n  return displayName;\n}\n",
      'src/hook.ts': "import { getLocaleDisplayName, getUserDisplayName } from './names';\nexport async function post(lang: string, u: { displayName: string }) {\n  await fetch('https://hooks.slack.com/services/T0/B0/X', { method: 'POST', body: JSON.stringify({ text: getLocaleDisplayName(lang) }) });\n  await fetch('https://hooks.slack.com/services/T0/B0/X', { method: 'POST', body: JSON.stringify({ text: getUserDisplayName(u) }) });\n}\n",
    },
    expect: ['undeclared-sharing src/hook.ts:4 user.name -> Slack'],
  },
  {
    name: 'a run-time first label of a fixed vendor domain (`https://${dc}.api.mailchimp.com`) is that vendor',
    files: {
      'src/news.ts': "export async function subscribe(u: { email: string }) {\n  const dc = process.env.MC_DC;\n  await fetch(`https://${dc}.api.mailchimp.com/3.0/lists/1/members`, { method: 'PUT', body: JSON.stringify({ email_address: u.email }) });\n}\n",
    },
    // (The policy rules out sharing for marketing.)
    expect: ['prohibited-sharing src/news.ts:3 user.contact.email -> Mailchimp'],
  },
  {
    name: "a rider's weightKg is a body measurement; a horse's health notes and weight, and weights without a unit, are not a person's",
    kind: 'collection',
    files: {
      'src/types.ts': "export interface RiderTable { id: string; full_name: string; rider_weight_kg: number }\nexport interface HorseTable { id: string; name: string; weight_kg: number; health_notes: string }\nexport interface Member { email: string; weights: number[]; ownerWeight: number }\n",
    },
    expect: ['undeclared-collection src/types.ts:1 user.demographic.physical_characteristics'],
  },
  {
    name: 'a variable that only ever holds labels the code writes ("User" or "AI") is no one\'s name; one assigned from a record is',
    files: {
      'src/embed.ts': "export async function post(isAi: boolean, m: { author: { username: string } }) {\n  let username = 'User';\n  if (isAi) username = 'AI';\n  await fetch('https://hooks.slack.com/services/T0/B0/X', { method: 'POST', body: JSON.stringify({ name: username }) });\n  let who = 'User';\n  if (isAi) who = m.author.username;\n  await fetch('https://hooks.slack.com/services/T0/B0/X', { method: 'POST', body: JSON.stringify({ name: who }) });\n}\n",
    },
    expect: ['undeclared-sharing src/embed.ts:7 user.name -> Slack'],
  },
  {
    name: "a captcha check's remoteip (ipAdress, misspelt) is the visitor's IP address",
    files: {
      'src/captcha.ts': "export async function verify(token: string, ipAdress: string) {\n  const data = new URLSearchParams();\n  data.append('response', token);\n  data.append('remoteip', ipAdress);\n  await fetch('https://hooks.slack.com/services/T0/B0/X', { method: 'POST', body: data });\n}\n",
    },
    expect: ['undeclared-sharing src/captcha.ts:5 user.device.ip_address -> Slack'],
  },
  {
    name: 'a part of the client a lazy factory returns (`const api = hubspot().crm.contacts`) sends what its methods get',
    files: {
      'src/hubspot.ts': "import { Client } from '@hubspot/api-client';\nlet client: Client | undefined;\nexport function hubspot(): Client {\n  client ??= new Client({ accessToken: process.env.HUBSPOT_TOKEN });\n  return client;\n}\nexport async function upsert(email: string, props: Record<string, string>) {\n  const api = hubspot().crm.contacts;\n  await api.basicApi.create({ properties: { ...props, email } });\n}\n",
    },
    expect: ['undeclared-sharing src/hubspot.ts:9 user.contact.email -> HubSpot'],
  },
  {
    name: "a speech-to-text call (openai.audio.transcriptions.create) hears someone speak; the SDK's toFile helper sends nothing",
    files: {
      'src/ask.ts': "import OpenAI, { toFile } from 'openai';\nconst whisper = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nexport async function transcribe(clip: Buffer, filename: string) {\n  const result = await whisper.audio.transcriptions.create({ model: 'whisper-1', file: await toFile(clip, filename) });\n  return result.text;\n}\n",
    },
    expect: ['undeclared-sharing src/ask.ts:4 user.content.audio -> OpenAI'],
  },
  {
    name: "a sponsor's card (company_name beside logo_url and website_url) names the company; an attendee's company_name is where they work",
    kind: 'collection',
    files: {
      'src/types.ts': "export interface Sponsor { id: string; company_name: string; logo_url: string; website_url: string; contact_email: string }\nexport interface Attendee { email: string; company_name: string }\n",
    },
    expect: ['undeclared-collection src/types.ts:2 user.workplace'],
  },
  {
    name: 'the last four digits of an account number (accountNumber.slice(-4)) identify no one; the whole number does',
    files: {
      'src/pay.ts': "export async function saved(body: { accountNumber: string }) {\n  await fetch('https://hooks.slack.com/services/T0/B0/X', { method: 'POST', body: JSON.stringify({ text: `Bank ••${body.accountNumber.slice(-4)}` }) });\n  await fetch('https://hooks.slack.com/services/T0/B0/X', { method: 'POST', body: JSON.stringify({ text: `Bank ${body.accountNumber.slice(2)}` }) });\n}\n",
    },
    expect: ['undeclared-sharing src/pay.ts:3 user.financial.bank_account -> Slack'],
  },
  {
    name: "a file uploaded to a model's vendor (`openai.files.create({ file, purpose: 'assistants' })`) is a user's document; a user's turn added to a thread (`threads.messages.create(id, { role: 'user', content })`) is what they wrote; a file named in the code is the product's; the same through a client another module builds",
    files: {
      'src/lib/openai.ts': "import OpenAI from 'openai';\nexport const openai = new OpenAI();\n",
      'src/thread.ts': "import { openai } from './lib/openai';\nexport const ask = (doc: { url: string }, input: { message: string; threadId: string }) => Promise.all([\n  openai.files.create({ file: fetch(doc.url), purpose: 'assistants' }),\n  openai.beta.threads.messages.create(input.threadId, { role: 'user', content: input.message }),\n]);\n",
      'src/ai.ts': "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function enable(doc: { url: string }, input: { message: string; threadId: string }) {\n  await openai.files.create({ file: await fetch(doc.url), purpose: 'assistants' });\n  await openai.beta.threads.messages.create(input.threadId, { role: 'user', content: input.message });\n  await openai.files.create({ file: 'handbook.pdf', purpose: 'assistants' });\n}\n",
    },
    expect: ['undeclared-sharing src/ai.ts:4 user.content.documents -> OpenAI', 'undeclared-sharing src/ai.ts:5 user.content.private -> OpenAI', 'undeclared-sharing src/thread.ts:3 user.content.documents -> OpenAI', 'undeclared-sharing src/thread.ts:4 user.content.private -> OpenAI'],
  },
  {
    name: 'a member of an object another module exports (`analytics.identify(…)` with `export const analytics = { identify, track }`) is that module\'s function',
    files: {
      'src/lib/analytics.ts': "import posthog from 'posthog-js';\nfunction identify(userId: string, properties?: Record<string, unknown>) {\n  posthog.identify(userId, properties);\n}\nfunction track(event: string) {\n  posthog.capture(event);\n}\nexport const analytics = { identify, track };\n",
      'src/app.ts': "import { analytics } from './lib/analytics';\nexport function onLogin(user: { id: string; email: string; phone: string }) {\n  analytics.identify(user.id, { email: user.email });\n  analytics.track(user.phone);\n}\n",
    },
    expect: ['sharing-condition-unmet src/lib/analytics.ts:3 user.contact.email -> PostHog'],
  },
  {
    name: 'a key that names data, given a reference by id (`{ organization: id }`, `{ customer: customerId }`), sends the reference, not the name',
    files: {
      'src/org.ts': "import { WorkOS } from '@workos-inc/node';\nconst workos = new WorkOS('k');\ntype UpdateOrgParams = { id: string; name: string };\nexport async function rename(params: UpdateOrgParams, user: { email: string; employer: string }) {\n  const { id, name } = params;\n  await workos.organizations.updateOrganization({ organization: id, name });\n  await workos.userManagement.updateUser({ userId: user.email, organization: user.employer });\n}\n",
    },
    expect: ['undeclared-sharing src/org.ts:7 user.contact.email,user.workplace -> WorkOS'],
  },
  {
    name: "a model wrapped for tracing (`withTracing(openai('gpt-4o'), posthog, { posthogDistinctId })`) is still its vendor's model, and the tracing vendor gets the person it is given and every prompt and answer — unless privacy mode keeps them out",
    files: {
      'src/llm.ts': "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nimport { withTracing } from '@posthog/ai';\nimport { PostHog } from 'posthog-node';\nconst ph = new PostHog('k');\nexport async function run(account: { email: string }, text: string) {\n  const model = withTracing(openai('gpt-4o'), ph, { posthogDistinctId: account.email });\n  return generateText({ model, prompt: text });\n}\nexport function quiet(account: { email: string }) {\n  return withTracing(openai('gpt-4o'), ph, { posthogDistinctId: account.email, posthogPrivacyMode: true });\n}\n",
    },
    expect: ['sharing-condition-unmet src/llm.ts:7 user.contact.email,user.content.private -> PostHog', 'undeclared-sharing src/llm.ts:8 user.content.private -> OpenAI', 'sharing-condition-unmet src/llm.ts:11 user.contact.email -> PostHog'],
  },
  {
    name: 'the clients a class holds in its fields (`readonly hubspot = new Client(…)`), injected through a constructor elsewhere, reached as `this.integrations.hubspot.…` or destructured from `this.integrations`',
    files: {
      'src/clients.ts': "import { Client as HubSpotClient } from '@hubspot/api-client';\nimport * as amplitude from '@amplitude/analytics-node';\nexport class Integrations {\n  readonly hubspot = new HubSpotClient({ accessToken: 'x' });\n  readonly amplitude = amplitude;\n}\n",
      'src/a.ts': "import { Integrations } from './clients';\nexport class A {\n  constructor(private readonly integrations: Integrations) {}\n  async go(dto: { email: string; name: string }) {\n    await this.integrations.hubspot.crm.contacts.basicApi.create({ properties: { email: dto.email } });\n  }\n}\n",
      'src/b.ts': "import { Integrations } from './clients';\nexport class B {\n  constructor(private readonly integrations: Integrations) {}\n  async go(dto: { email: string; name: string }) {\n    const { hubspot, amplitude } = this.integrations;\n    await hubspot.crm.contacts.basicApi.create({ properties: { email: dto.email } });\n    amplitude.track('x', {}, { user_id: dto.email });\n  }\n}\n",
    },
    expect: ['undeclared-sharing src/a.ts:5 user.contact.email -> HubSpot', 'undeclared-sharing src/b.ts:6 user.contact.email -> HubSpot', 'sharing-condition-unmet src/b.ts:7 user.contact.email -> Amplitude'],
  },
  {
    name: 'a helper that destructures its argument (`log({ message, type })`) and posts some members — inside a template, a list of blocks — sends what callers put under those members, not the rest',
    files: {
      'src/log.ts': "export const log = async ({ message, type, phone }: { message: string; type: string; phone?: string }) => {\n  if (!process.env.OPS_SLACK_WEBHOOK_URL) return console.log(phone);\n  await fetch(`${process.env.OPS_SLACK_WEBHOOK_URL}`, { method: 'POST', body: JSON.stringify({ blocks: [{ type: 'section', text: { text: `${type}: ${message}` } }] }) });\n};\n",
      'src/trial.ts': "import { log } from './log';\nexport async function startTrial(user: { email: string; phone: string }) {\n  await log({ message: `Trial: ${user.email}`, type: 'trial', phone: user.phone });\n}\n",
    },
    expect: ['undeclared-sharing src/log.ts:3 user.contact.email -> Slack'],
  },
  {
    name: "a client handed in as a parameter typed by the SDK's class (`ask(client: Anthropic, text)`) is that vendor's client inside that function only; a parameter typed by one of the SDK's data types (`Anthropic.MessageParam`, `{ User }`) is not",
    files: {
      'src/ask.ts': "import Anthropic from '@anthropic-ai/sdk';\nimport type { OpenAI } from 'openai';\nimport { User } from '@clerk/backend';\nexport async function ask(client: Anthropic, note: { content: string }) {\n  return client.messages.create({ model: 'm', max_tokens: 9, messages: [{ role: 'user', content: note.content }] });\n}\nexport const embed = async (ai: OpenAI | undefined, doc: { text: string }) => ai?.responses.create({ model: 'm', input: doc.text });\nexport function other(client: { messages: { create(x: unknown): void } }, note: { content: string }) {\n  client.messages.create({ messages: [{ role: 'user', content: note.content }] });\n}\nexport function turn(msg: Anthropic.MessageParam, user: User, phone: string) {\n  msg.content.concat(phone);\n  user.update({ phone });\n}\n",
    },
    expect: ['undeclared-sharing src/ask.ts:5 user.content.private -> Anthropic', 'undeclared-sharing src/ask.ts:7 user.content.private -> OpenAI'],
  },
  {
    name: "a model's API called over HTTP (`fetch('https://api.openai.com/v1/chat/completions', { body })`, `axios.post(url, { input })`) gets what people wrote in its messages or input, and speech posted for transcription",
    files: {
      'src/tts.ts': "import axios from 'axios';\nexport async function speak(item: { text: string }) {\n  const payload = { model: 'tts-1', voice: 'alloy', input: item.text };\n  return axios.post('https://api.openai.com/v1/audio/speech', payload);\n}\nexport async function reply(note: { content: string }) {\n  return fetch('https://api.anthropic.com/v1/messages', { method: 'POST', body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: note.content }] }) });\n}\nexport async function hear(form: FormData) {\n  return fetch('https://api.openai.com/v1/audio/transcriptions', { method: 'POST', body: form });\n}\nexport async function fixed() {\n  return fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'Say hi' }] }) });\n}\n",
    },
    expect: ['undeclared-sharing src/tts.ts:4 user.content.private -> OpenAI', 'undeclared-sharing src/tts.ts:7 user.content.private -> Anthropic', 'undeclared-sharing src/tts.ts:10 user.content.audio -> OpenAI'],
  },
  {
    name: "the Vercel AI SDK passed on by a workspace package (`export * from 'ai'`, `export { generateText } from 'ai'`) with its model from another of its modules sends to that model's provider; the package's own `generateText` is a helper of its own",
    files: {
      'packages/ai/index.ts': "export * from 'ai';\n",
      'packages/ai/named.ts': "export { generateObject } from 'ai';\nexport async function generateText(o: { model: unknown; prompt: string }) { return o.prompt.length; }\n",
      'packages/ai/providers/openai.ts': "import { createOpenAI } from '@ai-sdk/openai';\nexport const provider = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });\nexport const model = provider('gpt-4o-mini');\n",
      'src/tags.ts': "import { generateText } from '../packages/ai';\nimport { generateObject, generateText as own } from '../packages/ai/named';\nimport { model } from '../packages/ai/providers/openai';\nexport async function tags(note: { content: string; email: string }) {\n  await generateText({ model, prompt: `Tag: ${note.content}` });\n  await generateObject({ model, messages: [{ role: 'user', content: note.content }], schema: {} });\n  await own({ model, prompt: `Tag: ${note.content}` });\n}\n",
    },
    expect: ['undeclared-sharing src/tags.ts:5 user.content.private -> OpenAI', 'undeclared-sharing src/tags.ts:6 user.content.private -> OpenAI'],
  },
  {
    name: "the task a person gives an agent, written into a user turn (`for this task: \"${task}\"`), is what they wrote; a task's id is not",
    files: {
      'src/name.ts': "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function nameTask(task: string, job: { taskId: string }) {\n  await openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: 'Name tasks.' }, { role: 'user', content: `Name this task: \"${task}\"` }] });\n  await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: `Summarise job ${job.taskId}` }] });\n}\n",
    },
    expect: ['undeclared-sharing src/name.ts:4 user.content.private -> OpenAI'],
  },
  {
    name: "text a job fetches for itself (`scrapedContent` from its own query, `(content) => content.summary`) and the product's instructions (`getSystemPrompt()`, a system turn) are no one's writing; the same names handed in by a caller or beside a user's request are",
    files: {
      'src/glossary.ts': "import { generateObject } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nimport { db } from './db';\nexport async function takeaways(term: string) {\n  const scrapedContent = await db.pages.findMany({ where: { term } });\n  return generateObject({ model: openai('gpt-4o'), prompt: `Term: ${term}\\n${scrapedContent.map((content) => content.summary).join('\\n')}` });\n}\n",
      'src/search.ts': "import OpenAI from 'openai';\nconst getSystemPrompt = (now: number) => `Filters as of ${now}`;\nexport async function parse(openai: OpenAI, userSearchMsg: string) {\n  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: getSystemPrompt(Date.now()) }, { role: 'user', content: userSearchMsg }] });\n}\n",
      'src/reply.ts': "import OpenAI from 'openai';\nconst ai = new OpenAI();\nexport async function draft(articleId: string) {\n  const text = await load(articleId);\n  return ai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: text }] });\n}\nexport async function answer(req: Request) {\n  const { content } = await req.json();\n  return ai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content }] });\n}\nexport async function summarize(doc: { content: string }) {\n  return ai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: doc.content }] });\n}\ndeclare function load(id: string): Promise<string>;\n",
      'src/db.ts': "export const db = { pages: { findMany: async (_: unknown) => [{ summary: '' }] } };\n",
    },
    expect: ['undeclared-sharing src/reply.ts:9 user.content.private -> OpenAI', 'undeclared-sharing src/reply.ts:12 user.content.private -> OpenAI'],
  },
];

describe('flows: SDK clients, URLs, bodies, AI and log sinks, record subjects (issue 8)', () => {
  for (const r of rows) it(r.name, () => assert.deepEqual(pin(r.files, r.kind ?? 'sharing'), r.expect));

  it("a payment API's `customer` is the vendor's own id for the payer, whatever local call or parameter the code got it from; an idempotency key is a token for dropping a repeated request; the email a customer is created with is still sent, and a hosted checkout takes the payer's card details", () => {
    const files = { 'src/billing.ts': "import Stripe from 'stripe';\nconst stripe = new Stripe('k');\nexport async function portal(user: { id: string; email: string }) {\n  const customer = await findCustomer(user.id, user.email);\n  await stripe.billingPortal.sessions.create({ customer, return_url: 'https://x.example/billing' });\n}\nexport async function usage(userId: string) {\n  await stripe.subscriptionItems.createUsageRecord('si_1', { quantity: 1 }, { idempotencyKey: `${userId}-add` });\n}\nexport async function bill(customerId: string) {\n  await stripe.invoices.create({ customer: customerId });\n}\nexport async function signUp(user: { email: string }) {\n  await stripe.customers.create({ email: user.email });\n}\nasync function findCustomer(id: string, email: string): Promise<string> { return `${id}:${email}`; }\nexport async function pay(customer: string) {\n  await stripe.checkout.sessions.create({ mode: 'payment', customer });\n}\n", 'src/route.ts': "import { bill, usage } from './billing';\nexport async function run(user: { id: string }) {\n  await bill(user.id);\n  await usage(user.id);\n}\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/billing.ts:14 user.contact.email Stripe', 'undeclared-sharing src/billing.ts:18 user.financial.credit_card Stripe']);
  });
  it("the product's own backend on Google Cloud Run (`speakeasy-backend-82351.us-central1.run.app`) is no third party when its name is the product's; another tenant there still is", () => {
    const files = { 'src/api.ts': "import axios from 'axios';\nexport async function login(email: string, password: string) {\n  await axios.post('https://speakeasy-backend-82351.us-central1.run.app/api/auth/login', { email, password });\n  await axios.post('https://leads-collector-1234.us-central1.run.app/lead', { email });\n}\n" };
    assert.deepEqual(sharing(files, '# SpeakEasy Privacy Policy\n\nSpeakEasy collects your email address and password when you sign up.\n', true), ['undeclared-sharing src/api.ts:4 user.contact.email leads-collector-1234.us-central1.run.app']);
  });
  it("an imported constant named as its setting (`SLACK_APPLICATIONS_WEBHOOK` from '@/lib/clients') is the vendor it names, even one whose name is an everyday word", () => {
    const files = {
      'lib/clients.ts': "export const SLACK_APPLICATIONS_WEBHOOK = process.env.SLACK_APPLICATIONS_WEBHOOK ?? '';\n",
      'pages/api/apply.ts': "import { SLACK_APPLICATIONS_WEBHOOK } from '@/lib/clients';\nexport async function apply(profile: { fullName: string; email: string }) {\n  await fetch(SLACK_APPLICATIONS_WEBHOOK, { method: 'POST', body: JSON.stringify({ text: `New application: ${profile.fullName} <${profile.email}>` }) });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing pages/api/apply.ts:3 user.name,user.contact.email Slack']);
  });
  it("a member a function destructures out of its argument (`const { intakeId } = input`) carries only what callers put under that key (a renamed one too); the rest of the argument is not sent", () => {
    const policy = '# Privacy\n\n## What we collect\n\nWe collect your name and email address.\n\n## Sharing\n\nWe use Sentry for error monitoring. Sentry receives technical data only.\n';
    const files = {
      'src/reissue.ts': "import * as Sentry from '@sentry/node';\nexport async function reissue(input: { intakeId: string; patientName: string; patientEmail: string }) {\n  const { intakeId } = input;\n  Sentry.captureException(new Error('failed'), { tags: { intakeId } });\n  const { patientEmail: email } = input;\n  Sentry.captureMessage('reissue', { extra: { email } });\n}\n",
      'src/caller.ts': "import { reissue } from './reissue';\nexport async function run(cert: { id: string; patient_name: string; patient_email: string }) {\n  await reissue({ intakeId: cert.id, patientName: cert.patient_name, patientEmail: cert.patient_email });\n}\n",
    };
    assert.deepEqual(sharing(files, policy), ['sharing-condition-unmet src/reissue.ts:6 user.contact.email']);
  });
  it("a helper that sends only some keys of its argument reaches its callers' callers through those keys only: a literal, an id made from the argument, a count, or a template built under another key carries none of the person's data", () => {
    const policy = '# Privacy\n\n## What we collect\n\nWe collect your name and email address.\n\n## Sharing\n\nWe use Sentry for error monitoring. Sentry receives technical data only.\n';
    const files = {
      'src/send.ts': "import * as Sentry from '@sentry/node';\nexport async function sendEmail(params: { to: string; toName: string; emailType: string; template: string }) {\n  const { emailType, to } = params;\n  Sentry.setTag('email_type', emailType);\n  Sentry.setContext('mail', { to });\n  const outboxId = await queue(params);\n  const stats = await count(params);\n  Sentry.addBreadcrumb({ data: { outboxId, sent: stats.messageCount } });\n}\nasync function queue(p: object) { return String(Object.keys(p).length); }\nasync function count(p: object) { return { messageCount: Object.keys(p).length }; }\n",
      'src/reissue.ts': "import { sendEmail } from './send';\nexport async function reissue(input: { patientName: string; patientEmail: string }) {\n  const { patientEmail } = input;\n  await sendEmail({ to: patientEmail, toName: input.patientName, emailType: 'receipt', template: receipt(input) });\n}\nfunction receipt(p: { patientName: string }) { return `<p>${p.patientName}</p>`; }\n",
      'src/caller.ts': "import { reissue } from './reissue';\nexport async function run(cert: { patient_name: string; patient_email: string }) {\n  await reissue({ patientName: cert.patient_name, patientEmail: cert.patient_email });\n}\n",
    };
    assert.deepEqual(sharing(files, policy), ['sharing-condition-unmet src/send.ts:5 user.contact.email']);
  });
  it('a vendor table that lists "Your name, email address, swimmer first name" for a policy addressed to parents covers the guardian\'s name in the email; a list without the parent\'s details leaves the address out', () => {
    const files = { 'src/email.ts': "import { Resend } from 'resend';\nconst resend = new Resend(process.env.RESEND_API_KEY);\nexport async function confirm(to: string, guardianName: string, swimmerName: string) {\n  return resend.emails.send({ from: 'a@b.c', to, subject: 'Booked', html: `<p>Hi ${guardianName}, ${swimmerName} is booked.</p>` });\n}\n" };
    const table = (data: string) => `# P\n\n## What we collect\n\nYour name, email address and your swimmer's first name.\n\n## Who we share it with\n\n| Provider | Purpose | Data involved |\n|---|---|---|\n| Resend | Booking confirmation emails | ${data} |\n`;
    assert.deepEqual([sharing(files, table('Your name, email address, swimmer first name'), false, 'p.md'), sharing(files, table('Swimmer first name and term'), false, 'p.md')], [[], ['sharing-condition-unmet src/email.ts:4 user.contact.email']]);
  });
  it('"Candidate personal data is never sent to Segment" bans sending data named for candidates (`candidateEmail`), and leaves the recruiters\' name and email the vendor row lists alone', () => {
    const files = { 'src/analytics.ts': "import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'k' });\nexport function identifyRecruiter(r: { id: string; email: string; name: string }) {\n  analytics.identify({ userId: r.id, traits: { email: r.email, name: r.name } });\n}\nexport function trackStage(recruiterId: string, props: { stage: string; candidateEmail: string }) {\n  analytics.track({ userId: recruiterId, event: 'Stage Changed', properties: { ...props } });\n}\n" };
    const policy = '# P\n\n## What we collect\n\nRecruiters\' names and work emails; candidates\' CVs and email addresses.\n\n## Sub-processors\n\n| Provider | Purpose | Data |\n|---|---|---|\n| Twilio Segment | Product analytics about recruiters | Recruiter ID, name, work email |\n\nSegment only receives information about recruiters. Candidate personal data is never sent to Segment.\n';
    assert.deepEqual(sharing(files, policy, false, 'p.md'), ['prohibited-sharing src/analytics.ts:7 user.contact.email']);
  });
  it('a helper Nitro imports by itself (`trackServerEvent` of `server/utils/umami.ts`, called in a route with no import) is followed to its request; a name no auto-import folder defines is nothing', () => {
    const files = {
      'server/utils/umami.ts': "export async function trackServerEvent(name: string, data: Record<string, string>) {\n  await $fetch('https://cloud.umami.is/api/send', { method: 'POST', body: { type: 'event', payload: { name, data } } });\n}\n",
      'server/api/apply.post.ts': "export default defineEventHandler(async (event) => {\n  const input = await readBody(event);\n  await trackServerEvent('applied', { email: input.email });\n  await notDefinedAnywhere({ email: input.email });\n});\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing server/utils/umami.ts:2 user.contact.email Umami']);
  });
  it('an exported object whose methods hand out lazily built clients (`clients.intercom()`, `clients.hubspot()`) gives each call on them its vendor, in the module that imports it', () => {
    const files = {
      'src/config/clients.ts': "import { Client as HubspotClient } from '@hubspot/api-client';\nimport { Client as IntercomClient } from 'intercom-client';\nlet _hubspot: HubspotClient | undefined;\nlet _intercom: IntercomClient | undefined;\nexport const clients = {\n  hubspot() {\n    return (_hubspot ??= new HubspotClient({ accessToken: 't' }));\n  },\n  intercom() {\n    return (_intercom ??= new IntercomClient({ tokenAuth: { token: 't' } }));\n  },\n};\n",
      'src/services/crm.ts': "import { clients } from '../config/clients';\nexport async function push(renter: { email: string; mobile: string }) {\n  await clients.hubspot().crm.contacts.basicApi.create({ properties: { email: renter.email, mobilephone: renter.mobile }, associations: [] });\n}\nexport async function sync(renter: { email: string }) {\n  await clients.intercom().contacts.createUser({ email: renter.email });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/services/crm.ts:3 user.contact.email HubSpot', 'undeclared-sharing src/services/crm.ts:6 user.contact.email Intercom']);
  });
  it('a webhook address read from a setting by its name (`this.config.getOrThrow<string>(\'SLACK_FRONTDESK_WEBHOOK\')`) is the vendor the name says; a setting named for no vendor is no recipient', () => {
    const files = {
      'src/notify.ts': "import { HttpService } from '@nestjs/axios';\nimport { ConfigService } from '@nestjs/config';\nexport class Notifier {\n  constructor(private readonly config: ConfigService, private readonly http: HttpService) {}\n  async alert(owner: { fullName: string; mobile: string }) {\n    const webhook = this.config.getOrThrow<string>('SLACK_FRONTDESK_WEBHOOK');\n    await this.http.post(webhook, { text: `New booking: ${owner.fullName} (${owner.mobile})` });\n  }\n  async ping(owner: { fullName: string }) {\n    const url = this.config.getOrThrow<string>('BOOKING_HOOK_URL');\n    await this.http.post(url, { text: `Booked: ${owner.fullName}` });\n  }\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/notify.ts:7 user.name,user.contact.phone_number Slack']);
  });
  it('an address a class keeps in a field (`private apiUrl = \'https://api.anthropic.com/v1/messages\'`, or set once in its constructor) is where `fetch(this.apiUrl, …)` sends; a field given two values is no one address', () => {
    const files = {
      'src/ai.ts': "export class AIService {\n  private apiUrl = 'https://api.anthropic.com/v1/messages';\n  async ask(user: { email: string }) {\n    await fetch(this.apiUrl, { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: user.email }] }) });\n  }\n}\n",
      'src/crm.ts': "export class Crm {\n  private base: string;\n  constructor() {\n    this.base = 'https://api.hubapi.com/crm/v3/objects/contacts';\n  }\n  async push(user: { email: string }) {\n    await fetch(this.base, { method: 'POST', body: JSON.stringify({ properties: { email: user.email } }) });\n  }\n}\n",
      'src/two.ts': "export class Two {\n  private url = 'https://api.hubapi.com/x';\n  constructor(other: boolean) {\n    if (other) this.url = 'https://example.org/x';\n  }\n  async push(user: { email: string }) {\n    await fetch(this.url, { method: 'POST', body: JSON.stringify({ email: user.email }) });\n  }\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/ai.ts:4 user.contact.email,user.content.private Anthropic', 'undeclared-sharing src/crm.ts:7 user.contact.email HubSpot']);
  });
  it('what a helper sets on its payload after making it (`if (userId) body.user_id = userId`) reaches it from the callers, who pass an email address there; a key set to a literal carries nothing', () => {
    const files = {
      'src/ga.ts': "const GA = 'https://www.google-analytics.com/mp/collect';\nexport async function track(clientId: string, userId?: string, plan?: string) {\n  const body: Record<string, unknown> = { client_id: clientId };\n  if (userId) body.user_id = userId;\n  body['source'] = 'server';\n  await fetch(GA, { method: 'POST', body: JSON.stringify(body) });\n}\n",
      'src/signup.ts': "import { track } from './ga';\nexport async function signup(form: { email: string; plan: string }) {\n  await track('cid', form.email);\n  await track('cid', undefined, form.plan);\n}\n",
    };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your email address. We use Google Analytics for usage statistics; we never send your email address to Google Analytics.\n', true), ['prohibited-sharing src/ga.ts:6 user.contact.email Google Analytics']);
  });
  it('NestJS\'s `Logger` ships to the vendor whose transport the app\'s logger has (`NestFactory.create(AppModule, { logger: createAppLogger() })`, the factory in another module); with the default logger it ships nowhere', () => {
    const logger = "import { WinstonModule } from 'nest-winston';\nimport * as winston from 'winston';\nexport function createAppLogger() {\n  const ddHost = `http-intake.logs.${process.env.DD_SITE ?? 'datadoghq.eu'}`;\n  return WinstonModule.createLogger({ transports: [new winston.transports.Http({ host: ddHost, path: '/api/v2/logs' })] });\n}\n";
    const service = "import { Injectable, Logger } from '@nestjs/common';\n@Injectable()\nexport class BookingsService {\n  private readonly logger = new Logger(BookingsService.name);\n  confirm(owner: { email: string; mobile: string }) {\n    this.logger.log(`Booking confirmed for ${owner.email} (${owner.mobile})`);\n  }\n}\n";
    const withVendor = { 'src/main.ts': "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\nimport { createAppLogger } from './logging/logger';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule, { logger: createAppLogger() });\n  await app.listen(3000);\n}\nbootstrap();\n", 'src/app.module.ts': 'export class AppModule {}\n', 'src/logging/logger.ts': logger, 'src/bookings.service.ts': service };
    const plain = { ...withVendor, 'src/main.ts': "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n}\nbootstrap();\n" };
    assert.deepEqual([sharing(withVendor, EMAIL_POLICY, true), sharing(plain, EMAIL_POLICY, true)], [['undeclared-sharing src/bookings.service.ts:6 user.contact.email,user.contact.phone_number Datadog'], []]);
  });
  it('a helper module no file of the project loads (`src/services/unusedAi.ts`, nowhere imported, required or named in an `import()`) sends nothing: its findings are left out with a note; one loaded by name (a subpath import `#services/billing` too), as a worker\'s script, from a folder a dynamic import reaches, or a route in a folder named "helper" (`routes/api/helper/+server.ts`), is reported', () => {
    const send = (file: string) => `export async function ask(user: { email: string }) {\n  await fetch('https://api.openai.com/v1/chat/completions', { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: user.email }] }) });\n}\n// ${file}\n`;
    const files: Record<string, string> = {
      'src/app.ts': "import { ask } from './services/usedAi';\nimport { bill } from '#services/billing';\nexport const run = (u: { email: string }) => ask(u);\nexport const load = (name: string) => import(`./plugins/${name}`);\nexport const worker = () => new Worker(new URL('./lib/syncWorker.ts', import.meta.url));\n",
      'src/lib/syncWorker.ts': send('worker'),
      'src/services/billing.ts': send('billing'),
      'src/services/usedAi.ts': send('used'),
      'src/services/unusedAi.ts': send('unused'),
      'src/plugins/lib/aiPlugin.ts': send('plugin'),
      // (A route the framework loads by where it sits, in a folder that happens to be called "helper".)
      'src/routes/api/helper/+server.ts': send('route'),
      // (A package folder named `app` is no framework's route folder.)
      'app/src/services/unusedApp.ts': send('app package'),
    };
    for (let i = 0; i < 8; i++) files[`src/pages/p${i}.ts`] = `import { run } from '../app';\nimport x${i} from './x${i}';\nexport default () => run;\n`;
    const policy = parsePolicy('p.md', EMAIL_POLICY);
    const facts = Object.entries(files).map(([f, text]) => extractFacts(f, text));
    const r = evaluate(policy, 'p.md', facts, {}, []);
    assert.deepEqual([r.findings.filter((f) => f.kind === 'sharing').map((f) => `${f.file}:${f.line}`), r.notes.filter((n) => /no file of the project imports/.test(n.message)).map((n) => `${n.file}: ${n.message}`)], [['src/lib/syncWorker.ts:2', 'src/plugins/lib/aiPlugin.ts:2', 'src/routes/api/helper/+server.ts:2', 'src/services/billing.ts:2', 'src/services/usedAi.ts:2'], ['app/src/services/unusedApp.ts: not reported: 1 finding in a module no file of the project imports', 'src/services/unusedAi.ts: not reported: 1 finding in a module no file of the project imports']]);
  });
  it('a weak name under a key for a thing\'s name (`{ inputName: name }`) is that thing\'s; under `customerName` it is a person\'s', () => {
    const files = {
      'src/report.ts': "import * as Sentry from '@sentry/node';\nexport function report(err: Error, inputs: Record<string, string>) {\n  for (const [name, status] of Object.entries(inputs)) Sentry.captureException(err, { extra: { inputName: name, status } });\n}\nexport function fail(err: Error, name: string) {\n  Sentry.captureException(err, { extra: { customerName: name } });\n}\n",
    };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your email address. We use Sentry for error monitoring; Sentry receives technical data only.\n', true), ['sharing-condition-unmet src/report.ts:6 user.name Sentry']);
  });
  it('a report hook that takes the person\'s email off every report (`beforeSend(event) { delete event.user.email }`, `event.user = { id: event.user.id }`) stops `scope.setUser({ email })` sending it to Sentry; a context the hook leaves alone still goes', () => {
    const init = (hook: string) => `import * as Sentry from '@sentry/node';\nSentry.init({\n  dsn: process.env.SENTRY_DSN,\n  beforeSend(event) {\n    ${hook}\n    return event;\n  },\n});\n`;
    const route = "import * as Sentry from '@sentry/node';\nexport function fail(err: Error, user: { id: string; email: string; phone: string }) {\n  Sentry.withScope((scope) => {\n    scope.setUser({ id: user.id, email: user.email });\n    scope.setContext('contact', { phone: user.phone });\n    Sentry.captureException(err);\n  });\n}\n";
    const policy = '# Privacy\n\nWe collect your email address and phone number. We use Sentry for error monitoring.\n\nWe do not send your email address or phone number to Sentry.\n';
    assert.deepEqual([init('if (event.user) delete event.user.email;'), init('if (event.user) event.user = { id: event.user.id };'), init('return event;')].map((text) => sharing({ 'src/sentry.ts': text, 'src/route.ts': route }, policy)), [
      ['prohibited-sharing src/route.ts:5 user.contact.phone_number'],
      ['prohibited-sharing src/route.ts:5 user.contact.phone_number'],
      ['prohibited-sharing src/route.ts:4 user.contact.email', 'prohibited-sharing src/route.ts:5 user.contact.phone_number'],
    ]);
  });
  it('a report hook that cuts the report\'s own person down (`event.user = { id: event.user.id, email: mask(event.user.email) }`) adds no one to it; a hook that puts someone else\'s details there does', () => {
    const init = (hook: string) => `import * as Sentry from '@sentry/nextjs';\ndeclare const current: { email: string };\nSentry.init({\n  dsn: process.env.SENTRY_DSN,\n  beforeSend(event) {\n    ${hook}\n    return event;\n  },\n});\n`;
    const policy = '# Privacy\n\nWe collect your email address. We use Sentry for error monitoring.\n\nWe do not send your email address to Sentry.\n';
    assert.deepEqual([init("if (event.user) event.user = { id: event.user.id, email: event.user.email ? event.user.email.replace(/(.{2})(.*)(@.*)/, '$1***$3') : undefined };"), init('event.user = { email: current.email };')].map((text) => sharing({ 'src/sentry.ts': text }, policy)), [[], ['prohibited-sharing src/sentry.ts:3 user.contact.email']]);
  });
  it('records made by a helper handed to `.map` (`objects: users.map(toSearchRecord)`) are what the helper returns', () => {
    const files = { 'src/search.ts': "import { algoliasearch } from 'algoliasearch';\nconst client = algoliasearch('app', 'key');\nexport function toSearchRecord(user: { id: string; email: string; bio: string }) {\n  return { objectID: user.id, bio: user.bio, contact: { email: user.email } };\n}\nexport async function index(rows: unknown[]) {\n  await client.saveObjects({ indexName: 'people', objects: (rows as Parameters<typeof toSearchRecord>[0][]).map(toSearchRecord) });\n}\n" };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your email address and your bio. Algolia indexes public profiles.\n\nWe never send your email address to Algolia.\n'), ['prohibited-sharing src/search.ts:7 user.contact.email']);
  });
  it('a vendor kit\'s spinner (`<Loader />` of `@giphy/react-components`) asks the vendor for nothing; its grid (`<Grid fetchGifs={…} />`) loads it', () => {
    const files = { 'src/Spinner.tsx': "import { Loader } from '@giphy/react-components';\nexport const Wait = () => <Loader />;\n", 'src/Gifs.tsx': "import { Grid } from '@giphy/react-components';\nexport const Gifs = ({ fetchGifs }: { fetchGifs: any }) => <Grid fetchGifs={fetchGifs} width={300} />;\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing src/Gifs.tsx:2 user.device.ip_address,user.device.user_agent']);
  });
  it('a Last.fm API call by its host (`ws.audioscrobbler.com/2.0/?method=user.getinfo&user=…`) is a lookup of the account on Last.fm itself', () => {
    const files = { 'src/lastfm.ts': "export async function profile(username: string) {\n  const res = await fetch(`https://ws.audioscrobbler.com/2.0/?method=user.getinfo&user=${username}&format=json`);\n  return res.json();\n}\nexport async function share(email: string) {\n  await fetch(`https://ws.audioscrobbler.com/2.0/?method=track.share&recipient=${email}`);\n}\n" };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your email address and your Last.fm username.\n', true), ['undeclared-sharing src/lastfm.ts:6 user.contact.email Last.fm']);
  });
  it('an identity check\'s widget (`<SumsubWebSdk accessToken={token} />`) takes the person\'s ID document and a selfie to the vendor', () => {
    const files = { 'src/Verify.tsx': "import SumsubWebSdk from '@sumsub/websdk-react';\nexport const Verify = ({ token }: { token: string }) => <SumsubWebSdk accessToken={token} expirationHandler={() => Promise.resolve(token)} />;\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/Verify.tsx:2 user.device.ip_address,user.device.user_agent,user.government_id,user.content.self_image Sumsub']);
  });
  it('an id the recipient made for the person (`customer: user.stripeCustomerId`, `subscription: sub.id`, `hubspotContactId` to HubSpot) goes back to it, no disclosure; the email that made the customer still is one', () => {
    const files = {
      'billing.ts': "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_KEY!);\nexport async function sync(user: { stripeCustomerId: string }) {\n  return stripe.subscriptions.list({ customer: user.stripeCustomerId });\n}\nexport async function credit(customerId: string, amount: number) {\n  await stripe.customers.createBalanceTransaction(customerId, { amount, currency: 'usd' });\n}\nexport async function create(user: { email: string }) {\n  return stripe.customers.create({ email: user.email });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing billing.ts:10 user.contact.email']);
  });
  it('an undeclared disclosure points to the section about sharing ("6. Disclosures of your data"), not to "1. Who we are", a controller heading, a payment processor section or a section about one kind of recipient', () => {
    const policy = '# Privacy\n\n## 1. Who we are\n\nAcme runs this site.\n\n### 1.2 Data Controller and Data Processor\n\nAcme is the controller.\n\n## 2. What we collect\n\nWe collect your email address.\n\n## 3. Payment Processor\n\nPayments are handled by Stripe.\n\n## 5. Data Shared with AI Models\n\nWe send your notes to OpenAI.\n\n## 6. Disclosures of Your Personal Data\n\nWe share data with service providers listed here.\n';
    const files = { 'track.ts': "import mixpanel from 'mixpanel';\nconst mp = mixpanel.init('t');\nexport function track(user: { email: string }) {\n  mp.people.set(user.email, { $email: user.email });\n}\n" };
    assert.deepEqual(analyze(files, policy, 'p.md').filter((f) => f.kind === 'sharing').map((f) => [f.ruleId, f.line, f.clause?.title]), [['undeclared-sharing', 4, '6. Disclosures of Your Personal Data']]);
  });
  it('an HTTP instance a function builds lazily and returns (`http ??= axios.create({ baseURL })`, `http = http ?? axios.create(…)`) is what importers of the function post to, in another module too', () => {
    const files = {
      'common/datadog.ts': "import axios, { AxiosInstance } from 'axios';\nexport const DD_SITE = process.env.DD_SITE ?? 'datadoghq.eu';\nlet logsHttp: AxiosInstance | undefined;\nexport function datadogLogs(): AxiosInstance {\n  logsHttp ??= axios.create({ baseURL: `https://http-intake.logs.${DD_SITE}`, timeout: 2000 });\n  return logsHttp;\n}\nlet other: AxiosInstance | undefined;\nexport function mixpanelHttp(): AxiosInstance {\n  other = other ?? axios.create({ baseURL: 'https://api.mixpanel.com' });\n  return other;\n}\n",
      'common/log.ts': "import { datadogLogs, mixpanelHttp } from './datadog';\nexport function logRequest(req: any) {\n  void datadogLogs().post('/api/v2/logs', [{ usr: { email: req.user?.email } }]).catch(() => undefined);\n}\nexport function track(user: { phone: string }) {\n  return mixpanelHttp().post('/engage', { $phone: user.phone });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing common/log.ts:3 user.contact.email Datadog', 'undeclared-sharing common/log.ts:6 user.contact.phone_number Mixpanel']);
  });
  it("an object of helpers (`export const analytics = { track(event, id, props) { … } }`) passed on by a package's index (`export { analytics } from './analytics.js'`) gets what callers put in its props: the wrapper's send is reported where it sends", () => {
    const files = {
      'src/sdk/analytics.ts': "import Mixpanel from 'mixpanel';\nlet client: Mixpanel.Mixpanel | undefined;\nfunction mixpanel() {\n  client ??= Mixpanel.init('token');\n  return client;\n}\nexport const analytics = {\n  track(event: string, distinctId: string, props: Record<string, string> = {}): void {\n    mixpanel()?.track(event, { distinct_id: distinctId, ...props });\n  },\n};\n",
      'src/sdk/index.ts': "export { analytics } from './analytics.js';\n",
      'src/routes.ts': "import { analytics } from './sdk/index.js';\nexport function created(senderId: string, input: { dropoffAddress: string }) {\n  analytics.track('delivery_created', senderId, { dropoffAddress: input.dropoffAddress });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/sdk/analytics.ts:9 user.contact.address Mixpanel']);
  });

  it("a client a factory hands over once its setup has finished (`return ready.then(() => rudderClient)`) is the one `(await rudder()).track(…)` calls", () => {
    const files = {
      'src/analytics.ts': "import rudderClient from '@rudderstack/rudder-sdk-react-native';\nlet ready: Promise<void> | null = null;\nfunction rudder() {\n  ready ??= rudderClient.setup('key', { dataPlaneUrl: 'https://x.dataplane.rudderstack.com' });\n  return ready.then(() => rudderClient);\n}\nexport async function trackOrder(order: { id: string; child: { firstName: string } }) {\n  (await rudder()).track('Order Placed', { order_id: order.id, child_name: order.child.firstName });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/analytics.ts:8 user.name.first RudderStack']);
  });

  it("text given to a model named for the document it is (`cvText`) is that document, held to what the policy says the vendor reads (\"Groq ..... reads the text of your CV\"); a transcript is still what people wrote", () => {
    const files = {
      'src/cv.ts': "import Groq from 'groq-sdk';\nconst groq = new Groq();\nexport async function extract(cvText: string, transcript: string) {\n  await groq.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: cvText }] });\n  await groq.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: transcript }] });\n}\n",
    };
    const policy = '# Privacy\n\n## What we collect\n\nYour CV, if you upload one, and the messages you send.\n\n## Who we share it with\n\n- Groq ................ reads the text of your CV to fill in your work history.\n';
    assert.deepEqual(sharing(files, policy, true, 'p.md'), ['sharing-condition-unmet src/cv.ts:5 user.content.private Groq']);
  });

  it("a helper of another module that turns a record into a text of some of its fields (`buildBrief(input)`) passes on what it returns, not the whole record it was given", () => {
    const files = {
      'src/brief.ts': "export interface Application { email: string; phone: string; employment: string; aboutMe: string }\nexport function buildBrief(input: Application): string {\n  return [`Employment: ${input.employment}`, `About me: ${input.aboutMe}`].join('\\n');\n}\n",
      'src/summarize.ts': "import Anthropic from '@anthropic-ai/sdk';\nimport { buildBrief, type Application } from './brief';\nconst anthropic = new Anthropic();\nexport async function summarize(input: Application) {\n  return anthropic.messages.create({ model: 'm', max_tokens: 300, messages: [{ role: 'user', content: buildBrief(input) }] });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/summarize.ts:5 user.content.bio,user.content.private Anthropic']);
  });

  it('a function of `server/utils/` a Nuxt route calls without importing it (`roomChannel(id).publish(…)`, its channel got from a lazily built Ably client) is that client: what the route publishes goes to Ably; a global the route calls (`structuredClone(…)`) is none', () => {
    const files = {
      'server/utils/ably.ts': "import * as Ably from 'ably';\nlet rest: Ably.Rest | undefined;\nexport function roomChannel(roomId: string) {\n  rest ??= new Ably.Rest({ key: 'k' });\n  return rest.channels.get(`room:${roomId}`);\n}\n",
      'server/api/rooms/[id]/invite.post.ts': "export default defineEventHandler(async (event) => {\n  const { user } = await requireUserSession(event);\n  const copy = structuredClone({ email: user.email });\n  await roomChannel(getRouterParam(event, 'id')!).publish('invite', { email: user.email });\n  return copy;\n});\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing server/api/rooms/[id]/invite.post.ts:4 user.contact.email Ably']);
  });

  it("Microsoft Clarity's tag called as a global (`window.clarity?.('identify', me.email, …)`, `clarity('set', …)`) receives what it is given", () => {
    const files = {
      'app/root.tsx': "export function identify(me: { email: string; fullName: string }) {\n  window.clarity?.('identify', me.email, undefined, undefined, me.fullName);\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing app/root.tsx:2 user.contact.email,user.name Microsoft Clarity']);
  });

  it('a vendor\'s item that names its purpose and the cookies the vendor sets on its own pages ("Stripe: For payment processing. Stripe may use cookies for security purposes.") lists no data: the email the checkout sends Stripe is declared', () => {
    const files = {
      'src/pay.ts': "import Stripe from 'stripe';\nconst stripe = new Stripe('sk');\nexport async function customer(user: { email: string; name: string }) {\n  return stripe.customers.create({ email: user.email, name: user.name });\n}\n",
    };
    const policy = '# Privacy\n\n## What we collect\n\nWe collect your name and email address.\n\n## Data Sharing\n\nWe share data only with:\n\n- **Stripe:** For payment processing and fraud prevention. Stripe may use cookies for security purposes.\n- **Email service providers:** For booking confirmations.\n';
    assert.deepEqual(sharing(files, policy), []);
  });

  it('a request to a host whose first label is partly filled in at run time (`https://${appId}-dsn.algolia.net`) or whose domain a config object holds (`https://http-intake.logs.${env.site}` with `site: process.env.DD_SITE ?? \'datadoghq.eu\'`) goes to that vendor', () => {
    const files = {
      'src/search.ts': "const env = { site: process.env.DD_SITE ?? 'datadoghq.eu', retention: '30 days' };\nexport async function search(appId: string, email: string) {\n  await fetch(`https://${appId}-dsn.algolia.net/1/indexes/menu/query`, { method: 'POST', body: JSON.stringify({ userToken: email }) });\n}\nexport async function log(email: string) {\n  await fetch(`https://http-intake.logs.${env.site}/api/v2/logs`, { method: 'POST', body: JSON.stringify([{ email }]) });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/search.ts:3 user.contact.email Algolia', 'undeclared-sharing src/search.ts:6 user.contact.email Datadog']);
  });

  it('a vendor\'s row that gives it "nothing that identifies you" leaves out who the person is: an email sent to it as a user token is not declared', () => {
    const files = {
      'src/search.ts': "export async function search(appId: string, q: string, email: string) {\n  await fetch(`https://${appId}-dsn.algolia.net/1/indexes/menu/query`, { method: 'POST', body: JSON.stringify({ query: q, userToken: email }) });\n}\n",
    };
    const policy = '# Privacy\n\n## What we collect\n\nWe collect your email address.\n\n## Who helps us\n\n| Provider | Purpose | What they get |\n|---|---|---|\n| Algolia | Searching our menu | The words you type into the search box, and nothing that identifies you |\n';
    assert.deepEqual(sharing(files, policy), ['sharing-condition-unmet src/search.ts:2 user.contact.email']);
  });

  it('a hand-written client class whose methods hand their data to its own `this.post(…)` (`heap().addUserProperties(id, { email })`, `heap()` building the class lazily) sends what its callers give it; a method of another name on what a factory returns is none', () => {
    const files = {
      'src/heap.ts': "class HeapClient {\n  constructor(private readonly appId: string) {}\n  private async post(path: string, body: Record<string, unknown>): Promise<void> {\n    await fetch(`https://heapanalytics.com/api/${path}`, { method: 'POST', body: JSON.stringify({ app_id: this.appId, ...body }) });\n  }\n  addUserProperties(identity: string, properties: Record<string, string>): Promise<void> {\n    return this.post('add_user_properties', { identity, properties });\n  }\n}\nlet client: HeapClient | undefined;\nexport function heap(): HeapClient {\n  client ??= new HeapClient('app');\n  return client;\n}\n",
      'src/sync.ts': "import { heap } from './heap';\nexport function sync(parent: { id: string; email: string }) {\n  void heap().toString(parent.email);\n  void Promise.resolve(heap()).then(() => parent.email);\n  return heap().addUserProperties(`acct_${parent.id}`, { email: parent.email });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/heap.ts:4 user.contact.email Heap']);
  });

  it('a local named for a step of a chain on an imported clients object (`const index = clients.pinecone().index(n).namespace(id)`) is that chain: `index.upsert(…)` reaches the vendor; not a name the file declares twice (a loop\'s `index`), nor what an awaited call returns', () => {
    const files = {
      'src/clients.ts': "import { Pinecone } from '@pinecone-database/pinecone';\nlet pinecone: Pinecone | undefined;\nexport const clients = {\n  pinecone: () => (pinecone ??= new Pinecone({ apiKey: process.env.PINECONE_API_KEY ?? '' })),\n};\n",
      'src/embed.ts': "import { clients } from './clients';\nexport async function embed(entry: { id: string; email: string }) {\n  const index = clients.pinecone().index('entries').namespace(entry.id);\n  await index.upsert([{ id: entry.id, values: [], metadata: { owner: entry.email } }]);\n}\n",
      'src/other.ts': "import { clients } from './clients';\nexport async function other(user: { email: string }, maps: Map<string, string>[]) {\n  const index = clients.pinecone().index('entries');\n  for (const index of maps) index.set('k', user.email);\n  const res = (await clients.pinecone().index('entries').query({ topK: 1 })) as any;\n  res.matches.push(user.email);\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/embed.ts:4 user.contact.email Pinecone']);
  });

  it('where a site the business runs is (`origin: { lat: kennel.lat, lng: kennel.lng }`) is not a person\'s location sent to a maps API; a user\'s is', () => {
    const policy = '# Privacy\n\n## What we collect\n\nYour name and home address.\n\n## Who we share it with\n\n- Google Maps: route planning for pick-ups (your home address).\n';
    const files = { 'src/maps.ts': "import { Client } from '@googlemaps/google-maps-services-js';\nconst maps = new Client({});\nexport async function eta(kennel: { lat: number; lng: number }, homeAddress: string) {\n  return maps.directions({ params: { origin: { lat: kennel.lat, lng: kennel.lng }, destination: homeAddress, key: '' } });\n}\nexport async function fromUser(user: { lat: number; lng: number }, homeAddress: string) {\n  return maps.directions({ params: { origin: { lat: user.lat, lng: user.lng }, destination: homeAddress, key: '' } });\n}\n" };
    assert.deepEqual(sharing(files, policy, true, 'p.md'), ['sharing-condition-unmet src/maps.ts:7 user.location.precise Google Maps Platform']);
  });

  it('a conversation turn (`messages: [{ role: \'user\', content: message }]`) posted to an agent API the catalog does not know is what the person wrote; a list of the product\'s own turns is not', () => {
    const send = (turns: string) => `const AGENT_URL = 'https://api.agents.example.net';\nexport async function chat(message: string) {\n  const requestBody = { messages: [${turns}], session_id: 's' };\n  return fetch(\`\${AGENT_URL}/world/a1/_interact\`, { method: 'POST', body: JSON.stringify(requestBody) });\n}\n`;
    assert.deepEqual(sharing({ 'src/chat.ts': send("{ role: 'user', content: message }") }, EMAIL_POLICY, true), ['undeclared-sharing src/chat.ts:4 user.content.private api.agents.example.net']);
    assert.deepEqual(sharing({ 'src/chat.ts': send("{ role: 'system', content: message }") }, EMAIL_POLICY, true), []);
  });

  it('what only a person has (`tenant.full_name`, a birth date, a gender) is a person\'s on a party an organisation word names that may be one person (a tenant, a supplier); `tenant.email` there stays the organisation\'s, and `repository.full_name` a thing\'s', () => {
    const files = { 'src/brief.ts': "import { CohereClient } from 'cohere-ai';\nconst cohere = new CohereClient({ token: process.env.COHERE_API_KEY });\nexport async function brief(tenant: { email: string; full_name: string }) {\n  await cohere.chat({ model: 'command-r', message: `Contact ${tenant.email}` });\n  await cohere.chat({ model: 'command-r', message: `Tenant: ${tenant.full_name}` });\n}\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true, 'p.md'), ['undeclared-sharing src/brief.ts:5 user.name Cohere']);
  });

  it('a search store the deployment points at is the cloud the policy names: what it says that cloud holds is held to', () => {
    const files = { 'src/search.ts': "import Typesense from 'typesense';\nlet client: Typesense.Client | undefined;\nfunction typesense() {\n  if (!client) client = new Typesense.Client({ nodes: [{ host: process.env.TS_HOST!, port: 443, protocol: 'https' }], apiKey: 'k' });\n  return client;\n}\nexport async function indexLead(b: { ref: string; homePhone: string }) {\n  await typesense().collections('leads').documents().upsert({ id: b.ref, phone: b.homePhone });\n}\n" };
    const policy = '# Privacy\n\n## What we collect\n\nYour phone number.\n\n## Service providers\n\nWe use these providers:\n\n- Typesense Cloud: search over tour listings. It holds no customer data.\n';
    assert.deepEqual(sharing(files, policy, true), ['sharing-condition-unmet src/search.ts:8 user.contact.phone_number Typesense Cloud']);
  });
  it('"Google, Microsoft, Apple, and Zoom" in a list of vendors declares a platform company\'s calendar, not its analytics', () => {
    const files = {
      'src/calendar.ts': "import { calendar } from '@googleapis/calendar';\nconst api = calendar({ version: 'v3' });\nexport async function book(guest: { email: string }) {\n  await api.events.insert({ calendarId: 'primary', requestBody: { attendees: [{ email: guest.email }] } });\n}\n",
      'src/track.ts': "declare const gtag: (...a: unknown[]) => void;\nexport function signedUp(user: { email: string }) {\n  gtag('event', 'sign_up', { email: user.email });\n}\n",
    };
    const policy = '# Privacy\n\n## What we collect\n\nYour email address.\n\n## Subprocessors\n\nWe rely on a small set of vendors:\n\n- **Calendar & conferencing** - Google, Microsoft, Apple, and Zoom, for the accounts you choose to connect.\n- **Stripe** - payments.\n';
    assert.deepEqual(sharing(files, policy, true), ['undeclared-sharing src/track.ts:3 user.contact.email Google Analytics']);
  });
  it('a vector store the deployment points at is no third party a ban on sharing reaches; a client built with the vendor\'s cloud entry point (`connectToWeaviateCloud`) is the vendor', () => {
    const files = {
      'src/qdrant.ts': "import { QdrantClient } from '@qdrant/js-client-rest';\nconst q = new QdrantClient({ url: process.env.QDRANT_URL, apiKey: process.env.QDRANT_KEY });\nexport async function save(u: { id: number; email: string }) {\n  await q.upsert('people', { points: [{ id: u.id, vector: [0], payload: { email: u.email } }] });\n}\n",
      'src/weaviate.ts': "import weaviate from 'weaviate-client';\nexport async function store(u: { email: string }) {\n  const client = await weaviate.connectToWeaviateCloud(process.env.WCD_URL!, { authCredentials: new weaviate.ApiKey(process.env.WCD_KEY!) });\n  await client.collections.get('People').data.insert({ email: u.email });\n}\n",
    };
    const policy = '# Privacy\n\n## What we collect\n\nYour email address.\n\n## Sharing\n\nWe never share your personal data with third parties.\n';
    assert.deepEqual(sharing(files, policy, true).map((f) => f.replace(/ src\/weaviate\.ts:\d+/, ' src/weaviate.ts')), ['prohibited-sharing src/weaviate.ts user.contact.email Weaviate Cloud']);
  });
  it('"You can sign in with GitHub, Google, or Apple" beside a vendor names no Google product a recipient', () => {
    const files = { 'src/ai.ts': "import { GoogleGenerativeAI } from '@google/generative-ai';\nconst genAI = new GoogleGenerativeAI(process.env.KEY!);\nexport async function summarize(entry: { email: string }) {\n  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });\n  return model.generateContent(`Summarize for ${entry.email}`);\n}\n" };
    const policy = '# Privacy\n\n## What we collect\n\nYour email address.\n\n## Services\n\n- Payments: We use Stripe to process payments. You can sign in with GitHub, Google, or Apple.\n';
    assert.deepEqual(sharing(files, policy, true), ['undeclared-sharing src/ai.ts:5 user.contact.email Google Gemini']);
  });
  it('a platform company named by itself as a vendor ("Google — authentication") declares no other product of it (Google Gemini, Google Fonts)', () => {
    const files = { 'src/ai.ts': "import { GoogleGenerativeAI } from '@google/generative-ai';\nconst genAI = new GoogleGenerativeAI(process.env.KEY!);\nexport async function summarize(entry: { email: string }) {\n  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });\n  return model.generateContent(`Summarize for ${entry.email}`);\n}\n" };
    const policy = '# Privacy\n\n## What we collect\n\nYour email address.\n\n## Third-party services\n\nWe use these services:\n\n- **Stripe**: payments.\n- **Google**: authentication.\n';
    assert.deepEqual(sharing(files, policy, true, 'p.md'), ['undeclared-sharing src/ai.ts:5 user.contact.email Google Gemini']);
  });
  it("a helper that sends a text built from some members of its argument (`${p.skills}`) gets only those fields of the record its callers pass, not the whole record; the record sent whole still carries all of it", () => {
    const policy = '# P\n\n## What we collect\n\nYour name, email address, phone number, playing age range and skills.\n\n## Who we share it with\n\n| Provider | Purpose | Data |\n|---|---|---|\n| Cohere | Search vectors | Playing age range and skills list. Never your name or contact details |\n';
    const head = "import { CohereClient } from 'cohere-ai';\nconst cohere = new CohereClient({ token: 'k' });\nasync function embed(text: string) {\n  return cohere.embed({ texts: [text] });\n}\nexport interface Profile { id: string; fullName: string; email: string; phone: string; playingAgeMin: number; skills: string[] }\n";
    const helpers: Record<string, string> = {
      indexProfile: 'export async function indexProfile(p: Profile) {\n  const text = `Playing age ${p.playingAgeMin}. Skills: ${p.skills.join(\', \')}.`;\n  return embed(text);\n}\n',
      indexAll: 'export async function indexAll(p: Profile) {\n  const text = JSON.stringify(p);\n  return embed(text);\n}\n',
    };
    const project = (fn: string) => ({ 'src/match.ts': head + helpers[fn], 'src/create.ts': `import { ${fn}, type Profile } from './match';\nexport async function create(profile: Profile) {\n  await ${fn}(profile);\n}\n` });
    const all = 'user.name,user.contact.email,user.contact.phone_number';
    assert.deepEqual([sharing(project('indexProfile'), policy, false, 'p.md'), sharing(project('indexAll'), policy, false, 'p.md')], [[], ['sharing-condition-unmet src/match.ts:4 ' + all, 'sharing-condition-unmet src/match.ts:9 ' + all]]);
  });
  it('a vendor named in a table row that lists what it receives also gets what another statement naming it says ("Payment card details are entered on Stripe\'s payment page"); data no statement names for it still falls outside the row', () => {
    const files = { 'src/pay.ts': "import Stripe from 'stripe';\nconst stripe = new Stripe('k');\nexport async function pay(order: { email: string; amount: number }) {\n  return stripe.checkout.sessions.create({ mode: 'payment', customer_email: order.email, line_items: [] });\n}\nexport async function note(order: { email: string; phone: string }) {\n  return stripe.customers.create({ email: order.email, phone: order.phone });\n}\n" };
    const policy = (card: string) => `# P\n\n## What we collect\n\nYour name, email address and phone number. ${card}\n\n## Who we share it with\n\n| Provider | What for | What they receive |\n|---|---|---|\n| Stripe | Card payments | Your email address and the amount |\n`;
    assert.deepEqual([sharing(files, policy("Payment card details are entered on Stripe's payment page."), false, 'p.md'), sharing(files, policy(''), false, 'p.md')], [['sharing-condition-unmet src/pay.ts:7 user.contact.phone_number'], ['sharing-condition-unmet src/pay.ts:4 user.financial.credit_card', 'sharing-condition-unmet src/pay.ts:7 user.contact.phone_number']]);
  });
  it("a member named for a person passed whole (`job.data.recipient`) holds the fields the file declares for that member; a member the file declares twice, or one named for a thing, holds nothing it can tell", () => {
    const policy = '# P\n\n## What we collect\n\nWe collect senders\' names and email addresses.\n';
    const files = {
      'src/worker.ts': "import * as Sentry from '@sentry/node';\ninterface NotifyJob { shipmentId: string; recipient: { name: string; phone: string }; window: { from: string } }\nexport function failed(job: { data: NotifyJob }) {\n  Sentry.setContext('recipient', job.data.recipient);\n  Sentry.setContext('window', job.data.window);\n}\n",
      'src/other.ts': "import * as Sentry from '@sentry/node';\ninterface A { owner: { phone: string } }\ninterface B { owner: { email: string } }\nexport function failed(job: { data: A | B }) {\n  Sentry.setContext('owner', job.data.owner);\n}\n",
    };
    assert.deepEqual(sharing(files, policy), ['undeclared-sharing src/worker.ts:4 user.name,user.contact.phone_number']);
  });
  it("an initial of a value (`email.charAt(0)`, `name[0]`, `name.slice(0, 1)`) is not the value; the first of a list (`emails[0]`) is", () => {
    const files = { 'src/avatar.ts': "export const a = (email: string) => fetch(`https://api.dicebear.com/9.x/glass/svg?seed=${email.charAt(0)}`);\nexport const b = (name: string) => fetch(`https://api.dicebear.com/9.x/glass/svg?seed=${name[0]}${name.slice(0, 1)}`);\nexport const c = (emails: string[]) => fetch(`https://api.dicebear.com/9.x/glass/svg?seed=${emails[0]}`);\nconst avatarUrl = (email: string) => {\n  const initial = email.charAt(0).toUpperCase();\n  return `https://api.dicebear.com/9.x/glass/svg?seed=${initial}`;\n};\nexport const d = (user: { email: string }) => ({ src: avatarUrl(user.email) });\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing src/avatar.ts:3 user.contact.email']);
  });
  it("a constant read from the environment (`const vapidEmail = process.env.VAPID_EMAIL ?? 'ops@…'`) is the deployment's setting, whatever it is called", () => {
    const files = { 'src/push.ts': "import webpush from 'web-push';\nexport function setup() {\n  const vapidEmail = process.env.VAPID_EMAIL ?? 'ops@example.com';\n  webpush.setVapidDetails(`mailto:${vapidEmail}`, 'pub', 'priv');\n}\nexport function send(sub: { endpoint: string }, email: string) {\n  return webpush.sendNotification(sub, JSON.stringify({ email }));\n}\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing src/push.ts:7 user.contact.email,user.device.push_token']);
  });
  it("a client built on first use behind a proxy (`new Proxy({} as Stripe, { get … })`) or cast to the SDK's type is that SDK's client where another module calls it", () => {
    const files = {
      'src/lib/stripe.ts': "import Stripe from 'stripe';\nlet _stripe: Stripe | null = null;\nfunction getStripe(): Stripe {\n  if (!_stripe) _stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\n  return _stripe;\n}\nexport const stripe = new Proxy({} as Stripe, { get(_, prop) { return Reflect.get(getStripe(), prop); } });\nexport const cast = (globalThis as any).stripe as Stripe;\n",
      'src/checkout.ts': "import { stripe, cast } from './lib/stripe';\nexport async function checkout(user: { email: string }) {\n  await stripe.customers.create({ email: user.email });\n  await cast.customers.create({ email: user.email });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/checkout.ts:3 user.contact.email Stripe', 'undeclared-sharing src/checkout.ts:4 user.contact.email Stripe']);
  });
  it('a session replay records where the person goes and what they click whether or not its text is masked (`replayIntegration({ maskAllText: true })`, Sentry\'s default)', () => {
    const files = { 'sentry.client.config.ts': "async function initSentry() {\n  const Sentry = await import('@sentry/nextjs');\n  Sentry.init({ dsn: 'x', replaysOnErrorSampleRate: 1.0, integrations: [Sentry.replayIntegration({ maskAllText: true, blockAllMedia: true })] });\n}\ninitSentry();\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing sentry.client.config.ts:3 user.behavior Sentry']);
  });
  it("still sends what the narrower readings of this round must not hide: the first of a list (`emails.slice(0, 1)`, `data[0]` of `Member[]`), an object held in a constant passed to a helper that reads one member, an environment read of the person's own (`GIT_AUTHOR_EMAIL`)", () => {
    const files = {
      'src/a.ts': "interface Member { email: string }\nexport const a = (emails: string[]) => fetch('https://hooks.slack.com/x', { method: 'POST', body: JSON.stringify({ first: emails.slice(0, 1) }) });\nexport const b = (data: Member[]) => fetch('https://hooks.slack.com/x', { method: 'POST', body: JSON.stringify({ first: data[0] }) });\nexport function c() {\n  const authorEmail = process.env.GIT_AUTHOR_EMAIL;\n  return fetch('https://hooks.slack.com/x', { method: 'POST', body: JSON.stringify({ authorEmail }) });\n}\n",
      'src/helper.ts': "export async function post(m: { value: string; type: string }) {\n  const body = JSON.stringify({ text: m.value, kind: m.type });\n  return fetch('https://hooks.slack.com/y', { method: 'POST', body });\n}\n",
      'src/caller.ts': "import { post } from './helper';\nexport async function signup(req: { body: { email: string } }) {\n  const email = req.body.email;\n  const msg = { type: 'signup', value: email };\n  await post(msg);\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing src/a.ts:2 user.contact.email', 'undeclared-sharing src/a.ts:3 user.contact.email', 'undeclared-sharing src/a.ts:6 user.contact.email', 'undeclared-sharing src/helper.ts:3 user.contact.email']);
  });
  it("a record cast to a type of an SDK's namespace (`as Stripe.Checkout.Session`) is no client; a member typed in the file is not read into a receiver typed by a package (`invoice: Stripe.Invoice`)", () => {
    const files = {
      'src/hook.ts': "import Stripe from 'stripe';\nimport { PostHog } from 'posthog-node';\nconst posthog = new PostHog('k');\nexport interface OrderView { id: string; customer: { name: string; email: string } }\nexport function paid(event: { data: { object: unknown } }, invoice: Stripe.Invoice, user: { name: string }) {\n  const session = event.data.object as Stripe.Checkout.Session;\n  session.metadata?.toString();\n  (session as any).line_items?.data.push({ description: user.name });\n  posthog.capture({ distinctId: 'x', event: 'paid', properties: { customer: invoice.customer } });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY), []);
  });
  it("a client kept in a `let` that starts as `null` and is built on first use (`client ??= new Rollbar(…)`) is the one the function that returns it hands out", () => {
    const files = { 'src/errors.ts': "import Rollbar from 'rollbar';\nlet rollbar: Rollbar | null = null;\nfunction client() {\n  rollbar ??= new Rollbar({ accessToken: 'k' });\n  return rollbar;\n}\nexport function report(e: Error, user: { phone: string }) {\n  client().error(e, { person: { phone: user.phone } });\n}\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/errors.ts:8 user.contact.phone_number Rollbar']);
  });
  it("a tenant's email address put in the `person` an error monitor gets is a person's; the same address as a tenant's billing contact is the organisation's", () => {
    const files = { 'src/errors.ts': "import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: 'k' });\nexport function report(e: Error, ctx: { tenant?: { id: string; email: string } }) {\n  rollbar.error(e, { person: ctx.tenant ? { id: ctx.tenant.id, email: ctx.tenant.email } : undefined });\n}\nexport function note(e: Error, ctx: { tenant: { email: string } }) {\n  rollbar.error(e, { billing: { contact: ctx.tenant.email } });\n}\n" };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your name when you sign up.\n', true), ['undeclared-sharing src/errors.ts:4 user.contact.email Rollbar']);
  });
  it('a search store whose address the deployment sets is the vendor the policy names by its short name ("Typesense")', () => {
    const files = { 'src/search.ts': "import Typesense from 'typesense';\nconst client = new Typesense.Client({ nodes: [{ host: process.env.TYPESENSE_HOST!, port: 443, protocol: 'https' }], apiKey: 'k' });\nexport async function index(m: { id: string; email: string }) {\n  await client.collections('members').documents().upsert({ id: m.id, email: m.email });\n}\n" };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your email address when you sign up.\n\nTypesense powers our search. Typesense never receives your email address.\n', true), ['prohibited-sharing src/search.ts:4 user.contact.email Typesense Cloud']);
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), []);
  });
  it('a section that names the vendor and the data it gets holds over what another section\'s ban on "third-party services" leaves out of that vendor\'s mention; a mention that names no data does not', () => {
    const files = { 'src/stt.ts': "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function transcribe(recording: File) {\n  return openai.audio.transcriptions.create({ file: recording, model: 'whisper-1' });\n}\n" };
    const ban = '## No sharing\n\nWe do not share any user data, including your voice recordings, with any third-party services or partners. Your data is only used to provide transcription through the OpenAI Whisper API.\n';
    assert.deepEqual(sharing(files, `# Privacy\n\n## Transcription\n\nThe voice recordings you provide are sent to OpenAI's Whisper API for transcription.\n\n${ban}`), []);
    assert.deepEqual(sharing(files, `# Privacy\n\n## Transcription\n\nWe use OpenAI's Whisper API for transcription.\n\n${ban}`), ['sharing-condition-unmet src/stt.ts:4 user.content.audio']);
  });
  it("a payment API call about one of the vendor's own objects (`stripe.customers.retrieve(customerId)`, `subscriptions.update(subscription.id, …)`) sends that id in its path, no data; what the update writes still goes", () => {
    const files = { 'src/billing.ts': "import Stripe from 'stripe';\nconst stripe = new Stripe('k');\nexport async function sync(session: Stripe.Checkout.Session, subscription: Stripe.Subscription, user: { email: string }) {\n  const customerId = typeof session.customer === 'string' ? session.customer : session.customer!.id;\n  await stripe.customers.retrieve(customerId);\n  await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });\n  await stripe.customers.update(customerId, { email: user.email });\n}\n" };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your name when you sign up.\n', true), ['undeclared-sharing src/billing.ts:7 user.contact.email Stripe']);
  });
  it("the app's own id at a vendor in the settings its component is given (`<PayPalScriptProvider options={{ 'client-id': clientID }}>`) is no person's id", () => {
    const files = { 'src/Pay.tsx': "import { PayPalScriptProvider, PayPalButtons } from '@paypal/react-paypal-js';\nexport function Pay(props: { clientID: string; user: { email: string } }) {\n  return (\n    <PayPalScriptProvider options={{ 'client-id': props.clientID }}>\n      <PayPalButtons />\n    </PayPalScriptProvider>\n  );\n}\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), []);
  });
  it('an element an inline callback is handed (`snapshot.forEach((doc) => doc.data())`) is no client, whatever an import of the same name (`doc` from Firestore) is', () => {
    const files = {
      'src/notes.ts': "import { doc, getDoc } from 'firebase/firestore';\nimport { db } from './firebase';\nexport async function one(id: string) {\n  return getDoc(doc(db, 'notes', id));\n}\nexport function search(snapshot: { forEach(f: (d: any) => void): void }, q: { searchQuery: string }) {\n  const found: string[] = [];\n  snapshot.forEach((doc) => {\n    const note = doc.data();\n    if (note.title.includes(q.searchQuery)) found.push(note.id);\n  });\n  return found;\n}\n",
      'src/firebase.ts': "import { initializeApp } from 'firebase/app';\nimport { getFirestore } from 'firebase/firestore';\nexport const db = getFirestore(initializeApp({}));\n",
    };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your email address when you sign up.\n\nWe do not share your search history with anyone.\n', true), []);
  });
  it('"We use cookies to analyse website traffic" and "analytics cookies" declare that an analytics provider measures the site; "first-party analytics cookies" and "we do not use analytics cookies" do not', () => {
    const files = { 'pages/_app.tsx': "import Script from 'next/script';\nexport default function App({ Component, pageProps }: any) {\n  return (\n    <>\n      <Script src=\"https://www.googletagmanager.com/gtag/js?id=G-1\" />\n      <Component {...pageProps} />\n    </>\n  );\n}\n" };
    const policy = (s: string) => `# Privacy\n\nWe collect your email address when you sign up.\n\n## Cookies\n\n${s}\n`;
    assert.deepEqual(sharing(files, policy('Our website may from time to time use cookies to analyse website traffic and help us provide a better experience.')), []);
    assert.deepEqual(sharing(files, policy('We use analytics cookies to understand how visitors use the site.')), []);
    assert.deepEqual(sharing(files, policy('We use first-party analytics cookies to understand how visitors use the site.')), ['undeclared-sharing pages/_app.tsx:5 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history']);
    assert.deepEqual(sharing(files, policy('We do not use analytics cookies.')), ['undeclared-sharing pages/_app.tsx:5 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history']);
  });
  it("what a form body posted to an SMS API carries in the message's own text (`new URLSearchParams({ To: to, Body: body })`) is the message a row \"Phone number and the alert text\" declares; the number it goes to is the phone number", () => {
    const files = {
      'src/sms.ts': "export async function sendSms(to: string, body: string) {\n  await fetch('https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json', { method: 'POST', body: new URLSearchParams({ To: to, From: '+441', Body: body }) });\n}\n",
      'src/alerts.ts': "import { sendSms } from './sms';\nexport async function alert(report: { street: string; petName: string }, subscriber: { phone: string }) {\n  await sendSms(subscriber.phone, `${report.petName} missing near ${report.street}`);\n}\n",
    };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your mobile number and the street where your pet went missing.\n\n| Provider | Data |\n|---|---|\n| Twilio | Phone number and the alert text |\n', true, 'p.md'), []);
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your mobile number and the street where your pet went missing.\n\n| Provider | Data |\n|---|---|\n| Twilio | Phone number |\n', true, 'p.md'), ['sharing-condition-unmet src/sms.ts:2 user.contact.address.street Twilio']);
  });
  it("a mail API's request options are no message: what its JSON body carries beside the text (`Metadata: { dateOfBirth }`) is still sent", () => {
    const files = { 'src/mail.ts': "export async function welcome(user: { email: string; dateOfBirth: string }) {\n  await fetch('https://api.postmarkapp.com/email', { method: 'POST', body: JSON.stringify({ To: user.email, Subject: 'Hi', TextBody: 'Welcome', Metadata: { dateOfBirth: user.dateOfBirth } }) });\n}\n" };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your email address and date of birth.\n\nPostmark receives your email address and the message text.\n', true), ['sharing-condition-unmet src/mail.ts:2 user.demographic.date_of_birth Postmark']);
  });
  it('a vendor named with a wider kind of data in one clause ("contact details") leaves what another clause excludes for it ("excluding your phone number") excluded', () => {
    const files = { 'src/support.ts': "import Intercom from '@intercom/messenger-js-sdk';\nexport function boot(user: { email: string; phone: string }) {\n  Intercom({ app_id: 'x', email: user.email, phone: user.phone });\n}\n" };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your email address and phone number.\n\n## Support\n\nIntercom receives your contact details.\n\n## Limits\n\nWe share your contact details with Intercom, excluding your phone number.\n', true, 'p.md'), ['sharing-condition-unmet src/support.ts:3 user.contact.phone_number Intercom']);
  });
  it("a variable named `customer` that holds the customer's details is sent with `stripe.customers.create(customer)`; only a retrieve or an update is about the vendor's own object", () => {
    const files = { 'src/billing.ts': "import Stripe from 'stripe';\nconst stripe = new Stripe('k');\nexport async function signUp(user: { email: string; dateOfBirth: string }) {\n  const customer = { email: user.email, metadata: { dateOfBirth: user.dateOfBirth } };\n  await stripe.customers.create(customer);\n}\n" };
    assert.deepEqual(sharing(files, '# Privacy\n\nWe collect your email address and date of birth.\n\nStripe receives your email address.\n', true), ['sharing-condition-unmet src/billing.ts:5 user.demographic.date_of_birth Stripe']);
  });
  it("a framework's handler handed the client (`app.command('/x', async ({ client }) => client.chat.postMessage(…))`) sends with it, whatever a module-level client of the same name is", () => {
    const files = { 'src/bot.ts': "import { App } from '@slack/bolt';\nimport { WebClient } from '@slack/web-api';\nconst client = new WebClient('t');\nconst app = new App({ token: 't' });\napp.command('/whois', async ({ ack, client }: any) => {\n  await ack();\n  const user = await lookup();\n  await client.chat.postMessage({ channel: 'C1', text: `Phone: ${user.phone}` });\n});\nexport { client };\ndeclare function lookup(): Promise<{ phone: string }>;\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true).map((f) => f.replace(/ \S+$/, '')), ['undeclared-sharing src/bot.ts:8 user.contact.phone_number']);
  });
  it('a stylesheet of Adobe Fonts (`use.typekit.net`) or Bunny Fonts loaded by every page gets each visitor\'s address and browser, as Google Fonts does', () => {
    const files = { 'src/app.html': '<!doctype html>\n<html>\n<head>\n<link rel="stylesheet" href="https://use.typekit.net/abc1def.css">\n<link rel="stylesheet" href="https://fonts.bunny.net/css?family=inter">\n</head>\n<body>%sveltekit.body%</body>\n</html>\n' };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/app.html:4 user.device.ip_address,user.device.user_agent Adobe Fonts', 'undeclared-sharing src/app.html:5 user.device.ip_address,user.device.user_agent Bunny Fonts']);
  });
  it("a vendor's own inline snippet (`!function(f,b,e,v){…}(window, document, 'script', 'https://connect.facebook.net/…/fbevents.js')`) loads its tracker; a function handed a script URL of no tracker loads nothing known", () => {
    const files = {
      'src/pixel.js': "export function install() {\n  !(function (f, b, e, v, n, t, s) {\n    if (f.fbq) return;\n    n = f.fbq = function () { n.queue.push(arguments); };\n    n.queue = [];\n    t = b.createElement(e);\n    t.async = !0;\n    t.src = v;\n    s = b.getElementsByTagName(e)[0];\n    s.parentNode.insertBefore(t, s);\n  })(window, document, 'script', 'https://connect.facebook.net/en_US/fbevents.js');\n}\n",
      'src/own.js': "export function load() {\n  (function (d, tag, src) { const s = d.createElement(tag); s.src = src; d.head.appendChild(s); })(document, 'script', 'https://cdn.example-own.dev/app.js');\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/pixel.js:11 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history Meta Pixel']);
  });
  it("a request's settings held in a constant (`const options = { method: 'POST', url, data }` then `axios(options)`) send what their `data` carries to their `url`", () => {
    const files = { 'src/print.js': "import request from 'axios';\nexport async function printJob(user) {\n  const options = { method: 'POST', url: 'https://api.printshop.example/print-jobs/', headers: { 'Content-Type': 'application/json' }, data: { contact_email: user.email, shipping_address: { phone_number: user.phoneNumber } } };\n  return request(options);\n}\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/print.js:4 user.contact.email,user.contact.phone_number api.printshop.example']);
  });
  it('a builder chain of an email SDK (`new EmailParams().setTo(recipients).setText(…)`) is one send: reported once, with all it carries, where the chain starts', () => {
    const files = {
      'src/email.ts': "import { MailerSend, type EmailParams } from 'mailersend';\nexport async function sendEmail(params: EmailParams) {\n  const mailerSend = new MailerSend({ apiKey: process.env.MAILERSEND_API_KEY! });\n  return mailerSend.email.send(params);\n}\n",
      'src/task.ts': "import { EmailParams, Recipient, Sender } from 'mailersend';\nimport { sendEmail } from './email';\nexport async function welcome(user: { email: string; displayName: string }) {\n  const sentFrom = new Sender('no-reply@example.app', 'Example');\n  const recipients = [new Recipient(user.email, user.displayName)];\n  const emailParams = new EmailParams()\n    .setFrom(sentFrom)\n    .setTo(recipients)\n    .setText(`Hi, ${user.displayName}!`);\n  await sendEmail(emailParams);\n}\n",
    };
    assert.deepEqual(analyze(files, '# P\n\n## What we collect\n\nYour email address and your name.\n', 'p.md').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories.join(',')} -> ${f.recipient?.name}`), ['undeclared-sharing src/task.ts:6 user.contact.email,user.name -> MailerSend']);
  });
  it("a push service's send (`expo.sendPushNotificationsAsync(chunk)`) carries the push token of each device notified, however the messages were built", () => {
    const files = { 'src/push.ts': "import { Expo } from 'expo-server-sdk';\nconst expo = new Expo();\nexport async function notify(tokens: string[], title: string) {\n  const messages = tokens.map((token) => ({ to: token, title }));\n  for (const chunk of expo.chunkPushNotifications(messages)) await expo.sendPushNotificationsAsync(chunk);\n}\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing src/push.ts:5 user.device.push_token']);
  });
  it("a report hook that reads someone from elsewhere (`this.auth.user.email`) adds them; an FCM message to a topic reaches no device by its token", () => {
    const files = {
      'src/monitor.ts': "import * as Sentry from '@sentry/node';\nexport class Monitor {\n  auth = { user: { id: '1', email: 'a@b.c' } };\n  start() {\n    Sentry.init({ dsn: 'x', beforeSend: (event) => { event.user = { id: this.auth.user.id, email: this.auth.user.email }; return event; } });\n  }\n}\n",
      'src/push.ts': "import { getMessaging } from 'firebase-admin/messaging';\nexport async function news(title: string) {\n  await getMessaging().send({ topic: 'news', notification: { title, body: 'New issue out' } });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing src/monitor.ts:5 user.contact.email']);
  });
  it('a composable Nuxt or Nitro imports by itself (`useOpenAI()` of `server/utils/openai.ts`, never imported in the route) gives its client to the call on it; a framework composable the project does not define (`useStorage`) is none', () => {
    const files = {
      'server/utils/openai.ts': "import OpenAI from 'openai';\nlet client: OpenAI | undefined;\nexport function useOpenAI(): OpenAI {\n  if (!client) client = new OpenAI();\n  return client;\n}\n",
      'server/api/plan.post.ts': "export default defineEventHandler(async (event) => {\n  const { user } = await requireUserSession(event);\n  await useStorage('cache').setItem('k', { email: user.email });\n  return useOpenAI().chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Plan dinners' }], user: user.email });\n});\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing server/api/plan.post.ts:4 user.contact.email OpenAI']);
  });

  it('names destructured from a parameter (`const { to } = msg`) carry what callers put in it to the SDK call: the wrapper\'s send is reported where it sends', () => {
    const files = {
      'src/ses.ts': "import * as AWS from '@aws-sdk/client-sesv2';\nconst ses = new AWS.SESv2({ region: 'us-east-1' });\nexport const sesSend = (msg: { to: string; subject: string }) => {\n  const { to, subject } = msg;\n  const params = { Destination: { ToAddresses: [to] }, Content: { Simple: { Subject: { Data: subject } } } };\n  return ses.sendEmail(params);\n};\n",
      'src/welcome.ts': "import { sesSend } from './ses';\nexport async function welcome(user: { email: string }) {\n  await sesSend({ to: user.email, subject: 'Welcome' });\n}\n",
    };
    assert.deepEqual(sharing(files, '# Privacy\n\n## What we collect\n\nWe collect your email address when you sign up.\n\n## Sharing\n\nWe share data with Stripe for payments.\n', true), ['undeclared-sharing src/ses.ts:6 user.contact.email Amazon SES']);
  });

  it('a class getter that builds its client lazily (`this.#client ??= new Analytics(…)`, `this.mixpanel ||= Mixpanel.init(…)`) gives that client to `this.client.identify(…)`', () => {
    const files = {
      'src/analytics.ts': "import { Analytics } from '@segment/analytics-node';\nexport class Tracker {\n  #client?: Analytics;\n  protected get client(): Analytics {\n    this.#client ??= new Analytics({ writeKey: 'k' });\n    return this.#client;\n  }\n  identify(user: { id: string; email: string }) {\n    this.client.identify({ userId: user.id, traits: { email: user.email } });\n  }\n}\n",
      'src/mp.ts': "import Mixpanel from 'mixpanel';\nexport class Metrics {\n  private mp?: Mixpanel.Mixpanel;\n  get tracker() {\n    return (this.mp ||= Mixpanel.init('token'));\n  }\n  signup(email: string) {\n    this.tracker.people.set('u1', { $email: email });\n  }\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/analytics.ts:9 user.contact.email Segment', 'undeclared-sharing src/mp.ts:8 user.contact.email Mixpanel']);
  });

  it("a page or screen view's `name` (`analytics.screen({ anonymousId, name: screen })`) is the screen's; an identify call's `name` is the person's", () => {
    const files = {
      'src/segment.ts': "import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'k' });\nexport function viewed(anonymousId: string, screen: string) {\n  analytics.screen({ anonymousId, name: screen, properties: { platform: 'app' } });\n  analytics.page({ anonymousId, name: 'Checkout', category: 'Shop' });\n}\nexport function who(userId: string, user: { name: string }) {\n  analytics.identify({ userId, traits: { name: user.name } });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing src/segment.ts:8 user.name']);
  });

  it("an optional integration that requires its SDK where it is switched on (`if (enabled) { const { OpenAI } = require('openai'); chatGPT = new OpenAI(…) }`) sends through the client it makes", () => {
    const files = {
      'src/ai.js': "let chatGPT;\nif (process.env.CHATGPT_ENABLED) {\n  const { OpenAI } = require('openai');\n  chatGPT = new OpenAI({ apiKey: process.env.KEY });\n}\nasync function ask(prompt) {\n  return chatGPT.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });\n}\nmodule.exports = { ask };\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/ai.js:7 user.content.private OpenAI']);
  });

  it("a vendor SDK's sign-in with the product's own account (`client.login(this.username, this.password)`) sends no user's data; a message with the user's email still does", () => {
    const files = {
      'src/bot.js': "const { Client4 } = require('@mattermost/client');\nclass Bot {\n  constructor(cfg) {\n    this.username = cfg.username;\n    this.password = cfg.password;\n    this.client = new Client4();\n  }\n  async start() {\n    await this.client.login(this.username, this.password);\n  }\n  async notify(user) {\n    await this.client.createPost({ channel_id: 'x', message: `New sign-up: ${user.email}` });\n  }\n}\nmodule.exports = { Bot };\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/bot.js:12 user.contact.email Mattermost']);
  });

  it("an S3 client pointed at the product's own store (`endpoint: 'http://minio:9000'`, localhost) sends nothing to AWS; one pointed at R2 sends to Cloudflare; a service reached by a bare container name (`http://api:3000`) is the product's own", () => {
    const files = {
      'src/store.ts': "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';\nconst minio = new S3Client({ endpoint: process.env.MINIO_URL ?? 'http://minio:9000', forcePathStyle: true });\nconst local = new S3Client({ endpoint: 'http://localhost:4566' });\nconst r2 = new S3Client({ region: 'auto', endpoint: 'https://abc123.r2.cloudflarestorage.com' });\nconst s3 = new S3Client({ endpoint: process.env.S3_ENDPOINT });\nexport async function upload(user: { email: string }, file: Buffer) {\n  await minio.send(new PutObjectCommand({ Bucket: 'u', Key: user.email, Body: file }));\n  await local.send(new PutObjectCommand({ Bucket: 'u', Key: user.email, Body: file }));\n  await r2.send(new PutObjectCommand({ Bucket: 'u', Key: user.email, Body: file }));\n  await s3.send(new PutObjectCommand({ Bucket: 'u', Key: user.email, Body: file }));\n  await fetch('http://api:3000/internal/users', { method: 'POST', body: JSON.stringify({ email: user.email }) });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/store.ts:9 user.contact.email Cloudflare', 'undeclared-sharing src/store.ts:10 user.contact.email Amazon Web Services']);
  });
  it("UploadThing's file routes (`createUploadthing()` of `uploadthing/next`) take what people upload to UploadThing; a policy's 'mailing provider' is an email delivery service", () => {
    const files = {
      'src/uploads.ts': "import { createUploadthing } from 'uploadthing/next';\nconst f = createUploadthing();\nexport const router = { image: f({ 'image/png': { maxFileSize: '4MB' } }).onUploadComplete(async ({ file }) => file.url) };\n",
      'src/mail.ts': "import Mailgun from 'mailgun.js';\nconst mg = new Mailgun(FormData).client({ username: 'api', key: 'k' });\nexport const send = (user: { email: string }) => mg.messages.create('acme.example', { to: user.email, subject: 'Hi', text: 'Hi' });\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/mail.ts:3 user.contact.email Mailgun', 'undeclared-sharing src/uploads.ts:2 user.content UploadThing']);
    assert.deepEqual(sharing(files, '# Privacy\n\n## What we collect\n\nWe collect your email address.\n\n## Who we share it with\n\nOur mailing provider sends our emails.\n', true), ['undeclared-sharing src/uploads.ts:2 user.content UploadThing']);
  });
  it("what a mapping callback returns is what is sent (`stops.map((c) => ({ label: String(c.id) }))` sends ids), not the whole elements; a callback that reads a person's field sends it", () => {
    const files = { 'src/route.ts': "type Customer = { id: number; full_name: string; email: string; phone: string };\nexport async function plan(stops: Customer[]) {\n  await fetch('https://routes.vendor.example/v1/optimize', { method: 'POST', body: JSON.stringify({ shipments: stops.map((c) => ({ label: String(c.id) })) }) });\n  await fetch('https://routes.vendor.example/v1/notify', { method: 'POST', body: JSON.stringify({ to: stops.map((c) => c.phone) }) });\n}\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/route.ts:4 user.contact.phone_number routes.vendor.example']);
  });
  it("AWS SES's command input (`new SendEmailCommand({ Destination: { ToAddresses: [args.destination] } })`) is sent to an email address, whatever the variable is called", () => {
    const files = { 'src/ses.ts': "import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';\nconst ses = new SESClient({});\nexport async function sendEmail(args: { destination: string; subject: string; body: string }) {\n  return ses.send(new SendEmailCommand({ Destination: { ToAddresses: [args.destination] }, Source: 'no-reply@acme.example', Message: { Subject: { Data: args.subject }, Body: { Text: { Data: args.body } } } }));\n}\n" };
    assert.deepEqual(sharing(files, '# Privacy\n\n## What we collect\n\nWe collect your name.\n', true), ['undeclared-sharing src/ses.ts:4 user.contact.email Amazon SES']);
  });
  it("a vendor's component given personal data as props (`<AutumnProvider customerData={{ name, email }}>` of `autumn-js/next`) sends it to the vendor; a component given only settings sends what its script does, its children nothing", () => {
    const files = { 'src/providers.tsx': "import { AutumnProvider } from 'autumn-js/next';\nimport { PostHogProvider } from 'posthog-js/react';\nexport function Providers({ user, children }: { user: { id: string; name: string; email: string }; children: any }) {\n  return (\n    <AutumnProvider customerData={{ name: user.name, email: user.email }} customerId={user.id}>\n      <PostHogProvider apiKey=\"phc_x\" options={{ api_host: 'https://eu.i.posthog.com' }}>{children}</PostHogProvider>\n    </AutumnProvider>\n  );\n}\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/providers.tsx:5 user.name,user.contact.email,user.unique_id Autumn', 'undeclared-sharing src/providers.tsx:6 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history PostHog']);
  });
  it('a hosted search index is covered by a service-provider sentence in a policy that names vendors of other kinds only; a policy that names its hosts must name it; a database or cache the product keeps its records in is covered either way', () => {
    const files = { 'src/cache.ts': "import { Redis } from '@upstash/redis';\nconst redis = Redis.fromEnv();\nexport const remember = (u: { id: string; email: string }) => redis.set(`user:${u.id}`, u.email);\n" };
    const aiOnly = '# Privacy\n\n## What we collect\n\nWe collect your email address.\n\n## Sharing\n\nWe share data with third-party service providers who help us operate the service. AI processing partners: OpenAI and Anthropic process your queries.\n';
    const hosts = '# Privacy\n\n## What we collect\n\nWe collect your email address.\n\n## Sharing\n\nWe share data with third-party service providers who help us operate the service. Our hosts are Vercel and Supabase.\n';
    // (A search index is held to the list; the product's own cache on Upstash is where it keeps its records either way.)
    const search = { 'src/search.ts': "import algoliasearch from 'algoliasearch';\nconst index = algoliasearch('app', 'key').initIndex('people');\nexport const remember = (u: { id: string; email: string }) => index.saveObject({ objectID: u.id, email: u.email });\n" };
    assert.deepEqual([sharing(files, aiOnly), sharing(files, hosts), sharing(search, aiOnly), sharing(search, hosts)], [[], [], [], ['undeclared-sharing src/search.ts:3 user.contact.email']]);
  });
  it("Vercel's key-value store (`@vercel/kv`) is the product's own store, as Upstash's is; a file put in Vercel Blob is still a share with Vercel", () => {
    const files = { 'src/limit.ts': "import { kv } from '@vercel/kv';\nimport { put } from '@vercel/blob';\nexport async function limit(ip: string, u: { email: string }) {\n  await kv.incr(`rl:${ip}`);\n  await put(`exports/${u.email}.json`, 'x', { access: 'public' });\n}\n" };
    assert.deepEqual(sharing(files, '# Privacy\n\n## What we collect\n\nWe collect your email address and your IP address.\n'), ['undeclared-sharing src/limit.ts:5 user.contact.email']);
  });
  it('an analytics vendor the policy gives "your personal data" (a lead-in over the kinds of provider) may get who the person is; one named only for analytics may not', () => {
    const files = { 'src/track.ts': "import posthog from 'posthog-js';\nexport const login = (user: { id: string; email: string }) => posthog.identify(user.id, { email: user.email });\n" };
    const whole = '# Privacy\n\n## What we collect\n\nWe collect your email address.\n\n## Disclosures\n\nWe may share your personal data with the parties set out below:\n\n- Our service providers who provide us with hosting, analytics and email delivery.\n';
    const purpose = '# Privacy\n\n## What we collect\n\nWe collect your email address.\n\n## Analytics\n\nWe use PostHog to understand how the product is used.\n';
    assert.deepEqual([sharing(files, whole), sharing(files, purpose)], [[], ['sharing-condition-unmet src/track.ts:2 user.contact.email']]);
  });
  it('an HTTP instance built lazily (`http ??= axios.create({ baseURL })` in a getter function or an arrow) and one whose base URL comes from the vendor\'s settings (`config.braze.restEndpoint`)', () => {
    const files = {
      'src/a.ts': "import axios, { type AxiosInstance } from 'axios';\nlet http: AxiosInstance | undefined;\nfunction braze(): AxiosInstance {\n  http ??= axios.create({ baseURL: 'https://rest.fra-01.braze.eu' });\n  return http;\n}\nlet h2: AxiosInstance | undefined;\nconst lazy = () => (h2 ??= axios.create({ baseURL: 'https://rest.fra-01.braze.eu' }));\nexport async function t1(email: string) {\n  await braze().post('/users/track', { attributes: [{ email }] });\n  await lazy().post('/users/track', { attributes: [{ email }] });\n}\n",
      'src/b.ts': "import axios from 'axios';\nimport { config } from './config';\nconst crm = axios.create({ baseURL: config.braze.restEndpoint });\nconst own = axios.create({ baseURL: config.api.baseUrl });\nexport async function t2(email: string) {\n  await crm.post('/users/track', { email });\n  await own.post('/users', { email });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/a.ts:10 user.contact.email Braze', 'undeclared-sharing src/a.ts:11 user.contact.email Braze', 'undeclared-sharing src/b.ts:6 user.contact.email Braze']);
  });
  it('a request to an address held in a variable named for the vendor (`fetch(baselimeEventsUrl, …)`, `axios.create({ baseURL: brazeEndpoint })`) goes to that vendor; a variable named with an everyday word that is also a vendor (`streamUrl`) names none', () => {
    const files = {
      'src/a.ts': "import axios from 'axios';\nexport async function log(baselimeEventsUrl: string, streamUrl: string, user: { email: string }) {\n  await fetch(baselimeEventsUrl, { method: 'POST', body: JSON.stringify({ email: user.email }) });\n  await fetch(streamUrl, { method: 'POST', body: JSON.stringify({ email: user.email }) });\n}\nexport async function track(brazeEndpoint: string, user: { email: string }) {\n  const crm = axios.create({ baseURL: brazeEndpoint });\n  await crm.post('/users/track', { email: user.email });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/a.ts:3 user.contact.email Baselime', 'undeclared-sharing src/a.ts:8 user.contact.email Braze']);
  });
  it('a submitted form\'s field read by its name (`formData.get(\'email\')`, `searchParams.get(\'phone\')`) is that field, in an object sent on or alone; a map\'s entry (`cache.get(\'email\')`) is not', () => {
    const files = {
      'src/contact.ts': "export async function submit(formData: FormData, searchParams: URLSearchParams, cache: Map<string, string>) {\n  const data = { company: formData.get('company') as string, email: formData.get('email') as string };\n  await fetch('https://usebasin.com/f/abc', { method: 'POST', body: JSON.stringify(data) });\n  await fetch('https://usebasin.com/f/abc', { method: 'POST', body: searchParams.get('phone') });\n  await fetch('https://usebasin.com/f/abc', { method: 'POST', body: cache.get('email') });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/contact.ts:3 user.contact.email Basin', 'undeclared-sharing src/contact.ts:4 user.contact.phone_number Basin']);
  });
  it("the same data sent to the same recipient in the other branch of one conditional is one flow, reported at its first send with the other listed; sends one after another, or in different functions, stay findings of their own", () => {
    const files = {
      'src/mail.ts': "import { Resend } from 'resend';\nconst resend = new Resend('k');\nexport async function send(to: { email: string }, key?: string) {\n  const payload = { from: 'a@b.c', to: to.email, subject: 'Hi' };\n  const r = key\n    ? await resend.emails.send(payload, { idempotencyKey: key })\n    : await resend.emails.send(payload);\n  if (key) {\n    await resend.contacts.create({ email: to.email });\n  } else {\n    await resend.contacts.create({ email: to.email });\n  }\n  await resend.contacts.update({ email: to.email });\n  return r;\n}\nexport async function again(to: { email: string }) {\n  await resend.emails.send({ from: 'a@b.c', to: to.email, subject: 'Again' });\n}\n",
    };
    const found = analyze(files, EMAIL_POLICY).filter((f) => f.kind === 'sharing');
    assert.deepEqual(found.map((f) => `${f.file}:${f.line} ${f.recipient?.name}`), ['src/mail.ts:6 Resend', 'src/mail.ts:9 Resend', 'src/mail.ts:13 Resend', 'src/mail.ts:17 Resend']);
    assert.deepEqual(found.map((f) => f.related?.map((r) => `${r.line} ${r.message}`) ?? []), [['7 sends the same data to Resend again here'], ['11 sends the same data to Resend again here'], [], []]);
  });
  it("a method of the object a local factory returns (`createPusher(key).send(msg)`) gets what its callers pass", () => {
    const files = { 'src/push.ts': "interface PushMessage { heading: string; body: string }\nexport function createPusher(apiKey: string) {\n  return {\n    async send(msg: PushMessage): Promise<void> {\n      await fetch('https://api.onesignal.com/notifications', { method: 'POST', body: JSON.stringify({ headings: { en: msg.heading }, contents: { en: msg.body } }) });\n    },\n    ping: async (note: string) => fetch('https://api.onesignal.com/ping', { method: 'POST', body: note }),\n  };\n}\nconst pusher = createPusher('k');\nexport async function notifyNurse(patientName: string) {\n  await pusher.send({ heading: `Next visit: ${patientName}`, body: 'Tasks ready' });\n  await pusher.ping(`for ${patientName}`);\n}\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/push.ts:5 user.name OneSignal', 'undeclared-sharing src/push.ts:7 user.name OneSignal']);
  });
  it("the function a factory returns gets what its callers pass (`klaviyo(env)(path, body)`, `const send = klaviyo(env); send(…)`), and so does a helper a factory defines for itself", () => {
    const files = {
      'src/klaviyo.ts': "function klaviyo(key: string) {\n  return (path: string, body: unknown) =>\n    fetch(`https://a.klaviyo.com/api${path}`, { method: 'POST', headers: { Authorization: key }, body: JSON.stringify(body) });\n}\nexport async function upsert(m: { email: string; phone: string }) {\n  await klaviyo('k')('/profiles/', { email: m.email });\n}\nexport async function texts(m: { phone: string }) {\n  const send = klaviyo('k');\n  await send('/sms/', { phone_number: m.phone });\n}\n",
      'src/segment.ts': "export function segment(key: string) {\n  const send = (type: string, payload: Record<string, unknown>) =>\n    fetch(`https://api.segment.io/v1/${type}`, { method: 'POST', headers: { Authorization: key }, body: JSON.stringify(payload) });\n  return {\n    track(m: { email: string }, event: string) {\n      const context = { traits: { email: m.email } };\n      return send('track', { event, context });\n    },\n  };\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/klaviyo.ts:3 user.contact.email,user.contact.phone_number Klaviyo', 'undeclared-sharing src/segment.ts:3 user.contact.email Segment']);
  });
  it('the rest of a destructured record holds its other fields (`const { ssn, ...application } = applicant`), not the ones left out', () => {
    const policy = '# Privacy\n\n## What we collect\n\nYour name, email address and Social Security number.\n\n## Service providers\n\n- Sentry receives error reports with your applicant ID only.\n';
    const files = { 'src/db.ts': 'export interface ApplicantRow { id: string; full_name: string; email: string; ssn: string }\n', 'src/sentry.ts': "import * as Sentry from '@sentry/node';\nimport type { ApplicantRow } from './db';\nexport function context(a: ApplicantRow) {\n  Sentry.withScope((scope) => {\n    const { ssn: _omit, full_name, ...application } = a;\n    scope.setContext('application', { ...application });\n  });\n}\nexport function tagged(a: ApplicantRow) {\n  const { ssn, email, ...rest } = a;\n  Sentry.setContext('application', rest);\n}\n" };
    assert.deepEqual(sharing(files, policy), ['sharing-condition-unmet src/sentry.ts:6 user.contact.email', 'sharing-condition-unmet src/sentry.ts:11 user.name']);
  });
  it('a count under a data-named key is a number of things (`{ transcripts: count }`), not the things', () => {
    const policy = EMAIL_POLICY;
    const files = { 'src/log.ts': "import * as Sentry from '@sentry/node';\nexport function done(count: number, deletedCount: number, value: string) {\n  Sentry.setContext('purge', { transcripts: count, messages: deletedCount });\n  Sentry.setContext('last', { email: value });\n}\n" };
    assert.deepEqual(sharing(files, policy), ['undeclared-sharing src/log.ts:4 user.contact.email']);
  });
  it('a vendor the policy says gets technical data and an account ID ("It sees …", "They contain …") is not declared to get a name or an email; a company name or more technical data is', () => {
    const policy = '# Privacy\n\n## What we collect\n\nYour name, email address and company.\n\n## Who receives it\n\n- **Datadog** monitors the performance of our app. It sees technical data such as page load times, errors and a random account ID.\n';
    const files = { 'src/rum.ts': "import { datadogRum } from '@datadog/browser-rum';\nexport function identify(p: { id: string; fullName: string; email: string; companyName: string }) {\n  datadogRum.setUser({ id: p.id, name: p.fullName, email: p.email });\n  datadogRum.setUser({ id: p.id, company: p.companyName });\n}\n" };
    assert.deepEqual(sharing(files, policy), ['sharing-condition-unmet src/rum.ts:3 user.name,user.contact.email']);
    // Without the sentence that says what Datadog sees, the vendor named is declared for what it gets.
    assert.deepEqual(sharing(files, policy.replace(/ It sees[^\n]*/, '')), []);
  });
  it('an analytics vendor named only for its purpose ("PostHog: for analytics") is not declared to get an email address or a name; one the policy says gets the email is', () => {
    const policy = '# Privacy\n\n## What we collect\n\n- Email address\n- Usage data\n\n## Third parties\n\n- PostHog: for analytics\n- Loops: for email communications\n';
    const files = { 'src/ph.ts': "import posthog from 'posthog-js';\nexport function identify(user: { id: string; email: string }) {\n  posthog.identify(user.id, { email: user.email });\n  posthog.capture('opened', { plan: 'pro' });\n}\n" };
    assert.deepEqual(sharing(files, policy, false, 'p.md'), ['sharing-condition-unmet src/ph.ts:3 user.contact.email']);
    assert.deepEqual(sharing(files, policy.replace('PostHog: for analytics', 'PostHog: for analytics; it receives your email address'), false, 'p.md'), []);
  });
  it('data a caller writes into a helper\'s message text is message text (`sendToMember(member, `Hi ${member.firstName}`)`)', () => {
    const policy = '# Acme Privacy\n\n## What we collect\n\n- Your name and phone number.\n\n## Sub-processors\n\n- Twilio sends our text messages. Twilio receives your phone number and the text of the message.\n';
    const files = { 'src/sms.ts': "import twilio from 'twilio';\nconst client = twilio('sid', 'token');\nexport async function sendToMember(member: { phone: string }, body: string) {\n  await client.messages.create({ to: member.phone, body });\n}\nexport async function sendWithName(member: { phone: string }, greeting: string) {\n  await client.messages.create({ to: member.phone, body: 'Hello', friendlyName: greeting });\n}\n", 'src/remind.ts': "import { sendToMember, sendWithName } from './sms';\nexport const remind = (member: { phone: string; firstName: string }) => sendToMember(member, `Hi ${member.firstName}, see you Friday`);\nexport const tag = (member: { phone: string; firstName: string }) => sendWithName(member, member.firstName);\n" };
    // (`friendlyName`, a label's name, adds no name of its own: what is in it is the caller's first name.)
    assert.deepEqual(sharing(files, policy), ['sharing-condition-unmet src/sms.ts:7 user.name.first']);
  });
  it('"Only the draft text — never subscriber data" in a sub-processor row: names and emails in a prompt break the limit, the draft does not', () => {
    const policy = '# Privacy\n\n## What we collect\n\nYour name and email address.\n\n## Service providers\n\n| Provider | What it does | What it receives |\n| --- | --- | --- |\n| Anthropic | Powers the writing assistant | Only the draft text a creator asks it to improve — never subscriber lists or subscriber data |\n';
    const files = { 'src/ai.ts': "import Anthropic from '@anthropic-ai/sdk';\nconst anthropic = new Anthropic();\nexport async function improve(draft: string) {\n  return anthropic.messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: draft }] });\n}\nexport async function intros(readers: { name: string; email: string }[]) {\n  const list = readers.map((r) => `${r.name} <${r.email}>`).join('\\n');\n  return anthropic.messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: list }] });\n}\n" };
    assert.deepEqual(sharing(files, policy), ['sharing-condition-unmet src/ai.ts:8 user.contact.email']);
  });
  it('a kind listed beside the vendors a policy names ("our transactional email provider") declares an unnamed vendor of that kind, not other kinds', () => {
    const policy = '# Privacy\n\n## What we collect\n\nYour name and email address.\n\n## Sharing\n\nWe share personal data only with our hosting provider (Vercel), our payment processor (Stripe), our transactional email provider and the platforms you connect (such as Slack or Discord).\n';
    const files = { 'src/mail.ts': "import { Resend } from 'resend';\nimport { PostHog } from 'posthog-node';\nconst resend = new Resend('k');\nconst posthog = new PostHog('k');\nexport async function welcome(u: { email: string }) {\n  await resend.emails.send({ from: 'hi@acme.io', to: u.email, subject: 'Hi', html: '' });\n  posthog.identify({ distinctId: u.email });\n}\n" };
    assert.deepEqual(analyze(files, policy).filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.recipient?.name}`), ['undeclared-sharing src/mail.ts:7 PostHog']);
  });
  it('vendors given as examples of another kind ("the platforms you connect (such as PagerDuty, or SMS gateways)") do not stand for the error-monitoring provider named beside them; a kind among the examples is a recipient', () => {
    const policy = '# Privacy\n\n## What we collect\n\nYour name, email address and phone number.\n\n## Sharing\n\nWe share personal data only with our payment processor (Stripe), our error-monitoring provider, and the notification platforms you connect (such as Slack, PagerDuty, or SMS gateways).\n\nWhen you install our Slack app, Slack receives your workspace name.\n';
    const files = { 'src/notify.ts': "import * as Sentry from '@sentry/node';\nimport twilio from 'twilio';\nimport { PostHog } from 'posthog-node';\nconst sms = twilio('sid', 'token');\nconst posthog = new PostHog('k');\nexport async function alert(u: { email: string; phone: string }) {\n  Sentry.setUser({ email: u.email });\n  await sms.messages.create({ to: u.phone, from: '+15550100', body: 'Down' });\n  posthog.identify({ distinctId: u.email });\n}\n" };
    assert.deepEqual(analyze(files, policy).filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.recipient?.name}`), ['undeclared-sharing src/notify.ts:9 PostHog']);
  });
  it("`lng` with no latitude in the file is a language code (`i18next.on('missingKey', (lngs) => …)`); beside a latitude it is a position", () => {
    const files = {
      'src/i18n.ts': "import * as Sentry from '@sentry/node';\nimport i18next from 'i18next';\ni18next.on('missingKey', (lngs: string[], ns: string, key: string) => {\n  Sentry.captureException(new Error('missing key'), { tags: { languages: lngs.join(','), ns, key } });\n});\n",
      'src/geo.ts': "import * as Sentry from '@sentry/node';\nexport function report(lat: number, lng: number) {\n  Sentry.captureException(new Error('no route'), { extra: { lat, lng } });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing src/geo.ts:3 user.location.precise']);
  });
  it("a request given its host as an option (`https.request({ hostname })` then `req.write(body)`, a helper's `{ hostname, body }`) goes to that host, a model API's with what people wrote; a database's `{ host }` sends nothing", () => {
    const files = {
      'src/a.ts': "import https from 'node:https';\nimport { streamRequest } from './http';\nexport function ask(user: { email: string; phone: string }) {\n  const payload = JSON.stringify({ text: `Hello ${user.email}` });\n  const req = https.request({ hostname: 'api.anthropic.com', path: '/v1/messages', method: 'POST' }, (res) => res.resume());\n  req.write(payload);\n  req.end();\n  return streamRequest({ hostname: 'api.example-sms.com', path: '/send', body: JSON.stringify({ to: user.phone }) });\n}\nexport function improve(userInput: string) {\n  const requestBody = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: userInput }] });\n  return streamRequest({ hostname: 'api.anthropic.com', path: '/v1/messages', body: requestBody });\n}\nexport const db = (url: string) => connect({ host: 'db.example.com', port: 5432, password: url });\ndeclare function connect(o: object): void;\n",
      'src/http.ts': 'export function streamRequest(o: object) {\n  return o;\n}\n',
    };
    assert.deepEqual(sharing(files, '# Privacy\n\n## What we collect\n\nYour email address and phone number.\n', true, 'p.md'), ['undeclared-sharing src/a.ts:5 user.contact.email Anthropic', 'undeclared-sharing src/a.ts:8 user.contact.phone_number api.example-sms.com', 'undeclared-sharing src/a.ts:12 user.content.private Anthropic']);
  });
  it("a payment processor's script the checkout page loads (`<script src=\"https://js.stripe.com/v3\">`, a loader's `script.src`) gets the visitor's IP address and browser, as a tracker's does; a declared processor covers it; a payment component talking to the product's backend loads nothing", () => {
    const files = {
      'index.html': '<html><head><script src="https://js.stripe.com/v3"></script></head><body></body></html>\n',
      'src/paypal.ts': "export function loadPaypal() {\n  const script = document.createElement('script');\n  script.src = 'https://www.paypal.com/sdk/js?client-id=x';\n  document.head.appendChild(script);\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing index.html:1 user.device.ip_address,user.device.user_agent Stripe', 'undeclared-sharing src/paypal.ts:3 user.device.ip_address,user.device.user_agent PayPal']);
    assert.deepEqual(sharing(files, `${EMAIL_POLICY}\n## Payments\n\nPayments are processed by Stripe and PayPal.\n`), []);
    // (A payment provider's component that talks to the product's own backend loads no script of the vendor's.)
    assert.deepEqual(sharing({ 'src/providers.tsx': "import { AutumnProvider } from 'autumn-js/react';\nexport function Providers({ children }: { children: any }) {\n  return <AutumnProvider backendUrl={process.env.NEXT_PUBLIC_API_URL}>{children}</AutumnProvider>;\n}\n" }, EMAIL_POLICY), []);
  });
  it("the person a monitoring client is built with (`new Rollbar({ payload: { person } })`) or that a report hook sets (`transform: (p) => { p.person = … }`, `beforeSend(event) { event.user = … }`) goes with every report", () => {
    const files = {
      'src/monitor.ts': "import Rollbar from 'rollbar';\nimport * as Sentry from '@sentry/node';\nexport const make = (u: { id: string; email: string }) => new Rollbar({ accessToken: 'x', payload: { person: { id: u.id, email: u.email } } });\nexport const r2 = new Rollbar({\n  accessToken: 'x',\n  transform: (payload: Record<string, any>) => {\n    const c = current();\n    if (c) payload.person = { id: c.id, phone: c.phone };\n  },\n});\nSentry.init({ dsn: 'x', beforeSend(event) { event.tags = { region: 'eu' }; return event; } });\nexport const r3 = new Rollbar({ accessToken: 'x', transform: (p: any) => { p.environment = 'prod'; } });\ndeclare function current(): { id: string; phone: string } | undefined;\n",
    };
    // (Sentry, set up with a hook that adds no person, still reports its errors: nothing else reaches it.)
    assert.deepEqual(sharing(files, EMAIL_POLICY.replace('your email address', 'your email address and phone number')), ['undeclared-sharing src/monitor.ts:3 user.contact.email', 'undeclared-sharing src/monitor.ts:8 user.contact.phone_number', 'undeclared-sharing src/monitor.ts:11 user.telemetry']);
    assert.deepEqual(sharing(files, EMAIL_POLICY.replace('your email address', 'your email address and phone number') + '\n## Service providers\n\nWe use Sentry for error reports.\n'), ['undeclared-sharing src/monitor.ts:3 user.contact.email', 'undeclared-sharing src/monitor.ts:8 user.contact.phone_number']);
  });
  it('a message list written out turn by turn: a turn made of the product\'s own template is not the conversation; a spread of turns, an image part or a value named for what people wrote is', () => {
    const policy = '# Privacy\n\n## What we collect\n\nWe collect your name and email address when you sign up.\n';
    const files = { 'src/ai.ts': "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function blogPost(topic: string, keywords: string[]) {\n  const prompt = `Write a short post about ${topic}. Keywords: ${keywords.join(', ')}`;\n  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: 'You write posts.' }, { role: 'user', content: prompt }] });\n}\nexport async function reply(history: { role: 'user'; content: string }[]) {\n  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: 'Be kind.' }, ...history] });\n}\nexport async function receipt(image: string) {\n  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: image } }] }] });\n}\nexport async function answer(ticket: { description: string }) {\n  const prompt = `Answer this ticket: ${ticket.description}`;\n  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: prompt }] });\n}\n" };
    assert.deepEqual(sharing(files, policy), ['undeclared-sharing src/ai.ts:8 user.content.private', 'undeclared-sharing src/ai.ts:11 user.content.private', 'undeclared-sharing src/ai.ts:15 user.content.private']);
  });
  it('a local the prompt is built from is read for what it holds (`const preview = discussion.body.substring(0, 500)`)', () => {
    const policy = '# Privacy\n\n## What we collect\n\nWe collect your name and email address when you sign up.\n';
    const files = { 'src/ai.ts': "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function summary(discussion: { title: string; body: string }) {\n  const preview = discussion.body.substring(0, 500);\n  const prompt = `Summarize: ${preview}`;\n  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: prompt }] });\n}\nexport async function label(discussion: { id: string }) {\n  const key = discussion.id.substring(0, 8);\n  const prompt = `Name the topic ${key}`;\n  return openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: prompt }] });\n}\n" };
    assert.deepEqual(sharing(files, policy), ['undeclared-sharing src/ai.ts:6 user.content.private']);
  });
  it('a username or a search sent to a platform of public accounts is a lookup in its directory, not a disclosure; a username written into a message posted there is', () => {
    const policy = '# Privacy\n\n## What we collect\n\nWe collect your username and email address when you sign up.\n';
    const files = { 'src/gh.ts': "import { Octokit } from '@octokit/rest';\nconst octokit = new Octokit();\nexport async function profile(username: string) {\n  await octokit.users.getByUsername({ username });\n  await fetch(`https://api.github.com/users/${username}/orgs`);\n}\nexport async function search(query: string) {\n  return fetch(`https://api.github.com/search/repositories?q=${encodeURIComponent(query)}`);\n}\nexport async function announce(user: { username: string }) {\n  await fetch('https://discord.com/api/webhooks/1/abc', { method: 'POST', body: JSON.stringify({ content: `New sign-up: ${user.username}` }) });\n}\n" };
    assert.deepEqual(sharing(files, policy, true), ['undeclared-sharing src/gh.ts:11 user.account.username Discord']);
  });
  it('a search sent to a stock-photo or GIF library (Unsplash, Pexels) looks up media, not a person; a search sent to an unknown host still counts', () => {
    const policy = EMAIL_POLICY;
    const files = { 'src/media.ts': "export async function photos(searchQuery: string) {\n  await fetch(`https://api.unsplash.com/search/photos?query=${encodeURIComponent(searchQuery)}`);\n  await fetch(`https://api.pexels.com/v1/search?query=${searchQuery}`);\n  await fetch(`https://search.example-vendor.io/q?query=${searchQuery}`);\n}\n" };
    assert.deepEqual(sharing(files, policy), ['undeclared-sharing src/media.ts:4 user.behavior.search_history']);
  });
  it("a request header that carries the caller's address, browser or place is that data wherever it is read (headers.get, headers[…], header())", () => {
    const policy = EMAIL_POLICY;
    const files = { 'src/track.ts': "import { PostHog } from 'posthog-node';\nconst client = new PostHog('k');\nexport const load = ({ request }: { request: Request }) => {\n  client.capture({ distinctId: request.headers.get('x-forwarded-for') || 'anon', event: 'signup' });\n};\nexport const load2 = (req: { headers: Record<string, string> }) => client.capture({ distinctId: 'anon', event: 'visit', properties: { ua: req.headers['user-agent'], lang: req.headers['accept-language'] } });\nexport const load3 = (c: { req: { header(n: string): string } }) => client.capture({ distinctId: 'anon', event: 'city', properties: { at: c.req.header('x-vercel-ip-city') } });\nexport const load4 = (request: Request) => client.capture({ distinctId: 'anon', event: 'country', properties: { country: request.headers.get('cf-ipcountry') } });\n" };
    assert.deepEqual(sharing(files, policy), ['undeclared-sharing src/track.ts:4 user.device.ip_address', 'undeclared-sharing src/track.ts:6 user.device.user_agent', 'undeclared-sharing src/track.ts:7 user.location.imprecise', 'undeclared-sharing src/track.ts:8 user.location.imprecise']);
  });
  it("Sentry's user feedback dialog asks the person for a name, an email address and comments and sends them to Sentry", () => {
    const policy = EMAIL_POLICY;
    const files = { 'src/report.ts': "import * as Sentry from '@sentry/browser';\nexport const ask = (eventId: string) => Sentry.showReportDialog({ eventId });\n" };
    assert.deepEqual(sharing(files, policy), ['undeclared-sharing src/report.ts:2 user.name,user.contact.email,user.content.private']);
  });
  it("a URL object's query (`url.searchParams.set`) goes to the URL's host; another function's URL of the same name is that function's own", () => {
    const policy = EMAIL_POLICY;
    const files = { 'src/geo.ts': "export async function streetAddress(email: string) {\n  const url = new URL('https://maps.googleapis.com/maps/api/geocode/json');\n  url.searchParams.set('q', email);\n  return fetch(url);\n}\nexport async function other(email: string) {\n  const url = new URL('/lookup', 'https://api.example-vendor.io');\n  url.searchParams.set('email', email);\n  return fetch(url.toString());\n}\n" };
    assert.deepEqual(sharing(files, policy, true), ['undeclared-sharing src/geo.ts:4 user.contact.email Google Maps Platform', 'undeclared-sharing src/geo.ts:9 user.contact.email api.example-vendor.io']);
  });
  it("a request body declared `const body` in each of two senders of a file is each sender's own (the second is not read as the first's)", () => {
    const policy = EMAIL_POLICY;
    const files = { 'src/fanout.ts': "export async function toPosthog(input: { distinctId: string }) {\n  const body = { event: 'signup', config: 'x' };\n  await fetch(process.env.POSTHOG_HOST + '/i/v0/e/', { method: 'POST', body: JSON.stringify(body) });\n}\nexport async function toMeasurement(input: { phone: string }) {\n  const body = { user_phone: input.phone };\n  await fetch('https://api.measure.example/collect', { method: 'POST', body: JSON.stringify(body) });\n}\n" };
    assert.deepEqual(sharing(files, policy, true), ['undeclared-sharing src/fanout.ts:7 user.contact.phone_number api.measure.example']);
  });
  it('a module constant bound to a literal is a value the code wrote (`const OPERATOR_AVATAR_URL = "https://…"`), not a user\'s data; a user\'s avatar is', () => {
    const policy = EMAIL_POLICY;
    const files = { 'src/notify.ts': "const OPERATOR_AVATAR_URL =\n  'https://cdn.example.com/operator.png';\nexport async function post(user: { avatarUrl: string }) {\n  await fetch('https://hooks.slack.com/services/T0/B0/X', { method: 'POST', body: JSON.stringify({ icon_url: OPERATOR_AVATAR_URL }) });\n  await fetch('https://hooks.slack.com/services/T0/B0/X', { method: 'POST', body: JSON.stringify({ icon_url: user.avatarUrl }) });\n}\n" };
    assert.deepEqual(sharing(files, policy), ['undeclared-sharing src/notify.ts:5 user.content.self_image']);
  });
  it('what an SDK\'s identify callback returns is sent to the vendor (`billingHandler({ identify: async () => ({ customerData: { name, email } }) })`); other callbacks are not', () => {
    const policy = '# Privacy\n\n## What we collect\n\nWe collect your name and email address when you sign up.\n';
    const files = { 'src/billing.ts': "import { autumnHandler } from 'autumn-js/express';\nimport { getSession } from './session';\nexport const billing = autumnHandler({\n  identify: async (req: Request) => {\n    const session = await getSession(req);\n    return { customerId: session.user.id, customerData: { name: session.user.name, email: session.user.email } };\n  },\n});\nexport const other = autumnHandler({\n  onError: async (req: Request) => {\n    const session = await getSession(req);\n    return { email: session.user.email };\n  },\n});\n", 'src/session.ts': "export async function getSession(_: Request) { return { user: { id: '1', name: 'n', email: 'e' } }; }\n" };
    assert.deepEqual(analyze(files, policy).filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.recipient?.name} ${f.dataCategories.join(',')}`), ['undeclared-sharing src/billing.ts:3 Autumn user.name,user.contact.email']);
  });
  it("reads the options of a function that builds a connection as the deployment's password, not a person's", () => {
    const files = { 'src/a.ts': "export function createDirectClient(opts?: { instanceId?: string; password?: string }) { return opts; }\nexport function setup(options: { host: string; password: string }) { return options; }\nexport function register(form: { email: string; password: string }) { return form; }\n" };
    const policy = '# P\n\n## Collect\n\n- Your email.\n\n## Never\n\nWe never collect or store your password.\n';
    assert.deepEqual(analyze(files, policy).filter((f) => f.ruleId === 'prohibited-collection').map((f) => `${f.file}:${f.line} ${f.dataCategories.join(',')}`), ['src/a.ts:3 user.authorization.password']);
  });
  it('reads the person a monitoring SDK\'s setup attaches to reports (also through a helper that completes the settings), and a user ID sent to a vendor the policy says gets anonymized data', () => {
    const files = { 'src/a.ts': "import Rollbar from 'rollbar';\nimport appsFlyer from 'react-native-appsflyer';\nconst rollbar = new Rollbar({ accessToken: 'x' });\nexport function afterLogin(user: { id: string; email: string }) {\n  rollbar.configure({ payload: { person: { id: user.id, email: user.email } } });\n}\nexport function af(userId: string) {\n  appsFlyer.setCustomerUserId(userId);\n}\nexport const rollbarConfig = (o: object) => ({ ...o, captureUncaught: true });\nexport function onSignup(user: { email: string }) {\n  rollbar.configure(rollbarConfig({ person: { email: user.email } }));\n}\n" };
    const policy = '# P\n\n## Collect\n\n- Your email and name.\n\n## Sharing\n\nWe use AppsFlyer with limited, anonymized data.\n';
    assert.deepEqual(sharing(files, policy), ['undeclared-sharing src/a.ts:5 user.contact.email', 'sharing-condition-unmet src/a.ts:8 user.unique_id', 'undeclared-sharing src/a.ts:12 user.contact.email']);
  });
  it('names each caller of an injected service\'s method in the finding', () => {
    const files = rows.find((r) => r.name.startsWith('a method of an injected service'))!.files;
    const f = analyze(files, MINI_POLICY).find((x) => x.kind === 'sharing')!;
    assert.deepEqual(f.related?.map((r) => `${r.file}:${r.line} ${r.message}`), ['src/proc.ts:9 EmbeddingsService.embed(…) passes the data here', 'src/proc.ts:13 EmbeddingsService.embed(…) passes the data here', 'src/proc.ts:16 EmbeddingsService.embed(…) passes the data here']);
  });
});

describe('flows: a vendor\'s script', () => {
  it("is a share: the vendor gets the visitor's IP, browser and pages; gtag.js is Google Analytics; a CDN's is no tracker", () => {
    const files = { 'src/layout.tsx': "import Script from 'next/script';\nconst GA = 'G-1';\nexport const Head = () => (\n  <head>\n    <script defer src=\"https://static.cloudflareinsights.com/beacon.min.js\" />\n    <Script src={`https://www.googletagmanager.com/gtag/js?id=${GA}`} />\n    <script src=\"https://cdn.jsdelivr.net/npm/lib.js\" />\n  </head>\n);\n" };
    assert.deepEqual(analyze(files, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories.join(',')} -> ${f.recipient?.name}`), [
      'undeclared-sharing src/layout.tsx:5 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history -> Cloudflare Web Analytics',
      'undeclared-sharing src/layout.tsx:6 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history -> Google Analytics',
    ]);
  });

  it("a tracker's component loads its script: by its package, or by a vendor's full name (which wins over a package of several vendors' components); a UI component named like a vendor does not", () => {
    const files = {
      'src/layout.tsx': "import { Analytics } from '@vercel/analytics/react';\nimport { GoogleTagManager, GoogleAnalytics } from '@next/third-parties/google';\nimport { Highlight } from 'prism-react-renderer';\nimport { PostHogProvider } from 'posthog-js/react';\nimport { client } from './ph';\nexport const L = () => (\n  <>\n    <Analytics />\n    <GoogleTagManager gtmId=\"GTM-1\" />\n    <Highlight code=\"x\" />\n    <PostHogProvider client={client}>app</PostHogProvider>\n    <GoogleAnalytics gaId=\"G-1\" />\n  </>\n);\n",
      // (A provider imported under another name, handed the client the module sets up: found at the setup.)
      'src/ph.tsx': "import posthog from 'posthog-js';\nimport { PostHogProvider as Raw } from 'posthog-js/react';\nexport const client = posthog.init('k', { api_host: '/ingest' });\nexport const P = (p: { children: unknown }) => <Raw client={client} {...p} />;\n",
    };
    assert.deepEqual(analyze(files, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} -> ${f.recipient?.name}`), [
      'undeclared-sharing src/layout.tsx:8 -> Vercel Analytics',
      'undeclared-sharing src/layout.tsx:9 -> Google Tag Manager',
      'undeclared-sharing src/layout.tsx:12 -> Google Analytics',
      'undeclared-sharing src/ph.tsx:3 -> PostHog',
    ]);
  });

  it("is declared by a vendor row that names the product's kind ('Vercel — hosting and web analytics'), not by a row of another kind", () => {
    const files = { 'src/layout.tsx': "import { Analytics } from '@vercel/analytics/react';\nexport const L = () => <Analytics />;\n" };
    const base = '# P\n\n## What we collect\n\n- Your email address.\n\n## Sub-processors\n\n- Stripe: payments.\n';
    assert.deepEqual(analyze(files, `${base}- Vercel: application hosting and privacy-friendly web analytics.\n`, 'p.md').map((f) => f.ruleId), []);
    assert.deepEqual(analyze(files, `${base}- Vercel: application hosting.\n`, 'p.md').map((f) => `${f.ruleId} ${f.line}`), ['undeclared-sharing 2']);
  });

  it('is found in an inline loader and a protocol-relative src; a ban on selling does not reach a loaded script by purpose alone', () => {
    const files = {
      'pages/_document.tsx': "import Script from 'next/script';\nexport const Head = () => (\n  <>\n    <Script id=\"hs\" src=\"//js.hs-scripts.com/1.js\" />\n    <Script id=\"gtm\">{`(function(w,d,s){var j=d.createElement(s);j.src='https://www.googletagmanager.com/gtm.js?id=GTM-1';})(window,document,'script');`}</Script>\n    <script dangerouslySetInnerHTML={{ __html: \"var o=document.createElement('script');o.src='https://assets.apollo.io/micro/website-tracker/tracker.iife.js';\" }} />\n  </>\n);\n",
    };
    const policy = "# P\n\n## What we collect\n\n- Your email address.\n\n## Sharing\n\nWe don't sell or rent your personal information to any third parties for any purpose.\n";
    assert.deepEqual(analyze(files, policy, 'p.md').map((f) => `${f.ruleId} ${f.line} -> ${f.recipient?.name}`), [
      'undeclared-sharing 4 -> HubSpot',
      'undeclared-sharing 5 -> Google Tag Manager',
      'undeclared-sharing 6 -> Apollo.io',
    ]);
  });

  it("is found in a route's head configuration (scripts: [{ src }]), also behind a condition", () => {
    const files = { 'src/routes/__root.tsx': "export const Route = createRootRoute({\n  head: () => ({\n    scripts: [\n      ...(import.meta.env.PROD\n        ? [\n            {\n              async: true,\n              src: `https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=${AD_CLIENT}`,\n            },\n          ]\n        : []),\n      { src: '/assets/app.js' },\n    ],\n  }),\n});\n" };
    assert.deepEqual(analyze(files, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md').map((f) => `${f.ruleId} ${f.line} -> ${f.recipient?.name}`), ['undeclared-sharing 6 -> Google AdSense']);
  });

  it('is not held to the policy\'s conditions on what the vendor keeps ("aggregate statistics")', () => {
    const policy = '# P\n\n## What we collect\n\n- Your email address.\n\n## Service providers\n\n- **Plausible Analytics** – cookie-free, aggregate visitor statistics.\n';
    const files = { 'src/layout.tsx': 'export const Head = () => <script defer src="https://plausible.io/js/script.js" />;\n' };
    assert.deepEqual(analyze(files, policy, 'p.md').map((f) => f.ruleId), []);
    assert.deepEqual(analyze(files, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md').map((f) => `${f.ruleId} ${f.line}`), ['undeclared-sharing 1']);
  });
});

describe('flows: mail through nodemailer', () => {
  const policy = '# P\n\n## What we collect\n\n- Your email address.\n';
  it("a transport assigned elsewhere or passed in sends to the mail server the deployment configures, which names no third party: the product's own relay or the one it hires is not an undeclared recipient", () => {
    const files = { 'src/mail.ts': "import nodemailer from 'nodemailer';\nlet transporter: nodemailer.Transporter;\nexport function init() {\n  transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST });\n}\nexport async function reset(email: string) {\n  await transporter.sendMail({ to: email, subject: 'Reset' });\n}\nexport const invite = (t: nodemailer.Transporter, email: string) => t.sendMail({ to: email });\n" };
    assert.deepEqual(extractFacts('src/mail.ts', files['src/mail.ts']).sinks.map((k) => `${k.line} ${k.configured?.name} ${[...new Set(k.data.map((d) => d.category))].join(',')}`), ['7 the configured SMTP server user.contact.email', '9 the configured SMTP server user.contact.email']);
    assert.deepEqual(analyze(files, policy, 'p.md').map((f) => f.ruleId), []);
    assert.deepEqual(analyze(files, `${policy}\n## Sharing\n\nAn email delivery provider sends our account emails.\n`, 'p.md').map((f) => f.ruleId), []);
    // The configured server may be the email vendor the policy names.
    assert.deepEqual(analyze(files, `${policy}\n## Sub-processors\n\n- **Postmark**: account emails.\n- **Stripe**: payments.\n`, 'p.md').map((f) => f.ruleId), []);
  });
  it("a framework's unit of code names itself (`tags: { name: context.piece.name }`), no person; `inject()` of Vercel's Web Analytics reports page views", () => {
    const files = {
      'src/listener.ts': "import { captureException } from '@sentry/node';\nexport function onError(error: Error, context: { piece: { name: string } }, user: { name: string }) {\n  captureException(error, { tags: { name: context.piece.name } });\n  captureException(error, { tags: { name: user.name } });\n}\n",
      'plugins/analytics.client.ts': "import { inject } from '@vercel/analytics';\nexport default function setup() {\n  inject();\n}\n",
    };
    assert.deepEqual(analyze(files, policy, 'p.md').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.recipient?.name}`), ['undeclared-sharing plugins/analytics.client.ts:3 Vercel Analytics', 'undeclared-sharing src/listener.ts:4 Sentry']);
  });
  it("Nuxt's global `$fetch` sends like fetch, to another host only; h3's `getRequestIP(event)` and `getRequestHeader(event, 'user-agent')` read the client's address and browser", () => {
    const files = { 'server/utils/track.ts': "export async function track(event: any, order: { buyerEmail: string }) {\n  await $fetch('/api/internal', { method: 'POST', body: { email: order.buyerEmail } });\n  await $fetch('https://events.example-metrics.io/api/event', {\n    method: 'POST',\n    headers: { 'User-Agent': getRequestHeader(event, 'user-agent') ?? '', 'X-Forwarded-For': getRequestIP(event) ?? '' },\n    body: { name: 'Purchase' },\n  });\n}\n" };
    assert.deepEqual(analyze(files, policy, 'p.md').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories.join(',')}`), ['undeclared-sharing server/utils/track.ts:3 user.device.user_agent,user.device.ip_address']);
  });
  it("a transport with a well-known service name and a host from the environment (`{ service: 'aws', host: process.env.SMTP_HOST }`) sends to the configured server, as nodemailer takes the explicit host; a service name alone (`{ service: 'SendGrid' }`) is that vendor", () => {
    const files = { 'src/mail.ts': "import nodemailer from 'nodemailer';\nconst a = nodemailer.createTransport({ service: 'aws', host: process.env.SMTP_HOST, port: 465 });\nconst b = nodemailer.createTransport({ service: 'SendGrid' });\nexport const send = (email: string) => a.sendMail({ to: email });\nexport const other = (email: string) => b.sendMail({ to: email });\n" };
    assert.deepEqual(extractFacts('src/mail.ts', files['src/mail.ts']).sinks.map((k) => `${k.line} ${k.configured?.name ?? k.host}`), ['4 the configured SMTP server', '5 smtp.sendgrid.com']);
  });
  it('a text-message vendor whose list the policy closes in so many words ("Twilio receives your mobile number and the code, nothing else") is not given what the code writes into a reminder; one said only to send the texts is', () => {
    const files = { 'src/sms.ts': "import twilio from 'twilio';\nconst client = twilio('sid', 'token');\nexport async function remind(r: { mobile: string; addressLine1: string; postcode: string }) {\n  await client.messages.create({ to: r.mobile, body: `Your permit at ${r.addressLine1}, ${r.postcode} ends soon.` });\n}\n" };
    const closed = '# P\n\n## What we collect\n\nYour mobile number and home address.\n\n## Who receives it\n\n- **Twilio** sends sign-in codes by text message. Twilio receives your mobile number and the code, nothing else.\n';
    const open = closed.replace(' Twilio receives your mobile number and the code, nothing else.', ' Twilio receives your mobile number.');
    assert.deepEqual([closed, open].map((p) => analyze(files, p, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories.join(',')}`)), [['sharing-condition-unmet src/sms.ts:4 user.contact.address.street,user.contact.address.postal_code'], []]);
  });
  it('a JSON transport or a local mail catcher sends nothing out', () => {
    const files = { 'src/dev.ts': "import { createTransport } from 'nodemailer';\nconst t = createTransport({ jsonTransport: true });\nexport const send = (email: string) => t.sendMail({ to: email });\n" };
    assert.deepEqual(analyze(files, policy, 'p.md').map((f) => f.ruleId), []);
  });
  it("a payment API's catalogue (products, prices) names no customer; its customers do", () => {
    const files = { 'src/billing.ts': "import Stripe from 'stripe';\nconst stripe = new Stripe(process.env.STRIPE_KEY!);\nexport async function setup(tier: { display_name: string }, u: { email: string; fullName: string }) {\n  await stripe.products.create({ name: `${tier.display_name} Sponsorship` });\n  await stripe.prices.create({ currency: 'usd', product_data: { name: tier.display_name } });\n  await stripe.customers.create({ email: u.email, name: u.fullName });\n}\n" };
    assert.deepEqual(analyze(files, policy, 'p.md').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['undeclared-sharing src/billing.ts:6']);
  });
  it('accounting software (xero-node) is a recipient of the contacts it holds', () => {
    const files = { 'src/books.ts': "import { XeroClient } from 'xero-node';\nconst xero = new XeroClient({ clientId: 'x', clientSecret: 'y' });\nexport async function sync(c: { name: string; email: string }) {\n  await xero.accountingApi.updateOrCreateContacts('t', { contacts: [{ name: c.name, emailAddress: c.email }] });\n}\n" };
    assert.deepEqual(analyze(files, policy, 'p.md').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.recipient?.name}`), ['undeclared-sharing src/books.ts:4 Xero']);
  });
  it("an app's registration with its client secret names software (clientName), not a person", () => {
    const files = { 'src/oauth.ts': "export interface Registration { clientName: string; clientId: string; clientSecret: string }\nexport interface Member { fullName: string; email: string }\n" };
    assert.deepEqual(analyze(files, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['undeclared-collection src/oauth.ts:2']);
  });
});

describe('flows: LangChain models given their input directly', () => {
  it('reads `llm.invoke(`Summarize: ${item.readableContent}`)` and `model.stream([{ role: "user", content }])` as what people wrote sent to the model\'s vendor; a fixed prompt sends nothing', () => {
    const files = {
      'src/ai.ts': "import { ChatOpenAI } from '@langchain/openai';\nimport { ChatAnthropic } from '@langchain/anthropic';\nexport async function summarize(item: { readableContent: string }) {\n  const llm = new ChatOpenAI({ model: 'gpt-4o' });\n  return llm.invoke(`Summarize: ${item.readableContent}`);\n}\nexport async function chat(text: string) {\n  const claude = new ChatAnthropic({});\n  await claude.invoke('Reply OK');\n  return claude.stream([{ role: 'user', content: text }]);\n}\n",
    };
    const f = analyze(files, '# P\n\n## What we collect\n\n- Your email address and the articles you save.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories} ${x.recipient?.service}`), [
      'undeclared-sharing src/ai.ts:5 user.content.private openai',
      'undeclared-sharing src/ai.ts:10 user.content.private anthropic',
    ]);
  });
});

describe('flows: LangChain chains filled from what they are invoked with', () => {
  it('reads `prompt.pipe(llm).invoke({ term, content: item.readableContent })` and `loadSummarizationChain(llm).call({ input_documents })` as what people wrote sent to the model\'s vendor; a chain given fixed values sends nothing', () => {
    const files = {
      'src/ai.ts': "import { OpenAI } from '@langchain/openai';\nimport { ChatAnthropic } from '@langchain/anthropic';\nimport { PromptTemplate } from '@langchain/core/prompts';\nimport { loadSummarizationChain } from '@langchain/classic/chains';\nconst template = PromptTemplate.fromTemplate('Explain {term} using {content}');\nexport async function explain(item: { readableContent: string }, term: string) {\n  const llm = new OpenAI({});\n  const chain = template.pipe(llm);\n  await chain.invoke({ term: 'privacy', content: 'fixed' });\n  return chain.invoke({ term, content: item.readableContent });\n}\nexport async function summarize(note: { body: string }) {\n  const chain = loadSummarizationChain(new ChatAnthropic({}), { type: 'map_reduce' });\n  const docs = [note.body];\n  return chain.call({ input_documents: docs });\n}\n",
    };
    const f = analyze(files, '# P\n\n## What we collect\n\n- Your email address and the articles you save.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories} ${x.recipient?.service}`), [
      'undeclared-sharing src/ai.ts:10 user.content.private openai',
      'undeclared-sharing src/ai.ts:15 user.content.private anthropic',
    ]);
  });
});

describe('flows: a model API whose URL another module returns', () => {
  it('reads `fetch(`${getBaseUrl()}/chat/completions`, { body })` with `export function getBaseUrl() { return process.env.X ?? "https://openrouter.ai/api/v1" }` as OpenRouter given what people wrote; a function that returns no URL, or a non-model path, sends nothing', () => {
    const files = {
      'src/lib/ai.ts': "export function getBaseUrl(): string {\n  return process.env.OPENROUTER_BASE_URL ?? 'https://openrouter.ai/api/v1';\n}\nexport const statusBase = () => process.env.STATUS_URL ?? 'https://status.example.org';\nexport function getKey() {\n  return process.env.KEY;\n}\n",
      'src/ocr.ts': "import { getBaseUrl, getKey, statusBase } from './lib/ai';\nexport async function ocr(report: { document: string }) {\n  await fetch(`${getBaseUrl()}/chat/completions`, { method: 'POST', body: JSON.stringify({ model: 'x', messages: [{ role: 'user', content: report.document }] }) });\n  await fetch(`${getKey()}/chat/completions`, { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: report.document }] }) });\n  await fetch(`${statusBase()}/ping`, { method: 'POST', body: JSON.stringify({ messages: [{ role: 'user', content: report.document }] }) });\n}\n",
    };
    const f = analyze(files, '# P\n\n## What we collect\n\n- Your email address and the reports you upload.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories} ${x.recipient?.service}`), ['undeclared-sharing src/ocr.ts:3 user.content.private openrouter']);
  });
});

describe("flows: an auth library's billing plugin", () => {
  it("reads `createCustomerOnSignUp: true` (`@better-auth/stripe`, `@polar-sh/better-auth`) as everyone who signs up made a customer of the vendor, with email and name; left off, it sends nothing", () => {
    const files = {
      'src/auth.ts': "import { betterAuth } from 'better-auth';\nimport { stripe } from '@better-auth/stripe';\nimport { polar } from '@polar-sh/better-auth';\nimport Stripe from 'stripe';\nconst stripeClient = new Stripe(process.env.STRIPE_KEY!);\nexport const auth = betterAuth({\n  plugins: [\n    stripe({ stripeClient, stripeWebhookSecret: process.env.WH!, createCustomerOnSignUp: true }),\n    polar({ client: {} as never, createCustomerOnSignUp: false }),\n  ],\n});\nexport const other = betterAuth({ plugins: [polar({ client: {} as never, createCustomerOnSignUp: true })] });\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/auth.ts:8 user.contact.email,user.name Stripe', 'undeclared-sharing src/auth.ts:12 user.contact.email,user.name Polar']);
  });
});

describe('flows: two products of one vendor doing one job', () => {
  it('takes Vercel Speed Insights as declared by a policy that names Vercel Analytics (one vendor, both analytics); a product of another kind from that vendor stays undeclared', () => {
    const files = {
      'src/layout.tsx': "import { SpeedInsights } from '@vercel/speed-insights/next';\nexport default function Layout() {\n  return <SpeedInsights />;\n}\n",
      'src/turnstile.tsx': "import { Turnstile } from '@marsidev/react-turnstile';\nexport const Captcha = () => <Turnstile siteKey=\"x\" />;\n",
    };
    const analytics = '# Privacy\n\n## What we collect\n\nWe collect your email address.\n\n## Analytics\n\nWe use Vercel Analytics to measure Core Web Vitals and page performance.\n';
    const cloudflare = '# Privacy\n\n## What we collect\n\nWe collect your email address.\n\n## Analytics\n\nWe use Cloudflare Web Analytics to count visits.\n';
    assert.deepEqual([sharing(files, analytics, true), sharing(files, cloudflare, true)], [
      ['undeclared-sharing src/turnstile.tsx:2 user.device.ip_address,user.device.user_agent Cloudflare Turnstile'],
      ['undeclared-sharing src/layout.tsx:3 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history Vercel Speed Insights', 'undeclared-sharing src/turnstile.tsx:2 user.device.ip_address,user.device.user_agent Cloudflare Turnstile'],
    ]);
  });
});

describe('flows: AWS model services sent a command', () => {
  it('reads `client.send(new DetectSentimentCommand({ Text: review.body }))` (Comprehend) and Textract and Bedrock commands as what people wrote sent to that service; a command of fixed text (keys named `text`, `content`) sends nothing', () => {
    const files = {
      'src/nlp.ts': "import { ComprehendClient, DetectSentimentCommand } from '@aws-sdk/client-comprehend';\nimport { TextractClient, AnalyzeDocumentCommand } from '@aws-sdk/client-textract';\nimport { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';\nconst comprehend = new ComprehendClient({ region: 'eu-west-1' });\nconst textract = new TextractClient({});\nconst bedrock = new BedrockRuntimeClient({});\nexport async function mood(review: { body: string }) {\n  return comprehend.send(new DetectSentimentCommand({ Text: review.body, LanguageCode: 'en' }));\n}\nexport async function scan(upload: { document: Uint8Array }) {\n  return textract.send(new AnalyzeDocumentCommand({ Document: { Bytes: upload.document }, FeatureTypes: ['FORMS'] }));\n}\nexport async function ping() {\n  return bedrock.send(new ConverseCommand({ modelId: 'm', messages: [{ role: 'user', content: [{ text: 'Reply OK' }] }] }));\n}\nexport async function ask(question: string) {\n  return bedrock.send(new ConverseCommand({ modelId: 'm', messages: [{ role: 'user', content: [{ text: question }] }] }));\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), [
      'undeclared-sharing src/nlp.ts:8 user.content.private Amazon Comprehend',
      'undeclared-sharing src/nlp.ts:11 user.content.private Amazon Textract',
      'undeclared-sharing src/nlp.ts:17 user.content.private Amazon Bedrock',
    ]);
  });
});

describe('flows: HTTP clients a framework injects', () => {
  it('NestJS `HttpService` and Angular `HttpClient` given to a constructor send what they post, like axios; a relative URL is the product\'s own', () => {
    const files = {
      'src/crm.service.ts': "import { Injectable } from '@nestjs/common';\nimport { HttpService } from '@nestjs/axios';\nimport { firstValueFrom } from 'rxjs';\n@Injectable()\nexport class CrmService {\n  constructor(private readonly http: HttpService) {}\n  async push(user: { email: string }) {\n    await firstValueFrom(this.http.post('https://api.hubapi.com/contacts/v1/contact', { email: user.email }));\n  }\n}\n",
      'src/app/signup.service.ts': "import { Injectable } from '@angular/core';\nimport { HttpClient } from '@angular/common/http';\n@Injectable({ providedIn: 'root' })\nexport class SignupService {\n  constructor(private http: HttpClient) {}\n  save(email: string) {\n    return this.http.post('/api/signup', { email });\n  }\n  list(email: string) {\n    return this.http.post('https://api.mailerlite.com/api/v2/subscribers', { email });\n  }\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/app/signup.service.ts:10 user.contact.email MailerLite', 'undeclared-sharing src/crm.service.ts:8 user.contact.email HubSpot']);
  });
});

describe('flows: an SDK injected as its own module', () => {
  it('`private readonly mailchimp: typeof mailchimpClient` (a type-only import of the SDK) sends what its methods get', () => {
    const files = {
      'src/students.service.ts': "import type mailchimpClient from '@mailchimp/mailchimp_marketing';\nimport { Inject, Injectable } from '@nestjs/common';\n@Injectable()\nexport class StudentsService {\n  constructor(@Inject('MAILCHIMP') private readonly mailchimp: typeof mailchimpClient) {}\n  async subscribe(student: { email: string }) {\n    await this.mailchimp.lists.addListMember('list', { email_address: student.email, status: 'subscribed' });\n  }\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/students.service.ts:7 user.contact.email Mailchimp']);
  });
});

describe('flows: helpers of another module that hash', () => {
  it('what a helper of another module hashes (`visitorId(ip, ua)` returning a SHA-256) is sent as that hash; a repository\'s `full_name` is no one\'s name', () => {
    const files = {
      'src/lib/ids.ts': "import { createHash } from 'node:crypto';\nexport function visitorId(ip: string, userAgent: string): string {\n  return createHash('sha256').update(`${ip}:${userAgent}`).digest('hex');\n}",
      'src/track.ts': "import { PostHog } from 'posthog-node';\nimport { visitorId } from './lib/ids';\nconst ph = new PostHog('k');\nexport function pageView(ip: string, userAgent: string, repository: { full_name: string }) {\n  ph.capture({ distinctId: visitorId(ip, userAgent), event: 'page_view' });\n  ph.capture({ distinctId: repository.full_name, event: 'preview' });\n  ph.capture({ distinctId: ip, event: 'raw' });\n}\n",
    };
    const policy = '# Privacy\n\n## What we collect\n\nWe collect your email address, your IP address and your browser type.\n\n## Analytics\n\nWe use PostHog for analytics. PostHog never receives your IP address.\n';
    assert.deepEqual(sharing(files, policy, true), ['prohibited-sharing src/track.ts:7 user.device.ip_address PostHog']);
  });
});

describe('flows: a backend the product runs on Convex', () => {
  it('a page calling the product\'s own Convex functions and a function\'s lookups send nothing to Convex; what a function writes to the Convex database is kept there', () => {
    const files = {
      'src/search.tsx': "import { useAction } from 'convex/react';\nimport { api } from '../convex/_generated/api';\nexport function Search({ q }: { q: string }) {\n  const search = useAction(api.bookmarks.search);\n  return <button onClick={() => search({ searchQuery: q })}>Go</button>;\n}\n",
      'convex/users.ts': "import { mutationGeneric } from 'convex/server';\nimport { v } from 'convex/values';\nexport const upsert = mutationGeneric({\n  args: { email: v.string(), name: v.string() },\n  handler: async (ctx, args) => {\n    const existing = await ctx.db.query('user').withIndex('email', (q) => q.eq('email', args.email)).first();\n    if (existing) return existing._id;\n    return await ctx.db.insert('user', { name: args.name, email: args.email });\n  },\n});\n",
    };
    // (The write is a flow to Convex; the database the product keeps its records in is no disclosure the policy must name.)
    assert.deepEqual(Object.entries(files).flatMap(([f, text]) => extractFacts(f, text).sinks.map((k) => `${f}:${k.line} ${k.service} ${[...new Set(k.data.map((d) => d.category))].join(',')}`)), ['convex/users.ts:8 convex user.name,user.contact.email']);
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), []);
  });
});

describe('flows: SDK clients a module provides by type', () => {
  it('a constructor property typed by an SDK class that another module of the project imports and passes on sends what its methods are given; a type of the project\'s own does not', () => {
    const files = {
      'src/integrations.module.ts': "import { Module } from '@nestjs/common';\nimport { Analytics } from '@segment/analytics-node';\nexport { PostHog } from 'posthog-node';\nexport const SEGMENT = Symbol('SEGMENT');\nexport type { Analytics };\nexport interface Mailer { send(to: string): Promise<void> }\n@Module({ providers: [{ provide: SEGMENT, useFactory: () => new Analytics({ writeKey: 'k' }) }] })\nexport class IntegrationsModule {}\n",
      'src/members.service.ts': "import { Inject, Injectable } from '@nestjs/common';\nimport { Analytics, Mailer, PostHog, SEGMENT } from './integrations.module';\n@Injectable()\nexport class MembersService {\n  constructor(@Inject(SEGMENT) private readonly segment: Analytics, private readonly posthog: PostHog, private readonly mailer: Mailer) {}\n  async join(member: { id: string; email: string }) {\n    this.segment.identify({ userId: member.id, traits: { email: member.email } });\n    this.posthog.capture({ distinctId: member.id, event: 'joined', properties: { email: member.email } });\n    await this.mailer.send(member.email);\n  }\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/members.service.ts:7 user.contact.email Segment', 'undeclared-sharing src/members.service.ts:8 user.contact.email PostHog']);
  });
});

describe('flows: HTTP instances another module builds', () => {
  it('a request on an axios instance with a fixed base URL, imported from another module, goes to that host; an instance for the product\'s own API or with a base URL from settings names no third party', () => {
    const files = {
      'src/lib/clients.ts': "import axios from 'axios';\nexport const leadMarket = axios.create({ baseURL: 'https://api.leadbroker.example.com', timeout: 5000 });\nexport const api = axios.create({ baseURL: '/api' });\nexport const partner = axios.create({ baseURL: process.env.PARTNER_URL });\n",
      'src/routes/leads.ts': "import { api, leadMarket, partner } from '../lib/clients';\nexport async function forward(input: { name: string; email: string }) {\n  await api.post('/leads', { email: input.email });\n  await partner.post('/leads', { email: input.email });\n  await leadMarket.post('/v2/leads', {\n    contact: { full_name: input.name, email: input.email },\n  });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/routes/leads.ts:5 user.name,user.contact.email api.leadbroker.example.com']);
  });
});

describe('flows: a host\'s own page beacons', () => {
  it('Vercel Speed Insights and Vercel Analytics are declared when the policy names Vercel as its host and says it collects usage data; without usage data, or for a host the policy does not name, they are not', () => {
    const files = { 'src/layout.tsx': "import { SpeedInsights } from '@vercel/speed-insights/next';\nimport { Analytics } from '@vercel/analytics/react';\nexport default function Layout({ children }: { children: unknown }) {\n  return (<html><body>{children}<SpeedInsights /><Analytics /></body></html>);\n}\n" };
    const hosted = '# Privacy Policy\n\n## What we collect\n\nWe collect your email address and usage data such as pages visited, device and browser information.\n\n## Providers\n\n- Hosting: Vercel\n- Email: Resend\n';
    const noUsage = hosted.replace(' and usage data such as pages visited, device and browser information', '');
    const otherHost = hosted.replace('Vercel', 'Hetzner');
    assert.deepEqual([hosted, noUsage, otherHost].map((p) => sharing(files, p, true)), [
      [],
      ['undeclared-sharing src/layout.tsx:4 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history Vercel Speed Insights', 'undeclared-sharing src/layout.tsx:4 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history Vercel Analytics'],
      ['undeclared-sharing src/layout.tsx:4 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history Vercel Speed Insights', 'undeclared-sharing src/layout.tsx:4 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history Vercel Analytics'],
    ]);
  });
  it('Cloudflare Turnstile is declared by a policy that names Cloudflare as its network ("Cloudflare — CDN, DDoS protection"): the challenge gets the address and browser the network already sees; not by a policy that names another host', () => {
    const files = { 'src/turnstile.tsx': "import { Turnstile } from '@marsidev/react-turnstile';\nexport const Captcha = () => <Turnstile siteKey=\"x\" />;\n" };
    const named = '# Privacy Policy\n\n## What we collect\n\nWe collect your email address.\n\n## Sub-processors\n\n| Provider | Purpose |\n|---|---|\n| Cloudflare | Infrastructure, CDN, DDoS protection |\n| Resend | Email |\n';
    const other = named.replace('Cloudflare', 'Hetzner');
    assert.deepEqual([named, other].map((p) => sharing(files, p, true, 'privacy.md')), [
      [],
      ['undeclared-sharing src/turnstile.tsx:2 user.device.ip_address,user.device.user_agent Cloudflare Turnstile'],
    ]);
  });
  it('a blanket "We do not share your personal data with third parties" does not rule out Vercel Analytics in a policy that names Vercel among its providers and collects usage data: the vendor\'s product is judged by what the policy says of the vendor', () => {
    const files = { 'src/layout.tsx': "import { Analytics } from '@vercel/analytics/react';\nexport default function Layout({ children }: { children: unknown }) {\n  return (<html><body>{children}<Analytics /></body></html>);\n}\n" };
    const named = '# Privacy Policy\n\n## What we collect\n\nWe collect your email address and analytics data (usage, device, browser info).\n\n## Security\n\nWe use Vercel, Convex and other trusted providers to ensure data security.\n\n## Sharing\n\nWe do not share your personal data with third parties.\n';
    const unnamed = named.replace('We use Vercel, Convex and other trusted providers', 'We use trusted providers');
    assert.deepEqual([named, unnamed].map((p) => sharing(files, p, true)), [
      [],
      ['prohibited-sharing src/layout.tsx:3 user.device.ip_address,user.device.user_agent,user.behavior.browsing_history Vercel Analytics'],
    ]);
  });
});

describe('sharing: an OpenAI-compatible client whose address comes from its settings', () => {
  it('`baseURL: modelConfig.baseUrl` sends to whichever AI provider the settings name (declared by a policy that names its AI providers), `baseURL: env.OPENAI_BASE_URL` still to OpenAI, and a model served on localhost to no one', () => {
    const files = {
      'src/ai.ts': "import OpenAI from 'openai';\nimport { models } from './config';\nexport async function ask(question: string, opts: { lmUrl?: string }) {\n  const modelConfig = models[process.env.MODEL ?? 'default'];\n  const chosen = new OpenAI({ apiKey: modelConfig.key, baseURL: modelConfig.baseUrl });\n  await chosen.chat.completions.create({ model: modelConfig.name, messages: [{ role: 'user', content: question }] });\n  const openai = new OpenAI({ apiKey: 'k', baseURL: process.env.OPENAI_BASE_URL });\n  await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: question }] });\n  const local = new OpenAI({ apiKey: 'k', baseURL: (opts.lmUrl || 'http://localhost:1234') + '/v1' });\n  await local.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: question }] });\n}\n",
      'src/config.ts': "export const models: Record<string, { key: string; name: string; baseUrl: string }> = {};\n",
    };
    const policy = '# Privacy\n\n## What we collect\n\nWe collect the messages you send.\n\n## Sharing\n\nWe send your questions to our AI providers, Replicate and Mistral AI, to generate answers.\n';
    const silent = '# Privacy\n\n## What we collect\n\nWe collect the messages you send.\n';
    assert.deepEqual([policy, silent].map((p) => analyze(files, p, 'p.md').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.message.replace(/ \(AI provider\).*/, '').replace(/^Sends [^]*? to /, '')}`)), [
      ['undeclared-sharing src/ai.ts:8 OpenAI'],
      ['undeclared-sharing src/ai.ts:6 the AI provider its settings point at', 'undeclared-sharing src/ai.ts:8 OpenAI'],
    ]);
  });
});

describe('sharing: an AI client pointed at a host the catalog does not know', () => {
  it('`new OpenAI({ baseURL: \'https://api.getunbound.ai/v1\' })` sends to an AI provider at that host: declared by "AI providers", undeclared (as an AI provider) where the policy names none', () => {
    const files = { 'src/ai.ts': "import OpenAI from 'openai';\nexport class Unbound {\n  private client: OpenAI;\n  constructor() {\n    this.client = new OpenAI({ apiKey: 'k', baseURL: 'https://api.getunbound.ai/v1' });\n  }\n  async ask(messages: { role: 'user'; content: string }[]) {\n    await this.client.chat.completions.create({ model: 'x', messages });\n  }\n}\n" };
    const declared = '# Privacy\n\n## What we collect\n\nWe collect the messages you send.\n\n## Sharing\n\nWe send your messages to AI providers to generate answers.\n';
    const silent = '# Privacy\n\n## What we collect\n\nWe collect the messages you send.\n';
    assert.deepEqual([declared, silent].map((p) => analyze(files, p, 'p.md').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.recipient?.name} ${f.recipient?.kind}`)), [
      [],
      ['undeclared-sharing src/ai.ts:8 api.getunbound.ai ai'],
    ]);
  });
});

describe('sharing: a chat webhook known by the message it posts', () => {
  it('a POST of Discord `embeds` or Slack `blocks` to an address the code calls a webhook goes to Discord or Slack; the same shape to an address not named as a webhook, and a plain `{ text }`, name no recipient', () => {
    const files = {
      'src/contact.ts': "import { config } from './config';\nexport async function contact(req: { body: { email: string; message: string } }) {\n  const { email, message } = req.body;\n  await fetch(config.contactWebhookAddress, {\n    method: 'POST',\n    body: JSON.stringify({ embeds: [{ title: 'Contact', fields: [{ name: 'Sender', value: email }, { name: 'Message', value: message }] }] }),\n  });\n}\n",
      'src/notify.ts': "import axios from 'axios';\nexport async function notify(webhookUrl: string, apiUrl: string, user: { email: string }) {\n  await axios.post(webhookUrl, { blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `New sign-up: ${user.email}` } }] });\n  await fetch(apiUrl, { method: 'POST', body: JSON.stringify({ embeds: [], email: user.email }) });\n  await axios.post(webhookUrl, { text: user.email });\n}\n",
      'src/config.ts': 'export const config = { contactWebhookAddress: process.env.CONTACT_HOOK ?? \'\' };\n',
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), [
      'undeclared-sharing src/contact.ts:4 user.contact.email Discord',
      'undeclared-sharing src/notify.ts:3 user.contact.email Slack',
    ]);
  });
});

describe('sharing: kinds of provider given as examples in parentheses', () => {
  it('"Trusted third-party service providers (e.g., cloud hosting, analytics, email communication)" declares an email delivery service (and is no collection of e-mail content); without "email communication" among the examples, Brevo is undeclared', () => {
    const files = { 'src/mail.ts': "import * as Brevo from '@getbrevo/brevo';\nconst api = new Brevo.TransactionalEmailsApi();\nexport async function welcome(user: { email: string; firstName: string }) {\n  await api.sendTransacEmail({ to: [{ email: user.email, name: user.firstName }], subject: 'Welcome', htmlContent: '<p>Hi</p>' });\n}\n" };
    const policy = '# Privacy\n\n## What we collect\n\nWe collect your name and email address when you sign up.\n\n## How we share information\n\n- Service Providers: Trusted third-party service providers (e.g., cloud hosting, analytics, email communication) who assist us in operating the platform.\n';
    // (Without the words that make them processors working for the product — "who assist us in operating the platform".)
    const without = policy.replace(', email communication', '').replace(' who assist us in operating the platform', '');
    assert.deepEqual([policy, without].map((p) => sharing(files, p, true)), [
      [],
      ['undeclared-sharing src/mail.ts:4 user.contact.email,user.name.first Brevo'],
    ]);
  });
});

describe('sharing: a client a class builds for another provider, and vendors named in a heading', () => {
  it('`this.client = new OpenAI({ baseURL: \'https://openrouter.ai/api/v1\' })` in a constructor (or a class field) sends to OpenRouter; "Google Gemini AI & OpenAI (AI Services)" and "Stripe (Payment Processing)" over a paragraph in the sharing section name those vendors', () => {
    const files = {
      'src/ai.ts': "import OpenAI from 'openai';\nexport class Assistant {\n  private direct = new OpenAI({ apiKey: 'k' });\n  private routed: OpenAI;\n  private field = new OpenAI({ apiKey: 'k', baseURL: 'https://openrouter.ai/api/v1' });\n  constructor() {\n    this.routed = new OpenAI({ apiKey: 'k', baseURL: 'https://openrouter.ai/api/v1' });\n  }\n  async ask(messages: { role: 'user'; content: string }[]) {\n    await this.direct.chat.completions.create({ model: 'gpt-4o', messages });\n    await this.routed.chat.completions.create({ model: 'deepseek/deepseek-chat', messages });\n    await this.field.chat.completions.create({ model: 'x', messages });\n  }\n}\n",
    };
    const policy = '# Privacy\n\n## What we collect\n\nWe collect the messages you send.\n\n## Third-party services\n\n### Google Gemini AI & OpenAI (AI Services)\n\nPowers AI-driven travel recommendations.\n\n### Stripe (Payment Processing)\n\nHandles all payment transactions.\n';
    assert.deepEqual(sharing(files, policy, true, 'p.md'), [
      'undeclared-sharing src/ai.ts:11 user.content.private OpenRouter',
      'undeclared-sharing src/ai.ts:12 user.content.private OpenRouter',
    ]);
    assert.deepEqual(parsePolicy('p.md', policy).declarations.filter((d) => d.type === 'share').map((d) => d.type === 'share' && d.services), [['google-gemini', 'openai'], ['stripe']]);
  });
});

describe('collection: the age a lesson is meant for', () => {
  it('`{ title, slug, difficulty_level, age_group }` is a lesson graded for an age group, not anyone\'s age; the same age group beside a `userId`, or in a learner\'s record, is a person\'s', () => {
    const files = {
      'src/types.ts': 'export interface GrammarContent { title: string; slug: string; difficulty_level: string; age_group: string }\nexport interface Placement { userId: string; difficulty_level: string; age_group: string }\nexport interface Learner { displayName: string; ageGroup: string }\n',
    };
    assert.deepEqual(analyze(files, EMAIL_POLICY, 'p.md').filter((f) => f.kind === 'collection').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories.join(',')}`), [
      'undeclared-collection src/types.ts:2 user.demographic.age_range',
      'undeclared-collection src/types.ts:3 user.name',
      'undeclared-collection src/types.ts:3 user.demographic.age_range',
    ]);
  });
});

describe('collection: the details of a place', () => {
  it('a member named for a place (`venueAddress`, `venuePostcode`, `clinicPhone`) holds the place\'s details, whoever the record is about; a choir is a group with a town of its own, and its leader\'s phone is still a person\'s', () => {
    const files = {
      'src/schema.ts': "import { pgTable, text, uuid } from 'drizzle-orm/pg-core';\nexport const sessions = pgTable('sessions', {\n  id: uuid('id'),\n  venueAddress: text('venue_address'),\n  venuePostcode: text('venue_postcode'),\n  clinicPhone: text('clinic_phone'),\n  homeAddress: text('home_address'),\n});\n",
      'prisma/schema.prisma': 'model Choir {\n  id String @id\n  town String\n  venuePostcode String\n  leaderPhone String\n}\n',
    };
    assert.deepEqual(analyze(files, EMAIL_POLICY, 'p.md').filter((f) => f.kind === 'collection').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories.join(',')}`), [
      'undeclared-collection prisma/schema.prisma:5 user.contact.phone_number',
      'undeclared-collection src/schema.ts:7 user.contact.address',
    ]);
  });
});

describe('flows: scripts a helper loads', () => {
  it('`useExternalScript(\'https://platform.twitter.com/widgets.js\')`, `loadScript(…)`: a helper named for loading a script gives the vendor every visitor\'s IP address and browser; the product\'s own script and a non-loader call do not', () => {
    const files = {
      'src/tweet.tsx': "import { useExternalScript } from './hooks/use-external-script';\nexport function Tweet() {\n  const loaded = useExternalScript('https://platform.twitter.com/widgets.js');\n  return loaded ? <div /> : null;\n}\n",
      'src/own.ts': "import { loadScript } from './lib/load';\nexport async function boot() {\n  await loadScript('/static/app.js');\n  await prefetch('https://platform.twitter.com/widgets.js');\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/tweet.tsx:3 user.device.ip_address,user.device.user_agent X (Twitter) widgets']);
  });
});

describe('flows: fonts a page loads from a vendor', () => {
  it('a `<link rel="stylesheet">` to Google Fonts in JSX or HTML sends every visitor\'s IP address and browser to Google Fonts; a preconnect hint, an email template and a policy that names the service do not', () => {
    const files = {
      'app/layout.tsx': 'export default function Layout({ children }: { children: unknown }) {\n  return (\n    <html>\n      <head>\n        <link rel="preconnect" href="https://fonts.googleapis.com" />\n        <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter&display=swap" />\n      </head>\n      <body>{children}</body>\n    </html>\n  );\n}\n',
      'public/index.html': '<html><head>\n<link href="https://fonts.googleapis.com/css?family=Roboto" rel="stylesheet">\n</head><body></body></html>\n',
      'backend/email-templates/welcome.html': '<html><head>\n<link href="https://fonts.googleapis.com/css?family=Roboto" rel="stylesheet">\n</head><body></body></html>\n',
    };
    const named = `${EMAIL_POLICY}\n## Services\n\nWe use Google Fonts to display text.\n`;
    assert.deepEqual([sharing(files, EMAIL_POLICY, true), sharing(files, named, true)], [['undeclared-sharing app/layout.tsx:6 user.device.ip_address,user.device.user_agent Google Fonts', 'undeclared-sharing public/index.html:2 user.device.ip_address,user.device.user_agent Google Fonts'], []]);
  });
});

describe('flows: the domain of an email address', () => {
  it('does not read `email.split("@")[1]` (the mail domain) as the address; the part before the "@" still is', () => {
    const files = { 'src/a.tsx': "import { track } from '@vercel/analytics';\nexport function u(emailData: { sender: { email: string } }) {\n  track('Unsubscribe', { domain: emailData.sender.email.split('@')?.[1] ?? 'unknown' });\n  track('Login', { user: emailData.sender.email.split('@')[0] });\n}\n" };
    const f = analyze(files, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md');
    assert.deepEqual(f.map((x) => `${x.ruleId} ${x.file}:${x.line} ${x.dataCategories}`), ['undeclared-sharing src/a.tsx:4 user.contact.email']);
  });
});

describe('sharing: recipients a policy declares by kind in parentheses', () => {
  it('"to operate Acme (cloud hosting, AI processing APIs, transcription services)" declares OpenAI and Deepgram; an email service is still undeclared', () => {
    const files = {
      'src/ai.ts': "import OpenAI from 'openai';\nconst client = new OpenAI();\nexport async function summarize(s: { transcript: string; email: string }) {\n  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: `Summarize for ${s.email}: ${s.transcript}` }] });\n}\n",
      'src/mail.ts': "import { Resend } from 'resend';\nconst resend = new Resend('k');\nexport async function notify(u: { email: string }) {\n  await resend.emails.send({ from: 'a@acme.io', to: u.email, subject: 'Hi', html: '<p>Hi</p>' });\n}\n",
    };
    const policy = '# Acme Privacy Policy\n\n## What we collect\n\nYour name, email address and session transcripts.\n\n## Sharing\n\nWe only share information with service providers strictly necessary to operate Acme (cloud hosting, AI processing APIs, transcription services), who are bound by confidentiality.\n';
    assert.deepEqual(sharing(files, policy, true), ['undeclared-sharing src/mail.ts:4 user.contact.email Resend']);
  });
});

describe('sharing: a person\'s properties', () => {
  it('traits typed `UserProperties` (an analytics tool\'s word for a person\'s attributes, re-exported by a shared index) carry their email and name to the vendor; a `PropertyListing` is still a building\'s', () => {
    const files = {
      'src/shared/index.ts': "export * from './types/analytics';\n",
      'src/shared/types/analytics.ts': 'export interface UserProperties {\n  userId: string;\n  email?: string;\n  name?: string;\n}\nexport interface PropertyListing {\n  name: string;\n  address: string;\n}\n',
      'src/lib/posthog.ts': "import posthog from 'posthog-js';\nimport type { UserProperties, PropertyListing } from '../shared';\nexport class PostHogService {\n  identify(userId: string, traits?: UserProperties): void {\n    posthog.identify(userId, traits);\n  }\n  listing(l: PropertyListing): void {\n    posthog.capture('listing_viewed', l);\n  }\n}\n",
    };
    const policy = '# Acme Privacy Policy\n\n## What we collect\n\nYour name and email address.\n\n## Sharing\n\nWe use Stripe for payments.\n';
    assert.deepEqual(sharing(files, policy, true), ['undeclared-sharing src/lib/posthog.ts:5 user.contact.email,user.name PostHog']);
  });
});

describe('sharing: Firebase Crashlytics', () => {
  it('what `crashlytics()` is given as user id or attributes goes to Crashlytics (an error report alone carries no person\'s data); a policy naming "Crashlytics" declares it', () => {
    const files = { 'src/crash.ts': "import crashlytics from '@react-native-firebase/crashlytics';\nexport function onLogin(user: { id: string; email: string }) {\n  crashlytics().setUserId(user.id);\n  crashlytics().setAttributes({ email: user.email });\n}\nexport function report(e: Error) {\n  crashlytics().recordError(e);\n}\n" };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/crash.ts:4 user.contact.email Firebase Crashlytics']);
    assert.deepEqual(sharing(files, `${EMAIL_POLICY}\n## Crash reports\n\nThe app sends crash reports, with your email address, to Crashlytics.\n`, true), []);
  });
});

describe('sharing: structured data in a script element', () => {
  it('`<script type="application/ld+json">` whose `sameAs` lists Instagram and TikTok loads nothing from them; an inline loader of a vendor\'s script still does', () => {
    const ld = '{ "@context": "https://schema.org", "@type": "Organization", "sameAs": ["https://www.instagram.com/acme", "https://www.tiktok.com/@acme"] }';
    const files = {
      'pages/about.tsx': `export default function About() {\n  return (\n    <>\n      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(${ld}) }} />\n      <p>About</p>\n    </>\n  );\n}\n`,
      'pages/_app.tsx': "export default function App() {\n  return (\n    <script dangerouslySetInnerHTML={{ __html: \"(function(){var s=document.createElement('script');s.src='https://www.tiktok.com/embed.js';document.body.appendChild(s);})()\" }} />\n  );\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing pages/_app.tsx:3 user.device.ip_address,user.device.user_agent TikTok API']);
  });
});

describe('sharing: a Google APIs client built for one product', () => {
  it('a `googleapis` client of a module that builds only `google.calendar(…)` sends to Google Calendar, which the policy names; one that builds Gmail and Calendar stays Google APIs', () => {
    const calendar = "import { google } from 'googleapis';\nfunction client(email: string) {\n  const auth = new google.auth.JWT({ subject: email, scopes: ['https://www.googleapis.com/auth/calendar'] });\n  return google.calendar({ version: 'v3', auth });\n}\nexport async function book(a: { name: string; phone: string; email: string }) {\n  const cal = client(a.email);\n  await cal.events.insert({ calendarId: 'primary', requestBody: { summary: a.name, description: a.phone } });\n}\n";
    const policy = '# Privacy\n\n## What we collect\n\nYour name, email address and phone number.\n\n## Sharing\n\n- Google Calendar - for appointment management.\n';
    assert.deepEqual(sharing({ 'lib/calendar.ts': calendar }, policy, true, 'p.md'), []);
    const both = calendar.replace("  return google.calendar({ version: 'v3', auth });", "  void google.gmail({ version: 'v1', auth });\n  return google.calendar({ version: 'v3', auth });");
    assert.deepEqual(sharing({ 'lib/calendar.ts': both }, policy, true, 'p.md'), ['undeclared-sharing lib/calendar.ts:8 user.contact.email Google APIs', 'undeclared-sharing lib/calendar.ts:9 user.contact.phone_number Google APIs']);
  });
});

describe('flows: what a vendor said to send the product\'s messages gets', () => {
  it('"Resend sends the confirmation email you receive" declares the address each email goes to and the name on it (as what the message says is)', () => {
    const policy = '# Privacy Policy\n\nWe collect your name, email address and phone number.\n\n## Who we share it with\n\n- **Resend** sends the confirmation email you receive after joining a waitlist.\n';
    const files = {
      'src/mail.ts': "import { Resend } from 'resend';\nconst resend = new Resend('k');\nexport async function confirm(s: { email: string; name: string; phone: string }) {\n  await resend.emails.send({ from: 'hi@acme.io', to: s.email, subject: `Hi ${s.name}`, text: 'Welcome' });\n  await resend.emails.send({ from: 'hi@acme.io', to: 'ops@acme.io', subject: 'New', text: s.phone });\n}\n",
    };
    assert.deepEqual(sharing(files, policy, true, 'p.md'), []);
  });
});

describe('flows: analytics events named for what happened', () => {
  it('an event posted to an analytics API (`{ name, url, domain, props }` to plausible.io/api/event) is named for the event, not a person; a vendor whose table row says "No personal data" is declared, and an email in its props breaks that', () => {
    const policy = '# Privacy Policy\n\nWe collect your email address.\n\n## Who we share information with\n\n| Provider | Purpose | Data |\n|---|---|---|\n| Plausible Analytics | Aggregate site statistics | No personal data |\n';
    const files = {
      'src/analytics.ts': "export async function plausibleEvent(name: string, path: string, userAgent: string, props: Record<string, string> = {}) {\n  await fetch('https://plausible.io/api/event', { method: 'POST', headers: { 'user-agent': userAgent }, body: JSON.stringify({ name, domain: process.env.PLAUSIBLE_DOMAIN, url: `https://acme.io${path}`, props }) });\n}\nexport async function signedUp(email: string) {\n  await fetch('https://plausible.io/api/event', { method: 'POST', body: JSON.stringify({ name: 'Signup', domain: 'acme.io', url: 'https://acme.io/', props: { email } }) });\n}\n",
    };
    assert.deepEqual(sharing(files, policy, true, 'p.md'), ['sharing-condition-unmet src/analytics.ts:5 user.contact.email Plausible']);
  });
});

describe('flows: recipients named as the policy names them', () => {
  it('a domain that puts "my" before the product ("mysmartmove.com") is the vendor the policy names by company and product ("TransUnion SmartMove"); another host is still undeclared', () => {
    const policy = '# Privacy Policy\n\nWe collect your name and email address.\n\n## Who we share it with\n\nTransUnion SmartMove runs tenant screening and receives your name and email address.\n';
    const files = {
      'src/screening.ts': "import axios from 'axios';\nexport async function screen(a: { name: string; email: string }) {\n  await axios.post('https://api.mysmartmove.com/v1/applications', { name: a.name, email: a.email });\n  await axios.post('https://api.myscreening.io/v1/applications', { email: a.email });\n}\n",
    };
    assert.deepEqual(sharing(files, policy, true, 'p.md'), ['undeclared-sharing src/screening.ts:4 user.contact.email api.myscreening.io']);
  });
  it('"All account data, essays and messages" for a vendor includes the account\'s sign-in email, password and name; a date of birth is still beyond it', () => {
    const policy = '# Privacy Policy\n\nWe collect your name, email address, password and date of birth.\n\n## Sub-processors\n\n| Provider | Purpose | Data |\n|---|---|---|\n| Supabase | Database and sign-in | All account data, essays and messages |\n';
    const files = {
      'src/signup.ts': "import { createClient } from '@supabase/supabase-js';\nconst supabase = createClient('u', 'k');\nexport async function signup(f: { email: string; password: string; name: string; dateOfBirth: string }) {\n  await supabase.auth.signUp({ email: f.email, password: f.password, options: { data: { name: f.name } } });\n  await supabase.from('profiles').insert({ birth: f.dateOfBirth });\n}\n",
    };
    assert.deepEqual(sharing(files, policy, true, 'p.md'), ['sharing-condition-unmet src/signup.ts:5 user.demographic.date_of_birth Supabase']);
  });
});

describe('flows: what is not the data it came from', () => {
  it('a few characters of a hash (`sha1Hash.slice(0, 5)` in a k-anonymity lookup of a password) carry nothing of what was hashed; the whole hash still does', () => {
    const files = {
      'src/leaked.ts': "import axios from 'axios';\nimport { createHash } from 'crypto';\nexport async function checkIfLeaked(potentialPassword: string) {\n  const sha1Hash = createHash('sha1').update(potentialPassword).digest('hex').toUpperCase();\n  const firstFiveChars = sha1Hash.slice(0, 5);\n  return axios.get(`https://api.pwnedpasswords.com/range/${firstFiveChars}`);\n}\nexport async function checkWhole(potentialPassword: string) {\n  const sha1Hash = createHash('sha1').update(potentialPassword).digest('hex');\n  return axios.get(`https://api.pwnedpasswords.com/hash/${sha1Hash}`);\n}\nexport const run = (password: string) => Promise.all([checkIfLeaked(password), checkWhole(password)]);\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/leaked.ts:10 user.authorization.password api.pwnedpasswords.com']);
  });
  it('"These log files are not shared with third parties" keeps the product\'s own logs in: a vendor the policy names that sees a visitor\'s address through its own script (Paddle on the payment page) is not sent them; a log vendor is', () => {
    const policy = '# Privacy Policy\n\n## Usage data\n\nWe store your IP address and browser information in log files. These log files are not shared with third parties.\n\n## Sub-processors\n\n| Company | Purpose |\n|---|---|\n| Paddle.com Market Limited (Paddle) | Payments |\n';
    const files = {
      'src/pay.tsx': "export const handle = {\n  scripts: [{ src: 'https://cdn.paddle.com/paddle/v2/paddle.js', preload: true }],\n};\n",
      'src/log.ts': "import axios from 'axios';\nexport const ship = (ip: string) => axios.post('https://in.logs.betterstack.com', { ip });\n",
    };
    assert.deepEqual(sharing(files, policy, true, 'p.md'), ['prohibited-sharing src/log.ts:2 user.device.ip_address Better Stack Logs']);
  });
});

describe('flows: names of things an SDK keeps', () => {
  it('`client.reactions.add({ channel, timestamp, name })` names an emoji, `labels.create({ name })` a label; `users.profile.set({ profile: { real_name: name } })` is still a person', () => {
    const files = {
      'src/slack.ts': "import type { WebClient } from '@slack/web-api';\nexport async function react(client: WebClient, channel: string, timestamp: string, name: string) {\n  await client.reactions.add({ channel, timestamp, name });\n}\nexport async function rename(client: WebClient, name: string) {\n  await client.users.profile.set({ profile: { real_name: name } });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/slack.ts:6 user.name Slack']);
  });
});

describe('flows: Meta Conversions API', () => {
  it('`new EventRequest(token, pixel).setEvents([event]).execute()` sends what the function\'s `new UserData().setEmails(…).setPhones(…)` builders were given; a builder that is never executed sends nothing', () => {
    const files = {
      'src/capi.ts': "import bizSdk from 'facebook-nodejs-business-sdk';\nconst { EventRequest, ServerEvent, UserData } = bizSdk;\nexport async function reportLead(app: { id: string; email: string; phone: string }) {\n  const userData = new UserData().setEmails([app.email.trim().toLowerCase()]).setPhones([app.phone]);\n  const event = new ServerEvent().setEventName('Lead').setUserData(userData);\n  await new EventRequest('t', 'p').setEvents([event]).execute();\n}\nexport function draft(app: { email: string }) {\n  return new UserData().setEmails([app.email]);\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/capi.ts:6 user.contact.phone_number,user.contact.email Meta Pixel']);
  });
});

describe('sharing: identifiers a vendor keeps its records under, and settings that are no one\'s', () => {
  it("a payment processor or a bank aggregator given only the product's user id (`client_reference_id: user.id`, `client_user_id`) is sent the person's identifier (and a hosted checkout takes the card details); a monitoring vendor given only an id is not reported", () => {
    const files = {
      'src/pay.ts': "import Stripe from 'stripe';\nimport { PlaidApi, Configuration } from 'plaid';\nimport * as Sentry from '@sentry/node';\nconst stripe = new Stripe(process.env.STRIPE_KEY!);\nconst plaid = new PlaidApi(new Configuration({}));\nexport async function checkout(user: { id: string }) {\n  return stripe.checkout.sessions.create({ client_reference_id: user.id, mode: 'payment' });\n}\nexport async function link(userId: string) {\n  await plaid.linkTokenCreate({ user: { client_user_id: userId }, client_name: 'Acme', products: [] });\n  Sentry.setUser({ id: userId });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/pay.ts:7 user.unique_id,user.financial.credit_card Stripe', 'undeclared-sharing src/pay.ts:10 user.unique_id Plaid']);
  });
  it('a deployment setting put on a request (`params.email = NOMINATIM_EMAIL`, read from the environment) is the operator\'s contact, not a person\'s email', () => {
    const files = {
      'src/geo.ts': "import axios from 'axios';\nconst NOMINATIM_EMAIL = process.env.NOMINATIM_EMAIL;\nexport async function find(q: string, user: { email: string }) {\n  const params: Record<string, string> = { q };\n  if (NOMINATIM_EMAIL) params.email = NOMINATIM_EMAIL;\n  await axios.get('https://nominatim.openstreetmap.org/search', { params });\n  const p2: Record<string, string> = { q };\n  p2.email = user.email;\n  await axios.get('https://nominatim.openstreetmap.org/search', { params: p2 });\n}\n",
    };
    assert.deepEqual(sharing(files, '# P\n\n## What we collect\n\nYour email address.\n', false, 'p.md'), ['undeclared-sharing src/geo.ts:9 user.contact.email']);
  });
  it('"Firebase is an analytics service provided by Google" names Google\'s cloud, not its AI: a Gemini call is still undeclared; Firebase Auth, infrastructure of the same cloud, is not', () => {
    const files = {
      'src/ai.ts': "import { GoogleGenerativeAI } from '@google/generative-ai';\nconst genAI = new GoogleGenerativeAI(process.env.KEY!);\nexport async function summarize(user: { email: string }, notes: string) {\n  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });\n  return model.generateContent(`Summarize for ${user.email}: ${notes}`);\n}\n",
    };
    const policy = '# P\n\n## What we collect\n\nYour email address.\n\n## Firebase\n\nFirebase is analytics service provided by Google Inc.\n\nFor more information on what Firebase collects, please visit the Google Privacy & Terms web page.\n';
    assert.deepEqual(sharing(files, policy, true, 'p.md'), ['undeclared-sharing src/ai.ts:5 user.contact.email Google Gemini']);
  });
  it('a model given the text of a listing or a video (`analyzeListingText(params)` sending `params.description`) is given that thing\'s text; the same handed in by a function named for nothing in particular is still what someone wrote', () => {
    const files = {
      'src/mod.ts': "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function analyzeListingText(params: { title: string; description: string }) {\n  const prompt = `Title: ${params.title}\\nDescription: ${params.description}`;\n  return openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });\n}\nexport async function analyze(params: { title: string; description: string }) {\n  const prompt = `Title: ${params.title}\\nDescription: ${params.description}`;\n  return openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing src/mod.ts:9 user.content.private']);
  });
  it("a browser profile the code makes up to fetch pages with (`fingerprint.headers['user-agent']`) is no visitor's user agent; an incoming request's is", () => {
    const files = {
      'src/feed.ts': "import axios from 'axios';\nexport async function fetchFeed(fingerprint: { headers: Record<string, string> }, req: { headers: Record<string, string> }) {\n  await axios.get('https://api.feedhub.example/v1/feed', { headers: { 'user-agent': fingerprint.headers['user-agent'] } });\n  await axios.get('https://api.feedhub.example/v1/feed', { headers: { 'user-agent': req.headers['user-agent'] } });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing src/feed.ts:4 user.device.user_agent']);
  });
  it("nodemailer's Amazon SES transport (`createTransport({ SES: { ses, aws } })`) sends through SES; the old Sentry client (`raven`), Google's Perspective API and a script tag whose template URL names Wistia are their vendors", () => {
    const files = {
      'src/mail.ts': "import nodemailer from 'nodemailer';\nimport * as aws from '@aws-sdk/client-ses';\nconst ses = new aws.SES({ region: 'eu-west-1' });\nconst t = nodemailer.createTransport({ SES: { ses, aws } });\nexport const send = (email: string) => t.sendMail({ to: email, subject: 'Hi', text: 'Hello' });\n",
      'src/raven.js': "const Raven = require('raven');\nRaven.config('https://k@sentry.io/1').install();\nexports.who = (user) => Raven.setContext({ user: { email: user.email } });\n",
      'src/toxic.ts': "import axios from 'axios';\nexport async function score(message: { body: string; authorEmail: string }) {\n  await axios.post('https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze', { comment: { text: message.authorEmail } });\n}\n",
      'src/cards.js': "export function load(id, user) {\n  const script = document.createElement('script');\n  script.src = `https://fast.wistia.com/embed/medias/${id}.jsonp`;\n  document.body.appendChild(script);\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/cards.js:3 user.device.ip_address,user.device.user_agent Wistia', 'undeclared-sharing src/mail.ts:5 user.contact.email Amazon SES', 'undeclared-sharing src/raven.js:3 user.contact.email Sentry', 'undeclared-sharing src/toxic.ts:3 user.contact.email Google Perspective API']);
  });
  it("the same name declared in two blocks of one function (`if (useOpenAI) { const llm = new OpenAI() … }` then `const llm = new Anthropic()`) is each block's own client", () => {
    const files = {
      'src/digest.ts': "import OpenAI from 'openai';\nimport Anthropic from '@anthropic-ai/sdk';\nexport async function summarize(useOpenAI: boolean, user: { email: string }) {\n  if (useOpenAI) {\n    const llm = new OpenAI();\n    return llm.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: user.email }] });\n  }\n  const llm = new Anthropic();\n  return llm.messages.create({ model: 'claude-3-5-sonnet-latest', max_tokens: 100, messages: [{ role: 'user', content: user.email }] });\n}\nexport async function other() {\n  const llm = new OpenAI();\n  return llm.models.list();\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/digest.ts:6 user.contact.email,user.content.private OpenAI', 'undeclared-sharing src/digest.ts:9 user.contact.email,user.content.private Anthropic']);
  });
  it("a client a Fastify plugin decorates the server with (`app.decorate('analytics', new Analytics(…))`) is the one a route reaches as `app.analytics`; one a services object holds (`return { analytics: new PostHog(…) }`) is the one a tRPC context hands out as `ctx.analytics`", () => {
    const files = {
      'src/plugins/messaging.ts': "import fp from 'fastify-plugin';\nimport { Analytics } from '@segment/analytics-node';\nexport default fp(async (app) => {\n  app.decorate('analytics', new Analytics({ writeKey: process.env.KEY! }));\n});\n",
      'src/routes/signup.ts': "export default async function routes(app: any) {\n  app.post('/signup', async (req: any) => {\n    app.analytics.identify({ userId: req.body.id, traits: { phone: req.body.phone } });\n  });\n}\n",
      'src/server/services.ts': "import { PostHog } from 'posthog-node';\nexport function createServices() {\n  return { analytics: new PostHog(process.env.POSTHOG_KEY!) };\n}\n",
      'src/server/routers/profile.ts': "export const save = async ({ ctx, input }: any) => {\n  ctx.analytics.capture({ distinctId: ctx.user.id, event: 'saved', properties: { email: input.email } });\n};\n",
    };
    const [fastify, trpc] = [Object.entries(files).slice(0, 2), Object.entries(files).slice(2)].map((e) => sharing(Object.fromEntries(e), EMAIL_POLICY, true));
    assert.deepEqual([fastify, trpc], [['undeclared-sharing src/routes/signup.ts:3 user.contact.phone_number Segment'], ['undeclared-sharing src/server/routers/profile.ts:2 user.contact.email PostHog']]);
  });
  it("logger options a module exports with a vendor's transport (`loggerOptions: LoggerOptions = { transport: { targets: [{ target: 'pino-datadog-transport' }] } }`) are the server's logger: `req.log.info({ to: phone })` in a route ships there", () => {
    const files = {
      'src/logger.ts': "import type { LoggerOptions } from 'pino';\nexport const loggerOptions: LoggerOptions = {\n  transport: { targets: [{ target: 'pino-datadog-transport', options: {} }, { target: 'pino/file', options: { destination: 1 } }] },\n};\n",
      'src/app.ts': "import Fastify from 'fastify';\nimport { loggerOptions } from './logger';\nexport const app = Fastify({ logger: loggerOptions });\n",
      'src/routes/parcels.ts': "export async function notify(req: any, parcel: { recipient_phone: string }) {\n  req.log.info({ to: parcel.recipient_phone }, 'pickup code sent');\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/routes/parcels.ts:2 user.contact.phone_number Datadog']);
  });
  it('a model given text in a folder of what the product publishes itself (`trigger/glossary/draft.ts`) is given that text, not what someone wrote', () => {
    const files = {
      'src/trigger/glossary/draft.ts': "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function draftSection(input: { term: string; content: string }) {\n  return openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: input.content }] });\n}\n",
      'src/support/reply.ts': "import OpenAI from 'openai';\nconst openai = new OpenAI();\nexport async function draftReply(input: { content: string }) {\n  return openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: input.content }] });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY), ['undeclared-sharing src/support/reply.ts:4 user.content.private']);
  });
  it("Bird's current API host (`api.bird.com`) is MessageBird's: a policy that shares phone numbers with \"SMS gateways\" given as examples declares it", () => {
    const files = { 'src/wa.ts': "export async function send(phone: string) {\n  await fetch('https://api.bird.com/workspaces/w/channels/c/messages', { method: 'POST', body: JSON.stringify({ receiver: { contacts: [{ identifierValue: phone }] } }) });\n}\n" };
    const policy = '# P\n\n## What we collect\n\nYour phone number for SMS alerts.\n\n## Sharing\n\nWe share your phone number with the notification platforms you connect (such as Slack, PagerDuty, or SMS gateways).\n';
    assert.deepEqual([sharing(files, EMAIL_POLICY, true, 'p.md'), sharing(files, policy, true, 'p.md')], [['undeclared-sharing src/wa.ts:2 user.contact.phone_number MessageBird'], []]);
  });
  it('an open-banking SDK (`nordigen-node`) is a payment processor the catalog knows', () => {
    const files = {
      'src/bank.ts': "import NordigenClient from 'nordigen-node';\nconst client = new NordigenClient({ secretId: 'i', secretKey: 'k' });\nexport async function link(u: { email: string }) {\n  return client.initSession({ redirectUrl: 'https://x.test', institutionId: 'B', referenceId: u.email });\n}\n",
    };
    assert.deepEqual(sharing(files, EMAIL_POLICY, true), ['undeclared-sharing src/bank.ts:4 user.contact.email GoCardless Bank Account Data (Nordigen)']);
  });
});
