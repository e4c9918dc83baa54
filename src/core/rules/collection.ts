import type { Finding } from '../finding';
import type { FieldGroup } from '../project';
import { STORE_WRITE_SOURCE, UPLOAD_SOURCE } from '../analysis/types';
import { PERSON_NOUNS, isImplicit, jobHeld, jobRecord, splitIdentifier } from '../taxonomy';
import { type RuleContext, categoryName, clauseRef, fingerprint, standardFixes } from './context';

export interface CollectionCandidate {
  file: string;
  name: string;
  container: string;
  category: string;
  lexeme: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  related: FieldGroup['others'];
  source: 'field' | 'input';
  /** The record a field's own record sits in (`resumeSchema` of `basics.email`). */
  within?: string;
  /** The record kind of a field (`entity`, `prisma`, `schema`, `interface`, …). */
  kind?: FieldGroup['primary']['kind'];
}

/** Shapes of what arrives and is let go: requests, payloads, validated inputs, form fields, parameters. */
const TRANSIENT_SHAPE = /(?:Payload|Request|Req|Body|Input|Dto|DTO|Params|Query|Args|Schema)$/;

/**
 * Whether a record may be kept: an entity, table or model, or any other record but a request's shape (a validation
 * schema, a form, a parameter, an input read, a `…Payload`/`…Request` type).
 */
export function mayBeKept(c: CollectionCandidate): boolean {
  // (A record the code writes to its store, `prisma.visit.create({ data })`, is kept.)
  if (c.source === 'input') return c.container.endsWith(STORE_WRITE_SOURCE) || c.container.startsWith(UPLOAD_SOURCE);
  return [{ kind: c.kind, container: c.container }, ...c.related].some((r) => r.kind === 'entity' || r.kind === 'prisma' || ((r.kind === 'interface' || r.kind === 'type' || r.kind === 'class') && !TRANSIENT_SHAPE.test(r.container)));
}

const memo = new WeakMap<RuleContext, CollectionCandidate[]>();

/** Inputs read off the device by its API (location, contacts). */
const DEVICE_READ = /^device \w+ API\b/;

/** A field of a table, entity or model, or with one among its related records: a place the data is stored. */
function mayBeStored(f: CollectionCandidate): boolean {
  return [f.kind, ...f.related.map((r) => r.kind)].some((k) => k === 'entity' || k === 'prisma');
}

/** Files of components: JSX and the single-file components of Vue, Svelte and Astro. */
const VIEW_FILE = /\.(?:tsx|jsx|vue|svelte|astro)$/;

/** A screen's record of what someone fills in (`OnboardingData`, `SignupFormValues`): collected where it is declared. */
const FILLED_SHAPE = /(?:Data|Form|FormData|Values|Fields|Submission)$/;

const DISPLAY_SHAPE = /(Props|Response|Responses|Result|Results|Context|ContextValue|State|StateValue|Options|Args|Variables|Item|Items)$/;

/** Every place personal data enters: one per field (its model) and input reads with no declared field. Computed once per evaluation. */
export function collectionCandidates(ctx: RuleContext): CollectionCandidate[] {
  const known = memo.get(ctx);
  if (known) return known;
  const out: CollectionCandidate[] = [];
  memo.set(ctx, out);
  const byPlace = new Map<string, CollectionCandidate>();
  for (const g of ctx.project.fieldGroups) {
    if (isImplicit(g.primary.category)) continue;
    // Props, responses, results and state are shapes data passes through on screen or from another API; the model,
    // schema, form or input that keeps it is where it is collected — another record of the group, if any.
    // (A record nested in one of them is part of it: `MapTabProps { userLocation: { lat; lng } }`.)
    // A type declared in a component's own file (`interface LeaderboardEntry { name; avatar? }` in `leaderboard/page.tsx`)
    // is what the screen shows; what a form on it takes is read from the form, or from the record of what is filled in.
    const display = (f: FieldGroup['primary']) => (f.kind === 'interface' || f.kind === 'type') && ((VIEW_FILE.test(f.file) && !FILLED_SHAPE.test(f.container)) || DISPLAY_SHAPE.test(f.container) || (f.within !== undefined && DISPLAY_SHAPE.test(f.within)));
    const primary = display(g.primary) ? g.others.find((o) => !display(o)) : g.primary;
    if (!primary) continue;
    const others = primary === g.primary ? g.others : [g.primary, ...g.others.filter((o) => o !== primary)];
    // Fields of one record on one line (`{ latitude; longitude }`) are one finding.
    const place = `${primary.file}\u0000${primary.container}\u0000${primary.category}\u0000${primary.line}`;
    const twin = byPlace.get(place);
    if (twin) {
      twin.name = `${twin.name}, ${primary.name}`;
      twin.endColumn = Math.max(twin.endColumn, primary.endColumn);
      twin.related.push(...others);
      continue;
    }
    const c: CollectionCandidate = { ...primary, related: [...others], source: 'field' };
    byPlace.set(place, c);
    out.push(c);
  }
  for (const i of ctx.project.inputs) {
    if (isImplicit(i.category)) continue;
    // (So are the fields one read of a request takes on one line: `const { latitude, longitude } = await req.json()`.)
    const inputPlace = `${i.file}\u0000${i.source}\u0000${i.category}\u0000${i.line}\u0000input`;
    const twin = byPlace.get(inputPlace);
    if (twin) {
      twin.name = `${twin.name}, ${i.name}`;
      twin.endColumn = Math.max(twin.endColumn, i.endColumn);
      continue;
    }
    const c: CollectionCandidate = { file: i.file, name: i.name, container: i.source, category: i.category, lexeme: i.lexeme, line: i.line, column: i.column, endLine: i.endLine, endColumn: i.endColumn, related: [], source: 'input' };
    byPlace.set(inputPlace, c);
    // (`interface UserLocation { lat; lng }` beside `navigator.geolocation.getCurrentPosition(…)`: the shape the device's
    // reading is put in is that reading, said once where it enters.)
    if (DEVICE_READ.test(i.source)) {
      for (let k = out.length - 1; k >= 0; k--) {
        const f = out[k];
        if (f.source !== 'field' || f.file !== i.file || f.category !== i.category || mayBeStored(f)) continue;
        c.related.push({ file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, container: f.container, name: f.name, kind: f.kind ?? 'interface', category: f.category, lexeme: f.lexeme }, ...f.related);
        out.splice(k, 1);
      }
    }
    out.push(c);
  }
  // (`createJob/schemas.ts`'s `additionalInfoSchema.salary`, a `JobBasicInfo` form's `workplace`: the title, salary and
  // employer of a job on offer are the job's, wherever its form sits — unless the field names a person.)
  // (Another place of the group that is not a job's is still collection: `MemberProfile.salary`.)
  // (`JobPostingCtaForm.js`'s `form.salary`: a module named for a job on offer.)
  const ofJob = (x: { category: string; container: string; file: string; name: string }) => jobHeld(x.category) && (jobRecord(x.container) || JOB_FOLDER.test(x.file) || jobRecord(x.file.slice(x.file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, ''))) && !splitIdentifier(x.name).some((w) => PERSON_NOUNS.has(w));
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k];
    if (!ofJob(c)) continue;
    const rest = c.related.filter((r) => !ofJob(r));
    if (!rest.length) out.splice(k, 1);
    else out[k] = { ...c, ...rest[0], related: rest.slice(1) };
  }
  return out;
}

/** A folder or module of job postings: `jobs/dialog/createJob/`, `job-postings/`, `vacancies.ts`. */
const JOB_FOLDER = /(?:^|\/)(?:create-?|edit-?|new-?)?(?:jobs?|job-?postings?|vacanc(?:y|ies)|openings)(?:\/|\.[cm]?[jt]sx?$)/i;

export function collectionFinding(
  ctx: RuleContext,
  c: CollectionCandidate,
  ruleId: string,
  message: string,
  clause: ReturnType<RuleContext['policy']['clause']>,
  policyText: string,
  draft: boolean,
): Finding {
  const ref = clauseRef(ctx, clause);
  const fp = fingerprint([ruleId, c.file, c.container, c.name, c.category]);
  return {
    ruleId,
    kind: 'collection',
    severity: 'error',
    message,
    file: c.file,
    line: c.line,
    column: c.column,
    endLine: c.endLine,
    endColumn: c.endColumn,
    dataCategories: [c.category],
    recipient: null,
    clause: ref,
    related: c.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: `also declared in ${r.container}` })),
    fixes: standardFixes(ctx, {
      ruleId,
      file: c.file,
      line: c.line,
      clause: ref,
      fingerprint: fp,
      draft: draft ? { clause: ctx.policy.section('collect')?.last, text: `${categoryName(c.category)}: <why and when we collect it — drafted by Privacy Lens for review>` } : undefined,
    }),
    explain: {
      classification: [{ name: c.name, category: c.category, lexeme: c.lexeme }],
      path: [`${c.source === 'field' ? 'field' : 'input read'} ${c.container}.${c.name} (${c.file}:${c.line})`],
      policy: policyText,
    },
    fingerprint: fp,
  };
}

/** Words that make coordinates the position of an address (`pickupLat`, `deliveryLng`, `homeLatitude`). */
const ADDRESS_PLACE = new Set(['pickup', 'delivery', 'dropoff', 'shipping', 'billing', 'home', 'address', 'destination', 'origin', 'venue', 'geocode', 'geocoded', 'geocoding', 'geocoder']);

/**
 * `pickupLat`/`pickupLng`, `GeocodedAddress.lat`, `coordinates.lat` of a parsed address in `lib/geocoding.ts`: the
 * geocode of an address the policy declares, not a tracked position.
 */
export function geocodedAddress(ctx: RuleContext, category: string, c: { name: string; container: string; within?: string; file: string }): boolean {
  if (category !== 'user.location.precise') return false;
  const words = [...splitIdentifier(c.name), ...splitIdentifier(c.container), ...(c.within ? splitIdentifier(c.within) : []), ...c.file.split('/').flatMap((seg) => splitIdentifier(seg.replace(/\.[^.]+$/, '')))];
  // (`pickupTracking.ownerLat`, `pickupPing.lat`: positions reported while something moves are tracked, not geocoded.)
  if ([...splitIdentifier(c.name), ...splitIdentifier(c.container)].some((w) => TRACKED.has(w))) return false;
  return words.some((w) => ADDRESS_PLACE.has(w)) && ctx.policy.collectDeclaration('user.contact.address') !== undefined;
}

/** Words of positions reported as something moves: tracking, pings, GPS fixes, a trail. ("current" or "home" say which address.) */
const TRACKED = new Set(['tracking', 'track', 'tracker', 'ping', 'gps', 'realtime', 'breadcrumb', 'trail']);
