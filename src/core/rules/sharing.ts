import type { Finding } from '../finding';
import type { ShareVerdict } from '../policy/query';
import { type RuleContext, KIND_LABEL, clauseRef, fingerprint, listNames, recipientOf, standardFixes } from './context';

/** Judges every sink once; the three sharing rules read the verdicts. */
export function computeShareVerdicts(ctx: Pick<RuleContext, 'project' | 'policy'>) {
  return ctx.project.sinks.map((sink) => {
    const recipient = recipientOf(sink);
    // (`stripe.subscriptions.list({ customer: user.stripeCustomerId })`: an id the recipient made for the person goes
    // back to it; nothing it does not hold already.)
    const own = sink.data.filter((d) => !vendorMinted(d, recipient));
    if (own.length < sink.data.length) sink = { ...sink, data: own };
    const categories = [...new Set(sink.data.map((d) => d.category))];
    // Data written only into a message's text (`body: \`${teacher.name}: …\``) is that text.
    const inMessage = new Set(categories.filter((c) => sink.data.filter((d) => d.category === c).every((d) => d.inMessage)));
    // (The names that carried each kind of data, `candidateEmail`: whose it is, for a ban on one group's data.)
    const names = new Map(categories.map((c) => [c, sink.data.filter((d) => d.category === c).map((d) => d.name)]));
    let verdict = ctx.policy.judgeShare(recipient.service, recipient.kind, categories, recipient.host, { loaded: sink.loaded, inMessage, names });
    // Data the user sends to an integration they connected is not a disclosure the policy must name (a ban or a limit
    // still applies).
    if (verdict.status === 'undeclared' && sink.userIntegration) verdict = { status: 'declared', categories: verdict.categories, why: 'sent through an integration the user connects to their own account' };
    // (A search or vector store the deployment points at: one the product runs itself, unless the policy names the cloud —
    // no ban on third parties reaches it then either.)
    const storeNamed = () => recipient.service !== null && [...ctx.policy.shares, ...ctx.policy.prohibits].some((d) => d.services.includes(recipient.service!));
    if (sink.deployedStore && verdict.status !== 'declared' && !storeNamed()) verdict = { status: 'declared', categories: verdict.categories, why: 'a store whose address the deployment sets, which the policy does not name: run by the product itself' };

    return { sink, recipient, verdict };
  });
}

type Sink = RuleContext['project']['sinks'][number];

/**
 * Whether a datum is an identifier the recipient itself issued: a payment processor's customer, subscription or
 * invoice id (`customerId`, `stripeSubscriptionId`), or any id that names the recipient (`lemonSqueezyCustomerId` to
 * Lemon Squeezy, `hubspotContactId` to HubSpot).
 */
function vendorMinted(d: Sink['data'][number], recipient: ReturnType<typeof recipientOf>): boolean {
  if (!d.category.startsWith('user.unique_id')) return false;
  const n = d.name.toLowerCase().replace(/[^a-z]/g, '');
  if (!/id$|ids$/.test(n)) return false;
  if (recipient.kind === 'payment_processor' && /(?:customer|subscription|subscriber|invoice|price|paymentmethod|paymentintent|checkout|session)ids?$/.test(n)) return true;
  const vendor = recipient.name.toLowerCase().replace(/[^a-z]/g, '');
  return vendor.length >= 4 && n.startsWith(vendor);
}

/** Whether `outer`'s range holds `inner`'s and is larger. */
function holds(outer: Sink, inner: Sink): boolean {
  const starts = outer.line < inner.line || (outer.line === inner.line && outer.column <= inner.column);
  const ends = outer.endLine > inner.endLine || (outer.endLine === inner.endLine && outer.endColumn >= inner.endColumn);
  return starts && ends && !(outer.line === inner.line && outer.column === inner.column && outer.endLine === inner.endLine && outer.endColumn === inner.endColumn);
}

type Verdict = ReturnType<RuleContext['shareVerdicts']>[number];

/**
 * The verdicts of one status grouped by file, recipient and what `part` says of each (a verdict without a recipient, or
 * for which `part` says nothing, is in no group).
 */
function flowGroups(verdicts: Verdict[], status: ShareVerdict['status'], part: (v: Verdict) => string | undefined): Verdict[][] {
  const groups = new Map<string, Verdict[]>();
  for (const v of verdicts) {
    const key = v.recipient.service ?? v.recipient.host;
    const more = part(v);
    if (v.verdict.status !== status || !key || more === undefined) continue;
    const k = `${v.sink.file}\u0000${key}\u0000${more}`;
    const list = groups.get(k);
    if (list) list.push(v);
    else groups.set(k, [v]);
  }
  return [...groups.values()];
}

/**
 * `registerOTel({ traceExporter: new OTLPHttpJsonTraceExporter({ url: 'https://api.axiom.co/…' }) })`: one flow, reported
 * once, at the outer call. (A call inside another's callback that sends more — `posthog.init(…, { loaded: () =>
 * posthog.identify(email) })` — is its own flow.) Ranges of calls nest or do not meet, so one sweep per file and
 * recipient finds the enclosing ones.
 */
function nestedFlows(verdicts: Verdict[], status: ShareVerdict['status']): Set<Verdict> {
  const nested = new Set<Verdict>();
  for (const list of flowGroups(verdicts, status, () => '')) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.sink.line - b.sink.line || a.sink.column - b.sink.column || b.sink.endLine - a.sink.endLine || b.sink.endColumn - a.sink.endColumn);
    const open: Verdict[] = [];
    for (const v of list) {
      while (open.length && !holds(open[open.length - 1].sink, v.sink)) open.pop();
      if (open.some((o) => v.verdict.categories.every((c) => o.verdict.categories.includes(c)))) nested.add(v);
      // (`new EmailParams().setTo(recipients).setText(\`Hi ${user.name}\`)`: a call inside the chain that sends more
      // than the whole chain's last call is the flow; the outer one, sending part of it, is the same send.)
      else for (const o of open) if (o.verdict.categories.every((c) => v.verdict.categories.includes(c))) nested.add(o);
      open.push(v);
    }
  }
  return nested;
}

/**
 * `key ? await resend.emails.send(payload, { idempotencyKey: key }) : await resend.emails.send(payload)`: the same data
 * sent to the same recipient in the other branch of one conditional is the same flow (only one branch runs), reported
 * once, at its first send; the other is listed with it. (Two sends one after the other — each to its own end — stay
 * findings of their own.)
 */
function repeatedFlows(verdicts: Verdict[], status: ShareVerdict['status'], skip: Set<Verdict>): Map<Verdict, Verdict[]> {
  const again = new Map<Verdict, Verdict[]>();
  // (Grouped by the conditional: its position, without the branch.)
  for (const list of flowGroups(verdicts.filter((v) => !skip.has(v)), status, (v) => v.sink.branch?.replace(/:\d+$/, ''))) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.sink.line - b.sink.line || a.sink.column - b.sink.column);
    const first: Verdict[] = [];
    for (const v of list) {
      const earlier = first.find((f) => f.sink.branch !== v.sink.branch && v.verdict.categories.every((c) => f.verdict.categories.includes(c)));
      if (earlier) again.set(earlier, [...(again.get(earlier) ?? []), v]);
      else first.push(v);
    }
  }
  return again;
}

export function sharingFindings(ctx: RuleContext, ruleId: string, status: ShareVerdict['status'], describe: (what: string, to: string, v: ShareVerdict) => string): Finding[] {
  const out: Finding[] = [];
  const verdicts = ctx.shareVerdicts();
  const nested = nestedFlows(verdicts, status);
  const again = repeatedFlows(verdicts, status, nested);
  const repeats = new Set([...again.values()].flat());
  for (const v of verdicts) {
    const { sink, recipient, verdict } = v;
    if (verdict.status !== status || nested.has(v) || repeats.has(v)) continue;
    // A declared vendor's script: the policy's conditions ("aggregate statistics") are about what the vendor keeps,
    // which loading the script does not show.
    if (status === 'condition-unmet' && sink.loaded) continue;
    const to = `${recipient.name} (${KIND_LABEL[recipient.kind] ?? recipient.kind})`;
    const what = listNames(verdict.categories);
    const clause = verdict.decl ? ctx.policy.clause(verdict.decl.clause) : ctx.policy.section('share')?.heading;
    const ref = clauseRef(ctx, clause);
    const fp = fingerprint([ruleId, sink.file, sink.via.replace(/\s.*$/, ''), recipient.service ?? recipient.host ?? '', ...verdict.categories]);
    const carriers = sink.data.filter((d) => verdict.categories.includes(d.category));
    out.push({
      ruleId,
      kind: 'sharing',
      severity: 'error',
      message: describe(what, to, verdict),
      file: sink.file,
      line: sink.line,
      column: sink.column,
      endLine: sink.endLine,
      endColumn: sink.endColumn,
      dataCategories: verdict.categories,
      recipient,
      clause: ref,
      related: [
        ...(sink.callers ?? []).map((c) => ({ file: c.file, line: c.line, column: c.column, message: `${c.callee}(…) passes the data here` })),
        ...(again.get(v) ?? []).map((r) => ({ file: r.sink.file, line: r.sink.line, column: r.sink.column, message: `sends the same data to ${recipient.name} again here` })),
      ],
      fixes: standardFixes(ctx, {
        ruleId,
        file: sink.file,
        line: sink.line,
        clause: ref,
        fingerprint: fp,
        draft: status === 'undeclared' ? { clause: ctx.policy.section('share')?.last, text: `${recipient.name}: we share ${what} with ${recipient.name} for <purpose — drafted by Privacy Lens for review>.` } : undefined,
      }),
      explain: {
        classification: carriers.map((d) => ({ name: d.name, category: d.category, lexeme: d.lexeme })),
        path: [...carriers.map((d) => `${d.name} (${d.file ?? sink.file}:${d.line})`), ...(sink.callers ?? []).map((c) => `${c.callee}(…) at ${c.file}:${c.line}`), `${sink.via} → ${recipient.name}${recipient.host ? ` [${recipient.host}]` : ''}`],
        policy: verdict.why,
      },
      fingerprint: fp,
    });
  }
  return out;
}
