import { animalHeld, animalRecord, jobHeld, jobRecord, placeMember, pictureOfPerson, PERSON_PICTURE, gridHeld, gridRecord, classifyIdentifier, guardsSharedThing, isImplicit, PERSON_NOUNS, placeHeld, placeRecord, recordContext, splitIdentifier, category as categoryDef } from '../taxonomy';
import type { FieldFact, FieldKind } from './types';

/** A member that points at a person by id (`subscriberId`, `user_id`); not an owner's or an author's, which own a thing. */
export const PERSON_REF = /^(?:user|subscriber|customer|member|visitor|patient|student|driver|rider|client|recipient|attendee|participant|guest|employee|candidate|applicant|buyer|tenant|learner|player|person|profile|reader|viewer|listener|follower|donor|shopper|consumer|passenger|travell?er|resident|respondent|volunteer|athlete|caller|requester|invitee)_?id$/i;

/** The field that holds what was written in a message or a comment. */
export const WRITTEN_MEMBER = /^(?:body|content|text|message|prompt)$/i;
/** A member that points at the person who wrote a row (`user_id`, `authorId`, `sender`). */
const WRITER_MEMBER = /^(?:(?:user|sender|author|owner|member|from|creator|account|profile|customer|commenter|poster|participant)_?id|author|sender|created_?by|user_?email|author_?email|email)$/i;

/** Messages (`ChatMessage`, `chat_messages`, `conversation_messages`) and comments (`Comment`, `post_replies`): what people write. */
export function writtenIn(container: string, members: string[]): string | undefined {
  const words = splitIdentifier(container).filter((w) => !/^(?:dto|entity|model|record|row|schema|table|input|request|data|info|item|type)$/.test(w));
  const head = words.at(-1) ?? '';
  // (`system_messages`, `notification_messages`, `error_message`: what the product says, not what a person wrote.)
  if (words.some((w) => /^(?:system|notifications?|errors?|status|log|logs|email|emails|mail|sms|templates?|default|welcome|broadcasts?|announcements?|alerts?|commit|commits|git)$/.test(w))) return undefined;
  if (!members.some((m) => WRITER_MEMBER.test(m))) return undefined;
  if (/^(?:messages?|chats?|conversations?|dms?)$/.test(head)) return 'user.content.private';
  if (/^(?:comments?|replies|reply)$/.test(head)) return 'user.content.public';
  return undefined;
}

const PRISMA_SCALARS = new Set(['String', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes']);
const GRAPHQL_SCALARS = new Set(['String', 'Int', 'Float', 'ID', 'Date', 'DateTime', 'JSON', 'Email', 'EmailAddress', 'PhoneNumber', 'URL', 'Upload']);

interface RawField {
  name: string;
  mapped?: string;
  line: number;
  column: number;
  boolean: boolean;
  /** An integer column: a sequence number, never a card's 16 digits. */
  integer?: boolean;
}

/** Classifies one model's fields; a model with a strong personal field (an email) is about a person. */
function classifyModel(model: string, kind: FieldKind, fields: RawField[], out: FieldFact[]) {
  const rc = recordContext(model);
  const run = (person: boolean) =>
    fields.flatMap((f) => {
      const hits = classifyIdentifier(f.name, { person, device: rc.device, boolean: f.boolean });
      const viaMap = !hits.length && f.mapped ? classifyIdentifier(f.mapped, { person, device: rc.device, boolean: f.boolean }) : [];
      return [...hits, ...viaMap].map((c) => ({ f, c }));
    });
  let hits = run(rc.person);
  // (`model User { image }`: the person's picture; see `pictureOfPerson`.)
  for (const f of fields) if (pictureOfPerson(model, f.name) && !hits.some((h) => h.f === f)) hits.push({ f, c: PERSON_PICTURE });
  // A venue's or a company's model: only fields that name a person (`ownerEmail`) hold personal data.
  if (!rc.person && rc.org) hits = hits.filter(({ c }) => c.tokens.some((w) => PERSON_NOUNS.has(w)));
  else if (!rc.person && hits.some(({ c }) => !c.lexeme.startsWith('~') && !isImplicit(c.category) && !categoryDef(c.category)?.device && !c.category.startsWith('user.authorization'))) hits = run(true);
  // (`model Conversation { userId; ipAddress }`: a row that points at a person by id records that person's activity;
  // what only a person's record makes personal, an IP address, is theirs. Weak words stay the row's own.)
  else if (!rc.person && fields.some((f) => PERSON_REF.test(f.name))) for (const h of run(true)) if (!h.c.lexeme.startsWith('~') && !hits.some((x) => x.f === h.f)) hits.push(h);
  if (placeRecord(model, fields.map((f) => f.name))) hits = hits.filter(({ c }) => !placeHeld(c.category));
  if (gridRecord(model)) hits = hits.filter(({ c }) => !gridHeld(c.category));
  hits = hits.filter(({ f, c }) => !placeMember(f.name, c.category));
  if (animalRecord(model)) hits = hits.filter(({ f, c }) => !(animalHeld(c.category) && !splitIdentifier(f.name).some((w) => PERSON_NOUNS.has(w))));
  if (jobRecord(model)) hits = hits.filter(({ f, c }) => !(jobHeld(c.category) && !splitIdentifier(f.name).some((w) => PERSON_NOUNS.has(w))));
  // (`model ChatMessage { userId; content }`: what a person wrote.)
  const written = fields.some((f) => WRITTEN_MEMBER.test(f.name)) ? writtenIn(model, fields.map((f) => f.name)) : undefined;
  if (written) for (const f of fields) if (!f.boolean && !f.integer && !hits.some((h) => h.f === f) && WRITTEN_MEMBER.test(f.name)) hits.push({ f, c: { category: written, lexeme: `${splitIdentifier(model).join(' ')} ${f.name}`, tokens: splitIdentifier(f.name) } });
  for (const { f, c } of hits) {
    if (f.integer && c.category === 'user.financial.credit_card') continue;
    if (guardsSharedThing(model, f.name)) continue;
    out.push({ name: f.name, container: model, kind, category: c.category, lexeme: c.lexeme, line: f.line, column: f.column, endLine: f.line, endColumn: f.column + f.name.length });
  }
}

/** Prisma schema: `model User { email String @unique  phone String? @map("phone_number") }`. */
export function prismaFields(text: string): FieldFact[] {
  const out: FieldFact[] = [];
  const lines = text.split(/\r?\n/);
  const models = new Set<string>();
  for (const l of lines) {
    const m = /^\s*(model|type|view)\s+(\w+)\s*\{/.exec(l);
    if (m) models.add(m[2]);
  }
  let model: string | undefined;
  let fields: RawField[] = [];
  let scheduler = false;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '');
    const open = /^\s*(model|type|view)\s+(\w+)\s*\{/.exec(line);
    if (open) {
      model = open[2];
      fields = [];
      return;
    }
    if (model && /^\s*\}/.test(line)) {
      // (pg_cron's own tables, `@@schema("cron")`: scheduled jobs and their runs under the database role.)
      if (!scheduler) classifyModel(model, 'prisma', fields, out);
      model = undefined;
      scheduler = false;
      return;
    }
    if (!model) return;
    if (/^\s*@@schema\(\s*"cron"\s*\)/.test(line)) scheduler = true;
    const f = /^(\s*)(\w+)\s+(\w+)(\[\])?(\?)?(.*)$/.exec(line);
    if (!f || f[2].startsWith('@')) return;
    const type = f[3];
    if (models.has(type)) return;
    // Relations to models declared in other schema files: lists of models, @relation, or a field named for its type.
    const lowerType = type.charAt(0).toLowerCase() + type.slice(1);
    if (!PRISMA_SCALARS.has(type) && type !== 'Boolean' && (f[4] || /@relation\b/.test(f[6]) || f[2].startsWith(lowerType))) return;
    if (!PRISMA_SCALARS.has(type) && type !== 'Boolean' && !/^[A-Z]/.test(type)) return;
    // (`username String @default(dbgenerated("CURRENT_USER"))`: the database role that wrote the row, not a person.)
    if (/@default\(\s*dbgenerated\(\s*"(?:CURRENT_USER|SESSION_USER|USER|CURRENT_ROLE|current_user|session_user|current_role)(?:\(\))?"\s*\)\s*\)/.test(f[6])) return;
    const mapped = /@map\("([^"]+)"\)/.exec(f[6])?.[1];
    fields.push({ name: f[2], mapped, line: i + 1, column: f[1].length + 1, boolean: type === 'Boolean', integer: type === 'Int' || type === 'BigInt' });
  });
  return out;
}

/**
 * GraphQL SDL (`.graphql` files and gql`` templates): object and input types' fields.
 * `lineOffset`/`columnOffset` place a template's text in its file.
 */
export function graphqlFields(text: string, lineOffset = 0, columnOffset = 0): FieldFact[] {
  const out: FieldFact[] = [];
  const lines = text.split(/\r?\n/);
  let type: string | undefined;
  let fields: RawField[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '');
    const open = /^\s*(?:extend\s+)?(type|input|interface)\s+(\w+)[^{]*\{/.exec(line);
    if (open) {
      type = open[2];
      fields = [];
      return;
    }
    if (type && /^\s*\}/.test(line)) {
      if (!/^(Query|Mutation|Subscription)$/.test(type)) classifyModel(type, 'graphql', fields, out);
      type = undefined;
      return;
    }
    if (!type) return;
    const f = /^(\s*)(\w+)\s*(\([^)]*\))?\s*:\s*\[?\s*(\w+)/.exec(line);
    if (!f || f[3]) return;
    const t = f[4];
    if (!GRAPHQL_SCALARS.has(t) && t !== 'Boolean') return;
    fields.push({ name: f[2], line: i + 1 + lineOffset, column: f[1].length + 1 + (i === 0 ? columnOffset : 0), boolean: t === 'Boolean' });
  });
  return out;
}
