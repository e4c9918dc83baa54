import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { extractFacts } from '../../src/core/analysis/extract';
import { createResolver } from '../../src/core/resolve';
import { analyze, MINI_POLICY, tempDir } from '../helpers';

const pin = (files: Record<string, string>, kind: string, policy = MINI_POLICY) =>
  analyze(files, policy, policy.startsWith('#') ? 'policy.md' : 'policy.txt')
    .filter((f) => f.kind === kind)
    .map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories.join(',')}${f.recipient ? ` -> ${f.recipient.name}` : ''}`);

const RETENTION_POLICY = MINI_POLICY.replace('• Device management logs are retained for 90 days.', '• Device management logs are retained for 90 days.\n  • Security audit logs are kept for 1 year.\n  • Sign-in sessions are kept for 30 days.');

/** A policy that declares only an email address. */
const EMAIL_POLICY = '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n';

const rows: { name: string; kind: string; policy?: string; files: Record<string, string>; expect: string[] }[] = [
  {
    name: "a deletion of the `children` table is about a child's profile (an irregular plural), and `smsLogDays` about \"records of the text alerts we sent you\"",
    kind: 'retention',
    policy: "# Acme Privacy Policy\n\n## What we collect\n\nYour email address, your mobile number and your child's name.\n\n## How long we keep it\n\n- Your child's profile: deleted 60 days after they leave the school.\n- Records of the text alerts we sent you: 30 days.\n",
    files: {
      'src/jobs/retention.ts': "export const LEAVER_GRACE_DAYS = 365;\nexport async function purge(pool: any) {\n  await pool.query('delete from children where left_school_on < now() - make_interval(days => $1)', [LEAVER_GRACE_DAYS]);\n}\n",
      'src/config.ts': "export const config = {\n  retention: {\n    smsLogDays: 180,\n  },\n} as const;\n",
    },
    expect: ['retention-exceeds-policy src/config.ts:3 ', 'retention-exceeds-policy src/jobs/retention.ts:1 '],
  },
  {
    name: '"When a transfer is deleted, all metadata is instantly deleted as well" ties the metadata to the transfer\'s end: a transfer that lives 30 days keeps nothing longer than it says',
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address and the files you transfer.\n\n## Retention\n\nWhen a transfer is deleted, all metadata is instantly deleted as well, without a trace.\n',
    files: { 'src/upload.js': "export async function upload(files, secretCode) {\n  return newTransfer({ expiresInDays: 30, files, transferRequestSecretCode: secretCode });\n}\nasync function newTransfer(body) {\n  return fetch('/api/transfer', { method: 'POST', body: JSON.stringify(body) });\n}\n" },
    expect: [],
  },
  {
    name: "a period read from a setting another way (`Number(Deno.env.get('ACCOUNT_GRACE_DAYS') ?? '90')`, `process.env['TTL_DAYS']`) is its default, named by the setting",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## Retention\n\n- When you delete your account, it is erased within 30 days.\n',
    files: { 'supabase/functions/purge/index.ts': "const GRACE = Number(Deno.env.get('ACCOUNT_GRACE_DAYS') ?? '90');\nexport async function purge(admin: any) {\n  const cutoff = new Date(Date.now() - GRACE * 24 * 60 * 60 * 1000).toISOString();\n  await admin.from('account_deletions').delete().lt('requested_at', cutoff);\n}\ndeclare const Deno: { env: { get(k: string): string | undefined } };\n" },
    expect: ['retention-exceeds-policy supabase/functions/purge/index.ts:1 '],
  },
  {
    name: "the status a deletion selects (`status: { in: ['DECLINED', 'WITHDRAWN'] }`) says which records a period keeps: \"declined or withdrawn\" applications, not completed adoptions",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address and your adoption application.\n\n## How long we keep it\n\n- Applications that did not lead to an adoption (declined or withdrawn) are deleted 6 months after the decision.\n- Completed adoptions are kept for 5 years.\n',
    files: { 'app/jobs/purge.server.ts': "const DAY = 24 * 60 * 60 * 1000;\nconst CLOSED_DAYS = 365;\nexport async function purge(prisma: any, now = new Date()) {\n  await prisma.application.deleteMany({\n    where: { status: { in: ['DECLINED', 'WITHDRAWN'] }, decidedAt: { lt: new Date(now.getTime() - CLOSED_DAYS * DAY) } },\n  });\n}\n" },
    expect: ['retention-exceeds-policy app/jobs/purge.server.ts:2 '],
  },
  {
    name: 'a count of a unit in seconds made milliseconds (`90 * DAY_SECONDS * 1000`) is that many days: the 1000 converts, it does not count',
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address and the screenshots you attach.\n\n## Retention\n\n- Screenshots: 90 days.\n- Attachments: 90 days.\n',
    files: { 'src/cron.ts': "const DAY_SECONDS = 86_400;\nconst SCREENSHOT_RETENTION_MS = 90 * DAY_SECONDS * 1000;\nconst ATTACHMENT_RETENTION_MS = 120 * DAY_SECONDS * 1000;\nexport async function purge(bucket: any) {\n  const page = await bucket.list({ prefix: 'screenshots/' });\n  await bucket.delete(page.objects.filter((o: any) => Date.now() - o.uploaded.getTime() > SCREENSHOT_RETENTION_MS).map((o: any) => o.key));\n  const files = await bucket.list({ prefix: 'attachments/' });\n  await bucket.delete(files.objects.filter((o: any) => Date.now() - o.uploaded.getTime() > ATTACHMENT_RETENTION_MS).map((o: any) => o.key));\n}\n" },
    expect: ['retention-exceeds-policy src/cron.ts:3 '],
  },
  {
    name: 'a cut-off kept in a variable and used by a deletion is retention: `new Date(Date.now() - 90 * DAY_MS).toISOString()` with `.delete().lt(…)`, `Date.now() - 1000 * 60 * 60 * 24 * 180` bound to `DELETE … WHERE created_at < ?`, `cutoff.setDate(cutoff.getDate() - 120)` with `deleteMany({ lt: cutoff })`; a cut-off that only selects newer rows is not',
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## How long we keep it\n\n- Habit logs: 30 days.\n- Feedback: 60 days.\n- Reports: 30 days.\n',
    files: {
      'src/habits.ts': "const DAY_MS = 24 * 3600 * 1000;\nexport async function cleanup(supabase: any) {\n  const cutoff = new Date(Date.now() - 90 * DAY_MS).toISOString();\n  await supabase.from('habit_logs').delete().lt('created_at', cutoff);\n}\n",
      'src/worker.ts': "export async function scheduled(env: { DB: any }) {\n  const cutoff = Date.now() - 1000 * 60 * 60 * 24 * 180;\n  await env.DB.prepare('DELETE FROM feedback WHERE created_at < ?').bind(cutoff).run();\n}\n",
      'src/reports.ts': "export async function purgeReports(prisma: any) {\n  const cutoff = new Date();\n  cutoff.setDate(cutoff.getDate() - 120);\n  await prisma.report.deleteMany({ where: { createdAt: { lt: cutoff } } });\n}\nexport async function recentReports(prisma: any) {\n  const since = new Date();\n  since.setDate(since.getDate() - 365);\n  return prisma.report.findMany({ where: { createdAt: { gte: since } } });\n}\n",
    },
    expect: ['retention-exceeds-policy src/habits.ts:3 ', 'retention-exceeds-policy src/reports.ts:3 ', 'retention-exceeds-policy src/worker.ts:2 '],
  },
  {
    name: "a session's `maxAge: 60 * 60 * 24 * 90` counts seconds (a day's seconds, no factor of 1000): 90 days, held to \"You stay signed in for up to 30 days\"",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## How long we keep it\n\n- You stay signed in for up to 30 days.\n',
    files: { 'nuxt.config.ts': "export default defineNuxtConfig({\n  runtimeConfig: {\n    session: {\n      name: 'acme-session',\n      maxAge: 60 * 60 * 24 * 90,\n    },\n  },\n});\ndeclare function defineNuxtConfig(c: unknown): unknown;\n" },
    expect: ['retention-exceeds-policy nuxt.config.ts:5 '],
  },
  {
    name: "the `ms` package's duration read from a setting with its default (`ms(process.env.CLIENT_DELETION_GRACE ?? '90d')`) is 90 days; records \"aggregated into anonymous daily counts that we keep indefinitely\" after 90 days are kept 90 days",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## Retention\n\n- Deleted profiles: removed within 30 days of your deletion request.\n- Raw download records: 90 days, after which they are aggregated into anonymous daily counts that we keep indefinitely.\n',
    files: { 'src/jobs/purge-deleted.ts': "import ms from 'ms';\nconst DELETION_GRACE_MS = ms(process.env.CLIENT_DELETION_GRACE ?? '90d');\nexport async function purge(now: Date, db: { deleteMany(q: unknown): Promise<void> }) {\n  await db.deleteMany({ deletionRequestedAt: { $lte: new Date(now.getTime() - DELETION_GRACE_MS) } });\n}\n", 'src/jobs/downloads.ts': "const DOWNLOAD_LOG_TTL_DAYS = Number(process.env.DOWNLOAD_LOG_TTL_DAYS ?? 180);\nexport async function purgeDownloads(now: Date, db: { deleteFrom(t: string, before: Date): Promise<void> }) {\n  await db.deleteFrom('downloads', new Date(now.getTime() - DOWNLOAD_LOG_TTL_DAYS * 86_400_000));\n}\n" },
    expect: ['retention-exceeds-policy src/jobs/downloads.ts:1 ', 'retention-exceeds-policy src/jobs/purge-deleted.ts:2 '],
  },
  {
    name: "a setting named for a session's max age (`sessionMaxAgeDays: num(process.env.SESSION_MAX_AGE_DAYS, 180)`) keeps sign-ins 180 days: held to \"the app keeps you signed in for 14 days\"; a page size in days is no such setting",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## How long we keep it\n\n- **Sign-in:** the app keeps you signed in for 14 days.\n',
    files: { 'src/config.ts': "const num = (v: string | undefined, d: number) => (v ? Number(v) : d);\nexport const config = {\n  sessionMaxAgeDays: num(process.env.SESSION_MAX_AGE_DAYS, 180),\n  chartRangeDays: num(process.env.CHART_RANGE_DAYS, 90),\n};\n" },
    expect: ['retention-exceeds-policy src/config.ts:3 '],
  },
  {
    name: "a value read from a retention setting (`const months = Number(env.ATTENDEE_RETENTION_MONTHS ?? '24')`) is named by the setting: held to \"Attendee lists: deleted 6 months after the event\"",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## How long we keep it\n\n- **Attendee lists:** deleted 6 months after the event ends.\n',
    files: { 'src/purge.ts': "export async function purge(env: { ATTENDEE_RETENTION_MONTHS?: string; DB: { exec(q: string, a: string): Promise<void> } }) {\n  const months = Number(env.ATTENDEE_RETENTION_MONTHS ?? '24');\n  await env.DB.exec(`DELETE FROM attendees WHERE ends_at < datetime('now', ?)`, `-${months} months`);\n}\n" },
    expect: ['retention-exceeds-policy src/purge.ts:2 '],
  },
  {
    name: 'a draft\'s TTL (`DRAFT_TTL_SECONDS`, 30 days) is held to "Unfinished RSVPs: 24 hours", what was never finished, even where another subject ("Logs of events") also shares a word with it',
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## How long we keep it\n\n- **Unfinished RSVPs:** 24 hours.\n- **Logs of events:** 90 days.\n',
    files: { 'src/routes/events.ts': "const DRAFT_TTL_SECONDS = 60 * 60 * 24 * 30;\nexport async function save(kv: { put(k: string, v: string, o: { expirationTtl: number }): Promise<void> }, eventId: string, draft: unknown) {\n  await kv.put(`rsvp-draft:${eventId}`, JSON.stringify(draft), { expirationTtl: DRAFT_TTL_SECONDS });\n}\n" },
    expect: ['retention-exceeds-policy src/routes/events.ts:1 '],
  },
  {
    name: 'a ban on "the names or phone numbers of pet sitters" holds where the code keeps a sitter\'s name and phone, even in the pet\'s record, and not the owner\'s own name',
    kind: 'collection',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour name, email address and phone number.\n\n## What we do not collect\n\nWe do not collect the names or phone numbers of pet sitters, family members or other people.\n',
    files: { 'src/schemas.ts': "import { z } from 'zod';\nexport const ownerSchema = z.object({\n  fullName: z.string(),\n  phone: z.string(),\n});\nexport const petSchema = z.object({\n  petName: z.string(),\n  sitterName: z.string().optional(),\n  sitterPhone: z.string().optional(),\n});\n" },
    expect: ['prohibited-collection src/schemas.ts:8 user.name', 'prohibited-collection src/schemas.ts:9 user.contact.phone_number'],
  },
  {
    name: "Lucia's `sessionExpiresIn: new TimeSpan(12, 'w')` keeps sign-in sessions 84 days: held to \"Sign-in sessions expire after 30 days\"; 4 weeks is within it",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## How long we keep it\n\n- **Sign-in sessions** expire after 30 days; after that you need to sign in again.\n',
    files: { 'src/auth.ts': "import { Lucia, TimeSpan } from 'lucia';\nexport const lucia = new Lucia(adapter, {\n  sessionExpiresIn: new TimeSpan(12, 'w'),\n});\n", 'src/auth2.ts': "import { Lucia, TimeSpan } from 'lucia';\nexport const short = new Lucia(adapter, { sessionExpiresIn: new TimeSpan(4, 'w') });\n" },
    expect: ['retention-exceeds-policy src/auth.ts:3 '],
  },
  {
    name: 'a Workers KV entry\'s `expirationTtl` (seconds) is how long it lives, and the key it goes with (`ip:${list}:${hash}`) names what: held to "Hashed IP addresses: 24 hours", not to the accounts kept as long',
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## How long we keep it\n\n| Data | Kept for |\n|---|---|\n| Creator accounts | 30 days after closing |\n| Hashed IP addresses | 24 hours |\n',
    files: { 'src/ratelimit.ts': "const WINDOW_SECONDS = 60 * 60 * 24 * 30;\nexport async function allow(kv: KVNamespace, ipHash: string, list: string) {\n  const key = `ip:${list}:${ipHash}`;\n  const count = Number((await kv.get(key)) ?? '0');\n  await kv.put(key, String(count + 1), { expirationTtl: WINDOW_SECONDS });\n  await kv.put(`draft:${list}`, '1', { expirationTtl: 3600 });\n  return count < 5;\n}\ndeclare type KVNamespace = { get(k: string): Promise<string | null>; put(k: string, v: string, o: { expirationTtl: number }): Promise<void> };\n" },
    expect: ['retention-exceeds-policy src/ratelimit.ts:5 '],
  },
  {
    name: 'a plural in "-os" names its noun: `PHOTO_RETENTION_DAYS` is kept as "Walk photos: 12 months" says, not as the "GPS walk routes" beside it; `VIDEO_DAYS` over "videos" is still held to its own period',
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour walks.\n\n## How long we keep it\n\n- GPS walk routes: 90 days.\n- Walk photos: 12 months.\n- Walk videos: 30 days.\n',
    files: { 'src/purge-walks.ts': "const ROUTE_RETENTION_DAYS = 60;\nconst PHOTO_RETENTION_DAYS = 365;\nconst VIDEO_RETENTION_DAYS = 90;\nexport const cutoffs = [ROUTE_RETENTION_DAYS, PHOTO_RETENTION_DAYS, VIDEO_RETENTION_DAYS];\n" },
    expect: ['retention-exceeds-policy src/purge-walks.ts:3 '],
  },
  {
    name: 'code abbreviates a Social Security number (`ssnAccessLogDays`); forms "you start but never submit" are the unsubmitted drafts',
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## How long we keep it\n\n- Onboarding forms that you start but never submit are deleted after 30 days.\n- Records of who viewed or exported a Social Security number are kept for 1 year.\n',
    files: { 'src/config/retention.ts': "export const retention = {\n  draftOnboardingDays: 180,\n  ssnAccessLogDays: 7 * 365,\n} as const;\n" },
    expect: ['retention-exceeds-policy src/config/retention.ts:2 ', 'retention-exceeds-policy src/config/retention.ts:3 '],
  },
  {
    name: "a file's own helper that puts its parameter under a duration key (`expire('clips', 60)` building `Expiration: { Days: days }`) keeps what its string names for that many days, not a Redis expiry in seconds",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nVideo clips.\n\n## How long we keep it\n\nVideo clips are kept for 30 days.\n',
    files: { 'src/s3.ts': "const expire = (prefix: string, days: number) => ({\n  Filter: { Prefix: `${prefix}/` },\n  Expiration: { Days: days },\n});\nexport const rules = [\n  expire('clips', 60),\n  expire('clips-preview', 14),\n];\n" },
    expect: ['retention-exceeds-policy src/s3.ts:6 '],
  },
  {
    name: "a helper of the job's own that takes its argument in days off a date (`const ago = (days) => new Date(now - days * DAY_MS)`) is a cut-off in a deletion; in a query that only selects it keeps nothing",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour messages.\n\n## How long we keep it\n\nWaiting-room chat messages are deleted after 30 days.\n',
    files: { 'src/purge.ts': "import { prisma } from './db';\nconst DAY_MS = 24 * 60 * 60 * 1000;\nexport async function purge(now = new Date()) {\n  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);\n  await prisma.waitingRoomMessage.deleteMany({ where: { createdAt: { lt: ago(180) } } });\n}\nexport function report(now = new Date()) {\n  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);\n  return prisma.waitingRoomMessage.findMany({ where: { createdAt: { lt: ago(365) } } });\n}\n", 'src/db.ts': 'export const prisma: any = {};\n' },
    expect: ['retention-exceeds-policy src/purge.ts:5 '],
  },
  {
    name: "a retention map's rule per record kind (`RETENTION = { chat_messages: { field: 'sentAt', days: 365 } }`) keeps that kind for its days; a map not named for retention sets nothing",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour messages.\n\n## How long we keep it\n\n- Chat messages: 90 days.\n- Delivery records: 3 years.\n',
    files: { 'src/jobs/retention.ts': "interface Rule { field: string; days: number }\nexport const RETENTION: Record<string, Rule> = {\n  deliveries: { field: 'deliveredAt', days: 3 * 365 },\n  chat_messages: { field: 'sentAt', days: 365 },\n};\nexport const PAGES = {\n  chat_messages: { field: 'sentAt', days: 365 },\n};\n" },
    expect: ['retention-exceeds-policy src/jobs/retention.ts:4 '],
  },
  {
    name: 'a no-show is a missed appointment: `NO_SHOW_RETENTION` keeps the "records of missed appointments"',
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address and your appointments.\n\n## How long we keep it\n\n- Records of missed appointments: 2 years.\n',
    files: { 'src/jobs/retention.ts': "import { db } from './db';\nexport const NO_SHOW_RETENTION = '5 years';\nexport async function purge() {\n  await db.raw(`delete from no_shows where created_at < now() - interval '${NO_SHOW_RETENTION}'`);\n}\n", 'src/jobs/db.ts': 'export const db = { raw: async (_: string) => {} };\n' },
    expect: ['retention-exceeds-policy src/jobs/retention.ts:2 '],
  },
  {
    name: "a count of another module's unit (`const STALE_PERIOD = 90 * DAYS`, `DAYS` imported) used as a deletion's cut-off (`moment().subtract(STALE_PERIOD, 'ms')`) keeps the member cache 90 days; how often a job runs (`CLEANUP_INTERVAL`) and Discord's ban option (`deleteMessageDays`) keep nothing",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour username and nickname.\n\n## How long we keep it\n\n- Usernames and nicknames of members are stored for 30 days.\n- Messages are kept for 1 day.\n',
    files: {
      'src/members.ts': "import moment from 'moment';\nimport { DAYS, HOURS } from './utils';\nimport { repo } from './db';\nconst STALE_PERIOD = 90 * DAYS;\nconst CLEANUP_INTERVAL = 48 * HOURS;\nexport async function deleteStaleMembers() {\n  const cutoff = moment().subtract(STALE_PERIOD, 'ms').format('YYYY-MM-DD');\n  await repo.createQueryBuilder().where('last_seen < :cutoff', { cutoff }).delete().execute();\n}\nsetInterval(deleteStaleMembers, CLEANUP_INTERVAL);\n",
      'src/ban.ts': "export async function ban(guild: any, userId: string, days?: number) {\n  const deleteMessageDays = Math.min(7, Math.max(0, days ?? 1));\n  await guild.bans.create(userId, { deleteMessageSeconds: deleteMessageDays * 86400 });\n  await guild.messages.deleteMany({ userId });\n}\n",
      'src/utils.ts': 'export const HOURS = 3600 * 1000;\nexport const DAYS = 24 * HOURS;\n',
      'src/db.ts': 'export const repo: any = {};\n',
    },
    expect: ['retention-exceeds-policy src/members.ts:4 '],
  },
  {
    name: 'a table row of data "of the berth holder" holds the holder\'s records (`BerthHolderModel`), not the "berth occupancy" row that also names a berth',
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\n| Information | How long we keep it |\n|---|---|\n| Name, email address and phone number of the berth holder | 7 years |\n| Berth occupancy from pontoon sensors | 12 months |\n',
    files: { 'src/cleanup.ts': "import { subYears } from 'date-fns';\nimport { BerthHolderModel } from './models';\nconst CONTRACT_RETENTION_YEARS = 7;\nexport async function cleanup(now = new Date()) {\n  await BerthHolderModel.deleteMany({ contractEndsAt: { $lt: subYears(now, CONTRACT_RETENTION_YEARS) } });\n}\n", 'src/models.ts': 'export const BerthHolderModel: any = {};\n' },
    expect: [],
  },
  {
    name: "a name beside a version of the same thing (`client: { clientName: data.clientName || 'WEB', clientVersion }`) is a program's, in a request body or a type; a person's name still goes",
    kind: 'sharing',
    policy: EMAIL_POLICY,
    files: { 'src/yt.ts': "export interface ClientInfo {\n  clientName: string;\n  clientVersion: string;\n}\nexport async function transcript(data: { clientName?: string; clientVersion?: string }, user: { fullName: string }) {\n  await fetch('https://www.youtube.com/youtubei/v1/get_transcript', { method: 'POST', body: JSON.stringify({ context: { client: { clientName: data.clientName || 'WEB', clientVersion: data.clientVersion || '2.0' } } }) });\n  await fetch('https://api.mixpanel.com/engage', { method: 'POST', body: JSON.stringify({ name: user.fullName }) });\n}\n" },
    expect: ['undeclared-sharing src/yt.ts:7 user.name -> Mixpanel'],
  },
  {
    name: "\"Waiting list: … If you don't reply within 8 weeks, we … delete your application\" holds the waiting list's applications to 56 days (`NO_REPLY_GRACE_DAYS = 182` deleting `status: 'waiting'` rows); the person's reply is no response time",
    kind: 'retention',
    policy: "# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## How long do you keep it?\n\n- Waiting list: once a year we email you to check you still want a plot. If you don't reply within 8 weeks, we take you off the list and delete your application.\n",
    files: { 'src/jobs/waiting-list.ts': "import { Op } from 'sequelize';\nimport { Applicant } from './models';\nconst NO_REPLY_GRACE_DAYS = 182;\nconst DAY_MS = 24 * 60 * 60 * 1000;\nexport async function review(now = new Date()) {\n  await Applicant.destroy({ where: { status: 'waiting', confirmationRequestedAt: { [Op.lt]: new Date(now.getTime() - NO_REPLY_GRACE_DAYS * DAY_MS) } } });\n}\n", 'src/jobs/models.ts': 'export const Applicant: any = {};\n' },
    expect: ['retention-exceeds-policy src/jobs/waiting-list.ts:3 '],
  },
  {
    name: "an avatar generator's URL (`https://ui-avatars.com/api/?name=${name}`) returned to be shown, or set as an image's `src`, sends the name it draws; a directory asked by email hash gets no name",
    kind: 'sharing',
    policy: EMAIL_POLICY,
    files: { 'src/avatar.tsx': "export const getProfilePictureUrl = async (id: string, name: string) => {\n  const DEFAULT_URL = `https://ui-avatars.com/api/?name=${name}`;\n  return DEFAULT_URL;\n};\nexport const Seed = ({ user }: { user: { fullName: string } }) => <img src={`https://api.dicebear.com/7.x/initials/svg?seed=${user.fullName}`} />;\nexport const G = ({ user }: { user: { fullName: string } }) => <img src={`https://www.gravatar.com/avatar/${user.fullName}`} />;\n" },
    expect: ['undeclared-sharing src/avatar.tsx:3 user.name -> UI Avatars', 'undeclared-sharing src/avatar.tsx:5 user.name -> DiceBear'],
  },
  {
    name: "a cut-off compared with a birth date (`sql\`${patients.dateOfBirth} < ${subYears(now, 25)}\``, `lt(p.dob, subYears(now, 25))`) is an age, not a period; the last-appointment cut-off beside it is",
    kind: 'retention',
    policy: "# Acme Privacy Policy\n\n## What we collect\n\nYour name and date of birth.\n\n## How long we keep it\n\n- Patient records: 8 years after the last appointment.\n",
    files: { 'src/purge.ts': "import { and, lt, sql } from 'drizzle-orm';\nimport { subYears } from 'date-fns';\nimport { db, patients, prisma } from './db';\nexport async function purge(now = new Date()) {\n  await db.delete(patients).where(and(lt(patients.lastAppointmentAt, subYears(now, 10)), sql`${patients.dateOfBirth} < ${subYears(now, 25).toISOString().slice(0, 10)}`));\n  await db.delete(patients).where(lt(patients.dob, subYears(now, 25)));\n  await prisma.patient.deleteMany({ where: { birthDate: { lt: subYears(now, 25) } } });\n}\n", 'src/db.ts': 'export const db: any = {};\nexport const patients: any = {};\nexport const prisma: any = {};\n' },
    expect: ['retention-exceeds-policy src/purge.ts:5 '],
  },
  {
    name: '"Secrets are deleted instantly after they are viewed": the longest an unviewed secret may live (`MAX_TTL_SECONDS`) is not time kept after the viewing; a retention period for the same data still is',
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nThe secret text you submit and your location.\n\n## How long we keep it\n\nSecrets are deleted instantly after they are viewed.\n\nLocation data is deleted immediately after your trip ends.\n',
    files: { 'src/secret.ts': "const MAX_TTL_SECONDS = 28 * 24 * 60 * 60;\nexport const SECRET_EXPIRY_DAYS = 7;\nexport const LOCATION_RETENTION_DAYS = 30;\nexport const SECRET_RETENTION_DAYS = 7;\nexport const expiresAt = (ttl: number) => new Date(Date.now() + Math.min(ttl, MAX_TTL_SECONDS) * 1000);\n" },
    expect: ['retention-exceeds-policy src/secret.ts:3 ', 'retention-exceeds-policy src/secret.ts:4 '],
  },
  {
    name: '"Your phone number is never shared with other members" rules out showing it to other people using the product, not texting it through the SMS vendor the policy names',
    kind: 'sharing',
    policy: '# Acme Privacy Policy\n\nWe collect your phone number to text you reminders through Twilio.\n\nYour phone number is never shared with other members.\n',
    files: { 'src/sms.ts': "import twilio from 'twilio';\nconst client = twilio(process.env.SID, process.env.TOKEN);\nexport async function remind(user: { phone: string }) {\n  await client.messages.create({ to: user.phone, from: '+15550000', body: 'Reminder' });\n}\n" },
    expect: [],
  },
  {
    name: "SQLite's date modifier in a deletion (`datetime('now', '-90 days')`) is a cut-off, as a Postgres or MySQL interval is",
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour messages.\n\n## How long we keep it\n\nMessages are deleted after 30 days. Access logs are kept for 14 days.\n',
    files: { 'src/jobs.ts': "import { db } from './db';\nexport async function purge() {\n  await db.run(\"DELETE FROM messages WHERE created_at < datetime('now', '-90 days')\");\n  await db.run(\"DELETE FROM access_logs WHERE created_at < date('now', '-7 day')\");\n  await db.run('DELETE FROM access_logs WHERE created_at < DATE_SUB(NOW(), INTERVAL 60 DAY)');\n}\nexport const recent = () => db.all(\"SELECT * FROM messages WHERE created_at > datetime('now', '-365 days')\");\n", 'src/db.ts': 'export const db: any = {};\n' },
    expect: ['retention-exceeds-policy src/jobs.ts:3 ', 'retention-exceeds-policy src/jobs.ts:5 '],
  },
  {
    name: 'types an HTTP API client generator wrote (openapi-typescript) describe the API, not records the product keeps; a hand-written record beside them still counts',
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: {
      'src/api/types.ts': '/**\n * This file was auto-generated by openapi-typescript.\n * Do not make direct changes to the file.\n */\nexport interface components {\n  schemas: {\n    Profile: { username: string; displayName: string };\n  };\n}\n',
      'src/profile.ts': "export interface Member {\n  username: string;\n}\n",
    },
    expect: ['undeclared-collection src/profile.ts:2 user.account.username'],
  },
  {
    name: "a browser API's object declared where the DOM typings lack it (`SpeechRecognitionAlternative { transcript }`) is no record the product keeps",
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: { 'src/speech.ts': "export interface SpeechRecognitionAlternative {\n  transcript: string;\n  confidence: number;\n}\nexport interface VoiceNote {\n  transcript: string;\n}\n" },
    expect: ['undeclared-collection src/speech.ts:6 user.content.private'],
  },
  {
    name: 'a vendor listed for "session recording and usage analytics" receives the behavioural data a session-recording SDK sends',
    kind: 'sharing',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## Services we use\n\n- **PostHog:** Analytics platform for session recording and usage analytics (only with your consent).\n',
    files: { 'src/instrumentation-client.ts': "import posthog from 'posthog-js';\nposthog.init('phc_key', { api_host: '/ingest', autocapture: true, disable_session_recording: false });\n" },
    expect: [],
  },
  {
    name: "coordinates named for a place (`propertyLat`, `venueLongitude`) are where the place is; a visitor's are a person's",
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: { 'src/lead.entity.ts': "export interface Lead {\n  email: string;\n  propertyLat: number;\n  venueLongitude: number;\n  visitorLat: number;\n}\n" },
    expect: ['undeclared-collection src/lead.entity.ts:5 user.location.precise'],
  },
  {
    name: 'a sale is a transaction, and a subject said by what did not happen ("do not lead to a transaction") is for settings that say so (`UNCONVERTED_…`)',
    kind: 'retention',
    policy: '# Acme Privacy Policy\n\n## What we collect\n\nYour email address.\n\n## How long we keep it\n\n- Inquiries that do not lead to a transaction are deleted 18 months after the last contact.\n- Records of completed sales are kept for 6 years.\n',
    files: { 'src/purge.ts': "import { db } from './db';\nconst UNCONVERTED_LEAD_MONTHS = 36;\nconst CLOSED_TRANSACTION_YEARS = 6;\nconst monthsAgo = (m: number) => new Date(Date.now() - m * 30 * 86400000);\nexport async function purge() {\n  await db.lead.deleteMany({ where: { status: 'lost', lastContactAt: { lt: monthsAgo(UNCONVERTED_LEAD_MONTHS) } } });\n  await db.lead.deleteMany({ where: { status: 'closed', closedAt: { lt: monthsAgo(CLOSED_TRANSACTION_YEARS * 12) } } });\n}\n", 'src/db.ts': 'export const db: any = {};\n' },
    expect: ['retention-exceeds-policy src/purge.ts:2 '],
  },
  {
    name: 'a repository\'s full name is its owner/name, in a nested record, a list of them or a create schema, and a plan\'s nickname is its label; a user\'s full name is a person\'s',
    kind: 'collection',
    policy: '# Privacy\n\n## What we collect\n\nWe collect your email address when you sign up.\n',
    files: {
      'src/repo.ts': "import { z } from 'zod';\nexport interface ActivityEvent { id: string; repository: { id: string; fullName?: string } }\nexport const ImportSchema = z.object({ repositories: z.object({ id: z.string(), full_name: z.string() }) });\nexport const repositoryCreateSchema = z.object({ full_name: z.string(), owner: z.string() });\nexport interface Member { id: string; user: { fullName: string } }\nexport interface StripePlan { id: string; nickname: string; amount: number }\n",
    },
    expect: ['undeclared-collection src/repo.ts:5 user.name'],
  },
  {
    name: "a dog's name, allergies and medications are the dog's; its owner's phone in the same record is a person's",
    kind: 'collection',
    files: {
      'src/dog.ts': "import { z } from 'zod';\nexport const dogProfileSchema = z.object({\n  name: z.string(),\n  allergies: z.string(),\n  medications: z.string(),\n  ownerPhone: z.string(),\n});\n",
      'prisma/schema.prisma': 'model Pet {\n  id        String @id\n  allergies String\n}\n',
    },
    expect: ['undeclared-collection src/dog.ts:6 user.contact.phone_number'],
  },
  {
    name: "what a callback's signature is handed (onDrag?: (lngLat: { lng; lat }) => void) is no record; a function's own typed parameter is",
    kind: 'collection',
    files: {
      'src/marker.tsx': 'export type MarkerProps = {\n  onDrag?: (point: { homeLatitude: number }) => void;\n};\nexport function save(visit: { homeLatitude: number }) {\n  return visit;\n}\n',
    },
    expect: ['undeclared-collection src/marker.tsx:4 user.location.precise'],
  },
  {
    name: "a file's, a task's or a form's name is its title; its owner's email is still a person's",
    kind: 'collection',
    policy: 'Privacy Policy\n\nInformation We Collect\n\n  • Account Information: your email address when you create an account.\n',
    files: {
      'src/store.ts': 'export interface File {\n  name: string;\n  owner_phone: string;\n}\nexport interface Task {\n  name: string;\n}\nexport const formName = "signup";\n',
    },
    expect: ['undeclared-collection src/store.ts:3 user.contact.phone_number'],
  },
  {
    name: "a position handed only to a map's own view ('locate me') is not collected; one also sent to the server is",
    kind: 'collection',
    files: {
      'src/loc.ts': "declare const map: { flyTo(o: unknown): void };\nexport function locate() {\n  navigator.geolocation.getCurrentPosition((pos) => {\n    map.flyTo({ center: [pos.coords.longitude, pos.coords.latitude], zoom: 14 });\n  });\n}\nexport function report() {\n  navigator.geolocation.getCurrentPosition((pos) => {\n    map.flyTo({ center: [pos.coords.longitude, pos.coords.latitude] });\n    void fetch('/api/pos', { method: 'POST', body: JSON.stringify(pos.coords) });\n  });\n}\n",
    },
    expect: ['undeclared-collection src/loc.ts:8 user.location.precise'],
  },
  {
    name: "a device's location API is collection where it is read, although a record elsewhere has a location field",
    kind: 'collection',
    files: {
      'src/trip.ts': 'export interface Trip {\n  ownerId: string;\n  startLatitude: number;\n}\n',
      'src/track.ts': "export function track(send: (p: unknown) => void) {\n  navigator.geolocation.getCurrentPosition((pos) => send({ lat: pos.coords.latitude }));\n}\n",
    },
    expect: ['undeclared-collection src/track.ts:2 user.location.precise', 'undeclared-collection src/trip.ts:3 user.location.precise'],
  },
  {
    name: "coordinates beside a business's contact (a marina's harbourOfficePhone) are where the business is; the phone's position read in the same project is the person's",
    kind: 'collection',
    files: {
      'src/marinas.ts': 'export interface Marina {\n  name: string;\n  lat: number;\n  lng: number;\n  harbourOfficePhone: string;\n}\n',
      'src/track.ts': "export function track(send: (p: unknown) => void) {\n  navigator.geolocation.watchPosition((pos) => send({ lat: pos.coords.latitude }));\n}\n",
    },
    expect: ['undeclared-collection src/track.ts:2 user.location.precise'],
  },
  {
    name: "where a domain's server is hosted (a hosting row keyed by domainId, a Server record) is no one's location; a user's row is",
    kind: 'collection',
    files: {
      'src/db.ts': "import { pgTable, text, uuid, doublePrecision } from 'drizzle-orm/pg-core';\nexport const hosting = pgTable('hosting', {\n  domainId: uuid('domain_id'),\n  geoCity: text('geo_city'),\n  geoLat: doublePrecision('geo_lat'),\n});\nexport const profiles = pgTable('profiles', {\n  userId: uuid('user_id'),\n  geoLat: doublePrecision('geo_lat'),\n});\nexport interface Server {\n  hostname: string;\n  latitude: number;\n}\n",
    },
    expect: ['undeclared-collection src/db.ts:9 user.location.precise'],
  },
  {
    name: "a game entity's health beside its shield and maximum is hit points; a community's or a chain's name is no person's",
    kind: 'collection',
    files: {
      'src/player.ts': 'export class Player {\n  health = 100;\n  maxHealth = 100;\n  shield = 0;\n}\nexport interface MemberView {\n  guildName: string;\n  chainName: string;\n  homePhone: string;\n}\n',
      'src/patient.ts': 'export interface Patient {\n  health: string;\n}\n',
    },
    expect: ['undeclared-collection src/patient.ts:2 user.health_and_medical', 'undeclared-collection src/player.ts:9 user.contact.phone_number'],
  },
  {
    name: 'a record parsed by a zod schema and spread into an event is that schema’s fields',
    kind: 'sharing',
    files: {
      'src/schemas.ts': "import { z } from 'zod';\nexport const CheckInSchema = z.object({ homePhone: z.string(), mood: z.number() });\nexport type CheckIn = z.infer<typeof CheckInSchema>;\n",
      'src/route.ts': "import axios from 'axios';\nimport { CheckInSchema } from './schemas';\nexport async function post(body: unknown) {\n  const parsed = CheckInSchema.safeParse(body);\n  const checkIn = parsed.data;\n  await axios.post('https://hooks.zapier.com/x', { ...checkIn, at: Date.now() });\n}\n",
    },
    expect: ['undeclared-sharing src/route.ts:6 user.contact.phone_number -> Zapier'],
  },
  {
    name: 'the row an ORM write returns holds what was written (Prisma data, Drizzle values), and goes where it is logged',
    kind: 'sharing',
    files: {
      'src/log.ts': "import winston from 'winston';\nimport DatadogWinston from 'datadog-winston';\nexport const logger = winston.createLogger({ transports: [new DatadogWinston({ apiKey: process.env.DD_API_KEY })] });\n",
      'src/intake.ts': "import { logger } from './log';\nexport async function intake(prisma: any, db: any, input: { homePhone: string; note: string }) {\n  const client = await prisma.client.create({ data: { homePhone: input.homePhone, note: input.note } });\n  logger.info('created', { client });\n  const row = await db.insert(clients).values({ dateOfBirth: input.note }).returning();\n  logger.info('inserted', { row });\n  const found = await prisma.client.findFirst({ where: { homePhone: input.homePhone } });\n  logger.info('found', { id: found.id });\n}\n",
    },
    expect: ['undeclared-sharing src/intake.ts:4 user.contact.phone_number -> Datadog', 'undeclared-sharing src/intake.ts:6 user.demographic.date_of_birth -> Datadog'],
  },
  {
    name: 'the rest of a destructured parameter carries what callers passed beside the named parts',
    kind: 'sharing',
    files: {
      'src/email.ts': "import { Resend } from 'resend';\nconst resend = new Resend(process.env.KEY);\nexport async function sendEmail({ html, ...options }: { to: string; subject: string; html: string }) {\n  await resend.emails.send({ from: 'hi@acme.test', ...options, html });\n}\n",
      'src/welcome.ts': "import { sendEmail } from './email';\nexport async function welcome(homePhone: string) {\n  await sendEmail({ to: homePhone, subject: 'Welcome', html: '<p>Hi</p>' });\n}\n",
    },
    expect: ['undeclared-sharing src/email.ts:4 user.contact.phone_number -> Resend'],
  },
  {
    name: 'a record typed by an interface that extends a person record',
    kind: 'sharing',
    files: {
      'src/types.ts': 'export interface Person {\n  email: string;\n  homePhone: string;\n}\nexport interface Lead extends Person {\n  source: string;\n}\n',
      'src/push.ts': "import axios from 'axios';\nimport type { Lead } from './types';\nexport async function push(lead: Lead) {\n  await axios.post('https://hooks.zapier.com/x', lead);\n}\n",
    },
    expect: ['undeclared-sharing src/push.ts:4 user.contact.email,user.contact.phone_number -> Zapier'],
  },
  {
    name: 'a client held in useRef',
    kind: 'sharing',
    files: { 'src/a.ts': "import type { PostHog } from 'posthog-js';\nimport { useRef } from 'react';\nexport function useTrack() {\n  const ref = useRef<PostHog | null>(null);\n  return (list: { phone: string }[]) => ref.current?.capture('imported', { sample: list.map((s) => s.phone) });\n}\n" },
    expect: ['sharing-condition-unmet src/a.ts:5 user.contact.phone_number -> PostHog'],
  },
  {
    name: "a merchant's registered webhook receives the payload",
    kind: 'sharing',
    files: { 'src/a.ts': "export async function notify(merchant: { webhookUrl: string }, driver: { phone: string; firstName: string }) {\n  const payload = JSON.stringify({ driver: { phone: driver.phone } });\n  await fetch(merchant.webhookUrl, { method: 'POST', body: payload });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:3 user.contact.phone_number -> merchant webhook'],
  },
  {
    name: 'a hashed phone reaches an advertising API but not an analytics one',
    kind: 'sharing',
    files: { 'src/a.ts': "import { createHash } from 'node:crypto';\nimport mixpanel from 'mixpanel-browser';\nconst sha = (v: string) => createHash('sha256').update(v).digest('hex');\nexport async function convert(u: { phone: string }) {\n  await fetch('https://graph.facebook.com/v19.0/1/events', { method: 'POST', body: JSON.stringify({ user_data: { ph: createHash('sha256').update(u.phone).digest('hex') } }) });\n  mixpanel.track('signup', { ph: createHash('sha256').update(u.phone).digest('hex') });\n}\n" },
    expect: ['prohibited-sharing src/a.ts:5 user.contact.phone_number -> Meta Pixel'],
  },
  {
    name: 'a function of the file that returns a hash of what it is given hashes it: an analytics vendor gets no email, an advertising API still does',
    kind: 'sharing',
    files: { 'src/a.ts': "import { createHash } from 'node:crypto';\nimport mixpanel from 'mixpanel-browser';\nfunction pseudonym(v: string): string {\n  return createHash('sha256').update(`salt:${v}`).digest('hex').slice(0, 32);\n}\nexport async function convert(u: { email: string }) {\n  mixpanel.track('signup', { distinct_id: pseudonym(u.email) });\n  await fetch('https://graph.facebook.com/v19.0/1/events', { method: 'POST', body: JSON.stringify({ user_data: { em: pseudonym(u.email) } }) });\n}\n" },
    expect: ['prohibited-sharing src/a.ts:8 user.contact.email -> Meta Pixel'],
  },
  {
    name: 'a Discord bot hands the platform back what it holds of its members (name, username, avatar); an email it posts is shared',
    kind: 'sharing',
    files: { 'src/bot.ts': "import { Client, MessageEmbed } from 'discord.js';\nconst client = new Client();\nclient.on('guildMemberAdd', async (member: { displayName: string; user: { username: string; avatarURL(): string } }, channel: any, profile: { email: string }) => {\n  const embed = new MessageEmbed().setAuthor(member.displayName, member.user.avatarURL()).setDescription(member.user.username);\n  await channel.send(embed);\n  const mail = new MessageEmbed().setDescription(profile.email);\n  await channel.send(mail);\n});\n" },
    expect: ['undeclared-sharing src/bot.ts:6 user.contact.email -> Discord'],
  },
  {
    name: '`{ name: titles.uptime, value: … }` — an embed field, a header, an option — labels the value: the name is no person\'s',
    kind: 'sharing',
    files: { 'src/a.ts': "import axios from 'axios';\nexport async function report(titles: { uptime: string; memory: string }, up: number, mem: number) {\n  await axios.post('https://hooks.slack.com/services/x', { attachments: [{ fields: [{ name: titles.uptime, value: String(up) }, { name: titles.memory, value: `${mem} MB` }] }] });\n}\n" },
    expect: [],
  },
  {
    name: 'a server reached by its number (an env URL defaulting to http://5.161.19.136:8000) is the product\'s own; a named host is a third party',
    kind: 'sharing',
    files: { 'src/a.ts': "const API = process.env.INTAKE_API_URL || 'http://5.161.19.136:8000';\nexport async function submit(lead: { email: string }) {\n  await fetch(`${API}/api/intake`, { method: 'POST', body: JSON.stringify({ email: lead.email }) });\n  await fetch('https://api.leadvault.example/intake', { method: 'POST', body: JSON.stringify({ email: lead.email }) });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:4 user.contact.email -> api.leadvault.example'],
  },
  {
    name: 'an IP geolocation API called without an address looks up the caller\'s own (the visitor\'s); another API called with nothing sends nothing',
    kind: 'sharing',
    files: { 'src/ip.ts': "export async function whereAmI() {\n  const r = await fetch('https://ipapi.co/json/');\n  const w = await fetch('https://api.open-meteo.com/v1/forecast?latitude=52&longitude=13');\n  return [await r.json(), await w.json()];\n}\n" },
    expect: ['undeclared-sharing src/ip.ts:2 user.device.ip_address -> ipapi'],
  },
  {
    name: 'request logs shipped to a vendor carry IP address and user agent (pino-http with a vendor logger, Fastify with a vendor transport)',
    kind: 'sharing',
    files: {
      'src/http.ts': "import pino from 'pino';\nimport pinoHttp from 'pino-http';\nconst logger = pino({ transport: { target: '@logtail/pino', options: { sourceToken: 't' } } });\nexport const requestLogs = pinoHttp({ logger });\n",
      'src/server.ts': "import Fastify from 'fastify';\nexport const app = Fastify({ logger: { transport: { target: '@axiomhq/pino' } } });\n",
    },
    expect: ['undeclared-sharing src/http.ts:4 user.device.ip_address,user.device.user_agent -> Better Stack Logs', 'undeclared-sharing src/server.ts:2 user.device.ip_address,user.device.user_agent -> Axiom'],
  },
  {
    name: 'an OpenTelemetry exporter pointed at a vendor ships request spans',
    kind: 'sharing',
    files: { 'src/otel.ts': "import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';\nexport const exporter = new OTLPTraceExporter({ url: 'https://api.honeycomb.io/v1/traces' });\n" },
    expect: ['undeclared-sharing src/otel.ts:2 user.device.ip_address,user.device.user_agent -> Honeycomb'],
  },
  {
    name: "an organisation's record sent is not a person's",
    kind: 'sharing',
    files: { 'src/a.ts': "import posthog from 'posthog-js';\nexport function group(publication: { id: string; name: string; homepageUrl: string; address: string }) {\n  posthog.group('publication', publication.id, { name: publication.name, homepageUrl: publication.homepageUrl, address: publication.address });\n}\n" },
    expect: [],
  },
  {
    name: "a bare company beside a person's email in a production's record is the production's; in a person's own record it is their workplace",
    kind: 'collection',
    files: {
      'src/production.ts': "import { Schema } from 'mongoose';\nexport const productionSchema = new Schema({\n  company: { type: String, required: true },\n  title: String,\n  stageManagerEmails: [String],\n});\n",
      'src/lead.ts': 'export interface Lead {\n  email: string;\n  company: string;\n}\n',
    },
    expect: ['undeclared-collection src/lead.ts:3 user.workplace'],
  },
  {
    name: 'a Medicaid ID is a health insurance number, a parking plate a vehicle registration, a household income band an income, a document number in an identity check a government ID; a job posting\'s salary band is no one\'s income',
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: {
      'src/client.ts': 'export interface ClientRow {\n  email: string;\n  medicaidId: string | null;\n  parkingPlate: string;\n  householdIncomeBand: string;\n}\nexport interface IdentityCheck {\n  customerId: string;\n  documentType: string;\n  documentNumber: string;\n}\nexport interface JobPosting {\n  title: string;\n  salaryBand: string;\n}\n',
    },
    expect: ['undeclared-collection src/client.ts:3 user.health_and_medical.insurance_beneficiary_id', 'undeclared-collection src/client.ts:4 user.government_id.vehicle_registration', 'undeclared-collection src/client.ts:5 user.financial.income', 'undeclared-collection src/client.ts:10 user.government_id'],
  },
  {
    name: 'what the policy declares by name is not ruled out by a ban on its wider kind ("Dental insurance: the name of your insurer and your member ID" beside "we do not collect your medical history", which still rules out the history itself); a guardian\'s details are the name and number a parent gives',
    kind: 'collection',
    policy: '# Privacy\n\n## What we collect\n\n- **Dental insurance:** the name of your insurer and your member ID.\n- Your email address.\n\nWe do not collect your medical history.\n\nPatients under 18 are booked by a parent or guardian, who gives us their own name and mobile number.\n',
    files: {
      'src/patient.ts': 'export interface Patient {\n  email: string;\n  insurerName: string;\n  insuranceMemberId: string;\n  guardianName: string;\n  guardianPhone: string;\n  medicalHistory: string;\n}\n',
    },
    expect: ['prohibited-collection src/patient.ts:7 user.health_and_medical'],
  },
  {
    name: "a donor's giving history is a financial transaction history (`lifetimeGiving`, `donationAmount`)",
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: {
      'src/donor.ts': 'export interface Donor {\n  email: string;\n  lifetimeGiving: number;\n  donationAmount: number;\n}\n',
    },
    expect: ['undeclared-collection src/donor.ts:3 user.financial.transactions', 'undeclared-collection src/donor.ts:4 user.financial.transactions'],
  },
  {
    name: 'a statement about a parent or guardian declares the details it names: "the name and email address of a parent or guardian" declares `parentEmail`, not `parentPhone`',
    kind: 'collection',
    policy: '# Privacy\n\n## What we collect\n\n- Your email address.\n- For students under 18, the name and email address of a parent or guardian.\n',
    files: {
      'src/student.ts': 'export interface Student {\n  email: string;\n  parentEmail: string;\n  parentPhone: string;\n}\n',
    },
    expect: ['undeclared-collection src/student.ts:4 user.childrens.guardian'],
  },
  {
    name: "a deck's or a group's name is a thing's (`DeckMeta.fullName`, `groupNames`), a user's metadata still a person's",
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: {
      'src/types.ts': 'export interface DeckMeta {\n  fullName: string;\n}\nexport interface SuggestedUserData {\n  groupNames: string[];\n}\nexport interface UserMeta {\n  fullName: string;\n}\n',
    },
    expect: ['undeclared-collection src/types.ts:8 user.name'],
  },
  {
    name: "a company's name alone makes no record a person's: a job posting's is the employer's, a sign-up's is the user's workplace",
    kind: 'collection',
    files: {
      'src/jobs.ts': 'export interface JobPosting {\n  companyName: string;\n  title: string;\n  salaryBand: string;\n}\n',
      'src/signup.ts': 'export interface Signup {\n  email: string;\n  companyName: string;\n}\n',
    },
    expect: ['undeclared-collection src/signup.ts:3 user.workplace'],
  },
  {
    name: "a service account's key, a bot's account and a model's display name are no person's; a team member's phone is",
    kind: 'collection',
    policy: 'Privacy Policy\n\nInformation We Collect\n\n  • Device Information: device name and hardware specifications.\n',
    files: {
      'src/auth.ts': 'type ServiceAccount = {\n  client_email: string;\n  private_key: string;\n};\nexport interface BotUser {\n  email: string;\n}\n',
      'src/models.ts': 'type Model = {\n  id: string;\n  display_name?: string;\n};\nexport interface TeamMember {\n  homePhone: string;\n}\n',
    },
    expect: ['undeclared-collection src/models.ts:6 user.contact.phone_number'],
  },
  {
    name: 'a member holding a small record of values is the field; flags about a field are not',
    kind: 'collection',
    files: { 'src/a.ts': 'export interface Diner {\n  email: string;\n  birthday?: { month: number; day: number };\n  phone?: { show: boolean; required: boolean };\n}\n' },
    expect: ['undeclared-collection src/a.ts:3 user.demographic.date_of_birth'],
  },
  {
    name: "a request body kept in a local and read by key (Hono parseBody) is an input read",
    kind: 'collection',
    files: { 'src/app.ts': "app.post('/selfie', async (c) => {\n  const body = await c.req.parseBody();\n  const selfie = body['selfie'] as File;\n  return c.json({ ok: !!selfie });\n});\n" },
    expect: ['undeclared-collection src/app.ts:3 user.content.self_image.selfie'],
  },
  {
    name: 'a field in a request shape and in a model is reported at the model',
    kind: 'collection',
    files: {
      'src/search.ts': "import { z } from 'zod';\nexport const NearMeQuery = z.object({ lat: z.number(), lng: z.number() });\n",
      'src/models.ts': 'export interface Diner {\n  email: string;\n  lastSearch?: { lat: number; lng: number };\n}\n',
    },
    expect: ['undeclared-collection src/models.ts:3 user.location.precise'],
  },
  {
    name: "a thing's age or health (`accountAge`, `agentHealth`) is no person's; a password that protects a shared secret is no person's credential, a user's is",
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: {
      'src/types.ts': 'export interface JoinLog {\n  email: string;\n  accountAge: string;\n  userAge: number;\n}\nexport interface AgentStatus {\n  email: string;\n  agentHealth: string;\n}\n',
      'prisma/schema.prisma': 'model Secret {\n  id String @id\n  password String?\n}\nmodel UserSecret {\n  id String @id\n  password String\n}\n',
    },
    expect: ['undeclared-collection prisma/schema.prisma:7 user.authorization.password', 'undeclared-collection src/types.ts:4 user.demographic.age_range'],
  },
  {
    name: "a module named after a vendor in a folder of types (`types/polar.ts`) declares that vendor's shapes; the product's own types beside it are its records",
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: {
      'src/lib/types/polar.ts': 'export interface Customer {\n  email: string;\n  taxId: string | null;\n}\n',
      'src/lib/types/profile.ts': 'export interface Profile {\n  email: string;\n  taxId: string | null;\n}\n',
    },
    expect: ['undeclared-collection src/lib/types/profile.ts:3 user.government_id.tax_id'],
  },
  {
    name: "a type named after a platform whose API hands the product its users' data (`StravaActivity`, `types/reddit.ts`) mirrors what that API returns; the product's own record beside it is collected",
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: {
      'src/types/strava.ts': 'export interface StravaActivity {\n  start_latlng: [number, number];\n  location_city: string;\n}\n',
      'src/types/reddit.ts': 'export interface Post {\n  author_fullname: string;\n}\n',
      'src/types/run.ts': 'export interface Run {\n  start_latlng: [number, number];\n}\n',
    },
    expect: ['undeclared-collection src/types/run.ts:2 user.location.precise'],
  },
  {
    name: 'a `student` is a child where the policy bans children\'s data, except for data the policy declares for someone ("About each surfer: first name, surname" beside "We don\'t ask for a child\'s surname or photograph"); a `child` record is a child\'s',
    kind: 'collection',
    policy: '# Privacy\n\n## What we record\n\n- About each surfer: first name, surname and date of birth.\n\n## Young surfers\n\nFor surfers aged 8 to 15 we only record first name and age. We don\'t ask for a child\'s surname or photograph.\n',
    files: { 'src/student.ts': 'export interface Student {\n  firstName: string;\n  lastName: string;\n  photoUrl: string;\n}\nexport interface Child {\n  lastName: string;\n}\n' },
    expect: ['prohibited-collection src/student.ts:4 user.content.self_image', 'prohibited-collection src/student.ts:7 user.name.last'],
  },
  {
    name: 'a teacher\'s email address the policy declares leaves a student\'s email a child\'s, where the policy bans a child\'s email',
    kind: 'collection',
    policy: '# Privacy\n\n## Teachers\n\nWhen a teacher signs up we collect their name and email address.\n\n## Students\n\nTeachers add students by first name only. We never collect a child\'s email address.\n',
    files: { 'src/student.ts': 'export interface Student {\n  firstName: string;\n  email: string;\n}\n' },
    expect: ['prohibited-collection src/student.ts:3 user.contact.email'],
  },
  {
    name: 'a Slack webhook kept in a database column (`ws.slack_webhook_url`, snake case) posts to Slack',
    kind: 'sharing',
    files: { 'src/a.ts': "export async function notify(ws: { slack_webhook_url: string }, user: { email: string }) {\n  await fetch(ws.slack_webhook_url, { method: 'POST', body: JSON.stringify({ text: `Booked by ${user.email}` }) });\n}\n" },
    expect: ['undeclared-sharing src/a.ts:2 user.contact.email -> Slack'],
  },
  {
    name: 'an identifier of the person\'s device by its own name (`machineId`, `deviceId`) sent to an analytics vendor; a serial number is not taken for one',
    kind: 'sharing',
    files: { 'src/a.ts': "declare function getMachineId(): Promise<string>;\nexport async function track(serialNumber: string) {\n  const machineId = await getMachineId();\n  await fetch('https://api.mixpanel.com/track', { method: 'POST', body: JSON.stringify({ distinct_id: machineId }) });\n  await fetch('https://api.mixpanel.com/track', { method: 'POST', body: JSON.stringify({ serial: serialNumber }) });\n}\n" },
    expect: ['sharing-condition-unmet src/a.ts:4 user.device.device_id -> Mixpanel'],
  },
  {
    name: "a workspace package that wraps a platform's API (`packages/google-people/src/interfaces.ts`) declares that API's shapes; the product's own package beside it declares its records",
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: {
      'packages/google-people/src/interfaces.ts': 'export interface Person {\n  birthdays: string[];\n  genders: string[];\n}\n',
      'packages/db/src/profile.ts': 'export interface Profile {\n  birthday: string;\n}\n',
    },
    expect: ['undeclared-collection packages/db/src/profile.ts:2 user.demographic.date_of_birth'],
  },
  {
    name: 'a member whose name says only "an id" (`client_id: config.clientId`) holds what the module put there (`config.clientId = machineId`), sent to the address a local function builds (`getUrl().toString()`)',
    kind: 'sharing',
    files: { 'src/ga.ts': "declare function getMachineId(): Promise<string>;\nconst config: { url: string; clientId: string | null } = { url: 'https://www.google-analytics.com/mp/collect', clientId: null };\nconst getUrl = () => new URL(`${config.url}?measurement_id=x`);\nexport async function sendEvent(name: string) {\n  if (!config.clientId) {\n    const machineId = await getMachineId();\n    config.clientId = machineId as string;\n  }\n  return fetch(getUrl().toString(), { method: 'POST', body: JSON.stringify({ client_id: config.clientId, events: [{ name }] }) });\n}\n" },
    expect: ['sharing-condition-unmet src/ga.ts:9 user.device.device_id -> Google Analytics'],
  },
  {
    name: "a member of the deployment's configuration (`completeEnvironment.webpushEmail` imported from the settings module) is the operator's, not a person's",
    kind: 'sharing',
    files: {
      'src/options.ts': "export const completeEnvironment = { webpushEmail: process.env.WEBPUSH_EMAIL ?? '', key: '' };\n",
      'src/push.ts': "import WebPush from 'web-push';\nimport { completeEnvironment } from './options';\nWebPush.setVapidDetails(completeEnvironment.webpushEmail, completeEnvironment.key, completeEnvironment.key);\nexport async function notify(sub: any, user: { email: string }) {\n  await WebPush.sendNotification(sub, JSON.stringify({ body: `Hi ${user.email}` }));\n}\n",
    },
    expect: ['undeclared-sharing src/push.ts:5 user.contact.email,user.device.push_token -> Web Push (browser push services)'],
  },
  {
    name: "a device's own identifier read from its API (node-machine-id's `machineId()`, `DeviceInfo.getUniqueId()`) is collected, and \"a unique identifier of the user\" rules it out; a local `machineId()` of the product's own is not that API",
    kind: 'collection',
    policy: '# Privacy\n\n## Analytics\n\nWe collect device and operating system information. We do not collect a unique identifier of the user.\n',
    files: {
      'src/id.ts': "import { machineId } from 'node-machine-id';\nexport async function id() {\n  return machineId(true);\n}\n",
      'src/rn.ts': "import DeviceInfo from 'react-native-device-info';\nexport async function rnId() {\n  return DeviceInfo.getUniqueId();\n}\n",
      'src/own.ts': "function machineId(n: number) { return `m-${n}`; }\nexport const label = machineId(3);\n",
    },
    expect: ['prohibited-collection src/id.ts:3 user.device.device_id', 'prohibited-collection src/rn.ts:3 user.device.device_id'],
  },
  {
    name: 'HIV status, medical alerts and a medication list are health data; a speaker embedding is a voiceprint',
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: {
      'src/member.ts': "export interface Member {\n  email: string;\n  hivStatus?: 'negative' | 'positive';\n  medicalAlerts?: string;\n  medicationList: string[];\n  speakerEmbedding?: number[];\n}\n",
    },
    expect: ['undeclared-collection src/member.ts:3 user.health_and_medical', 'undeclared-collection src/member.ts:4 user.health_and_medical', 'undeclared-collection src/member.ts:5 user.health_and_medical', 'undeclared-collection src/member.ts:6 user.biometric.voice'],
  },
  {
    name: 'a retention map whose keys put the unit before what it counts from (`auditLogDaysAfterExport`), and a TTL map counted in a unit constant (`90 * DAY` with DAY in seconds or ms); a short TTL or a minute constant is within the policy',
    kind: 'retention',
    policy: RETENTION_POLICY,
    files: {
      'src/config.ts': "export const retention = {\n  auditLogDaysAfterExport: 730,\n} as const;\n",
      'src/ttl.ts': "const DAY = 60 * 60 * 24;\nconst HOUR_MS = 60 * 60 * 1000;\nconst MILLISECONDS_PER_MINUTE = 60000;\nexport const ttl = {\n  deviceLog: 400 * DAY,\n  session: 2 * HOUR_MS,\n  auditLog: 90 * MILLISECONDS_PER_MINUTE,\n} as const;\n",
    },
    expect: ['retention-exceeds-policy src/config.ts:2 ', 'retention-exceeds-policy src/ttl.ts:5 '],
  },
  {
    name: 'settings in a retention map and in an environment map; a unit constant is no setting',
    kind: 'retention',
    policy: RETENTION_POLICY,
    files: {
      'src/retention.ts': "const DAY_MS = 24 * 60 * 60 * 1000;\nexport const RETENTION = {\n  auditLogDays: 730,\n} as const;\nexport const cutoff = (now: number) => now - DAY_MS;\n",
      'infra/stack.ts': "new lambda.Function(this, 'PurgeLogs', {\n  environment: { DEVICE_LOG_PURGE_AFTER_DAYS: '400' },\n});\n",
    },
    expect: ['retention-exceeds-policy infra/stack.ts:2 ', 'retention-exceeds-policy src/retention.ts:3 '],
  },
  {
    name: "durations in words in a retention map (`RETENTION = { deviceLog: '2 years' }`, Postgres intervals) are settings; in a map of labels they are none",
    kind: 'retention',
    policy: RETENTION_POLICY,
    files: {
      'src/retention.ts': "export const RETENTION = {\n  deviceLog: '2 years',\n  auditLog: '6 months',\n} as const;\nexport const LABELS = { deviceLog: '5 years' };\nexport const purge = (db: any) => db.deleteFrom('device_logs').where('created_at', '<', sql.raw(`now() - interval '${RETENTION.deviceLog}'`)).execute();\n",
    },
    expect: ['retention-exceeds-policy src/retention.ts:2 '],
  },
  {
    name: "settings read with a default count by the default (env('X_DAYS', 400), int(process.env.X, 400)), also in a NestJS registerAs('retention') factory; a setting with no unit in its name is none",
    kind: 'retention',
    policy: RETENTION_POLICY,
    files: {
      'src/config.ts': "const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);\nexport const retention = {\n  deviceLogDays: env('DEVICE_LOG_DAYS', 400),\n  deviceLogRetention: env('DEVICE_LOG_RETENTION', 400),\n};\n",
      'src/retention.config.ts': "import { registerAs } from '@nestjs/config';\nconst int = (v: string | undefined, d: number) => (v ? parseInt(v, 10) : d);\nexport default registerAs('retention', () => ({\n  deviceLogDays: int(process.env.DEVICE_LOG_DAYS, 400),\n}));\n",
    },
    expect: ['retention-exceeds-policy src/config.ts:3 ', 'retention-exceeds-policy src/retention.config.ts:4 '],
  },
  {
    name: 'a storage lifecycle rule whose prefix names the records by an acronym\'s plural (`cvs/`) is held to that subject',
    kind: 'retention',
    policy: '# Privacy\n\n## How long we keep data\n\n| What | How long |\n|---|---|\n| CV files | 2 years |\n',
    files: {
      'infra/lifecycle.ts': "export const rules = [\n  { ID: 'expire-cvs', Status: 'Enabled', Filter: { Prefix: 'cvs/' }, Expiration: { Days: 1095 } },\n];\n",
    },
    expect: ['retention-exceeds-policy infra/lifecycle.ts:2 '],
  },
  {
    name: 'a heart rate in a setting\'s name is a reading kept, not a rate limit; a rate limit\'s window is still none',
    kind: 'retention',
    policy: '# Privacy\n\n## How long we keep data\n\n- Heart-rate readings: 90 days.\n',
    files: {
      'src/retention.config.ts': "export const retention = {\n  rawHeartRateDays: Number(process.env.RAW_HR_DAYS ?? 400),\n  rateLimitDays: 400,\n};\n",
    },
    expect: ['retention-exceeds-policy src/retention.config.ts:2 '],
  },
  {
    name: 'a constant named by its unit that makes a cut-off date in a file that deletes is a retention setting',
    kind: 'retention',
    policy: RETENTION_POLICY,
    files: {
      'src/cron.ts': "const DAY = 24 * 60 * 60 * 1000;\nconst DEVICE_LOG_MONTHS = 18;\nexport async function purge(db: any) {\n  const now = Date.now();\n  const cutoff = new Date(now - DEVICE_LOG_MONTHS * 30 * DAY);\n  await db.deviceLogs.deleteMany({ where: { createdAt: { lt: cutoff } } });\n}\n",
    },
    expect: ['retention-exceeds-policy src/cron.ts:2 '],
  },
  {
    name: 'a constant named in hours or minutes whose value multiplies time factors is counted in milliseconds or seconds',
    kind: 'retention',
    policy: RETENTION_POLICY,
    files: {
      'src/sessions.ts': "const SESSION_HOURS = 2 * 60 * 60 * 1000;\nexport async function purgeSessions(db: any) {\n  await db.sessions.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - SESSION_HOURS) } } });\n}\n",
      'src/signin.ts': "const SIGNIN_SESSION_HOURS = 90 * 24 * 60 * 60;\nexport async function purgeSignins(db: any) {\n  await db.sessions.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - SIGNIN_SESSION_HOURS * 1000) } } });\n}\n",
    },
    expect: ['retention-exceeds-policy src/signin.ts:1 '],
  },
  {
    name: "a business's record (a bike workshop, a garage, a station) holds the place's street, phone and coordinates",
    kind: 'collection',
    files: {
      'src/models/workshop.ts': 'export interface Workshop {\n  id: string;\n  name: string;\n  street: string;\n  phone: string;\n  lat: number;\n  lng: number;\n  openingHours: Record<string, string>;\n}\nexport interface ChargingStation {\n  street: string;\n  lat: number;\n  lng: number;\n}\n',
    },
    expect: [],
  },
  {
    name: "a map's record (a search result's `LocalMap` and its GPS coordinates) holds places; a user's map pin is the user's",
    kind: 'collection',
    files: {
      'src/serp.ts': 'export interface LocalMap {\n  link: string;\n  gps_coordinates: LocalMapGpsCoordinates;\n}\nexport interface LocalMapGpsCoordinates {\n  latitude: number;\n  longitude: number;\n}\nexport interface UserMapPin {\n  userId: string;\n  latitude: number;\n}\n',
    },
    expect: ['undeclared-collection src/serp.ts:11 user.location.precise'],
  },
  {
    name: 'vendors named only as accounts to sign in with, and the "DNT" signal, are no sub-processor list: "customer support providers" declares a chat widget',
    kind: 'sharing',
    policy: 'Privacy Policy\n\nInformation We Collect\n\n  • Account Information: Name and email address.\n\nSharing\n\n  • If you sign in to the Service through a third-party site (for example, using LinkedIn, Salesforce, Twitter, Facebook, or Google), information in those accounts may be transmitted to us.\n  • Google Analytics measures visits to our website.\n  • Amazon Web Services hosts our servers.\n  • The Service does not support "Do Not Track" requests at this time.\n  • We share data with customer relationship management and customer support providers.\n',
    files: {
      'src/chat.tsx': "import { LiveChatWidget } from '@livechat/widget-react';\nexport const Chat = () => <LiveChatWidget license=\"123\" />;\n",
    },
    expect: [],
  },
  {
    name: 'a draft kept with a TTL is what the policy calls an unfinished application',
    kind: 'retention',
    policy: MINI_POLICY.replace('• Device management logs are retained for 90 days.', '• Device management logs are retained for 90 days.\n  • Unfinished applications are deleted after 7 days.'),
    files: {
      'src/drafts.ts': "import { Redis } from '@upstash/redis';\nconst redis = Redis.fromEnv();\nconst DRAFT_TTL_SECONDS = 60 * 60 * 24 * 30;\nexport async function saveDraft(sessionId: string, draft: { step: number }) {\n  await redis.set(`draft:${sessionId}`, JSON.stringify(draft), { ex: DRAFT_TTL_SECONDS });\n}\n",
    },
    expect: ['retention-exceeds-policy src/drafts.ts:3 '],
  },
  {
    name: 'a cut-off that only selects keeps nothing; the same cut-off in a deletion does',
    kind: 'retention',
    policy: RETENTION_POLICY,
    files: {
      'src/report.ts': "export async function staleDevices(db: any) {\n  return db.deviceLogs.find({ createdAt: { $lt: new Date(Date.now() - 400 * 86_400_000) } });\n}\n",
      'src/purge.ts': "export async function purgeDeviceLogs(db: any) {\n  const cutoff = { $lt: new Date(Date.now() - 400 * 86_400_000) };\n  await db.deviceLogs.deleteMany({ createdAt: cutoff });\n}\n",
    },
    expect: ['retention-exceeds-policy src/purge.ts:2 '],
  },
  {
    name: 'a cookie maxAge is in seconds for cookies().set and setCookie, in ms for Express res.cookie',
    kind: 'retention',
    policy: RETENTION_POLICY,
    files: {
      'src/next.ts': "import { cookies } from 'next/headers';\nconst SESSION_COOKIE = 's';\nexport function signIn(token: string) {\n  cookies().set(SESSION_COOKIE, token, { maxAge: 60 * 60 * 24 * 90 });\n}\n",
      'src/express.ts': "export function remember(res: any, token: string) {\n  res.cookie('session', token, { maxAge: 60 * 60 * 24 * 90 });\n}\n",
    },
    expect: ['retention-exceeds-policy src/next.ts:4 '],
  },
  {
    name: 'a record\'s subject decides: a bank account by its members, a campaign\'s target audience, a count typed as a number, an organisation\'s profile — but not a holder\'s name or an applicant\'s employer',
    kind: 'collection',
    policy: EMAIL_POLICY,
    files: {
      'src/bank.ts': 'export interface LinkedAccount { id: string; institutionName: string; accountName: string; mask: string }\nexport interface Payout { holderName: string; iban: string }\n',
      'src/goals.ts': "import { z } from 'zod';\nexport const goalsSchema = z.object({ targetAudience: z.object({ ageRange: z.array(z.string()), interests: z.array(z.string()) }) });\nexport const signupSchema = z.object({ ageRange: z.string() });\n",
      'src/trip.ts': 'export interface TripProgress { visitedPlaces: number; totalPlaces: number }\nexport interface Journey { visitedPlaces: string[] }\n',
      'src/company.ts': "import { z } from 'zod';\nexport const companyProfileSchema = z.object({ companyName: z.string(), website: z.string() });\nexport const applicantSchema = z.object({ fullName: z.string(), companyName: z.string() });\n",
      'src/CompanyProfilePage.tsx': 'export function CompanyProfilePage() {\n  return <input name="companyName" />;\n}\nexport function AudienceStep() {\n  return <input name="targetAudience.ageRange" />;\n}\n',
    },
    expect: ['undeclared-collection src/bank.ts:2 user.name', 'undeclared-collection src/bank.ts:2 user.financial.bank_account', 'undeclared-collection src/company.ts:3 user.name', 'undeclared-collection src/company.ts:3 user.workplace', 'undeclared-collection src/goals.ts:3 user.demographic.age_range', 'undeclared-collection src/trip.ts:2 user.location.history'],
  },
  {
    name: 'what an analytics call names is not data: a property key, the app\'s screen, a setting\'s name; a tenant of a hosting platform named for the product is its own host',
    kind: 'sharing',
    policy: EMAIL_POLICY,
    files: {
      'src/analytics.ts': "import analytics from '@react-native-firebase/analytics';\nexport async function setUserProperty(name: string, value: string) {\n  await analytics().setUserProperty(name, value);\n}\nexport async function trackScreen(screenName: string) {\n  await analytics().logScreenView({ screen_name: screenName, screen_class: screenName });\n}\nexport async function settingChanged(setting: string) {\n  await analytics().logEvent('settings_changed', { setting_name: setting });\n}\nexport async function tagPhone(u: { phone: string }) {\n  await analytics().setUserProperty('phone', u.phone);\n}\n",
      'src/layout.ts': "import { trackScreen } from './analytics';\nexport function onRoute(pathname: string) {\n  const screenName = pathname.replace(/\\//g, '_');\n  trackScreen(screenName);\n}\n",
      'src/api.ts': "export async function render(presetName: string, u: { phone: string }) {\n  await fetch('https://acme-api.vercel.app/render', { method: 'POST', body: JSON.stringify({ presetName, phone: u.phone }) });\n  await fetch('https://other-api.vercel.app/render', { method: 'POST', body: JSON.stringify({ phone: u.phone }) });\n}\n",
    },
    expect: ['undeclared-sharing src/analytics.ts:12 user.contact.phone_number -> Firebase Analytics', 'undeclared-sharing src/api.ts:3 user.contact.phone_number -> other-api.vercel.app'],
  },
  {
    name: "what an error report names is not data either: the screen it happened on, the error's own name; the user it is set for is",
    kind: 'sharing',
    policy: EMAIL_POLICY,
    files: {
      'src/errors.ts': "import * as Sentry from '@sentry/react-native';\nexport function report(error: Error, props: { screenName: string }) {\n  Sentry.captureException(error, { extra: { screen: props.screenName, name: error.name } });\n}\nexport function tag(u: { phone: string }) {\n  Sentry.setUser({ phone: u.phone });\n}\n",
    },
    expect: ['undeclared-sharing src/errors.ts:6 user.contact.phone_number -> Sentry'],
  },
];

describe('flows: inferred records, hashed identifiers, record subjects, retention maps (issue 8)', () => {
  for (const r of rows) it(r.name, () => assert.deepEqual(pin(r.files, r.kind, r.policy), r.expect));

  it('resolves a package’s own tsconfig paths (comments outside strings only) and exports subpaths', () => {
    const root = tempDir('pl-resolve-');
    const write = (f: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      fs.writeFileSync(path.join(root, f), text);
    };
    write('apps/web/package.json', '{ "name": "web" }');
    write('apps/web/tsconfig.json', '{\n  // the app\'s own aliases\n  "compilerOptions": { "paths": { "@/*": ["./src/*"] } },\n  "include": ["**/*.ts"]\n}\n');
    write('packages/db/package.json', '{ "name": "@acme/db", "exports": { "./job": "./src/job.ts" } }');
    const resolve = createResolver(root, ['apps/web/src/a.ts', 'packages/db/src/job.ts']);
    assert.deepEqual(resolve('apps/web/src/a.ts', '@/lib/x')[0], 'apps/web/src/lib/x');
    assert.deepEqual(resolve('apps/web/src/a.ts', '@acme/db/job')[0], 'packages/db/src/job');
    // SvelteKit's `$lib` (its tsconfig is generated, so absent from a checkout) is the app's src/lib.
    assert.deepEqual(resolve('apps/web/src/routes/+page.server.ts', '$lib/server/ai'), ['apps/web/src/lib/server/ai']);
  });

  it('keeps facts linear: a file of many sinks is analyzed in one walk', () => {
    const body = Array.from({ length: 400 }, (_, i) => `  await fetch(\`https://api.example-${i}.com/\${u.email}\`);`).join('\n');
    const facts = extractFacts('src/many.ts', `export async function f(u: { email: string }) {\n${body}\n}\n`);
    assert.equal(facts.sinks.length, 400);
  });
});

describe('flows: single-file components', () => {
  it('reads the <script> of a Vue or Svelte component and Astro front matter on their own lines, and a tracker tag in the markup', () => {
    const vue = "<template>\n  <input v-model=\"email\" />\n  <script src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>\n</template>\n\n<script setup lang=\"ts\">\nimport * as Sentry from '@sentry/vue';\nexport function tag(user: { id: string; email: string }) {\n  Sentry.setUser({ id: user.id, email: user.email });\n}\n</script>\n";
    const svelte = "<script lang=\"ts\">\n  import posthog from 'posthog-js';\n  export let me: { email: string };\n  posthog.identify('x', { email: me.email });\n</script>\n\n<p>{me.email}</p>\n";
    const astro = "---\nimport { Resend } from 'resend';\nconst resend = new Resend('k');\nconst form = await Astro.request.formData();\nawait resend.emails.send({ from: 'a@x.io', to: String(form.get('email')), subject: 'Hi', text: 'Hi' });\n---\n<h1>Thanks</h1>\n";
    const got = analyze({ 'src/Signup.vue': vue, 'src/Me.svelte': svelte, 'src/pages/thanks.astro': astro }, '# P\n\n## What we collect\n\nYour email address.\n', 'p.md')
      .filter((f) => f.kind === 'sharing').map((f) => `${f.file}:${f.line} ${f.recipient?.name}`);
    assert.deepEqual(got.sort(), ['src/Me.svelte:4 PostHog', 'src/Signup.vue:3 Google Analytics', 'src/Signup.vue:9 Sentry', 'src/pages/thanks.astro:5 Resend']);
  });
  it('holds a deletion grace period to the row about accounts people ask to delete, not to the one about inactive accounts', () => {
    const policy = '# P\n\n## What we collect\n\n- Your email address.\n\n## How long we keep it\n\n| Data | How long |\n|---|---|\n| Your account after you ask us to delete it | Erased within 30 days |\n| Inactive accounts (no sign-in for 24 months) | Deleted, after we email you a warning 14 days in advance |\n';
    const files = { 'src/purge.ts': "const DELETION_GRACE_DAYS = 90;\nconst INACTIVE_MONTHS = 24;\nexport async function purge(db: { query(q: string, a: unknown[]): Promise<void> }) {\n  await db.query('delete from accounts where deletion_requested_at < now() - make_interval(days => $1)', [DELETION_GRACE_DAYS]);\n  await db.query('delete from accounts where last_seen_at < now() - make_interval(months => $1)', [INACTIVE_MONTHS]);\n}\n" };
    assert.deepEqual(analyze(files, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line}`), ['retention-exceeds-policy src/purge.ts:1']);
  });
});
