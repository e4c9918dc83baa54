/**
 * The words the sentence reader knows: verbs by action, negators, auxiliaries, condition and purpose
 * markers, generic recipients. Lower-case surface forms (inflections listed, no stemming guesswork).
 */

export type Action = 'collect' | 'store' | 'use' | 'share' | 'sell' | 'receive' | 'delete' | 'provide';

const forms = (...groups: string[]) => groups.flatMap((g) => g.split(' '));

/** What the product calls itself by what it is ("the website", "our extension", "this app"). */
export const PRODUCT_NOUNS = 'websites?|sites?|apps?|applications?|services?|platform|extension|add-on|plugin|product|tool|software|bot';
/** Words that make "the … services" someone else's ("the other services", "the payment provider's app"): a lookahead before a modifier. */
export const NOT_OURS = '(?!(?:other|third-party|third|partner|external|advertising|payment|their|its)\\b)';

/** Verb surface form → action. `provide` is the user giving data to the product ("you provide"). */

export const VERBS = new Map<string, Action>([
  ...forms('collect collects collected collecting pull pulls pulled pulling gather gathers gathered gathering obtain obtains obtained obtaining capture captures captured capturing record records recorded acquire acquires acquired request requests requested ask asks asked log logs logged track tracks tracked measure measures measured count counts counted scan scans scanned scanning photograph photographs photographed photographing require requires required include includes included contain contains contained take takes took taken taking set sets setting place places placed placing plant plants planted planting create creates created generate generates generated').map((w) => [w, 'collect'] as [string, Action]),
  ...forms('store stores stored storing save saves saved copy copies copied copying photocopy photocopies photocopied keep keeps kept keeping retain retains retained retaining hold holds held maintain maintains maintained persist persists persisted').map((w) => [w, 'store'] as [string, Action]),
  ...forms('use uses used using process processes processed processing analyze analyzes analyzed analyse analyses analysed access accesses accessed review reviews reviewed read reads handle handles handled train trains trained identify identifies mine mined harvest harvested profile profiled utilise utilises utilised utilising utilize utilizes utilized utilizing employ employs employed implement implements implemented implementing engage engages engaged hire hires hired managed powered').map((w) => [w, 'use'] as [string, Action]),
  ...forms('communicate communicates communicated communicating share shares shared sharing disclose discloses disclosed disclosing transfer transfers transferred transfered transferring send sends sent sending transmit transmits transmitted forward forwards forwarded pass passes passed give gives given reveal reveals revealed expose exposes exposed release releases released host hosts hosted hosting upload uploads uploaded publish publishes published publishing integrate integrates integrated embed embeds embedded embedding deliver delivers delivered delivering tell tells told telling route routes routed routing relay relays relayed relaying distribute distributes distributed distributing syncs synced syncing synchronizes synchronized synchronizing synchronises synchronised synchronising').map((w) => [w, 'share'] as [string, Action]),
  ...forms('sell sells sold selling rent rents rented renting trade trades traded trading lease leases leased license licenses licensed monetize monetizes monetized monetise monetised').map((w) => [w, 'sell'] as [string, Action]),
  ...forms('receive receives received receiving get gets got').map((w) => [w, 'receive'] as [string, Action]),
  ...forms('delete deletes deleted deleting erase erases erased purge purges purged remove removes removed destroy destroys destroyed dispose disposes disposed shred shreds shredded clear clears cleared anonymize anonymizes anonymized anonymise anonymised expire expires expired rotate rotates rotated').map((w) => [w, 'delete'] as [string, Action]),
  ...forms('provide provides provided providing submit submits submitted enter enters entered supply supplies supplied').map((w) => [w, 'provide'] as [string, Action]),
]);

/**
 * Verbs that open an item of a list of what the product does ("Enable organisers to track payments", "Hold funds in
 * trust", "Processes payments for …"): a capitalised verb there is no company's name. Base and third-person forms.
 */
export const ITEM_VERBS = new Set(
  forms('enable facilitate display generate provide process hold manage conduct create maintain authenticate personalise personalize send verify prevent detect improve respond comply ensure protect support deliver track monitor offer allow help share use collect communicate notify operate run handle perform issue calculate confirm match review record keep transfer update resolve investigate administer fulfil fulfill bill charge refund arrange organise organize schedule book store analyse analyze assess evaluate prepare produce publish promote enforce establish enhance develop design build test optimise optimize customise customize answer contact invite remind request retain delete archive encrypt secure integrate connect sync import export show list host power sell buy pay').flatMap((w) => [w, w.endsWith('s') || w.endsWith('sh') || w.endsWith('ch') || w.endsWith('x') ? `${w}es` : w.endsWith('y') && !/[aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`]),
);

/** Verbs of trading data the reader does not act on but that join a disclosure verb ("we never buy, sell or broker"). */
export const TRADE_VERBS = new Set(forms('buy buys bought purchase purchases purchased broker brokers brokered'));

/** Words between a subject and its verb that do not change who acts or whether. */
export const AUXILIARIES = new Set(forms('do does doe did will ll ve would may might can could shall should must also only just always generally automatically directly securely sometimes then currently periodically routinely occasionally be is are was were been being has have had get gets further additionally typically usually normally regularly not never to'));

/** Contractions split by the tokenizer: "don't" → don + t. */
export const NEGATED_AUX = new Set(['don', 'doesn', 'didn', 'won', 'wouldn', 'can', 'couldn', 'shouldn', 'isn', 'aren', 'wasn', 'weren', 'haven', 'hasn', 'shan', 'mustn']);

/**
 * Words that end or fill out an organisation's name and name no organisation alone ("Forking Software LLC", "Dero
 * Foundation", "Acme Labs").
 */
export const ORGANISATION_WORD = /^(?:software|labs?|technologies|technology|tech|systems|solutions|digital|media|group|holdings|ventures|studios?|services|partners|consulting|global|international|interactive|networks?|foundation|association|trust|society|institute|collective|project|team|company|co|industries|enterprises|online|apps?|web|data|cloud|ai|inc|ltd|llc|gmbh|limited|corporation|corp)$/i;

/** Legal forms of a company's name ("Acme, Inc.", "Democracy Club CIC"), as a regular expression's alternation. */
export const LEGAL_FORMS = 'Inc|Ltd|LLC|LLP|CIC|Limited|GmbH|AB|BV|B\\.V|SAS|Pty|Corp|Corporation|Oy|AS|ApS|SRL';

/** Subject words for the product itself. */
export const FIRST_PARTY = new Set(['we', 'us', 'our', 'ourselves']);

/** Generic recipient nouns (singular). */
export const GENERIC_RECIPIENTS: [string[], string][] = [
  [['third', 'party', 'service', 'provider'], 'service_provider'],
  [['service', 'provider'], 'service_provider'],
  [['sub', 'processor'], 'service_provider'],
  [['third', 'party'], 'third_party'],
  [['other', 'company'], 'third_party'],
  [['outside', 'company'], 'third_party'],
  [['outside', 'party'], 'third_party'],
  [['other', 'organization'], 'third_party'],
  [['other', 'organisation'], 'third_party'],
  [['other', 'business'], 'third_party'],
  [['law', 'enforcement'], 'legal_authority'],
  [['other', 'user'], 'other_users'],
  // ("Your phone number is never shared with other members", "… is not shown to other players".)
  ...['member', 'customer', 'player', 'participant', 'subscriber', 'attendee', 'guest', 'buyer', 'seller', 'student', 'parent', 'volunteer', 'rider', 'driver', 'listener', 'viewer', 'reader', 'visitor'].map((w): [string[], string] => [['other', w], 'other_users']),
  // ("Followers-only posts are delivered to your followers", "sent to the search engine you select".)
  [['follower'], 'other_users'],
  [['search', 'engine'], 'third_party'],
  [['data', 'broker'], 'data_enrichment'],
  [['subprocessor'], 'service_provider'],
  [['processor'], 'service_provider'],
  [['vendor'], 'service_provider'],
  [['supplier'], 'service_provider'],
  [['contractor'], 'service_provider'],
  [['provider'], 'service_provider'],
  [['partner'], 'business_partner'],
  [['affiliate'], 'affiliate'],
  [['subsidiary'], 'affiliate'],
  [['authority'], 'legal_authority'],
  [['government'], 'legal_authority'],
  [['court'], 'legal_authority'],
  [['regulator'], 'legal_authority'],
  [['acquirer'], 'acquirer'],
  [['merger'], 'acquirer'],
  [['acquisition'], 'acquirer'],
  [['subpoena'], 'legal_authority'],
  [['court', 'order'], 'legal_authority'],
  [['legal', 'process'], 'legal_authority'],
  [['successor'], 'acquirer'],
  [['buyer'], 'acquirer'],
  [['advertiser'], 'advertising'],
  // Only as whom data goes to ("share it with colleges, employers or marketers"); elsewhere "employer" is data.
  [['employer'], 'third_party'],
  [['marketer'], 'marketing'],
];

/** Generic recipients that are data elsewhere: recipients only after "with" or "to". */
export const RECIPIENT_AFTER_PREPOSITION = new Set(['employer', 'marketer']);

/** "third-party APIs beyond YouTube": "beyond" after recipients, before a name (not "beyond the app"), opens an exception. */
export const BEYOND_NAMED = String.raw`(?<=\b(?:apis?|services?|parties|servers?|providers?|vendors?|companies|sites|domains|calls|requests|connections)\s+)beyond\b(?=\s+(?!(?:the|a|an|this|that|our|your|their|its|what|those|these|such|any|which|reasonable|necessary|normal|standard|basic|us|it|them)\b)[\w.-])`;

/** "… with third parties beyond the service providers listed above (…)": the providers named are the exception. */
export const BEYOND_LISTED = String.raw`\bbeyond\s+(?:the|those|these|our)\s+(?:(?:third[- ]party|service|trusted)\s+)?(?:providers?|vendors?|processors?|sub-?processors?|partners?|services|companies)\b(?=\s*(?:\(|:|(?:we\s+)?(?:listed|named|described|mentioned|set out|identified)\b|(?:above|below)\b))`;

/** Markers that make a negation a rule with exceptions or a scope, not an unconditional ban. */
export const CONDITION_MARKERS: [RegExp, string][] = [
  [/\bunless\b/i, 'unless'],
  [/\bexcept\b|\bexception\b/i, 'except'],
  // ("… any personal information beyond your email address": what is named after it is left out.)
  // ("… for advertising or marketing analytics beyond our own services": the product's own marketing is left out.)
  [new RegExp(`${String.raw`\bother than\b|\bapart from\b|\bbeyond what\b|\bbesides\b|\bbeyond (?:our|its|their|the (?:app|site|product|service)['’]s) own\b|\b(?:anything|everything|nothing) else than\b|\b(?:data|information|details) beyond (?:your|the|an?|their)\b`}|${BEYOND_NAMED}|${BEYOND_LISTED}`, 'i'), 'except'],
  [/\bwithout (?:your|their|the user's|prior|explicit|express)\b[^.;]{0,30}\b(consent|permission|authori[sz]ation|agreement|approval|confirmation)|\bwithout (?:consent|permission|authori[sz]ation)\b|\bwithout (?:explicit |express |prior )?(?:user|your) (?:consent|confirmation|approval|permission)\b/i, 'without consent'],
  // "to anyone else", "with any other third parties": others than the ones the policy names.
  // (Not the last of a list of whom: "advertisers, data brokers, or any other third parties" leaves no one out.)
  [/\b(?:anyone|anybody|no ?one|nobody|anywhere|nowhere|someone|somewhere) else\b|\belsewhere\b|(?<!(?:,|\bor|\band)\s+)\bany other (?:third[- ]part(?:y|ies)|compan(?:y|ies)|organi[sz]ations?|part(?:y|ies)|recipients?)\b/i, 'except'],
  // "We do not use Supabase to collect any further information about you": beyond what the policy lists.
  [/\b(?:any|no) (?:further|additional|more|other|extra) (?:personal )?(?:information|data|details)\b/i, 'except'],
  [/\b(?:with|upon|given) your (?:explicit |express |prior )?(consent|permission)\b/i, 'with consent'],
  [/\bif you (?:opt|choose|enable|consent|agree|ask|request|allow)\b|\bunless you\b|\bwhen you (?:opt|choose|enable|consent|allow)\b|\bopt[- ]in\b/i, 'opt-in'],
  // (Not "outside parties", "outside companies": recipients, who are third parties.)
  [/\boutside (?:of )?(?:the |an |your |our )?(?!(?:part(?:y|ies)|compan(?:y|ies)|organi[sz]ations?|entit(?:y|ies)|vendors?|firms?|businesses)\b)\w+/i, 'outside'],
  // "We do not track your location at any other time": other than the times the sentence before names.
  [/\bat (?:any )?other times?\b|\bat no other time\b|\bany other time\b/i, 'outside'],
  // ("… your driver's licence number, so that our insurer can confirm you are covered. We do not ask for it otherwise":
  // outside the case just named. Not "sell, trade or otherwise transfer".)
  [/(?<!\bor )\botherwise\s*[.!]?\s*$/i, 'outside'],
  // "We don't collect your location in the background": only while the app is not in use.
  // ("in the background or otherwise": anywhere.)
  [/\b(?:in|from) the background\b(?!,? or otherwise)|\bwhile (?:the app is )?(?:closed|not in use)\b/i, 'outside'],
  [/\bas (?:described|set out|outlined|explained|stated|detailed|provided) (?:in|below|above|herein)\b|\bas (?:described|set out|outlined) in this\b/i, 'as described'],
  // "We never directly sell … in the conventional sense (i.e., for money)": a narrowed promise, the legal sense left open.
  [/\bin the (?:conventional|traditional|ordinary|usual|common) sense\b|\bfor money\b|\bfor monetary (?:consideration|value|benefit|gain|compensation)\b|\bdirectly sell\b/i, 'as described'],
  // ("We do not currently sell your Personal Data as sales are defined in Nevada Revised Statutes": one law's sense.)
  [/\bas (?:a )?(?:sales?|selling|sold|sell) (?:is|are) defined\b/i, 'as described'],
  // ("… of consumers we know to be less than 16 years of age", "have actual knowledge").
  [/\bknowingly\b|\bintentionally\b|\bwe know (?:to be|are|is)\b|\bactual knowledge\b/i, 'knowingly'],
  [/\b(?:children|child|minors?|kids)\b|\b(?:under|less than|younger than|below) (?:the age of |age )?1[3-8]\b/i, 'children'],
  [/\b(?:required|compelled|obliged|permitted) by (?:law|a court)\b|\bwhere (?:required|permitted) by law\b|\blegal obligations?\b/i, 'legal'],
  [/\b(?:no|any)(?:one| person| party| third party)? who (?:has|have|does not have|is not) (?:no )?(?:right|authori[sz]ed|need)\b|\bunauthori[sz]ed\b|\bwho (?:have|has) no (?:right|need|business)\b/i, 'unauthorized'],
  [/\bpermanently\b|\blonger than (?:necessary|needed|required)\b|\bmore than (?:is )?(?:strictly )?(?:necessary|needed|required)\b|\bbeyond what(?: is|['’]s| we)? (?:strictly )?(?:necessary|needed|required|essential|need)\b/i, 'beyond necessary'],
  [/\bin (?:a|any) (?:way|form|manner) that (?:identifies|could identify|would identify)\b|(?<!personally[- ])\bidentifiable\b(?! (?:personal )?(?:data|information|details)\b)/i, 'identifiable form'],
  [/\b(?:after|until|before) (?:you|the|your|we)\b/i, 'timing'],
  // "even when you give to a faith-based charity" stresses the rule; it makes no exception.
  [/(?<!\beven )\b(?:when|whenever|if|while|where) (?:a|an|the|your|you|it|this|such|we|our|they|their)\b/i, 'when'],
  // "We do not store IP addresses in our logs": a ban on one place the data could go, not on the data.
  [/\bin (?:our|the|its|their|any) (?:(?:server|access|web|application|request|error) )?(?:logs?|log files?)\b/i, 'in logs'],
  // "We do not record your IP address in connection with DNS queries": a ban within one activity of the product.
  [/\bin (?:connection|conjunction|association) with\b|\bin relation to\b|\bas part of (?:the|our|your|a)\b/i, 'in connection'],
  // "We do not collect your documents via telemetry": a ban on one channel the data could go through, not on the data.
  [/\b(?:via|through|in|with|by) (?:our |the |its |any )?(?:telemetry|crash reports?|diagnostics?(?: data| reports?)?|usage (?:statistics|analytics))\b/i, 'in telemetry'],
  // "… is never persisted to cookies, localStorage or any other browser storage": where an identifier is kept (in
  // memory), not that it is not used.
  [/\b(?:persisted|stored|saved|written|kept|placed)\s+(?:to|in|into|on)\s+(?:any\s+)?(?:cookies?|local\s?storage|session\s?storage|indexeddb|(?:the\s+)?browser(?:'s)? storage|disk)\b/i, 'in storage'],
  // "We ordinarily do not disclose IP addresses, but may …": a habit, not a rule.
  [/\b(?:ordinarily|generally|usually|typically|normally|as a rule)\b/i, 'usually'],
  // "No data is automatically shared": the user may still share it by hand.
  [/\b(?:not|never|no|nothing)\b(?:\s+[\w-]+){0,4}?\s+automatically\b/i, 'automatically'],
  // "Nothing is sent anywhere to produce it": not sent for that feature, said of the feature alone.
  [/(?:\b(?:not|never|no|nothing)\b|n['’]t\b)[^.;]{0,60}?\bto (?:produce|generate|compute|calculate|create|build|show|display|render|provide|use|run|make|power|deliver) (?:it|this|that|them|these|those)\b/i, 'for that feature'],
  // "no mandatory analytics", "not collected by default": what is optional, not ruled out.
  [/\b(?:mandatory|compulsory|by default)\b/i, 'optional'],
  // "where configured are cookieless", "if enabled": true of some setups only.
  [/\b(?:where|when|if|unless) (?:so )?(?:configured|enabled|disabled|turned on|switched on|available|supported|applicable)\b/i, 'when'],
  // "We don't use Google Analytics on customer instances, only on our websites": a ban with its exception.
  [/(?:\b(?:not|never)\b|n['’]t\b)[^.;]{0,100},\s*only\b/i, 'except'],
  // "Your password is never stored — only a cryptographic hash derived from it", "not stored in plaintext (only
  // ciphertext is stored)": a ban on the readable form, with a hash or a ciphertext of it kept as the exception.
  [/\b(?:only|just|merely) (?:an? |the |its |their )?(?:[\w-]+ ){0,2}(?:hash(?:es)?|digests?|ciphertexts?)\b|\bonly (?:an? |the |its |their )?(?:hashed|encrypted|salted|salted and hashed) (?:forms?|versions?|cop(?:y|ies)|values?|data)\b|\bonly (?:be )?(?:stored|kept|saved) (?:in )?(?:hashed|encrypted)\b/i, 'except'],
  [/\bonly\b/i, 'only'],
  [/\bdirectly\b/i, 'directly'],
];

/** Conditions that leave the statement a rule with exceptions, or scope it away from the data as such. */
export const BLOCKING_CONDITIONS = new Set(['optional', 'unless', 'except', 'without consent', 'with consent', 'opt-in', 'outside', 'as described', 'knowingly', 'children', 'legal', 'unauthorized', 'beyond necessary', 'identifiable form', 'timing', 'when', 'in logs', 'in telemetry', 'in connection', 'in storage', 'usually', 'automatically', 'directly', 'for that feature']);

/** Purposes a statement names. */
export const PURPOSE_MARKERS: [RegExp, string][] = [
  [/\b(sell|sells|sold|selling|sale|rent|rents|rented|trade|traded|lease|monetiz|monetis|commercial)/i, 'sale'],
  // ("… or other companies that want to market to you": whom the ban is about is who markets.)
  [/\b(marketing|advertis(?!ing\s+(?:id|ids|identifiers?)\b)|ads\b|retarget|promotional|market(?:s)? (?:products |services |offers )?to (?:you|users|them|people|customers|owners|members))/i, 'marketing'],
  [/\btrain(?:s|ed|ing)?\b[^.;]{0,60}\b(model|models|ai|llm|algorithm)|\b(ai|model|llm) training\b|\bfor training(?: purposes)?\b|\bfor (?:the )?purposes? of training\b|\bimprove (?:their|its) (?:model|ai)/i, 'ai_training'],
  // "… to use your information in their data science projects": the recipient's own ends.
  [/\b(?:their|its) own (?:purposes|use|benefit|marketing)\b|\bfor (?:their|its|the third[- ]part(?:y|ies)['’]?s?) (?:own )?(?:direct |promotional |commercial )?(?:marketing|advertising) purposes\b|\bfor (?:any )?(?:other|unconnected|unrelated|incompatible|different|further) purposes?\b|\b(?:in|for) (?:their|its) (?:own )?(?:[a-z-]+ ){0,3}(?:projects?|research|products?|business)\b|\b(?:allow|allows|permit|permits|let|lets)\b[^.;]{0,60}\bfor any (?:other )?purposes? (?:besides|other than|except|apart from|beyond)\b/i, 'vendor_own_purposes'],
  // ("profiling", "build profiles", "profile you", "no tracking", "tracking of any form"; not the page a profile is: "in
  // your panel profile", nor a feature named for what it follows: "order tracking", "time tracking".)
  [/\b(profiling|profiles? (?:you|users|individuals|people|visitors)|(?:build|builds|building|built|create|creates|creating|created|compile|compiles|compiling) (?:\w+ )?profiles?|(?:advertising|marketing|behaviou?ral|interest|shadow) profiles?|behaviou?ral trends|(?:mined|harvested) (?:and \w+ )?for|cross[- ]site tracking|track(?:s|ing)? (?:you|users|individuals|people|visitors)|tracking (?:cookies?|pixels?|technolog\w*|scripts?|mechanisms?|tools?|software|sdks?|code|services?|methods?|techniques?)|user tracking|(?:cross[- ]device|browser[- ]based|third[- ]party|any|no|zero) tracking(?=\s*(?:[.,;:!]|$)|\s+(?:of|or|and|nor|on|in|across|occurs|happens|whatsoever|at all|methods?|techniques?)\b)|tracking of (?:any (?:form|kind|sort)|(?:your|users['’]?|visitors['’]?) (?:activity|activities|behaviou?r))|for (?:\w+ )?tracking|behaviou?ral (?:profiling|tracking|advertising))\b/i, 'tracking'],
  [/\bfor (?:\w+ )?analytics\b|\banalytics (?:(?:or|and) \w+ )?(?:cookies?|tracking|purposes)\b/i, 'analytics'],
];

/** What kind of tracking: of people, not of bugs, orders or time. */
export const TRACKING_KIND = String.raw`(?:user|visitor|device|cross[- ]site|cross[- ]device|third[- ]party|browser[- ]based|online|behaviou?ral|ad|advertising|marketing|personal)`;

/** Qualifiers of shared data. */
export const DATA_CONDITIONS: [RegExp, string][] = [
  [/\banonymi[sz](?:ed|e|ation)\b|\banonymous(?:ly)?\b|\bde-?identified\b|\bnon-?(?:personally[- ])?identif(?:iable|ying)\b|\bnon-?personal\b/i, 'anonymized'],
  [/\baggregated?\b/i, 'aggregated'],
  [/\bpseudonymi[sz]ed?\b/i, 'pseudonymized'],
  [/\bhashed\b/i, 'hashed'],
];

/** Phrases meaning "any personal data": the object of a statement about personal data as a whole. */
export const GENERIC_DATA = /\b(anything (?:about|from) you|any information|anything|personal (?:data|information|details)|personally[- ]identif(?:iable|ying) (?:information|data)|personal (?:or|and|\/) identif(?:iable|ying) (?:information|data)|(?<![\w-])identifiable (?:personal )?(?:information|data)|personal identification (?:information|data)|(?:no|zero) (?:personal )?(?:data|information)|nothing|pii|your (?:data|information|details|content)|user data|users' data|any data|data about you|information about you|customer data|your personal|all data|such (?:data|information)|this (?:data|information)|that (?:data|information)|the (?:data|information)|it)\b/i;
