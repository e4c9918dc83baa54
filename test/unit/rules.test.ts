import assert from 'node:assert/strict';
import { analyze, brief, MINI_POLICY } from '../helpers';

interface Case {
  name: string;
  files: Record<string, string>;
  policy?: string;
  /** Exact findings of the rule under test: "rule file:line:column". */
  expect: string[];
}

function table(ruleId: string, cases: Case[]) {
  describe(ruleId, () => {
    for (const c of cases) {
      it(c.name, () => {
        const policy = c.policy ?? MINI_POLICY;
        const got = brief(analyze(c.files, policy, policy.startsWith('#') ? 'policy.md' : 'policy.txt').filter((f) => f.ruleId === ruleId));
        assert.deepEqual(got, c.expect);
      });
    }
  });
}

table('undeclared-collection', [
  {
    name: 'a record\'s `name` holds the name the policy says is given ("The child\'s first name or nickname"); a date of birth it does not name stays undeclared',
    policy: '# Privacy\n\n## What we collect\n\n### Child profile data\n\n- The child\'s first name or nickname (as entered by you)\n- An avatar you choose\n',
    files: {
      'src/profile.ts': 'export interface ChildProfile {\n  name: string;\n  dateOfBirth: string;\n}\n',
    },
    expect: ['undeclared-collection src/profile.ts:3:3'],
  },
  {
    name: "a spreadsheet's records (`SheetEvaluationCell.address`, `SheetDependencyRecord.dependents`) hold cells, not a person's address or family; a customer's address is still undeclared",
    policy: '# Privacy\n\n## What we collect\n\nYour name and email address.\n',
    files: {
      'src/sheets.ts': 'export interface SheetEvaluationCell {\n  address: string;\n  value: number;\n}\nexport interface SheetDependencyRecord {\n  dependents: string[];\n}\nexport interface Customer {\n  name: string;\n  address: string;\n}\n',
    },
    expect: ['undeclared-collection src/sheets.ts:10:3'],
  },
  {
    name: '"your name, email address, and other contact information" declares a phone number; "Profile or contact data" declares a bio; a date of birth is still undeclared',
    policy: '# Privacy\n\n## What we collect\n\n- **Account Data:** When you create an account, we may collect your name, email address, and other contact information.\n- **Profile or contact data** you add to your profile.\n',
    files: { 'src/user.ts': 'export interface UserRow {\n  name: string;\n  email: string;\n  phone: string;\n  bio: string;\n  dateOfBirth: string;\n}\n' },
    expect: ['undeclared-collection src/user.ts:6:3'],
  },
  {
    name: 'a short line before a list names whose data the list is ("From parents and guardians of learners under 18" then "Name, email address and mobile number"): a parent\'s email and phone are declared, a parent\'s address is not',
    policy: '# Privacy\n\n## What we collect\n\n**From learners**\n\n- Name, email address and date of birth.\n\n**From parents and guardians** of learners under 18\n\n- Name, email address and mobile number.\n',
    files: { 'src/learner.ts': 'export interface Learner {\n  name: string;\n  email: string;\n  parentEmail: string;\n  parentPhone: string;\n  parentAddress: string;\n}\n' },
    expect: ['undeclared-collection src/learner.ts:6:3'],
  },
  {
    name: '"If you sign up, we process your account information" declares the account holder\'s name, not a phone number',
    policy: '# Privacy\n\n## What we collect\n\n- Usage data: pages you visit.\n- Account data: If you sign up, we process your account information and send transactional emails.\n',
    files: { 'src/user.ts': 'export interface User {\n  name: string;\n  phone: string;\n}\n' },
    expect: ['undeclared-collection src/user.ts:3:3'],
  },

  {
    name: 'a TypeBox schema (`Type.Object({ … })`, capitalised builders) is a record like a zod one',
    policy: '# Privacy\n\n## What we collect\n\nYour email address.\n',
    files: { 'src/schema.ts': "import { Type } from '@sinclair/typebox';\nexport const Meta = Type.Object({\n  email: Type.String(),\n  faceEmbeddings: Type.Optional(Type.Array(Type.Number())),\n});\n" },
    expect: ['undeclared-collection src/schema.ts:4:3'],
  },
  {
    name: '"images of your identity document and its number" declare a passport number, not a tax identification number; "government identifiers" declare both',
    policy: '# Privacy\n\n## What we collect\n\n- Identity data: your email address.\n- Verification data: images of your identity document and its number.\n',
    files: { 'src/applicant.ts': "export interface Applicant {\n  email: string;\n  passportNumber: string;\n  taxIdentificationNumber: string;\n}\n" },
    expect: ['undeclared-collection src/applicant.ts:4:3'],
  },
  {
    name: 'a declaration of "university, graduation year and major" covers where and when someone studies',
    policy: '# Privacy\n\n## What we collect\n\n- your email address;\n- university, graduation year and major.\n',
    files: { 'src/profile.ts': "export interface Profile {\n  email: string;\n  university: string;\n  graduationYear: number;\n  religiousPractice?: string;\n}\n" },
    expect: ['undeclared-collection src/profile.ts:5:3'],
  },
  {
    name: 'a class property of an inline shape of plain values, or a list of them, is named by the property (criminalConvictions?: { offense; year }[]); a shape whose parts name data is read by its parts',
    policy: '# Privacy\n\n## What we collect\n\nYour email address.\n',
    files: { 'src/employee.ts': "export class Employee {\n  email!: string;\n  criminalConvictions?: { offense: string; year: number }[];\n  emergencyContact?: { relationship: string; phone: string };\n}\n" },
    expect: ['undeclared-collection src/employee.ts:3:3', 'undeclared-collection src/employee.ts:4:46'],
  },
  {
    name: 'a password is the credential of the accounts a policy speaks of ("confirm your email after you sign up"); a policy that never speaks of signing up or in does not declare it',
    policy: '# Privacy\n\nWe keep server logs. The app only emails you to confirm your email after you sign up.\n',
    files: { 'src/user.ts': "export interface User {\n  email: string;\n  password: string;\n}\n" },
    expect: ['undeclared-collection src/user.ts:2:3'],
  },
  {
    name: 'without sign-up or sign-in words ("failed jobs are logged in the error log" is none) the password is undeclared like any field',
    policy: '# Privacy\n\nWe keep server logs and your email address. Failed jobs are logged in the server error log.\n',
    files: { 'src/user.ts': "export interface User {\n  email: string;\n  password: string;\n}\n" },
    expect: ['undeclared-collection src/user.ts:3:3'],
  },
  {
    name: "a query parameter `lng` with no latitude beside it is i18next's language, no longitude; `lat` and `lng` together are a position",
    policy: '# Privacy\n\n## What we collect\n\nYour email address.\n',
    files: {
      'src/i18n.ts': "export function detectLanguage(request: Request): string {\n  const url = new URL(request.url);\n  return url.searchParams.get('lng') ?? 'en';\n}\n",
      'src/map.ts': "export function where(request: Request) {\n  const url = new URL(request.url);\n  return { lat: url.searchParams.get('lat'), lng: url.searchParams.get('lng') };\n}\n",
    },
    // (Read on one line, the two are one finding.)
    expect: ['undeclared-collection src/map.ts:3:38'],
  },
  {
    name: "a property let to people (`House { city, latitude, longitude, rooms }`) and a zone's centroid are places, not where a person is; an applicant's own city still counts",
    policy: '# Privacy\n\n## What we collect\n\nYour email address.\n',
    files: {
      'src/house.ts': 'export interface House {\n  name: string;\n  city: string;\n  latitude: number;\n  longitude: number;\n  rooms: number;\n}\nexport interface Zone {\n  code: string;\n  centroid: { lat: number; lng: number };\n}\nexport interface Applicant {\n  email: string;\n  city: string;\n}\n',
    },
    expect: ['undeclared-collection src/house.ts:14:3'],
  },
  {
    name: "an email address's parts (`emailAddress: { name; address }`, as Microsoft Graph writes a recipient) are an email, no postal address; what a search narrows by (`CommunityFilters { gender }`) is no one's, an applicant's `EligibilityCriteria` are theirs",
    policy: '# Privacy\n\n## What we collect\n\nYour name and email address.\n',
    files: {
      'src/a.ts': 'export interface GraphEvent {\n  subject?: string;\n  attendees?: {\n    emailAddress?: { name?: string; address?: string };\n  }[];\n}\nexport interface CommunityFilters {\n  gender?: string[];\n  ageGroup?: string[];\n}\nexport interface EligibilityCriteria {\n  gender: string;\n}\nexport interface Member {\n  address: string;\n}\n',
    },
    expect: ['undeclared-collection src/a.ts:12:3', 'undeclared-collection src/a.ts:15:3'],
  },
  {
    name: "a Reddit username the policy names (\"your Reddit username\") is declared for `redditUsername` and for the username shown from it; a Reddit profile URL it does not name is not",
    policy: '# Privacy\n\n## What we collect\n\nWe ask for your Reddit username, if you have one.\n',
    files: { 'src/member.ts': 'export interface Member {\n  redditUsername?: string;\n  username: string;\n  instagramHandle?: string;\n}\n' },
    expect: ['undeclared-collection src/member.ts:4:3'],
  },
  {
    name: "a device's reading kept in a `LocationData` record is the person's position (a record's kind word after `Location` does not make it a place)",
    policy: '# Privacy\n\n## What we collect\n\nYour email address.\n',
    files: { 'src/a.ts': 'export interface LocationData {\n  latitude: number;\n  longitude: number;\n}\nexport interface PageViewEvent {\n  ip: string;\n  city: string;\n}\nexport interface MortgageApplicationData {\n  applicantName: string;\n  propertyAddress: string;\n}\n' },
    expect: ['undeclared-collection src/a.ts:2:3', 'undeclared-collection src/a.ts:3:3', 'undeclared-collection src/a.ts:10:3'],
  },
  { name: 'declared fields are valid', files: { 'src/user.ts': 'export interface User {\n  id: string;\n  email: string;\n  fullName: string;\n  password: string;\n}\n' }, expect: [] },
  {
    name: 'an undeclared phone number is reported at its field',
    files: { 'src/user.ts': 'export interface User {\n  id: string;\n  email: string;\n  homePhone?: string;\n}\n' },
    expect: ['undeclared-collection src/user.ts:4:3'],
  },
  {
    name: 'a field declared in two places is reported once, at the entity',
    files: {
      'src/dto.ts': 'export class SignupDto {\n  email: string;\n  dateOfBirth: string;\n}\n',
      'src/entity.ts': "import { Entity, Column } from 'typeorm';\n@Entity()\nexport class Member {\n  @Column()\n  dateOfBirth: string;\n}\n",
    },
    expect: ['undeclared-collection src/entity.ts:5:3'],
  },
  {
    name: 'zod and mongoose schemas declare fields',
    files: {
      'src/schema.ts': "import { z } from 'zod';\nexport const signup = z.object({\n  email: z.string().email(),\n  nationality: z.string(),\n  newsletter: z.boolean(),\n});\n",
      'src/model.ts': "import { Schema } from 'mongoose';\nexport const s = new Schema({\n  taxpayerId: String,\n  ok: Boolean,\n});\n",
    },
    expect: ['undeclared-collection src/model.ts:3:3', 'undeclared-collection src/schema.ts:4:3'],
  },
  {
    name: 'a Prisma model is the model: one finding there, other declarations related',
    files: {
      'prisma/schema.prisma': 'model User {\n  id        String  @id @default(cuid())\n  email     String  @unique\n  phone     String? @map("phone_number")\n  isAdmin   Boolean @default(false)\n  posts     Post[]\n}\n\nmodel Post {\n  id    String @id\n  title String\n}\n',
      'src/user.ts': 'export interface UserDto {\n  email: string;\n  phone?: string;\n}\n',
    },
    expect: ['undeclared-collection prisma/schema.prisma:4:3'],
  },
  {
    // Regression: a relation to a model declared in another .prisma file was reported as a field.
    name: 'Prisma relations to models in other schema files are not fields',
    files: { 'prisma/schema/room.prisma': 'model Dataroom {\n  id                String           @id\n  uploadedDocuments DocumentUpload[]\n  owner             User             @relation(fields: [ownerId], references: [id])\n  ownerId           String\n}\n' },
    expect: [],
  },
  {
    name: 'Drizzle tables, Sequelize models, GraphQL SDL and yup schemas declare fields',
    files: {
      'src/db/schema.ts': "import { pgTable, text, boolean } from 'drizzle-orm/pg-core';\nexport const users = pgTable('users', {\n  email: text('email').notNull(),\n  dateOfBirth: text('date_of_birth'),\n  verified: boolean('verified'),\n});\n",
      'src/models/member.ts': "import { DataTypes, Model } from 'sequelize';\nexport class Member extends Model {}\nMember.init({\n  email: DataTypes.STRING,\n  gender: { type: DataTypes.STRING },\n}, { sequelize: null as any });\n",
      'src/graphql/schema.graphql': 'type Patient {\n  id: ID!\n  email: String!\n  bloodType: String\n  isActive: Boolean\n}\n',
      'src/forms/signup.ts': "import { object, string } from 'yup';\nexport const signup = object({\n  email: string().email(),\n  passportNumber: string(),\n});\n",
      'src/api/typedefs.ts': "import { gql } from 'graphql-tag';\nexport const typeDefs = gql`\n  input ProfileInput {\n    nationality: String\n  }\n`;\n",
    },
    expect: [
      'undeclared-collection src/api/typedefs.ts:4:5',
      'undeclared-collection src/db/schema.ts:4:3',
      'undeclared-collection src/forms/signup.ts:4:3',
      'undeclared-collection src/graphql/schema.graphql:4:3',
      'undeclared-collection src/models/member.ts:5:3',
    ],
  },
  {
    name: 'a validator speaks for a field whose name says nothing',
    policy: '# Policy\n\n## What we collect\n\n- Your name.\n',
    files: {
      'src/contact.dto.ts': "import { IsPhoneNumber, IsString } from 'class-validator';\nexport class ContactDto {\n  @IsString()\n  label: string;\n\n  @IsPhoneNumber()\n  contact: string;\n}\n",
      'src/schema.ts': "import { z } from 'zod';\nexport const invite = z.object({\n  recipient: z.string().email(),\n  where: z.object({ at: z.string().ip() }),\n  from: z.string().email(),\n  supportAddress: z.string().email(),\n});\n",
    },
    expect: ['undeclared-collection src/contact.dto.ts:7:3', 'undeclared-collection src/schema.ts:3:3', 'undeclared-collection src/schema.ts:4:21'],
  },
  {
    name: 'a request input read counts when no field declares the data',
    files: { 'src/routes.ts': "export function h(req: any) {\n  const gender = req.body.gender;\n  return gender;\n}\n" },
    expect: ['undeclared-collection src/routes.ts:2:27'],
  },
  {
    name: 'fetch-style handlers and server actions: request.json() destructuring and formData.get()',
    files: {
      'app/api/signup/route.ts': 'export async function POST(request: Request) {\n  const { email, dateOfBirth } = await request.json();\n  return Response.json({ email, dateOfBirth });\n}\n',
      'app/actions.ts': "'use server';\nexport async function save(formData: FormData) {\n  const passport = formData.get('passportNumber');\n  return passport;\n}\n",
    },
    expect: ['undeclared-collection app/actions.ts:3:33', 'undeclared-collection app/api/signup/route.ts:2:18'],
  },
  {
    name: 'inputs say what they take through autoComplete and type',
    files: { 'src/Checkout.tsx': 'export function CheckoutForm({ register }: any) {\n  return (\n    <form>\n      <input name="field_7" autoComplete="bday" />\n      <input id="contact" type="tel" />\n      <input name="email" type="email" />\n      <input {...register(\'mobileNumber\')} type="tel" />\n    </form>\n  );\n}\n' },
    expect: ['undeclared-collection src/Checkout.tsx:4:42', 'undeclared-collection src/Checkout.tsx:5:32', 'undeclared-collection src/Checkout.tsx:7:27'],
  },
  {
    name: 'a file input in a form is a collection point',
    files: { 'src/Form.tsx': 'export function ProfileForm() {\n  return <form><input type="file" name="avatar" /></form>;\n}\n' },
    expect: ['undeclared-collection src/Form.tsx:2:40'],
  },
  {
    // Regression: a survey question's `phone?: { show: boolean }` was reported as a phone number.
    name: 'a property holding a nested record or dictionary is not itself the value',
    files: { 'src/q.ts': 'export interface ContactQuestion {\n  phone?: { show: boolean; required: boolean };\n  email: Field;\n  geo: object | null;\n}\ninterface Field { show: boolean }\n' },
    expect: [],
  },
  {
    // Regression: a link's `password` made its record "about a person", so a weak `geo` matched.
    name: 'a password does not make a record personal',
    files: { 'src/link.ts': 'export interface LinkProps {\n  url: string;\n  password: string | null;\n  geo: string;\n  name: string;\n}\n' },
    expect: [],
  },
  {
    name: 'names that only contain a personal-data word are not fields of personal data',
    files: { 'src/cfg.ts': 'export interface MailerConfig {\n  emailQueueSize: number;\n  supportEmail: string;\n}\nexport interface Cake {\n  birthdayCakeColor: string;\n}\n' },
    expect: [],
  },
  {
    name: "a table made by the project's own Drizzle table creator; a login session's IP address and user agent are the user's",
    policy: '# Privacy\n\n## What we collect\n\n- Your email address.\n',
    files: { 'src/schema.ts': "import { pgTableCreator, text, timestamp } from 'drizzle-orm/pg-core';\nconst createTable = pgTableCreator((name) => `app_${name}`);\nexport const session = createTable('session', {\n  id: text('id').primaryKey(),\n  expiresAt: timestamp('expires_at').notNull(),\n  ipAddress: text('ip_address'),\n  userAgent: text('user_agent'),\n});\n" },
    expect: ['undeclared-collection src/schema.ts:6:3', 'undeclared-collection src/schema.ts:7:3'],
  },
  {
    name: '"It may include your IP address" after "our servers log the data your browser sends" declares the IP address',
    policy: "# Privacy\n\n## Log data\n\nWhen you visit our website, our servers may automatically log the standard data provided by your web browser. It may include your device's Internet Protocol (IP) address and your browser type.\n",
    files: { 'src/session.ts': 'export interface LoginSession {\n  ipAddress: string;\n  userAgent: string;\n}\n' },
    expect: [],
  },
  {
    name: "a password's confirmation field is the same credential; WebAuthn protocol shapes and flags about data are no collection",
    policy: '# Privacy\n\n## What we collect\n\n- Your email address.\n',
    files: { 'src/ResetForm.tsx': "export function ResetForm({ register }: any) {\n  return <form><input {...register('confirmPassword')} type=\"password\" /></form>;\n}\n", 'src/auth.ts': 'export interface SignUp {\n  email: string;\n  password: string;\n  confirmPassword: string;\n}\nexport interface AssertionResponse { clientDataJSON: string; authenticatorData: string; signature: string; userHandle?: string }\nexport interface CrashOptions { autoUploadCrashDumps: boolean | undefined; autoUploadCrashDumps_: unknown }\n' },
    expect: ['undeclared-collection src/auth.ts:3:3'],
  },
  {
    name: 'an account the policy declares has a password (and its confirmation field)',
    policy: '# Privacy\n\n## What we collect\n\n- Account information: your username and email address.\n',
    files: { 'src/signup.ts': 'export interface SignUp {\n  username: string;\n  email: string;\n  password: string;\n  confirmPassword: string;\n}\n' },
    expect: [],
  },
  {
    name: 'a first name and a last name declare a full name',
    policy: MINI_POLICY.replace('Name, email address,', 'First name and last name, email address,'),
    files: { 'src/user.ts': 'export interface User {\n  email: string;\n  fullName: string;\n  homePhone?: string;\n}\n' },
    expect: ['undeclared-collection src/user.ts:4:3'],
  },
  {
    name: 'a vendor relays a person\'s body readings (`VendorActivityDto.spo2: Spo2Sample[]`, `cyclePhase`): a list of samples named for a reading is that reading, and an organisation has none; its other fields stay the vendor\'s',
    policy: '# Privacy\n\n## What we collect\n\n- Your email address.\n- Heart-rate readings taken during the workout.\n',
    files: { 'src/dto.ts': 'export class Spo2Sample {\n  t: string;\n  pct: number;\n}\nexport class VendorActivityDto {\n  vendorName: string;\n  heartRate: number[];\n  spo2?: Spo2Sample[];\n  cyclePhase?: string;\n}\n' },
    expect: ['undeclared-collection src/dto.ts:8:3', 'undeclared-collection src/dto.ts:9:3'],
  },
  {
    name: 'a made-up figure\'s looks (`HeyGenAvatar.gender`, `CharacterDto.age`) are no person\'s traits; a profile\'s are',
    policy: '# Privacy\n\n## What we collect\n\n- Your email address.\n',
    files: { 'src/a.ts': 'export interface HeyGenAvatar {\n  avatar_id: string;\n  gender?: string;\n}\nexport interface CharacterDto {\n  age: string;\n}\nexport interface Profile {\n  email: string;\n  birthGender?: string;\n}\n' },
    expect: ['undeclared-collection src/a.ts:10:3'],
  },
  {
    name: 'a shape only declared as a type is collected where a stored model keeps the same data: one finding at the model',
    policy: '# Privacy\n\n## What we collect\n\n- Your email address.\n',
    files: {
      'prisma/schema.prisma': 'model Profile {\n  id        String @id\n  email     String\n  avatarUrl String?\n}\n',
      'src/ui/comments.ts': 'export interface CommentView {\n  body: string;\n  authorAvatarUrl: string;\n}\n',
      'src/ui/course.ts': 'export interface CourseCard {\n  title: string;\n  instructorAvatar: string;\n  instructorPhone: string;\n}\n',
    },
    expect: ['undeclared-collection prisma/schema.prisma:4:3', 'undeclared-collection src/ui/course.ts:4:3'],
  },
  {
    name: 'a policy that declares phone numbers makes phone fields legal',
    policy: MINI_POLICY.replace('Name, email address,', 'Name, email address, phone number,'),
    files: { 'src/user.ts': 'export interface User {\n  email: string;\n  homePhone?: string;\n}\n' },
    expect: [],
  },
]);

table('prohibited-collection', [
  {
    name: 'location updates delivered to a background task (`Location.startLocationUpdatesAsync`) break "We do not collect your location in the background"; a position read while recording does not',
    policy: '# Privacy\n\n## What we collect\n\nWhen you record a hike we use your phone\'s GPS to record your route. We only use location while a recording is running and the app is on screen. We do not collect your location in the background.\n',
    files: {
      'src/track.ts': "import * as Location from 'expo-location';\nexport async function record() {\n  return Location.getCurrentPositionAsync({});\n}\nexport async function nudges() {\n  await Location.requestBackgroundPermissionsAsync();\n  await Location.startLocationUpdatesAsync('nearby', { distanceInterval: 500 });\n}\n",
    },
    expect: ['prohibited-collection src/track.ts:7:9'],
  },
  {
    name: 'a photo of the thing a word before "photo" names (`parkingPhotoKey`, `damagePhoto`) is not a photo of the person a ban on "photos of you" covers; a badge photo is',
    policy: '# Privacy\n\n## What we collect\n\nYour name and email address.\n\n## What we do not collect\n\nWe do not collect photos of you.\n',
    files: { 'src/rider.ts': 'export interface Rider {\n  name: string;\n  parkingPhotoKey: string;\n  damagePhoto?: string;\n  badgePhotoKey: string;\n}\n' },
    expect: ['prohibited-collection src/rider.ts:5:3'],
  },
  {
    name: 'a ban on what is collected about one group ("We do not take photographs of visitors") holds for the records about that group, not for members\' photos; "names of your devices" are device names',
    policy: '# Privacy\n\n## What we collect\n\nYour name, email address and a profile photo.\n\n## What we do not collect\n\nWe do not take photographs of visitors. We do not collect the MAC addresses or names of your devices.\n',
    files: {
      'src/visitor.ts': 'export interface Visitor {\n  name: string;\n  badgePhotoKey?: string;\n}\n',
      'src/member.ts': 'export interface Member {\n  name: string;\n  email: string;\n  profilePhoto?: string;\n  deviceHostname?: string;\n}\n',
    },
    expect: ['prohibited-collection src/member.ts:5:3', 'prohibited-collection src/visitor.ts:3:3'],
  },
  {
    name: 'data the policy names itself ("your policy number") is declared beside a ban on the wider kind ("No medical information"); the rest of that kind stays banned ("we never ask for the medical reason for sick leave or for doctor\'s notes")',
    policy: "# Privacy\n\n## What we collect\n\n- Your name and your policy number.\n\n## What we do not collect\n\nNo injury or medical information in the app. We never ask for the medical reason for sick leave or for doctor's notes.\n",
    files: { 'src/claim.ts': 'export interface Claim {\n  name: string;\n  policyNumber: string;\n  medicalReason?: string;\n  doctorNoteKey?: string;\n}\n' },
    expect: ['prohibited-collection src/claim.ts:4:3', 'prohibited-collection src/claim.ts:5:3'],
  },
  {
    name: "in a policy with rules about children's own data, a student's login email meets \"we do not collect a child's email address\"; a student in any other policy is not a child",
    policy: "# Privacy\n\n## What we collect\n\n- About the guardian: name, email address and phone number.\n- About the child: first name and date of birth.\n\nWe do not collect a child's email address or phone number.\n",
    files: { 'src/student.ts': 'export interface Student {\n  firstName: string;\n  loginEmail: string;\n}\n' },
    expect: ['prohibited-collection src/student.ts:3:3'],
  },
  {
    name: "a student's email without any rule about children's data is no child's",
    policy: '# Privacy\n\n## What we collect\n\nYour name and date of birth.\n\nWe do not collect your phone number.\n',
    files: { 'src/student.ts': 'export interface Student {\n  firstName: string;\n  loginEmail: string;\n}\n' },
    expect: [],
  },
  { name: 'the card token is not the card', files: { 'src/pm.ts': 'export interface PaymentMethod {\n  stripePaymentMethodId: string;\n}\n' }, expect: [] },
  {
    name: 'a stored card number contradicts "we do not store your full credit card information"',
    files: { 'src/pm.ts': 'export interface PaymentMethod {\n  cardNumber: string;\n}\n' },
    expect: ['prohibited-collection src/pm.ts:2:3'],
  },
  {
    name: 'a negative statement in another policy rules out precise location',
    policy: '# Policy\n\n## What we collect\n\n- Your name and email address.\n\nWe do not collect your precise location.\n',
    files: { 'src/r.ts': 'export interface Receipt {\n  email: string;\n  gpsLatitude: number;\n}\n' },
    expect: ['prohibited-collection src/r.ts:3:3'],
  },
  {
    name: '"which is not stored" rules out keeping: a request schema, a payload type and an input read keep nothing',
    policy: '# Policy\n\n## What we collect\n\n- Your email address.\n- Your country, derived from your IP address, which is not stored.\n',
    files: {
      'src/track.ts': "import { z } from 'zod';\nexport const eventSchema = z.object({ email: z.string(), ipAddress: z.string().ip() });\nexport interface EventPayload {\n  ipAddress: string;\n}\nexport const handler = (req: { ip: string }) => geo(req.ip);\ndeclare function geo(ip: string): string;\n",
    },
    expect: [],
  },
  {
    name: '"which is not stored" rules out a table that keeps it',
    policy: '# Policy\n\n## What we collect\n\n- Your email address.\n- Your country, derived from your IP address, which is not stored.\n',
    files: { 'src/db.ts': "import { pgTable, text } from 'drizzle-orm/pg-core';\nexport const sessions = pgTable('sessions', {\n  id: text('id'),\n  ipAddress: text('ip_address'),\n});\n" },
    expect: ['prohibited-collection src/db.ts:4:3'],
  },
]);

const sentry = "import * as Sentry from '@sentry/node';\nSentry.init({ dsn: 'x' });\nexport function tag(u: { id: string; email: string }) {\n  Sentry.setUser({ id: u.id, email: u.email });\n}\n";

table('undeclared-sharing', [
  {
    name: "an icon from an icon package (`<LuMail />` of react-icons) is no vendor's component, even when a vendor has that name; a vendor's own component is one",
    policy: '# Privacy\n\n## What we collect\n\nYour email address.\n',
    files: {
      'src/Consent.tsx': "import { LuMail } from 'react-icons/lu';\nimport { Mailchimp } from '@icons-pack/react-simple-icons';\nimport { GoogleAnalytics } from '@next/third-parties/google';\nexport function Consent() {\n  return (\n    <div>\n      <LuMail className=\"size-4\" />\n      <Mailchimp />\n      <GoogleAnalytics gaId=\"G-1\" />\n    </div>\n  );\n}\n",
    },
    expect: ['undeclared-sharing src/Consent.tsx:9:7'],
  },
  {
    name: 'in a policy that lists no vendors, "third-party vendors who perform services on our behalf (e.g., hosting, analytics)" declares an email-delivery or cache processor for data the policy collects, not for data it never mentions',
    policy: '# Privacy\n\n## What we collect\n\n- **Account Data:** your name and email address.\n\n## Sharing\n\n- **Service Providers:** With third-party vendors who perform services on our behalf (e.g., hosting, analytics, payment processing).\n',
    files: {
      'src/mail.ts': "import { Resend } from 'resend';\nconst resend = new Resend(process.env.RESEND_KEY);\nexport async function hello(user: { email: string; name: string; phone: string }) {\n  await resend.emails.send({ from: 'a@acme.io', to: user.email, subject: `Hi ${user.name}`, text: 'Welcome' });\n  await resend.emails.send({ from: 'a@acme.io', to: 'ops@acme.io', subject: 'Callback', text: `Call ${user.phone}` });\n}\n",
    },
    expect: ['undeclared-sharing src/mail.ts:5:9'],
  },
  {
    name: '"vendors and service providers retained in connection with the provision of our Services" work for the product, and social networks the policy names are no list of its processors: an email processor is declared for collected data',
    policy: '# Privacy\n\n## What we collect\n\nYour name and email address.\n\n## How we disclose information\n\n**Vendors and Service Providers.** We may disclose any information we receive to vendors and service providers retained in connection with the provision of our Services.\n\n**Social Networks and Other Online Services.** Our Services allow you to share your profile with Discord and X.\n',
    files: {
      'src/mail.ts': "import { Resend } from 'resend';\nconst resend = new Resend(process.env.RESEND_KEY);\nexport async function hello(user: { email: string; name: string; phone: string }) {\n  await resend.emails.send({ from: 'a@acme.io', to: user.email, subject: `Hi ${user.name}`, text: 'Welcome' });\n  await resend.emails.send({ from: 'a@acme.io', to: 'ops@acme.io', subject: 'Callback', text: `Call ${user.phone}` });\n}\n",
    },
    expect: ['undeclared-sharing src/mail.ts:5:9'],
  },
  {
    name: 'a lead-in that stops at "to" (no colon) gives its list its verb: "third party service providers …, for example, IT service providers … or analytics platforms" declares analytics and any service provider (one that provides its services to the product: Intercom given an email address the policy collects); "Email services: For notifications" declares email delivery',
    policy: '# Privacy\n\n## What we collect\n\nYour name and email address.\n\n## Disclosure\n\nWe may disclose personal information to\n\n- a parent, subsidiary, or affiliate of our company\n- third party service providers for the purpose of enabling them to provide their services, for example, IT service providers, data storage, hosting and server providers, advertisers, or analytics platforms\n\n## Third-Party Services\n\n- **Email services:** For notifications\n',
    files: {
      'src/track.ts': "import posthog from 'posthog-js';\nexport function who(user: { email: string }) {\n  posthog.identify(user.email, { email: user.email });\n}\n",
      'src/mail.ts': "import { Resend } from 'resend';\nconst resend = new Resend(process.env.RESEND_KEY);\nexport async function hello(user: { email: string; name: string }) {\n  await resend.emails.send({ from: 'a@acme.io', to: user.email, subject: `Hi ${user.name}`, text: 'Welcome' });\n}\n",
      'src/crm.ts': "import Intercom from 'intercom-client';\nconst intercom = new Intercom.Client({ tokenAuth: { token: 'x' } });\nexport async function lead(user: { email: string }) {\n  await intercom.contacts.create({ email: user.email });\n}\n",
    },
    expect: [],
  },
  {
    name: "a database or search engine the product may run itself (ClickHouse, Elasticsearch, Meilisearch clients) is no vendor by its package; its vendor's cloud host is",
    policy: '# Privacy\n\n## What we collect\n\nWe collect your email address.\n',
    files: {
      'src/db.ts': "import { createClient } from '@clickhouse/client';\nimport { Client } from '@elastic/elasticsearch';\nimport { MeiliSearch } from 'meilisearch';\nconst ch = createClient({ url: process.env.CLICKHOUSE_HOST });\nconst es = new Client({ node: process.env.ES_URL! });\nconst meili = new MeiliSearch({ host: process.env.MEILI_HOST! });\nexport async function save(u: { email: string }) {\n  await ch.insert({ table: 'users', values: [{ email: u.email }], format: 'JSONEachRow' });\n  await es.index({ index: 'users', document: { email: u.email } });\n  await meili.index('users').addDocuments([{ email: u.email }]);\n  await fetch('https://abc123.eu-west-1.aws.clickhouse.cloud:8443/?query=INSERT', { method: 'POST', body: JSON.stringify({ email: u.email }) });\n}\n",
    },
    expect: ['undeclared-sharing src/db.ts:11:9'],
  },
  {
    name: "a host named after the product (the policy's 'Kryeit' and kryeit.com, api.kryeit.com) is its own; another host is not",
    policy: '# Kryeit Privacy Policy\n\n## What we collect\n\nWe collect your email address and phone number.\n',
    files: { 'src/order.ts': "export async function order(o: { phone: string }) {\n  await fetch('https://kryeit.com/api/order', { method: 'POST', body: JSON.stringify({ phone: o.phone }) });\n  await fetch('https://api.kryeit.com/order', { method: 'POST', body: JSON.stringify({ phone: o.phone }) });\n  await fetch('https://other.io/order', { method: 'POST', body: JSON.stringify({ phone: o.phone }) });\n}\n" },
    expect: ['undeclared-sharing src/order.ts:4:9'],
  },
  {
    name: "the owner of the product's repository its policy links (github.com/lindylearn/unclutter), and a name at a mail provider (kryeit.minecraft@gmail.com), are the product's own hosts",
    policy: '# Unclutter Privacy Policy\n\nUnclutter collects your email address and phone number. Read the code of [Unclutter](https://github.com/lindylearn/unclutter). Mail kryeit.minecraft@gmail.com with questions.\n',
    files: { 'src/order.ts': "export async function order(o: { phone: string }) {\n  await fetch('https://api2.lindylearn.io/order', { method: 'POST', body: JSON.stringify({ phone: o.phone }) });\n  await fetch('https://kryeit.com/order', { method: 'POST', body: JSON.stringify({ phone: o.phone }) });\n  await fetch('https://mail.google.com/order', { method: 'POST', body: JSON.stringify({ phone: o.phone }) });\n  await fetch('https://other.io/order', { method: 'POST', body: JSON.stringify({ phone: o.phone }) });\n}\n" },
    expect: ['undeclared-sharing src/order.ts:4:9', 'undeclared-sharing src/order.ts:5:9'],
  },
  {
    name: 'a vendor the catalog does not know is named by its domain with a generic word after the name ("DPD" and api.dpdlocal.co.uk), not by any domain it begins',
    policy: '# Privacy\n\n## What we collect\n\nYour name and phone number.\n\n## Who helps us\n\n- DPD delivers your box and receives your name and phone number.\n',
    files: { 'src/courier.ts': "export async function ship(o: { name: string; phone: string }) {\n  await fetch('https://api.dpdlocal.co.uk/shipments', { method: 'POST', body: JSON.stringify({ name: o.name, phone: o.phone }) });\n  await fetch('https://dpdrelay.io/shipments', { method: 'POST', body: JSON.stringify({ name: o.name, phone: o.phone }) });\n}\n" },
    expect: ['undeclared-sharing src/courier.ts:3:9'],
  },
  { name: 'a declared payment processor is valid', files: { 'src/b.ts': "import Stripe from 'stripe';\nconst stripe = new Stripe('k');\nexport const f = (u: { email: string }) => stripe.customers.create({ email: u.email });\n" }, expect: [] },
  { name: 'an id alone is not personal data sent', files: { 'src/s.ts': "import * as Sentry from '@sentry/node';\nexport const f = (u: { id: string }) => Sentry.setUser({ id: u.id });\n" }, expect: [] },
  { name: 'an error-monitoring SDK receiving an email is undeclared', files: { 'src/s.ts': sentry }, expect: ['undeclared-sharing src/s.ts:4:3'] },
  {
    name: 'an HTTP request to an unknown host with personal data is undeclared',
    files: { 'src/h.ts': "import axios from 'axios';\nconst HOOK = 'https://hooks.example-automation.io/catch/1';\nexport async function f(r: { ownerEmail: string }) {\n  await axios.post(HOOK, { owner: r.ownerEmail });\n}\n" },
    expect: ['undeclared-sharing src/h.ts:4:9'],
  },
  {
    name: "requests to the policy's own domain are not sharing",
    files: { 'src/h.ts': "import axios from 'axios';\nexport async function f(email: string) {\n  await axios.post('https://api.example-rmm.com/v1/users', { email });\n  await fetch('/api/me', { method: 'POST', body: JSON.stringify({ email }) });\n}\n" },
    expect: [],
  },
  {
    name: 'an axios instance carries its base URL',
    files: { 'src/z.ts': "import axios from 'axios';\nconst ZD = axios.create({ baseURL: 'https://acme.zendesk.com/api/v2' });\nexport async function open(dto: { email: string; description: string }) {\n  await ZD.post('/tickets', { requester: { email: dto.email } });\n}\n" },
    expect: ['undeclared-sharing src/z.ts:4:9'],
  },
  {
    name: 'an SDK loaded with a dynamic import',
    files: { 'src/s.ts': "export async function tag(u: { email: string }) {\n  const Sentry = await import('@sentry/browser');\n  Sentry.setUser({ email: u.email });\n}\n" },
    expect: ['undeclared-sharing src/s.ts:3:3'],
  },
  {
    name: 'a URL constant imported from another module is resolved',
    files: {
      'src/urls.ts': "export const CRM_URL = 'https://api.pipedrive.com/v1';\n",
      'src/crm.ts': "import axios from 'axios';\nimport { CRM_URL } from './urls';\nexport async function add(email: string) {\n  await axios.post(`${CRM_URL}/persons`, { email });\n}\n",
    },
    expect: ['undeclared-sharing src/crm.ts:4:9'],
  },
  {
    name: 'one hop through a helper: the data comes from the callers, the finding is at the request',
    files: {
      'src/notify.ts': "import axios from 'axios';\nexport async function notify(payload: object) {\n  await axios.post('https://hooks.zapier.com/hooks/catch/1/', payload);\n}\n",
      'src/signup.ts': "import { notify } from './notify';\nexport async function signup(user: { id: string; email: string }) {\n  await notify({ id: user.id, email: user.email });\n}\n",
      'src/ping.ts': "import { notify } from './notify';\nexport const ping = () => notify({ ok: true });\n",
    },
    expect: ['undeclared-sharing src/notify.ts:3:9'],
  },
  {
    // Regression: `posthog.group('organization', id, { name: organizationName })` was read as a person's name.
    name: 'an object key does not classify a value named for something else',
    policy: MINI_POLICY.replace(' This data is anonymized and aggregated.', ''),
    files: { 'src/g.ts': "import posthog from 'posthog-js';\nexport function g(organizationId: string, organizationName: string) {\n  posthog.group('organization', organizationId, { name: organizationName });\n  posthog.capture('backup', { name: `backup-${Date.now()}` });\n}\n" },
    expect: [],
  },
  {
    // Regression: `withSentryConfig(nextConfig, …)` was read as sending the config's `name` keys to Sentry.
    name: 'SDK set-up helpers are not sends',
    files: { 'next.config.ts': "import { withSentryConfig } from '@sentry/nextjs';\nconst nextConfig = { env: { name: process.env.USER_NAME } };\nexport default withSentryConfig(nextConfig, { org: 'acme' });\n" },
    expect: [],
  },
  {
    name: 'SDK settings that send personal data by themselves count as sharing; sendDefaultPii: false does not',
    files: {
      'src/sentry.ts': "import * as Sentry from '@sentry/node';\nSentry.init({ dsn: 'x', sendDefaultPii: true });\n",
      'src/sentry-safe.ts': "import * as Sentry from '@sentry/browser';\nSentry.init({ dsn: 'x', sendDefaultPii: false });\n",
      'src/replay.ts': "import LogRocket from 'logrocket';\nLogRocket.init('acme/app');\n",
    },
    expect: ['undeclared-sharing src/sentry.ts:2:1'],
  },
  {
    name: "a vendor's global the page's script defines (`declare let Paddle: any`), and a browser tracker loaded by a named import",
    files: {
      'src/buy.ts': "declare let Paddle: any;\nexport function buy(config: { email: string; country: string }) {\n  const checkout: any = { email: config.email, country: config.country };\n  Paddle.Checkout.open(checkout);\n}\n",
      'src/fathom.tsx': "import { load, trackPageview } from 'fathom-client';\nexport function boot() {\n  load('SITE');\n  trackPageview({ url: location.pathname });\n}\n",
    },
    policy: '# P\n\n## What we collect\n\nYour email address and country.\n',
    expect: ['undeclared-sharing src/buy.ts:4:3', 'undeclared-sharing src/fathom.tsx:3:3'],
  },
  {
    name: 'a kind of recipient covers an unnamed vendor of that kind, unless the policy names its vendors of that kind',
    files: { 'src/ph.ts': "import { PostHog } from 'posthog-node';\nconst ph = new PostHog('k');\nexport const track = (u: { id: string; email: string }) => ph.identify({ distinctId: u.id, properties: { email: u.email } });\n" },
    policy: '# P\n\n## What we collect\n\nYour email address.\n\n## Who we share it with\n\n- Analytics providers for web traffic.\n- Payment processors (Stripe).\n- Sign-in through GitHub.\n- Product analytics: Plausible.\n',
    expect: ['undeclared-sharing src/ph.ts:3:60'],
  },
  {
    name: 'a kind of recipient covers an unnamed vendor of that kind when the vendors the policy names are of other kinds; "Profile or Contact Data" is both',
    files: { 'src/ph.ts': "import { PostHog } from 'posthog-node';\nconst ph = new PostHog('k');\nexport const track = (u: { id: string; email: string; firstName: string }) => ph.identify({ distinctId: u.id, properties: { email: u.email, name: u.firstName } });\n" },
    policy: '# P\n\n## What we collect\n\n| Category | Recipients |\n|---|---|\n| Profile or Contact Data | Service providers |\n\n## Who we share it with\n\n- Analytics providers for web traffic.\n- Payment processors (Stripe).\n- Sign-in through GitHub.\n',
    expect: [],
  },
  {
    name: '"we may disclose any information to vendors and service providers" does not declare a processor the policy never names; "… vendors and service providers retained in connection with the provision of our Services" does (for data the policy collects)',
    files: { 'src/s.ts': sentry },
    policy: '# P\n\n## What we collect\n\nYour name and email address.\n\n## How we disclose information\n\nVendors and Service Providers. We may disclose any information we receive to vendors and service providers.\n\nSocial networks. You may share posts to social networks such as Twitter, Discord and Reddit.\n',
    expect: ['undeclared-sharing src/s.ts:4:3'],
  },
  {
    name: '(the same policy, its vendors retained in connection with the provision of the Services)',
    files: { 'src/s.ts': sentry },
    policy: '# P\n\n## What we collect\n\nYour name and email address.\n\n## How we disclose information\n\nVendors and Service Providers. We may disclose any information we receive to vendors and service providers retained in connection with the provision of our Services.\n\nSocial networks. You may share posts to social networks such as Twitter, Discord and Reddit.\n',
    expect: [],
  },
  {
    name: 'one vendor\'s closed list in a clause that names several does not close the others\'',
    files: { 'src/mail.ts': "import { ServerClient } from 'postmark';\nconst postmark = new ServerClient('k');\nexport const send = (h: { email: string; fullName: string }) => postmark.sendEmail({ From: 'a@x.io', To: h.email, Subject: 'Invoice', TextBody: `Dear ${h.fullName}` });\n" },
    policy: 'PRIVACY\n\nWhat we collect\n\nYour name and email address.\n\nWho we share it with\n\nOur service providers: (a) Postmark - invoices and notices by email; (b) Intercom - support chat. Intercom receives only your name and email address.\n',
    expect: [],
  },
  {
    name: 'service providers said to get the IP address and browser type cover a processor that gets only those, in a policy that names no vendors',
    files: { 'instrumentation-client.ts': "import * as Sentry from '@sentry/browser';\nSentry.init({ dsn: 'x' });\n", 'src/s.ts': sentry },
    policy: '# P\n\n## What we collect\n\nYour name and email address.\n\n## Service providers\n\nOur service providers may collect information your browser sends, such as your IP address and browser type.\n',
    expect: ['undeclared-sharing src/s.ts:4:3'],
  },
  {
    name: 'a browser analytics or error-monitoring SDK set up reports every visit (IP address, user agent), as a script tag does; the server SDK\'s setup is not reported beside it',
    files: {
      'src/analytics.ts': "import posthog from 'posthog-js';\nposthog.init('phc_x', { api_host: 'https://eu.i.posthog.com' });\n",
      'instrumentation-client.ts': "import * as Sentry from '@sentry/nextjs';\nSentry.init({ dsn: 'x' });\n",
      'sentry.server.config.ts': "import * as Sentry from '@sentry/nextjs';\nSentry.init({ dsn: 'x' });\n",
    },
    policy: MINI_POLICY.replace('  • Analytics: We use analytics services to understand usage. This data is anonymized and aggregated.\n', ''),
    expect: ['undeclared-sharing instrumentation-client.ts:2:1', 'undeclared-sharing src/analytics.ts:2:1'],
  },
  {
    name: 'a beacon to an analytics host with an email',
    files: { 'src/beacon.ts': "export function leave(email: string) {\n  navigator.sendBeacon('https://api.mixpanel.com/track', JSON.stringify({ email }));\n}\n" },
    policy: MINI_POLICY.replace('  • Analytics: We use analytics services to understand usage. This data is anonymized and aggregated.\n', ''),
    expect: ['undeclared-sharing src/beacon.ts:2:3'],
  },
  {
    name: 'nodemailer through a vendor SMTP host, a webhook URL named for its vendor, and the Vercel AI SDK',
    files: {
      'src/mail.ts': "import nodemailer from 'nodemailer';\nconst transport = nodemailer.createTransport({ host: 'smtp.sendgrid.net', port: 587 });\nexport const send = (to: string) => transport.sendMail({ to, subject: 'Hi' });\n",
      'src/slack.ts': "export async function announce(email: string) {\n  await fetch(process.env.SLACK_WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ text: `New signup: ${email}` }) });\n  await fetch(`${process.env.VERCEL_URL}/api/track`, { method: 'POST', body: JSON.stringify({ email }) });\n}\n",
      'src/ai.ts': "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\nexport const summarize = (t: { requesterEmail: string; body: string }) => generateText({ model: openai('gpt-4o'), prompt: `From ${t.requesterEmail}: ${t.body}` });\n",
    },
    expect: ['undeclared-sharing src/ai.ts:3:75', 'undeclared-sharing src/mail.ts:3:37', 'undeclared-sharing src/slack.ts:2:9'],
  },
  {
    name: 'a framework\'s prefix for browser variables (`EXPO_PUBLIC_API_URL`, `NEXT_PUBLIC_…`) names no vendor; a vendor named after it still does (`NEXT_PUBLIC_SLACK_WEBHOOK_URL`)',
    files: {
      'app/checkin.ts': "export async function checkIn(p: { latitude: number; longitude: number }) {\n  await fetch(`${process.env.EXPO_PUBLIC_API_URL}/checkins`, { method: 'POST', body: JSON.stringify({ coords: { latitude: p.latitude, longitude: p.longitude } }) });\n  await fetch(process.env.NEXT_PUBLIC_SLACK_WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ text: `${p.latitude},${p.longitude}` }) });\n}\n",
    },
    expect: ['undeclared-sharing app/checkin.ts:3:9'],
  },
  {
    name: 'a webhook URL a local function returns: from a variable named for its vendor, or built in one branch of a condition',
    files: {
      'src/hiring.ts': "const webhookUrl = (): string => process.env.SLACK_HIRING_WEBHOOK_URL ?? '';\nexport async function post(c: { email: string }) {\n  await fetch(webhookUrl(), { method: 'POST', body: JSON.stringify({ text: c.email }) });\n}\n",
      'src/desk.ts': "function hook(slug: string): string | undefined {\n  const token = process.env[`HOOK_${slug}`];\n  return token ? `https://hooks.slack.com/services/${token}` : undefined;\n}\nexport async function notify(slug: string, p: { phone: string }) {\n  const url = hook(slug);\n  if (!url) return;\n  await fetch(url, { method: 'POST', body: JSON.stringify({ text: p.phone }) });\n}\n",
    },
    expect: ['undeclared-sharing src/desk.ts:8:9', 'undeclared-sharing src/hiring.ts:3:9'],
  },
  {
    name: 'an address looked up in code about servers and domains is a machine\'s (`services/hosting.ts`, `resolveDomainIp`); elsewhere a bare ip sent out is a person\'s',
    files: {
      'src/services/hosting.ts': "export async function locate(ip: string) {\n  return fetch(`https://ipinfo.io/${ip}/json`);\n}\n",
      'src/lib/lookup.ts': "export async function resolveDomainIp(ip: string) {\n  return fetch(`https://ipinfo.io/${ip}/json`);\n}\nexport async function visitorCountry(ip: string) {\n  return fetch(`https://ipinfo.io/${ip}/json`);\n}\n",
    },
    expect: ['undeclared-sharing src/lib/lookup.ts:5:10'],
  },
  {
    name: 'clients an object holds (`clients.anthropic` built in a getter, `ai.openai` a property), used in its module and in another',
    files: {
      'src/clients.ts': "import Anthropic from '@anthropic-ai/sdk';\nimport OpenAI from 'openai';\nlet anthropic: Anthropic | undefined;\nexport const clients = {\n  get anthropic() {\n    return (anthropic ??= new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY }));\n  },\n};\nexport const ai = { openai: new OpenAI() };\nexport const ask = (u: { email: string }) => clients.anthropic.messages.create({ model: 'm', max_tokens: 9, messages: [{ role: 'user', content: u.email }] });\n",
      'src/use.ts': "import { ai } from './clients';\nexport async function tell(u: { email: string }) {\n  await ai.openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: u.email }] });\n}\n",
    },
    expect: ['undeclared-sharing src/clients.ts:10:46', 'undeclared-sharing src/use.ts:3:9'],
  },
  {
    name: 'hashing breaks the flow',
    files: { 'src/s.ts': "import * as Sentry from '@sentry/node';\nimport { createHash } from 'node:crypto';\nexport const f = (u: { email: string }) => Sentry.setUser({ id: createHash('sha256').update(u.email).digest('hex') });\n" },
    expect: [],
  },
  {
    name: 'a suppression with a reason silences the line below it',
    files: { 'src/s.ts': sentry.replace('  Sentry.setUser', '  // privacy-lens-ignore-next-line undeclared-sharing -- DPA signed, policy update pending\n  Sentry.setUser') },
    expect: [],
  },
  {
    name: 'a suppression without a reason is ignored',
    files: { 'src/s.ts': sentry.replace('  Sentry.setUser', '  // privacy-lens-ignore-next-line undeclared-sharing\n  Sentry.setUser') },
    expect: ['undeclared-sharing src/s.ts:5:3'],
  },
]);

table('sharing-condition-unmet', [
  {
    name: 'anonymous telemetry that "includes your machine ID" declares that identifier for the vendor (and its collection); an email address is still not anonymous',
    policy: '# Privacy\n\n## Where your data goes\n\n- **Telemetry**: We collect anonymous feature usage and error data to improve the app. This telemetry is powered by PostHog and includes your machine ID, feature usage patterns and exception reports.\n',
    files: {
      'src/telemetry.ts': "import { PostHog } from 'posthog-node';\nconst client = new PostHog('k');\nexport function track(distinctId: string, event: string, email: string) {\n  client.capture({ distinctId, event });\n  client.capture({ distinctId, event, properties: { email } });\n}\n",
    },
    expect: ['sharing-condition-unmet src/telemetry.ts:5:3'],
  },
  {
    name: 'a vendor item whose sentence ends "no account information is included" leaves out the account holder\'s name and email address (and is no ban on collecting them); a vendor with no such words gets them',
    policy: '# Privacy\n\n## What we collect\n\nYour name, email address and the documents you upload.\n\n## Service providers\n\n- **Anthropic** — drafts summaries when you ask. We send the document text; no account information is included.\n- **OpenAI** — drafts titles. We send the document text.\n',
    files: {
      'src/ai.ts': "import Anthropic from '@anthropic-ai/sdk';\nimport OpenAI from 'openai';\nconst anthropic = new Anthropic({ apiKey: 'k' });\nconst openai = new OpenAI({ apiKey: 'k' });\nexport async function summarize(owner: { email: string; fullName: string }, text: string) {\n  await anthropic.messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: `${owner.fullName} <${owner.email}>\\n${text}` }] });\n  await openai.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: `${owner.fullName} <${owner.email}>\\n${text}` }] });\n}\n",
    },
    expect: ['sharing-condition-unmet src/ai.ts:6:9'],
  },
  {
    name: 'a vendor said to send the messages ("Twilio sends pickup alerts by text message") gets their text, a name in it too; one said only to receive a phone number does not; "blood type" and "ride coordinates" are named data',
    policy: '# Privacy\n\n## What we collect\n\nYour name, phone number, blood type and ride coordinates.\n\n## Who receives it\n\n| Vendor | Purpose | Data |\n|---|---|---|\n| Mailgun | Donor cards | Your email address and your blood type |\n\n- **Twilio** sends pickup alerts by text message and receives your phone number.\n- **Vonage** receives your phone number.\n- **Mapbox** draws maps. It receives ride coordinates, never your name.\n',
    files: {
      'src/notify.ts': "import twilio from 'twilio';\nimport { Vonage } from '@vonage/server-sdk';\nconst sms = twilio('a', 'b');\nconst vonage = new Vonage({ apiKey: 'k', apiSecret: 's' });\nexport async function alert(phone: string, firstName: string) {\n  await sms.messages.create({ from: '+1', to: phone, body: `${firstName} was picked up` });\n  await vonage.sms.send({ from: 'Acme', to: phone, text: `${firstName} was picked up` });\n}\n",
      'src/mail.ts': "import formData from 'form-data';\nimport Mailgun from 'mailgun.js';\nconst mg = new Mailgun(formData).client({ username: 'api', key: 'k' });\nexport async function card(to: { email: string }, bloodType: string) {\n  await mg.messages.create('mg.acme.org', { from: 'a@acme.org', to: [to.email], subject: 'Card', 'h:X-Mailgun-Variables': JSON.stringify({ blood_type: bloodType }) });\n}\n",
      'src/map.ts': "export async function match(ride: { lat: number; lng: number }) {\n  await fetch(`https://api.mapbox.com/matching/v5/mapbox/cycling/${ride.lng},${ride.lat}?access_token=x`);\n}\n",
    },
    expect: ['sharing-condition-unmet src/notify.ts:7:9'],
  },
  {
    name: '"We use analytics providers (such as PostHog) to process this data, associated with your name and email address" declares the name and email for PostHog',
    policy: '# Privacy\n\n## What we collect\n\n- **Usage Data:** We collect information about how you use the service, such as features used. We use analytics providers (such as PostHog) to process this data, associated with your account identifier, name, and email address.\n',
    files: {
      'src/track.ts': "import posthog from 'posthog-js';\nexport function who(user: { id: string; email: string; name: string; }) {\n  posthog.identify(user.id, { email: user.email, name: user.name });\n}\n",
    },
    expect: [],
  },
  {
    name: 'the name an email is addressed to goes with the address a listed email provider gets ("Amazon SES: your email address for messages"); a phone number does not',
    policy: '# Privacy\n\n## What we collect\n\nYour name, email address and phone number.\n\n## Who receives it\n\n| Vendor | Purpose | Data |\n|---|---|---|\n| Postmark | Claim emails | Your email address |\n',
    files: { 'src/mail.ts': "import { ServerClient } from 'postmark';\nconst client = new ServerClient('x');\nexport async function received(to: { email: string; fullName: string; phone: string }) {\n  await client.sendEmail({ From: 'a@acme.io', To: `${to.fullName} <${to.email}>`, Subject: 'Received', TextBody: 'We got it' });\n  await client.sendEmail({ From: 'a@acme.io', To: to.email, Subject: 'Call us', TextBody: `We will call ${to.phone}` });\n}\n" },
    expect: ['sharing-condition-unmet src/mail.ts:5:9'],
  },
  {
    name: "a name written into the message text is that text when the policy says the SMS provider gets the message text; a name sent beside it is not",
    policy: '# Privacy\n\n## Service providers\n\n| Provider | Purpose | Information |\n|---|---|---|\n| Twilio | Text messages | Mobile number and message text |\n| Stripe | Payments | Billing details |\n',
    files: { 'src/sms.ts': "import twilio from 'twilio';\nconst sms = twilio('sid', 'token');\nexport async function notify(p: { mobile: string }, teacher: { displayName: string }, text: string) {\n  await sms.messages.create({ to: p.mobile, body: `${teacher.displayName}: ${text}` });\n  await sms.messages.create({ to: p.mobile, body: text, statusCallbackName: teacher.displayName });\n}\n" },
    expect: ['sharing-condition-unmet src/sms.ts:5:9'],
  },
  {
    name: 'an item of a list of who receives what ("Mapbox: pick-up points, to work out routes") is that vendor\'s row: a home address sent to it is beyond it; a vendor that sends our emails ("Brevo: booking confirmations") gets what the code writes to people',
    policy: '# Privacy\n\n## What we collect\n\nYour name, email address, home address and a pick-up point you choose on the map.\n\n## Who sees your information\n\n<dl>\n<dt>Service providers</dt>\n<dd><ul>\n<li>Mapbox: pick-up points, to work out routes.</li>\n<li>Brevo: booking confirmations.</li>\n</ul></dd>\n</dl>\n',
    files: {
      'src/geo.ts': "import axios from 'axios';\nexport async function geocode(homeAddress: string, pickup: { lat: number; lng: number }) {\n  await axios.get('https://api.mapbox.com/search/geocode/v6/forward', { params: { q: homeAddress } });\n  await axios.get(`https://api.mapbox.com/directions/v5/mapbox/driving/${pickup.lng},${pickup.lat}`);\n}\n",
      'src/mail.ts': "import * as Brevo from '@getbrevo/brevo';\nconst api = new Brevo.TransactionalEmailsApi();\nexport async function confirm(to: { email: string; name: string }) {\n  await api.sendTransacEmail({ to: [{ email: to.email, name: to.name }], subject: 'Booked', textContent: 'See you soon' });\n}\n",
    },
    expect: ['sharing-condition-unmet src/geo.ts:3:9'],
  },
  {
    name: 'a sentence that only names a vendor does not widen the anonymized data another sentence says it gets',
    policy: '# Privacy\n\n## Analytics\n\n- Marketing analysis (via PostHog).\n- PostHog receives anonymized usage data.\n',
    files: { 'src/p.ts': "import posthog from 'posthog-js';\nexport const identify = (id: string, email: string) => posthog.identify(id, { email });\n" },
    expect: ['sharing-condition-unmet src/p.ts:2:56'],
  },
  {
    name: 'session replay sent to analytics the policy calls anonymized',
    files: { 'src/replay.ts': "import LogRocket from 'logrocket';\nLogRocket.init('acme/app');\n" },
    expect: ['sharing-condition-unmet src/replay.ts:2:1'],
  },
  { name: 'an anonymous event to analytics is valid', files: { 'src/a.ts': "import posthog from 'posthog-js';\nexport const f = (n: number) => posthog.capture('saved', { fieldCount: n });\n" }, expect: [] },
  {
    name: 'an email sent to analytics the policy calls anonymized',
    files: { 'src/a.ts': "import posthog from 'posthog-js';\nexport function identify(user: { id: string; email: string }) {\n  posthog.identify(user.id, { email: user.email });\n}\n" },
    expect: ['sharing-condition-unmet src/a.ts:3:3'],
  },
  {
    name: 'a named recipient receiving data beyond what the policy lists',
    policy: '# Policy\n\n## What we collect\n\n- Name, email address and phone number.\n\n## Who receives it\n\n- Braze receives your name and email address.\n',
    files: { 'src/b.ts': "import axios from 'axios';\nexport async function f(m: { email: string; phone: string }) {\n  await axios.post('https://rest.fra-02.braze.eu/users/track', { email: m.email, phone: m.phone });\n}\n" },
    expect: ['sharing-condition-unmet src/b.ts:3:9'],
  },
]);

table('prohibited-sharing', [
  {
    name: '"we prevent Sentry from storing IP addresses" is about what Sentry keeps: loading its SDK is no breach; "we never share your IP address with Sentry" is',
    policy: '# Privacy\n\n## What we collect\n\nYour email address and IP address.\n\n## Sentry\n\nWe use Sentry for crash reports. We prevent Sentry from storing IP addresses.\n',
    files: { 'src/sentry.ts': "import * as Sentry from '@sentry/browser';\nSentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1' });\n" },
    expect: [],
  },
  {
    name: '"we never share your IP address with Sentry" rules out loading its SDK in the browser',
    policy: '# Privacy\n\n## What we collect\n\nYour email address and IP address.\n\n## Sentry\n\nWe use Sentry for crash reports. We never share your IP address with Sentry.\n',
    files: { 'src/sentry.ts': "import * as Sentry from '@sentry/browser';\nSentry.init({ dsn: 'https://k@o1.ingest.sentry.io/1' });\n" },
    expect: ['prohibited-sharing src/sentry.ts:2:1'],
  },
  {
    name: "\"not for their direct marketing purposes\" limits what recipients may do with the data, it bans no marketing tool; \"not for marketing purposes\" does",
    policy: '# Privacy\n\n## What we collect\n\nYour email address.\n\n## Sharing\n\nWe do not disclose personal information to any third parties for their direct marketing purposes.\n',
    files: { 'src/news.ts': "import mailchimp from '@mailchimp/mailchimp_marketing';\nexport const subscribe = (u: { email: string }) => mailchimp.lists.addListMember('list', { email_address: u.email, status: 'subscribed' });\n" },
    expect: [],
  },
  {
    name: '"we do not share your data for marketing purposes" rules out a marketing tool',
    policy: '# Privacy\n\n## What we collect\n\nYour email address.\n\n## Sharing\n\nWe do not share your data for marketing purposes.\n',
    files: { 'src/news.ts': "import mailchimp from '@mailchimp/mailchimp_marketing';\nexport const subscribe = (u: { email: string }) => mailchimp.lists.addListMember('list', { email_address: u.email, status: 'subscribed' });\n" },
    expect: ['prohibited-sharing src/news.ts:2:52'],
  },
  {
    name: '"will not share it with any third party" rules out a vendor that uses data for its own ends, not a processor (an unnamed one is undeclared instead)',
    policy: '# Privacy\n\n## What we collect\n\n- Your email address.\n\n## Sharing\n\nWe treat personal data confidentially and will not share it with any third party.\n',
    files: { 'src/a.ts': "import posthog from 'posthog-js';\nimport { Resend } from 'resend';\nconst resend = new Resend('k');\nexport function go(email: string) {\n  posthog.identify(email, { email });\n  return resend.emails.send({ from: 'a@b.c', to: email, subject: 'Hi' });\n}\n" },
    expect: ['prohibited-sharing src/a.ts:5:3'],
  },
  {
    name: 'a vendor the policy names is judged by its own statement, not by a general ban on marketing',
    policy: MINI_POLICY.replace('  • We do not sell', '  • Mailchimp sends our newsletter to subscribers who opt in; it receives your email address.\n  • We do not sell'),
    files: { 'src/news.ts': "import mailchimp from '@mailchimp/mailchimp_marketing';\nexport const subscribe = (email: string) => mailchimp.lists.addListMember('list', { email_address: email, status: 'subscribed' });\n" },
    expect: [],
  },
  {
    name: 'an email sent to an advertising pixel when the policy rules out marketing',
    files: { 'src/l.ts': "export function t(email: string) {\n  const lintrk = (window as any).lintrk;\n  lintrk('track', { user_data: { email } });\n}\n" },
    expect: ['prohibited-sharing src/l.ts:3:3'],
  },
  {
    name: 'location sent anywhere when the policy says it is never shared',
    policy: '# Policy\n\n## What we collect\n\n- Name, email address, and location.\n\n## Who receives it\n\n- Braze receives your name and email address.\n\nWe never share your location with anyone.\n',
    files: { 'src/b.ts': "import axios from 'axios';\nexport async function f(m: { email: string }, c: { lat: number; lng: number }) {\n  await axios.post('https://rest.fra-02.braze.eu/users/track', { email: m.email, properties: { lat: c.lat, lng: c.lng } });\n}\n" },
    expect: ['prohibited-sharing src/b.ts:3:9'],
  },
]);

table('retention-exceeds-policy', [
  {
    name: 'a cache key\'s fixed words (`redis.set(`checkout:${id}`, …, { ex })`) say what it keeps; a closed account is a closed membership; a later sentence that names what it keeps ("Order records are kept for 6 years") does not lend its period to the label',
    policy: '# Privacy\n\n## What we collect\n\nYour name, address and phone number.\n\n## How long we keep it\n\n- **Checkouts you don\'t complete:** 7 days.\n- **Closed memberships:** your account is deleted 2 years after you close it. Order records are kept for 6 years for tax.\n',
    files: {
      'src/store.ts': "import { Redis } from '@upstash/redis';\nconst redis = Redis.fromEnv();\nexport async function hold(id: string, m: { name: string; phone: string }) {\n  await redis.set(`checkout:${id}`, { name: m.name, phone: m.phone }, { ex: 60 * 60 * 24 * 30 });\n}\n",
      'src/cron.ts': "const CLOSED_ACCOUNT_YEARS = 5;\nexport async function purge(db: any) {\n  const cutoff = new Date();\n  cutoff.setFullYear(cutoff.getFullYear() - CLOSED_ACCOUNT_YEARS);\n  await db.member.deleteMany({ where: { closedAt: { lt: cutoff } } });\n}\n",
    },
    expect: ['retention-exceeds-policy src/cron.ts:1:7', 'retention-exceeds-policy src/store.ts:4:73'],
  },
  {
    name: 'a setting is held to the subject whose head it names ("Appointment history without a donation"), not to one whose qualifier shares more of its words ("Questionnaire answers when no donation took place (cancelled, missed …)")',
    policy: '# Privacy\n\n## What we collect\n\nYour name, blood type and questionnaire answers.\n\n## How long we keep it\n\n- **Questionnaire answers when no donation took place** (cancelled, missed or deferred before collection): deleted after 30 days.\n- **Appointment history without a donation:** 2 years.\n',
    files: {
      'src/jobs.ts': "const DAY_MS = 86_400_000;\nconst QUESTIONNAIRE_NO_DONATION_DAYS = 180;\nconst APPOINTMENT_NO_DONATION_YEARS = 2;\nconst yearsAgo = (n: number) => new Date(Date.now() - n * 365 * DAY_MS);\nexport async function purge(prisma: any) {\n  const noDonation = ['CANCELLED', 'NO_SHOW', 'DEFERRED'];\n  await prisma.appointment.updateMany({ where: { status: { in: noDonation }, slot: { lt: new Date(Date.now() - QUESTIONNAIRE_NO_DONATION_DAYS * DAY_MS) } }, data: { questionnaire: null } });\n  await prisma.appointment.deleteMany({ where: { status: { in: [...noDonation, 'BOOKED'] }, slot: { lt: yearsAgo(APPOINTMENT_NO_DONATION_YEARS) } } });\n}\n",
    },
    expect: ['retention-exceeds-policy src/jobs.ts:2:7'],
  },
  {
    name: 'a setting for time punches (`PUNCH_RETENTION_YEARS`, bound into Knex raw SQL) is held to "Clock-in and clock-out records"',
    policy: '# Privacy\n\n## What we collect\n\nYour name and your clock-in times.\n\n## Retention\n\n- Clock-in and clock-out records are kept for 3 years.\n',
    files: {
      'src/jobs/retention.ts': "const PUNCH_RETENTION_YEARS = 5;\nexport async function run(db: any) {\n  await db('time_punches').where('punched_in_at', '<', db.raw('DATE_SUB(NOW(), INTERVAL ? YEAR)', [PUNCH_RETENTION_YEARS])).del();\n}\n",
    },
    expect: ['retention-exceeds-policy src/jobs/retention.ts:1:7'],
  },
  {
    name: 'a key of a retention object is held to the subject its own name says (`expiredLeaseDays`: "your lease documents"), not to one its comment names ("Rent history and receipts"), nor to a subject said by what did not happen because of a comment\'s "not"; `whereNotNull` and "(without photos)" are no event that did not happen',
    policy: '# Privacy\n\n## What we collect\n\nYour name, lease documents, rent history and photos of damage.\n\n## How long we keep it\n\n- When you move out, we delete your lease documents 60 days after your last payment.\n- Rent history and receipts: 7 years.\n- Applications that are never approved: deleted after 72 hours.\n- Claim photos: deleted 12 months after the claim is settled.\n- Claim records (without photos): 7 years.\n',
    files: {
      'src/retention.ts': "/**\n * How long we keep tenant data after a lease ends.\n * Rent lines and receipts are kept for the tax office; documents are not needed after a grace period.\n */\nexport const RETENTION = {\n  expiredLeaseDays: 365,\n  rentHistoryYears: 7,\n  unapprovedApplicationHours: 72,\n} as const;\n",
      'src/purge.ts': "export async function purge(knex: any) {\n  await knex('claim_photos').whereNotNull('settled_at').andWhere('settled_at', '<', knex.raw(`now() - interval '3 years'`)).del();\n  await knex('claims').whereNotNull('settled_at').andWhere('settled_at', '<', knex.raw(`now() - interval '7 years'`)).del();\n}\n",
    },
    expect: ['retention-exceeds-policy src/purge.ts:2:94', 'retention-exceeds-policy src/retention.ts:6:3'],
  },
  {
    name: 'a module named for retention (`retention.ts`) sets periods by their unit names even where they are used elsewhere (not a reminder\'s); a signature kept for a year is a signed document, not a validity; "Data held by our background job system" is the queue\'s jobs',
    policy: '# Privacy\n\n## What we collect\n\nYour name, address and signature on delivery.\n\n## How long we keep it\n\n- Declined quotes: 6 months after the quote date.\n- Delivery signatures: 90 days after delivery.\n- Data held by our background job system is removed within 24 hours after each task finishes.\n',
    files: {
      'src/retention.ts': "export const DECLINED_QUOTE_MONTHS = 24;\nexport const QUOTE_REMINDER_DAYS = 300;\n",
      'src/config.ts': "export const retention = { orderYears: 6, signatureDays: 365 };\n",
      'src/queues.ts': "import { Queue, type DefaultJobOptions } from 'bullmq';\nconst defaultJobOptions: DefaultJobOptions = { attempts: 3, removeOnComplete: { age: 30 * 24 * 3600 } };\nexport const q = new Queue('quotes', { defaultJobOptions });\n",
      'src/cleanup.ts': "import { DECLINED_QUOTE_MONTHS } from './retention';\nexport async function run(pool: any) {\n  await pool.query('DELETE FROM quotes WHERE created_at < now() - make_interval(months => $1)', [DECLINED_QUOTE_MONTHS]);\n}\n",
    },
    expect: ['retention-exceeds-policy src/config.ts:1:43', 'retention-exceeds-policy src/queues.ts:2:81', 'retention-exceeds-policy src/retention.ts:1:14'],
  },
  {
    name: 'how long a one-time code or a sign-in link stays valid (`OTP_TTL_SECONDS`, runtimeConfig `magicLinkTtlSeconds`) is held to "Verification codes are deleted after 10 minutes" and "Sign-in links expire after 15 minutes"; a cache TTL and a "verification selfie" are not',
    policy: '# Privacy\n\n## What we collect\n\nYour phone number, a verification selfie and your email address.\n\n## How long we keep it\n\n- Verification codes expire and are deleted after 10 minutes.\n- Sign-in links expire after 15 minutes.\n- Verification selfies: deleted within 24 hours.\n',
    files: {
      'lib/mongo.ts': "const OTP_TTL_SECONDS = 60 * 60 * 24;\nconst CACHE_TTL_SECONDS = 60 * 60 * 6;\nexport async function ensure(db: any) {\n  await db.collection('otp_codes').createIndex({ createdAt: 1 }, { expireAfterSeconds: OTP_TTL_SECONDS });\n  await db.collection('cache').createIndex({ at: 1 }, { expireAfterSeconds: CACHE_TTL_SECONDS });\n}\n",
      'nuxt.config.ts': "export default defineNuxtConfig({\n  runtimeConfig: {\n    magicLinkTtlSeconds: Number(process.env.MAGIC_LINK_TTL_SECONDS ?? 60 * 60 * 24),\n  },\n});\n",
    },
    expect: ['retention-exceeds-policy lib/mongo.ts:1:7', 'retention-exceeds-policy nuxt.config.ts:3:5'],
  },
  {
    name: '"Sign-in links stop working after 15 minutes" is how long a link lasts, and a KV entry whose period constant names a rate limit (`{ expirationTtl: RATE_LIMIT_WINDOW_S }` under a key `rl:signin:${ip}`) is held to the rate-limiting records, not to the links',
    policy: '# Privacy\n\n## What we collect\n\nYour email address and your IP address.\n\n## How long we keep it\n\n- Rate-limiting records (your IP address): 1 day.\n- Sign-in links stop working after 15 minutes.\n',
    files: {
      'src/auth.ts': "const RATE_LIMIT_WINDOW_S = 60 * 60 * 24;\nconst MAGIC_LINK_TTL_S = 60 * 60 * 24;\nexport async function signIn(kv: any, ip: string, email: string, token: string) {\n  await kv.put(`rl:signin:${ip}`, '1', { expirationTtl: RATE_LIMIT_WINDOW_S });\n  await kv.put(`link:${token}`, JSON.stringify({ email }), { expirationTtl: MAGIC_LINK_TTL_S });\n}\n",
    },
    expect: ['retention-exceeds-policy src/auth.ts:2:7'],
  },
  {
    name: 'rows deleted while their decision or completion time is null (TypeORM IsNull, Drizzle isNull, Knex whereNull) are the undecided or uncompleted ones "never completed" speaks of',
    policy: '# Privacy\n\n## What we collect\n\nYour name, income and screening results.\n\n## Retention\n\n- Screening reports: 2 years.\n- Applications that are never completed: 30 days.\n',
    files: {
      'src/typeorm.ts': "import { IsNull, LessThan } from 'typeorm';\nimport { subDays } from 'date-fns';\nexport async function a(screenings: any, now: Date) {\n  await screenings.delete({ decidedAt: IsNull(), createdAt: LessThan(subDays(now, 120)) });\n}\n",
      'src/drizzle.ts': "import { and, isNull, lt } from 'drizzle-orm';\nimport { subDays } from 'date-fns';\nexport async function b(db: any, screenings: any, now: Date) {\n  await db.delete(screenings).where(and(isNull(screenings.completedAt), lt(screenings.createdAt, subDays(now, 90))));\n}\n",
      'src/knex.ts': "import { subDays } from 'date-fns';\nexport async function c(db: any, now: Date) {\n  await db('screenings').whereNull('completed_at').where('created_at', '<', subDays(now, 60)).del();\n  await db('screenings').where('created_at', '<', subDays(now, 700)).del();\n}\n",
    },
    expect: ['retention-exceeds-policy src/drizzle.ts:4:98', 'retention-exceeds-policy src/knex.ts:3:77', 'retention-exceeds-policy src/typeorm.ts:4:70'],
  },
  {
    name: 'an aside in brackets is no clause of its own ("Abandoned orders (an order you began but did not pay for)"); an unpaid flag (`eq(orders.paid, false)`) names unpaid records; the table a subquery joins is no table deleted; "after your last sign-in" is about inactive members; "sessions last up to 7 days" is a period',
    policy: '# Privacy\n\n## What we collect\n\nYour name and email address.\n\n## Retention\n\n- Orders are kept for 6 years.\n- Abandoned orders (an order you began but did not pay for) are deleted after 3 days.\n- Members are deleted 18 months after their last sign-in.\n- Signed-in sessions last up to 7 days.\n',
    files: {
      'src/cleanup.ts': "import { and, eq, lt, sql } from 'drizzle-orm';\nconst ABANDONED_DAYS = 14;\nconst INACTIVE_MEMBER_MONTHS = 18;\nexport async function cleanup(db: any, schema: any) {\n  const cutoff = new Date(Date.now() - ABANDONED_DAYS * 86400000);\n  await db.delete(schema.orders).where(and(eq(schema.orders.paid, false), lt(schema.orders.createdAt, cutoff)));\n  await db.delete(schema.members).where(and(lt(schema.members.lastSeenAt, sql`now() - make_interval(months => ${INACTIVE_MEMBER_MONTHS})`), sql`not exists (select 1 from orders o where o.member_id = ${schema.members.id})`));\n}\n",
      'src/session.ts': "export const SESSION_COOKIE = 'sid';\nconst SESSION_MAX_AGE = 60 * 60 * 24 * 30;\nexport function start(cookies: any, sid: string) {\n  cookies.set(SESSION_COOKIE, sid, { httpOnly: true, maxAge: SESSION_MAX_AGE });\n}\n",
    },
    expect: ['retention-exceeds-policy src/cleanup.ts:2:7', 'retention-exceeds-policy src/session.ts:4:54'],
  },
  {
    name: 'reads a Luxon cut-off kept in a variable that a Knex deletion uses (`minus({ years: 2 })`, `where(col, \'<\', cutoff)`), an AdonisJS session `age: \'60d\'`, BullMQ jobs of a queue named for what "queued messages" are, and "To … we log X for 30 days" as keeping X',
    policy: '# Privacy\n\n## What we collect\n\nYour name and email address.\n\n## Retention\n\n- Orders: 3 years.\n- Texts used to send reminders (queued messages): deleted within 2 days after sending.\n- To find bugs we log search requests for 30 days.\n- Access logs: 1 year.\n- Sign-in sessions expire after 14 days.\n',
    files: {
      'src/prune.ts': "import { DateTime } from 'luxon';\nexport async function prune(db: any) {\n  const cutoff = DateTime.now().minus({ years: 2 });\n  const recent = DateTime.now().minus({ years: 5 });\n  await db.from('access_logs').where('created_at', '<', cutoff.toSQL()).delete();\n  return db.from('orders').where('created_at', '>', recent.toSQL());\n}\n",
      'config/session.ts': "import { defineConfig } from '@adonisjs/session';\nexport default defineConfig({ cookieName: 'acme-session', age: '60d' });\n",
      'src/queues.ts': "import { Queue } from 'bullmq';\nconst DAY = 86400;\nexport const q = new Queue('order-reminders', { defaultJobOptions: { removeOnComplete: { age: 30 * DAY } } });\n",
      'src/search-log.ts': "const SEARCH_TTL_DAYS = 90;\nexport const expires = (redis: any, key: string) => redis.expire(`search:${key}`, SEARCH_TTL_DAYS * 86400);\n",
    },
    expect: ['retention-exceeds-policy config/session.ts:2:59', 'retention-exceeds-policy src/prune.ts:3:18', 'retention-exceeds-policy src/queues.ts:3:90', 'retention-exceeds-policy src/search-log.ts:1:7'],
  },
  {
    name: 'a subject with accents ("Uploaded résumés are deleted 90 days after you last used them") is the word without them (`RESUME_TTL_DAYS`)',
    policy: '# Privacy\n\n## What we collect\n\nYour name and email address, and the résumé you upload.\n\n## Retention\n\n- Uploaded résumés are deleted automatically 90 days after you last used them.\n',
    files: {
      'src/purge.ts': "const RESUME_TTL_DAYS = 180;\nexport const purge = (db: any) => db.resumes.deleteMany({ where: { lastUsedAt: { lt: new Date(Date.now() - RESUME_TTL_DAYS * 86_400_000) } } });\n",
    },
    expect: ['retention-exceeds-policy src/purge.ts:1:7'],
  },
  {
    name: 'a retention-named map gives its unit to keys without one (RETENTION_DAYS = { boardingEvents: 3 * 365 }); a verification selfie is a record kept, not a code\'s validity; a chat is a conversation; a verification code stays a validity',
    policy: '# Privacy\n\n## What we collect\n\nYour name, messages, a verification selfie and boarding records.\n\n## How long we keep it\n\n- Verification selfies: deleted within 24 hours.\n- Conversations: deleted 30 days after you unmatch.\n- Boarding records: 1 year.\n',
    files: {
      'src/retention.ts': "export const RETENTION_DAYS = {\n  boardingEvents: 3 * 365,\n  busPositions: 20,\n} as const;\nexport const RETENTION = {\n  verificationSelfieDays: 30,\n  unmatchedChatDays: 180,\n  verificationCodeDays: 2,\n} as const;\n",
    },
    expect: ['retention-exceeds-policy src/retention.ts:2:3', 'retention-exceeds-policy src/retention.ts:6:3', 'retention-exceeds-policy src/retention.ts:7:3'],
  },
  {
    name: 'a receipt is a billing record as well as an expense\'s proof',
    policy: '# Privacy\n\n## What we collect\n\nYour name, email address and payment history.\n\n## Retention\n\n- Billing records: 2 years.\n',
    files: { 'src/config.ts': "export const RECEIPT_RETENTION_DAYS = 3650;\n" },
    expect: ['retention-exceeds-policy src/config.ts:1:14'],
  },
  {
    name: 'a subordinate clause before "we delete" ("… or you decide not to engage us, we delete the inquiry") is no subject; an inactive courier is an account',
    policy: '# Privacy\n\n## What we collect\n\nYour name, email address and the documents you upload.\n\n## Retention\n\n- If we decline your inquiry, or you decide not to engage us, we delete the inquiry and any documents you uploaded within 90 days.\n- Your account: 2 years after your last shift.\n',
    files: { 'src/config.ts': "export const RETENTION = {\n  declinedInquiryDays: Number(process.env.DECLINED_INQUIRY_DAYS ?? 180),\n  inactiveCourierYears: 3,\n  closedMatterYears: 7,\n};\n" },
    expect: ['retention-exceeds-policy src/config.ts:2:3', 'retention-exceeds-policy src/config.ts:3:3'],
  },
  {
    name: 'a raw SQL deletion joined on a class code is about the table it deletes from, not a code\'s validity; a deletion from a codes table is',
    policy: '# Privacy\n\n## Retention\n\n- Student work, grades and feedback are deleted 12 months after the school archives the class.\n- Personal data is kept for no longer than 2 years.\n',
    files: { 'src/purge.ts': "export async function purge(pool: any) {\n  await pool.query(`DELETE FROM student_work x USING assignments a, classes c\n    WHERE x.assignment_id = a.id AND a.class_code = c.code AND c.archived_at < now() - interval '36 months'`);\n  await pool.query(`DELETE FROM verification_codes WHERE created_at < now() - interval '3 years'`);\n}\n" },
    expect: ['retention-exceeds-policy src/purge.ts:2:20'],
  },
  {
    name: '"when you unsubscribe … deleted within 30 days" holds a grace period for unsubscribed subscribers to it',
    policy: '# Privacy\n\n## What we collect\n\nYour email address and engagement history.\n\n## Retention\n\n- When you unsubscribe, your email address and engagement history are deleted within 30 days.\n- Raw open and click events are deleted after twelve months.\n',
    files: { 'src/cleanup.ts': "const DAY = 86_400_000;\nconst UNSUBSCRIBED_GRACE_DAYS = 365;\nexport async function cleanup(db: any, subscribers: any, engagementEvents: any) {\n  const cutoff = new Date(Date.now() - UNSUBSCRIBED_GRACE_DAYS * DAY);\n  await db.delete(engagementEvents).where(lt(subscribers.unsubscribedAt, cutoff));\n}\n" },
    expect: ['retention-exceeds-policy src/cleanup.ts:2:7'],
  },
  {
    name: '"cached data is kept for 12 hours" holds a cache of people\'s data to it, not a cache of keyword metrics',
    policy: '# Privacy\n\n## What we collect\n\nYour name and email address.\n\n## Retention\n\nCached data is kept for 12 hours.\n',
    files: {
      'src/keywords.ts': "export async function putCachedKeywords(prisma: any, phrase: string, response: unknown) {\n  const ttlDays = 7;\n  await prisma.keywordCache.upsert({ where: { phrase }, create: { phrase, response, expiresAt: new Date(Date.now() + ttlDays * 86400000) }, update: {} });\n}\n",
      'src/profiles.ts': "export async function putCachedProfile(prisma: any, user: { id: string; email: string }) {\n  const ttlDays = 3;\n  await prisma.userCache.upsert({ where: { id: user.id }, create: { ...user, expiresAt: new Date(Date.now() + ttlDays * 86400000) }, update: {} });\n}\n",
    },
    expect: ['retention-exceeds-policy src/profiles.ts:2:9'],
  },
  {
    name: "a raw SQL update is about the table it updates and the columns it clears, not the tables it joins; a travel document is a passport",
    policy: '# Privacy\n\n## What we collect\n\nYour name, passport number and bookings.\n\n## Retention\n\n- Booking records: 6 years.\n- Passport and ID details: deleted 72 hours after the sailing.\n',
    files: { 'src/jobs/retention.ts': "const BOOKING_RETENTION = '6 years';\nconst TRAVEL_DOCUMENT_RETENTION = '30 days';\nexport async function run(ds: any) {\n  await ds.query(`update passengers p set passport_number = null, nationality = null from bookings b join sailings s on s.id = b.sailing_id where p.booking_id = b.id and s.departs_at < now() - interval '${TRAVEL_DOCUMENT_RETENTION}'`);\n  await ds.query(`delete from bookings where created_at < now() - interval '${BOOKING_RETENTION}'`);\n}\n" },
    expect: ['retention-exceeds-policy src/jobs/retention.ts:2:7'],
  },
  {
    name: 'numbered sub-clauses of a plain-text policy ("3.3 …: 90 days") are items of their own; "sign-ups" is what code calls signups; an unfinished or attempted record is a pending or draft one',
    policy: 'PRIVACY POLICY\n\n1. WHAT WE COLLECT\n\nYour name, email address and booking details.\n\n3. HOW LONG WE KEEP INFORMATION\n\n3.1 Bookings: 2 years.\n3.2 Unfinished sign-ups: 7 days.\n3.3 Unpaid booking attempts: 24 hours.\n3.4 Call recordings: 30 days.\n',
    files: { 'src/jobs/purge.ts': "const DAY = 86_400_000;\nconst PENDING_SIGNUP_DAYS = 30;\nconst DRAFT_TTL_SECONDS = 14 * 24 * 60 * 60;\nconst CALL_RECORDING_DAYS = 180;\nconst BOOKING_DAYS = 700;\nexport async function purge(db: any, redis: any, booking: { id: string }) {\n  await db.delete(pendingSignups).where(lt(pendingSignups.createdAt, new Date(Date.now() - PENDING_SIGNUP_DAYS * DAY)));\n  await redis.set(`draft:${booking.id}`, JSON.stringify(booking), { ex: DRAFT_TTL_SECONDS });\n  await db.deleteFrom('call_recordings').where('created_at', '<', new Date(Date.now() - CALL_RECORDING_DAYS * DAY)).execute();\n  await db.deleteFrom('bookings').where('created_at', '<', new Date(Date.now() - BOOKING_DAYS * DAY)).execute();\n}\n" },
    expect: ['retention-exceeds-policy src/jobs/purge.ts:2:7', 'retention-exceeds-policy src/jobs/purge.ts:3:7', 'retention-exceeds-policy src/jobs/purge.ts:4:7'],
  },
  {
    name: 'a setting used through a derived cut-off reaches the records deleted with it ("entries": a weak word, but the deleted table)',
    policy: '# Privacy\n\n## What we collect\n\n- Your journal entries.\n\n## How long we keep it\n\n- Entries you delete go to Trash and are permanently deleted after 30 days.\n',
    files: { 'src/jobs/purge.ts': "const DAY_MS = 86_400_000;\nconst TRASH_RETENTION_DAYS = 90;\nexport async function purge(db: any, now = new Date()) {\n  const cutoff = new Date(now.getTime() - TRASH_RETENTION_DAYS * DAY_MS);\n  await db.delete(entries).where(lt(entries.trashedAt, cutoff));\n}\n" },
    expect: ['retention-exceeds-policy src/jobs/purge.ts:2:7'],
  },
  {
    name: "a duration kept in words ('36 months') in a constant, read through sql.lit() in a deletion's interval; a dot-leader table of periods",
    policy: 'PRIVACY\n\nWhat we collect\n\nYour wash history.\n\nHow long we keep it\n\n    Wash history ................ 24 months\n    Support conversations ....... 2 years\n',
    files: { 'src/jobs/retention.ts': "import { sql } from 'kysely';\nconst WASH_HISTORY_AFTER_CANCEL = '36 months';\nexport async function run(db: any) {\n  await db.deleteFrom('wash_visits').where('cancelled_at', '<', sql`now() - ${sql.lit(WASH_HISTORY_AFTER_CANCEL)}::interval`).execute();\n}\n" },
    expect: ['retention-exceeds-policy src/jobs/retention.ts:2:7'],
  },
  {
    name: "an SQL update that clears a column after an interval deletes that data; 'applications that are not paid for' are the unpaid ones",
    policy: '# Privacy\n\n## What we collect\n\n- Proof of residence documents.\n\n## How long we keep it\n\n| Data | Period |\n|---|---|\n| Proof of residence documents | 3 months after we decide your application |\n| Applications that are not paid for | 30 days |\n| Permit records | 2 years |\n',
    files: {
      'src/jobs/proof.ts': "export async function clear(db: any) {\n  await db.query(`update permit_applications set proof_document_key = null where decided_at < now() - interval '2 years'`);\n}\n",
      'src/jobs/unpaid.ts': "export const UNPAID_APPLICATION_TTL_DAYS = 90;\nexport async function purge(db: any) {\n  await db.query('delete from permit_applications where paid = false and created_at < $1', [new Date(Date.now() - UNPAID_APPLICATION_TTL_DAYS * 86_400_000)]);\n}\n",
    },
    expect: ['retention-exceeds-policy src/jobs/proof.ts:2:18', 'retention-exceeds-policy src/jobs/unpaid.ts:1:14'],
  },
  {
    name: "a query builder's update that clears columns after an interval; Remix cookies count maxAge in seconds; 'It expires after 30 days' is the cookie the sentence before named; a labelled period ('Server logs: 30 days.')",
    policy: '# Privacy\n\n## What we collect\n\n- Clock-in locations.\n\n## How long we keep it\n\n- Clock-in and clock-out locations: 6 months.\n- Server logs: 30 days.\n\n## Cookies\n\nThe widget sets one cookie, tn_guest, which remembers your name. It expires after 30 days.\n',
    files: {
      'src/jobs/retention.ts': "import { sql } from 'kysely';\nexport async function run(db: any) {\n  await db.updateTable('bookings').set({ clock_in_lat: null, clock_out_lat: null }).where('clock_in_at', '<', sql`now() - interval '2 years'`).execute();\n}\n",
      'app/cookies.server.ts': "import { createCookie } from '@remix-run/node';\nexport const guestCookie = createCookie('tn_guest', {\n  maxAge: 60 * 60 * 24 * 365,\n});\n",
      'infra/logs.ts': "import * as logs from 'aws-cdk-lib/aws-logs';\nexport const f = (scope: any) => new logs.LogGroup(scope, 'ServerLogs', { retention: logs.RetentionDays.ONE_YEAR });\n",
    },
    expect: ['retention-exceeds-policy app/cookies.server.ts:3:3', 'retention-exceeds-policy infra/logs.ts:2:75', 'retention-exceeds-policy src/jobs/retention.ts:3:114'],
  },
  {
    name: 'aggregates (insights, metrics) are not held to a ceiling on personal data',
    policy: '# Privacy\n\n## What we collect\n\n- Your email address.\n\n## Retention\n\nWe keep personal data for no longer than 30 days.\n',
    files: { 'src/jobs/insights.ts': "const RETENTION_DAYS = 90;\nexport async function clean(db: any) {\n  const cutoff = new Date(Date.now() - RETENTION_DAYS * 86_400_000);\n  await db.delete(insightEvents).where(lt(insightEvents.at, cutoff));\n}\n" },
    expect: [],
  },
  {
    name: 'a window that selects what to sync or show keeps nothing (DEFAULT_RANGE_DAYS), a retention window does',
    files: {
      'src/calendar-sync.ts': 'const DEFAULT_RANGE_DAYS = 400;\nexport const since = () => new Date(Date.now() - DEFAULT_RANGE_DAYS * 86_400_000);\n',
      'src/device-logs.ts': 'export const DEVICE_LOG_RETENTION_WINDOW_DAYS = 400;\n',
    },
    expect: ['retention-exceeds-policy src/device-logs.ts:1:14'],
  },
  {
    name: 'a cutoff that only selects newer rows (`>= since`, `gte(…)`) keeps nothing; one that deletes older rows does',
    files: {
      'src/score.ts': "const SCORE_SPAN_MS = 200 * 86_400_000;\nexport async function recentDeviceEvents(db: any, now: Date) {\n  const since = new Date(now.getTime() - SCORE_SPAN_MS);\n  return db.select().from(deviceEvents).where(and(gte(deviceEvents.at, since), eq(deviceEvents.archived, false)));\n}\n",
      'src/purge.ts': "const OLD_DEVICE_EVENTS_MS = 120 * 86_400_000;\nexport async function purge(db: any, now: Date) {\n  const cutoff = new Date(now.getTime() - OLD_DEVICE_EVENTS_MS);\n  await db.delete(deviceEvents).where(lt(deviceEvents.at, cutoff));\n}\n",
    },
    expect: ['retention-exceeds-policy src/purge.ts:1:7'],
  },
  {
    name: 'a quota per period (`cleanupActionsPerMonth`) is no period; a history kept longer than the policy says is',
    policy: '# Privacy\n\n## What we collect\n\n- Your email address.\n\n## Retention\n\nCleanup history is kept for 30 days.\n',
    files: {
      'src/plans.ts': 'export const PLANS = { free: { cleanupActionsPerMonth: 500 } };\n',
      'src/history.ts': 'export const CLEANUP_HISTORY_RETENTION_DAYS = 90;\n',
    },
    expect: ['retention-exceeds-policy src/history.ts:1:14'],
  },
  { name: 'a period within the policy is valid', files: { 'src/p.ts': "import { subDays } from 'date-fns';\nexport const purge = (db: any, now: Date) => db.deviceEvent.deleteMany({ where: { createdAt: { lt: subDays(now, 90) } } });\n" }, expect: [] },
  {
    name: 'date arithmetic inside a deletion',
    files: { 'src/p.ts': "import { subDays } from 'date-fns';\nexport const purge = (db: any, now: Date) => db.deviceEvent.deleteMany({ where: { createdAt: { lt: subDays(now, 120) } } });\n" },
    expect: ['retention-exceeds-policy src/p.ts:2:100'],
  },
  {
    name: 'a CDK log group retention enum',
    files: { 'lib/stack.ts': "import * as logs from 'aws-cdk-lib/aws-logs';\nexport function f(scope: any) {\n  new logs.LogGroup(scope, 'AgentLogs', {\n    retention: logs.RetentionDays.ONE_YEAR,\n  });\n}\n" },
    expect: ['retention-exceeds-policy lib/stack.ts:4:5'],
  },
  {
    name: 'a named constant with the unit in its name, defaulted behind an environment variable',
    files: { 'src/support/cleanup.ts': 'const TICKET_RETENTION_DAYS = Number(process.env.TICKET_RETENTION_DAYS ?? 1095);\nexport const cutoff = (now: number) => now - TICKET_RETENTION_DAYS * 86_400_000;\n' },
    expect: ['retention-exceeds-policy src/support/cleanup.ts:1:7'],
  },
  {
    name: 'a SQL interval in a delete statement',
    files: { 'src/support/purge.ts': "export const purge = (db: any) => db.query(\"delete from support_tickets where resolved_at < now() - interval '3 years'\");\n" },
    expect: ['retention-exceeds-policy src/support/purge.ts:1:44'],
  },
  {
    // Regression: `…_MS` was read as minutes ("ms" lost its "s"), so one hour became 2,500 days.
    name: 'a one-hour window in milliseconds is one hour',
    policy: MINI_POLICY.replace('  • Device management logs', '  • Account data is retained for 30 days after account deletion.\n  • Device management logs'),
    files: { 'src/account/delete.ts': 'const DELETE_ACCOUNT_LINK_TTL_MS = 60 * 60 * 1000;\nexport const expired = (t: number) => Date.now() - t > DELETE_ACCOUNT_LINK_TTL_MS;\nexport const purge = (db: any) => db.account.delete({});\n' },
    expect: [],
  },
  {
    name: 'Redis expiry, cut-off arithmetic with Date.now() and MySQL intervals',
    files: {
      'src/support/cache.ts': "export async function keep(redis: any, id: string, body: string) {\n  await redis.setex(`support:ticket:${id}`, 3 * 365 * 86400, body);\n  await redis.set(`device:log:${id}`, body, 'EX', 60 * 60 * 24 * 120);\n}\n",
      'src/jobs/device-cleanup.ts': "export const clean = (db: any) => db.deviceLog.deleteMany({ where: { at: { lt: new Date(Date.now() - 180 * 24 * 60 * 60 * 1000) } } });\n",
      'src/jobs/support-cleanup.ts': "export const clean = (db: any) => db.query('DELETE FROM support_tickets WHERE closed_at < NOW() - INTERVAL 1000 DAY');\n",
    },
    expect: [
      'retention-exceeds-policy src/jobs/device-cleanup.ts:1:89',
      'retention-exceeds-policy src/jobs/support-cleanup.ts:1:44',
      'retention-exceeds-policy src/support/cache.ts:2:9',
      'retention-exceeds-policy src/support/cache.ts:3:9',
    ],
  },
  {
    name: 'expiry timestamps computed from now: DynamoDB TTL, expiresAt, addDays',
    files: {
      'src/device/events.ts': "import { addDays } from 'date-fns';\nexport const item = (e: any) => ({ deviceId: e.id, ttl: Math.floor(Date.now() / 1000) + 400 * 86400 });\nexport const row = (e: any) => ({ deviceId: e.id, expiresAt: addDays(new Date(), 200) });\n",
      'src/device/const.ts': "const DEVICE_LOG_TTL_DAYS = 365;\nexport const entry = (e: any) => ({ deviceId: e.id, expiresAt: new Date(Date.now() + DEVICE_LOG_TTL_DAYS * 864e5) });\n",
    },
    expect: ['retention-exceeds-policy src/device/const.ts:1:7', 'retention-exceeds-policy src/device/events.ts:2:52', 'retention-exceeds-policy src/device/events.ts:3:51'],
  },
  {
    name: "a query builder's raw interval inside a deletion",
    files: { 'src/jobs/support.ts': "export const purge = (knex: any) => knex('support_tickets').where('closed_at', '<', knex.raw(\"now() - interval '1000 days'\")).del();\n" },
    expect: ['retention-exceeds-policy src/jobs/support.ts:1:94'],
  },
  {
    name: 'BullMQ job age, Elasticsearch ILM delete phase, CDKTF lifecycle blocks',
    files: {
      'src/queues/support.ts': "import { Queue } from 'bullmq';\nexport const supportQueue = new Queue('support-tickets', { defaultJobOptions: { removeOnComplete: { age: 3600 * 24 * 1000 } } });\n",
      'src/search/ilm.ts': "export const deviceLogsPolicy = { policy: { phases: { hot: {}, delete: { min_age: '365d', actions: { delete: {} } } } } };\n",
      'infra/device-logs.ts': "export const bucket = { lifecycleRule: [{ id: 'device-logs', expiration: [{ days: 400 }] }] };\n",
    },
    expect: ['retention-exceeds-policy infra/device-logs.ts:1:62', 'retention-exceeds-policy src/queues/support.ts:2:101', 'retention-exceeds-policy src/search/ilm.ts:1:74'],
  },
  {
    name: 'a general ceiling applies to records about people that have no statement of their own',
    policy: '# Policy\n\n## Retention\n\n- Device logs are kept for 90 days.\n- We keep personal data for no longer than 2 years.\n',
    files: {
      'src/jobs/purge-tickets.ts': 'const TICKET_RETENTION_DAYS = 1095;\nexport const purge = (db: any, now: number) => db.ticket.deleteMany({ where: { at: { lt: now - TICKET_RETENTION_DAYS * 864e5 } } });\n',
      'src/cache.ts': 'export const THUMBNAIL_TTL_DAYS = 1095;\n',
      'src/jobs/device.ts': 'export const DEVICE_LOG_RETENTION_DAYS = 60;\n',
    },
    expect: ['retention-exceeds-policy src/jobs/purge-tickets.ts:1:7'],
  },
  {
    name: "a cookie-table row holds only the setting of its own cookie, not another cookie's",
    policy: '# Acme Cookie Policy\n\n## Cookies we use\n\n| Cookie | Type | Purpose |\n|---|---|---|\n| acme_session | Persistent cookie (30 days) | Keeps you signed in |\n',
    files: { 'src/cookies.ts': "declare const cookies: { set(name: string, value: string, o: { maxAge: number }): void };\nexport const signIn = (v: string) => cookies.set('acme_session', v, { maxAge: 60 * 60 * 24 * 90 });\nexport const language = (v: string) => cookies.set('lang', v, { maxAge: 60 * 60 * 24 * 3650 });\n" },
    expect: ['retention-exceeds-policy src/cookies.ts:2:71'],
  },
  {
    name: 'a retention constant that names its unit before what the period counts from (VISA_RETENTION_DAYS_AFTER_CONFERENCE)',
    policy: '# Policy\n\n## Retention\n\n- Visa letter requests are deleted 60 days after the conference ends.\n',
    files: { 'src/visa.ts': 'export const VISA_RETENTION_DAYS_AFTER_CONFERENCE = 365;\nexport const purge = (db: any) => db.query(`DELETE FROM visa_requests WHERE ends_on < now() - make_interval(days => ${VISA_RETENTION_DAYS_AFTER_CONFERENCE})`);\n' },
    expect: ['retention-exceeds-policy src/visa.ts:1:14'],
  },
  {
    name: 'a general period counted from the account\'s end applies only to settings about closed or deleted records',
    policy: '# Policy\n\n## Retention\n\n- Device logs are kept for 90 days.\n- Nothing requires us keeping your personal data for longer than one month past the termination of your account.\n',
    files: {
      'src/jobs/purge-tickets.ts': 'const TICKET_RETENTION_DAYS = 1095;\nexport const purge = (db: any, now: number) => db.ticket.deleteMany({ where: { at: { lt: now - TICKET_RETENTION_DAYS * 864e5 } } });\n',
      'src/jobs/purge-closed.ts': 'const CLOSED_ACCOUNT_GRACE_DAYS = 60;\nexport const purge = (db: any, now: number) => db.user.deleteMany({ where: { closedAt: { lt: now - CLOSED_ACCOUNT_GRACE_DAYS * 864e5 } } });\n',
    },
    expect: ['retention-exceeds-policy src/jobs/purge-closed.ts:1:7'],
  },
  {
    name: 'a setting whose subject the policy does not mention is not compared',
    files: { 'src/cache.ts': "export const cache = { thumbnails: { ttl: 365 * 24 * 3600 } };\n" },
    expect: [],
  },
]);
