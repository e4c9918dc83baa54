import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { type Declaration, type ShareDecl, parsePolicy } from '../../src/core/policy';
import { analyze, brief } from '../helpers';
import { summarize } from './policy-seed.test';
const only = (ds: Declaration[], type: Declaration['type']) => ds.filter((d) => d.type === type);

const dir = path.join(__dirname, '..', 'fixtures', 'policies');
const subprocessors = fs.readFileSync(path.join(dir, 'subprocessors.md'), 'utf8');

describe('policies as published', () => {
  it('an item that says its data is "Not collected" (an app store\'s privacy label) bans it; one that says what it is collected for declares it', () => {
    const md = "# Privacy Policy\n\n## Data collection\n\n- Location: Not collected\n- Usage Data: Not collected.\n- Email address: Collected for sign-in.\n";
    assert.deepEqual(summarize(parsePolicy('p.md', md).declarations), ['data-collection/location prohibit collect user.location to=[] for=[]', 'data-collection/usage-data prohibit collect user.behavior to=[] for=[]', 'data-collection/email-address collect user.contact.email']);
  });

  it('a foundation that names itself again and again ("Dero Foundation will take all necessary steps") is the product, not a recipient called "Foundation"', () => {
    const txt = "Privacy Policy\n\nDero Foundation respects your privacy.\n\nDero Foundation collects your email address when you write to us.\n\nDero Foundation will take all necessary steps to ensure that your data is treated securely.\n";
    assert.deepEqual(summarize(parsePolicy('privacy.txt', txt).declarations), ['privacy-policy/dero-foundation-collects-your-email-address collect user.contact.email']);
  });

  it('the company that runs the service near the top ("Democracy Club CIC runs several digital services", "Ruby Central, Inc. (“Ruby Central”) collects") is who speaks, not a recipient; "the other information is never shared publicly" points back and bans nothing of its own; "not encrypted and passes through Google\'s servers" is no promise that data stays on the device', () => {
    const a = "# Privacy\n\nDemocracy Club CIC runs several digital services, such as an email list and an online chat space. These services only exist as a result of personal data being shared with us.\n\nYour username is shared publicly with other users. The other information is never shared publicly.\n";
    const b = "# Privacy notice\n\nThis notice describes what personal information Ruby Central, Inc. (“Ruby Central”) collects from users of RubyGems.org.\n\nRuby Central collects your email address.\n\n## Notifications\n\nThe app delivers push notifications through Google\'s Firebase Cloud Messaging. Since the notification content is not encrypted and passes through Google\'s servers on its way to your device, Google could read it.\n";
    assert.deepEqual(summarize(parsePolicy('a.md', a).declarations).filter((s) => !/ collect /.test(s)), ['privacy/your-username-is-shared-publicly-with share other_users [user.account.username] {}']);
    const pb = parsePolicy('b.md', b).declarations;
    assert.deepEqual(summarize(pb).filter((s) => / (?:prohibit|share) /.test(s)), ['notifications/the-app-delivers-push-notifications-through share firebase-messaging [] {}']);
    assert.deepEqual(pb.flatMap((d) => (d.type === 'share' ? d.excludes ?? [] : [])), []);
    assert.deepEqual(summarize(pb).filter((s) => / collect /.test(s)), ['privacy-notice/ruby-central-collects-your-email-address collect user.contact.email']);
  });

  it('a reStructuredText simple table (`=====  =====` borders) is read row by row: each processor is a recipient; "the Acmemail service by Forking Software LLC" names who runs it, not a vendor', () => {
    const rst = "Privacy Policy\n==============\n\nThis Privacy Policy covers the Acmemail service by Forking Software LLC.\n\nSub-processors\n--------------\n\n===================  ============================\nSub-processor        Purpose\n===================  ============================\nZendesk              Customer Support Software\nStripe               Payment Processing\nBank of America      Banking\n===================  ============================\n\nWe will not sell the private email contents to third parties (such as records linking an account or IP address to an email address).\n";
    const p = parsePolicy('privacy.rst', rst);
    assert.deepEqual(summarize(p.declarations), ['sub-processors/zendesk share zendesk [] {}', 'sub-processors/stripe share stripe [] {}', 'sub-processors/bank-of-america share bank of america [] {}', 'sub-processors/we-will-not-sell-the-private prohibit share user.content.email_content user.device.ip_address user.contact.email to=[third_party] for=[sale]']);
    assert.deepEqual(p.clauses.filter((c) => c.title === 'Stripe').map((c) => c.line), [13]);
    // (A table with no header: its rows lie between its two borders.)
    const bare = parsePolicy('p.rst', "Sub-processors\n==============\n\n=========  ==================\nZendesk    Customer support\nStripe     Payment processing\n           for subscriptions\n=========  ==================\n");
    assert.deepEqual(summarize(bare.declarations), ['sub-processors/zendesk share zendesk [] {}', 'sub-processors/stripe share stripe [] {}']);
    assert.deepEqual(bare.clauses.filter((c) => c.title === 'Stripe').map((c) => `${c.line}-${c.endLine}`), ['6-7']);
  });

  it('a Markdown policy whose paragraphs are indented with a tab is prose, not indented code; a fenced block is still code', () => {
    const md = "# Privacy Policy\n\n## Information we collect\n\n\tWe collect your email address when you sign up.\n\n    We do not sell your data.\n\n```\nWe collect your phone number.\n```\n";
    assert.deepEqual(summarize(parsePolicy('p.md', md).declarations), ['information-we-collect/we-collect-your-email-address-when collect user.contact.email', 'information-we-collect/we-do-not-sell-your-data prohibit share user to=[] for=[sale]']);
  });

  it('a section headed "Other companies that process data for us" lists recipients: "Postmark: sends … emails (your email address and first name)" shares with Postmark; "your interests" in a profile is what the person likes, "your interests and fundamental rights" is not', () => {
    const md = "# Privacy Policy\n\n## What we collect\n\nYour profile: the languages you speak, your interests and a short bio.\n\nWe rely on legitimate interests where they are not overridden by your interests and fundamental rights.\n\n## Other companies that process data for us\n\n - Hetzner Online (Germany): hosts our servers and database.\n - Postmark: sends account and notification emails (your email address and first name).\n";
    assert.deepEqual(summarize(parsePolicy('p.md', md).declarations), ['what-we-collect/your-profile collect user.name user.account.username user.content.self_image user.demographic.language user.behavior.interests user.content.bio', 'other-companies-that-process-data/hetzner-online-germany share hetzner [] {}', 'other-companies-that-process-data/postmark share postmark [user.contact.email user.name.first] {}']);
  });

  it('a line in capitals ("II.   HOW WE USE AND SHARE INFORMATION") titles what follows, as a heading does: its sentences are not under the numbered section before it; a sentence in capitals is no title', () => {
    const md = "# Privacy Policy\n\n3. _Children's Privacy_\n\nThe Site is not directed to anyone under the age of 13.\n\nII.   HOW WE USE AND SHARE INFORMATION\n\nWe use your email address to contact you.\n\nWE DO NOT SELL YOUR DATA.\n";
    const p = parsePolicy('p.md', md);
    assert.deepEqual(p.clauses.map((c) => c.id), ['children-s-privacy/the-site-is-not-directed-to', 'ii-how-we-use-and/we-use-your-email-address-to', 'ii-how-we-use-and/we-do-not-sell-your-data']);
  });
  it('a FAQ question in bold ("**What do you ask for when I sign up to volunteer?**") titles its answer, which lists what is collected; a bold statement stays a paragraph under it', () => {
    const md = "# Privacy at Acme FM\n\n**What do you ask for when I sign up to volunteer?**\n\nYour name, email address and mobile number; and whether you are 18 or over.\n\n**We never sell your data.**\n\nWe use Postmark to send rota emails.\n";
    assert.deepEqual(summarize(parsePolicy('faq.md', md).declarations), ['what-do-you-ask-for/your-name-email-address-and-mobile collect user.name user.contact.email user.contact.phone_number', 'what-do-you-ask-for/we-never-sell-your-data prohibit share user to=[] for=[sale]', 'what-do-you-ask-for/we-use-postmark-to-send-rota collect user.contact.email', 'what-do-you-ask-for/we-use-postmark-to-send-rota share postmark [user.contact.email] {}']);
  });
  it('reads an HTML list nested in an item ("We do not use Google user data for: <ul><li>a) Serving advertisements") as the items of that item, with their enumerators ("a)", "(i)") dropped; a purpose ruled out for one vendor\'s data stays a ban on that purpose; "We do not share your data with:" bans nothing by itself, its items do', () => {
    const src = '<h1>Privacy Policy</h1>\n<h2>What we collect</h2>\n<p>We collect your email address.</p>\n<h2>Google user data</h2>\n<p>This section says how we handle data from Google APIs:</p>\n<ul>\n  <li><strong>Prohibited Uses</strong> - We do not use Google user data for:\n    <ul>\n      <li>a) Serving advertisements, including retargeting</li>\n    </ul>\n  </li>\n  <li>We do not share your data with:\n    <ol><li>(i) Advertisers</li></ol>\n  </li>\n</ul>\n';
    const p = parsePolicy('privacy.html', src);
    assert.deepEqual([summarize(p.declarations), p.clauses.filter((c) => c.line >= 9).map((c) => `${c.line} ${c.leadIn}`)], [
      [
        'what-we-collect/we-collect-your-email-address collect user.contact.email',
        'google-user-data/a-serving-advertisements-including-retargeting prohibit use user to=[advertising marketing] for=[marketing]',
        'google-user-data/i-advertisers prohibit share user to=[advertising marketing] for=[marketing]',
      ],
      ['9 Prohibited Uses - We do not use Google user data for:', '12 This section says how we handle data from Google APIs:', '13 We do not share your data with:'],
    ]);
  });

  it('reads a design system\'s heading components (`<LegalHeading2>`) as headings, and a list after a lead-in with a sentence put between them as the lead-in\'s', () => {
    const src = "export default function Privacy() {\n  return (\n    <main>\n      <LegalHeading2>What we collect</LegalHeading2>\n      <LegalParagraph>We collect your email address.</LegalParagraph>\n      <LegalHeading2>Disclosure</LegalHeading2>\n      <LegalParagraph>We may disclose personal information to:</LegalParagraph>\n      <LegalParagraph>We do not sell your data.</LegalParagraph>\n      <ul>\n        <li>third-party service providers, including hosting providers and error loggers</li>\n      </ul>\n    </main>\n  );\n}\n";
    assert.deepEqual(summarize(parsePolicy('privacy.tsx', src).declarations), [
      'what-we-collect/we-collect-your-email-address collect user.contact.email',
      'disclosure/we-do-not-sell-your-data prohibit share user to=[] for=[sale]',
      'disclosure/third-party-service-providers-including-hosting share cloud_hosting error_monitoring [] {}',
    ]);
  });
  it('reads the first cell of a "Category | Examples | Source" table as data: its capitals name no company ("Prompts, Chat Snippets & Token Counts")', () => {
    const p = parsePolicy('p.md', '# P\n\n## 1. Information We Collect\n\n| Category | Examples | Source |\n|---|---|---|\n| Account Information | Name, email | You |\n| Prompts, Chat Snippets & Token Counts | Text prompts, model outputs | Extension |\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share'), []);
  });
  it('reads a "Data | Sent To | Not Sent To" table: the row\'s data goes to the one column\'s recipients and is banned for the other\'s named kinds; "Any third-party" and data it cannot name ban nothing', () => {
    const p = parsePolicy('p.md', '# P\n\n## What we collect\n\nWe collect your email address.\n\n## Where your data goes\n\n| Data | Sent To | Not Sent To |\n|---|---|---|\n| Usage & telemetry | PostHog | Ad networks or data brokers |\n| Your email address | Postmark | Any third-party |\n| Code you work on | Your model provider | Ad networks |\n');
    assert.deepEqual(summarize(p.declarations), [
      'what-we-collect/we-collect-your-email-address collect user.contact.email',
      'where-your-data-goes/usage-telemetry collect user.telemetry',
      'where-your-data-goes/usage-telemetry share posthog [user.telemetry] {}',
      'where-your-data-goes/usage-telemetry prohibit share user.telemetry to=[advertising data_enrichment] for=[]',
      'where-your-data-goes/your-email-address collect user.contact.email',
      'where-your-data-goes/your-email-address share postmark [user.contact.email] {}',
      'where-your-data-goes/code-you-work-on share service_provider [] {}',
    ]);
  });
  it('reads a table of practices answered yes or no ("Collect any personal information | ✗ No | …") as sentences: "No" bans the practice, "Unless …" in the row qualifies it, and a row of data ("Profile Info | Contact Info | ✓") stays data', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nWe use your email address to reply.\n\n## Key facts\n\n| What we do with your data | Status | Details |\n|---|---|---|\n| Sell, rent or monetize user data | ✗ No | We have no user data to sell |\n| Access list of visited sites / tabs | ✗ No | Unless explicitly required for the core functionality |\n| Store your email address | ✓ Yes | To answer you |\n\n## Data\n\n| Data | Type | Collected |\n|---|---|---|\n| Profile Info | Contact Info | ✓ |\n');
    assert.deepEqual(summarize(p.declarations), [
      'privacy/we-use-your-email-address-to collect user.contact.email',
      'key-facts/we-do-not-sell-rent-or prohibit share user to=[] for=[sale]',
      'key-facts/we-do-not-access-list-of prohibit collect user.behavior.browsing_history to=[] for=[] if=[unless]',
      'key-facts/we-store-your-email-address-to collect user.contact.email',
      'data/profile-info collect user.name user.account.username user.content.self_image user.content.bio user.contact',
    ]);
  });
  it('reads lines marked done or not done ("✓ Store your account information", "✗ Share your email with marketers") as one practice a line, in a paragraph or a list', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Information We DO:\n✓ Store your account information securely  \n✓ Process payments through Stripe  \n\n## Information We DON\'T:\n✗ Sell your personal information to third parties  \n✗ Share your email with marketers\n\n## Also\n\n- ❌ Track you across other websites\n');
    assert.deepEqual(summarize(p.declarations), [
      'information-we-do/we-store-your-account-information-securely collect user.account',
      'information-we-do/we-process-payments-through-stripe share stripe [] {}',
      'information-we-don-t/we-do-not-sell-your-personal prohibit share user to=[third_party] for=[sale]',
      'information-we-don-t/we-do-not-share-your-email prohibit share user.contact.email to=[marketing] for=[]',
      'also/we-do-not-track-you-across prohibit use user.behavior to=[] for=[tracking]',
    ]);
  });
  it('a heading that says what a kind of data leaves out ("What Telemetry Does NOT Include") bans each item under it', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Information We Collect\n\nWe collect anonymous usage telemetry.\n\n### What Telemetry Does NOT Include\n\n- Glucose readings, insulin doses, or any therapy data\n- Your API token\n');
    assert.deepEqual(summarize(p.declarations), [
      'information-we-collect/we-collect-anonymous-usage-telemetry collect user.telemetry',
      'what-telemetry-does-not-include/glucose-readings-insulin-doses-or-any prohibit collect user.health_and_medical to=[] for=[]',
      'what-telemetry-does-not-include/your-api-token prohibit collect user.authorization.credentials to=[] for=[]',
    ]);
  });
  it('a page that marks no heading but its title (`<div>Service Providers</div>`, `<div>Analytics</div>` over paragraphs) is read in sections those short lines title, so "Customer.io - email campaign service provider" and "PostHog PostHog is a product analytics platform" under them name recipients', () => {
    const page = "export default function Privacy() {\n  return (\n    <div>\n      <h3>PRIVACY NOTICE</h3>\n      <div>We collect your email address when you sign up.</div>\n      <div>Service Providers</div>\n      <div>\n        We may employ third party companies and individuals to facilitate our Service.\n      </div>\n      <div>Customer.io - email campaign service provider</div>\n      <div>Analytics</div>\n      <div>\n        We may use third-party Service Providers to monitor and analyze the use of our Service.\n      </div>\n      <div>\n        PostHog PostHog is a product analytics platform built for the modern enterprise.\n      </div>\n    </div>\n  );\n}\n";
    const p = parsePolicy('privacy.tsx', page);
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'share' && d.services.length)), ['service-providers/customer-io-email-campaign-service-provider share customer-io [user.contact.email] {}', 'analytics/posthog-posthog-is-a-product-analytics share posthog [] {}']);
  });
  it('in a section on keeping data, an item that opens with "Retained" under a subsection ("### (A) Users" — "1. Retained while your account is active.") keeps the data of the people its heading names; under a heading of its own topic it stays unread', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Data Retention\n\n### (A) Users\n\n1. Retained while your account is active.\n\n### (B) Support tickets\n\n1. Retained for 2 years.\n\n## Cookies\n\n### Preferences\n\n1. Retained for 2 years.\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'retain').map((d) => d.type === 'retain' ? `${d.clause} ${d.subject} ${d.days ?? d.period}` : ''), ['a-users/retained-while-your-account-is-active Users account lifetime', 'b-support-tickets/retained-for-2-years Support tickets 730.5']);
  });
  it('plain text written one paragraph per line with no blank lines between them (long lines nobody wrapped): each line is a paragraph, a short title line a heading, and the lines after a sentence that stops at its colon are its items', () => {
    const long = 'This privacy policy describes how Example Inc. processes the personal information that we collect through our website, mobile application and the other services that link to this policy.';
    const text = ['Privacy Policy', '', long, long, long, 'Personal Information We Collect', 'Information you provide to us. Personal information you may provide to us through the Service or otherwise includes:', 'Profile data, such as your username, password, and biographical information.', 'Transactional data, such as payment details, order numbers, and transaction history.', 'Automatic data collection. We may automatically log information about you and your device, including:', 'Device data, such as your operating system type and version, browser type and IP address.', 'How We Share Your Personal Information', long, long, long, long, long].join('\n');
    const p = parsePolicy('privacy.txt', text);
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'collect')), [
      'personal-information-we-collect/profile-data-such-as-your-username collect user.account user.name user.account.username user.content.self_image user.content.bio user.authorization.password',
      'personal-information-we-collect/transactional-data-such-as-payment-details collect user.behavior.purchase_history user.financial.transactions',
      'personal-information-we-collect/device-data-such-as-your-operating collect user.device user.device.os user.device.user_agent user.device.ip_address',
    ]);
  });
  it('a React Native screen of styled `<Text>` elements reads `styles.sectionTitle` and `styles.subsectionTitle` as headings (a numbered title too) and a text that opens with "•" as an item of the lead-in before it; a style that names no heading stays a paragraph', () => {
    const page = "import { Text, ScrollView, StyleSheet } from 'react-native';\nexport default function Privacy() {\n  return (\n    <ScrollView>\n      <Text style={styles.title}>Privacy Policy</Text>\n      <Text style={styles.sectionTitle}>1. Information We Collect</Text>\n      <Text style={styles.subsectionTitle}>1.1 Personal Information</Text>\n      <Text style={styles.paragraph}>We may collect the following personal information:</Text>\n      <Text style={styles.bulletPoint}>• Date of birth (optional)</Text>\n      <Text style={styles.bulletPoint}>• Profile bio</Text>\n      <Text style={[styles.sectionTitle, styles.spaced]}>2. Sharing</Text>\n      <Text style={styles.paragraph}>We do not sell your personal information.</Text>\n    </ScrollView>\n  );\n}\nconst styles = StyleSheet.create({ title: {}, sectionTitle: {}, subsectionTitle: {}, paragraph: {}, bulletPoint: {}, spaced: {} });\n";
    const p = parsePolicy('privacy.tsx', page);
    assert.deepEqual([p.clauses.map((c) => `${c.headingPath.join(' > ')} | ${c.title}`), summarize(p.declarations)], [
      [
        'Privacy Policy > 1. Information We Collect > 1.1 Personal Information | We may collect the following personal information:',
        'Privacy Policy > 1. Information We Collect > 1.1 Personal Information | Date of birth (optional)',
        'Privacy Policy > 1. Information We Collect > 1.1 Personal Information | Profile bio',
        'Privacy Policy > 2. Sharing | We do not sell your personal information.',
      ],
      ['1-1-personal-information/date-of-birth-optional collect user.demographic.date_of_birth', '1-1-personal-information/profile-bio collect user.content.bio', '2-sharing/we-do-not-sell-your-personal prohibit share user to=[] for=[sale]'],
    ]);
  });
  it('a CCPA chart of categories of data ("Category of Personal Data (and Examples) | Categories of Third Parties …") collects each row\'s data, also where the recipients\' cell names a vendor; "non-identifiable request IDs" in its examples qualifies that item, not the row', () => {
    const md = '# P\n\n## Categories of Personal Data We Collect\n\nThis chart details the categories of Personal Data that we collect:\n\n| Category of Personal Data (and Examples) | Categories of Third Parties With Whom We Disclose this Personal Data |\n|---|---|\n| Payment Data such as card type and billing address. | Service Providers (specifically our payment processing partner, currently Stripe, Inc.) |\n| Web Analytics such as referring webpage, non-identifiable request IDs, and statistics. | Service Providers |\n';
    const p = parsePolicy('privacy.md', md);
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'collect')), ['categories-of-personal-data-we/payment-data-such-as-card-type collect user.financial.credit_card user.financial.bank_account user.contact.address', 'categories-of-personal-data-we/web-analytics-such-as-referring-webpage collect user.behavior.browsing_history']);
    assert.deepEqual(p.declarations.filter((d): d is ShareDecl => d.type === 'share').map((d) => d.conditions), [[], []]);
  });
  it('a TSX page whose lists are kept as arrays of translated strings elsewhere in the file (`logFileItems: [t(\'internet protocol (IP) addresses\'), t(\'browser type\')]`, rendered with `<PolicyList items={logFileItems} />`) reads them where the list is rendered, under its translated lead-in and its colon', () => {
    const page = "const getContent = (t: (s: string) => string) => ({\n  logFileItems: [t('internet protocol (IP) addresses'), t('browser type')],\n  rightsItems: [t('The right to access')],\n});\nconst P = ({ children }: { children: any }) => <Body>{children}</Body>;\nexport const Page = ({ t }: any) => {\n  const { logFileItems } = getContent(t);\n  return (\n    <div>\n      <h1>Privacy Policy</h1>\n      <h2>Log Files</h2>\n      <P>\n        {t('The information collected by log files include')}\n        :\n      </P>\n      <PolicyList items={logFileItems} />\n    </div>\n  );\n};\n";
    const p = parsePolicy('privacy.tsx', page);
    assert.deepEqual(summarize(p.declarations), ['log-files/the-information-collected-by-log-files collect user.telemetry', 'log-files/internet-protocol-ip-addresses collect user.device.ip_address user.device.user_agent']);
  });
  it('a sub-processor row whose data cell names the users\' or customers\' data as a whole ("Lead & User Data, Logs") gives that vendor the people\'s data, no list of technical data only; "Logs" alone stays technical', () => {
    const p = parsePolicy('subprocessors.md', '# Sub-processors\n\n| Sub-processor | Purpose | Data Type | Location |\n|---|---|---|---|\n| Supabase | Database & Authentication | Lead & User Data, Logs | US |\n| Datadog | Monitoring | Logs | US |\n');
    assert.deepEqual(p.declarations.filter((d): d is ShareDecl => d.type === 'share').map((d) => [d.services, d.categories, !!d.closed]), [[['supabase'], [], false], [['datadog'], ['user.telemetry'], true]]);
  });
  it('reads numbered and upper-case plain-text headings, with or without a colon', () => {
    const p = parsePolicy('numbered.txt', fs.readFileSync(path.join(dir, 'numbered.txt'), 'utf8'));
    assert.deepEqual(p.clauses.map((c) => `${c.headingPath.join(' > ')} | ${c.title}`), [
      'Information We Collect | We collect your name, email address and phone number.',
      'Sharing Your Information | Stripe processes payments.',
      'How Long We Keep It: | Order records are kept for 6 years.',
    ]);
    assert.deepEqual(summarize(p.declarations), [
      'information-we-collect/we-collect-your-name-email-address collect user.name user.contact.email user.contact.phone_number',
      'sharing-your-information/stripe-processes-payments share stripe [] {}',
      'how-long-we-keep-it/order-records-are-kept-for-6 retain order 2191.5',
    ]);
  });

  it('reads lettered and roman plain-text items ("a)", "(b)", "iv.") as list items, each with its own lines; "at any other time" scopes a ban', () => {
    const text = 'ACME PRIVACY NOTICE\n\n1. INFORMATION WE COLLECT\n\n  a) Account details: your full name and email address.\n  (b) Check-in location: the app sends your location once when you check in.\n      We do not track your location at any other time.\n  iv. Technical data: IP address and app version.\n';
    const p = parsePolicy('notice.txt', text);
    assert.deepEqual(p.clauses.map((c) => `${c.line}-${c.endLine} ${c.title}`), ['5-5 Account details', '6-7 Check-in location', '8-8 Technical data']);
    assert.deepEqual(summarize(p.declarations), [
      'information-we-collect/account-details collect user.account user.name user.contact.email',
      'information-we-collect/check-in-location collect user.location',
      'information-we-collect/check-in-location prohibit collect user.location to=[] for=[] if=[outside]',
      'information-we-collect/technical-data collect user.device user.device.ip_address user.device.installed_software',
    ]);
  });

  it('splits a paragraph at line breaks: dashed lines are items of the lead-in, each on its own lines (JSX and HTML)', () => {
    const jsx = "export default function P() {\n  return (\n    <main>\n      <h2>2. Information we collect</h2>\n      <p>\n        We may collect the following types of data:\n        <br />\n        {'- '}\n        <b>Payment Information:</b> we never store full card numbers.\n        <br />\n        {'- '}\n        <b>Usage Data:</b> we keep log files with IP addresses.\n        <br />\n        These log files are not shared with third parties.\n      </p>\n    </main>\n  );\n}\n";
    const html = '<h2>2. Information we collect</h2>\n<p>We may collect the following types of data:<br>\n- <b>Payment Information:</b> we never store full card numbers.<br>\n- <b>Usage Data:</b> we keep log files with IP addresses.<br>\nThese log files are not shared with third parties.</p>\n';
    for (const [file, text] of [['page.tsx', jsx], ['p.html', html]] as const) {
      const p = parsePolicy(file, text);
      const lines = (type: string) => p.declarations.filter((d) => d.type === type).map((d) => p.clauses.find((c) => c.id === d.clause)!.line);
      const jsxLines = file === 'page.tsx';
      assert.deepEqual(lines('prohibit'), jsxLines ? [8, 14] : [3, 5], file);
      assert.deepEqual(lines('collect'), jsxLines ? [8, 11] : [3, 4], file);
    }
  });

  it('reads a policy kept as a Markdown string in a route module, with the lines of the module', () => {
    const md = '# Acme Cloud Privacy Policy\n\n## What information do we collect?\n\nThe following user data is stored:\n\n- Email (required)\n- Full name (optional)\n\nFinancial information is processed by Stripe. We do not store financial information.\n\n## How long do we keep it?\n\nServer logs are deleted after 30 days.\n';
    const ts = `import MarkdownIt = require('markdown-it');\nrouter.get('privacy', async () => {\n  return new MarkdownIt().render(\`${md}\`);\n});\n`;
    const p = parsePolicy('privacy.ts', ts);
    const lines = (id: string) => p.clauses.filter((c) => id === c.id).map((c) => `${c.line}${c.endLine > c.line ? `-${c.endLine}` : ''}`)[0];
    assert.deepEqual(summarize(p.declarations).map((d) => d.replace(/^([^ ]+) /, (_, id: string) => `${lines(id)} `)), [
      '9-10 collect user.contact.email user.name',
      '12 share stripe [user.financial] {}',
      '12 prohibit collect user.financial to=[] for=[]',
      '16 retain server log 30',
    ]);
  });

  it('reads the sections of a locale file kept as one-line Markdown strings (a bold title, paragraphs), each on its own line and in order', () => {
    const js = "module.exports = {\n  nav: { home: 'Home' },\n  privacy: {\n    collect: '**Data we collect**\\n\\nWhen you register we store your email address and username. We also record the pages you request, so that we can see which parts of the site are used and improve the projects that volunteers take part in.',\n    sharing: '**What is shared with third parties**\\n\\nWe will never sell your email address. Our mailing list is hosted by Mailchimp, which receives your email address so that it can deliver the newsletter that you asked us to send you.',\n  },\n};\n";
    const p = parsePolicy('en.js', js);
    assert.deepEqual(p.clauses.map((c) => `${c.line} ${c.id}`), ['4 data-we-collect/when-you-register-we-store-your', '5 what-is-shared-with-third/we-will-never-sell-your-email']);
    assert.deepEqual(summarize(p.declarations), [
      'data-we-collect/when-you-register-we-store-your collect user.contact.email user.account.username',
      'what-is-shared-with-third/we-will-never-sell-your-email share mailchimp [user.contact.email] {}',
      'what-is-shared-with-third/we-will-never-sell-your-email prohibit share user.contact.email to=[] for=[sale]',
    ]);
  });

  it('reads list items kept as JSX fragments in a sections array; a data label under a sharing lead-in names no vendor', () => {
    const tsx = "const sections = [\n  {\n    title: '9. Data retention',\n    items: [\n      <>\n        <strong>Account Data:</strong> Retained during active account + 30 days after deletion request\n      </>,\n      <>\n        <strong>Transaction Records:</strong> Up to 7 years for legal and tax compliance\n      </>,\n    ],\n  },\n  {\n    title: '10. Service providers',\n    content: 'We share data with the following providers:',\n    items: ['Usage Logs: kept by our hosting provider for 90 days.'],\n  },\n];\nexport default function P() {\n  return <main>{sections.map((s) => <section key={s.title}><h2>{s.title}</h2></section>)}</main>;\n}\n";
    const p = parsePolicy('page.tsx', tsx);
    assert.deepEqual(summarize(p.declarations).filter((d) => / retain | share /.test(d)), [
      '9-data-retention/account-data retain account 30 (after deletion request)',
      '9-data-retention/transaction-records retain transaction 2556.75',
      '10-service-providers/we-share-data-with-the-following share service_provider [] {}',
      '10-service-providers/usage-logs share cloud_hosting [] {}',
      '10-service-providers/usage-logs retain usage log 90',
    ]);
  });

  it('reads a plain-text title set between rule lines as a heading, and the list under it in its section', () => {
    const p = parsePolicy('PRIVACY.txt', 'ACME PRIVACY NOTICE\n\n------------------------------\n1. INFORMATION WE COLLECT ABOUT REVIEWERS\n------------------------------\n\n- Account data: name, business email address and role.\n');
    assert.deepEqual(summarize(p.declarations), ['information-we-collect-about-reviewers/account-data collect user.account user.name user.contact.email user.job_title']);
  });

  it('reads a server template (ERB, ECR, Jinja) and an unknown file of block elements as HTML', () => {
    const html = '<% content_for "header" do %><title>Privacy</title><% end %>\n<div>\n<h2>Privacy</h2>\n<h3>Data you provide</h3>\n<p>We store your email address.</p>\n<ul>\n<li>a hashed password</li>\n</ul>\n</div>\n';
    for (const file of ['privacy.ecr', 'privacy.html.erb', 'privacy.jinja', 'privacy.tpl']) {
      const p = parsePolicy(file, html);
      assert.equal(p.format, 'html', file);
      assert.deepEqual(summarize(p.declarations), ['data-you-provide/we-store-your-email-address collect user.contact.email', 'data-you-provide/a-hashed-password collect user.authorization.password'], file);
    }
  });

  it('reads an HTML page or server template whose content is Markdown (`{% markdown %}`) as Markdown, its template tags blank, its lines kept', () => {
    const text = '{% extends "base.html" %}\n\n{% block content %}\n{% markdown %}\n\n# Privacy Policy\n\n## What data do we collect?\n\n-   Your username\n-   An encrypted password\n\n{% endmarkdown %}\n{% endblock %}\n';
    for (const file of ['privacy.html', 'privacy.jinja']) {
      const p = parsePolicy(file, text);
      assert.equal(p.format, 'markdown', file);
      assert.deepEqual(p.clauses.map((c) => `${c.line} ${c.text}`), ['10 Your username, An encrypted password'], file);
      assert.deepEqual(summarize(p.declarations), ['what-data-do-we-collect/your-username collect user.account.username user.authorization.password'], file);
    }
  });

  it('reads labelled items that name no personal data under a sub-heading of the collection section that does as parts of that data', () => {
    const md = '# Privacy\n\n## What We Collect\n\n### Application Usage Events\n\n- **Event name**: The operation performed\n- **Timestamp**: When it happened\n\n### Error Information\n\n- **Error codes**: System error codes\n\n## Children\n\n- **Age limit**: The service is not for children.\n';
    assert.deepEqual(summarize(parsePolicy('p.md', md).declarations), ['application-usage-events/event-name collect user.behavior.app_usage', 'application-usage-events/timestamp collect user.behavior.app_usage', 'error-information/error-codes collect user.telemetry']);
  });

  it("reads a Vue component's templates (the root one, v-if branches) as its markup; a <template> inside a page stays inert", () => {
    const vue = '<template>\n  <div>\n    <h2>Data you provide</h2>\n    <p>We store your email address.</p>\n    <template v-if="x"><p>We store your phone number.</p></template>\n  </div>\n</template>\n<script setup lang="ts">\nconst title = "Privacy";\n</script>\n';
    const p = parsePolicy('privacy.vue', vue);
    assert.deepEqual(summarize(p.declarations), ['data-you-provide/we-store-your-email-address collect user.contact.email', 'data-you-provide/we-store-your-phone-number collect user.contact.phone_number']);
    const page = parsePolicy('privacy.html', '<html><body><h2>Data you provide</h2><p>We store your email address.</p><template><p>We store your phone number.</p></template></body></html>');
    assert.deepEqual(summarize(page.declarations), ['data-you-provide/we-store-your-email-address collect user.contact.email']);
  });

  it("reads what a component's scripts hold: a Svelte policy kept as a Markdown string, a Vue table kept as data, an Astro page's frontmatter", () => {
    const md = Array.from({ length: 4 }, () => 'We explain here how the service handles your information and why.').join(' ');
    const svelte = `<script lang="ts">\n  import Markdown from 'svelte-markdown';\n  const source = \`\n## Information we collect\n\n${md}\n\n- Your email address\n- Your phone number\n\n## Retention\n\nServer logs are deleted after 14 days.\n\`;\n</script>\n\n<Markdown {source} />\n`;
    const p = parsePolicy('Privacy.svelte', svelte);
    assert.deepEqual(p.clauses.filter((c) => p.declarations.some((d) => d.clause === c.id)).map((c) => `${c.line}${c.endLine > c.line ? `-${c.endLine}` : ''} ${c.text}`), [
      '8-9 Your email address, Your phone number',
      '13 Server logs are deleted after 14 days.',
    ]);
    const vue = "<template>\n  <h2>Who receives your data</h2>\n  <table><tr v-for=\"r in rows\"><td>{{ r.name }}</td><td>{{ r.data }}</td></tr></table>\n</template>\n<script>\nexport default {\n  data: () => ({\n    rows: [\n      { name: 'Postmark', data: 'Your email address' },\n      { name: 'Twilio', data: 'Your phone number' },\n    ],\n  }),\n};\n</script>\n";
    const v = parsePolicy('privacy.vue', vue);
    assert.deepEqual(only(v.declarations, 'share').map((d) => d.type === 'share' && `${d.services.join()} ${d.categories.join()} line ${v.clauses.find((c) => c.id === d.clause)?.line}`), [
      'postmark user.contact.email line 9',
      'twilio user.contact.phone_number line 10',
    ]);
    const astro = "---\nconst vendors = [\n  { name: 'Plausible', data: 'Pages you visit' },\n  { name: 'Sentry', data: 'Error reports and your IP address' },\n];\n---\n<h2>Vendors</h2>\n<ul>{vendors.map((v) => <li>{v.name}</li>)}</ul>\n";
    assert.deepEqual(only(parsePolicy('privacy.astro', astro).declarations, 'share').map((d) => d.type === 'share' && d.services.join()), ['plausible', 'sentry']);
  });

  it('reads a definition list (<dt>Vendor</dt><dd>What it does and gets</dd>) as items labelled by their terms, in HTML and in JSX', () => {
    const html = '<h1>Acme Privacy</h1>\n<h2>Who we share data with</h2>\n<dl>\n  <dt>Kisi</dt><dd>Runs our door access. Receives your name, email and badge ID.</dd>\n  <dt>Mailgun</dt>\n  <dd>Booking confirmations.</dd>\n  <dd>Invoices.</dd>\n</dl>\n';
    const p = parsePolicy('privacy.html', html);
    assert.deepEqual(p.clauses.map((c) => `${c.line}-${c.endLine} ${c.text}`), [
      '4-4 Kisi: Runs our door access. Receives your name, email and badge ID.',
      '5-6 Mailgun: Booking confirmations.',
      '7-7 Mailgun: Invoices.',
    ]);
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && `${d.services.join()} ${d.categories.join()}`), ['kisi user.name,user.contact.email', 'mailgun user.behavior.booking_history', 'mailgun ']);
    const tsx = 'export default function P() {\n  return (\n    <main>\n      <h2>Who we share data with</h2>\n      <dl>\n        <dt>Kisi</dt>\n        <dd>Runs our door access. Receives your name and email.</dd>\n      </dl>\n    </main>\n  );\n}\n';
    assert.deepEqual(parsePolicy('page.tsx', tsx).clauses.map((c) => `${c.line}-${c.endLine} ${c.text}`), ['6-7 Kisi: Runs our door access. Receives your name and email.']);
  });

  it('a definition term whose description is a list (<dt>Service providers</dt><dd><ul><li>Mapbox: …) titles the list: no recipient of its own, its items under it', () => {
    const html = '<h1>Acme Privacy</h1>\n<h2>Who sees your information</h2>\n<dl>\n  <dt>Other members</dt><dd>Your first name and photo.</dd>\n  <dt>Service providers</dt>\n  <dd><ul>\n    <li>Mapbox: pick-up points, to work out routes.</li>\n    <li>Twilio: mobile numbers, to connect calls.</li>\n  </ul></dd>\n</dl>\n';
    const p = parsePolicy('privacy.html', html);
    assert.deepEqual(p.clauses.map((c) => `${c.line} ${c.headingPath.join(' > ')} | ${c.text}`), [
      '4 Acme Privacy > Who sees your information | Other members: Your first name and photo.',
      '7 Acme Privacy > Who sees your information > Service providers | Mapbox: pick-up points, to work out routes.',
      '8 Acme Privacy > Who sees your information > Service providers | Twilio: mobile numbers, to connect calls.',
    ]);
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && `${d.kinds.join()}|${d.services.join()} ${d.categories.join()}`), ['|mapbox user.location.precise', '|twilio user.contact.phone_number']);
  });

  it('a bold vendor name with its role in parentheses over a list ("**Loops.so** (Email Notifications)" then "- **Data Shared**: …") titles that vendor\'s card: each vendor gets what its card says, and a vendor named with its domain is no name of the product', () => {
    const md = '# Privacy Policy\n\nWe help you practise languages. We collect your email address and name.\n\n## Our Service Providers\n\n**Supabase** (Database)\n- **Purpose**: Data storage\n- **Data Shared**: Account information, conversation history\n\n**Loops.so** (Email Notifications)\n- **Purpose**: Send practice reminders\n- **Data Shared**: Email address, name, practice preferences\n';
    const p = parsePolicy('privacy.md', md);
    assert.deepEqual(p.clauses.filter((c) => /Data Shared/.test(c.text)).map((c) => c.headingPath[c.headingPath.length - 1]), ['Supabase (Database)', 'Loops.so (Email Notifications)']);
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && `${d.services.join()} ${d.categories.join()}`), ['supabase user.account,user.content.private', 'loops user.contact.email,user.name,user.account.settings']);
  });

  it('a component that renders a link or an icon inside a sentence (`<ExternalLink>`, `<router-link>`) is part of the sentence, not a block of its own; another component still holds its own text', () => {
    const vue = '<template>\n  <div>\n    <h2>Analytics</h2>\n    <ul>\n      <li>\n        We use\n        <ExternalLink href="https://matomo.org">Matomo</ExternalLink> to\n        collect information about how people use the site.\n      </li>\n      <li>Errors go to <router-link to="/sentry">Sentry</router-link>.</li>\n    </ul>\n    <Callout>We never sell your data.</Callout>\n  </div>\n</template>\n';
    assert.deepEqual(parsePolicy('privacy.vue', vue).clauses.map((c) => `${c.line}-${c.endLine} ${c.text}`), [
      '6-9 We use Matomo to collect information about how people use the site.',
      '10-10 Errors go to Sentry.',
      '12-12 We never sell your data.',
    ]);
  });

  it('reads a question-and-answer policy whose headings ask what is collected ("What do you ask for when I apply?", "What do you hold about me?") as the collection sections they are; "Who reads my application?" is not one', () => {
    const p = parsePolicy('faq.md', '# Privacy at Acme\n\n### What do you ask for when I apply?\n\n- **Your contact details:** name, email address and phone number.\n\n### What does Acme hold about me?\n\n- **If you are awarded a grant:** your bank account number, so we can pay you.\n\n### Who reads my application?\n\n- **Assessors:** your name and your artist statement.\n');
    assert.deepEqual(only(p.declarations, 'collect').map((d) => d.type === 'collect' && `${d.clause} ${d.categories.join(' ')}`), [
      'what-do-you-ask-for/your-contact-details user.name user.contact.email user.contact.phone_number',
      'what-does-acme-hold-about/if-you-are-awarded-a-grant user.financial.bank_account',
    ]);
  });
  it('reads a whole policy kept as one text node sentence by sentence, each on its own lines, with its run-in titles as headings', () => {
    const body = [
      'Acme Privacy Policy Effective Date: 2025-01-01. We take your privacy seriously.',
      'Please read this policy to learn how we treat your personal data.',
      ...Array.from({ length: 8 }, (_, i) => `This filler sentence number ${i + 1} says nothing about data at all.`),
      'Information We Collect We collect your email address',
      'and your phone number when you sign up.',
      '\u200DAnalytics Partners',
      '\u200DWe share usage data with Google Analytics.',
      ...Array.from({ length: 8 }, (_, i) => `Another filler sentence number ${i + 1} is here for length.`),
      'Data Sales We will not sell your personal data.',
      'Data Security The Website uses encryption in transit.',
    ];
    const tsx = `export default function P() {\n  return (\n    <div>\n${body.map((l) => `      ${l}`).join('\n')}\n    </div>\n  );\n}\n`;
    const p = parsePolicy('page.tsx', tsx);
    const lines = (c: { line: number; endLine: number }) => `${c.line}${c.endLine > c.line ? `-${c.endLine}` : ''}`;
    assert.deepEqual(p.declarations.map((d) => { const c = p.clauses.find((x) => x.id === d.clause)!; return `${lines(c)} ${c.headingPath.join(' > ')} | ${d.type}`; }), [
      '14-15 Information We Collect | collect',
      '17 Analytics Partners | share',
      '26 Data Sales | prohibit',
    ]);
    assert.equal(p.clauses.find((c) => c.line === 27)?.text, 'The Website uses encryption in transit.');
    assert.deepEqual(p.notes ?? [], []);
  });

  it('reads a policy written as a Pug template with Pug\'s lexer: headings, paragraphs, list items, inline HTML and tags; a template it cannot read is read as text with a note', () => {
    const pug = "extends layouts/main\n\nblock content\n  h1 Acme Privacy Policy\n\n  h2 What we collect\n\n  p We collect the following:\n  ul\n    li Your email address\n    li Your #[strong phone number]\n\n  h2 Sharing\n\n  p At <strong>Acme</strong> we never sell your personal information.\n  p: i Last updated #{updated}.\n";
    const p = parsePolicy('views/privacy.pug', pug);
    assert.deepEqual(p.clauses.map((c) => `${c.line}${c.endLine > c.line ? `-${c.endLine}` : ''} ${c.headingPath.join(' > ')} | ${c.text}`), [
      '8 Acme Privacy Policy > What we collect | We collect the following:',
      '10-11 Acme Privacy Policy > What we collect | Your email address, Your phone number',
      '15 Acme Privacy Policy > Sharing | At Acme we never sell your personal information.',
      '16 Acme Privacy Policy > Sharing | Last updated .',
    ]);
    assert.deepEqual(summarize(p.declarations), [
      'what-we-collect/your-email-address collect user.contact.email user.contact.phone_number',
      'sharing/at-acme-we-never-sell-your prohibit share user to=[] for=[sale]',
    ]);
    const broken = parsePolicy('privacy.pug', 'h1 Acme Privacy\n\np We collect your email address.\n  p(\n');
    assert.deepEqual(broken.notes?.map((n) => `${n.file}:${n.line} ${n.message}`), ['privacy.pug:5 not valid Pug (The end of the string reached with no closing bracket ) found.); read as plain text']);
  });

  it('reads a link on a line of its own inside a Pug paragraph (`a(href=…) Sentry` between piped text) as part of that paragraph', () => {
    const pug = "h1 Acme Privacy Policy\n\nh2 Error logs\n\np\n  | For error reporting, we use\n  |\n  a(href=\"https://sentry.io/\") Sentry\n  |\n  | to help us fix it.\n";
    const p = parsePolicy('privacy.pug', pug);
    assert.deepEqual(p.clauses.map((c) => `${c.line}-${c.endLine} ${c.text}`), ['5-10 For error reporting, we use Sentry to help us fix it.']);
    assert.deepEqual(summarize(p.declarations), ['error-logs/for-error-reporting-we-use-sentry share sentry [] {}']);
  });

  it('reads template literals and names a page interpolates: a constant of the file, or the product, company or address its name says', () => {
    const svelte = "<script lang=\"ts\">\n  import { config } from '$lib/config';\n  const { productName, supportEmail } = config;\n  const host = 'Acme Cloud';\n  const LOG_DAYS = 14;\n  const sections = [\n    {\n      title: '2. What we collect',\n      content: [\n        `When you connect a calendar, ${productName} requests only what it needs. Typical data accessed includes:`,\n        { type: 'list', items: ['Your email address.', 'Event metadata (title, attendees).'] },\n        `${host} keeps server logs for ${LOG_DAYS} days. Write to ${supportEmail} with questions. Backups last ${30} days; see ${new Date().getFullYear()}.`,\n      ],\n    },\n  ];\n</script>\n\n<Legal {sections} />\n";
    const p = parsePolicy('+page.svelte', svelte);
    assert.deepEqual(p.clauses.map((c) => `${c.line} ${c.text}`), [
      '10 When you connect a calendar, the Service requests only what it needs. Typical data accessed includes:',
      '11 Your email address, Event metadata (title, attendees)',
      '12 Acme Cloud keeps server logs for 14 days. Write to us with questions. Backups last 30 days; see ….',
    ]);
    assert.deepEqual(summarize(p.declarations).filter((d) => / collect /.test(d)), [
      '2-what-we-collect/your-email-address collect user.contact.email user.behavior.booking_history',
      '2-what-we-collect/acme-cloud-keeps-server-logs-for collect user.telemetry',
    ]);
    const tsx = "export default function P() {\n  return (\n    <main>\n      <h2>Sharing</h2>\n      <p>{siteConfig.companyName} does not sell your email address.</p>\n      <p>Last reviewed on {policy.appliedAt} by {SUPPORT_EMAIL}.</p>\n    </main>\n  );\n}\n";
    assert.deepEqual(parsePolicy('page.tsx', tsx).clauses.map((c) => c.text), ['the Company does not sell your email address.', 'Last reviewed on by us.']);
    assert.deepEqual(summarize(parsePolicy('page.tsx', tsx).declarations), ['sharing/the-company-does-not-sell-your prohibit share user.contact.email to=[] for=[sale]']);
  });

  it('reads a translation call\'s source text (`{t(\'We never sell …\')}`, `formatMessage({ defaultMessage })`) as the page\'s words; a key (`t(\'privacy.intro\')`) is none', () => {
    const tsx = "export default function P() {\n  const { t } = useTranslation();\n  return (\n    <main>\n      <h3>{t('Information about you')}</h3>\n      <ul>\n        <li>{t('Your name, email address and phone number.')}</li>\n      </ul>\n      <p>\n        {t(\n          'We will never sell your profile data to anyone.',\n        )}\n      </p>\n      <p>{intl.formatMessage({ defaultMessage: 'We route our emails through Postmark.' })}</p>\n      <p>{t('privacy.intro')}</p>\n    </main>\n  );\n}\n";
    const p = parsePolicy('page.tsx', tsx);
    assert.deepEqual(p.clauses.map((c) => `${c.line} ${c.headingPath.join(' > ')}: ${c.text}`), [
      '7 Information about you: Your name, email address and phone number.',
      '9 Information about you: We will never sell your profile data to anyone.',
      '14 Information about you: We route our emails through Postmark.',
    ]);
    assert.deepEqual(summarize(p.declarations), [
      'information-about-you/your-name-email-address-and-phone collect user.name user.contact.email user.contact.phone_number',
      'information-about-you/we-will-never-sell-your-profile prohibit share user.account user.name user.account.username user.content.self_image user.content.bio to=[] for=[sale]',
      'information-about-you/we-route-our-emails-through-postmark collect user.contact.email',
      'information-about-you/we-route-our-emails-through-postmark share postmark [user.contact.email] {}',
    ]);
  });

  it('reads a paragraph component that wraps headings and paragraphs (<Prose>) as a container of blocks; one holding only text stays a paragraph', () => {
    const tsx = "export default function Page() {\n  return (\n    <Prose>\n      <h3>What data do we collect?</h3>\n      <p>Acme collects the following data:</p>\n      <ul>\n        <li>Your email address</li>\n      </ul>\n      <Text>We keep server logs for 30 days.</Text>\n    </Prose>\n  );\n}\n";
    const p = parsePolicy('page.tsx', tsx);
    assert.deepEqual(p.clauses.map((c) => `${c.line} ${c.headingPath.join(' > ')} | ${c.text}`), [
      '5 What data do we collect? | Acme collects the following data:',
      '7 What data do we collect? | Your email address',
      '9 What data do we collect? | We keep server logs for 30 days.',
    ]);
  });

  it('reads a list kept in a component prop (items={[…]}) in MDX and in a JSX page, one item per string, with its line', () => {
    const mdx = "# Privacy\n\n## How long we keep it\n\n<RetentionList\n  items={[\n    'Booking details: 6 years after your last visit.',\n    'Support emails: 2 years.',\n  ]}\n/>\n";
    const p = parsePolicy('privacy.mdx', mdx);
    assert.deepEqual(only(p.declarations, 'retain').map((d) => d.type === 'retain' && `${p.clauses.find((c) => c.id === d.clause)?.line} ${d.subject} ${d.days}`), ['7 Booking details 2191.5', '8 Support emails 730.5']);
    const tsx = "export default function P() {\n  return (\n    <main>\n      <h2>What we collect</h2>\n      <Bullets items={['Your email address', 'Your phone number']} />\n    </main>\n  );\n}\n";
    assert.deepEqual(summarize(parsePolicy('page.tsx', tsx).declarations), ['what-we-collect/your-email-address collect user.contact.email user.contact.phone_number']);
  });

  it('reads a list prop of inline JSX fragments (items={[<><Strong>Usage data</Strong>: …</>, …]}) one item per fragment, with its line', () => {
    const tsx = "export default function P() {\n  return (\n    <main>\n      <h2>What we collect</h2>\n      <BulletList\n        items={[\n          <>\n            <Strong>Usage data</Strong>: app activity and feature usage.\n          </>,\n          <>\n            <Strong>Call recordings</Strong>: we process audio and transcripts.\n          </>,\n        ]}\n      />\n    </main>\n  );\n}\n";
    const p = parsePolicy('page.tsx', tsx);
    assert.deepEqual(only(p.declarations, 'collect').map((d) => d.type === 'collect' && `${p.clauses.find((c) => c.id === d.clause)?.line} ${d.categories.join(' ')}`), ['7 user.behavior user.behavior.app_usage', '10 user.content.audio user.content.private']);
  });

  it('reads a sentence all in bold before a <br /> in a container of blocks ("<strong>We do NOT sell your data.</strong><br />"); a bold label of two words is no paragraph', () => {
    const tsx = "export default function P() {\n  return (\n    <main>\n      <h2>Data Sharing</h2>\n      <div>\n        <strong>We do NOT sell your data.</strong><br />\n        <strong>Note</strong><br />\n        <ul>\n          <li>Supabase (authentication)</li>\n        </ul>\n      </div>\n    </main>\n  );\n}\n";
    const p = parsePolicy('page.tsx', tsx);
    assert.deepEqual(p.clauses.map((c) => `${c.line} ${c.text}`), ['6 We do NOT sell your data.', '9 Supabase (authentication)']);
  });

  it('reads a paragraph kept as parenthesized inline JSX in a sections array, and leaves a fragment of blocks to its blocks', () => {
    const tsx = "const sections = [\n  {\n    heading: '15. California',\n    blocks: [\n      {\n        kind: 'paragraph',\n        content: (\n          <>\n            We do not sell your personal information. Contact us at{' '}\n            <ProseLink href='mailto:privacy@acme.io'>privacy@acme.io</ProseLink>.\n          </>\n        ),\n      },\n      {\n        kind: 'paragraph',\n        content: (\n          <>\n            <p>Server logs are deleted after 30 days.</p>\n            <p>We share crash reports with Sentry.</p>\n          </>\n        ),\n      },\n    ],\n  },\n];\nexport default function P() {\n  return <main>{sections.map((s) => <section key={s.heading}><h2>{s.heading}</h2></section>)}</main>;\n}\n";
    const p = parsePolicy('page.tsx', tsx);
    assert.deepEqual(p.clauses.filter((c) => p.declarations.some((d) => d.clause === c.id)).map((c) => `${c.line} ${c.text}`), [
      '8 We do not sell your personal information. Contact us at privacy@acme.io.',
      '18 Server logs are deleted after 30 days.',
      '19 We share crash reports with Sentry.',
    ]);
  });

  it('reads text a JSX container holds itself (after a heading, in a styled div) as paragraphs; a button label is none', () => {
    const tsx = 'export function Privacy() {\n  return (\n    <div className="legal">\n      <h2>Information We Collect</h2>\n      <h5>Upon registration:</h5>\n      When you create an account, you provide your username,\n      password and <b>email address</b>.\n      <div className="legal-paragraph">\n        You may add your real name and a photo.\n      </div>\n      <button>Accept</button>\n    </div>\n  );\n}\n';
    const p = parsePolicy('legal.tsx', tsx);
    assert.deepEqual(p.clauses.map((c) => `${c.line}-${c.endLine} ${c.text}`), [
      '6-7 When you create an account, you provide your username, password and email address.',
      '9-9 You may add your real name and a photo.',
    ]);
    assert.deepEqual(summarize(p.declarations), [
      'upon-registration/when-you-create-an-account-you collect user.account.username user.authorization.password user.contact.email',
      'upon-registration/you-may-add-your-real-name collect user.name user.content.self_image',
    ]);
  });

  it('reads MDX row components whose props are the cells (<Vendor name="…" purpose="…" />)', () => {
    const mdx = '# Privacy\n\n## Who we share with\n\n<VendorTable>\n  <Vendor name="Resend" purpose="Account emails. Resend receives your name and email address." />\n  <Vendor name="Neon" purpose="Managed PostgreSQL database." />\n</VendorTable>\n';
    const p = parsePolicy('privacy.mdx', mdx);
    assert.deepEqual(summarize(p.declarations), ['who-we-share-with/resend collect user.name user.contact.email', 'who-we-share-with/resend share resend [user.contact.email user.name] {}', 'who-we-share-with/neon share neon [] {}']);
  });

  it('reads a row component that renders a <tr> of its props (<ServiceRow service="…" purpose="…" data="…" />); a data cell of "None" shares nothing', () => {
    const tsx = "function ServiceRow({ service, purpose, data }: { service: string; purpose: string; data: string }) {\n  return (\n    <tr>\n      <td>{service}</td>\n      <td>{purpose}</td>\n      <td>{data}</td>\n    </tr>\n  );\n}\nexport default function Privacy() {\n  return (\n    <main>\n      <h2>Third-party services</h2>\n      <table>\n        <thead>\n          <tr><th>Service</th><th>Purpose</th><th>Data shared</th></tr>\n        </thead>\n        <tbody>\n          <ServiceRow service=\"Vercel\" purpose=\"Hosting of the site\" data=\"IP address, usage logs\" />\n          <ServiceRow service=\"ECB\" purpose=\"Currency exchange rates\" data=\"None (public API)\" />\n        </tbody>\n      </table>\n    </main>\n  );\n}\n";
    const p = parsePolicy('privacy.tsx', tsx);
    assert.deepEqual(summarize(p.declarations).filter((d) => / share /.test(d)), ['third-party-services/vercel share vercel [user.device.ip_address user.telemetry] {}']);
  });

  it('reads the items under "What We Will Never Do" that open with a verb as that promise, when they name the data', () => {
    const md = '# Privacy\n\n## What We Will Never Do\n\n- Sell your data. To anyone. Ever.\n- Share your data with third parties for their marketing purposes.\n- Train AI models on your reading notes collection.\n- Judge your taste in books.\n';
    const p = parsePolicy('privacy.md', md);
    assert.deepEqual(summarize(p.declarations), ['what-we-will-never-do/sell-your-data-to-anyone-ever prohibit share user to=[] for=[sale]', 'what-we-will-never-do/share-your-data-with-third-parties prohibit share user to=[advertising marketing] for=[marketing vendor_own_purposes]']);
  });

  it('reads the kinds of recipient an item names after a lead-in that ends in "to:" ("third party service providers …, including … error loggers … and payment systems operators")', () => {
    const md = '# P\n\n## Disclosure\n\nWe may disclose personal information to:\n\n- third party service providers for the purpose of enabling them to provide their services, including (without limitation) hosting and server providers, analytics, error loggers and payment systems operators;\n- courts and regulators, as required by law.\n';
    const p = parsePolicy('privacy.md', md);
    assert.deepEqual(summarize(p.declarations).filter((d) => / share /.test(d)), ['disclosure/third-party-service-providers-for-the share cloud_hosting analytics error_monitoring payment_processor [] {}', 'disclosure/courts-and-regulators-as-required-by share legal_authority [] {}']);
  });

  it('reads a plain-text vendor table under "They process … on our instructions:": regions are no data, asides rule data out', () => {
    const txt = 'PRIVACY NOTICE\n\n3. WHO CAN SEE YOUR INFORMATION\n\n3.2 We use a few service providers. They process personal information only on our instructions:\n\n      Amazon Web Services (London region)   - hosting and storage\n      Mailgun (EU region)                 - sending emails; receives your name and email address\n      GoCardless                          - collecting rent by Direct Debit; receives your name\n      Better Stack                        - uptime monitoring; receives technical data only (no names or email addresses)\n';
    const p = parsePolicy('privacy.txt', txt);
    assert.deepEqual(summarize(p.declarations).filter((d) => / share /.test(d)), [
      'who-can-see-your-information/we-use-a-few-service-providers share service_provider [] {}',
      'who-can-see-your-information/amazon-web-services-london-region share aws [] {}',
      'who-can-see-your-information/mailgun-eu-region share mailgun [user.contact.email user.name] {}',
      'who-can-see-your-information/gocardless share gocardless [user.name] {}',
      'who-can-see-your-information/better-stack share logtail [user.device] {}',
    ]);
  });

  it('reads the sentences of a table that names no vendor column (Feature | Description | Default)', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nSome features connect to third parties:\n\n| Feature | Description | Default |\n|---|---|---|\n| Crash reports | If you enable crash auto-upload, the application uploads the crash report to Sentry. | Disabled |\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / share /.test(d)), ['privacy/crash-reports share sentry [user.telemetry] {}']);
  });

  it('reads a policy kept as JSON (a translation file or an array of paragraphs), with the lines of the JSON file', () => {
    const l10n = '{\n  "privacy.title": "Privacy Policy",\n  "privacy.collectTitle": "What we collect",\n  "privacy.account": "When you create an <b>account</b>, we ask for your email address and your date of birth.",\n  "privacy.shareTitle": "Who we share it with",\n  "privacy.sentry": "Crash reports are sent to Sentry.",\n  "privacy.logs": "Server logs are deleted after 30 days."\n}\n';
    const p = parsePolicy('l10n.json', l10n);
    assert.equal(p.format, 'json');
    assert.deepEqual(summarize(p.declarations).map((d) => d.replace(/^[^ ]+ /, `${p.clauses.find((c) => d.startsWith(c.id + ' '))?.line} `)), [
      '4 collect user.contact.email user.demographic.date_of_birth',
      '6 share sentry [user.telemetry] {}',
      '7 retain server log 30',
    ]);
    const array = parsePolicy('privacy.json', '["We collect your email address.", "We use Google Analytics to count visits."]');
    assert.deepEqual(summarize(array.declarations).map((d) => d.replace(/^[^ ]+ /, '')), ['collect user.contact.email', 'share google-analytics [] {}']);
    // Not JSON after all: read as text with a note naming the file, never a crash.
    const broken = parsePolicy('broken.json', '{ "a": "We collect your email address." ');
    assert.ok(broken.declarations.some((d) => d.type === 'collect' && d.categories.includes('user.contact.email')));
    assert.deepEqual(broken.notes?.map((n) => `${n.file}:${n.line} ${n.message.replace(/\(.*\)/, '(…)')}`), ['broken.json:1 not valid JSON (…); read as plain text']);
  });

  it('reads a JSON section whose title is written after its text under the title\'s heading, and a Markdown list inside a string as what is collected, on the string\'s line', () => {
    const text = '{\n  "CONTENT": {\n    "COLLECTED": {\n      "CONTENT": "The following information is collected:\\n- Account information (username, e-mail address and password).\\n- Technical information (browser name and operating system).",\n      "TITLE": "What information do we collect?"\n    },\n    "LOGS": {\n      "CONTENT": "Server logs are deleted after 30 days.",\n      "TITLE": "How long do we keep it?"\n    }\n  }\n}\n';
    const p = parsePolicy('privacy_policy.json', text);
    assert.deepEqual(p.clauses.map((c) => `${c.line} ${c.id}`), [
      '4 what-information-do-we-collect/the-following-information-is-collected',
      '4 what-information-do-we-collect/account-information-username-e-mail-address',
      '8 how-long-do-we-keep/server-logs-are-deleted-after-30',
    ]);
    assert.deepEqual(summarize(p.declarations).filter((d) => / collect /.test(d)), [
      'what-information-do-we-collect/account-information-username-e-mail-address collect user.account user.account.username user.contact.email user.authorization.password user.device user.device.user_agent user.device.os',
    ]);
  });

  it('reads a JSON section\'s "items" (and strings opening with "• ") as the items of a list under the sentence before them, a subsection\'s title under its section\'s, and leaves out an "id" slug', () => {
    const text = '{\n  "sections": [\n    {\n      "id": "information-collected",\n      "title": "2. Information We Collect",\n      "subsections": [\n        {\n          "title": "Personal Information",\n          "content": "We may collect personal information that you provide when you place an order. This may include:",\n          "items": [\n            "Name and contact information (email, phone number)",\n            "Order history"\n          ]\n        }\n      ]\n    },\n    {\n      "title": "3. How We Use It",\n      "content": ["We use the information to:", "• Send promotional emails (with your consent)"]\n    }\n  ]\n}\n';
    const p = parsePolicy('privacy-policy.json', text);
    assert.deepEqual(p.clauses.map((c) => `${c.line} ${c.headingPath.join(' › ')} | ${c.text}`), [
      '9 2. Information We Collect › Personal Information | We may collect personal information that you provide when you place an order. This may include:',
      '11 2. Information We Collect › Personal Information | Name and contact information (email, phone number), Order history',
      '19 3. How We Use It | We use the information to:',
      '19 3. How We Use It | Send promotional emails (with your consent)',
    ]);
    assert.deepEqual(summarize(p.declarations).filter((d) => / collect /.test(d)), [
      'personal-information/name-and-contact-information-email-phone collect user.name user.contact.email user.contact.phone_number user.behavior.purchase_history',
      '3-how-we-use-it/send-promotional-emails-with-your-consent collect user.contact.email',
    ]);
  });

  it('reads the text inside an MDX component (<Callout>) and lets a draft after it start a new block', () => {
    const p = parsePolicy('p.mdx', '# P\n\n## Location\n\nWe store the lake you fish.\n\n<Callout type="warning">\n  We never store the exact GPS coordinates of your spots.\n</Callout>\n');
    assert.deepEqual(p.clauses.map((c) => [c.line, c.endLine]), [[5, 5], [8, 9]]);
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)), ['location/we-never-store-the-exact-gps prohibit collect user.location.precise to=[] for=[]']);
  });

  it('reads the Markdown inside an MDX component: "**TL;DR:**" in a <Callout> is a bold label, and the ban after it is read', () => {
    const p = parsePolicy('p.mdx', '# P\n\n<Callout type="info">\n  **TL;DR:**\n  None of your messages, chat histories, and documents are ever transmitted from your system.\n</Callout>\n\nWe collect your email address.\n');
    assert.deepEqual(p.clauses.map((c) => c.text)[0], 'TL;DR: None of your messages, chat histories, and documents are ever transmitted from your system.');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)), ['p/tl-dr prohibit share user.content.private to=[] for=[]']);
  });

  it('reads only the privacy part of a whole app\'s translation file', () => {
    const ui = Array.from({ length: 60 }, (_, i) => `    "label${i}": "The reservation email could not be sent. The link expires in 24 hours. Opens the messages app to send an SMS."`).join(',\n');
    const legal = '    "privacy": {\n      "title": "Privacy Policy",\n      "s1": { "title": "Data collected", "body": "We collect your name, your email address and technical data such as your IP address and device type, to run the service and keep accounts secure." },\n      "s2": { "title": "Retention", "body": "Your data is kept while your account is active and deleted within 90 days after you close it, except invoices, which the law requires us to keep." },\n      "s3": { "title": "Sharing", "body": "Payments are processed by Stripe. Emails are delivered by Postmark. We do not sell your personal data to anyone, and we never use it for advertising of any kind." },\n      "s4": { "title": "Your rights", "body": "You may ask for a copy of your data, its correction or its deletion at any time by writing to privacy@example.com; we answer every request within one month." }\n    }';
    const text = `{\n  "dashboard": {\n${ui}\n  },\n  "legalPages": {\n${legal}\n  }\n}\n`;
    const p = parsePolicy('en.json', text);
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    assert.deepEqual(p.clauses.map((c) => c.line), [lineOf('"s1"'), lineOf('"s2"'), lineOf('"s3"'), lineOf('"s4"')]);
    assert.deepEqual(summarize(p.declarations).map((d) => d.replace(/^[^ ]+ /, '')), [
      'collect user.name user.contact.email user.device user.device.ip_address user.device.model',
      'retain  90 (after you close it)',
      'share stripe [] {}',
      'share postmark [user.contact.email] {}',
      'prohibit share user to=[] for=[sale]',
      'prohibit use user to=[advertising marketing] for=[marketing]',
    ]);
  });

  it('reads a cookie table: each cookie is kept as long as its row says, and a provider other than the product gets its identifier', () => {
    const p = parsePolicy('p.md', '# Acme Cookie Policy\n\n## Cookies we use\n\n| Cookie | Set by | Purpose | Lifetime |\n|---|---|---|---|\n| acme_session | Acme | Keeps you signed in | 30 days |\n| _ga | Google Analytics | Distinguishes visitors | 13 months |\n| __cf_bm | Cloudflare | Bot checks | 30 minutes |\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => !/ collect /.test(d)), [
      'cookies-we-use/acme-session retain acmesession cookie 30',
      'cookies-we-use/ga share google-analytics [user.device.cookie_id] {}',
      'cookies-we-use/ga retain ga cookie 395.69',
      'cookies-we-use/cf-bm share cloudflare [user.device.cookie_id] {}',
      'cookies-we-use/cf-bm retain cfbm cookie 0.02',
    ]);
  });

  it('reads a short title line run into the next sentence as a sentence of its own ("Sharing of Information⏎Acme does not sell …")', () => {
    const p = parsePolicy('p.md', '# Privacy Policy for Acme.io\n\n## Use\n\nTo offer personalized experiences.\nSharing of Information\nAcme.io does not sell, trade, or rent users\' personal information to others.\n');
    assert.deepEqual(summarize(p.declarations), ['use/to-offer-personalized-experiences-sharing-of prohibit share user to=[] for=[sale]']);
  });

  it('reads an HTML table whose first row of plain cells is its header: cell paragraphs are cell text, and a "consequences if refused" column says nothing done', () => {
    const html = '<h2>Your data</h2><table><tr><td><p>Processing</p></td><td><p>Data type</p></td><td><p>Storage time</p></td><td><p>Recipients</p></td></tr>'
      + '<tr><td><p>E-mail sent to the user</p></td><td><p>E-mail address</p></td><td><p>1 year</p></td><td><p>Mailjet (e-mail provider)</p></td></tr></table>'
      + '<h2>Cookies</h2><table><tr><td><p>#</p></td><td><p>Name of cookie</p></td><td><p>Purpose</p></td><td><p>Storage period</p></td><td><p>Consequences if cookie is not accepted</p></td></tr>'
      + '<tr><td><p>1</p></td><td><p>feed_seen</p></td><td><p>Stores when the feed was opened.</p></td><td><p>300 days</p></td><td><p>User activity won&apos;t be tracked</p></td></tr></table>';
    const p = parsePolicy('p.html', html);
    assert.deepEqual(summarize(p.declarations), [
      'your-data/e-mail-sent-to-the-user share mailjet [user.contact.email] {}',
      'your-data/e-mail-sent-to-the-user retain email sent user 365.25',
      'cookies/1 retain feedseen cookie 300',
    ]);
    // The same cookie table in a TSX page.
    const tsx = parsePolicy('page.tsx', `export default () => (<main><h2>Cookies</h2><table><tbody><tr><td><p>#</p></td><td><p>Name of cookie</p></td><td><p>Purpose</p></td><td><p>Storage period</p></td><td><p>Consequences if cookie is not accepted</p></td></tr><tr><td><p>1</p></td><td><p>feed_seen</p></td><td><p>Stores when the feed was opened.</p></td><td><p>300 days</p></td><td><p>User activity won&apos;t be tracked</p></td></tr></tbody></table></main>);\n`);
    assert.deepEqual(summarize(tsx.declarations), ['cookies/1 retain feedseen cookie 300']);
  });

  it('reads a numbered Markdown item that titles a section as a heading, and each of its paragraphs and cookie rows on its own', () => {
    const text = '# Acme Privacy\n\n1. **WHAT INFORMATION DO WE PROCESS**\n\n   We use processors such as hosting providers (Vercel, Neon) and usage analytics (Mixpanel).\n\n   We collect your wallet address.\n\n2. **COOKIES**\n\n   | Cookie Name | Type | Purpose |\n   | --- | --- | --- |\n   | `acme_siwe` | Persistent cookie (90 days) | Remembers your sign-in |\n';
    const p = parsePolicy('p.md', text);
    assert.deepEqual(summarize(p.declarations).map((d) => d.replace(/^[^ ]+ /, `${p.clauses.find((c) => d.startsWith(c.id + ' '))?.line} `)), [
      '5 share vercel neon mixpanel [] {}',
      '7 collect user.financial.crypto_wallet',
      '9 collect user.device.cookie_id',
      '13 collect user.device.cookie_id',
      '13 retain acmesiwe cookie 90',
    ]);
  });

  it('reads "What if you don\'t agree with us monitoring your use?" as a question for the reader, not a section of bans', () => {
    const p = parsePolicy('p.md', '# Acme Cookie Policy\n\n## What if you don\'t agree with us monitoring your use (even if we don\'t collect your name)?\n\nEnabling these cookies is not strictly necessary for our website to work. You can delete or block the cookies we set.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)), []);
  });

  it('reads past a shell example in a code block whose line looks like an ESM export', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Telemetry\n\nTo opt out:\n\n```bash\nexport ACME_TELEMETRY=false\n```\n\n## Analytics\n\nWe use PostHog to count visits.\n');
    assert.deepEqual(summarize(p.declarations), ['analytics/we-use-posthog-to-count-visits share posthog [] {}']);
  });

  it('reads a cookie-free product as a ban on cookie identifiers, not a vendor that works without cookies', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Cookies\n\nUnlike traditional analytics tools, Acme functions without cookies.\n\nPlausible Analytics works without cookies.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)), ['cookies/unlike-traditional-analytics-tools-acme-functions prohibit collect user.device.cookie_id to=[] for=[]']);
  });

  it('reads a retention table row without a verb: the first cell says what, the others how long', () => {
    const p = parsePolicy('p.md', '# P\n\n## How long we keep information\n\n| Information | How long |\n|---|---|\n| Messages with vets | 12 months |\n| A pet profile after you delete it | Deleted, with all associated data, within 7 days |\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'retain').map((d) => d.type === 'retain' && `${d.subject} ${Math.round(d.days ?? -1)}`), ['Messages with vets 365', 'A pet profile after you delete it 7']);
  });

  it("applies a ban on children's data to records about a child only; the COPPA sentence stays no ban", () => {
    const policy = "# P\n\n## What we collect\n\n- Parents: name and email address.\n- For each child: a first name and a reading level.\n\nWe do not collect children's email addresses or photos.\n\nWe do not knowingly collect personal information from children under 13 without consent.\n";
    const code = { 'src/db.ts': 'export interface ParentRow { name: string; email: string; avatarUrl: string }\nexport interface ChildRow { firstName: string; email: string; avatarUrl: string }\n' };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.line}:${f.column}`), ['undeclared-collection 1:59', 'prohibited-collection 2:48', 'prohibited-collection 2:63']);
  });

  it("reads what a table row says a vendor never gets as left out, not received", () => {
    const p = parsePolicy('p.md', "# P\n\n## Who we share information with\n\n| Provider | What for | What they receive |\n|---|---|---|\n| Sentry | Error reports | Technical details of the error; never a child's name |\n| Plausible | Analytics | Page views, without cookies or personal data |\n| Postmark | Emails | Parent name and email |\n");
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share').map((d) => d.type === 'share' && `${d.services} [${d.categories}] -[${d.excludes ?? []}]`), ['sentry [user.device] -[user.name]', 'plausible [user.behavior.clickstream] -[user.device.cookie_id]', 'postmark [user.name,user.contact.email] -[]']);
  });

  it('reads "Information about parents and teachers" as a collection section; a first name field meets a first-name declaration', () => {
    const policy = '# P\n\n## Information about parents and teachers\n\n- **Parents:** email address and billing details.\n- **Children:** a first name chosen by the parent.\n';
    const code = { 'src/db.ts': 'export interface ParentRow { email: string }\nexport interface ChildRow { firstName: string; lastName: string }\n' };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.dataCategories}`), ['undeclared-collection 2:48 user.name.last']);
  });

  it('ends a plain-text table headed over its dashes at a blank line, so the next short line titles its own section; nested MUI Typography blocks stay blocks', () => {
    const text = 'PRIVACY\n\nWHO WE SHARE DATA WITH\n\n   Provider          Data\n   ----------------  ------------------------------\n   Mailgun           Your email address\n\nRetention\n\nWe keep invoices for 6 years.\n';
    const p = parsePolicy('p.txt', text);
    const tsx = 'export default function Privacy() {\n  return (\n    <Typography component="div">\n      <Typography variant="h1">Privacy Policy</Typography>\n      <Typography variant="h2">Data</Typography>\n      <Typography paragraph>We collect your email address.</Typography>\n    </Typography>\n  );\n}\n';
    const q = parsePolicy('privacy.tsx', tsx);
    assert.deepEqual([p.clauses.map((c) => `${c.line} ${c.headingPath.join(' > ')}`), q.clauses.map((c) => `${c.line} ${c.headingPath.join(' > ')}`)], [['7 WHO WE SHARE DATA WITH', '11 Retention'], ['4 ', '5 ', '6 ']]);
  });
  it('reads numbered capitalised titles under a title of no number ("INFORMATION WE COLLECT" › "1. NOTES CONTENT") as its parts, "Data Shared: No personal data is shared" on a vendor\'s card as anonymous data for a vendor the catalog knows and nothing for another, and "WE DO NOT:" over items as their lead-in', () => {
    const p = parsePolicy('privacy.txt', 'PRIVACY POLICY FOR ACME NOTES\n\nINFORMATION WE COLLECT\n\n1. NOTES CONTENT\n   - Your email address\n\n2. DEVICE INFORMATION\n   - Device timezone\n\nTHIRD-PARTY SERVICES\n\n1. MIXPANEL\n   - Purpose: Analytics\n   - Data Shared: No personal data is shared\n\n2. FLUTTER LOCAL NOTIFICATIONS\n   - Purpose: Reminders\n   - Data Shared: None\n\nDATA SHARING\n\nWE DO NOT:\n- Sell your personal information to third parties\n');
    assert.deepEqual(p.declarations.map((d) => [d.type, 'categories' in d ? d.categories : [], d.type === 'share' ? [...d.services, ...d.kinds, ...d.conditions] : d.type === 'prohibit' ? [...d.kinds, ...d.purposes] : []]), [
      ['collect', ['user.contact.email'], []],
      ['collect', ['user.location.imprecise'], []],
      ['share', [], ['analytics']],
      ['share', [], ['mixpanel', 'anonymized']],
      ['prohibit', ['user'], ['third_party', 'sale']],
    ]);
  });
  it('reads a data cell\'s clause after a semicolon by itself: "to transcribe it; not kept after the request" leaves out nothing, "your account ID; never your email address" leaves out the address', () => {
    const p = parsePolicy('p.md', '# P\n\n## What we collect\n\nAudio recordings of your memos and your email address.\n\n## Who processes your data\n\n| Provider | Role | What it receives |\n|---|---|---|\n| Groq | speech-to-text | the audio of a memo, to transcribe it; not kept after the request |\n| Sentry | crash reports | your account ID; never your email address |\n');
    assert.deepEqual(p.declarations.filter((d): d is ShareDecl => d.type === 'share').map((d) => [d.services, d.categories, d.excludes ?? []]), [[['groq'], ['user.content.audio'], []], [['sentry'], ['user.telemetry', 'user.unique_id'], ['user.contact.email']]]);
  });
  it('keeps a numbering that goes on after a title between ("1. …", "ANALYTICS", "2. Sharing") at the top, a Roman-numbered title ("I. INFORMATION WE COLLECT:") a title, and "Data Shared: None, except your email address" the address', () => {
    const p = parsePolicy('privacy.txt', 'ACME PRIVACY POLICY\n\nI. INFORMATION WE COLLECT:\n- Your email address\n\n1. Information We Collect\nWe collect your name.\n\nANALYTICS\n\nWe count page views.\n\n2. Sharing With Third Parties\nWe share your email address with our mail provider.\n\nTHIRD-PARTY SERVICES\n\n1. MAILGUN\n   - Purpose: Email delivery\n   - Data Shared: None, except your email address for delivery\n');
    assert.deepEqual([p.clauses.map((c) => c.headingPath.join(' > ')).filter((h, i, a) => a.indexOf(h) === i), p.declarations.filter((d): d is ShareDecl => d.type === 'share' && d.services.includes('mailgun')).map((d) => [d.categories, d.conditions])], [['I. INFORMATION WE COLLECT:', 'Information We Collect', 'ANALYTICS', 'Sharing With Third Parties', 'THIRD-PARTY SERVICES > MAILGUN'], [[['user.contact.email'], []]]]);
  });
  it('reads pairs kept in a constant named for retention (`const RETENTION = [[\'Lunch orders\', \'2 years\']]`) as how long each is kept; pairs in a constant named otherwise stay plain rows', () => {
    const page = "const RETENTION = [\n  ['Lunch orders', '2 years'],\n  ['Allergy information', '30 days after your child leaves the school'],\n];\nconst LINKS = [\n  ['Help centre', 'Ask us anything'],\n];\nexport default function Privacy() {\n  return <article><h1>Privacy</h1><p>We collect your email address.</p></article>;\n}\n";
    const p = parsePolicy('privacy.tsx', page);
    assert.deepEqual(p.declarations.filter((d) => d.type === 'retain').map((d) => [(d as { subject: string }).subject, (d as { days: number }).days]), [['Lunch orders', 730.5], ['Allergy information', 30]]);
  });
  it('reads a page saved as .html with no tag in it as the plain text it is', () => {
    const p = parsePolicy('privacy.html', 'Privacy Policy for Acme\n\nInformation We Collect\n\nWe collect your email address when you sign up.\n');
    assert.deepEqual([p.format, summarize(p.declarations)], ['text', ['information-we-collect/we-collect-your-email-address-when collect user.contact.email']]);
  });
  it('reads a plain-text table whose header stands over a line of dashes, and ends it at a paragraph whose words run across its columns', () => {
    const text = 'PRIVACY NOTICE\n\n2. WHO PROCESSES DATA FOR US\n\n   Provider          Data\n   ----------------  ------------------------------\n   Honeybadger       Your hire reference only\n   Mailgun (EU)      The shopper\'s email address\n\n   We don\'t send shopper contact details to Datadog. No other company receives shopper data.\n';
    const p = parsePolicy('p.txt', text);
    assert.deepEqual([p.clauses.map((c) => `${c.line} ${c.header?.join('|') ?? ''} ${c.title}`), summarize(p.declarations)], [
      ['7 Provider|Data Honeybadger', '8 Provider|Data Mailgun (EU)', '10  We don\'t send shopper contact details to Datadog. No other company…'],
      ['who-processes-data-for-us/honeybadger share honeybadger [user.unique_id] {}', 'who-processes-data-for-us/mailgun-eu share mailgun [user.contact.email] {}', 'who-processes-data-for-us/we-don-t-send-shopper-contact prohibit share user.contact to=[datadog] for=[]'],
    ]);
  });
  it('reads React Native text nested in text ("We do <Text style={bold}>NOT</Text> use:") as one sentence, so the items under it are what is not used', () => {
    const tsx = "export default function Privacy() {\n  return (\n    <View>\n      <Text style={styles.title}>No Other Third Parties</Text>\n      <Text style={styles.p}>\n        We do <Text style={styles.bold}>NOT</Text> use:\n      </Text>\n      <Text style={styles.bullet}>\u2022 Advertising networks</Text>\n      <Text style={styles.bullet}>\u2022 Payment processors</Text>\n    </View>\n  );\n}\n";
    const p = parsePolicy('privacy.tsx', tsx);
    assert.deepEqual(summarize(p.declarations).map((d) => d.replace(/^[^/]*\//, '')), ['advertising-networks prohibit share user to=[advertising marketing] for=[marketing]', 'payment-processors prohibit share user to=[payment_processor] for=[]']);
  });
  it('reads a plain-text two-column vendor list: one item per row, continuation lines under the second column', () => {
    const text = 'PRIVACY\n\n3. SERVICE PROVIDERS\n\nWe use the following sub-processors:\n\n  Harbor Cloud        Hosting and backups.\n  Twilio              Reminder texts. Receives the customer\'s phone\n                      number and the appointment time.\n  Postmark            Transactional email (job reports, password resets).\n  Datadog             Application logs. Logs are scrubbed of customer\n                      names and phone numbers before they are sent.\n';
    const p = parsePolicy('p.txt', text);
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share' && d.services.length).map((d) => d.type === 'share' && `${p.clauses.find((c) => c.id === d.clause)!.line} ${d.services} [${d.categories}] -[${d.excludes ?? []}]`), [
      '7 harbor cloud [] -[]',
      '8 twilio [user.contact.phone_number] -[]',
      '10 postmark [] -[]',
      '11 datadog [user.telemetry] -[user.name,user.contact.phone_number]',
    ]);
  });

  it('reads a reStructuredText sub-processor list: underlined titles nest by their underline, each term over its indented description is an item labelled by it', () => {
    const text = 'Sub-processor list\n==================\n\nWe use these services.\n\nServices\n--------\n\nHarbor Cloud\n    Hosting and backups.\n\nQuillmail, Inc.\n    Customer email support service. Can have access to user data,\n    including user email and IP address.\n\nTally Metrics B.V.\n    Website analytics for the dashboard.\n';
    const p = parsePolicy('p.rst', text);
    assert.deepEqual(p.clauses.map((c) => `${c.line}-${c.endLine} ${c.headingPath.join(' > ')}`), ['4-4 Sub-processor list', '9-10 Sub-processor list > Services', '12-14 Sub-processor list > Services', '16-17 Sub-processor list > Services']);
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share' && d.services.length).map((d) => d.type === 'share' && `${p.clauses.find((c) => c.id === d.clause)!.line} ${d.services} [${d.categories}]`), [
      '9 harbor cloud []',
      '12 quillmail [user.contact.email,user.device.ip_address]',
      '16 tally metrics []',
    ]);
  });

  it('reads tables an MDX component or a TSX page keeps as data (arrays of objects or of string pairs)', () => {
    const mdx = "# P\n\n## Service providers\n\n<VendorTable\n  vendors={[\n    { name: 'Deepgram', purpose: 'Speech to text', data: 'The audio clip only. Never your name or email address.' },\n    { name: 'Amplitude', purpose: 'Product analytics', data: 'Your account ID and learning events.' },\n  ]}\n/>\n\n## How long we keep it\n\n<RetentionTable\n  rows={[\n    ['AI tutor conversations', '30 days'],\n    ['Server logs', '14 days'],\n  ]}\n/>\n";
    const p = parsePolicy('p.mdx', mdx);
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share' || d.type === 'retain').map((d) => `${p.clauses.find((c) => c.id === d.clause)!.line} ${d.type === 'share' ? `${d.services} -[${d.excludes ?? []}]` : d.type === 'retain' ? `${d.subject} ${d.days}` : ''}`), [
      '7 deepgram -[user.name,user.contact.email]',
      '8 amplitude -[]',
      '16 AI tutor conversations 30',
      '17 Server logs 14',
    ]);
    const tsx = "const providers = [\n  { name: 'Sentry', purpose: 'Error monitoring', data: 'Stack traces' },\n  { name: 'Postmark', purpose: 'Email', data: 'Name and email address' },\n];\nexport default function P() {\n  return (<main><h2>Who receives your data</h2><ul>{providers.map((p) => <li key={p.name}>{p.name}</li>)}</ul></main>);\n}\n";
    const q = parsePolicy('page.tsx', tsx);
    assert.deepEqual(q.declarations.filter((d) => d.type === 'share').map((d) => d.type === 'share' && `${d.services} [${d.categories}]`), ['sentry []', 'postmark [user.name,user.contact.email]']);
  });

  it('reads items a lead-in introduces as recipients ("The payment processors we work with are:"), the product\'s company as itself', () => {
    const tsx = 'export default function P() {\n  return (\n    <main>\n      <p>Harbor Labs AB ("we") operates the service. Harbor Labs AB may process your data. Harbor Labs AB is the controller.</p>\n      <h2>Payments</h2>\n      <p>The payment processors we work with are:</p>\n      <ul>\n        <li>\n          <strong>Acme Pay Checkout</strong>\n          <br />\n          Their Privacy Policy can be viewed at <a href="https://acmepay.example/privacy">acmepay.example</a>\n        </li>\n      </ul>\n      <p>To protect the rights or property of Harbor Labs AB.</p>\n    </main>\n  );\n}\n';
    const p = parsePolicy('page.tsx', tsx);
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share').map((d) => d.type === 'share' && `${d.services}|${d.kinds}`), ['|payment_processor', 'acme pay checkout|']);
  });

  it('reads a sub-processor row\'s data column, not its purpose; "all data we hold" closes no list', () => {
    const p = parsePolicy('p.md', '# P\n\n## Sub-processors\n\n| Name | Purpose | Data | Location |\n|---|---|---|---|\n| Amazon Web Services | Hosting and email (Amazon SES) | All data we hold | Frankfurt region |\n| Deepgram | Speech to text for your email practice | The audio clip only | US |\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share').map((d) => d.type === 'share' && `${d.services} [${d.categories}] ${d.closed ? 'closed' : 'open'}`), ['aws [] open', 'deepgram [user.content.audio] closed']);
  });

  it('reads "even when" as stress, not an exception; religious affiliation and ethnic background as special categories', () => {
    const policy = '# P\n\n## What we collect\n\n- Your name and email address.\n\nWe do not ask about, or record, your religion or ethnic background, even when you give to a faith-based charity.\n';
    const code = { 'src/db.ts': 'export interface DonorRow { email: string; religiousAffiliation: string | null; ethnicBackground?: string }\n' };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.line}:${f.column}`), ['prohibited-collection 1:44', 'prohibited-collection 1:81']);
  });

  it('reads a policy kept as a module of strings (`export default { topics: [{ title, para: [\'…\'] }] }`): "para" holds paragraphs', () => {
    const js = "export default {\n  title: 'Privacy Policy',\n  topics: [\n    {\n      title: 'What information do we collect?',\n      para: [\n        'If you subscribe to our newsletter we collect your email address.',\n        'We do not place cookies on your device.',\n      ],\n    },\n  ],\n};\n";
    assert.deepEqual(summarize(parsePolicy('privacy-content.js', js).declarations), ['what-information-do-we-collect/if-you-subscribe-to-our-newsletter collect user.contact.email', 'what-information-do-we-collect/we-do-not-place-cookies-on prohibit collect user.device.cookie_id to=[] for=[]']);
  });

  it('reads a TSX page whose sections keep blocks of strings and lists; labels with a qualifier after a comma name their vendor', () => {
    const tsx = "const SECTIONS = [\n  {\n    title: 'Who we share information with',\n    blocks: [\n      'We share personal information only with:',\n      { list: ['Checkr, with your consent: your name and date of birth, to run a background check.', 'OpenAI, which powers the assistant: the questions you ask, never your profile.'] },\n    ],\n  },\n];\nexport default function P() {\n  return <main>{SECTIONS.map((s) => <section key={s.title}><h2>{s.title}</h2></section>)}</main>;\n}\n";
    const p = parsePolicy('page.tsx', tsx);
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share').map((d) => d.type === 'share' && `${d.services} [${d.categories}]`), ['checkr [user.name,user.demographic.date_of_birth]', 'openai []']);
  });

  it('reads Gmail data as email content, and leaves data named in an exception out of the ban', () => {
    const p = parsePolicy('p.md', '# P\n\n## Google data\n\nWe do not use data obtained from Gmail scopes to train AI models.\n\nWe do not share your contact list with third parties, except as necessary to provide the service (e.g., sending an email).\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'prohibit').map((d) => d.type === 'prohibit' && `${d.action} ${d.categories.join(',')} ${d.conditions.join(',')}`), ['use user.content.email_content ', 'share user.contact.address_book except']);
  });

  it('reads a sub-processor table: each vendor with the data it receives', () => {
    const p = parsePolicy('subprocessors.md', subprocessors);
    assert.deepEqual(summarize(p.declarations).filter((d) => /^\S+ share /.test(d)), [
      'sub-processors/amazon-web-services share aws [] {}',
      'sub-processors/postmark share postmark [user.name user.contact.email] {}',
      'sub-processors/sentry share sentry [user.device.ip_address user.unique_id] {}',
      'sub-processors/twilio share twilio [user.contact.phone_number] {}',
      'sub-processors/we-use-analytics-providers-to-understand share analytics [] {aggregated}',
    ]);
  });

  it('reads the same table from HTML inside MDX', () => {
    const mdx = subprocessors.replace(/\| Sub-processor[\s\S]*?\| Twilio .*\n/, (table) => {
      const rows = table.trim().split('\n').slice(2).map((r) => r.split('|').slice(1, -1).map((c) => c.trim()));
      return `<table>\n  <tbody>\n${rows.map((r) => `    <tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}\n  </tbody>\n</table>\n`;
    });
    const a = summarize(parsePolicy('a.md', subprocessors).declarations).filter((d) => /^\S+ share /.test(d)).map((d) => d.replace(/^\S+ /, ''));
    const b = summarize(parsePolicy('b.mdx', mdx).declarations).filter((d) => /^\S+ share /.test(d)).map((d) => d.replace(/^\S+ /, ''));
    assert.deepEqual(b, a);
  });

  it('reads negative statements with exceptions as rules, not bans, and scopes bans to the recipients they name', () => {
    const p = parsePolicy(
      'p.md',
      '# Policy\n\n## Sharing\n\n- We do not share your personal information with third parties except as described in this policy.\n- We never share your data with advertisers or data brokers.\n- We will not disclose your email address to Intercom.\n',
    );
    assert.deepEqual(summarize(p.declarations), [
      'sharing/we-do-not-share-your-personal prohibit share user to=[third_party] for=[] if=[except as described]',
      'sharing/we-never-share-your-data-with prohibit share user to=[advertising data_enrichment marketing] for=[marketing]',
      'sharing/we-will-not-disclose-your-email prohibit share user.contact.email to=[intercom] for=[]',
    ]);
  });

  it('reads a vendor named in a cookie section as a recipient, but not a cookie category', () => {
    const p = parsePolicy('p.md', '# Policy\n\n## Cookies\n\n- We use Google Analytics to understand how visitors use the site.\n- Analytics cookies: help us improve the product.\n\n## What we collect\n\n- Your email address.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => /^\S+ share /.test(d)), ['cookies/we-use-google-analytics-to-understand share google-analytics [] {}']);
  });

  it('declares a vendor outside the catalog that the policy names, by its host', () => {
    const policy = '# Policy\n\n## What we collect\n\n- Your name, email address and employment history.\n\n## Who receives it\n\n- Checkr runs background checks with your consent.\n- Stripe processes payments.\n';
    const code = { 'src/screen.ts': "import axios from 'axios';\nexport async function screen(a: { email: string; fullName: string }) {\n  await axios.post('https://api.checkr.com/v1/candidates', { email: a.email, name: a.fullName });\n  await axios.post('https://api.screeningco.io/v1/run', { email: a.email });\n}\n" };
    assert.deepEqual(brief(analyze(code, policy, 'policy.md')), ['undeclared-sharing src/screen.ts:4:9']);
  });

  it('declares a host whose hyphenated label is a multi-word name in the policy ("Harrowgate Mutual" → harrowgate-mutual.com)', () => {
    const policy = 'P\n\nSHARING\n\nWe share personal information only with the following parties:\n\n  - Harrowgate Mutual Society (travel insurance): receives your name and date of birth.\n';
    const code = { 'src/quote.ts': "import axios from 'axios';\nexport async function quote(a: { fullName: string; dateOfBirth: string; email: string }) {\n  await axios.post('https://api.harrowgate-mutual.com/quotes', { name: a.fullName, dob: a.dateOfBirth });\n  await axios.post('https://partners.harrowgate-mutual.com/leads', { email: a.email });\n}\n" };
    assert.deepEqual(analyze(code, policy, 'policy.txt').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.line} ${f.dataCategories.join(',')}`), ['sharing-condition-unmet 4 user.contact.email']);
  });

  const code = {
    'src/notify.ts': [
      "import * as Sentry from '@sentry/node';",
      "import twilio from 'twilio';",
      "import postmark from 'postmark';",
      "import Mixpanel from 'mixpanel';",
      "const sms = twilio('sid', 'token');",
      "const mail = new postmark.ServerClient('k');",
      "const mp = Mixpanel.init('t');",
      'export async function notify(user: { id: string; email: string; phone: string; name: string }) {',
      '  await sms.messages.create({ to: user.phone, body: "hi" });',
      '  await mail.sendEmail({ To: user.email, Subject: `Hi ${user.name}` });',
      '  Sentry.setUser({ id: user.id, email: user.email });',
      "  mp.track('notified', { distinct_id: user.email });",
      '}',
      '',
    ].join('\n'),
  };

  it('declares the vendors it names, with the data it says they receive, and only those', () => {
    assert.deepEqual(brief(analyze(code, subprocessors, 'policy.md')), ['sharing-condition-unmet src/notify.ts:11:3', 'undeclared-sharing src/notify.ts:12:3']);
  });
  it('reads a generated policy\'s list item that holds headings as sections, "Personal Data processed:" as all the service under its heading gets, and "the Owner" as the product', () => {
    const page = "export default function Privacy() {\n  return (\n    <main>\n      <h1>Privacy Policy of acme.io</h1>\n      <p>The Owner takes appropriate security measures. The Owner may process Personal Data. The Owner does not sell it.</p>\n      <ul>\n        <li>\n          <h3>Analytics</h3>\n          <p>The services contained in this section enable the Owner to monitor and analyze web traffic.</p>\n          <h4>PostHog (PostHog, Inc.)</h4>\n          <p>PostHog is a product analytics service provided by PostHog, Inc.</p>\n          <p>Personal Data processed: number of Users; session statistics; Usage Data.</p>\n        </li>\n      </ul>\n    </main>\n  );\n}\n";
    const p = parsePolicy('page.tsx', page);
    assert.deepEqual(p.selfNames?.includes('owner'), true);
    const sh = p.declarations.filter((d) => d.type === 'share' && d.services.includes('posthog') && d.closed);
    assert.deepEqual(sh.map((d) => d.type === 'share' && [d.clause, d.categories]), [['posthog-posthog-inc/personal-data-processed', ['user.behavior']]]);
    const code = { 'src/ph.ts': "import posthog from 'posthog-js';\nexport const who = (u: { email: string }) => posthog.identify(u.email);\n" };
    // (An item with a heading and its own text is one item: `<li><h3>What we collect</h3><br />a. …</li>`.)
    const item = parsePolicy('page.tsx', "export default () => (\n  <ol>\n    <li>\n      <h3>Information We Collect</h3>\n      <br />\n      a. Personal Information: When you create an account, we collect your name and email address.\n    </li>\n  </ol>\n);\n");
    assert.deepEqual(only(item.declarations, 'collect').map((d) => d.type === 'collect' && d.categories), [['user.name', 'user.contact.email']]);
    assert.deepEqual(analyze(code, page, 'page.tsx').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`), ['sharing-condition-unmet src/ph.ts:2 user.contact.email']);
  });

  it("holds a sub-processor table row's data over a sentence that only names the vendor; a ban on a kind of recipient or on selling limits no processor; \"we configure it not to\" limits the vendor just named", () => {
    const html = '<h1>Privacy</h1>\n<h2>Who receives your data</h2>\n<table>\n<tr><th>Provider</th><th>Purpose</th><th>Data</th></tr>\n<tr><td>Sentry</td><td>Crash reporting</td><td>Device information</td></tr>\n<tr><td>Supabase</td><td>Database</td><td>Everything in your account</td></tr>\n</table>\n<p>Supabase and Sentry process data only on our instructions. We never share your location with advertisers, and we do not sell your personal information.</p>\n<h2>Email</h2>\n<p>Postmark delivers our emails. We configure it not to collect your phone number.</p>\n';
    const code = {
      'src/monitoring.ts': "import * as Sentry from '@sentry/node';\nexport const who = (u: { id: string; email: string }) => Sentry.setUser({ id: u.id, email: u.email });\n",
      'src/db.ts': "import { createClient } from '@supabase/supabase-js';\nconst db = createClient('u', 'k');\nexport const save = (p: { gender: string }) => db.from('profiles').insert({ gender: p.gender });\n",
      'src/phone.ts': "export type Contact = { homePhone: string };\n",
    };
    const p = parsePolicy('p.html', html);
    const shares = p.declarations.filter((d) => d.type === 'share' && d.services.includes('supabase'));
    assert.deepEqual(shares.map((d) => d.type === 'share' && [d.closed ?? false, d.excludes ?? []]), [[false, []], [false, []]]);
    assert.deepEqual(p.declarations.filter((d) => d.type === 'prohibit' && d.clause.startsWith('email/')).map((d) => d.type === 'prohibit' && [d.action, d.categories, d.services]), [['share', ['user.contact.phone_number'], ['postmark']]]);
    assert.deepEqual(analyze(code, html, 'p.html').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`), ['sharing-condition-unmet src/monitoring.ts:2 user.contact.email']);
  });

  it('holds an "only" list over a mention of the vendor when "only" is said of what the vendor gets, not of what we see', () => {
    const code = { 'src/pay.ts': "import Stripe from 'stripe';\nconst stripe = new Stripe('k');\nexport const customer = (u: { email: string; fullName: string }) => stripe.customers.create({ email: u.email, name: u.fullName });\n" };
    const sharing = (policy: string) => analyze(code, policy, 'p.md').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.dataCategories}`);
    assert.deepEqual(sharing('# Privacy\n\n## Payments\n\nWe use Stripe for payments.\n\nStripe receives only your email address.\n'), ['sharing-condition-unmet src/pay.ts:3 user.name']);
    assert.deepEqual(sharing('# Privacy\n\n## Payments\n\nWe use Stripe for payments.\n\nPayment card details and your name are collected by Stripe. We only see the last four digits.\n'), []);
  });

  it('takes a kind listed as an item beside named vendors in one list as a vendor the policy chose not to name', () => {
    const policy = '# Privacy\n\n## Third-party tools\n\nWe use third-party tools and subprocessors. These may include:\n\n- **Cloudflare** (hosting and CDN)\n- **Railway** and **Render** (application hosting)\n- Email delivery providers\n- **PostHog** (product analytics)\n- **Umami** (website analytics)\n';
    const code = {
      'src/mail.ts': "import postmark from 'postmark';\nconst client = new postmark.ServerClient('k');\nexport const welcome = (u: { email: string }) => client.sendEmail({ From: 'hi@acme.io', To: u.email, Subject: 'Hi', TextBody: 'Hi' });\n",
      'src/track.ts': "import mixpanel from 'mixpanel-browser';\nexport const who = (u: { email: string }) => mixpanel.identify(u.email);\n",
    };
    assert.deepEqual(analyze(code, policy, 'p.md').filter((f) => f.kind === 'sharing').map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.recipient?.name}`), ['undeclared-sharing src/track.ts:2 Mixpanel']);
  });

  it('reads preformatted HTML text as plain text: blank lines part paragraphs, dashes are items, lines stay the file\'s', () => {
    const html = '<html><body>\n<h1>Acme Privacy Policy</h1>\n  <pre>\n\n    Acme does not collect any personally\n    identifiable information.\n\n    Acme sends usage statistics to Google Analytics:\n\n    - clicks within the app\n    - completed downloads\n  </pre>\n</body></html>\n';
    const p = parsePolicy('p.html', html);
    assert.deepEqual(p.clauses.map((c) => [c.line, c.endLine, c.text]), [
      [5, 6, 'Acme does not collect any personally identifiable information.'],
      [8, 8, 'Acme sends usage statistics to Google Analytics:'],
      [10, 10, 'clicks within the app'],
      [11, 11, 'completed downloads'],
    ]);
  });

  it('reads a list of logged events: "User authentication events" and "last login timestamps" are login history; "Content publishing events" names a kind of record, no disclosure', () => {
    const md = '# Privacy Policy\n\n## What we collect\n\n**User Account Data**\n- Email addresses (for authentication and account management)\n- Account creation and last login timestamps\n\n**System Logs**\n- Content publishing events\n- User authentication events\n';
    assert.deepEqual(summarize(parsePolicy('p.md', md).declarations), [
      'user-account-data/email-addresses-for-authentication-and-account collect user.contact.email user.behavior.login_history',
      'system-logs/user-authentication-events collect user.behavior.login_history',
    ]);
  });
});
