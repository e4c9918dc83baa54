import assert from 'node:assert/strict';
import { analyze, brief } from '../helpers';

const POLICY = '# P\n\n## What we collect\n\n- Your name.\n';

describe('collection: where data is kept, not every shape it passes through', () => {
  const table: [string, Record<string, string>, string[]][] = [
    ['a bank\'s routing number or sort code names the bank, not a person; the account number is the holder\'s', { 'src/bank.ts': 'export interface BankAccount {\n  routingNumber: string;\n  sortCode: string;\n  accountNumber: string;\n}\n' }, ['undeclared-collection src/bank.ts:4']],
    ['a financial or portfolio "health" is how money is doing, not a person\'s condition; a user\'s health is theirs', { 'src/dash.ts': 'export interface UserSummary {\n  email: string;\n  financialHealth: number;\n  portfolioHealth: string;\n}\nexport interface Patient {\n  email: string;\n  health: string;\n}\n' }, ['undeclared-collection src/dash.ts:2', 'undeclared-collection src/dash.ts:8']],
    ['`countries` is a list of places (where a fund invests), not where a person lives; a member\'s `country` is', { 'src/asset.ts': 'export interface Investor {\n  email: string;\n  countries: string[];\n}\nexport interface Member {\n  email: string;\n  country: string;\n}\n' }, ['undeclared-collection src/asset.ts:2', 'undeclared-collection src/asset.ts:7']],
    ['a transaction\'s input on a blockchain (`Outspend { txid, vin }`) is no vehicle\'s number; a network node\'s position (`INode { alias, latitude }`) is a machine\'s; a car\'s VIN and a visit\'s position are a person\'s', { 'src/chain.ts': 'export interface Outspend {\n  spent: boolean;\n  txid: string;\n  vin: number;\n}\nexport interface INode {\n  alias: string;\n  latitude: number;\n  longitude: number;\n}\nexport interface Car {\n  ownerEmail: string;\n  vin: string;\n}\nexport interface Visit {\n  userId: string;\n  latitude: number;\n}\n' }, ['undeclared-collection src/chain.ts:12', 'undeclared-collection src/chain.ts:13', 'undeclared-collection src/chain.ts:17']],
    ['a field named for one social platform (`instagram`, `tiktok`) on a person\'s record holds their profile there; on a venue\'s it is the venue\'s', { 'src/guest.ts': 'export interface Guest {\n  email: string;\n  instagram: string;\n}\nexport interface Venue {\n  name: string;\n  instagram: string;\n}\n' }, ['undeclared-collection src/guest.ts:2', 'undeclared-collection src/guest.ts:3']],
    ['a member typed by the record it points at (`organisation: Organisation`, `@ManyToOne`) is a relation, not an employer; `company: string` on a member is where they work', { 'src/member.entity.ts': "import { Entity, Column, ManyToOne } from 'typeorm';\nimport { Organisation } from './organisation.entity';\n@Entity()\nexport class OrganisationMember {\n  @Column() email: string;\n  @ManyToOne(() => Organisation) organisation: Organisation;\n}\nexport interface Applicant {\n  email: string;\n  company: string;\n}\n" }, ['undeclared-collection src/member.entity.ts:5', 'undeclared-collection src/member.entity.ts:10']],
    ['what a ranking or a mention box shows of other people (`LeaderboardEntry`, `MentionAccount`), a calculator\'s inputs and the product\'s own blog authors are not collected from anyone', { 'src/types.ts': 'export interface LeaderboardEntry {\n  name: string;\n  avatar: string;\n}\nexport interface MentionAccount {\n  username: string;\n}\nexport interface CalorieCalculatorInputs {\n  age: number;\n  gender: string;\n}\n', 'apps/www/content/blog/authors.ts': 'export interface Author {\n  name: string;\n  twitter_handle: string;\n}\n', 'src/profile.ts': 'export interface Profile {\n  email: string;\n  age: number;\n}\n' }, ['undeclared-collection src/profile.ts:2', 'undeclared-collection src/profile.ts:3']],
    ['a business\'s registration (`{ businessName, ein, address, addressCity }`) holds the business\'s address; an ad object\'s `metaObjectHealth` is its status', { 'src/a2p.ts': 'export interface A2PProfile {\n  userEmail: string;\n  businessName: string;\n  ein: string;\n  address: string;\n  addressCity: string;\n  metaObjectHealth: string;\n}\nexport interface Member {\n  email: string;\n  address: string;\n}\n' }, ['undeclared-collection src/a2p.ts:2', 'undeclared-collection src/a2p.ts:10', 'undeclared-collection src/a2p.ts:11']],
    ['a point a game or a map puts somewhere (`Clue { lat, lng }`, `Waypoint`) is no one\'s whereabouts; a check-in\'s is', { 'src/game.ts': 'export interface Clue {\n  lat: number;\n  lng: number;\n}\nexport interface Waypoint {\n  latitude: number;\n}\nexport interface CheckIn {\n  userId: string;\n  lat: number;\n}\n' }, ['undeclared-collection src/game.ts:10']],
    ['a surf spot or a beach (`spotSchema = new Schema({ latitude, longitude, maxStudentsPerInstructor })`) is where a lesson meets; a count of students names no one', { 'src/spot.model.ts': "import { Schema, model } from 'mongoose';\nconst spotSchema = new Schema({\n  name: String,\n  latitude: Number,\n  longitude: Number,\n  maxStudentsPerInstructor: Number,\n});\nexport const SpotModel = model('Spot', spotSchema);\n", 'src/lesson.ts': 'export interface Lesson {\n  studentId: string;\n  latitude: number;\n}\n' }, ['undeclared-collection src/lesson.ts:3']],
    ['a loyalty tier\'s `benefitType` and `benefitStatus` are perks of a plan, no state benefit', { 'src/loyalty.ts': "export interface LoyaltyTier {\n  benefitType: 'free_shipping' | 'discount';\n  benefitStatus: 'active' | 'expired';\n}\n" }, []],
    ['a member of a request body kept in a local (`const body = await readBody(event); body.homeAddress`, `const data = await c.req.json(); data.dateOfBirth`) is collected where the handler reads it; `request.body as { nationalInsuranceNumber: string }` declares what it holds', { 'server/api/profile.post.ts': "export default defineEventHandler(async (event) => {\n  const body = await readBody(event);\n  return { ok: !!body.homeAddress };\n});\n", 'src/hono.ts': "import { Hono } from 'hono';\nconst app = new Hono();\napp.post('/x', async (c) => {\n  const data = await c.req.json();\n  return c.json({ ok: !!data.dateOfBirth });\n});\n", 'src/fastify.ts': "export async function apply(request: { body: unknown }) {\n  const body = request.body as { fullName: string; nationalInsuranceNumber: string };\n  return body.fullName.length;\n}\n" }, ['undeclared-collection server/api/profile.post.ts:3', 'undeclared-collection src/fastify.ts:2', 'undeclared-collection src/hono.ts:5']],
    ['figures about a country (`CountryData { iso3c, age_group, population }`, a `CountrySourceInfo`) hold its age groups and its name, no person\'s; a list of `ageGroups` is a chart\'s buckets; a member\'s `ageGroup` and `country` are theirs', { 'src/country.ts': 'export class CountryData {\n  iso3c!: string;\n  age_group!: string;\n  population?: number;\n  asmr_country?: number;\n}\nexport interface CountrySourceInfo {\n  ageGroup: string;\n}\nexport interface ChartParams {\n  ageGroups: string[];\n}\nexport interface Member {\n  ageGroup: string;\n  country: string;\n}\n' }, ['undeclared-collection src/country.ts:14', 'undeclared-collection src/country.ts:15']],
    ['a mongoose schema of a game\'s clue (`clueSchema = new Schema({ lat, lng })`) holds a place, as `Clue` does', { 'models/Clue.js': "import mongoose from 'mongoose';\nconst clueSchema = new mongoose.Schema({\n  lat: { type: Number, required: true },\n  lng: { type: Number, required: true },\n});\nexport default mongoose.model('Clue', clueSchema);\n" }, []],
    ['a page\'s own metadata (`<meta name="twitter:image">`) is no form field; an input named for a social profile still is', { 'src/pages/index.tsx': 'export default function Home({ image }: { image: string }) {\n  return (\n    <>\n      <meta name="twitter:image" content={image} />\n      <input name="twitter_handle" />\n    </>\n  );\n}\n' }, ['undeclared-collection src/pages/index.tsx:5']],
    ['a consent flag or record (`marketingConsent`, `consentVersion`) is the proof of a choice, not data to declare; the person\'s phone beside it is', { 'src/member.ts': 'export interface Member {\n  marketingConsent: boolean;\n  consentVersion: string;\n  phone: string;\n}\n' }, ['undeclared-collection src/member.ts:4']],
    ['a job on offer (`jobs { title, salary }`, `model Vacancy { salaryMax }`) has a title and a salary of its own, and so does the job an application copies beside its `jobId`; a candidate\'s own `currentSalary` is theirs', { 'src/schema.ts': "import { pgTable, text, integer } from 'drizzle-orm/pg-core';\nexport const jobs = pgTable('jobs', {\n  title: text('title'),\n  salary: integer('salary'),\n});\nexport const applications = pgTable('applications', {\n  userId: text('user_id'),\n  jobId: text('job_id'),\n  jobTitle: text('job_title'),\n  currentSalary: integer('current_salary'),\n});\n", 'schema.prisma': 'model Vacancy {\n  id        String @id\n  salaryMax Int\n  jobTitle  String\n}\n' }, ['undeclared-collection src/schema.ts:10']],
    ['a part of the program (`class KeySigner implements Signer` with methods) keeps its working state — a passphrase typed to unlock a key — not a record of a person; a plain class of a person (`Member`, a firm\'s `Client`) is a record', { 'src/signer.ts': 'export class KeySigner implements Signer {\n  private passphrase?: string;\n  unlock(p: string) {\n    this.passphrase = p;\n  }\n}\n', 'src/member.ts': 'export class Member {\n  phone!: string;\n  greet() {\n    return this.phone;\n  }\n}\n', 'src/client.ts': 'export class Client {\n  email!: string;\n  write() {\n    return this.email;\n  }\n}\n' }, ['undeclared-collection src/client.ts:2', 'undeclared-collection src/member.ts:2']],
    ['a record named by a word for a person as often as an organisation (`Tenant` of a flat) with a person\'s name or birth date is a person\'s; a workspace `Tenant` is the organisation\'s', { 'src/tenant.entity.ts': "import { Entity, Column } from 'typeorm';\n@Entity('tenants')\nexport class Tenant {\n  @Column() fullName: string;\n  @Column() email: string;\n  @Column({ nullable: true }) dateOfBirth?: string;\n}\n", 'src/workspace.ts': 'export interface WorkspaceTenant {\n  slug: string;\n  phone: string;\n}\n' }, ['undeclared-collection src/tenant.entity.ts:5', 'undeclared-collection src/tenant.entity.ts:6']],
    ['an ad\'s own id (`GoogleAdsAuditAd.adId`) is no advertising identifier of a device; a person\'s `adId` and an `advertisingId` are', { 'src/ads.ts': 'export interface GoogleAdsAuditAd {\n  adId: string;\n  headline: string;\n}\n', 'src/profile.ts': 'export interface UserProfile {\n  name: string;\n  adId: string;\n}\n' }, ['undeclared-collection src/profile.ts:3']],
    ['an author of the product\'s blog (`lib/blog/types.ts`: `ArticleAuthor { name, bio, image }`) is the publisher\'s, wherever the blog\'s types are kept; a person elsewhere is collected', { 'lib/blog/types.ts': 'export interface ArticleAuthor {\n  name: string;\n  bio: string;\n  image: string;\n}\n', 'lib/users/types.ts': 'export interface Member {\n  name: string;\n  bio: string;\n}\n' }, ['undeclared-collection lib/users/types.ts:3']],
    ['the salary and workplace of a job on offer are the job\'s wherever its form sits (`jobs/dialog/createJob/schemas.ts`); a member\'s salary is theirs', { 'src/jobs/dialog/createJob/schemas.ts': 'export interface AdditionalInfo {\n  salary: string;\n  workplace: string;\n}\n', 'src/profile.ts': 'export interface MemberProfile {\n  email: string;\n  salary: number;\n}\n' }, ['undeclared-collection src/profile.ts:2', 'undeclared-collection src/profile.ts:3']],
    ['a module named for a job on offer (`JobPostingCtaForm.ts`) holds the job\'s salary', { 'src/cta/JobPostingCtaForm.ts': 'export interface CtaForm {\n  salary: string;\n}\n' }, []],
    ['a location named for the device or the moment (`deviceLocation: z.object({ lat, lng })`, `currentLocation`) is where its holder is, not a place', { 'src/schemas.ts': "import { z } from 'zod';\nexport const Input = z.object({\n  name: z.string(),\n  deviceLocation: z.object({ lat: z.number(), lng: z.number() }).optional(),\n});\n", 'src/venue.ts': 'export interface Location {\n  lat: number;\n  lng: number;\n}\n' }, ['undeclared-collection src/schemas.ts:4']],
    ['a database function that writes (`supabase.rpc(\'record_gallery_view\', { p_visitor_id, p_ip_address })`) stores what its parameters name; a record named for a gallery that points at a visitor keeps the visitor\'s address', { 'src/track.ts': "export async function track(supabase: any, ip: string, visitorId: string) {\n  await supabase.rpc('record_gallery_view', {\n    p_visitor_id: visitorId,\n    p_ip_address: ip,\n  });\n  await supabase.rpc('get_gallery', { p_ip_address: ip });\n}\n" }, ['undeclared-collection src/track.ts:4']],
    ['a flag that is itself a special category (`isPregnant`) is that data; a flag about anything else (`isVerified`, `hasEmail`) is not', { 'src/db/schema.ts': "import { pgTable, text, boolean } from 'drizzle-orm/pg-core';\nexport const profiles = pgTable('profiles', {\n  id: text('id').primaryKey(),\n  isPregnant: boolean('is_pregnant').default(false),\n  isVerified: boolean('is_verified').default(false),\n  hasEmail: boolean('has_email'),\n});\n" }, ['undeclared-collection src/db/schema.ts:4']],
    ['a navigator\'s screens (`type ProfileStackParamList = { SundaySchool: undefined; Profile: { email: string } }`) and a slot typed `undefined` hold nothing anyone fills in', { 'src/navigation/types.ts': 'export type ProfileStackParamList = {\n  SundaySchool: undefined;\n  Profile: { email: string };\n};\nexport interface Member {\n  email: string;\n  school: undefined;\n}\n' }, ['undeclared-collection src/navigation/types.ts:6']],
    ['a file uploaded to a bucket or folder named for what it holds (`storage.from(\'voice-memos\').upload(…)`, `uploadBytes(ref(storage, \`id-cards/${uid}\`), file)`) is that data kept; a bucket named for nothing personal (`exports`) is not', { 'src/upload.ts': "export async function save(supabase: any, storage: any, uid: string, blob: Blob) {\n  await supabase.storage.from('voice-memos').upload(`${uid}.m4a`, blob);\n  await uploadBytes(ref(storage, `id-cards/${uid}.jpg`), blob);\n  await supabase.storage.from('exports').upload(`${uid}.csv`, blob);\n}\n" }, ['undeclared-collection src/upload.ts:2', 'undeclared-collection src/upload.ts:3']],
    ['a form field (`form.get(\'phone\')`) is where the data is collected, not the parameter of the helper it is passed on to (`subscribe(user: { phone?: string })`)', { 'src/signup.ts': "import { subscribe } from './mail';\nexport async function POST(request: Request) {\n  const form = await request.formData();\n  const phone = String(form.get('phone') ?? '');\n  await subscribe({ phone });\n}\n", 'src/mail.ts': 'export async function subscribe(user: { phone?: string }) {\n  return user.phone;\n}\n' }, ['undeclared-collection src/signup.ts:4']],
    ['a flag named for a condition itself (`mobilityImpairment?: boolean`) is that health data; a flag about anything else (`newsletter: boolean`) is not', { 'src/dto.ts': 'export class CreateRequestDto {\n  description!: string;\n  mobilityImpairment?: boolean;\n  newsletter!: boolean;\n}\n' }, ['undeclared-collection src/dto.ts:3']],
    ['a model of a person is collection', { 'src/profile.ts': 'export interface Profile {\n  id: string;\n  email: string;\n}\n' }, ['undeclared-collection src/profile.ts:3']],
    ['component props only display data', { 'src/card.tsx': 'export interface AvatarCardProps {\n  email: string;\n}\n' }, []],
    ['the shape a device reading is put in (`interface UserLocation { lat; lng }` beside `navigator.geolocation.getCurrentPosition`) is that reading, one finding where it enters; a model of the place is still kept', { 'src/use-location.ts': 'export interface UserLocation {\n  lat: number;\n  lng: number;\n}\nexport function locate(set: (l: UserLocation) => void) {\n  navigator.geolocation.getCurrentPosition((p) => set({ lat: p.coords.latitude, lng: p.coords.longitude }));\n}\n', 'src/visit.ts': 'export interface Visit {\n  latitude: number;\n  longitude: number;\n}\n' }, ['undeclared-collection src/use-location.ts:6', 'undeclared-collection src/visit.ts:2', 'undeclared-collection src/visit.ts:3']],
    ['a Prisma model that points at a person by id (`Conversation { userId; ipAddress }`) records that person\'s IP address; a model without one (`Server { ipAddress }`) does not', { 'schema.prisma': 'model Conversation {\n  id        String  @id\n  userId    String?\n  title     String?\n  ipAddress String?\n}\nmodel Server {\n  id        String @id\n  ipAddress String\n}\n' }, ['undeclared-collection schema.prisma:5']],
    ['a record nested in component props (`userLocation: { lat; lng }`, two levels down) is part of them; the same nested in a model is kept', { 'src/map.ts': 'export interface MapTabProps {\n  userLocation?: { lat: number; lng: number };\n  owner?: { contact: { phone: string } };\n}\nexport interface Visit {\n  where: { lat: number; lng: number };\n}\n' }, ['undeclared-collection src/map.ts:6']],
    ['a type a component file declares for what its screen shows (`interface LeaderboardEntry { name; avatar? }` in `leaderboard/page.tsx`) is not collection; the same record in a module of types is, and so are a form on the screen and a record of what is filled in (`OnboardingData`)', { 'app/leaderboard/page.tsx': 'interface LeaderboardEntry {\n  name: string;\n  avatar?: string;\n}\nexport default function Page({ rows }: { rows: LeaderboardEntry[] }) {\n  return <ul>{rows.map((r) => <li key={r.name}>{r.name}</li>)}</ul>;\n}\n', 'app/profile/page.tsx': 'export default function Page() {\n  return <form><input name="phone" type="tel" /></form>;\n}\n', 'app/onboarding/OnboardingContext.tsx': 'export interface OnboardingData {\n  dateOfBirth?: string;\n}\n', 'src/types.ts': 'export interface Member {\n  avatar?: string;\n}\n' }, ['undeclared-collection app/onboarding/OnboardingContext.tsx:2', 'undeclared-collection app/profile/page.tsx:2', 'undeclared-collection src/types.ts:2']],
    ['another API\'s response shape is not collection', { 'src/api.ts': 'export type ContributorResponse = {\n  email: string;\n};\n' }, []],
    ['a route\'s or a screen\'s name is no form field', { 'src/nav.tsx': 'export const Nav = () => <Stack.Screen name="edit-bio" />;\n' }, []],
    ['an icon set\'s glyph (`<Ionicons name="phone-portrait">`, `<FontAwesome5 name="birthday-cake">`) is no form field; an input\'s name is', { 'src/ui.tsx': 'export const A = () => <><Ionicons name="phone-portrait" size={20} /><FontAwesome5 name="birthday-cake" /><input name="phone" /></>;\n' }, ['undeclared-collection src/ui.tsx:1']],
    ['an account\'s address (`accountAddress`) is a wallet\'s or a mailbox\'s; a user\'s address is where they live', { 'schema.prisma': 'model Preference {\n  id             Int    @id\n  accountAddress String\n}\nmodel Member {\n  id          Int    @id\n  userAddress String\n}\n' }, ['undeclared-collection schema.prisma:7']],
    ['a button\'s or a menu item\'s name is no form field; an input\'s is', { 'src/menu.tsx': 'export const Menu = () => (\n  <div>\n    <LinkButton name="menu-item-login-email">Email login</LinkButton>\n    <button name="login-email" type="button">Go</button>\n    <input name="email" />\n  </div>\n);\n' }, ['undeclared-collection src/menu.tsx:5']],
    ['an allowlist of IP addresses validated as IPs is a setting, not a visitor\'s address; what an audit log points at is a resource, its name no one\'s', { 'src/api.ts': "import { z } from 'zod';\nexport const updateApi = z.object({\n  ipWhitelist: z.string().ip(),\n  clientIp: z.string().ip(),\n});\n", 'src/audit.ts': "export interface AuditLogTarget {\n  displayName: string;\n  name: string;\n}\n" }, ['undeclared-collection src/api.ts:4']],
    ['the props of a role\'s client component (`RoleClientProps`) are software\'s, a role\'s address no one\'s', { 'src/role.tsx': "type RoleClientProps = {\n  role: {\n    id: string;\n    address: string;\n  };\n};\nexport const save = (p: RoleClientProps) => fetch('/api/roles', { method: 'POST', body: JSON.stringify(p.role) });\n" }, []],
    ['a company\'s financial statement (`operating_income`, `ebitda`, `fiscal_date`) has the company\'s income, its nested parts too; an applicant\'s income is theirs', { 'src/fin.ts': "export interface IncomeStatement {\n  fiscal_date: string;\n  operating_income: number;\n  non_operating_interest: {\n    income: number;\n  };\n  net_income: number;\n  ebitda: number;\n}\nexport interface Applicant {\n  email: string;\n  annualIncome: number;\n}\n" }, ['undeclared-collection src/fin.ts:11', 'undeclared-collection src/fin.ts:12']],
    ['a blockchain address is no postal address', { 'src/account.ts': 'type Hex = `0x${string}`;\nexport interface Account {\n  homeAddress: Hex;\n}\n' }, []],
    ['a library\'s request type widened in `declare module` is not collection', { 'src/app.ts': "declare module 'fastify' {\n  interface FastifyRequest {\n    clientEmail: string;\n  }\n}\nexport {};\n" }, []],
    ['the same shape as the product\'s own type is', { 'src/app.ts': 'export interface Visit {\n  clientEmail: string;\n}\n' }, ['undeclared-collection src/app.ts:2']],
    ['an AI tool\'s arguments are what the model writes', { 'src/tools.ts': "import { tool } from 'ai';\nimport { z } from 'zod';\nexport const geocode = tool({\n  description: 'Find a place',\n  inputSchema: z.object({\n    email: z.string(),\n  }).describe('args'),\n  execute: async ({ email }) => email,\n});\n" }, []],
    ['the same schema as a form\'s is collection', { 'src/form.ts': "import { z } from 'zod';\nexport const signup = z.object({\n  email: z.string(),\n});\n" }, ['undeclared-collection src/form.ts:3']],
    ['a constant sent under a personal key is not a person\'s value', { 'src/fetch.ts': "const agent = 'Mozilla/5.0 (compatible)';\nexport const get = () => fetch('https://api.example-media.com/v1', { headers: { 'user-agent': agent } });\n" }, []],
    ['the password that protects a shared space is no sign-in credential; a sign-up password is', { 'src/actions.ts': "export async function createSpace(formData: FormData) {\n  return formData.get('password');\n}\nexport async function signUp(formData: FormData) {\n  return formData.get('password');\n}\n" }, ['undeclared-collection src/actions.ts:5']],
    ['a cause of death is health information', { 'src/vitals.ts': "import { z } from 'zod';\nexport const vitals = z.object({\n  causeOfDeath: z.string(),\n});\n" }, ['undeclared-collection src/vitals.ts:3']],
    ['a tel input for a page number is a keypad, not a phone', { 'src/pager.tsx': 'export const Pager = () => <input value={pageInputText} type="tel" onChange={(e) => setPageInputText(e.target.value)} />;\n' }, []],
    ['a tel input for hours of a workout or with a placeholder of two digits is a keypad', { 'src/duration.tsx': 'export const Length = () => (\n  <>\n    <Input type="tel" placeholder="00" value={h} />\n    <input type="tel" value={minutesValue} />\n  </>\n);\n' }, []],
    ['a parsed URL\'s user and password are its own parts; a sign-in form\'s are not', { 'src/url.ts': 'export interface ParsedUrl {\n  protocol: string;\n  pathname: string;\n  username: string;\n  password: string;\n}\nexport class UrlShim {\n  private _hostname = \'\';\n  private _port = \'\';\n  private _username = \'\';\n}\nexport interface Login {\n  username: string;\n  password: string;\n}\n' }, ['undeclared-collection src/url.ts:13', 'undeclared-collection src/url.ts:14']],
    ['a record filled only from a list the repository writes (a staff page, a JSON file cast to the type) is no collection; an empty list filled later is', { 'src/team.ts': "import teamData from './team.json';\nexport type TeamMember = { name: string; bio: string };\nexport const members = [...(teamData as TeamMember[])];\nexport interface Staff { email: string }\nexport const staff: Staff[] = [{ email: 'a@acme.io' }];\nexport interface Visitor { email: string }\nexport const visitors: Visitor[] = [];\n" }, ['undeclared-collection src/team.ts:6']],
    ['a tel input for a phone is a phone', { 'src/contact.tsx': 'export const Contact = () => <input value={mobile} type="tel" onChange={(e) => setMobile(e.target.value)} />;\n' }, ['undeclared-collection src/contact.tsx:1']],
    ['a slot typed `unknown` holds nothing the code keeps', { 'src/events.ts': 'export interface Events {\n  player: {\n    play: unknown;\n    resume: unknown;\n  };\n}\n' }, []],
    ['environment variables are the deployment\'s settings', { 'src/env.ts': "import { z } from 'zod';\nexport const envSchema = z.object({\n  DB_HOST: z.string(),\n  DB_USER: z.string(),\n  DEVELOPMENT_MYSQL_PASSWORD: z.string(),\n  ADMIN_EMAIL: z.string().email(),\n});\n" }, []],
    ['an address beside a currency is a wallet\'s', { 'src/wallet.ts': 'export interface Payload {\n  currency: string;\n  address: string;\n  walletAddress: string;\n}\nexport interface Shipping {\n  email: string;\n  address: string;\n}\n' }, ['undeclared-collection src/wallet.ts:4', 'undeclared-collection src/wallet.ts:7', 'undeclared-collection src/wallet.ts:8']],
    ['a record of daily statistics counts page views over everyone', { 'src/stats.ts': "import { pgTable, integer, text } from 'drizzle-orm/pg-core';\nexport const dailyStats = pgTable('daily_stats', {\n  day: text('day'),\n  pageViews: integer('page_views'),\n});\nexport const visits = pgTable('visits', {\n  userId: text('user_id'),\n  pageViews: integer('page_views'),\n});\n" }, ['undeclared-collection src/stats.ts:8']],
    ['a chart\'s data points count visits', { 'src/trend.ts': 'export interface TrendPoint {\n  day: string;\n  title: string;\n  visitors: number;\n  pageViews: number;\n  signups: number;\n}\n' }, []],
    ['an audience a product targets and the names of exercises are nobody\'s', { 'src/program.ts': 'export interface Livestream {\n  email: string;\n  targetedUniversities: string[];\n  topUniversities: string[];\n  customExerciseName: string;\n  shortName: string;\n}\n' }, ['undeclared-collection src/program.ts:2']],
    ['the addresses a workflow sends to are people\'s email addresses', { 'src/workflow.ts': 'export interface Workflow {\n  title: string;\n  targetEmailAddresses: string[];\n}\n' }, ['undeclared-collection src/workflow.ts:3']],
    ['a part named for a channel or a company is about it, inside a person\'s record too', { 'src/analytics.ts': 'export interface UserAnalytics {\n  email: string;\n  channelBreakdown: {\n    name: string;\n  }[];\n  home: {\n    city: string;\n  };\n}\n' }, ['undeclared-collection src/analytics.ts:2', 'undeclared-collection src/analytics.ts:7']],
    ['the id of whoever voted is a key, not a voter registration number', { 'src/votes.ts': 'export interface Vote {\n  email: string;\n  voterId: string;\n  voterRegistrationNumber: string;\n}\n' }, ['undeclared-collection src/votes.ts:2', 'undeclared-collection src/votes.ts:4']],
    ['a chart\'s denominations are currencies; a member\'s denomination is a faith', { 'src/chart.ts': 'export interface PageData {\n  chartDenominations: string[];\n}\nexport interface Member {\n  email: string;\n  denomination: string;\n}\n' }, ['undeclared-collection src/chart.ts:5', 'undeclared-collection src/chart.ts:6']],
    ['a form\'s error messages per field are not the fields', { 'src/form.ts': 'export type ActionData = {\n  errors?: {\n    email?: string;\n    avatar?: string;\n  };\n};\nexport interface Profile {\n  email: string;\n}\n' }, ['undeclared-collection src/form.ts:8']],
    ['a place\'s address, position and name are the place\'s; a location with a user is that user\'s', { 'src/places.ts': 'export interface Location {\n  name: string;\n  address: string;\n  lat: number;\n  lng: number;\n}\n', 'schema.prisma': 'model Place {\n  id      Int    @id\n  address String\n  city    String\n}\nmodel Location {\n  id     Int    @id\n  userId Int\n  lat    Float\n}\n' }, ['undeclared-collection schema.prisma:9']],
    ['the corners of a map\'s bounds are the map\'s; a visit\'s position is a person\'s', { 'src/map.ts': 'export interface LatLngBounds {\n  southWest: { lat: number; lng: number };\n  northEast: { lat: number; lng: number };\n}\nexport interface Visit {\n  userId: string;\n  lat: number;\n}\n' }, ['undeclared-collection src/map.ts:7']],
    ['an audience segment beside its share is no person\'s age or gender', { 'src/audience.ts': 'export interface DemographicEntry {\n  ageGroup: string;\n  gender: string;\n  viewerPercentage: number;\n}\nexport interface Member {\n  gender: string;\n}\n' }, ['undeclared-collection src/audience.ts:7']],
    ['a field whose first record is a request context is collected where another record keeps it', { 'src/api.ts': 'export type ApiRequestContext = {\n  userId?: number;\n  ip?: string;\n};\n', 'src/contact.ts': 'export type ContactMessage = {\n  message: string;\n  ip?: string;\n};\n' }, ['undeclared-collection src/contact.ts:3']],
    ['a row that points at a person by id records that person\'s IP address (`readerId` beside a bare `ip` too, not a queue worker\'s id); a project\'s name stays its own', { 'src/schema.ts': "import { pgTable, text, varchar } from 'drizzle-orm/pg-core';\nexport const engagementEvents = pgTable('engagement_events', {\n  subscriberId: text('subscriber_id'),\n  ipAddress: varchar('ip_address', { length: 45 }),\n});\nexport const projects = pgTable('projects', {\n  userId: text('user_id'),\n  name: text('name'),\n});\nexport const opens = pgTable('email_opens', {\n  readerId: text('reader_id'),\n  ip: varchar('ip', { length: 45 }),\n});\nexport const jobs = pgTable('jobs', {\n  workerId: text('worker_id'),\n  ip: varchar('ip', { length: 45 }),\n});\n" }, ['undeclared-collection src/schema.ts:4', 'undeclared-collection src/schema.ts:12']],
    ['a nested part of a business\'s Mongoose schema (`restaurantSchema.address: { street, city }`) is the business\'s, as its `phone` is; a staff member\'s is the person\'s', { 'src/models.ts': "import { Schema } from 'mongoose';\nconst restaurantSchema = new Schema({\n  name: String,\n  phone: String,\n  address: { street: String, city: String },\n});\nconst staffSchema = new Schema({\n  email: String,\n  home: { street: String },\n});\n" }, ['undeclared-collection src/models.ts:8', 'undeclared-collection src/models.ts:9']],
    ['a part named by the property that holds it (`identity: { documentNumber }`) is an identity document\'s number; a request body\'s or a host\'s part is not', { 'src/user.ts': "import { Schema } from 'mongoose';\nexport const UserSchema = new Schema({\n  email: String,\n  identity: {\n    documentType: String,\n    documentNumber: String,\n  },\n  host: {\n    name: String,\n  },\n});\n" }, ['undeclared-collection src/user.ts:3', 'undeclared-collection src/user.ts:6']],
    ['a record with a map\'s id for the place, and a map\'s center, are places', { 'src/spot.ts': "import { z } from 'zod';\nexport const newSpot = z.object({\n  osmId: z.string(),\n  address: z.string(),\n  city: z.string(),\n});\nexport interface MapProps {\n  center: { lat: number; lng: number };\n}\nexport const signup = z.object({\n  address: z.string(),\n  email: z.string(),\n});\n" }, ['undeclared-collection src/spot.ts:11', 'undeclared-collection src/spot.ts:12']],
    ['the keys of a record written to a store with no model in the project are collected (Prisma `data`, a Mongo collection, Drizzle `values`); constants and nested writes are not', { 'src/visit.ts': "import { prisma } from './db';\nexport async function log(req: Request, db: any) {\n  await prisma.visit.create({ data: { latitude: Number(req.headers.get('x-lat')), source: 'web', user: { connect: { id: 1 } } } });\n  await db.collection('signups').insertOne({ phone: req.body.phone, plan: 'free' });\n  await db.insert(contacts).values({ homeAddress: req.body.addr });\n}\n" }, ['undeclared-collection src/visit.ts:3', 'undeclared-collection src/visit.ts:4', 'undeclared-collection src/visit.ts:5']],
    ['a key written to a store is left to the model that declares the same data', { 'schema.prisma': 'model Visit {\n  id       Int   @id\n  latitude Float\n}\n', 'src/visit.ts': "import { prisma } from './db';\nexport const log = (lat: number) => prisma.visit.create({ data: { latitude: lat } });\n" }, ['undeclared-collection schema.prisma:3']],
    ['an SDK\'s `create` is a call to the service, not a store write', { 'src/pay.ts': "import Stripe from 'stripe';\nconst stripe = new Stripe('k');\nexport const pay = (addr: string) => stripe.customers.create({ data: { homeAddress: addr } } as any);\n" }, ['undeclared-sharing src/pay.ts:3']],
    ['the title of a scheduled job (`workflowSchedule.jobTitle`) is no one\'s position; an applicant\'s is', { 'src/schema.ts': "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const workflowSchedule = pgTable('workflow_schedule', {\n  cron: text('cron'),\n  jobTitle: text('job_title'),\n});\nexport const applicants = pgTable('applicants', {\n  email: text('email'),\n  jobTitle: text('job_title'),\n});\n" }, ['undeclared-collection src/schema.ts:7', 'undeclared-collection src/schema.ts:8']],
    ['a legal name record is a person\'s', { 'src/name.ts': 'export interface LegalName {\n  email: string;\n}\n' }, ['undeclared-collection src/name.ts:2']],
    ['a notification preference record names what to be told about (`loan_income`, `birthday`), not that data; where the notice goes is a contact detail', { 'src/prefs.ts': "export type notification_preferences = {\n  loan_income: string[];\n  new_follower: string[];\n};\nexport interface AlertPrefs {\n  birthday: ('email' | 'push')[];\n  phoneNumber: string;\n}\n" }, ['undeclared-collection src/prefs.ts:7']],
    ['a constant a class sets itself (`email_ = \'ops@acme.io\'`) is no data; an empty default is a field to fill', { 'src/svc.ts': "export class UserDeletionService {\n  protected email_ = 'ops@acme.io';\n  phone = \"+1 555 0100\";\n  email: string = '';\n}\n" }, ['undeclared-collection src/svc.ts:4']],
    ['a column that defaults to the database role (`dbgenerated("CURRENT_USER")`) and pg_cron\'s own tables (`@@schema("cron")`) hold no user\'s name', { 'schema.prisma': 'model job {\n  jobid    BigInt @id\n  username String @default(dbgenerated("CURRENT_USER"))\n}\nmodel Member {\n  id       Int    @id\n  email    String\n}\nmodel job_run_details {\n  runid    BigInt  @id\n  username String?\n  @@schema(\"cron\")\n}\n' }, ['undeclared-collection schema.prisma:7']],
  ];
  for (const [name, files, expected] of table) it(name, () => assert.deepEqual(brief(analyze(files, POLICY, 'p.md')).map((b) => b.replace(/:\d+$/, '')), expected));
  it('"Country of IP address" (where someone is) declares a visit\'s city, not the city of a postal address record (`ShippingAddress.city`); "Rounded amount being contributed" declares the amount given', () => {
    const files = { 'src/types.ts': 'export interface ShippingAddress {\n  city: string;\n}\nexport interface Visit {\n  city: string;\n}\nexport interface Contribution {\n  donationAmount: number;\n}\n' };
    assert.deepEqual(brief(analyze(files, '# Privacy\n\n## Information we collect\n\nWhen you contribute, we collect the following information:\n\n- Rounded amount being contributed\n- Country of IP address\n', 'p.md')), ['undeclared-collection src/types.ts:2:3']);
  });
  it('a position a form takes (`Number(form.get(\'lat\'))`) is collected where it is read, though a record elsewhere has a position qualified by words the read does not have (`Trail.trailheadLat`)', () => {
    const files = { 'src/pages/api/report.ts': "export async function POST({ request }: { request: Request }) {\n  const form = await request.formData();\n  const lat = Number(form.get('lat'));\n  return new Response(String(lat));\n}\n", 'src/db.ts': 'export interface Trail {\n  id: string;\n  name: string;\n  lengthKm: number;\n  trailheadLat: number;\n}\n' };
    assert.deepEqual(brief(analyze(files, '# Privacy\n\n## What we collect\n\nWe collect trail reports. We do not collect your precise location.\n', 'p.md')).filter((b) => b.includes('report.ts')), ['prohibited-collection src/pages/api/report.ts:3:31']);
  });
  it('an age is worked out from the date of birth the policy declares (`PatientSnapshot.age`); without that, an age is data of its own', () => {
    const files = { 'src/patient.ts': 'export interface PatientSnapshot {\n  name: string;\n  age: number;\n}\n' };
    assert.deepEqual([brief(analyze(files, '# P\n\n## What we collect\n\n- Identity information: your name and date of birth.\n', 'p.md')), brief(analyze(files, '# P\n\n## What we collect\n\n- Your name.\n', 'p.md'))], [[], ['undeclared-collection src/patient.ts:3:3']]);
  });
  it('coordinates in a geocoding module (`lib/geocoding.ts`: `coordinates: { latitude; longitude }`) are the geocode of an address the policy declares, not a tracked position; without that declaration they are a position', () => {
    const files = { 'src/lib/geocoding.ts': 'export interface VerifiedAddress {\n  street: string;\n  coordinates: { latitude: number; longitude: number };\n}\n' };
    assert.deepEqual([brief(analyze(files, '# P\n\n## What we collect\n\n- Your name and home address.\n', 'p.md')), brief(analyze(files, '# P\n\n## What we collect\n\n- Your name.\n', 'p.md')).length > 0], [[], true]);
  });
  it('"We do not access your device\'s location" is no ban on the geocode of an address the policy declares (`lib/geocode.ts`: `LatLng`); a device\'s location sent in is; the position type a geocoder answers with is no one\'s location even under a ban on "precise location" (a record that keeps it is)', () => {
    const files = { 'lib/geocode.ts': 'type LatLng = { lat: number; lng: number };\nexport async function geocodeAddress(street: string): Promise<LatLng | null> {\n  return null;\n}\n', 'lib/schemas.ts': "import { z } from 'zod';\nexport const Input = z.object({\n  street: z.string(),\n  deviceLocation: z.object({ lat: z.number(), lng: z.number() }).optional(),\n});\n" };
    const device = '# P\n\n## What we collect\n\n- Your name and the address of the property.\n\nWe do not access your device\'s location.\n';
    const precise = '# P\n\n## What we collect\n\n- Your name and the address of the property.\n\nWe never collect your precise location.\n';
    const geocode = { 'lib/geocode.ts': files['lib/geocode.ts'] };
    assert.deepEqual([brief(analyze(files, device, 'p.md')), brief(analyze(geocode, device, 'p.md')), brief(analyze(geocode, precise, 'p.md'))], [['prohibited-collection lib/schemas.ts:4:30'], [], []]);
  });
  it('`userName` (a user name in two words) is the name the policy declares for the person; `username` in one word is a handle it does not', () => {
    const policy = '# P\n\n## What we collect\n\n- Your name.\n';
    assert.deepEqual([brief(analyze({ 'src/onboarding.ts': 'export interface OnboardingBody {\n  userName: string;\n}\n' }, policy, 'p.md')), brief(analyze({ 'src/account.ts': 'export interface Account {\n  username: string;\n}\n' }, policy, 'p.md'))], [[], ['undeclared-collection src/account.ts:2:3']]);
  });
  it('a record the policy declares by name ("Resume data that you provide", "billing information") declares what it holds (`Basics.email` in `resumeTypes.ts`, `BillingAddress.city`); a broad one ("account information") does not', () => {
    const files = { 'src/resumeTypes.ts': 'export interface Basics {\n  email: string;\n  phone: string;\n}\nexport interface BillingAddress {\n  city: string;\n}\n', 'src/account.ts': 'export interface Account {\n  phone: string;\n}\n' };
    const policy = '# P\n\n## What we collect\n\n- Resume data that you provide\n- Subscription billing information (via Stripe)\n- Account information\n';
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['undeclared-collection src/account.ts:2:3']);
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\n- Account information\n', 'p.md')).map((b) => b.replace(/:\d+$/, '')), ['undeclared-collection src/account.ts:2', 'undeclared-collection src/resumeTypes.ts:2', 'undeclared-collection src/resumeTypes.ts:6']);
  });

  it('"We don\'t take the neighbour\'s name, phone number or email address" bans a neighbour\'s (`Quote.neighbourName`), not the customer\'s own name; "we never ask for key-safe codes or alarm codes" bans a home\'s access codes', () => {
    const files = { 'src/db.ts': 'export interface Customer {\n  name: string;\n  email: string;\n}\nexport interface Quote {\n  address: string;\n  neighbourName: string;\n  neighbourPhone: string;\n  keySafeCode: string;\n  alarmCode: string;\n}\n' };
    const policy = "# P\n\n## What we collect\n\nWe collect your name, email address and the address of the job.\n\nWe don't need, and never ask for, key-safe codes or alarm codes.\n\nIf the tree is on a neighbour's boundary, we ask for the neighbouring property's address. We don't take the neighbour's name, phone number or email address.\n";
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/db.ts:7:3', 'prohibited-collection src/db.ts:8:3', 'prohibited-collection src/db.ts:9:3', 'prohibited-collection src/db.ts:10:3']);
  });

  it('"we don\'t record the names or ages of anyone in your household" bans the occupants\' (`Occupant.name`, `Occupant.age`), not the customer\'s own name', () => {
    const files = { 'src/db.ts': 'export interface Occupant {\n  name: string;\n  age: number;\n}\nexport interface Job {\n  customerName: string;\n  email: string;\n  occupants: Occupant[];\n}\n' };
    const policy = "# P\n\n## What we collect\n\nWe collect your name and email address.\n\nWe ask whether children live at the property, as a yes or no. We don't need to know who lives at the property, and we don't record the names or ages of anyone in your household.\n";
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/db.ts:2:3', 'prohibited-collection src/db.ts:3:3']);
  });

  it('"We don\'t collect players\' own phone numbers or email addresses" bans a player\'s (`Player.playerMobile`), not the guardian\'s declared ones; "customers\' email addresses" is everyone\'s', () => {
    const files = { 'src/db.ts': 'export interface Guardian {\n  name: string;\n  email: string;\n  mobile: string;\n}\nexport interface Player {\n  firstName: string;\n  playerMobile: string;\n}\n' };
    const policy = "# P\n\n## About parents\n\nWe collect your name, email address and mobile number.\n\n## About the player\n\nWe collect the player's first name. We don't collect players' own phone numbers or email addresses: all messages go to parents and carers.\n";
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/db.ts:8:3']);
    const all = "# P\n\n## What we collect\n\nWe collect your name.\n\nWe don't collect customers' email addresses.\n";
    assert.deepEqual(brief(analyze({ 'src/db.ts': 'export interface Customer {\n  name: string;\n  email: string;\n}\n' }, all, 'p.md')), ['prohibited-collection src/db.ts:3:3']);
  });

  it('"We do not collect email addresses or phone numbers from students" and "a student\'s full date of birth" ban the students\' (`Student.email`, `Student.dateOfBirth`), not the account holder\'s', () => {
    const files = { 'src/db.ts': 'export interface AccountHolder {\n  email: string;\n  mobile: string;\n  dateOfBirth: string;\n}\nexport interface Student {\n  firstName: string;\n  email: string;\n  dateOfBirth: string;\n}\n' };
    const policy = "# P\n\n## What we collect\n\nWe collect the account holder's name, email address, mobile number and date of birth, and each student's first name.\n\nWe do not collect email addresses or phone numbers from students. We never ask for a student's full date of birth.\n";
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/db.ts:8:3', 'prohibited-collection src/db.ts:9:3']);
  });

  it('"We don\'t ask guests for an email address or phone number" bans the guests\' (`Guest.phone`), not the members\' the policy declares', () => {
    const files = { 'src/db.ts': 'export interface Member {\n  name: string;\n  email: string;\n  mobile: string;\n}\nexport interface Guest {\n  name: string;\n  phone: string;\n}\n' };
    const policy = "# P\n\n## What we collect\n\nWe collect members\' names, email addresses and mobile numbers.\n\nFor a guest we ask only for their name. We don\'t ask guests for an email address or phone number.\n";
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/db.ts:8:3']);
  });

  it("a sign-in checked against the environment (`credentials.username === process.env.USERNAME`) is the operator's own, not a person's data; a parameter kept otherwise still is", () => {
    const files = { 'src/auth.ts': "export async function authorize(credentials: { username: string; password: string }) {\n  if (credentials.username === process.env.USERNAME && credentials.password === process.env.PASSWORD) return { id: 'admin' };\n  return null;\n}\nexport async function signup(input: { username: string; phone: string }) {\n  if (input.username === process.env.RESERVED) throw new Error('taken');\n  return save(input.phone);\n}\ndeclare function save(x: string): Promise<void>;\n" };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\nWe collect your email address.\n', 'p.md')), ['undeclared-collection src/auth.ts:5:39', 'undeclared-collection src/auth.ts:5:57']);
  });

  it("a node's parent in a tree of pages (`{ parentType, parentName }`) is no one's parent; a child's `parentName` is a person's", () => {
    const files = { 'src/tree.ts': 'export interface Finder {\n  parentType: string;\n  topLevelId: string;\n  parentName: string;\n}\nexport interface Child {\n  firstName: string;\n  parentName: string;\n}\n' };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\nWe collect your email address.\n', 'p.md')), ['undeclared-collection src/tree.ts:7:3', 'undeclared-collection src/tree.ts:8:3']);
  });

  it("what a person wrote in a message or a comment (`model ChatMessage { userId; content }`, `pgTable('messages', { userId, content })`, `knex('chat_messages').insert({ user_id, content })`, `Comment { authorId, body }`) is their message; the product's own messages and rows that point at no writer are not", () => {
    const files = {
      'prisma/schema.prisma': 'model ChatMessage {\n  id      String @id\n  userId  String\n  role    String\n  content String\n}\nmodel Comment {\n  id       String @id\n  authorId String\n  body     String\n}\nmodel SystemMessage {\n  id      String @id\n  userId  String\n  content String\n}\nmodel Message {\n  id      String @id\n  content String\n}\n',
      'src/repo.ts': "import type { Knex } from 'knex';\nexport class ChatMessages {\n  private readonly table = 'chat_messages';\n  constructor(private readonly db: Knex) {}\n  async add(userId: number, content: string) {\n    await this.db(this.table).insert({ user_id: userId, content });\n  }\n  async note(userId: number, text: string) {\n    await this.db('error_messages').insert({ user_id: userId, text });\n  }\n}\n",
    };
    const policy = '# P\n\n## What we collect\n\nWe collect your email address.\n';
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['undeclared-collection prisma/schema.prisma:5:3', 'undeclared-collection prisma/schema.prisma:10:3']);
    const db = "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const messages = pgTable('messages', {\n  id: text('id'),\n  userId: text('user_id'),\n  content: text('content'),\n});\n";
    assert.deepEqual(brief(analyze({ 'src/repo.ts': files['src/repo.ts'] }, policy, 'p.md')), ['undeclared-collection src/repo.ts:6:57']);
    assert.deepEqual(brief(analyze({ 'src/db.ts': db }, policy, 'p.md')), ['undeclared-collection src/db.ts:5:3']);
    // (Declared, the messages are covered.)
    assert.deepEqual(brief(analyze(files, policy.replace('your email address', 'your email address, the messages you send and your comments'), 'p.md')), []);
  });

  it("the columns a Knex migration adds (`knex.schema.createTable('workers', (t) => { t.date('date_of_birth') })`) are what the product keeps: a ban on keeping a date of birth is broken there, not by the form that asks for it", () => {
    const files = {
      'src/db/migrations/001_workers.ts': "import type { Knex } from 'knex';\nexport async function up(knex: Knex): Promise<void> {\n  await knex.schema.createTable('workers', (t) => {\n    t.uuid('id').primary();\n    t.string('email', 320).notNullable();\n    t.date('date_of_birth').notNullable();\n    t.boolean('verified').defaultTo(false);\n  });\n  await knex.schema.alterTable('workers', (table) => {\n    table.string('passport_number', 20).nullable();\n  });\n}\n",
      'src/routes.ts': 'export interface SignupBody {\n  email: string;\n  dateOfBirth: string;\n}\n',
    };
    const policy = '# P\n\n## What we collect\n\nWe collect your email address. We ask for your date of birth at sign-up only to confirm your age; we do not keep your date of birth.\n';
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/db/migrations/001_workers.ts:6:12', 'undeclared-collection src/db/migrations/001_workers.ts:10:18']);
  });

  it("a thing's size and weight (`vehicle: { heightCm }`, `CreateDelivery { weightKg }`) are no body's; a patient's weight is", () => {
    const files = { 'src/schemas.ts': "import { z } from 'zod';\nexport const booking = z.object({\n  leadEmail: z.string().email(),\n  vehicle: z.object({ registration: z.string(), heightCm: z.number().int() }).optional(),\n});\nexport const CreateDelivery = z.object({\n  recipientName: z.string(),\n  weightKg: z.number().positive(),\n});\nexport interface Patient {\n  fullName: string;\n  weightKg: number;\n}\n" };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\nWe collect your name, email address and vehicle registration.\n', 'p.md')), ['undeclared-collection src/schemas.ts:12:3']);
  });

  it('a record of a site people visit (`Pool`, `Rink`, `Park`) holds the place\'s coordinates, not anyone\'s location; a member\'s home coordinates stay theirs', () => {
    const files = { 'src/models.ts': 'export interface Pool {\n  id: number;\n  name: string;\n  streetAddress: string;\n  latitude: number;\n  longitude: number;\n}\nexport interface Member {\n  id: number;\n  email: string;\n  homeLat: number;\n}\n' };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\nWe collect your email address.\n', 'p.md')), ['undeclared-collection src/models.ts:11:3']);
  });

  it('a place of worship\'s profile (`MosqueProfile { address, phone, facebookUrl }`) is its own, as a company\'s is; a follower\'s phone and a donor\'s address (`MosqueDonation`) are theirs', () => {
    const prisma = { 'schema.prisma': 'model MosqueProfile {\n  id          String @id\n  address     String\n  zipCode     String\n  phone       String\n  facebookUrl String?\n}\nmodel Follower {\n  id    String @id\n  email String\n  phone String\n}\nmodel MosqueDonation {\n  id      String @id\n  email   String\n  address String\n}\n' };
    assert.deepEqual(brief(analyze(prisma, '# P\n\n## What we collect\n\nWe collect your email address.\n', 'p.md')), ['undeclared-collection schema.prisma:11:3', 'undeclared-collection schema.prisma:16:3']);
  });

  it('data the policy says a vendor receives ("It receives the interests you type in. Google will never receive your name") is data the product has: `interests` is declared, the name is not', () => {
    const files = { 'src/plan.ts': 'export interface PlanRequest {\n  interests: string[];\n  fullName: string;\n}\n' };
    const policy = '# P\n\n## What we collect\n\nYour email address.\n\n## Who we share it with\n\n- **Google (Gemini API)** writes itineraries. It receives the dates and interests you type in. Google will never receive your name or email address.\n';
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['undeclared-collection src/plan.ts:3:3']);
  });

  it('a type for a position (`interface LatLng { lat; lng }`, a geocoder\'s answer) is no one\'s location; a person\'s record that holds one (`home: LatLng`, `lastSeen: GeoPoint | null`) collects it', () => {
    const files = {
      'src/geo.ts': "export interface LatLng {\n  lat: number;\n  lng: number;\n}\nexport async function geocode(place: string): Promise<LatLng | null> {\n  const res = await fetch(`https://geocode.search.hereapi.com/v1/geocode?q=${place}`);\n  return ((await res.json()) as { items: { position: LatLng }[] }).items[0]?.position ?? null;\n}\n",
      'src/member.ts': "import type { LatLng } from './geo';\nexport interface Member {\n  email: string;\n  home: LatLng;\n}\n",
    };
    const policy = '# P\n\n## What we collect\n\nWe collect your email address.\n';
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['undeclared-collection src/member.ts:4:3']);
    const driver = { 'src/driver.ts': "import type { GeoPoint } from 'firebase/firestore';\nexport interface Driver {\n  email: string;\n  lastSeen: GeoPoint | null;\n}\n" };
    assert.deepEqual(brief(analyze(driver, policy, 'p.md')), ['undeclared-collection src/driver.ts:4:3']);
  });

  it('a point handed to a helper (`haversineKm(a: { lat: number; lng: number }, b)`) is no one\'s location; a parameter named for a person (`rider: { lat; lng }`) is theirs', () => {
    const policy = '# P\n\n## What we collect\n\nWe collect your email address.\n';
    const helper = { 'src/geo.ts': 'export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {\n  return Math.hypot(a.lat - b.lat, a.lng - b.lng) * 111;\n}\n' };
    assert.deepEqual(brief(analyze(helper, policy, 'p.md')), []);
    const rider = { 'src/rides.ts': 'export async function pin(db: any, rider: { lat: number; lng: number }) {\n  await db.pins.insert({ at: rider });\n}\n' };
    assert.deepEqual(brief(analyze(rider, policy, 'p.md')), ['undeclared-collection src/rides.ts:1:45']);
  });

  it('"Other than the allergens above, we do not ask about medical conditions …" bans health data but the allergies the policy takes by that word', () => {
    const policy = '# Privacy\n\n## 1. Information we collect\n\n- Your details: your name and email address.\n- Food preferences: your diet and any of the listed allergens you tell us about.\n\nOther than the allergens above, we do not ask about medical conditions, pregnancy or any other health information.\n';
    const files = { 'src/signup.ts': "import { z } from 'zod';\nexport const Signup = z.object({\n  email: z.string().email(),\n  allergies: z.array(z.string()),\n  medicalConditions: z.array(z.string()),\n});\n" };
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/signup.ts:5:3']);
  });

  it('coordinates of a site the business runs (`kennels.lat`) are the site\'s; positions a tracking table reports (`pickupTracking.ownerLat`) are tracked, not the geocode of a declared pick-up address', () => {
    const policy = '# Privacy\n\n## What we collect\n\nYour name, mobile number and home address, for pick-ups.\n\nWe do not track the location of your phone.\n';
    const files = { 'src/schema.ts': "import { pgTable, serial, text, integer, doublePrecision } from 'drizzle-orm/pg-core';\nexport const kennels = pgTable('kennels', {\n  id: serial('id').primaryKey(),\n  name: text('name').notNull(),\n  lat: doublePrecision('lat').notNull(),\n  lng: doublePrecision('lng').notNull(),\n});\nexport const pickupTracking = pgTable('pickup_tracking', {\n  id: serial('id').primaryKey(),\n  bookingId: integer('booking_id').notNull(),\n  ownerLat: doublePrecision('owner_lat'),\n  ownerLng: doublePrecision('owner_lng'),\n});\n" };
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/schema.ts:11:3', 'prohibited-collection src/schema.ts:12:3']);
    // ("current" says which address: `currentHomeLat` is the geocode of the declared one.)
    const current = { 'src/schema.ts': "import { pgTable, serial, doublePrecision } from 'drizzle-orm/pg-core';\nexport const owners = pgTable('owners', {\n  id: serial('id').primaryKey(),\n  currentHomeLat: doublePrecision('current_home_lat'),\n  currentHomeLng: doublePrecision('current_home_lng'),\n});\n" };
    assert.deepEqual(brief(analyze(current, policy, 'p.md')), []);
  });

  it("a part named for a thing inside a person's record has a bare `name` of its own (`firstAction: { ts, name }`); a rename's `{ oldName, newName }` is the renamed thing's, a user's rename stays theirs, and so does a person's own full name", () => {
    const files = { 'src/a.ts': 'export interface UserRow {\n  userId: string;\n  email: string;\n  firstAction: { ts: number; name: string };\n  fullName: string;\n}\nexport interface DayIdentityChange {\n  oldName: string;\n  newName: string;\n}\nexport interface UserRename {\n  oldName: string;\n  newName: string;\n}\n' };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\nWe collect your email address.\n', 'p.md')), ['undeclared-collection src/a.ts:5:3', 'undeclared-collection src/a.ts:12:3', 'undeclared-collection src/a.ts:13:3']);
  });

  it('a person\'s bare `image` (`model User { image }`, `interface Member { image }`, as NextAuth keeps the picture a sign-in provider gives) is their picture; a product\'s is not, nor an image a function about someone is given', () => {
    const prisma = { 'schema.prisma': 'model User {\n  id    String  @id\n  email String\n  image String?\n}\nmodel Product {\n  id    String @id\n  image String\n}\n' };
    assert.deepEqual(brief(analyze(prisma, '# P\n\n## What we collect\n\nWe collect your email address.\n', 'p.md')), ['undeclared-collection schema.prisma:4:3']);
    const files = {
      'src/db.ts': "export interface Member {\n  id: string;\n  email: string;\n  image: string;\n}\nexport async function upload(user: { id: string }, image: Blob) {\n  await fetch('https://api.store.example/put', { method: 'POST', body: image });\n}\n",
    };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\nWe collect your email address.\n', 'p.md')), ['undeclared-collection src/db.ts:4:3']);
  });

  it('the middle of an area or a map view (`Plot.centroidLat`, `mapCenterLng`) is no one\'s position; a visit\'s is', () => {
    const files = { 'src/db.ts': 'export interface Plot {\n  tenantId: string;\n  centroidLat: number;\n  centroidLng: number;\n}\nexport interface Visit {\n  userId: string;\n  mapCenterLng: number;\n  lat: number;\n}\n' };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\nWe collect your email address.\n', 'p.md')), ['undeclared-collection src/db.ts:9:3']);
  });

  it('free text about a sensitive matter (`disability_description`, `allergyNotes`) holds it: "We don\'t ask about your disability or any medical condition" is broken by it', () => {
    const files = { 'src/db.ts': 'export interface PermitTable {\n  vrm: string;\n  blue_badge_number: string | null;\n  disability_description: string | null;\n}\n' };
    const policy = "# P\n\n## What we collect\n\nWe collect your vehicle registration. We record your Blue Badge number and its expiry date. We don't ask about your disability or any medical condition.\n";
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/db.ts:4:3']);
  });

  it("an audit record's address and browser are the acting person's (`AuditLog.ip`, and `AuditEntry { payload: { sourceIp; userAgent } }` through a slot named for nothing); a plain record's are not", () => {
    const files = { 'src/audit.ts': 'export type AuditLog = {\n  action: string;\n  ip: string;\n};\nexport type AuditEntry = {\n  payload: undefined | {\n    sourceIp: string;\n    userAgent: string;\n  };\n};\nexport type Probe = {\n  sourceIp: string;\n};\n' };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\nWe collect your email address.\n', 'p.md')), ['undeclared-collection src/audit.ts:3:3', 'undeclared-collection src/audit.ts:7:5', 'undeclared-collection src/audit.ts:8:5']);
  });

  it('a ban under "If you are a puppy raiser" is about raisers: `Raiser.dateOfBirth` breaks it, the applicants\' declared date of birth does not', () => {
    const files = { 'src/db.ts': 'export interface Applicant {\n  name: string;\n  dateOfBirth: string;\n}\nexport interface Raiser {\n  name: string;\n  dateOfBirth: string;\n}\n' };
    const policy = "# P\n\n## If you apply for a guide dog\n\nWe ask for your name and date of birth.\n\n## If you are a puppy raiser\n\nWe ask for your name. We don't ask for your date of birth.\n";
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/db.ts:7:3']);
  });

  it('a phone call\'s record (`calls { callSid, fromNumber, recordingUrl }`) holds the caller\'s number and a recording of them; a `toolCalls` record holds neither', () => {
    const files = { 'src/db.ts': "export interface calls {\n  callSid: string;\n  fromNumber: string;\n  startedAt: Date;\n  recordingUrl: string;\n}\nexport interface toolCalls {\n  callSid: string;\n  from: string;\n  recordingUrl: string;\n}\n" };
    assert.deepEqual(brief(analyze(files, POLICY, 'p.md')), ['undeclared-collection src/db.ts:3:3', 'undeclared-collection src/db.ts:5:3']);
    const policy = "# P\n\n## What we collect\n\nWhen you phone us we keep your phone number and the call's length. We don't record phone calls.\n";
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/db.ts:5:3']);
  });

  it('"We don\'t ask for the recipient\'s email address" bans a gift recipient\'s (`GiftOrder.recipientEmail`), not the member\'s own email', () => {
    const files = { 'src/db.ts': 'export interface Member {\n  name: string;\n  email: string;\n}\nexport interface GiftOrder {\n  recipientName: string;\n  recipientEmail: string;\n}\n' };
    const policy = "# P\n\n## What we collect\n\nWe collect your name and email address.\n\nWhen you send a gift we take the recipient's name for the courier. We don't ask for the recipient's email address.\n";
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/db.ts:7:3']);
  });

  it('in a product built on a wallet library (viem), `userAddress` is a wallet address and `spenderAddress` nobody\'s; a `shippingAddress` is still where someone lives', () => {
    const files = { 'src/client.ts': "import { createPublicClient } from 'viem';\nexport const client = createPublicClient({});\n", 'src/db.ts': 'export interface BatchRevoke {\n  userAddress: string;\n  spenderAddress: string;\n  shippingAddress: string;\n}\n' };
    const policy = '# P\n\n## What we collect\n\n- Your name and your wallet address.\n';
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['undeclared-collection src/db.ts:4:3']);
    // (Beside a city, an address is a postal one.)
    const merch = { ...files, 'src/merch.ts': 'export interface Recipient {\n  address: string;\n  city: string;\n}\n' };
    assert.deepEqual(brief(analyze(merch, policy, 'p.md')), ['undeclared-collection src/db.ts:4:3', 'undeclared-collection src/merch.ts:2:3', 'undeclared-collection src/merch.ts:3:3']);
    // (Without the wallet library the same record holds three postal addresses.)
    assert.deepEqual(brief(analyze({ 'src/db.ts': files['src/db.ts'] }, policy, 'p.md')), ['undeclared-collection src/db.ts:2:3', 'undeclared-collection src/db.ts:3:3', 'undeclared-collection src/db.ts:4:3']);
  });
});

describe('collection: whose a record is', () => {
  it('a position rounded on purpose is an approximate location', () => {
    const files = { 'src/catch.ts': 'export interface Catch {\n  fullName: string;\n  approxLat: number;\n  lat: number;\n}\n' };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\n- Your name and an approximate position, rounded to 1 km.\n', 'p.md')), ['undeclared-collection src/catch.ts:4:3']);
  });

  it('a tag\'s name is no person\'s, though "last" begins the record\'s name; a member\'s name is', () => {
    const files = { 'src/tags.ts': 'export interface LastFmTag {\n  name: string;\n  url: string;\n}\nexport interface LastMember {\n  name: string;\n}\n' };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md')), ['undeclared-collection src/tags.ts:6:3']);
  });
});

describe('collection: a declaration read with what its words cover', () => {
  it("the two sides of a thing's rename (`oldFullName`, `newName`) are no person's name; in a person's record they are", () => {
    const files = { 'src/swap.ts': 'export interface ExerciseSwap {\n  oldFullName: string;\n  newName: string;\n}\nexport interface MemberRename {\n  memberId: string;\n  oldFullName: string;\n}\n' };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\nYour phone number.\n', 'p.md')), ['undeclared-collection src/swap.ts:7:3']);
  });
  it('the coordinates of a declared address (pickupLat) are its geocode; a tracked position is not', () => {
    const lesson = 'export interface Lesson {\n  id: string;\n  pickupLat: number;\n}\n';
    assert.deepEqual(brief(analyze({ 'src/lesson.ts': lesson }, '# P\n\n## What we collect\n\nYour pickup address.\n', 'p.md')), []);
    assert.deepEqual(brief(analyze({ 'src/lesson.ts': lesson }, '# P\n\n## What we collect\n\nYour name.\n', 'p.md')), ['undeclared-collection src/lesson.ts:3:3']);
  });

  const profile = 'export interface Member {\n  id: string;\n  country: string;\n  employer: string;\n}\n';
  it('"location information" declares the country of an address; "employment information" the employer', () => {
    assert.deepEqual(brief(analyze({ 'src/member.ts': profile }, '# P\n\n## What we collect\n\n- Your name.\n', 'p.md')), ['undeclared-collection src/member.ts:3:3', 'undeclared-collection src/member.ts:4:3']);
    assert.deepEqual(brief(analyze({ 'src/member.ts': profile }, '# P\n\n## What we collect\n\nYour location information and employment information.\n', 'p.md')), []);
  });
  it('a category a flattened table marks "NO" is not declared, its examples neither', () => {
    const policy = '# P\n\n## Categories collected\n\nA. Identifiers\n\nName and email address\n\nYES\n\nG. Geolocation data\n\nDevice location and country\n\nNO\n';
    assert.deepEqual(brief(analyze({ 'src/member.ts': profile }, policy, 'p.md')).slice(0, 1), ['undeclared-collection src/member.ts:3:3']);
  });

  const bank = 'export class BankDetailsDto {\n  accountHolderName: string;\n  sortCode: string;\n  accountNumber: string;\n}\nexport class CreateOwnerDto {\n  fullName: string;\n  email: string;\n  bankDetails?: BankDetailsDto;\n}\n';
  it('"We never see or store your bank account number" rules out a form that takes it, once, at the record that holds it (not again at `bankDetails?: BankDetailsDto`); "We never store" alone leaves a request\'s DTO alone', () => {
    const seen = '# P\n\n## What we collect\n\nYour name and email address. We never see or store your bank account number or sort code.\n';
    assert.deepEqual(analyze({ 'src/owner.dto.ts': bank }, seen, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`), ['prohibited-collection src/owner.dto.ts:4 user.financial.bank_account']);
    assert.deepEqual(brief(analyze({ 'src/owner.dto.ts': bank }, seen.replace('never see or store', 'never store'), 'p.md')), []);
  });
  it('a property named for the data it holds (`homeAddress: PostalAddress`) stays where its record\'s own parts say less', () => {
    const files = { 'src/order.ts': 'export interface PostalAddress {\n  line1: string;\n  town: string;\n}\nexport interface Order {\n  id: string;\n  homeAddress: PostalAddress;\n}\n' };
    assert.deepEqual(analyze(files, POLICY, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`), ['undeclared-collection src/order.ts:7 user.contact.address']);
  });
  it('"We never store any login credentials for your DNS or email provider" is about another service\'s sign-in: our own sign-up\'s password is not ruled out by it, as it is by "We never store your password"', () => {
    const files = { 'src/user.entity.ts': "import { Entity, Column } from 'typeorm';\n@Entity()\nexport class User {\n  @Column() email: string;\n  @Column() password: string;\n}\n" };
    const policy = '# P\n\n## What we collect\n\nYour email address and password. We never store any login credentials for your DNS or email provider.\n';
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), []);
    assert.deepEqual(brief(analyze(files, policy.replace('any login credentials for your DNS or email provider', 'your password'), 'p.md')), ['prohibited-collection src/user.entity.ts:5:13']);
  });
  it('"Google account information" is what signing in with Google gives: the account\'s e-mail address, name and picture', () => {
    const files = { 'prisma/schema.prisma': 'model User {\n  id    String  @id\n  name  String?\n  email String  @unique\n  image String?\n}\n' };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\n- Your phone number\n- Google account information (for admin access only)\n', 'p.md')), []);
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\n- Your phone number\n- Your account information\n', 'p.md')), ['undeclared-collection prisma/schema.prisma:4:3', 'undeclared-collection prisma/schema.prisma:5:3']);
  });
  it('"Dietary requirements, including food allergies" and "Mobility and access needs" beside "We do not ask about medical conditions or the medication you take": `allergies` and `mobilityNeeds` are declared by their own words; `medications` is still ruled out', () => {
    const files = { 'src/booking.ts': "import { Schema } from 'mongoose';\nexport const passengerSchema = new Schema({\n  firstName: String,\n  mobilityNeeds: [String],\n  allergies: String,\n  medications: String,\n});\n" };
    const policy = '# P\n\n## What we ask you for\n\n- Names: the names of everyone travelling.\n- Mobility and access needs: if you need a ground-floor room or a folding wheelchair. We do not ask about medical conditions or the medication you take.\n- Dietary requirements: vegetarian and similar requests, including food allergies.\n';
    assert.deepEqual(analyze(files, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`), ['prohibited-collection src/booking.ts:6 user.health_and_medical']);
  });
  it('a word of the field a collection statement uses sets a ban aside only when that statement declares the same kind: "your email address" beside "device information" says nothing of an `ipAddress` that "We never store IPs" rules out', () => {
    const files = { 'src/session.ts': "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const session = pgTable('session', {\n  id: text('id'),\n  ipAddress: text('ip_address'),\n});\n" };
    const policy = '# P\n\n## What we collect\n\nWe collect device information and your email address.\n\n## Analytics\n\nWe never store IPs.\n';
    assert.deepEqual(brief(analyze(files, policy, 'p.md')), ['prohibited-collection src/session.ts:4:3']);
  });
  it('a form field named "mobile" (`String(form.get(\'mobile\') ?? \'\').replace(…)`) is the phone number typed there; `isMobile` is no number', () => {
    const files = { 'src/route.ts': "export async function POST(request: Request) {\n  const form = await request.formData();\n  const mobile = String(form.get('mobile') ?? '').replace(/\\s+/g, '');\n  const isMobile = form.get('isMobile') === 'on';\n  return new Response(mobile && isMobile ? 'ok' : 'no');\n}\n" };
    assert.deepEqual(analyze(files, '# P\n\n## What we collect\n\nYour email address.\n', 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`), ['undeclared-collection src/route.ts:3 user.contact.phone_number']);
  });
  it('Cloudflare\'s reading of where the caller is (`c.req.raw.cf?.latitude`, `const cf = c.req.raw.cf; cf?.longitude`) is collected as read; its TLS details (`cf.tlsVersion`) are not about the person', () => {
    const files = { 'src/signup.ts': "import { Hono } from 'hono';\nconst app = new Hono();\napp.post('/signup', async (c) => {\n  const cf = c.req.raw.cf as { longitude?: string; tlsVersion?: string } | undefined;\n  const lat = c.req.raw.cf?.latitude;\n  const geo = { lat, lng: cf?.longitude ?? null, tls: cf?.tlsVersion };\n  return c.json(geo);\n});\n" };
    assert.deepEqual(analyze(files, '# P\n\n## What we collect\n\nYour email address. We do not collect your precise location.\n', 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`), ['prohibited-collection src/signup.ts:5 user.location.precise', 'prohibited-collection src/signup.ts:6 user.location.precise']);
  });
  it('a schema in a folder of the file formats the product parses (`libs/parser/src/linkedin/schema/profile.ts`) is the shape of an import, not a collection of its own; the same schema among the product\'s own is', () => {
    const schema = "import { z } from 'zod';\nexport const profileSchema = z.object({\n  'First Name': z.string(),\n  'Birth Date': z.string().optional(),\n});\n";
    const policy = '# P\n\n## What we collect\n\nYour name and email address.\n';
    assert.deepEqual(analyze({ 'libs/parser/src/linkedin/schema/profile.ts': schema }, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`), []);
    assert.deepEqual(analyze({ 'src/schemas/profile.ts': schema }, policy, 'p.md').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`), ['undeclared-collection src/schemas/profile.ts:4 user.demographic.date_of_birth']);
  });
  it('a person\'s badge, role or plan goes by its own name (`UserBadge.name`, `MemberRole.name`); a user\'s name is theirs', () => {
    const files = { 'src/badges.ts': 'export interface UserBadge {\n  id: number;\n  name: string;\n}\nexport interface MemberRole {\n  name: string;\n}\nexport interface User {\n  email: string;\n  name: string;\n}\n' };
    assert.deepEqual(brief(analyze(files, '# P\n\n## What we collect\n\n- Your email address.\n', 'p.md')), ['undeclared-collection src/badges.ts:10:3']);
  });
});
