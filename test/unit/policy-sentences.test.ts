import assert from 'node:assert/strict';
import { parsePolicy, type Declaration } from '../../src/core/policy';
import type { ProhibitDecl, ShareDecl } from '../../src/core/policy/model';
import { PolicyIndex } from '../../src/core/policy/query';
import { summarize } from './policy-seed.test';
import { analyze, brief } from '../helpers';

/** A policy of one section around the sentence, plus a collection so that the policy is never empty. */
function read(section: string, sentence: string, file = 'p.md'): string[] {
  const text = `# Acme Privacy Policy\n\n## What we collect\n\n- Your email address.\n\n## ${section}\n\n${sentence}\n`;
  return summarize(parsePolicy(file, text).declarations).filter((d) => !d.startsWith('what-we-collect/'));
}

const only = (ds: Declaration[], type: Declaration['type']) => ds.filter((d) => d.type === type);

describe('policy reader: sentence shapes (invented sentences)', () => {
  const table: [string, string, string, string[]][] = [
    ['a lead-in that names data by how it is kept ("Information stored about a registered user is limited to:") collects its items', 'Accounts', 'Information stored about a registered user is limited to:\n\n- your watch history\n- your username and a hash of your password', ['accounts/your-watch-history collect user.behavior.media_consumption user.account.username user.authorization.password']],
    ['"Personally Identifiable Information" written in capitals is data, not a vendor called "Identifiable"', 'Information we gather', 'Personally Identifiable Information may include information such as your name, email address, and other related information that you provide to us.', ['information-we-gather/personally-identifiable-information-may-include-information collect user.name user.contact.email']],
    ['"route" and "relay" pass data on ("We route your traffic through Cloudflare", "Messages are relayed through Twilio"); a web application firewall and DDoS protection are fraud prevention', 'Infrastructure', 'We route your traffic through Cloudflare.\n\nWe also use a third-party Web Application Firewall and a DDoS protection service.\n\nMessages are relayed through Twilio.', ['infrastructure/we-route-your-traffic-through-cloudflare share cloudflare [] {}', 'infrastructure/we-also-use-a-third-party share fraud_prevention [] {}', 'infrastructure/messages-are-relayed-through-twilio share twilio [user.content.private] {}']],
    ['an aside whose subject is the data just named ("(these data will be protected and not shared with third parties)", "(it is never sold)") is a clause of its own about that data', 'Navigation', 'We collect your location when you use navigation (these data will be protected and not shared with third parties).\n\nWe collect your phone number for login (it is never sold).', ['navigation/we-collect-your-location-when-you collect user.location', 'navigation/we-collect-your-location-when-you prohibit share user.location to=[third_party] for=[]', 'navigation/we-collect-your-phone-number-for collect user.contact.phone_number', 'navigation/we-collect-your-phone-number-for prohibit share user.contact.phone_number to=[] for=[sale]']],
    ['a vendor item\'s "no account information is included" says what the vendor does not get, no ban on collecting account data', 'Service providers', '- **Anthropic** — drafts summaries when you ask. We send the document text; no account information is included.', ['service-providers/anthropic share anthropic [] {}']],
    ['"SSN" in a vendor row is a social security number; "We do not store the background report itself" rules out the report of a background check', 'Who gets it', '| Vendor | Purpose | Data |\n|---|---|---|\n| Checkr | Background checks | Name, date of birth, SSN and ZIP code |\n\nWe keep only the outcome of the check. We do not store the background report itself.', ['who-gets-it/checkr share checkr [user.name user.demographic.date_of_birth user.government_id.national_identification_number user.contact.address.postal_code] {}', 'who-gets-it/we-keep-only-the-outcome-of prohibit collect user.criminal_history to=[] for=[]']],
    ['"never added to our CRM or to marketing lists" is never sent to a CRM or a marketing tool; "added to your cart" sends nothing', 'Sharing', 'Your details are never added to our CRM or to marketing lists.\n\nItems are added to your cart.', ['sharing/your-details-are-never-added-to prohibit share user to=[crm advertising marketing] for=[marketing]']],
    ['"your native language, the languages you are learning" are languages a person speaks', 'Information we collect', '**Account information.** Your email address, a display name, your native language, the languages you are learning and your level.', ['information-we-collect/account-information-your-email-address-a collect user.account user.contact.email user.name user.demographic.language']],
    ['"We don\'t transmit your data anywhere except to store it securely with our cloud provider": the one the excepted purpose hands the data to receives it, unlimited by the ban; "except to comply with the law" names no one', 'Sharing', 'We don\'t transmit your data anywhere except to store it securely with our cloud provider and to show it to you in the app.\n\nWe do not share your data except to comply with the law.', ['sharing/we-don-t-transmit-your-data share cloud_hosting [] {}', 'sharing/we-don-t-transmit-your-data prohibit share user to=[] for=[] if=[except]', 'sharing/we-do-not-share-your-data prohibit share user to=[] for=[] if=[except]']],
    ['a table of kinds of data whose "Source" column names a vendor ("Services automatically (PostHog)", "Payment processor (Stripe)"): that vendor gets the row\'s data; "You" is no vendor', 'Data we collect', '| Category | Examples | Source |\n|---|---|---|\n| Usage Data | Feature clicks, error logs (captured via PostHog) | Services automatically (PostHog) |\n| Payment Data | Tokenized card details, billing address | Payment processor (Stripe) |\n| Account Data | Name and email address | You |', ['data-we-collect/usage-data collect user.behavior user.behavior.clickstream user.telemetry', 'data-we-collect/usage-data share posthog [user.behavior user.behavior.clickstream user.telemetry] {}', 'data-we-collect/payment-data collect user.financial.credit_card user.financial.bank_account user.contact.address', 'data-we-collect/payment-data share stripe [user.financial.credit_card user.financial.bank_account user.contact.address] {}', 'data-we-collect/account-data collect user.account user.name user.contact.email']],
    ['"connects to Dropbox", "sync with Google Calendar": the product reaches the vendor with what it syncs; "You can connect to Slack" is the user\'s doing', 'Sync', 'The app connects to Dropbox to sync your notes.\n\nWe sync with Google Calendar to show your events.\n\nYou can connect to Slack in settings.', ['sync/the-app-connects-to-dropbox-to share dropbox [user.content] {}', 'sync/we-sync-with-google-calendar-to share google-calendar [] {}']],
    ['"These logs" are the logs the sentence before describes, with what they hold', 'Logs', 'Our servers generate short-lived logs that may include the requesting IP address and the User-Agent string. These logs are not used to build user profiles.', ['logs/our-servers-generate-short-lived-logs collect user.telemetry user.device.ip_address user.device.user_agent', 'logs/our-servers-generate-short-lived-logs prohibit use user.telemetry user.device.ip_address user.device.user_agent to=[] for=[tracking]']],
    ['"we don\'t run ads", "No ads." rule out advertising networks (not "We do not show ads to paying users"); processors that "adhere to the standards set by PCI-DSS" still receive what the clause says', 'Ads', 'We never sell data, we don\'t run ads, and we don\'t use tracking cookies.\n\nNo ads.\n\nWe do not show ads to paying users.\n\nPayments are handled by our payment processor. These processors adhere to the standards set by PCI-DSS.', ['ads/we-never-sell-data-we-don prohibit share user to=[] for=[sale]', 'ads/we-never-sell-data-we-don prohibit share user to=[advertising marketing] for=[marketing]', 'ads/we-never-sell-data-we-don prohibit collect user.device.cookie_id to=[] for=[tracking]', 'ads/no-ads prohibit share user.behavior to=[advertising marketing] for=[marketing]', 'ads/payments-are-handled-by-our-payment share payment_processor [] {}', 'ads/payments-are-handled-by-our-payment share service_provider [] {}']],
    ['"does not send or upload your data anywhere", "do not send any data to any service without your authorisation": to anyone at all (no vendor named, still a ban, with its exception or condition)', 'Sharing', 'Acme does not send or upload your data anywhere, except where strictly necessary for the app to work.\n\nThe Acme apps do not send any data to any service without your authorisation.', ['sharing/acme-does-not-send-or-upload prohibit share user to=[] for=[] if=[except]', 'sharing/the-acme-apps-do-not-send prohibit share user to=[] for=[] if=[without consent]']],
    ['a comma between two clauses that each open with "we" ends the first ("we do not attempt to track people …, we strive to collect only the personal information we need" bans tracking, not collecting); "your activity across unrelated websites" is browsing history', 'Tracking', 'We do our best to protect everyone\'s privacy: we do not attempt to track people who visit our website, we strive to collect only the personal information we actually need, and we do not sell it to anyone.\n\nWe do not use advertising cookies or track your activity across unrelated websites.', ['tracking/we-do-our-best-to-protect prohibit use user.behavior to=[] for=[tracking]', 'tracking/we-do-our-best-to-protect prohibit share user to=[] for=[sale]', 'tracking/we-do-not-use-advertising-cookies prohibit share user.device.cookie_id to=[advertising marketing] for=[marketing]', 'tracking/we-do-not-use-advertising-cookies prohibit collect user.behavior.browsing_history to=[] for=[tracking]']],
    ['"The data that this service collects is not sold to third parties": a relative clause says which data (no pronoun for data named before); "data on users\' use of the bot" is how the product is used, "use of" no verb', 'Data', 'The data that this service collects is not sold to third parties.\n\nAdditional data on users\' use of the bot can be collected for maintenance.', ['data/the-data-that-this-service-collects prohibit share user to=[third_party] for=[sale]', 'data/additional-data-on-users-use-of collect user.behavior.app_usage']],
    ['"Deleted messages within this 24h are cleared 5 minutes after deletion": "this 24h" points back, the messages are kept 5 minutes; "may be logged for 14 days" is a period', 'Retention', 'Recent messages are stored for 24h. Deleted messages within this 24h are cleared 5 minutes after deletion.\n\nWhen connecting to our game servers, the project ID and username may be logged for 14 days.', ['retention/recent-messages-are-stored-for-24h retain recent message 1', 'retention/recent-messages-are-stored-for-24h retain message 0 (after deletion)', 'retention/when-connecting-to-our-game-servers collect user.account.username', 'retention/when-connecting-to-our-game-servers retain when connecting game server project id username 14']],
    ['"kept until the server stops using Acme", "stored as long as the server uses Acme": as long as the customer uses the product', 'Retention', 'Infraction records are kept until the server stops using Acme unless explicitly deleted. User information is stored as long as the server uses Acme.', ['retention/infraction-records-are-kept-until-the retain infraction account lifetime', 'retention/infraction-records-are-kept-until-the retain user account lifetime']],
    ['"When you register, your account ID, your username, and your preferences are stored": every item of the list after the opener is the subject', 'Registration', 'When you register, your account ID, your username, and your preferences are stored in a database.', ['registration/when-you-register-your-account-id collect user.unique_id user.account.username user.account.settings']],
    ['"We do not record your voice" rules out audio; "… are outside of our control" and "… adheres to the Google API Services User Data Policy" share nothing', 'Other', 'We do not record your voice.\n\nCustom servers and third-party extensions are outside of our control.\n\nAcme\'s use of information received from Google APIs adheres to the Google API Services User Data Policy.', ['other/we-do-not-record-your-voice prohibit collect user.content.audio to=[] for=[]']],
    ['"Server logs in Datadog" are logs kept at a vendor, no sign-in; "users who log in" do sign in', 'Retention', '- Server logs in Datadog: 15 days.\n- Users who log in keep their session for 30 days.', ['retention/server-logs-in-datadog-15-days retain server log datadog 15', 'retention/users-who-log-in-keep-their retain user who login 30']],
    ['"the location of your own phone or computer" is a location, not a phone number; "the rider\'s position", a "GPS position" are precise locations', 'On the way', 'We use the rider\'s GPS position to calculate the route. We do not collect or track the location of your own phone or computer.\n\nGoogle Maps receives your delivery address and the rider\'s position.', ['on-the-way/we-use-the-rider-s-gps collect user.location.precise', 'on-the-way/we-use-the-rider-s-gps prohibit collect user.location to=[] for=[]', 'on-the-way/google-maps-receives-your-delivery-address share google-maps [user.contact.address user.location.precise] {}']],
    ['"information that is already public via GitHub" says where the data is public, a source, not a recipient', 'Information', 'We collect personally identifiable information (information that is already public via GitHub).\n\nWe share your email with GitHub.', ['information/we-share-your-email-with-github share github [user.contact.email] {}']],
    ['"We do not use third-party cookies" rules out other companies\' cookies, not the product\'s own; "we do not have access to your passwords", "we never see your password" say how a password is held (hashed), not that it is not', 'Cookies', 'We do not use third-party cookies.\n\nWe do not have access to your passwords. We never see your password.', ['cookies/we-do-not-use-third-party prohibit share user.device.cookie_id to=[third_party] for=[]']],
    ['a feature "managed by" or "powered by" a vendor is that vendor\'s to process; "You can manage cookie preferences" is the user\'s doing', 'Services', 'Our newsletter is managed by Buttondown.\n\nSearch is powered by Algolia.\n\nYou can manage cookie preferences in your browser.', ['services/our-newsletter-is-managed-by-buttondown share buttondown [] {}', 'services/search-is-powered-by-algolia share algolia [] {}']],
    ['the recipients a sharing ban names as its exception receive what it is about ("with anyone except our SMS provider, Twilio", "Other than Mailgun, …, no third party receives"); "except as required by law" names no one; an aside after a retention subject ("Access logs, including IP addresses,") is still the subject', 'Sharing', 'We will not share your phone number with anyone except our SMS provider, Twilio.\n\nOther than Mailgun, which sends our emails, no third party receives your email address.\n\nWe do not share your data with third parties except Stripe, which processes payments.\n\nWe do not share your data except as required by law.\n\nAccess logs, including IP addresses, are retained for 14 days.', ['sharing/we-will-not-share-your-phone share twilio [user.contact.phone_number] {}', 'sharing/we-will-not-share-your-phone prohibit share user.contact.phone_number to=[] for=[] if=[except]', 'sharing/other-than-mailgun-which-sends-our share mailgun [user.contact.email] {}', 'sharing/we-do-not-share-your-data share stripe [] {}', 'sharing/we-do-not-share-your-data prohibit share user to=[] for=[] if=[except]', 'sharing/we-do-not-share-your-data-2 prohibit share user to=[] for=[] if=[except legal]', 'sharing/access-logs-including-ip-addresses-are collect user.telemetry user.device.ip_address', 'sharing/access-logs-including-ip-addresses-are retain access log 14']],
    ['"any personal information beyond your email address" bans everything but the email (a rule with an exception), not the email; "…; we then delete your data" keeps the data, not "then"', 'Data', 'We do not collect any personal information beyond your email address. You can delete your account at any time; we then delete your data within 30 days.', ['data/we-do-not-collect-any-personal prohibit collect user to=[] for=[] if=[except]', 'data/we-do-not-collect-any-personal retain  30']],
    ['one retention verb shared by two record kinds ("chat logs for 90 days and invoices for seven years", "… after 30 days, backups after 90 days") gives each its own period; "and then deleted within 7 days" is the same data', 'Retention', 'We keep chat logs for 90 days and invoices for seven years. Server logs are deleted after 30 days, backups after 90 days. Data is kept for 30 days and then deleted within 7 days.', ['retention/we-keep-chat-logs-for-90 retain chat log 90', 'retention/we-keep-chat-logs-for-90 retain invoice 2556.75', 'retention/we-keep-chat-logs-for-90 retain server log 30', 'retention/we-keep-chat-logs-for-90 retain backup 90', 'retention/we-keep-chat-logs-for-90 retain  30']],
    ['"any LinkedIn or portfolio link you give us", "your GitHub URL": the vendor says whose link it is, it receives nothing', 'Candidates', 'We collect any LinkedIn or portfolio link you give us. We also keep your GitHub URL.', ['candidates/we-collect-any-linkedin-or-portfolio collect user.contact.url']],
    ['"via CSV import" names a file format, not a recipient; "financial health scores" and "health checks" are no one\'s health', 'Features', 'We import bank transactions via CSV import. We generate reports and financial health scores. We run health checks on our servers.', []],
    ['"disability status" is a disability, "your LinkedIn link and portfolio website" a social profile and a website; "visitors with a disability" collects nothing', 'Candidates', '- Self-identification: gender, veteran status and disability status.\n- Links: your LinkedIn link and your portfolio website.\n\nOur office is accessible for visitors with a disability.', ['candidates/self-identification collect user.demographic.gender user.demographic.veteran_status user.health_and_medical.disability', 'candidates/links collect user.social user.contact.url']],
    ['"There are no embedded analytics services or advertising networks" rules out recipients of those kinds; "No marketing or advertising use", "No automated decision-making or profiling" rule out uses; "There is no charge" is nothing', 'Sharing', 'There are no embedded analytics services or advertising networks in the app. There is no charge for exports.\n\n- No marketing or advertising use\n- No automated decision-making or profiling', ['sharing/there-are-no-embedded-analytics-services prohibit share user.behavior to=[analytics advertising marketing] for=[marketing]', 'sharing/no-marketing-or-advertising-use prohibit use user to=[advertising marketing] for=[marketing]', 'sharing/no-automated-decision-making-or-profiling prohibit use user to=[] for=[tracking]']],
    ['"does not transmit any data to third-party servers" in a policy that lists the services the user connects the product to holds except for those (a condition); beside a vendor the product itself uses, it stays a ban', 'Sharing', 'The app does not transmit any data to third-party servers.\n\nThe app may connect to services as configured by you:\n\n- Notification services (Slack, Discord)', ['sharing/the-app-does-not-transmit-any prohibit share user to=[third_party] for=[] if=[except services you connect]', 'sharing/notification-services-slack-discord share slack discord [] {}']],
    ['(the same ban beside a vendor the product uses)', 'Sharing', 'The app does not transmit any data to third-party servers.\n\nNotifications go to Slack.', ['sharing/the-app-does-not-transmit-any prohibit share user to=[third_party] for=[]', 'sharing/notifications-go-to-slack share slack [] {}']],
    ['"Data retained until account deletion", "Upon account deletion request, all data is permanently deleted": as long as the account; a "Data Retention" label names no data of its own', 'Retention', '- **Data Retention**: Data retained until account deletion or as required by law\n- **Account Deletion:** Upon account deletion request, all data is permanently deleted immediately', ['retention/data-retention retain  account lifetime', 'retention/account-deletion retain account deletion account lifetime']],
    ['"We do not store payment card information — all payment data is handled by Stripe": the dash starts a clause of its own (the ban is on cards only)', 'Payments', 'We do not store payment card information — all payment data is handled by Stripe.', ['payments/we-do-not-store-payment-card share stripe [user.financial user.financial.credit_card user.financial.bank_account] {}', 'payments/we-do-not-store-payment-card prohibit collect user.financial.credit_card to=[] for=[]']],
    ['"advertising identifiers" name data, not a purpose; ", and Acme does not track you" is a commitment of its own; "your phone model" is the device\'s, "sign in on a new phone" names no number', 'Device', 'We do not collect advertising identifiers (IDFA or Google Advertising ID), and Acme does not track you across other companies\' apps.\n\nWe collect your phone model so that you can sign in on a new phone.', ['device/we-do-not-collect-advertising-identifiers prohibit collect user.device.advertising_id to=[] for=[]', 'device/we-do-not-collect-advertising-identifiers prohibit use user.behavior to=[] for=[tracking]', 'device/we-collect-your-phone-model-so collect user.device.model']],
    ['"Upon your request to terminate your account, we will deactivate or delete your account" keeps the account as long as it is open', 'Retention', 'Upon your request to terminate your account, we will deactivate or delete your account and information from our active databases.', ['retention/upon-your-request-to-terminate-your retain account account lifetime']],
    ['"how much or how often you give" is a donor\'s giving history, a history of transactions', 'Sharing', 'We never share how much or how often you give with our email provider.', ['sharing/we-never-share-how-much-or prohibit share user.financial.transactions to=[email_delivery] for=[]']],
    ['"we use a third-party service to collect … to help us diagnose and fix issues" is an error-monitoring provider; "third-party service providers to manage our communications with you" deliver messages', 'Providers', 'When the app crashes, we use a third-party service to collect error details in order to help us diagnose and fix issues.\n\nWe may use third-party service providers to manage our communications with you.', ['providers/when-the-app-crashes-we-use share error_monitoring [] {}', 'providers/we-may-use-third-party-service share email_delivery messaging [] {}']],
    ['"including but not limited to your name and email address" is an open list, not a clause that says "not"', 'Account', 'We collect personal information, including but not limited to your name and email address.', ['account/we-collect-personal-information-including-but collect user.name user.contact.email']],
    ['"share or receive information with/from third parties, including advertising providers": whom it is shared with', 'Advertisers', 'We may share or receive information about you with/from third parties, including advertising providers.', ['advertisers/we-may-share-or-receive-information share advertising [] {}']],
    ['"your payment instrument number and its security code" is a payment card; "information from your device" is device data; "error messages" from a crash are telemetry, not correspondence', 'Payments and crashes', 'We may collect your payment instrument number and the security code associated with your payment instrument. We collect information from your device. If the app crashes, we collect error messages.', ['payments-and-crashes/we-may-collect-your-payment-instrument collect user.financial.credit_card user.device user.telemetry']],
    ['"Nothing is uploaded automatically", "nothing is sent anywhere to produce it": what a default or one feature does not send is no rule about the data; "No data is automatically shared with third parties" stays a rule with that exception; "Nothing is sent to third parties" stays a ban', 'Health data', 'The summary is computed on your phone; nothing is sent anywhere to produce it. Nothing is uploaded automatically.\n\nNo data is automatically shared with any third parties.\n\nNothing is sent to third parties.', ['health-data/no-data-is-automatically-shared-with prohibit share user to=[third_party] for=[] if=[automatically]', 'health-data/nothing-is-sent-to-third-parties prohibit share user to=[third_party] for=[]']],
    ['"publicly available Open Graph metadata" describes what is fetched, not that we publish it; "Your profile is publicly available to anyone" is shown to others', 'Saved links', 'When you save links, we store the URL, page title and publicly available Open Graph metadata. Your username is publicly available to anyone.', ['saved-links/when-you-save-links-we-store collect user.behavior.browsing_history', 'saved-links/when-you-save-links-we-store share other_users [user.account.username] {}']],
    ['"AppsFlyer: … We do not share identifiable data with third parties": what the vendor of the item gets is not identifiable (a condition), no ban; the next item is untouched', 'Analytics', '- **AppsFlyer:** Tracks app installs to attribute downloads. We do not share identifiable data with third parties.\n- **Sentry:** Receives error reports.', ['analytics/appsflyer share appsflyer [] {anonymized}', 'analytics/sentry share sentry [] {}']],
    ['"session tokens" and "auth tokens" are credentials, "refresh tokens" a sign-in provider\'s tokens', 'Data we keep', 'We keep a list of session tokens for keeping you logged in, your auth tokens and the refresh tokens Google issues.', ['data-we-keep/we-keep-a-list-of-session collect user.authorization.credentials user.authorization.oauth_token']],
    ['"This website does not store the visitor\'s IP address and does not use fingerprinting": a site\'s visitors are the people it serves (no scope), and each negated verb phrase is its own ban; visitors of a customer\'s site stay a scope', 'Log data', "This website does not store the visitor's IP address and does not use fingerprinting. Our customers' visitors are not tracked across sites. We do not store IP addresses of visitors.", ['log-data/this-website-does-not-store-the prohibit collect user.device.ip_address to=[] for=[]', 'log-data/this-website-does-not-store-the prohibit collect user.device.fingerprint to=[] for=[]', 'log-data/this-website-does-not-store-the prohibit use user.behavior to=[] for=[tracking] if=[visitors]', 'log-data/this-website-does-not-store-the prohibit collect user.device.ip_address to=[] for=[] if=[visitors]']],
    ['"Information We Do Not Collect: - Your browsing history outside of pages you capture": a nominal item with a scope of its own (a verb in it) is a ban within that scope only', 'Information We Do Not Collect', '- Your browsing history outside of pages you explicitly capture\n- Biometric data', ['information-we-do-not-collect/your-browsing-history-outside-of-pages prohibit collect user.behavior.browsing_history to=[] for=[] if=[outside]', 'information-we-do-not-collect/biometric-data prohibit collect user.biometric to=[] for=[]']],
    ['"We do not analyze code content" rules out looking into what the product may hold (a use), not holding it', 'Your code', 'We do not analyze code content or intellectual property.', ['your-code/we-do-not-analyze-code-content prohibit use user.content to=[] for=[]']],
    ['"We never buy, sell, or broker user data", "We never buy or sell your contacts": verbs of trading joined before "sell" keep its negation', 'Sharing', 'We never buy, sell, or broker user data. We never buy or sell your contacts.', ['sharing/we-never-buy-sell-or-broker prohibit share user to=[] for=[sale]', 'sharing/we-never-buy-sell-or-broker prohibit share user.contact.address_book to=[] for=[sale]']],
    ['"This does not include trusted third parties who assist us …" after a ban on selling, trading or otherwise transferring to outside parties (third parties): the recipients the ban leaves out are recipients, and both bans have that exception', 'Sharing', 'We do not sell, trade, or otherwise transfer your personal information to outside parties. This does not include trusted third parties who assist us in operating our website, so long as those parties agree to keep this information confidential.', ['sharing/we-do-not-sell-trade-or share service_provider [] {}', 'sharing/we-do-not-sell-trade-or prohibit share user to=[third_party] for=[sale] if=[except]', 'sharing/we-do-not-sell-trade-or prohibit share user to=[third_party] for=[] if=[except]']],
    ['"This does not include your payment details" names data, not recipients: no share', 'Sharing', 'We do not sell your personal information. This does not include your payment details.', ['sharing/we-do-not-sell-your-personal prohibit share user to=[] for=[sale]']],
    ['"Acme telemetry is: - ❌ Not sent to any remote server": a lead-in naming the product\'s data and items that say what is not done with it; the cross mark is the bullet', 'Telemetry', 'Acme telemetry is:\n\n- ❌ Not sent to any remote server\n- ❌ Not sold or monetized', ['telemetry/not-sent-to-any-remote-server prohibit share user.telemetry to=[] for=[]', 'telemetry/not-sold-or-monetized prohibit share user.telemetry to=[] for=[sale]']],
    ['"Since Acme telemetry: - Does NOT collect your name": the product as the subject of an item that opens with "does not"', 'GDPR', 'Since Acme telemetry:\n\n- Does NOT collect your name\n- Stores data locally', ['gdpr/does-not-collect-your-name prohibit collect user.name to=[] for=[]']],
    ['"We use Plausible Analytics, which: - Does not collect personal data": the vendor\'s behaviour, no ban of ours', 'Analytics', 'We use Plausible Analytics, which:\n\n- Does not use cookies\n- Does not collect personal data', ['analytics/we-use-plausible-analytics-which share plausible [] {}']],
    ['"We collect …: - ❌ No tracking cookies" is what the collection leaves out; "(no cookies)" at the end of an aside is not collected', 'Usage', 'We collect a few counts about usage:\n\n- ✅ Page views, counted anonymously (no cookies)\n- ❌ No tracking cookies', ['usage/page-views-counted-anonymously-no-cookies collect user.behavior.clickstream', 'usage/no-tracking-cookies prohibit collect user.device.cookie_id to=[] for=[tracking]']],
    ['"No conversation content, API keys, or personal data is ever collected": a negative subject however long its list', 'Data', 'No conversation content, API keys, or personal data is ever collected.', ['data/no-conversation-content-api-keys-or prohibit collect user.content.private user.authorization.credentials to=[] for=[]']],
    ['", as we delegate this to Stripe" gives the reason: the vendor it names is not whom the ban is about; the share before a reason stands', 'Payments', 'We do not handle or store credit card information, as we delegate this to Stripe. We share your email with Stripe, as we need it to bill you.', ['payments/we-do-not-handle-or-store share stripe [user.contact.email] {}', 'payments/we-do-not-handle-or-store prohibit collect user.financial.credit_card to=[] for=[]']],
    ['"specific content like your notes" and "anything you type" are what people write', 'Tracking', 'I will never track specific content like your projects, tasks, or notes. I will never track the content of anything you type.', ['tracking/i-will-never-track-specific-content prohibit collect user.content to=[] for=[tracking]']],
    ['"deleted after a short period" and "keeping it for as long necessary" are periods without a number; "it" is whatever was named; "temporarily kept in your browser" is not ours; "We keep it for 30 days" names nothing to hold to a number', 'Retention', 'Logs are automatically rotated and deleted after a short period (usually days or weeks).\n\nIf you give us personal information, we will limit its use by only keeping it for as long necessary for the stated purpose.\n\nDrafts are temporarily kept in your browser.\n\nWe keep it for 30 days.', ['retention/logs-are-automatically-rotated-and-deleted retain log as long as necessary', 'retention/if-you-give-us-personal-information retain  as long as necessary']],
    ['"never leaves your device unless/except …" also rules out sending it anywhere but in the case it names, a rule with exceptions; said without one, it stays a ban scoped to the device', 'Storage', 'Data never leaves your machine unless you choose to export it.\n\nYour email address never leaves your device except when you turn on sync.\n\nYour email address never leaves your device.', ['storage/data-never-leaves-your-machine-unless prohibit share user to=[] for=[] if=[unless opt-in]', 'storage/your-email-address-never-leaves-your prohibit collect user.contact.email to=[] for=[] if=[except when]', 'storage/your-email-address-never-leaves-your prohibit share user.contact.email to=[] for=[] if=[except when]', 'storage/your-email-address-never-leaves-your-2 prohibit collect user.contact.email to=[] for=[]']],
    ['"servers in the Sydney region", "hosted in the us-east-1 region" say where data is kept, not a person\'s location; "your city and country" still is', 'Hosting', 'We are using AWS servers in the Sydney region. We store your city and country on servers in the EU region.', ['hosting/we-are-using-aws-servers-in collect user.contact.address.city user.location.imprecise user.contact.address.country', 'hosting/we-are-using-aws-servers-in share aws [] {}']],
    ['"basic user information" is the profile a sign-in gives: name, handle and picture', 'Dashboard', 'We store basic user information for dashboard logins.', ['dashboard/we-store-basic-user-information-for collect user.account user.name user.account.username user.content.self_image']],
    ['WHOIS information names a domain\'s registrant: name, organisation and contact details', 'Domain data', 'We collect domain registration and WHOIS information.', ['domain-data/we-collect-domain-registration-and-whois collect user.name user.workplace user.contact']],
    ['an age bracket collected ("how many of them are under 16") is no statement about children the data comes from', 'Bookings', 'When you book, we collect your name, email address and mobile number, your team name the number of players and how many of them are under 16.', ['bookings/when-you-book-we-collect-your collect user.name user.contact.email user.contact.phone_number']],
    ['collecting "from users under 16" is still about minors: no declaration', 'Bookings', 'We collect your email address from users under 16 only with consent.', []],
    ['"we tell Meta a sign-up happened using a hash of your email" is a share; "we will tell you" is none', 'Who helps us', 'If you join after clicking one of our ads, we tell Meta a sign-up happened using a one-way hash of your email address. We will tell you about changes to this policy.', ['who-helps-us/if-you-join-after-clicking-one share meta-pixel [user.contact.email] {}']],
    ['"their host\'s name" is a person\'s name; "the host name of your device" is the device\'s', 'Reception', "We send Slack the guest's first name and their host's name. We record the host name of your device.", ['reception/we-send-slack-the-guest-s collect user.device.name', 'reception/we-send-slack-the-guest-s share slack [user.name.first user.name] {}']],
    ['"the couple gives us your name …": someone who hands us the data is a source, what we get is collected', 'Guests', 'The couple gives us your name, your email address and, if they want printed invitations, your postal address.', ['guests/the-couple-gives-us-your-name collect user.name user.contact.email user.contact.address']],
    ['"Stripe sends us a confirmation of your payment": a vendor that sends us data is a source, not a recipient', 'Payments', 'Stripe sends us a confirmation of your payment and your billing postal code.', ['payments/stripe-sends-us-a-confirmation-of collect user.contact.address.postal_code']],
    ['"Apple sends us your name when you sign in with Apple": what the sign-in hands us is collected, Apple receives nothing', 'Signing in', 'Apple sends us your name and email address when you sign in with Apple.', ['signing-in/apple-sends-us-your-name-and collect user.name user.contact.email user.social.account']],
    ['"We do not use your data for: - Advertising - Selling to third parties": items of a lead-in that stops at "for" are its purposes; using data for selling is selling', 'How we use data', 'We do not use your data for:\n\n- Advertising or marketing\n- Selling to third parties', ['how-we-use-data/advertising-or-marketing prohibit use user to=[advertising marketing] for=[marketing]', 'how-we-use-data/selling-to-third-parties prohibit share user to=[third_party] for=[sale]']],
    ['"provided by you or your sign-in provider": the agent of a participle of giving is where the data comes from, not a recipient', 'Your account', 'Account information (e.g., email address, name), provided by you or your sign-in provider.', ['your-account/account-information-e-g-email-address collect user.account user.contact.email user.name']],
    ['"We do not track:" introduces its items, and "which documents you open" is data the reader cannot name: neither is a ban on tracking everything; the named item is', 'Usage', 'We count the summaries you use. We do not track:\n\n- Which websites you visit\n- Which specific documents you open', ['usage/which-websites-you-visit prohibit collect user.behavior.browsing_history to=[] for=[tracking]']],
    ['"The App itself does not directly collect … personal data" is the product speaking, and "directly" leaves what reaches it by other means: a rule with exceptions that the policy\'s own collection does not contradict', 'Our app', 'The App itself does not directly collect, store, or process personal data. We may receive crash reports through the app store.', ['our-app/the-app-itself-does-not-directly collect user.telemetry', 'our-app/the-app-itself-does-not-directly prohibit collect user to=[] for=[] if=[directly]']],
    ['"The developer does not receive or store any payment information": the developer is the product\'s own party', 'Payments', 'The developer does not receive or store any payment or billing information.', ['payments/the-developer-does-not-receive-or prohibit collect user.financial to=[] for=[]']],
    ['"processed through Google Play" names the store\'s billing as the payment processor; "Download it from the App Store" is no verb "store" and no share', 'Purchases', 'Subscription purchases are processed through Google Play. Download the app from the App Store.', ['purchases/subscription-purchases-are-processed-through-google share google-play [] {}']],
    ['"Email: Resend for transactional email delivery" — a label of what is done, a body that opens with a catalogued vendor and no verb — names that vendor; "Controls: Least-privilege access" names none', 'Data storage', '- **Email:** Resend for transactional email delivery.\n- **Database:** Supabase (PostgreSQL) with encryption at rest.\n- **Controls:** Least-privilege access and routine backups.', ['data-storage/email share resend [] {}', 'data-storage/database share supabase [] {}']],
    ['"Acmedeck — generates the deck from the meeting transcript": an organisation the catalog does not know, named by what it does to the data, is a recipient', 'Third-party services', '- **Acmedeck** — generates the presentation deck from the meeting transcript.', ['third-party-services/acmedeck collect user.content.private', 'third-party-services/acmedeck share acmedeck [user.content.private] {}']],
    ['"information about crashes" is telemetry, "the text you have selected" is content, "app activity" is app usage', 'Data', 'We use Sentry to collect information about crashes. The extension reads the text you have selected. We collect app activity.', ['data/we-use-sentry-to-collect-information collect user.telemetry user.content user.behavior.app_usage', 'data/we-use-sentry-to-collect-information share sentry [user.telemetry] {}']],
    ['"cached locally for 30 days" is a period; "permanently deleted upon account deletion" is the account\'s lifetime, not kept for good', 'Retention', 'Summaries are cached locally in your browser for 30 days. All your data will be permanently deleted without undue delay upon account deletion.', ['retention/summaries-are-cached-locally-in-your retain summary 30', 'retention/summaries-are-cached-locally-in-your retain  account lifetime']],
    ['"removed within 30 days of your request" is a deletion deadline, not a response time; "permanently deleted when you revoke access" lasts until the user deletes it', 'Retention', 'Active records are removed within 30 days of your request. Google user data is permanently deleted when you revoke application access. We will respond within 30 days of your request.', ['retention/active-records-are-removed-within-30 retain active 30 (after a deletion request)', 'retention/active-records-are-removed-within-30 retain google user until deleted']],
    ['"No cookies are used for analytics tracking" bans setting them, as "we do not use cookies for tracking" does; "This cookie is not used for tracking" limits one cookie\'s purpose', 'Cookies', 'No cookies are used for analytics tracking.\n\nWe use one session cookie to keep you signed in. This cookie is not used for tracking.', ['cookies/no-cookies-are-used-for-analytics prohibit collect user.device.cookie_id to=[] for=[tracking analytics]', 'cookies/we-use-one-session-cookie-to collect user.device.cookie_id', 'cookies/we-use-one-session-cookie-to prohibit use user.device.cookie_id to=[] for=[tracking]']],
    ['"does not request access to your contacts, photos, microphone" names device permissions: the photo library and audio, not a picture of the person', 'Permissions', 'The app does not request access to your contacts, photos or microphone.', ['permissions/the-app-does-not-request-access prohibit collect user.contact.address_book user.content.photo_library user.content.audio to=[] for=[]']],
    ['"never shared with us or third parties" and "We do not upload … personal data to our servers" say what never reaches the product: bans scoped to the device; "We do not send this data to our server" names no data of its own', 'Your media', 'Your photos and videos are never shared with us or third parties. We do not upload your media or personal data to our servers. We do not send this data to our server.', ['your-media/your-photos-and-videos-are-never prohibit collect user.content.photo_library user.content.video to=[] for=[]', 'your-media/your-photos-and-videos-are-never prohibit collect user to=[] for=[]']],
    ['"We do not read your private conversations" says whether people at the company look at what the product holds, not a ban on holding it; "We do not read your contacts" still bans the address book', 'Your chats', 'We store your chats. We do not read your private conversations. We do not read your contacts.', ['your-chats/we-store-your-chats-we-do collect user.content.private', 'your-chats/we-store-your-chats-we-do prohibit collect user.contact.address_book to=[] for=[]']],
    ['"Amazon Web Services runs photo verification (Amazon Rekognition)": the vendor\'s service named in parentheses is a recipient beside it; "(see Stripe\'s policy)" names the same vendor again', 'Who we share it with', '- **Amazon Web Services** runs photo verification (Amazon Rekognition).\n- **Stripe** processes payments (see Stripe\'s policy).', ['who-we-share-it-with/amazon-web-services-runs-photo-verification share aws rekognition [user.content.self_image] {}', 'who-we-share-it-with/stripe-processes-payments-see-stripe-s share stripe [] {}']],
    ['"please give details of allergies to the school directly" is an instruction to the user: no statement, and no exception to the ban before it', 'What we do not collect', 'We do not collect health information about your child; please give details of allergies or medical needs to the school directly.', ['what-we-do-not-collect/we-do-not-collect-health-information prohibit collect user.health_and_medical to=[] for=[]']],
    ['"Acmepay, our payroll provider, receives …": a name the catalog does not know, set off by what kind of company it is, is the recipient; "Acmepay may use aggregated data under its own privacy policy" is what it does on its own account, no condition on what it gets', 'Who receives it', '- Acmepay, our payroll provider, receives your home address and bank details. Acmepay may use aggregated, de-identified payroll data under its own privacy policy.', ['who-receives-it/acmepay-our-payroll-provider-receives-your share acmepay [user.contact.address user.financial.bank_account] {}']],
    ['"session recording tools (Microsoft Clarity)", "communication providers": data words before a recipient\'s head noun name its kind, not what it gets', 'Sharing', 'We share information with hosting providers (Vercel) and session recording tools (Microsoft Clarity). We also use communication providers.', ['sharing/we-share-information-with-hosting-providers share vercel clarity [] {}', 'sharing/we-share-information-with-hosting-providers share messaging [] {}']],
    ['"Acme never asks about criminal history": after "never" a word ending in -s is the verb, not a plural noun; "never provides or sells" keeps its last verb', 'Background checks', 'Acme never asks about criminal history. Acme never provides or sells your data to advertisers.', ['background-checks/acme-never-asks-about-criminal-history prohibit collect user.criminal_history to=[] for=[]', 'background-checks/acme-never-asks-about-criminal-history prohibit share user to=[advertising marketing] for=[sale marketing]']],
    ['"usage data such as pages viewed and features used": participles after the nouns of an example list describe them, they are not the verb; the item is what is collected', 'Information we collect', 'Messages you exchange with matches, and usage data such as pages viewed and features used.', ['information-we-collect/messages-you-exchange-with-matches-and collect user.content.private user.behavior user.behavior.browsing_history']],
    ['a section named after whose data it is ("Creators") lists what is collected of them, as "What we collect" does', 'Creators', '- Account: Your name, email address and password.', ['creators/account collect user.name user.contact.email user.authorization.password']],
    ['"the transcripts we generate from them" are what was said, as the code\'s `transcript` is', 'Episodes', 'We store the audio files you upload and the transcripts we generate from them.', ['episodes/we-store-the-audio-files-you collect user.content.audio user.content.private user.content.documents']],
    ['"stored on our servers, not with OpenAI": the vendor set against where the data is does not receive it; "to Mailchimp, not to Google" still shares with Mailchimp', 'Storage', 'Your messages are stored on our servers, not with OpenAI. We send your email to Mailchimp, not to Google.', ['storage/your-messages-are-stored-on-our collect user.content.private', 'storage/your-messages-are-stored-on-our share mailchimp [user.contact.email] {}']],
    ['"Web logs contain … IP addresses for up to 32 days" keeps the logs that long; "anonymized 24 months after being recorded" ends what identifies a person then', 'How long we keep things', 'Web logs contain semi-anonymised IP addresses for up to 32 days. View data is anonymized 24 months after being recorded.', ['how-long-we-keep-things/web-logs-contain-semi-anonymised-ip collect user.device.ip_address', 'how-long-we-keep-things/web-logs-contain-semi-anonymised-ip retain web log 32', 'how-long-we-keep-things/web-logs-contain-semi-anonymised-ip retain view 730.5 (after being recorded)']],
    ['"User agent (used to infer browser and device type)": a participle opening a parenthetical describes the data before it; "(handled by our payment processor)" still names who handles it', 'Information we collect', '- User agent (used to infer browser and device type)\n\n**About the guardian:** name and billing details (handled by our payment processor, never stored by us).', ['information-we-collect/user-agent-used-to-infer-browser collect user.device.user_agent user.device.model', 'information-we-collect/about-the-guardian collect user.name', 'information-we-collect/about-the-guardian share payment_processor [] {}']],
    ['"Your browser sends your IP address to our servers": what reaches the product is collected by it; "to Mailchimp" is still a share', 'Technical data', 'Your browser sends your IP address to our servers. The app sends your location to our servers.', ['technical-data/your-browser-sends-your-ip-address collect user.device.ip_address user.location']],
    ['"cannot be held liable for any damages" disclaims liability: no statement, whatever else the sentence names ("click on external links")', 'External links', 'Users click on external links at their own risk and the owners of this website cannot be held liable for any damages. We hold your email for 30 days.', ['external-links/users-click-on-external-links-at collect user.contact.email', 'external-links/users-click-on-external-links-at retain email 30']],
    ['"we do not have access or control over these cookies" is about another site\'s cookies, no ban on setting cookies; "We do not have access to your card number" still is one', 'Embedded content', 'We embed videos from another site that sets its own cookies, and we do not have access or control over these cookies. We do not have access to your card number.', ['embedded-content/we-embed-videos-from-another-site prohibit collect user.financial.credit_card to=[] for=[]']],
    ['a ban on sharing "your country/region" names the country, not every approximate location; a ban on a location keeps it', 'Moderation', 'Your date of birth and country/region are not shared with advertisers. We do not share your location or country with advertisers.', ['moderation/your-date-of-birth-and-country prohibit share user.demographic.date_of_birth user.contact.address.country to=[advertising marketing] for=[marketing]', 'moderation/your-date-of-birth-and-country prohibit share user.location user.contact.address.country user.location.imprecise to=[advertising marketing] for=[marketing]']],
    ['"the user\'s profile" and "your GitHub profile" are the name, handle and picture a profile is made of; a pet\'s profile is not', 'Sign-in', 'Acme requests access to the user\'s profile and e-mail. We keep pet profiles.', ['sign-in/acme-requests-access-to-the-user collect user.name user.account.username user.content.self_image user.contact.email']],
    ['"No third-party analytics or advertising networks", an item without a verb, rules out those kinds as "no … are used" does; "No data sold to third parties" is a ban on selling, read as "No data is sold …"', 'No tracking', 'No third-party analytics or advertising networks. No data sold to third parties.', ['no-tracking/no-third-party-analytics-or-advertising prohibit share user.behavior to=[analytics advertising marketing] for=[marketing]', 'no-tracking/no-third-party-analytics-or-advertising prohibit share user to=[third_party] for=[sale]']],
    ['"without explicit user confirmation" is a condition: the ban holds only until the user confirms', 'Crash reports', 'No data is sent from Acme without explicit user confirmation.', ['crash-reports/no-data-is-sent-from-acme prohibit share user to=[] for=[] if=[without consent]']],
    ['"we couldn\'t read it even if we wanted to" says how a password is protected, not that it is not kept', 'Account', 'We keep your email address and password (hashed, so we couldn\'t read it even if we wanted to).', ['account/we-keep-your-email-address-and collect user.contact.email user.authorization.password']],
    ['"This is not stored in the database" after "stores … IP + User-Agent in memory" says where the data is kept, not that it is not kept; a vendor\'s storing does not undo the product\'s own ban', 'Sessions', 'To count visits, Acme stores your IP and User-Agent in memory for up to 8 hours. This is not stored in the database. Paddle stores your card details. We do not store full card details.', ['sessions/to-count-visits-acme-stores-your collect user.device.ip_address user.device.user_agent', 'sessions/to-count-visits-acme-stores-your share paddle [user.financial.credit_card] {}', 'sessions/to-count-visits-acme-stores-your prohibit collect user.financial.credit_card to=[] for=[]', 'sessions/to-count-visits-acme-stores-your retain count visit acme 0.33']],
    ['"We do not access your email inbox" is about access to the account, not a ban on email addresses or on mail forwarded to the product; "your mailbox" is email content', 'Email', 'We do not access your email inbox. We store your mailbox.', ['email/we-do-not-access-your-email collect user.content.email_content']],
    ['"This identifier does not contain your name or email" says what an identifier is made of, not a ban', 'Device identifier', 'We collect an anonymous device identifier. This identifier does not contain personal information such as your name or email.', ['device-identifier/we-collect-an-anonymous-device-identifier collect user.device user.device.device_id']],
    ['", so I cannot track your behaviour" is a consequence of its own: the ban covers cookies only', 'Cookies', 'This website does not store cookies on your machine, so I cannot identify or track your behaviour when you browse this site.', ['cookies/this-website-does-not-store-cookies prohibit collect user.device.cookie_id to=[] for=[]']],
    ['"We use Stripe for payments and do not store your card number": the negated verb phrase after "and" is a ban of its own; the first part declares Stripe', 'Payments', 'We use Stripe for payments and do not store your card number.', ['payments/we-use-stripe-for-payments-and share stripe [] {}', 'payments/we-use-stripe-for-payments-and prohibit collect user.financial.credit_card to=[] for=[]']],
    ['"We do not share your data with third parties. However: …" is a rule with exceptions; "Do we use cookies? No." is a ban on cookies', 'Sharing', 'We do not directly share, sell, or transfer your data to third parties. However: the ad network may collect your advertising ID. Do we use cookies? No.', ['sharing/we-do-not-directly-share-sell share advertising [user.device.advertising_id] {}', 'sharing/we-do-not-directly-share-sell prohibit share user to=[third_party] for=[sale] if=[directly except]', 'sharing/we-do-not-directly-share-sell prohibit collect user.device.cookie_id to=[] for=[]']],
    ['"Firebase Analytics is used to collect anonymous usage statistics": the tool used is a recipient, what it collects is collected', 'Analytics', 'Firebase Analytics is used to collect anonymous usage statistics.', ['analytics/firebase-analytics-is-used-to-collect collect user.behavior', 'analytics/firebase-analytics-is-used-to-collect share firebase-analytics [] {anonymized}']],
    ['"Lob prints invitations and receives your name": what a named vendor receives after what it does is its own statement', 'Who receives what', "Lob prints and posts invitations and receives each guest's name and postal address.", ['who-receives-what/lob-prints-and-posts-invitations-and share lob [user.name user.contact.address] {}']],
    ['"It receives …" after a sentence a vendor opens ("Amplitude helps us understand …") is that vendor', 'Who we share it with', 'Amplitude helps us understand how the app is used. It receives a pseudonymous user ID and in-app events.', ['who-we-share-it-with/amplitude-helps-us-understand-how-the share amplitude [user.unique_id] {}']],
    ['a ban on the VIN leaves make and model alone', 'Vehicles', "We collect your car's make and model. We do not collect your car's vehicle identification number (VIN).", ['vehicles/we-collect-your-car-s-make collect user.vehicle', 'vehicles/we-collect-your-car-s-make prohibit collect user.vehicle.vin to=[] for=[]']],
    ['"we give Acmecheck your name only": the indirect object of a verb of giving is the recipient', 'Tracing', 'We give Acmecheck your name and your last known address only.', ['tracing/we-give-acmecheck-your-name-and share acmecheck [user.name user.contact.address] {}']],
    ['GPUs, keystrokes, watched videos and the websites you visit are data', 'Data we gather', 'We record your GPU model, keystrokes, watched videos and the websites you visit.', ['data-we-gather/we-record-your-gpu-model-keystrokes collect user.device.hardware user.behavior.clickstream user.behavior.media_consumption user.behavior.browsing_history']],
    ['"we do not pull, request or store credit scores" keeps its negation across the list of verbs', 'Screening', 'We do not pull, request or store credit reports or credit scores.', ['screening/we-do-not-pull-request-or prohibit collect user.financial.credit_score to=[] for=[]']],
    ['"your phone\'s location" is a location, not a phone number', 'Location', 'The app uses your phone\'s location to suggest the lake you are on.', ['location/the-app-uses-your-phone-s collect user.location']],
    ['"in the background" scopes a ban: a rule with an exception', 'Location', 'We don\'t collect your location in the background.', ['location/we-don-t-collect-your-location prohibit collect user.location to=[] for=[] if=[outside]']],
    ['signing in with a vendor gives the product the linked account and its public profile (name, username, picture, email)', 'Third-party services', '- **GitHub:** OAuth authentication (if you sign in with GitHub)', ['third-party-services/github collect user.social.account user.name user.account.username user.content.self_image user.contact.email', 'third-party-services/github share github [] {}']],
    ['a vendor after "your" is the user\'s own account there, not the product\'s recipient', 'Third parties', 'Emails are sent through your own Amazon SES. Receipts are sent through Postmark.', ['third-parties/emails-are-sent-through-your-own share postmark [] {}']],
    ['every vendor of a passive agent\'s list receives the data; CDNs and captchas are vendors', 'Third parties', 'Donations are processed by our partners including DonorBox, Stripe and PayPal. We use Fastly to provide CDN services and MTCaptcha against spam.', ['third-parties/donations-are-processed-by-our-partners share donorbox stripe paypal [] {}', 'third-parties/donations-are-processed-by-our-partners share fastly mtcaptcha [] {}']],
    ['"24h" is a day; a hyphenated word keeps its retention verb in the subject', 'Retention', 'Recent messages are stored for 24h. Archives of bulk-deleted messages are stored for 30 days.', ['retention/recent-messages-are-stored-for-24h retain recent message 1', 'retention/recent-messages-are-stored-for-24h retain archive bulk deleted message 30']],
    ['Discord roles and user roles are no job title; "your role" is', 'Profile', 'We store the roles you held on the server and your role at your company.', ['profile/we-store-the-roles-you-held collect user.job_title user.workplace']],
    ['"we never have access to" is not accessing it; "have zero access" too', 'Payments', 'Payments go through our provider: we never have access to full card numbers.', ['payments/payments-go-through-our-provider prohibit collect user.financial.credit_card to=[] for=[]']],
    ['a vendor after "your" qualifies the data, it receives nothing', 'Infrastructure', 'We do not have access to your AWS resources.', []],
    ['what an item of a collected-data list rules out after a dash is not collected', 'Data we gather', '- **Usage data:** session statistics you submit (cost, token counts) — never prompts or conversation content', ['data-we-gather/usage-data collect user.behavior']],
    ['"precise location data" is precise location, not every location', 'Location', 'We do not collect precise location data from your device.', ['location/we-do-not-collect-precise-location prohibit collect user.location.precise to=[] for=[]']],
    ['names of commands, roles of IAM and the health of a service are no person\'s', 'Telemetry', 'We collect command names, IAM role ARNs and service health checks.', []],
    ['bare credentials are credentials, not a password', 'Security', 'We never store your AWS credentials.', ['security/we-never-store-your-aws-credentials prohibit collect user.authorization.credentials to=[] for=[]']],
    ['"until the law no longer requires us to hold it" is a time clause, not a negation', 'Retention', 'Tax records are kept until the end of the year after the law no longer requires us to hold them.', []],
    ['a ban in an error-reporting section is about error reports', 'Software error reporting', 'Your hostname is never collected.', ['software-error-reporting/your-hostname-is-never-collected prohibit collect user.device.name to=[error_monitoring] for=[]']],
    ['a ban on data the reader has no category for is no ban on all personal data', 'Sharing', 'We never share your garden layouts with third parties.', []],
    ['"We never share your workout history with third parties": workout history is fitness data', 'Sharing', 'We never share your workout history with third parties.', ['sharing/we-never-share-your-workout-history prohibit share user.health_and_medical.fitness to=[third_party] for=[]']],
    ['a data word after a vendor\'s product ("your Google Calendar events") is still data', 'Sharing', 'We do not share your Google Calendar events with advertisers or other external parties.', ['sharing/we-do-not-share-your-google prohibit share user.behavior.booking_history to=[advertising marketing] for=[marketing]']],
    ['encrypted data that cannot be read without a key is protected, not banned', 'Security', 'Message content is encrypted and cannot be read without the decryption key.', []],
    ['a negation over a list of verb phrases is a ban per phrase', 'No advertising', 'We do not build advertising profiles, engage in behavioral tracking across websites, or share your data with data brokers.', ['no-advertising/we-do-not-build-advertising-profiles prohibit use user.behavior to=[] for=[tracking]', 'no-advertising/we-do-not-build-advertising-profiles prohibit share user to=[data_enrichment] for=[]']],
    ['a condition that ends a negated list of verb phrases holds for each', 'Sharing', "We don't sell your email address or share your phone number with partners without your consent.", ['sharing/we-don-t-sell-your-email prohibit share user.contact.email to=[] for=[sale] if=[without consent]', 'sharing/we-don-t-sell-your-email prohibit share user.contact.phone_number to=[business_partner] for=[] if=[without consent]']],
    ['two phrases that rule out the same thing are one ban', 'Tracking', 'We never identify individual users or track them across websites.', ['tracking/we-never-identify-individual-users-or prohibit use user.behavior to=[] for=[tracking]']],
    ['data that "never touches our servers" is not collected', 'Payments', 'Raw card numbers never touch our servers.', ['payments/raw-card-numbers-never-touch-our prohibit collect user.financial.credit_card to=[] for=[]']],
    ['what a clause rules out is not also what it collects; a vendor\'s customer ID is an external identifier', 'Data we gather', '- **Billing** — We store your Stripe customer ID and subscription status; raw card numbers never touch our servers.', ['data-we-gather/billing collect user.unique_id.external user.financial.transactions', 'data-we-gather/billing prohibit collect user.financial.credit_card to=[] for=[]']],
    ['a count of comments is usage, not the comments', 'Data we gather', '- **Usage** — comment volume, message counts and activity patterns.', ['data-we-gather/usage collect user.behavior']],
    ['a premise opened by "as" is no ban', 'Your rights', 'As we do not share your email address with anyone, there is nothing to opt out of.', []],
    ['an effort ("we strive to not …") is no commitment', 'Sharing', 'We strive to not share your email address with advertisers.', []],
    // third parties' own behaviour is not a first-party ban or collection
    ['a vendor kind not storing data', 'AI', 'Our AI providers do not store your data.', []],
    ['a vendor collecting is a share with it', 'Analytics', 'PostHog collects your IP address and device type.', ['analytics/posthog-collects-your-ip-address-and share posthog [user.device.ip_address user.device.model] {}']],
    ['data received from a vendor is no share', 'Payments', 'We may receive technical data from Stripe.', ['payments/we-may-receive-technical-data-from collect user.device']],
    // purpose- and subject-limited negations
    ['a purpose-limited ban carries its purpose', 'Google data', 'We do not use Google user data to train AI models.', ['google-data/we-do-not-use-google-user prohibit use user to=[] for=[ai_training]']],
    ['children, knowingly: no ban', 'Children', 'We do not knowingly collect data from children under 13.', []],
    ['vendors using data for themselves', 'Sharing', 'We do not allow service providers to use your data for their own purposes.', ['sharing/we-do-not-allow-service-providers prohibit use user to=[] for=[vendor_own_purposes]']],
    ['unauthorised people: no ban', 'Sharing', 'Your data is not disclosed to anyone who has no right to see it.', []],
    ['service providers described by the services they provide are those kinds', 'Disclosures', '- Our service providers acting as processors who provide us with hosting, monitoring, analytics, email delivery, and AI language model services.', ['disclosures/our-service-providers-acting-as-processors share cloud_hosting analytics email_delivery ai error_monitoring logging [] {}']],
    ['a kind of recipient that begins a name of data ("push notification token")', 'Data we gather', '- Device push notification token and app version.', ['data-we-gather/device-push-notification-token-and-app collect user.device.push_token user.device.installed_software']],
    ['data an earlier sentence named that the reader cannot resolve: no ban', 'Extension', 'The optional sync feature sends the pages you open for a check. The data is sent only to our servers and is not shared with third parties.', []],
    // scoped negations are rules with exceptions
    ['outside a scope', 'Location', 'We do not record location outside active shifts.', ['location/we-do-not-record-location-outside prohibit collect user.location to=[] for=[] if=[outside]']],
    ['unless you opt in', 'Marketing', 'We do not share your email with marketing partners unless you opt in.', ['marketing/we-do-not-share-your-email prohibit share user.contact.email to=[marketing advertising] for=[marketing] if=[unless opt-in]']],
    // closed lists and per-recipient limits
    ['only an id, never the name', 'Sub-processors', '- **Sentry**: error reports contain only an internal user ID, never your name or email.', ['sub-processors/sentry share sentry [user.unique_id] {}']],
    ['a recipient-kind ban', 'Sharing', 'We do not use third-party analytics or advertising tools.', ['sharing/we-do-not-use-third-party prohibit share user to=[analytics advertising marketing] for=[marketing]']],
    // umbrella + explicit list
    ['contact details narrowed by their list', 'Profile', '- **Contact details** – your name, email and phone.', []],
    // retention wording
    ['sessions expire', 'Retention', 'Sessions expire after 12 hours.', ['retention/sessions-expire-after-12-hours retain session 0.5']],
    ['number words', 'Retention', 'Delivery photos are purged after twenty-four months.', ['retention/delivery-photos-are-purged-after-twenty retain delivery photos 730.5']],
    ['as long as the account is active', 'Retention', 'We keep your data as long as your account is active.', ['retention/we-keep-your-data-as-long retain  account lifetime']],
    ['not permanently: no ban', 'Storage', 'We do not permanently store your messages.', ['storage/we-do-not-permanently-store-your prohibit collect user.content.private to=[] for=[] if=[beyond necessary]']],
    // names
    ['Google Cloud is not Google Maps', 'Hosting', 'Our servers run on Google Cloud.', ['hosting/our-servers-run-on-google-cloud share gcp [] {}']],
    ['"Do Not Track" is a signal, not a negation', 'Cookies', 'We honor Do Not Track signals.', []],
    ['login times are login history; an activity log of the actions you take is usage', 'Account data', 'We record your login times and keep an activity log of the actions you take.', ['account-data/we-record-your-login-times-and collect user.behavior.login_history user.behavior']],
    ['what archives persist permanently is kept indefinitely', 'How long we keep it', 'Historical archives persist daily statistics permanently.', ['how-long-we-keep-it/historical-archives-persist-daily-statistics-permanently retain historical archive indefinitely']],
    ['HTTP headers carry the user agent; "the device you are on", "each interaction" and how long something was played for are device and usage data', 'Usage data', 'When you view a page, we collect: some metadata about your connection (HTTP headers), some metadata about the device you are on, some metadata about each interaction and the amount of time a game was played for.', ['usage-data/when-you-view-a-page-we collect user.device.user_agent user.device user.behavior user.behavior.app_usage']],
    ['"Phone, Tablet or Computer" are kinds of device, not a phone number or a vendor', 'Usage data', 'We collect your device type (As in _Phone_, _Tablet_ or _Computer_).', ['usage-data/we-collect-your-device-type-as collect user.device.model']],
    ['"Do Not Sell or Share My Personal Information" names an opt-out link or an e-mail subject, not a promise', 'Your rights', 'To opt out of advertising-related sharing, email privacy@acme.io with the subject line "Do Not Sell or Share My Personal Information." You can also use the Do Not Sell My Personal Information link. We do not sell your personal information.', ['your-rights/to-opt-out-of-advertising-related prohibit share user to=[] for=[sale]']],
    // a vendor's account only says whose credentials they are
    ['a recipient kind before the data it qualifies is no recipient', 'Notifications', 'We collect SMS phone numbers.', ['notifications/we-collect-sms-phone-numbers collect user.contact.phone_number']],
    ['screen widths, browser types and browser languages', 'Analytics', 'We record screen widths, browser types and browser languages.', ['analytics/we-record-screen-widths-browser-types collect user.device.hardware user.device.user_agent user.demographic.language']],
    ['account credentials are credentials, not a social account', 'Security', 'Your account credentials are never stored.', ['security/your-account-credentials-are-never-stored prohibit collect user.authorization.password user.authorization.credentials to=[] for=[]']],
    ['a negation in a relative clause is about its noun, not a first-party ban', 'AI', 'Acme also supports Ollama as a local model option that does not send data to any third party.', []],
    ['a ban on personal data beside a share of prompts to the same recipients rules out the rest', 'AI', 'We send your prompts to AI providers to generate responses. We do not share your personal information with AI providers.', [
      'ai/we-send-your-prompts-to-ai share ai [user.content.private] {}',
      'ai/we-send-your-prompts-to-ai prohibit share user.name user.account user.authorization user.unique_id user.contact user.social user.workplace user.job_title user.demographic user.government_id user.financial user.device user.location user.health_and_medical user.biometric user.criminal_history user.childrens user.behavior user.privacy_preferences user.education user.employment user.telemetry user.sensor user.vehicle user.travel to=[ai] for=[]',
    ]],
    ['a ban beside a share that names no data stands as written', 'Analytics', 'We use Google Analytics to count visits. We do not share personal data with analytics providers.', [
      'analytics/we-use-google-analytics-to-count share google-analytics [] {}',
      'analytics/we-use-google-analytics-to-count prohibit share user to=[google-analytics analytics] for=[]',
    ]],
    ['what follows from exercising a right is no ban', 'Your rights', '**Right to Object:** You have the right to object to our processing of your Personal Data. If you object, we will no longer process your Personal Data unless we can demonstrate compelling legitimate grounds.', []],
    ['a country data is transferred to is a destination, not data', 'Transfers', 'No transfer of your Personal Data will take place to an organization or a country unless adequate controls are in place.', ['transfers/no-transfer-of-your-personal-data prohibit share user to=[] for=[] if=[unless]']],
    ['"anyone else" leaves the recipients the policy names: a rule with exceptions', 'Donations', 'We will not disclose your personal information to anyone else, ever.', ['donations/we-will-not-disclose-your-personal prohibit share user to=[] for=[] if=[except]']],
    ['a bare "without consent" is a condition', 'California', 'We do not disclose personal information to third parties for direct marketing without consent.', ['california/we-do-not-disclose-personal-information prohibit share user to=[advertising marketing] for=[marketing] if=[without consent]']],
    ['data shown to other users is shared with them', 'Profile', 'Your username and profile picture will be visible to other logged-in users.', ['profile/your-username-and-profile-picture-will collect user.account.username user.content.self_image', 'profile/your-username-and-profile-picture-will share other_users [user.account.username user.content.self_image] {}']],
    ['data never shown to other users is not shared with them: a ban on showing it', 'Profile', 'Your email address is never visible to other users.', ['profile/your-email-address-is-never-visible prohibit share user.contact.email to=[other_users] for=[]']],
    ['what third parties are obligated not to disclose is their duty, not our ban ("to us" is no subject)', 'Service providers', 'These third parties are authorized to use your data only to provide services to us and are obligated to not disclose it.', []],
    ['"not stored on your device" is about the device, not what the product holds', 'Security', 'Login credentials are not stored on your device; instead, they are exchanged for OAuth tokens.', []],
    ['"we do not use these to target advertising", with nothing nameable before it, is no ban', 'Cookies', 'Measurement only; we do not use these to target advertising.', []],
    ['"Because we don\'t identify individual users, …" is a premise, no ban', 'Rights', 'Because we don\'t identify individual end users, many traditional rights don\'t apply.', []],
    ['"individual user behavior" is behavioural data', 'Tracking', "We don't track individual user behavior across sessions.", ['tracking/we-don-t-track-individual-user prohibit collect user.behavior to=[] for=[tracking]']],
    ['a limit on our own use ("for any other purposes") is no ban and takes nothing from the vendor', 'Email', 'We use Postmark to send you emails about your account. We do not use your email address for any other purposes unless you have signed up to our mailing list.', ['email/we-use-postmark-to-send-you collect user.contact.email', 'email/we-use-postmark-to-send-you share postmark [user.contact.email] {}']],
    ['"We do not use Supabase to collect any further information" limits what a vendor is used for: no ban', 'Storage', 'We use Supabase as a database for our platform. We do not use Supabase to collect any further information about you.', ['storage/we-use-supabase-as-a-database share supabase [] {}']],
    ['"We do not use your data for any other purpose such as advertising", "We do not allow humans to read user data unless …": purpose and access limits, no bans', 'Use', 'We do not use your data for any other purpose such as advertising. We do not allow humans to read user data unless we have your consent.', []],
    ['"your content" is user content', 'Content', 'We do not sell your content.', ['content/we-do-not-sell-your-content prohibit share user.content to=[] for=[sale]']],
    ['an aside "with the exception of" leaves its data out of the ban, and what the sentence names besides is banned without exception; "shared publicly" is scoped to the public', 'Account', 'Your email address and password, with the exception of your username, are never shared publicly.', ['account/your-email-address-and-password-with prohibit share user.contact.email user.authorization.password to=[other_users] for=[]']],
    ['"will no longer share" after revoking a choice is no ban', 'Donations', 'You may revoke this consent at any time, and we will no longer share your donation status publicly.', []],
    ['"take screenshots of your screen" is collecting screen captures', 'Desktop app', 'We never take screenshots of your screen.', ['desktop-app/we-never-take-screenshots-of-your prohibit collect user.content.screen_capture to=[] for=[]']],
    ['photographs of children are children\'s data: a ban scoped to them', 'Children', 'We do not collect photographs of children.', ['children/we-do-not-collect-photographs-of prohibit collect user.content.self_image to=[] for=[]']],
    ['the address of a page is a URL, not a postal address', 'Browser', 'We never record the full address of the page you visit.', ['browser/we-never-record-the-full-address prohibit collect user.behavior.browsing_history to=[] for=[]']],
    ['"as long as you use the service" is the account\'s lifetime', 'Retention', 'We keep your data for as long as you use the service.', ['retention/we-keep-your-data-for-as retain  account lifetime']],
    ['"as long as it is deemed relevant" is as long as necessary', 'Retention', 'This information is only stored as long as it is deemed relevant.', ['retention/this-information-is-only-stored-as retain  as long as necessary']],
    ['what "can not be deleted" is kept with no end; "not permanently" is no period', 'Retention', 'Ranked beatmaps can not be deleted. We do not store your messages permanently.', ['retention/ranked-beatmaps-can-not-be-deleted prohibit collect user.content.private to=[] for=[] if=[beyond necessary]', 'retention/ranked-beatmaps-can-not-be-deleted retain ranked beatmap indefinitely']],
    ['"we don\'t receive or store" rules out collecting', 'Payments', "We don't receive or store your payment card details.", ['payments/we-don-t-receive-or-store prohibit collect user.financial.credit_card to=[] for=[]']],
    ['website URLs are a personal website', 'Information we collect', '- Website URLs and donation URLs.', ['information-we-collect/website-urls-and-donation-urls collect user.contact.url']],
    ['"Profile picture" names data, not the verb "profile"', 'Information we collect', '- Profile picture (optional)', ['information-we-collect/profile-picture-optional collect user.content.self_image']],
    ['"we pledge never to sell" is a ban on selling', 'Sale', 'We also pledge never to sell any personal data we collect to third parties.', ['sale/we-also-pledge-never-to-sell prohibit share user to=[third_party] for=[sale]']],
    ['"does not use fingerprinting" rules out device fingerprints', 'Tracking', 'We do not use fingerprinting.', ['tracking/we-do-not-use-fingerprinting prohibit collect user.device.fingerprint to=[] for=[]']],
    // generator-style policies
    ['companies employed to facilitate the service are service providers, not an employer', 'Service Providers', 'We may employ third party companies and individuals to facilitate our Service ("Service Providers") or to assist us in analyzing how our Service is used.', ['service-providers/we-may-employ-third-party-companies share service_provider third_party [] {}']],
    ['a service "provided by" its company is that vendor; "Inc." may end a sentence; an opt-out beside it voids nothing', 'Behavioral Remarketing', 'Google Ads remarketing service is provided by Google Inc. You can opt-out of Google Analytics for Display Advertising by visiting the Google Ads Settings page.', ['behavioral-remarketing/google-ads-remarketing-service-is-provided share google-ads [] {}']],
    ['"The Company" is the product; remarketing on other websites is advertising', 'Behavioral Remarketing', 'The Company uses remarketing services to advertise on third party websites to You after You visited our Service.', ['behavioral-remarketing/the-company-uses-remarketing-services-to share advertising [] {}']],
    // time clauses, places and warnings that are not bans
    ['"if you no longer wish to receive" is the user\'s wish, not a negation', 'Marketing', 'If you decide at any time that you no longer wish to receive such offers or communications from us, please un-follow us, or follow the unsubscribe instructions provided in any of the communications.', []],
    ['after a passive "not sent to", a list of places is whom, not data', 'Server', 'The rest is ignored on the server side, and is not sent to any database, log, or client.', []],
    ['statistics about downloads are usage data sent to the vendor, not an offer to download', 'Analytics', 'We may transmit anonymous usage information about user download statistics to Google Analytics.', ['analytics/we-may-transmit-anonymous-usage-information share google-analytics [user.behavior] {anonymized}']],
    ['an announced collection ("In the future we will collect usernames …") declares that data — code that already collects it is not undeclared; a plan ("We plan to add phone numbers") and a future promise ("In the future we will not …") say nothing yet', 'Data', 'In the future we will collect usernames and email addresses of some users. We plan to add phone numbers for two-factor login. In the future we will not sell your location.', ['data/in-the-future-we-will-collect collect user.account.username user.contact.email']],
    ['advice to users ("we encourage users to use strong passwords") is not our collection', 'Security', 'We also encourage users to practice good security habits, such as using strong passwords and enabling two-factor authentication.', []],
    ['"full payment details" are card details', 'Billing', 'Billing is handled by our payment processor. We do not store full payment details.', ['billing/billing-is-handled-by-our-payment share payment_processor [] {}', 'billing/billing-is-handled-by-our-payment prohibit collect user.financial.credit_card to=[] for=[]']],
    ['logs a machine writes about itself ("workload logs") are nobody\'s telemetry', 'Local data', 'We do not transmit or store cluster data, kubeconfig files, or workload logs on our servers.', []],
    ['"to address technical issues" is a verb, not a postal address', 'Use', 'We use your email to address technical issues and your requests.', ['use/we-use-your-email-to-address collect user.contact.email']],
    ['a contracted "we\'ve" or "we\'ll" is no subject of a period', 'Retention', "We've stored your IP address for 30 days. We'll keep your invoices for 7 years.", ['retention/we-ve-stored-your-ip-address retain ip address 30', 'retention/we-ve-stored-your-ip-address retain invoice 2556.75']],
    ['sessions that "end after" or "time out after" a period are kept that long; "at the end of the session" is no period', 'Retention', 'Signed-in sessions end after 14 days. Admin sessions time out after 30 minutes. At the end of the session we stop.', ['retention/signed-in-sessions-end-after-14 retain signed session 14', 'retention/signed-in-sessions-end-after-14 retain admin session 0.02']],
    ['"they expire after a year": one unit after "after" is a period, and "they" is the subject of the sentence before', 'Cookies', 'Cookies are used to store access tokens and preferences. They expire after a year. We send a digest once a month.', ['cookies/cookies-are-used-to-store-access collect user.authorization.oauth_token user.account.settings user.device.cookie_id', 'cookies/cookies-are-used-to-store-access retain cooky 365.25']],
    ['"does not include any advertisement libraries or tracking code" bans those kinds; an export that includes analytics events shares nothing', 'Data', 'The app does not include any advertisement libraries or any tracking (analytics) code. The export includes any analytics events you recorded.', ['data/the-app-does-not-include-any prohibit share user to=[analytics advertising marketing] for=[marketing]']],
    ['"never include … in text messages" bans sending it to whoever delivers them', 'Alerts', "We never include your student's allergy or health information in text messages.", ['alerts/we-never-include-your-student-s prohibit share user.health_and_medical to=[messaging] for=[]']],
    ['a group\'s data as one item of a list ("names, phone numbers or student information") leaves the other items banned as such', 'Bugsnag', 'Bugsnag receives error reports so we can fix bugs. We do not send names, phone numbers or student information to Bugsnag.', ['bugsnag/bugsnag-receives-error-reports-so-we share bugsnag [] {}', 'bugsnag/bugsnag-receives-error-reports-so-we prohibit share user.name user.contact.phone_number to=[bugsnag] for=[]']],
    ['"claims you never submit" are the unsubmitted ones, a relative clause without its pronoun; walk routes are precise locations', 'Keeping', 'Claims you never submit are deleted 30 days after you last edit them. Mapbox receives addresses and walk routes.', ['keeping/claims-you-never-submit-are-deleted share mapbox [user.contact.address user.location.precise] {}', 'keeping/claims-you-never-submit-are-deleted retain claim submit unsubmitted 30 (after you last edit them)']],
    ['"behavioral profiles" and "build user profiles" are profiling, no profile data', 'Data', 'We do not collect behavioral profiles or biometric data. Server logs are not used to build user profiles.', ['data/we-do-not-collect-behavioral-profiles prohibit collect user.biometric to=[] for=[tracking]', 'data/we-do-not-collect-behavioral-profiles prohibit use user.telemetry to=[] for=[tracking]']],
    ['an identifier "never persisted to cookies, localStorage or any other browser storage" is kept in memory: a rule about where, not a ban', 'Performance', 'A session identifier is generated in browser memory and is never persisted to cookies, localStorage, or any other browser storage.', ['performance/a-session-identifier-is-generated-in collect user.unique_id.pseudonymous', 'performance/a-session-identifier-is-generated-in prohibit collect user.device.cookie_id user.unique_id.pseudonymous to=[] for=[] if=[in storage]']],
    ['"… because they do not use cookies": the verb of a reason clause has that clause\'s subject, not "we"', 'Consent', 'We do not rely on consent for the cookieless analytics described above because they do not use cookies or equivalent identifiers.', []],
    ['"We do not sell this information" after "We receive personal information … when you donate" is about that information: a rule with its condition', 'Donations', 'We receive personal information from payment services when you donate to us. We do not sell or distribute this information to third parties.', ['donations/we-receive-personal-information-from-payment prohibit share user to=[third_party] for=[sale] if=[when]']],
    ['a list whose lead-in is only "We delete:" gives its items the verb', 'Retention', 'We delete:\n\n- All update and error report data within 12 months of it being collected;\n- Crash dumps after 30 days.', ['retention/all-update-and-error-report-data collect user.telemetry', 'retention/all-update-and-error-report-data retain update error report 365.25', 'retention/crash-dumps-after-30-days retain crash dump 30']],
    ['"… and we do not ask you to provide your name" without a comma is a clause of its own; "this Notice" is the document, no vendor', 'About', 'Our App does not require you to create an account and we do not ask you to provide us with your name or address. This Notice also sets out your rights.', ['about/our-app-does-not-require-you prohibit collect user.name user.contact.address to=[] for=[]']],
    ['"the text of each notification" is message text; "the result of the credit check" is a credit score', 'Vendors', 'OneSignal receives your device\'s push token and the text of each notification. We keep the result of the credit check.', ['vendors/onesignal-receives-your-device-s-push collect user.financial.credit_score', 'vendors/onesignal-receives-your-device-s-push share onesignal [user.device.push_token user.content.private] {}']],
    ['"… but never sell it" has the subject before "but"; "forms that you start but never submit" is a subject, unsplit', 'Data', 'We collect your phone number but never sell it. Onboarding forms that you start but never submit are deleted after 30 days.', ['data/we-collect-your-phone-number-but collect user.contact.phone_number', 'data/we-collect-your-phone-number-but prohibit share user.contact.phone_number to=[] for=[sale]', 'data/we-collect-your-phone-number-but retain onboarding form start but submit unsubmitted 30']],
    ['"Google receives …" after "Google Analytics" in the clause is that vendor', 'Analytics', 'Google Analytics helps us count visits. Google receives a random identifier stored in a cookie on your device, never your name.', ['analytics/google-analytics-helps-us-count-visits share google-analytics [user.unique_id.pseudonymous user.device.cookie_id] {}']],
    ['"For registered users(,) their username, email address and password are stored": the opener names whose data; the whole list is the subject', 'Accounts', 'For registered users their username, email address, and password are stored. For customers, billing addresses are stored.', ['accounts/for-registered-users-their-username-email collect user.account.username user.contact.email user.authorization.password user.contact.address']],
    ['"when no longer needed" says when, not that it is not done: kept as long as necessary, no ban; "it" is the analytics data the sentence before named', 'Retention', 'Analytics data is reviewed periodically. We delete or anonymise it when no longer needed.', ['retention/analytics-data-is-reviewed-periodically-we retain analytic as long as necessary']],
    ['a ban on keeping data in logs is scoped to logs', 'Websites', 'We do not store IP addresses or any other identifying information in our logs.', ['websites/we-do-not-store-ip-addresses prohibit collect user.device.ip_address to=[] for=[] if=[in logs]']],
    ['a vendor may not use data in its own projects: a limit on the vendor\'s purposes', 'MailChimp', 'We do not allow MailChimp to use your information in their data science projects.', ['mailchimp/we-do-not-allow-mailchimp-to prohibit share user to=[mailchimp] for=[vendor_own_purposes]']],
    ['"we will never ask you for your password" warns against phishing', 'Security', 'Keep your password safe (we will never ask you for your password).', ['security/keep-your-password-safe-we-will collect user.authorization.password']],
    ['"the information" is what the sentence before named', 'Payments', 'We collect your card number at checkout. The information is never sold to anyone.', ['payments/we-collect-your-card-number-at collect user.financial.credit_card', 'payments/we-collect-your-card-number-at prohibit share user.financial.credit_card to=[] for=[sale]']],
    ['"your behavior" is behavioural data', 'Tracking', 'We do not track your behavior on other websites.', ['tracking/we-do-not-track-your-behavior prohibit collect user.behavior to=[] for=[tracking]']],
    ['", nor do we use cookies to serve advertising" is negated, the subject after its auxiliary', 'Cookies', 'We keep sessions short, nor do we use cookies to serve advertising.', ['cookies/we-keep-sessions-short-nor-do prohibit share user.device.cookie_id to=[advertising marketing] for=[marketing]']],
    ['"No X or Y reports are used" is a negative subject, however long', 'Analytics', 'No Enhanced Link Attribution or Demographics and Interests reports are used.', ['analytics/no-enhanced-link-attribution-or-demographics prohibit collect user.demographic to=[] for=[]']],
    ['"We do not collect IP addresses through Google Analytics" is a ban on what that tool gathers, scoped to it', 'Analytics', 'We do not collect IP addresses through Google Analytics.', ['analytics/we-do-not-collect-ip-addresses prohibit collect user.device.ip_address to=[google-analytics] for=[]']],
    ['an opening negative adverbial inverts the sentence: "At no time will we sell …", "Under no circumstances do we share … with advertisers", "At no point is … logged or given to a 3rd party"', 'Sharing', 'At no time will we sell your personal information. Under no circumstances do we share your email address with advertisers. At no point is your location data logged or given to a 3rd party.', ['sharing/at-no-time-will-we-sell prohibit share user to=[] for=[sale]', 'sharing/at-no-time-will-we-sell prohibit share user.contact.email to=[advertising marketing] for=[marketing]', 'sharing/at-no-time-will-we-sell prohibit collect user.location to=[] for=[]', 'sharing/at-no-time-will-we-sell prohibit share user.location to=[third_party] for=[]']],
    ['"Even with analytics permissions granted, we do not track:" stresses the rule: its items are bans, as under "We do not track:"; "chat settings" are settings', 'What we do not track', 'Even with analytics permissions granted, we do not track:\n\n- **Conversations**: Your interactions remain private.\n- **Chat settings**: They stay with you.', ['what-we-do-not-track/conversations prohibit collect user.content.private to=[] for=[tracking]', 'what-we-do-not-track/chat-settings prohibit collect user.account.settings to=[] for=[tracking]']],
    ['"statistics about the behavior of visitors" is behavioural data', 'Statistics', 'We may collect statistics about the behavior of visitors to our websites.', ['statistics/we-may-collect-statistics-about-the collect user.behavior']],
    ['"technical and interaction data": the modifier before "and" shares the head noun', 'Telemetry', 'We collect a minimal amount of technical and interaction data.', ['telemetry/we-collect-a-minimal-amount-of collect user.device user.behavior user.behavior.clickstream']],
    ['"However, we may disclose …" after "We do not sell, trade, or otherwise transfer your personal information to third parties" makes both bans rules with exceptions, the one read from the last verb too', 'Disclosure', 'We do not sell, trade, or otherwise transfer your personal information to third parties. However, we may disclose your personal information in the following circumstances:', ['disclosure/we-do-not-sell-trade-or prohibit share user to=[third_party] for=[sale] if=[except]', 'disclosure/we-do-not-sell-trade-or prohibit share user to=[third_party] for=[] if=[except]']],
    ['what a vendor\'s terms are reported to say ("… Terms of Service, section 5, states that … data will not be used …") is no rule of the product\'s', 'Storage', "All data we collect is stored on servers at Google Cloud. Google Cloud's Terms of Service, section 5, states that Google will use data only to deliver the service; data will not be used in conjunction with Google's advertising products.", ['storage/all-data-we-collect-is-stored share gcp [] {}']],
    ['after a negated verb the reader does not know ("never see", "don\'t make … deals"), "or store", "or collect" is the negated verb', 'Payments', "Card details are entered on a form provided by Stripe. We never see or store full card numbers. We don't make advertising deals or collect biometric data.", ['payments/card-details-are-entered-on-a share stripe [user.financial.credit_card] {}', 'payments/card-details-are-entered-on-a prohibit collect user.financial.credit_card to=[] for=[]', 'payments/card-details-are-entered-on-a prohibit collect user.biometric to=[] for=[]']],
    ['a label "Here\'s exactly what I collect" says that what follows is collected, even a sentence whose verb is "use"', 'About', "Here's exactly what I collect: Server logs use the standard combined format, which includes IP addresses and User Agent strings.", ['about/here-s-exactly-what-i-collect collect user.device.ip_address user.device.user_agent user.telemetry']],
    ['"X is never stored or given to third parties": the last verb of a negated list, a disclosure, is a ban of its own', 'Location', 'Your location data is never stored or given to third parties.', ['location/your-location-data-is-never-stored prohibit collect user.location to=[] for=[]', 'location/your-location-data-is-never-stored prohibit share user.location to=[third_party] for=[]']],
    ['"we prevent Sentry from storing IP addresses" is a ban on sending them to Sentry', 'Sentry', 'We prevent Sentry from storing IP addresses.', ['sentry/we-prevent-sentry-from-storing-ip prohibit share user.device.ip_address to=[sentry] for=[]']],
    ['"the information you provide will be transferred to Mailchimp": the relative clause is no main verb; what the user gives is collected', 'Newsletter', 'When you provide your name and email address to receive updates, the information you provide will be transferred to Mailchimp for processing.', ['newsletter/when-you-provide-your-name-and collect user.name user.contact.email', 'newsletter/when-you-provide-your-name-and share mailchimp [] {}']],
    ['configuration settings, app versions and performance are data', 'Data we collect', '- App version, configuration settings, speed and performance.', ['data-we-collect/app-version-configuration-settings-speed-and collect user.device.installed_software user.account.settings user.telemetry']],
    ['"we act as the data processor on your behalf" is the product\'s role, not a recipient', 'Roles', 'When you submit emails, we act as the data processor on your behalf and you are the controller.', ['roles/when-you-submit-emails-we-act collect user', 'roles/when-you-submit-emails-we-act collect user.contact.email']],
    ['"we do not allow trackers or analytics tools to operate on the site" bans them; never a share', 'Trackers', 'We do not allow third-party trackers or analytics tools to operate on our site.', ['trackers/we-do-not-allow-third-party prohibit share user to=[analytics] for=[]']],
    ['"Mozilla is not considered a third party" is the exception to the ban beside it; browsing activity is browsing history', 'Sharing', 'Your browsing activity is not shared with any third party. Mozilla is not considered a third party.', ['sharing/your-browsing-activity-is-not-shared prohibit share user.behavior.browsing_history to=[third_party] for=[] if=[except]']],
    ['"transmitted directly from your browser to Stripe": the recipient after the source', 'Payments', 'Card details are transmitted directly from your browser to Stripe, our payment processor.', ['payments/card-details-are-transmitted-directly-from share stripe [user.financial.credit_card] {}']],
    ['"your first and last name" is the whole name', 'Data we hold', '- your first and last name;', ['data-we-hold/your-first-and-last-name collect user.name']],
    ['"we do not attempt to track people" is a ban on tracking', 'Tracking', 'We do not attempt to track people who visit our website.', ['tracking/we-do-not-attempt-to-track prohibit use user.behavior to=[] for=[tracking]']],
    ['"this chatmail server does not store Internet addresses" is the product\'s own ban; "the CAPTCHA service" stays a vendor', 'Servers', 'This chatmail server does not store Internet addresses. The CAPTCHA service evaluates your IP address.', ['servers/this-chatmail-server-does-not-store prohibit collect user.device.ip_address to=[] for=[]']],
    ['"Firebase is analytics service provided by Google" names the vendor\'s product of that kind', 'Analytics', 'Firebase is analytics service provided by Google Inc.', ['analytics/firebase-is-analytics-service-provided-by share firebase-analytics [] {}', 'analytics/firebase-is-analytics-service-provided-by share gcp [] {}']],
    ['the data of the user\'s own children is collected; a relative clause that ends a list ("features you use") is no main verb', 'Data we hold', '- Your children. The first name and date of birth of each child you add.\n- Device information. Device model, IP address, and the screens and features you use.', ['data-we-hold/your-children-the-first-name-and collect user.name.first user.demographic.date_of_birth', 'data-we-hold/device-information-device-model-ip-address collect user.device user.device.model user.device.ip_address user.behavior']],
    ['"the only information we send to Sentry" keeps its verb', 'Bug tracking', 'We gather your operating system. This is the only information we send to Sentry.', ['bug-tracking/we-gather-your-operating-system-this collect user.device.os', 'bug-tracking/we-gather-your-operating-system-this share sentry [] {}']],
    ['"we don\'t send any personal data to Acmeco" is a ban scoped to that vendor, catalogued or not', 'Realtime', 'We do not send any personal data to Acmeco.', ['realtime/we-do-not-send-any-personal prohibit share user to=[acmeco] for=[]']],
    ['"Resend, to send booking emails." names the vendor although its name is a verb', 'Service providers', '- Resend, to send booking emails.', ['service-providers/resend-to-send-booking-emails share resend [user.behavior.booking_history user.contact.email] {}']],
    ['"we ordinarily do not disclose IP addresses" is a habit, not a rule', 'Logs', 'We ordinarily do not disclose IP addresses to third parties, but may do so for consultants.', ['logs/we-ordinarily-do-not-disclose-ip prohibit share user.device.ip_address to=[third_party] for=[] if=[usually]']],
    ['"Your email and password (encrypted and never stored in plaintext)": the aside\'s negation leaves the list collected', 'Data we hold', '- Account Information: Your email and password (encrypted and never stored in plaintext).', ['data-we-hold/account-information collect user.account user.contact.email user.authorization.password']],
    ['"is used for functionality and does not track your activity" is two verb phrases, the second negated', 'Storage', 'Local storage is used solely for functionality and does not track your activity.', ['storage/local-storage-is-used-solely-for collect user.device.cookie_id']],
    ['links to third-party websites disclose nothing', 'Links', 'Our Service may contain links to third-party web sites. We are not responsible for their content.', []],
    ['"does not integrate with chat tools such as Slack" bans sharing with those vendors; integrating is sharing', 'Sharing', 'Acme does not integrate with chat or messaging tools such as Slack or Discord.', ['sharing/acme-does-not-integrate-with-chat prohibit share user.content.private to=[slack discord] for=[]']],
    ['"companies that host data, send emails, provide analytics" are those kinds of recipient', 'Sharing', 'We share data with service providers – companies that host data, send emails, provide analytics or security, and help us operate.', ['sharing/we-share-data-with-service-providers share analytics email_delivery cloud_hosting [user.contact.email] {}']],
    ['"your personal data is not revealed to us" bans no sharing', 'Browsing', 'For general browsing of this website, your personal data is not revealed to us.', []],
    ['"where configured are cookieless" is true of some setups only: a rule with that condition', 'Analytics', 'These tools avoid cross-site tracking, and where configured are cookieless.', ['analytics/these-tools-avoid-cross-site-tracking prohibit collect user.device.cookie_id to=[] for=[] if=[when]']],
    ['a generic label its body describes ("Service providers – companies that host data, send emails") names those kinds', 'How we share information', '- **Service providers & contractors** – companies that host data, send emails and help us operate.', ['how-we-share-information/service-providers-contractors share email_delivery cloud_hosting [user.contact.email] {}']],
    ['"We don\'t share them with anyone": "them" is the data the sentence before named', 'Visa letters', 'Passport details are used only to produce your invitation letter. We don\'t share them with anyone.', ['visa-letters/passport-details-are-used-only-to collect user.government_id.passport_number', 'visa-letters/passport-details-are-used-only-to prohibit share user.government_id.passport_number to=[] for=[]']],
    ['"Crash reports contain a stack trace only; they never contain your name": "they" are the crash reports', 'Crashes', 'Crash reports contain a stack trace only; they never contain your name or email address.', ['crashes/crash-reports-contain-a-stack-trace collect user.telemetry', 'crashes/crash-reports-contain-a-stack-trace prohibit share user.name user.contact.email to=[error_monitoring] for=[]']],
    ['"photos that you don\'t save … are deleted after 30 days": the negation is the subject\'s, the period stands', 'Retention', 'Diagnosis photos that you don\'t save to a journal are deleted after 30 days.', ['retention/diagnosis-photos-that-you-don-t retain diagnosis photos save journal unsaved 30']],
    ['"if you delete your account, we delete your data within 30 days" is counted from the deletion', 'Retention', 'If you delete your account, we delete your data within 30 days.', ['retention/if-you-delete-your-account-we retain account 30 (after a deletion request)']],
    ['vendors given as examples of a kind ("your chosen AI model provider (e.g., OpenAI, Anthropic)") declare the kind as well', 'Where your data goes', 'Your prompts are sent to your chosen AI model provider (e.g., OpenAI, Anthropic) to generate responses.', ['where-your-data-goes/your-prompts-are-sent-to-your share ai [user.content.private] {}', 'where-your-data-goes/your-prompts-are-sent-to-your share openai anthropic [user.content.private] {}']],
    ['"run models locally to prevent data being sent to third parties" discloses nothing', 'Your choices', 'You can run models locally to prevent data being sent to third-parties.', []],
    ['the product\'s own hosted edition ("Acme Cloud" in Acme\'s policy) is not a vendor', 'Telemetry', 'We collect usage data in n8n Cloud to improve the product. Write to privacy@n8n.io with questions.', ['telemetry/we-collect-usage-data-in-n8n collect user.behavior']],
    ['"for as long as you have an open account with us" is the account\'s lifetime', 'Retention', 'We retain personal data about you for as long as you have an open account with us.', ['retention/we-retain-personal-data-about-you retain  account lifetime']],
    ['a list item that is a kind of provider named by what it does ("Product fulfillment and delivery providers")', 'Service providers', '- Product fulfillment and delivery providers.\n- Support and customer service vendors.', ['service-providers/product-fulfillment-and-delivery-providers share shipping [] {}', 'service-providers/support-and-customer-service-vendors share customer_support [] {}']],
    ['"email communication software" is email delivery, not a messaging service (and "email communication" is a service, naming no data: neither messages nor addresses)', 'Service providers', 'We share data with service providers who provide us with email communication software.', ['service-providers/we-share-data-with-service-providers share email_delivery [] {}']],
    // retention wording, sixth round
    ['"nothing requires us keeping your data longer than the time users have an account": as long as the account', 'Retention', 'No purpose in this notice will require us keeping your personal information for longer than the period of time in which users have an account with us.', ['retention/no-purpose-in-this-notice-will retain  account lifetime']],
    ['"longer than one (1) month past the termination of the account": a month, counted from the account\'s end', 'Retention', 'No purpose in this notice will require us keeping your personal information for longer than one (1) month past the termination of the user\'s account.', ['retention/no-purpose-in-this-notice-will retain  30.44 (after account termination)']],
    ['a subject with numbers in it ("4xx and 5xx … error logs") keeps them', 'Logs', 'We store 4xx and 5xx SMTP response code error logs for 7 days.', ['logs/we-store-4xx-and-5xx-smtp collect user.telemetry', 'logs/we-store-4xx-and-5xx-smtp retain 4xx 5xx smtp response code error log 7']],
    ['seconds and minutes are periods too', 'Media', 'Minimal information about the media is stored for 90 minutes.', ['media/minimal-information-about-the-media-is retain minimal media 0.06']],
    ['a notice period is not retention', 'Changes', 'We will give you 30 days\' notice before we delete inactive accounts.', []],
    ['"so we cannot identify you" is what anonymising leaves possible, no ban', 'Analytics', 'The IP address is shortened (so we cannot identify you).', []],
    ['"the password is not stored in clear text" says how it is kept, no ban', 'Security', 'Your password is never stored in plain text.', []],
    // eleventh round
    ['an item of a providers list that starts with a name the catalog does not know names a recipient; a kind does not', 'Third parties', 'We use a limited set of providers, each only for their stated purpose:\n\n- **Playwire** for advertising on the public site only.\n- **Zorblax Cloud** for error reporting.\n- Security for our login pages.', ['third-parties/we-use-a-limited-set-of share service_provider [] {}', 'third-parties/playwire-for-advertising-on-the-public share playwire [] {}', 'third-parties/zorblax-cloud-for-error-reporting share zorblax cloud [] {}']],
    ['"does not make use of" is "does not use"', 'Cookies', 'Acme does not make use of any functional or third-party cookies.', ['cookies/acme-does-not-make-use-of prohibit collect user.device.cookie_id to=[] for=[]']],
    ['"Street View" is a product, not a street', 'Maps', 'We use Google Maps / Street View for game imagery.', ['maps/we-use-google-maps-street-view share google-maps [] {}']],
    ['a numbered label that denies ("1.4 No Sensitive Personal Information.") declares nothing collected', 'Data we gather', '**1.4 No Sensitive Personal Information.** We do not intentionally collect sensitive personal information such as health or biometric data.', []],
    ['a VAT ID is a tax identifier', 'Data we gather', 'Billing data: billing address and VAT ID for business accounts.', ['data-we-gather/billing-data collect user.contact.address user.government_id.tax_id']],
    ['"the GPS position of your phone" is the device\'s position, not a phone number', 'Location', 'We do not record the GPS position of your phone or your vehicle.', ['location/we-do-not-record-the-gps prohibit collect user.location.precise to=[] for=[]']],
    ['an aside with a subject of its own is read apart, after a section number before the label; "a range, not your date of birth" rules it out', 'Data we gather', '1.2 Panel profile: country and city; age range (we ask for a range, not your date of birth); gender (optional).', ['data-we-gather/panel-profile collect user.contact.address.country user.location.imprecise user.contact.address.city user.demographic.age_range user.demographic.gender']],
    ['"your year of birth only, not your full date of birth" collects the year', 'Data we gather', 'We store your year of birth only, not your full date of birth.', ['data-we-gather/we-store-your-year-of-birth collect user.demographic.age_range']],
    ['"but not limited to" leaves nothing out', 'Data we gather', 'We collect information including, but not limited to, your name.', ['data-we-gather/we-collect-information-including-but-not collect user.name']],
    ['what templates are made from is not what the ban covers; a list of sources is', 'Photos', 'We do not use facial recognition and we do not create biometric templates from your photo. We do not collect data from your contacts or your photos.', ['photos/we-do-not-use-facial-recognition prohibit collect user.biometric to=[] for=[]', 'photos/we-do-not-use-facial-recognition prohibit collect user.contact.address_book user.content.self_image to=[] for=[]']],
    ['"not for any unconnected purpose" limits our own use; no ban', 'Principles', 'We will not process personal data obtained for one purpose for any unconnected purpose unless the individual concerned has agreed to this.', []],
    ['emails that arrive are messages; "names and emails" are addresses', 'Mailboxes', 'We store the emails you receive. We collect names and emails.', ['mailboxes/we-store-the-emails-you-receive collect user.content.email_content user.name user.contact.email']],
    ['relying on agreements or consent shares nothing', 'Legal bases', 'We rely on data processing agreements or equivalent safeguards with these providers. We rely on your consent to send newsletters.', []],
    ['"Claude" is Anthropic\'s, "ChatGPT" OpenAI\'s', 'AI', 'We use Claude for AI flashcard generation. Your prompts are sent to ChatGPT.', ['ai/we-use-claude-for-ai-flashcard share anthropic [] {}', 'ai/we-use-claude-for-ai-flashcard share openai [user.content.private] {}']],
    ['"using your Google, Facebook, or Apple account" names the user\'s accounts, not recipients, so a ban beside it stands', 'Accounts', 'If you pick a premium voice, you will be asked to sign in, either by creating an account, or using your Google, Facebook, or Apple account. None of the data we collect is shared with any third parties.', ['accounts/if-you-pick-a-premium-voice prohibit share user to=[third_party] for=[]']],
    ['"no access to anything you do inside Claude Code": where data is, not a recipient', 'Access', 'We have zero access to your prompts or anything you do inside Claude Code.', ['access/we-have-zero-access-to-your prohibit collect user.content.private to=[] for=[]']],
    ['statistics of a vendor\'s product ("Claude Code session statistics") are the user\'s, sent to no one', 'Data we gather', '- **Usage data:** aggregate Claude Code session statistics you submit (cost, token counts) — never prompts or code', ['data-we-gather/usage-data collect user.behavior']],
    ['"anywhere else" and "elsewhere" make a ban with an exception, like "anyone else"', 'Transfers', 'No data is sent anywhere else.', ['transfers/no-data-is-sent-anywhere-else prohibit share user to=[] for=[] if=[except]']],
    ['"where it is essential" does not point back at the data a ban names; "your panel profile" is no profiling', 'Data we gather', 'We do not ask for or record your religion or health in your panel profile. A researcher may ask a sensitive question only where it is essential to the study.', ['data-we-gather/we-do-not-ask-for-or prohibit collect user.demographic.religious_belief user.health_and_medical to=[] for=[]']],
    // twentieth round
    ['a vendor we embed, or that delivers our emails, receives data', 'Vendors', 'We embed and rely on Cal.com for scheduling. Transactional emails are delivered via Resend.', ['vendors/we-embed-and-rely-on-cal share cal-com [] {}', 'vendors/we-embed-and-rely-on-cal share resend [] {}']],
    ['"we deliver the service" names no recipient', 'Service', 'We deliver the Service to you.', []],
    ['a part of our site is our site ("Some of our web pages use cookies"); a GDPR article ("Art. 6") is no vendor', 'Cookies', 'Some of our web pages use cookies. Cookies are stored pursuant to Art. 6 paragraph 1 of GDPR.', ['cookies/some-of-our-web-pages-use collect user.device.cookie_id']],
    ['"some of our partners" are partners, not us', 'Cookies', 'Some of our partners use cookies.', ['cookies/some-of-our-partners-use-cookies share business_partner [user.device.cookie_id] {}']],
    ['a labelled item under "What you give us" is collected', 'What you give us', 'Sign-in: Your phone number or email address.', ['what-you-give-us/sign-in collect user.contact.phone_number user.contact.email']],
    ['a labelled item under "Information you share with us" is collected, not shared', 'Information you share with us', 'Contact: your email address.', ['information-you-share-with-us/contact collect user.contact.email']],
    ['"that content" is the user content just named, not all personal data', 'Public content', 'Most of Acme is public. We do not sell that content; it is yours.', ['public-content/most-of-acme-is-public-we share other_users [] {}', 'public-content/most-of-acme-is-public-we prohibit share user.content to=[] for=[sale]']],
    ['a spaced dash before a new subject and its verb starts a clause of its own', 'Analytics', 'We use hashing to create anonymous visitor IDs - your actual IP address is never stored.', ['analytics/we-use-hashing-to-create-anonymous prohibit collect user.device.ip_address to=[] for=[]']],
    ['voice recordings are audio, not voiceprints; "we do not create voiceprints" bans making them', 'Voice', 'We store your voice recordings. We do not create voiceprints or any other biometric identifier from your recordings.', ['voice/we-store-your-voice-recordings-we collect user.content.audio', 'voice/we-store-your-voice-recordings-we prohibit collect user.biometric.voice user.biometric to=[] for=[]']],
    ['an ad network named by its product ("Carbon Ads") is an advertising recipient', 'Ads', 'This website uses Carbon Ads, a service for including advertisements from BuySellAds.', ['ads/this-website-uses-carbon-ads-a share carbon-ads [] {}']],
    ['"we count page visits" after a purpose is collecting them; "survey responses" are what people write', 'Statistics', 'For statistical purposes, we count page visits and link clicks. We store your survey responses for you.', ['statistics/for-statistical-purposes-we-count-page collect user.behavior.clickstream user.content']],
    ['"… are sent anonymously to the web server", "sent to us": what reaches the product is collected; "your language" is the person\'s language, "plain language" none', 'Visitors', 'Your language and time zone are sent anonymously to the web server. Your email address is sent to us. We write this notice in plain language.', ['visitors/your-language-and-time-zone-are collect user.demographic.language user.location.imprecise user.contact.email']],
    ['"It sees technical data such as … and a random account ID", "Recordings are labelled with your member number only": a later sentence about the vendor named says what it gets', 'Vendors', '- Datadog monitors our servers. It sees technical data such as load times and a random account ID.\n- LogRocket records how the portal is used. What you type is masked, and recordings are labelled with your member number only.', ['vendors/datadog-monitors-our-servers-it-sees share datadog [user.device user.telemetry user.unique_id] {}', 'vendors/logrocket-records-how-the-portal-is share logrocket [user.unique_id] {}']],
    ['"… to pet insurers or other companies that want to market to you": a ban on passing data to whoever markets, not to every recipient', 'Sharing', "We never pass owners' contact details to pet insurers, pet food brands or other companies that want to market to you.", ['sharing/we-never-pass-owners-contact-details prohibit share user.contact to=[advertising marketing] for=[marketing]']],
    ['"delivers push notifications to the phones of nurses" names devices, not phone numbers; "A notification contains …" says what the vendor gets', 'Vendors', 'OneSignal delivers push notifications to the phones of nurses and families. A notification contains the visit time and the first name of the nurse.', ['vendors/onesignal-delivers-push-notifications-to-the collect user.name.first', 'vendors/onesignal-delivers-push-notifications-to-the share onesignal [user.name.first] {}']],
    ['"We don\'t copy, scan or keep your passport" bans keeping it (copying and scanning are verbs of keeping and collecting); "a translated copy of this document" is a noun', 'Check-in', "We don't copy, scan or keep your passport. If a translated copy of this document conflicts with the English copy, the English copy prevails.", ['check-in/we-don-t-copy-scan-or prohibit collect user.government_id.passport_number to=[] for=[]']],
    ['"information about your use of our website" is how the product is used, "the pages you visited" browsing; "We can optionally send crash reports" sends them home; "communicates with OpenStreetMap" names a recipient', 'Data', 'We collect information about your use of our website, including the pages you visited. We can optionally send crash reports. The app communicates with OpenStreetMap to display maps.', ['data/we-collect-information-about-your-use collect user.behavior user.behavior.browsing_history user.telemetry', 'data/we-collect-information-about-your-use share openstreetmap [] {}']],
    ['under "What we don\'t track", an item that says what the user does ("Storage: You retain full control over storing your files and logs") rules nothing out; a nominal item still does', 'What we don\'t track', '- **Storage**: You retain full control over storing your files and logs.\n- **Location**: Your precise location.', ['what-we-don-t-track/location prohibit collect user.location.precise to=[] for=[]']],
    ['a principle of collecting little ("We don\'t collect anything beyond what\'s necessary", "no more data than is necessary") bans nothing; one kind of data collected no more than needed is a ban with that condition', 'Principles', "We don't collect anything beyond what's necessary for our services. We do not collect more data than is necessary. We do not collect your location beyond what is necessary.", ['principles/we-don-t-collect-anything-beyond prohibit collect user.location to=[] for=[] if=[except beyond necessary]']],
    ['"We don\'t provide email support", "We do not provide phone support": a service not offered, no ban on sharing an address or a number; "provide … to advertisers" still is', 'Support', "We don't provide email support, but you can send us an email about privacy concerns. We do not provide phone support. We do not provide your phone number to advertisers.", ['support/we-don-t-provide-email-support collect user.contact.email', 'support/we-don-t-provide-email-support prohibit share user.contact.phone_number to=[advertising marketing] for=[marketing]']],
    ['"the maintainers", "Neither the authors nor the publisher" of a project are the product\'s own people', 'Sharing', 'The maintainers never sell your data. Neither the authors nor the publisher share any of the data you provide.', ['sharing/the-maintainers-never-sell-your-data prohibit share user to=[] for=[sale]', 'sharing/the-maintainers-never-sell-your-data prohibit share user to=[] for=[]']],
    ['data "stored only in the browser\'s local storage" or "only accessible to you" stays with the user: not collected, and local storage there is a place, not a cookie', 'Storage', "Your reading list is stored only in the browser's local storage. The debug log is only accessible to you.", []],
    ['a kind of recipient that ends the product\'s own name ("Acme AI may utilize third-party services") names no AI provider; "they are not permitted to use it for other purposes" limits what the recipients do, it leaves no data out of what they get', 'Third-Party Services', 'Acme AI may utilize third-party services, such as hosting providers or analytics providers, to help us operate. These third parties may have access to your personal information as necessary to perform their functions, but they are not permitted to use it for other purposes.\n\nAcme AI may utilize third-party services.', ['third-party-services/acme-ai-may-utilize-third-party share cloud_hosting analytics [] {}', 'third-party-services/acme-ai-may-utilize-third-party share third_party [] {}', 'third-party-services/acme-ai-may-utilize-third-party-2 share third_party [] {}']],
    ['"cannot make any assurances about how the third-party services you choose will handle the data" disclaims what others do, it discloses nothing; a share beside "no guarantees about how Mailchimp handles your data" stays', 'Sharing', 'The authors cannot make any assurances about how the Third-party services you choose to store your bookmarks on will handle the data you provide.\n\nWe share your email with Mailchimp. We make no guarantees about how Mailchimp handles your data.', ['sharing/we-share-your-email-with-mailchimp share mailchimp [user.contact.email] {}']],
    ['"we use Google Analytics, which collects information your browser sends. This data may include IP addresses …": what the vendor gathers is shared with it, not collected by the product; "We collect your email. This data may include your name." is still collection', 'Analytics', 'Like most websites, we use Google Analytics, which collects information that your browser sends whenever you visit the website. This data may include internet protocol (IP) addresses, browser type and time spent on each page.\n\nWe use PostHog, which records your IP address.\n\nWe collect your email. This data may include your name.', ['analytics/like-most-websites-we-use-google share google-analytics [user.device.ip_address user.device.user_agent user.behavior.app_usage user.behavior] {}', 'analytics/we-use-posthog-which-records-your share posthog [user.device.ip_address] {}', 'analytics/we-collect-your-email-this-data collect user.contact.email user.name']],
    ['"We securely encrypt and store the credentials you provide": a verb the reader does not know right after the subject is joined to the one it does ("store"), which is the verb, not the "provide" of the relative clause', 'Security', 'We securely encrypt and store the credentials you provide. We encrypt and never share your messages.', ['security/we-securely-encrypt-and-store-the collect user.authorization.credentials', 'security/we-securely-encrypt-and-store-the prohibit share user.content.private to=[] for=[]']],
    ['"We do not use Google user data for serving advertisements, including … interest-based advertising": of one vendor\'s data, what it is not used for (a use), not a ban on sending it to advertisers', 'Google user data', 'We do not use Google user data for serving advertisements, including retargeting, personalized, or interest-based advertising.', ['google-user-data/we-do-not-use-google-user prohibit use user to=[advertising marketing] for=[marketing]']],
    ['"retained for the period you configure" ends when the user says (until deleted); "we review analytics data periodically and delete or anonymise it when no longer needed" keeps it as long as necessary', 'Retention', 'Server metrics and logs are retained for the period you configure (e.g., metrics retention days, backup schedules).\n\nWe review aggregated analytics data periodically and delete or anonymise it when no longer needed.', ['retention/server-metrics-and-logs-are-retained retain server metric log until deleted', 'retention/we-review-aggregated-analytics-data-periodically retain  as long as necessary']],
    ['"Setting data is stored only on local storage and never sent to an external server": the half after "and" keeps its subject and its "is" (a ban on sending the settings anywhere)', 'Data', 'Setting data is stored only on local storage and never sent to an external server.', ['data/setting-data-is-stored-only-on prohibit share user.account.settings to=[] for=[]']],
    ['"Hosting and AI providers receive your messages", "Hosting, email and payment providers process …": a list of kinds that share their noun is the subject, and its first word is no verb ("Hosting the service requires …" still reads nothing)', 'Sharing', 'Hosting and AI providers receive your messages.\n\nHosting, email and payment providers process your name and email address.\n\nHosting the service requires that we process your IP address.', ['sharing/hosting-and-ai-providers-receive-your share cloud_hosting ai [user.content.private] {}', 'sharing/hosting-email-and-payment-providers-process share cloud_hosting email_delivery payment_processor [user.name user.contact.email] {}']],
    ['"This data will not be intentionally shared with anyone", "We do not knowingly sell your personal information": an adverb between "be" and the participle keeps it passive, "this data" is what the sentence before names, and a hedge on a disclosure or a sale still bans it (not on collection, nor about children)', 'Data', 'We collect your email address. This data will not be intentionally shared with anyone or anything.\n\nWe do not knowingly sell your personal information.\n\nWe do not knowingly collect your location.\n\nWe do not knowingly share personal information of children under 13.', ['data/we-collect-your-email-address-this collect user.contact.email', 'data/we-collect-your-email-address-this prohibit share user.contact.email to=[] for=[]', 'data/we-do-not-knowingly-sell-your prohibit share user to=[] for=[sale]']],
    ['"We do not collect or record your social username": a handle on a social network, not the account name the product gives', 'Data', 'We do not collect or record your social username.', ['data/we-do-not-collect-or-record prohibit collect user.social.account to=[] for=[]']],
    ['"… logging, which collects your IP address. These logs are deleted after 10 days, and we do not share this data with any third-party": the logs hold what the sentence before says they collect, and that is what is not shared; "we will not share this with any third-party" takes the data just named', 'Logs', 'We use basic webserver logging for sysadmin purposes, which collects your IP address along with the requests you make. These logs are deleted after 10 days, and we do not share this data with any third-party.\n\nYour e-mail address and/or country; we may use this information to manage your account. We will not share this with any third-party.', ['logs/we-use-basic-webserver-logging-for collect user.device.ip_address', 'logs/we-use-basic-webserver-logging-for prohibit share user.device.ip_address to=[third_party] for=[]', 'logs/we-use-basic-webserver-logging-for retain log 10', 'logs/your-e-mail-address-and-or collect user.contact.email user.contact.address.country user.location.imprecise', 'logs/your-e-mail-address-and-or prohibit share user.contact.email user.contact.address.country to=[third_party] for=[]']],
    ['"… information that your browser sends to us that is called Log Data. This Log Data may include your IP address …": a capitalised name of data is no company, so what it includes is collected, not shared with a "Log"', 'Log Data', 'Whenever you visit our Service, we collect information that your browser sends to us that is called Log Data. This Log Data may include information such as your IP address, browser version and the pages of our Service that you visit.', ['log-data/whenever-you-visit-our-service-we collect user.telemetry user.device.ip_address user.device.user_agent']],
    ['"We do not share identifiable data with third parties": identifiable data is personal data, so this is a ban on sharing it; "… in an identifiable form" still only limits how it is shared', 'Sharing', 'We do not share identifiable data with third parties.\n\nWe do not share your usage data in an identifiable form.', ['sharing/we-do-not-share-identifiable-data prohibit share user to=[third_party] for=[]']],
    ['"we collect information from your interactions with our website": how the person uses the site, behavioural data', 'Data', 'To make your experience better, we collect information from your interactions with our website.', ['data/to-make-your-experience-better-we collect user.behavior']],
    ['"Your notes are stored in the database": the notes people write in a note-taking product ("release notes" are not)', 'Data', 'Your notes are stored in the database.\n\nSee the release notes for details.', ['data/your-notes-are-stored-in-the collect user.content']],
    ['"If you make a payment using Fiat we will collect your payment details": without a comma the main clause starts at its "we", so the verb is "collect", not the "using" of the if-clause', 'Payments', 'If you make a payment using Fiat we will collect your payment details.', ['payments/if-you-make-a-payment-using collect user.financial']],
    ['"we also collect your company name, which is not shared with any third-party": the relative clause bans disclosing what the clause names', 'Data', 'We also collect your company name, which is not shared with any third-party.\n\nWe collect your email, which will never be sold.', ['data/we-also-collect-your-company-name collect user.workplace', 'data/we-also-collect-your-company-name prohibit share user.workplace to=[third_party] for=[]', 'data/we-collect-your-email-which-will collect user.contact.email', 'data/we-collect-your-email-which-will prohibit share user.contact.email to=[] for=[sale]']],
    ['"Payment details are only processed by Stripe": "only" between "be" and the participle keeps it passive, so the payment details are what Stripe gets', 'Sharing', 'Payment details are only processed by Stripe.', ['sharing/payment-details-are-only-processed-by share stripe [user.financial] {}']],
    ['"Memos does not report feature usage back to the project", "The app does not report your usage back to us": data the product never reports to its makers is not collected', 'Telemetry', 'Acme does not report feature usage or behavior back to the project.\n\nThe app does not report your usage back to us.', ['telemetry/acme-does-not-report-feature-usage prohibit collect user.behavior to=[] for=[]', 'telemetry/the-app-does-not-report-your prohibit collect user.behavior to=[] for=[]']],
    ['"Out of respect for the community, this website does not use any third-party analytics …", "Due to the nature of the service, we collect your location": an opening prepositional phrase ends at its comma, and the subject after it acts', 'Privacy', 'Out of respect for the community, this website does not use any third-party analytics, and we do not share any private user data with third parties.\n\nDue to the nature of the service, we collect your location.', ['privacy/out-of-respect-for-the-community prohibit share user to=[analytics] for=[]', 'privacy/out-of-respect-for-the-community prohibit share user to=[third_party] for=[]', 'privacy/due-to-the-nature-of-the collect user.location']],
    ['"Key cookies we use: - session — keeps you signed in. Expires after 30 days": the item joins the lead-in by its first sentence, so the capital of the next ("Expires") names no vendor', 'Cookies', 'Key cookies we use:\n\n- session — keeps you signed in. Expires after 30 days.', ['cookies/key-cookies-we-use collect user.device.cookie_id', 'cookies/session retain session 30']],
    ['"We use first-party analytics", "lft_landing (analytics, first-party)": the product\'s own measuring names no analytics recipient; third-party analytics still does', 'Analytics', 'We use first-party analytics to count visits.\n\nWe use third-party analytics.', ['analytics/we-use-third-party-analytics share analytics [] {}']],
    ['"We share your email with Google", "Payments … are processed by Apple": a platform company named alone after a recipient preposition is that company; "sign in with Google" is not', 'Sharing', 'We share your email with Google.\n\nPayments on iOS are processed by Apple.\n\nYou can sign in with Google.', ['sharing/we-share-your-email-with-google share google [user.contact.email] {}', 'sharing/payments-on-ios-are-processed-by share apple [] {}', 'sharing/you-can-sign-in-with-google collect user.social.account user.name user.account.username user.content.self_image user.contact.email', 'sharing/you-can-sign-in-with-google share google-identity [] {}']],
    ['"We do not ask about HIV, hepatitis or any other blood-borne infection", "We do not photograph, scan or copy your passport", "We don\'t record your calls", "We do not keep call recordings": named conditions are health data, photographing is taking, and a call is what was said on it', 'Consent form', 'We do not ask about HIV, hepatitis or any other blood-borne infection.\n\nWe do not photograph, scan or copy your passport.\n\nWe don\'t record your calls.\n\nWe do not keep call recordings.', ['consent-form/we-do-not-ask-about-hiv prohibit collect user.health_and_medical to=[] for=[]', 'consent-form/we-do-not-photograph-scan-or prohibit collect user.government_id.passport_number to=[] for=[]', 'consent-form/we-don-t-record-your-calls prohibit collect user.content.audio to=[] for=[]', 'consent-form/we-do-not-keep-call-recordings prohibit collect user.content.audio to=[] for=[]']],
    ['"However, we will not sell this data to third parties", "This information is never sold": a sale is ruled out for whatever data the sentence points back at; "not shared" of such data still bans nothing', 'Sharing', 'However, we will not sell this data to third parties.\n\nThis information is never sold.\n\nThe data is sent only to us and is not shared with third parties.', ['sharing/however-we-will-not-sell-this prohibit share user to=[third_party] for=[sale]', 'sharing/this-information-is-never-sold prohibit share user to=[] for=[sale]']],
    ['"Per plan (90 days - unlimited)", "kept for 30 days to indefinitely": a range with no upper end keeps the data with no end; a range with one ("90 days to 2 years") keeps it for its longest', 'Retention', '| Data | Retention |\n|---|---|\n| Link analytics | Per plan (90 days - unlimited) |\n\nServer logs are kept for 30 days to indefinitely.\n\nInvoices are kept for 90 days to 2 years, depending on your plan.', ['retention/link-analytics retain link analytic indefinitely', 'retention/server-logs-are-kept-for-30 retain server log indefinitely', 'retention/invoices-are-kept-for-90-days retain invoice 730.5']],
    ['"… such as hosting (Vercel) and usage analytics (Mixpanel). These providers process … your wallet address and your IP address": the providers just named get what the next sentence lists, and so do providers as such', 'Processors', 'We use third-party service providers to perform parts of our Services on our behalf, such as hosting providers (Vercel) and usage analytics (Mixpanel). These providers process personal information on our behalf, such as your wallet address and your IP address.', ['processors/we-use-third-party-service-providers share vercel mixpanel [user.financial.crypto_wallet user.device.ip_address] {}', 'processors/we-use-third-party-service-providers share service_provider [user.financial.crypto_wallet user.device.ip_address] {}']],
    ['"Mailchimp (email and newsletters)": what a vendor does, said in parentheses after its name, is no data of the vendor\'s ("Google user data" still is)', 'Sharing', 'We share data with Heroku (hosting services), Mailchimp (email and newsletters) and Rollbar (error tracking).', ['sharing/we-share-data-with-heroku-hosting share heroku mailchimp rollbar [user.contact.email] {}']],
    ['"In particular, Heroku (hosting services), Rollbar (error tracking)": a gerund that opens a parenthetical says what the name before it does; it is not the verb, and the name is not its subject', 'Sharing', 'In particular, Heroku (hosting services), Rollbar (error tracking).\n\nFor example, Heroku (hosting services) and Rollbar (error tracking).', ['sharing/in-particular-heroku-hosting-services-rollbar share heroku rollbar [] {}', 'sharing/for-example-heroku-hosting-services-and share heroku rollbar [] {}']],
    ['"We may communicate your personal data to third parties … In particular, Heroku (hosting services), Rollbar (error tracking)": a list with no verb of its own, opened as examples, names the recipients of the disclosure before it', 'Sharing', 'We may communicate your personal data to third parties as part of operating the Services. In particular, Heroku (hosting services), Rollbar (error tracking).', ['sharing/we-may-communicate-your-personal-data share third_party [] {}', 'sharing/we-may-communicate-your-personal-data share heroku rollbar [] {}']],
    ['"We register your aids under a reference number: manufacturers do not receive your name": after a colon, a clause with a subject of its own is about that subject, not a ban on what we collect', 'Who sees it', 'We collect your name and email. We register your aids under a patient reference number: manufacturers do not receive your name, date of birth or contact details.\n\nPayments: we never store your card number.', ['who-sees-it/we-collect-your-name-and-email collect user.name user.contact.email', 'who-sees-it/payments prohibit collect user.financial.credit_card to=[] for=[]']],
    ['"When you create an account we store your name, email address, and the profile information those providers share": with no comma after the opening clause, "we store" is the main clause, not the providers\' sharing at the end', 'Account data', 'When you create an account we store your name, email address, and the profile information those providers share.', ['account-data/when-you-create-an-account-we collect user.name user.contact.email user.account user.account.username user.content.self_image user.content.bio']],
    ['"We never receive your passwords for those providers": the user\'s passwords elsewhere (a sign-in provider\'s), no ban on the product\'s own password; "We never store your password" still is one', 'Account data', 'We collect your email. We never receive your passwords for those providers.\n\nWe never store your password.', ['account-data/we-collect-your-email-we-never collect user.contact.email', 'account-data/we-never-store-your-password prohibit collect user.authorization.password to=[] for=[]']],
    ['"We do not use platform analytics to sell your data or for cross-site advertising": the analytics used is the tool; the ban is on the purpose and its advertisers, not on analytics; "We do not share your data with analytics providers for advertising" still names them', 'Analytics', 'We do not use platform analytics to sell your data or for cross-site advertising.\n\nWe do not share your data with analytics providers for advertising.', ['analytics/we-do-not-use-platform-analytics prohibit share user to=[advertising marketing] for=[sale marketing]', 'analytics/we-do-not-share-your-data prohibit share user to=[analytics advertising marketing] for=[marketing]']],
    ['"We don\'t work with advertising networks", "… data brokers or advertisers": working with them is giving them data, here ruled out; "We work with Stripe" uses Stripe, which gets what it needs', 'Sharing', "We don't work with advertising networks.\n\nWe do not work with data brokers or advertisers.\n\nWe work with Stripe to process payments.", ['sharing/we-don-t-work-with-advertising prohibit share user to=[advertising marketing] for=[marketing]', 'sharing/we-do-not-work-with-data prohibit share user to=[data_enrichment advertising marketing] for=[marketing]', 'sharing/we-work-with-stripe-to-process share stripe [] {}']],
    ['"**Mixpanel**: May collect basic app usage statistics …": a vendor\'s item whose body has no subject of its own says what the vendor gets, not what we collect', 'Information collected by app stores', "While we don't collect data ourselves, the platforms that distribute our app may collect limited information:\n\n- **Mixpanel**: May collect basic app usage statistics and crash reports as part of their service", ['information-collected-by-app-stores/mixpanel share mixpanel [user.behavior user.telemetry] {}']],
    ['"Acme does not collect any data automatically": the product\'s own collection, kept as a ban with its condition (not applied to code); "nothing is uploaded automatically" still says nothing', 'Automatically collected information', 'Acme does not collect any data automatically.\n\nNothing is uploaded automatically.', ['automatically-collected-information/acme-does-not-collect-any-data prohibit collect user to=[] for=[] if=[automatically]']],
    ['"we do not access, store, or use it for any purpose": every purpose is no purpose limit, so it bans the data ("for any other purpose" stays a limit on our own use)', 'Ownership', 'You own your health data, and we do not access, store, or use it for any purpose.\n\nWe do not use your phone number for any other purpose.', ['ownership/you-own-your-health-data-and prohibit collect user.health_and_medical to=[] for=[]']],
    ['tracking mechanisms and tools are tracking, and "implement" is a way of using them', 'Tracking', 'We do not implement any user tracking mechanisms in the app.\n\nWe never use tracking tools on this site.', ['tracking/we-do-not-implement-any-user prohibit use user.behavior to=[] for=[tracking]', 'tracking/we-never-use-tracking-tools-on prohibit use user.behavior to=[] for=[tracking]']],
    ['"We only share data with third parties with your explicit consent", "… only if you ask us to": sharing personal data as a whole allowed on one condition, and a ban with that condition (never applied as a ban); of one kind of data it is the share\'s condition only; a plain "only when needed" is no consent', 'Sharing', 'We only share data with third parties with your explicit consent.\n\nWe will only share your information with others if you ask us to.\n\nWe will only share your phone number with partners if you ask us to.\n\nWe share data with vendors only when needed.', ['sharing/we-only-share-data-with-third share third_party [] {}', 'sharing/we-only-share-data-with-third prohibit share user to=[] for=[] if=[with consent]', 'sharing/we-will-only-share-your-information prohibit share user to=[] for=[] if=[with consent]', 'sharing/we-will-only-share-your-phone share business_partner [user.contact.phone_number] {}', 'sharing/we-share-data-with-vendors-only share service_provider [] {}']],
    ['a catalogued vendor\'s name as the heading over its paragraph ("### PostHog" / "A product analytics platform …") in a section on the services used is that vendor, as a bold label would be; another heading is not', 'Third-party services', '### PostHog\n\nA product analytics platform that helps us understand how the app is used.\n\n### Customer.io (email)\n\nAn email campaign service provider we use to send product updates.\n\n### Our team\n\nA small team in Berlin.', ['posthog/a-product-analytics-platform-that-helps share posthog [] {}', 'customer-io-email/an-email-campaign-service-provider-we share customer-io [user.contact.email] {}']],
    ['"usage analytics" collected or shared is data about use; "usage analytics tools" and "an analytics provider" stay recipients', 'Analytics', 'Acme collects aggregate, anonymous usage analytics.\n\nWe share usage analytics with PostHog.\n\nWe use usage analytics tools.', ['analytics/acme-collects-aggregate-anonymous-usage-analytics collect user.behavior', 'analytics/we-share-usage-analytics-with-posthog share posthog [user.behavior] {}', 'analytics/we-use-usage-analytics-tools share analytics [] {}']],
    ['retention in words: "deleted immediately" is no time, "a couple of days" two ("every few hours" is how often), "until you notify us" is until deleted, "deleted with your account" the account\'s life (of what the part before the semicolon names), "as long as we use Mailchimp" as long as needed; a notice period is none', 'Retention', 'After delivery, messages are deleted immediately and permanently.\n\nLogs are rotated every few hours and anything in them goes away in a couple of days.\n\nWe will keep your data until you notify us that you no longer want the newsletter.\n\nWe record your last login location; it is deleted with your account.\n\nWe retain open-rate data for as long as we use Mailchimp.\n\nWe will notify you 30 days before we delete your data.', ['retention/after-delivery-messages-are-deleted-immediately retain message 0', 'retention/logs-are-rotated-every-few-hours retain log 2', 'retention/we-will-keep-your-data-until retain  until deleted', 'retention/we-record-your-last-login-location collect user.behavior.login_history user.location', 'retention/we-record-your-last-login-location retain last login location account lifetime', 'retention/we-retain-open-rate-data-for share mailchimp [] {}', 'retention/we-retain-open-rate-data-for retain open rate as long as necessary']],
    ['"service providers … to operate Acme (cloud hosting, AI processing APIs, transcription services)": the kinds in parentheses after the product\'s name are the recipients (not a longer name of the product), and AI APIs and transcription services are AI', 'Sharing', 'We only share information with service providers strictly necessary to operate Acme (cloud hosting, AI processing APIs, transcription services), who are bound by confidentiality.', ['sharing/we-only-share-information-with-service share cloud_hosting ai [] {}']],
    ['"displayed on your profile" and "publicly recorded alongside your username" are shown to other users; the profile a thing is shown on is where, not what', 'Profile', 'Your registered location will be displayed on your profile.\n\nThe edits you make will be publicly recorded alongside your username.', ['profile/your-registered-location-will-be-displayed share other_users [user.location] {}', 'profile/the-edits-you-make-will-be collect user.account.username', 'profile/the-edits-you-make-will-be share other_users [user.account.username] {}']],
    ['"If you are a volunteer driver, we don\'t ask for your date of birth": a ban about the people in that role (its "if" says whom, not when)', 'Volunteers', 'If you are a volunteer driver, we don\'t ask for your date of birth.', ['volunteers/if-you-are-a-volunteer-driver prohibit collect user.demographic.date_of_birth to=[] for=[]']],
    ['"does not collect, sell, or share personal data": selling is a verb of its own in the list, a ban on selling, not the purpose of not collecting', 'Promise', 'Mensinator does not collect, sell, or share personal data.', ['promise/mensinator-does-not-collect-sell-or prohibit share user to=[] for=[sale]', 'promise/mensinator-does-not-collect-sell-or prohibit share user to=[] for=[]']],
    ['"your employment status", an item of what is collected, is employment information', 'Information we collect', 'Your household. How many adults and children live with you and the children\'s ages, and your employment status.', ['information-we-collect/your-household-how-many-adults-and collect user.demographic.age_range user.employment']],
    ['"administering your donation": a donor\'s donations are their transactions', 'Why we process your data', 'We collect and administer your donation.', ['why-we-process-your-data/we-collect-and-administer-your-donation collect user.financial.transactions']],
    ['"any personal data that may be collected through these websites or services": the other sites\' collection, not the product\'s; "collected through our website" is the product\'s', 'Third party links', 'We do not accept any responsibility for any personal data that may be collected through these websites or services, such as Contact and Location Data.\n\nYour email address is collected through our website.', ['third-party-links/your-email-address-is-collected-through collect user.contact.email']],
    ['"If you install the app through a third-party store, that store may collect its own diagnostics under its own privacy policy": the store\'s collection ("that store" before a modal, and what "third-party" qualifies, are nouns)', 'Distribution', 'Note: If you install the app through a third-party store (e.g., Google Play, F-Droid), that store may collect its own diagnostics/telemetry under its own privacy policy.', []],
    ['a ban in capitals, with an aside that only stresses it (\"WE WILL NOT, UNDER ANY CIRCUMSTANCES, SELL, RENT …\"), is read as the same ban in lower case', 'Your information', 'WE WILL NOT, UNDER ANY CIRCUMSTANCES, SELL, RENT, LEASE, SHARE OR GIVE YOUR PERSONAL INFORMATION TO THIRD PARTIES FOR ADVERTISING PURPOSES.', ['your-information/we-will-not-under-any-circumstances prohibit share user to=[advertising marketing] for=[sale marketing]', 'your-information/we-will-not-under-any-circumstances prohibit share user to=[advertising marketing] for=[marketing]']],
    ['\"After deleting your account, all your personal information will be removed\", \"If you delete your account, your information will be unrecoverable\": as long as the account', 'Retention', 'After deleting your account, all your personal information will be removed from our servers. If you delete your account, your information and content will be unrecoverable.', ['retention/after-deleting-your-account-all-your retain  account lifetime', 'retention/after-deleting-your-account-all-your retain account account lifetime']],
    ['\"disposed of no later than 6 months after the event\" is a period', 'Retention', 'Merchant payment receipts will be securely disposed of no later than 6 months after the event.', ['retention/merchant-payment-receipts-will-be-securely retain merchant payment receipt 182.63 (after the event)']],
    ['\"We use the visitor action pixels from Facebook on our website\": the vendor of a tool we use receives; \"data from Facebook\" is where data comes from', 'Advertising', 'We use the \"visitor action pixels\" from Facebook Inc on our website. We use data from Facebook to measure campaigns.', ['advertising/we-use-the-visitor-action-pixels share meta-pixel [] {}']],
    ['\"We do not collect personal information from our users beyond their email address\": a ban on everything but the email', 'Information we collect', 'We do not collect personal information from our users beyond their email address.', ['information-we-collect/we-do-not-collect-personal-information prohibit collect user to=[] for=[]']],
    ['"We do not ask for, or record, the cause of death" bans health data; "We will reply within 30 days of your request" is a response time, "If you don\'t reply within 8 weeks, we delete your application" a period', 'Your information', "We do not ask for, or record, the cause of death.\n\nWe will reply within 30 days of your request.\n\nIf you don't reply within 8 weeks, we delete your application.", ['your-information/we-do-not-ask-for-or prohibit collect user.health_and_medical to=[] for=[]', 'your-information/if-you-don-t-reply-within retain application 56']],
    ['"your university, course, year of study" is education; an item\'s alternative after a dash ("— or, if you use a guarantor service, just the name of that service") leaves the item what is asked for', 'When you apply', "We ask for:\n\n- your university, course and year of study;\n- a guarantor's name, postal address and phone number — or, if you use a guarantor service, just the name of that service;", ['when-you-apply/your-university-course-and-year-of collect user.education', 'when-you-apply/a-guarantor-s-name-postal-address collect user.name user.contact.address user.contact.phone_number']],
    ['"What do you ask for when I sign up?" over "Your name, email address and mobile number; the first part of your postcode; …": the answer is what is collected, the part of a postcode too', 'What do you ask for when I sign up to volunteer?', 'Your name, email address and mobile number; the first part of your postcode; and whether you are 18 or over.', ['what-do-you-ask-for/your-name-email-address-and-mobile collect user.name user.contact.email user.contact.phone_number user.contact.address.postal_code']],
    ['"Children are welcome at our open days, but we don\'t collect their details: the sign-in sheet only asks for an accompanying adult\'s name" bans no one\'s name', 'Children', "Accounts are for adults. Children are very welcome at our open days, but we don't collect their details: the sign-in sheet only asks for an accompanying adult's name.", []],
    ['"Health information is special category data. We process it to provide your care": what the law calls health data, not every special category collected (whose "it" is, is left to the sentence before)', 'Your health', 'Health information is special category data. We process it to provide your care and to meet our legal duties.', []],
    ['"your student ID number" is a student identifier, not a government identifier (which "an ID number" still is)', 'When you apply', 'We ask for your student ID number. We also ask for an ID number.', ['when-you-apply/we-ask-for-your-student-id collect user.government_id.student_id user.government_id']],
    ['"other members", "other players" are other people using the product: a ban on showing them data bans no vendor', 'Privacy', 'Your phone number is never shared with other members.', ['privacy/your-phone-number-is-never-shared prohibit share user.contact.phone_number to=[other_users] for=[]']],
    ['"other members of the Acme group of companies" are affiliates', 'Sharing', 'We may share your information with other members of the Acme group of companies.', ['sharing/we-may-share-your-information-with share affiliate [] {}']],
    ['a vendor\'s verbs, then "and we never see or store …": the ban is ours, read after the vendor\'s statements are split', 'Payments', "GoCardless collects and holds them and we never see or store your account number or sort code.", ['payments/gocardless-collects-and-holds-them-and share gocardless [] {}', 'payments/gocardless-collects-and-holds-them-and prohibit collect user.financial.bank_account to=[] for=[]']],
    ['a comma parts "email" from "address": "your name, email, address and phone" names four things', 'Your account', 'We collect your name, email, address and phone.', ['your-account/we-collect-your-name-email-address collect user.name user.contact.email user.contact.address user.contact.phone_number']],
    ['a period for a child\'s own data ("deleted 30 days after your child\'s last camp week") is retention; what is done on finding a child\'s data is not', 'How long we keep it', "Medical information you gave us when booking: deleted 30 days after the end of your child's last camp week.\n\nIf we learn that we have collected personal information from a child under 13, we will delete it within 30 days.", ['how-long-we-keep-it/medical-information-you-gave-us-when retain medical gave when booking 30']],
    ['"We do not use cookies, trackers, or analytics tools" sets no cookies and gives analytics vendors nothing; "We do not review your messages" and a disclaimer of responsibility for user content ban no holding of it', 'Privacy', "We do not use cookies, trackers, or analytics tools.\n\nWe do not review your messages.\n\nYou are solely responsible for the content you share. We do not monitor, review, or control user content, and are not responsible for any content shared through our service.\n\nNo data is uploaded to iCloud unless you opt in to backups.", ['privacy/we-do-not-use-cookies-trackers prohibit collect user.device.cookie_id to=[] for=[]', 'privacy/we-do-not-use-cookies-trackers prohibit share user to=[analytics] for=[]', 'privacy/no-data-is-uploaded-to-icloud prohibit share user to=[icloud] for=[] if=[unless opt-in]']],
    ['a city where a server is is no vendor ("a VPS located in Amsterdam, The Netherlands")', 'Hosting', 'We use a TransIP VPS located in Amsterdam, The Netherlands.', []],
    ['"kept for the shortest time possible, but never later than 12 months": a ceiling on the same keeping; "We log your IP address for 30 days", "We record calls for up to 90 days" are periods', 'Logs', 'Server logs will be kept for the shortest time possible, but never later than 12 months after the event.\n\nWe log your IP address for 30 days.\n\nWe record calls for up to 90 days.', ['logs/server-logs-will-be-kept-for collect user.telemetry', 'logs/server-logs-will-be-kept-for retain server log 365.25 (after the event)', 'logs/we-log-your-ip-address-for collect user.device.ip_address', 'logs/we-log-your-ip-address-for retain ip address 30', 'logs/we-record-calls-for-up-to retain call 90']],
    ['"When you opt in, the app sends us:" before a list: the items are what it sends; "your account name" is the name the account goes by', 'Telemetry', 'When you opt in, the app sends us:\n\n- your operating system\n- a random installation ID\n\nWe keep your account name.', ['telemetry/your-operating-system collect user.device.os user.device.device_id', 'telemetry/we-keep-your-account-name collect user.account.username']],
    ['what a product says it has none of it does not use: "Acme has no advertisements", "The site does not have third-party analytics", "There are no trackers on this site"; "has no control over" or "no access to" analytics is no such ban', 'Advertising', 'Acme has no advertisements.\n\nThe site does not have third-party analytics.\n\nThere are no trackers on this site.\n\nAcme has no control over the ads other websites show.', ['advertising/acme-has-no-advertisements prohibit share user.behavior to=[advertising marketing] for=[marketing]', 'advertising/the-site-does-not-have-third prohibit share user.behavior to=[analytics] for=[]', 'advertising/there-are-no-trackers-on-this prohibit use user.behavior to=[] for=[tracking]']],
    ['a recipient label may name who it brings in ("Shippo, and the courier it books for us (Royal Mail, DPD or Evri): …"); "Who sees it" is about recipients', 'Who sees it', 'Shippo, and the courier it books for us (Royal Mail, DPD or Evri): your name, delivery address and phone number, to deliver the item.\n\nAmazon Web Services: Hosts the platform and sends receipt emails.', ['who-sees-it/shippo-and-the-courier-it-books share shippo [user.name user.contact.address user.contact.phone_number] {}', 'who-sees-it/amazon-web-services share aws [user.contact.email] {}']],
    ['a pin dropped on a map is an exact place; a place name is no person\'s name', 'When you report a loss', 'We ask for:\n\n- where you lost it: a route or a place name. You can also drop a pin on our map to show the spot.', ['when-you-report-a-loss/where-you-lost-it collect user.location.precise']],
    ['a "don\'t" before a list of verbs covers them all ("We don\'t access, sell, transmit, or use your conversations"); "Information collected by Acme" is the data as a whole; "cookies provided by third parties" are third-party cookies; transaction records are transactions; "we don\'t use it for ads" bans advertising with whatever "it" is; file contents are documents', 'How we use it', "We don't access, sell, transmit, or use your conversations.\n\nInformation collected by Acme is never disclosed to third parties.\n\nWe don't use cookies provided by third parties.\n\nWe maintain transaction records as required by law.\n\n- **No advertising**: We don't use it for ads or marketing\n\nWe do not collect your actual code or file contents.", ['how-we-use-it/we-don-t-access-sell-transmit prohibit share user.content.private to=[] for=[sale]', 'how-we-use-it/we-don-t-access-sell-transmit prohibit share user.content.private to=[] for=[]', 'how-we-use-it/information-collected-by-acme-is-never prohibit share user to=[third_party] for=[]', 'how-we-use-it/we-don-t-use-cookies-provided prohibit share user.device.cookie_id to=[third_party] for=[]', 'how-we-use-it/we-maintain-transaction-records-as-required collect user.financial.transactions', 'how-we-use-it/no-advertising prohibit use user to=[advertising marketing] for=[marketing]', 'how-we-use-it/we-do-not-collect-your-actual prohibit collect user.content.documents to=[] for=[]']],
    ['"complete payment details" are card details, as "full" ones are', 'Billing', 'We never store your complete payment details.', ['billing/we-never-store-your-complete-payment prohibit collect user.financial.credit_card to=[] for=[]']],
    ['the channel a negated sentence names is no data of its own: "We will never ask for your password via email" is a warning against phishing; "never ask for your card number over the phone" still bans the card number; "by email" with no other data is still email', 'Email security', 'We will never ask for your password via email.\n\nWe will never ask for your card number over the phone.\n\nWe never share your email address by email.', ['email-security/we-will-never-ask-for-your-2 prohibit collect user.financial.credit_card to=[] for=[]', 'email-security/we-never-share-your-email-address prohibit share user.contact.email to=[] for=[]']],
    ['"<Vendor> is the only place we store …" stores it with that vendor; "It\'s the only place we\'re storing …" stores it ("place" after "the only" is no verb)', 'Where your data lives', "Supabase is the only place we store your phone number.\n\nIt's the only place we're storing the name you sign up with.", ['where-your-data-lives/supabase-is-the-only-place-we collect user.contact.phone_number', 'where-your-data-lives/supabase-is-the-only-place-we share supabase [] {}', 'where-your-data-lives/it-s-the-only-place-we collect user.name']],
    ['"your own email provider" is the user\'s, not a recipient of ours: "If you email us from a Gmail address, your own email provider handles your message under its terms" declares and bans nothing', 'Who we share information with', 'If you email us from a Gmail or Outlook address, your own email provider handles your message under its terms.', []],
    ['tracking as a thing not done is a ban on tracking ("We don\'t do any tracking", "We ensure that no tracking of your activity occurs", "… or any cross-device tracking methods" beside the techniques the same sentence rules out); "bug tracking" and "tracking numbers" are other things', 'Tracking', "We don't do any tracking.\n\nWe ensure that no tracking of your activity occurs.\n\nWe do not use cookies, fingerprinting, or any cross-device tracking methods.\n\nWe don't do any bug tracking.\n\nWe do not use cookies or tracking numbers.", ['tracking/we-don-t-do-any-tracking prohibit use user.behavior to=[] for=[tracking]', 'tracking/we-ensure-that-no-tracking-of prohibit use user.behavior to=[] for=[tracking]', 'tracking/we-do-not-use-cookies-fingerprinting prohibit use user.behavior to=[] for=[tracking]', 'tracking/we-do-not-use-cookies-fingerprinting prohibit collect user.device.cookie_id user.device.fingerprint to=[] for=[]', 'tracking/we-do-not-use-cookies-or prohibit collect user.device.cookie_id to=[] for=[]']],
    ['emails that are read or accessed are messages: "We never read your inbox or access other emails" bans collecting email content, not addresses; "We collect your email" stays an address', 'Gmail integration', "We never read your inbox or access other emails.\n\nWe collect your email.", ['gmail-integration/we-never-read-your-inbox-or prohibit collect user.content.email_content to=[] for=[]', 'gmail-integration/we-collect-your-email collect user.contact.email']],
    ['a sentence that stops short of its data before a colon is a lead-in with its list inline, not a label: "We collect the following data: …", "The following information is stored: …"; "Account data: …" is still a label', 'Data we hold', "We collect the following data: email address, name and phone number.\n\nThe following information is stored: your IP address.\n\nAccount data: we keep your username.", ['data-we-hold/we-collect-the-following-data-email collect user.contact.email user.name user.contact.phone_number', 'data-we-hold/the-following-information-is-stored-your collect user.device.ip_address', 'data-we-hold/account-data collect user.account user.account.username']],
    ['a bare participle after "where" or "if" is a condition, not a verb: "From third parties (e.g., payment processors, identity verification providers where used)" is a source of data, no disclosure to those providers; "We store your email address where required" still stores it', 'How we collect data', "- From third parties (e.g., payment processors, identity verification providers where used).\n- We store your email address where required.", ['how-we-collect-data/we-store-your-email-address-where collect user.contact.email']],
    ['bookmarks and open tabs are what the person browses, and "synced" to a vendor sends them there ("Your bookmarks are synced using Dropbox"); "Multi-device sync is facilitated …" is a feature, no verb', 'Sync', "We store your bookmarks and read your open tabs.\n\nYour bookmarks are synced using Dropbox.\n\nMulti-device sync is facilitated through direct communication between your devices.", ['sync/we-store-your-bookmarks-and-read collect user.behavior.browsing_history', 'sync/your-bookmarks-are-synced-using-dropbox share dropbox [user.behavior.browsing_history] {}']],
    ['"distributed to third parties" is a disclosure: "Generally, your personal information is never distributed to third parties" bans sharing it (as a habit, "usually")', 'Sharing', 'Generally, your personal information is never distributed to third parties.', ['sharing/generally-your-personal-information-is-never prohibit share user to=[third_party] for=[] if=[usually]']],
    ['data kept from other users: "Your e-mail address is not visible to other users" bans showing it to them; "isn\'t displayed on your profile" says where, and shows nothing either', 'Profiles', "Your e-mail address is not visible to other users.\n\nYour real name will never be shown publicly.\n\nYour phone number isn't displayed on your profile.", ['profiles/your-e-mail-address-is-not prohibit share user.contact.email to=[other_users] for=[]', 'profiles/your-real-name-will-never-be prohibit share user.name to=[other_users] for=[]']],
    ['"not visible to other users unless you choose" is no ban; nor is a warning whose subject is not the data ("Consider this warning … mail will not be made viewable to the public")', 'Profiles', "Your e-mail address will not be visible to other members unless you choose to show it.\n\nConsider this warning carefully when you give out addresses, since it is expected that mail termed private will not be made viewable to the public.", []],
    ['"a self-hosted instance of Plausible Analytics" sends nothing to Plausible nor to any analytics company: the product measures its own pages; "We use Plausible Analytics" still shares with Plausible', 'Analytics', "We use a self-hosted instance of Plausible Analytics.\n\nWe use Plausible Analytics.", ['analytics/we-use-a-self-hosted-instance collect user.behavior', 'analytics/we-use-plausible-analytics share plausible [] {}']],
    ['a vendor that sends "the Bot" or "the app" your data is where it comes from, as one that sends it "us"; "We send the app logs to Sentry" still shares', 'Data', "Telegram sends the Bot your user ID.\n\nWe send the app logs to Sentry.", ['data/telegram-sends-the-bot-your-user collect user.unique_id', 'data/we-send-the-app-logs-to share sentry [user.telemetry] {}']],
    ['a service named by its domain ("uploaded to the hypothes.is service") receives what we hand it, and "subject to their privacy policy" after it is no disclaimer; "Third-party sites … under their own privacy policies" still discloses nothing', 'Highlights sync', "If you enable the sync feature, your highlights will be uploaded to the hypothes.is service and are subject to their privacy policy.\n\nWe share your email address with Mailchimp, under their privacy policy.\n\nThird-party sites may collect information about you under their own privacy policies.", ['highlights-sync/if-you-enable-the-sync-feature share hypothes.is [] {}', 'highlights-sync/we-share-your-email-address-with share mailchimp [user.contact.email] {}']],
    ['an item labelled as one of several settings ("Level 2: IP addresses are never accessed or collected", "Strict mode: …") is a ban on a condition, the one a customer chooses; "Privacy: …" is a label of the rule itself', 'IP addresses', "- Level 0 (Default): IP addresses are collected and stored.\n- Level 2: IP addresses are never accessed or collected.\n- Strict mode: we never store your IP address.\n- Privacy: we never store your precise location.", ['ip-addresses/level-0-default collect user.device.ip_address', 'ip-addresses/level-2 prohibit collect user.device.ip_address to=[] for=[] if=[when]', 'ip-addresses/strict-mode prohibit collect user.device.ip_address to=[] for=[] if=[when]', 'ip-addresses/privacy prohibit collect user.location.precise to=[] for=[]']],
    ['a condition before a colon ("When you leave: your profile … is deleted within 30 days") is no label: what follows is read as said; a negation after one keeps it as a label of its own, and "Where you lost it: a route" is a label', 'How long we keep it', "- **When you leave**: your family profile is deleted within 30 days of leaving.\n- If you visit from the EU: we do not store your IP address.\n- Where you lost it: a route or a place name.", ['how-long-we-keep-it/when-you-leave-your-family-profile retain family profile 30', 'how-long-we-keep-it/if-you-visit-from-the-eu prohibit collect user.device.ip_address to=[] for=[]']],
    ['what a channel carries is no data ("We never use notifications for marketing", "We do not use push notifications for advertising"): no ban on marketing with any data; "We do not use your data for marketing" still is one', 'Notifications', 'We never use notifications for marketing.\n\nWe do not use push notifications for advertising.\n\nWe do not use your data for marketing.', ['notifications/we-do-not-use-your-data prohibit use user to=[advertising marketing] for=[marketing]']],
    ['"This is never shared …" after a sentence that names the data stands for that data, as "It is" does; "That is, …" is no pronoun', 'Phone', 'We store your phone number. This is never shared with third parties.\n\nWe collect your email. That is, we keep it on our servers.', ['phone/we-store-your-phone-number-this collect user.contact.phone_number', 'phone/we-store-your-phone-number-this prohibit share user.contact.phone_number to=[third_party] for=[]', 'phone/we-collect-your-email-that-is collect user.contact.email']],
    ['a "not" before a list of participles covers them all, one the lexicon lacks first ("Your data is not grouped together, sold, used for marketing, or shared with additional third parties"); "Data for Analytics …" as the subject is data, not analytics for a purpose nor third parties who act', 'Sharing', 'Your data is not grouped together, sold, used for marketing, or shared with additional third parties.\n\nData for Analytics, Error Reporting, and Third Parties are not grouped together, sold, or used for marketing.', ['sharing/your-data-is-not-grouped-together prohibit share user to=[advertising marketing] for=[sale marketing]', 'sharing/your-data-is-not-grouped-together prohibit share user to=[third_party] for=[]', 'sharing/data-for-analytics-error-reporting-and prohibit share user to=[advertising marketing] for=[sale marketing]']],
    ['an item that ends with a participle ("Trigger Type & Gear Type used", "Action Name & Type used") names what is used: no vendor "Gear" acts, and an action\'s name is no person\'s', 'The following data is collected', '- Trigger Type & Gear Type used\n- Action Name & Type used\n- Checkr runs background checks.', ['the-following-data-is-collected/checkr-runs-background-checks share checkr [] {}']],
    ['providers "who provide us with … monitoring …" provide log management as well as error monitoring; "error monitoring" is that alone', 'Processors', 'Our service providers who provide us with hosting, monitoring and email delivery services.\n\nOur service providers who provide us with error monitoring.', ['processors/our-service-providers-who-provide-us share cloud_hosting error_monitoring email_delivery logging [] {}', 'processors/our-service-providers-who-provide-us-2 share error_monitoring [] {}']],
    ['"AI requests" are what a person asks the assistant: "AI requests are not used for advertising or profiling" bans those uses of them, not of all data', 'AI', 'AI requests are not used for advertising or profiling.', ['ai/ai-requests-are-not-used-for prohibit use user.content.private to=[advertising marketing] for=[marketing tracking]']],
    ['logs that "no longer identify you" say how they are kept, no ban on identifying anyone; "We do not identify individual users" is one', 'Retention', 'Minimal operational logs may persist for security purposes but no longer identify you personally.\n\nWe do not identify individual users.', ['retention/we-do-not-identify-individual-users prohibit use user.behavior to=[] for=[tracking]']],
    ['"You can choose not to provide optional profile information": the person\'s choice says the data is optional, and it is collected when given', 'Your choices', 'You can choose not to provide certain optional account information, profile information, and billing information.', ['your-choices/you-can-choose-not-to-provide collect user.account user.name user.account.username user.content.self_image user.content.bio user.financial']],
    ['"We do not have access to this key and it is only used to authenticate API requests to OpenAI": the key goes to OpenAI; what we cannot reach bans no share', 'Your API key', 'We do not have access to this key and it is only used to authenticate API requests to OpenAI.', ['your-api-key/we-do-not-have-access-to share openai [] {}']],
    ['"We cannot reliably identify which analytics data belongs to you": what the product cannot find out is no ban on tracking', 'Analytics', 'We cannot reliably identify which analytics data belongs to you due to daily hash rotation.', []],
    ['"… of users of any age": whoever, whatever their age — a ban on their phone numbers, not on ages', 'Security', 'Acme does not store the phone numbers of users of any age.', ['security/acme-does-not-store-the-phone prohibit collect user.contact.phone_number to=[] for=[]']],
    ['"No personal data ever leaves your device": neither collected nor passed on', 'Local processing', 'No personal data ever leaves your device.', ['local-processing/no-personal-data-ever-leaves-your prohibit share user to=[] for=[]']],
    ['items under a sub-heading that only names a kind of data ("Usage Data") below "What We Don\'t Collect" are what the heading rules out', "What We Don't Collect", 'We do not gather, store, process, or transmit:\n\n### Usage Data\n\n- Error reports or crash logs\n- Location data or IP addresses', ['usage-data/error-reports-or-crash-logs prohibit collect user.telemetry to=[] for=[]', 'usage-data/location-data-or-ip-addresses prohibit collect user.location user.device.ip_address to=[] for=[]']],
    ['a vendor list item that says what the vendor is for ("Google Places API: For venue information and reviews") names no data it is sent; "venue photos" are no one\'s picture', 'Third-party services', 'Google Places API: For venue information and reviews.\n\nFoursquare receives your venue photos.', ['third-party-services/google-places-api share google-maps [] {}', 'third-party-services/foursquare-receives-your-venue-photos share foursquare [] {}']],
    ['what logs or notifications never contain ("Logs never include names", "Notification text never contains medication names", "They … never include attendee names" after the logs are named) is what goes to log management or messaging, not a ban on collecting it', 'Logs', 'Logs never include names or email addresses.\n\nNotification text never contains medication names.\n\nOur servers write short-lived operational logs. They stay on our own infrastructure, are kept for 7 days, and never include attendee phone numbers.', ['logs/logs-never-include-names-or-email prohibit share user.name user.contact.email to=[logging] for=[]', 'logs/notification-text-never-contains-medication-names prohibit share user.health_and_medical.prescription to=[messaging] for=[]', 'logs/our-servers-write-short-lived-operational prohibit share user.contact.phone_number to=[logging] for=[]']],
    ['"the name of the school they attend" is a school\'s name, not a person\'s', 'Children', "We do not ask for a child's date of birth, surname or the name of the school they attend.", ['children/we-do-not-ask-for-a prohibit collect user.demographic.date_of_birth user.name.last to=[] for=[]']],
    ['"You can register using an account you already have with GitHub": the provider hands over the account\'s identifier, name, username, picture and email', 'Accounts', 'You can register to our Service using an account you already have with GitHub.', ['accounts/you-can-register-to-our-service collect user.social.account user.name user.account.username user.content.self_image user.contact.email']],
    ['"Nothing else is ever logged other than what is listed above" closes a list the policy gives elsewhere: no ban on what it lists', 'Logs', 'Nothing else is ever logged other than what is listed above.', []],
    ['"This website does not use tracking cookies or other forms of tracking" bans tracking cookies, not a share; "extra cookies may be set by the payment processor" gives that processor a cookie; "links … to provide audio and video playback" collect no recordings', 'Cookies', 'This website does not use tracking cookies or other forms of tracking.\n\nOn some payment pages, extra cookies may be set by the payment processor.\n\nThis website provides links to googlevideo.com to provide audio and video playback.', ['cookies/this-website-does-not-use-tracking prohibit collect user.device.cookie_id to=[] for=[tracking]', 'cookies/on-some-payment-pages-extra-cookies share payment_processor [user.device.cookie_id] {}']],
    ['"Visitors can also receive cookies sent by Cloudflare": the vendor that sets a cookie gets it back', 'Cookies', 'Visitors of the website can also receive cookies sent by Cloudflare.', ['cookies/visitors-of-the-website-can-also share cloudflare [user.device.cookie_id] {}']],
    ['"OpenAI or other AI providers", "OpenAI, Anthropic, xAI, and others": the vendors named are examples; any AI provider is a recipient', 'AI', 'We share your prompts with OpenAI or other AI providers for AI-assisted features.', ['ai/we-share-your-prompts-with-openai share openai [user.content.private] {}', 'ai/we-share-your-prompts-with-openai share ai [user.content.private] {}']],
    ['"Personal information you add to Acme (names, relationships, notes)", an item with no verb, is what the person gives the product', 'Information we collect', 'Personal information you add to Acme (names, relationships, notes, reminders).', ['information-we-collect/personal-information-you-add-to-acme collect user.name']],
    ['"We will not request your username, password or card number in an unsolicited email or telephone communication" warns against phishing: no ban on the sign-up that takes a password', 'Security', 'We do not and will not, at any time, request your username, password, credit card information or national identification number in an unsolicited email or telephone communication.', []],
    ['"you will send payment through one of our third-party payment providers: Stripe, PayPal" names the product\'s processors', 'Payments', 'If you purchase a subscription, you will send payment through one of our third-party payment providers: Stripe, PayPal.', ['payments/if-you-purchase-a-subscription-you share stripe paypal [] {}']],
    ['"We do not require or store passwords" bans keeping them ("We do not require passwords" alone says they are optional)', 'Accounts', 'We do not require or store passwords.\n\nNo PII is stored.', ['accounts/we-do-not-require-or-store prohibit collect user.authorization.password to=[] for=[]']],
    ['"an analytics platform that doesn\'t track users with unique identifiers" says what the tool does not do: no identifiers collected', 'Analytics', "We use a privacy-friendly analytics platform that doesn't track users with unique identifiers.", ['analytics/we-use-a-privacy-friendly-analytics share analytics [] {}']],
    ['"TL;DR:" is a label whose semicolon is part of it: the ban after it is read', 'Summary', 'TL;DR: None of your messages, chat histories, and documents are ever transmitted from your system.', ['summary/tl-dr prohibit share user.content.private to=[] for=[]']],
    ['"We are not in the business of selling your information to third parties" is a ban on selling it to them', 'Selling', 'We are not in the business of selling your information to third parties.', ['selling/we-are-not-in-the-business prohibit share user to=[third_party] for=[sale]']],
    ['"We do not share your personal data with third parties except in the following circumstances:" bans sharing, with the items as its exceptions', 'Sharing', 'We do not share your personal data with third parties except in the following circumstances:\n\n- With your consent.\n- With service providers such as Hetzner for hosting.', ['sharing/we-do-not-share-your-personal prohibit share user to=[third_party] for=[] if=[except]', 'sharing/with-service-providers-such-as-hetzner share cloud_hosting [] {}', 'sharing/with-service-providers-such-as-hetzner share hetzner [] {}']],
    ['"Payment details are processed by our payment processor, Paddle, and are subject to their privacy policy" hands Paddle the payment details, whatever policy governs it there', 'Payments', '- **Payment Information**: Payment details are processed by our third-party payment processor, Paddle, and are subject to their privacy policy.', ['payments/payment-information share paddle [user.financial] {}']],
    ['"Feedback you provide, which may be analyzed by our AI provider, OpenAI": the noun that opens the sentence is what OpenAI gets, "you provide" no main verb', 'Feedback', 'Feedback you provide, which may be analyzed by our third-party AI provider, OpenAI, and is subject to their privacy policy.', ['feedback/feedback-you-provide-which-may-be share openai [user.content.private] {}']],
    ['"Face embeddings are biometric data — they are … never uploaded": a sentence before the dash is no label, and "they" are the embeddings', 'Faces', 'Face embeddings are biometric data — they are stored only on your computer and are never uploaded.', ['faces/face-embeddings-are-biometric-data-they prohibit share user.biometric to=[] for=[]']],
    ['"Your photos are processed on your device and they are never uploaded": the clause after "and they" has its own polarity', 'Photos', 'Your photos are processed on your device and they are never uploaded.', ['photos/your-photos-are-processed-on-your prohibit share user.content.self_image to=[] for=[]']],
    ['"No analytics, crash reporting, advertising, or profiling." lists what there is none of; "No tracking cookies" bans them as "There are no tracking cookies" does', 'What is never done', '- No analytics, crash reporting, advertising, or profiling.\n- No tracking cookies', ['what-is-never-done/no-analytics-crash-reporting-advertising-or prohibit share user.behavior to=[analytics error_monitoring advertising marketing] for=[marketing tracking]', 'what-is-never-done/no-tracking-cookies prohibit collect user.device.cookie_id to=[] for=[tracking]']],
    ['"any generated content, uploaded materials, or activity … beyond anonymous telemetry data": the ban is on the content, not on the telemetry it goes beyond', 'Content', 'We do not share, make visible, or disseminate any generated content, uploaded materials, or activity generated on your instance beyond anonymous telemetry data.', ['content/we-do-not-share-make-visible collect user.telemetry', 'content/we-do-not-share-make-visible prohibit share user.content to=[] for=[]']],
    ['"Conversation History: … No data is uploaded to iCloud unless you opt in": "no data" under a label naming the data is that data', 'On-device storage', '- **Conversation History:** Saved prompts and chat threads reside in the local directory. No data is uploaded to iCloud unless you explicitly opt in.', ['on-device-storage/conversation-history collect user.content.private', 'on-device-storage/conversation-history prohibit share user.content.private to=[icloud] for=[] if=[unless opt-in]']],
    ['"Logging messages generated by `AppLogger`" names a class of the product\'s code, no vendor', 'Diagnostics', 'Logging messages generated by `AppLogger` are kept in local memory buffers. They are sent to ConversationSyncService on request.', ['diagnostics/logging-messages-generated-by-applogger-are collect user.content.private']],
    ['"sent to a local AI model on your own machine via Ollama (http://localhost)" shares nothing with a third party', 'AI naming', 'Optional AI naming: the file\'s name and a short text snippet are sent to a local AI model on your own machine via Ollama (http://localhost).\n\nWe send crash reports to Sentry.', ['ai-naming/we-send-crash-reports-to-sentry share sentry [user.telemetry] {}']],
    ['"… your driver\'s licence number, so that our insurer can confirm you are covered. We do not ask for it otherwise": collected in the case named, a ban only outside it (British spelling too)', 'Volunteers', 'When you sign up we collect:\n\n- if you tick "I can drive the community van", your driver\'s licence number, so that our insurer can confirm you are covered. We do not ask for it otherwise.', ['volunteers/if-you-tick-i-can-drive collect user.government_id.drivers_license_number', 'volunteers/if-you-tick-i-can-drive prohibit collect user.government_id.drivers_license_number to=[] for=[] if=[outside]']],
    ['"… passport numbers or other government ID numbers beyond your tax identification number" leaves the tax number out of the ban', 'Identity', 'We do not collect copies of identity documents, passport numbers or other government ID numbers beyond your tax identification number.', ['identity/we-do-not-collect-copies-of prohibit collect user.government_id user.government_id.passport_number to=[] for=[]']],
    ['"then it is no longer Personal Information and we might disclose that data to third parties": "no longer" is not the disclosure\'s negation', 'Aggregated data', 'If we use Personal Information to generate aggregated or deidentified data, then it is no longer Personal Information and we might disclose that data to third parties for our own purposes.', ['aggregated-data/if-we-use-personal-information-to share third_party [] {}']],
    ['"OpenAI receives only the redacted lease text and your chat questions": redacted text is sent, it leaves nothing out; "Redacted lease text, chat questions" in a cell too', 'AI', 'OpenAI receives only the redacted lease text and your chat questions.\n\n| Vendor | Purpose | Data |\n|---|---|---|\n| OpenAI | Lease analysis | Redacted lease text, state, chat questions |', ['ai/openai-receives-only-the-redacted-lease share openai [user.content.private] {}', 'ai/openai share openai [user.content.private] {}']],
    ['"Vercel Web Analytics" is the analytics product, not the host: its row\'s limits are not the hosting row\'s', 'Vendors', '| Vendor | Purpose | Data |\n|---|---|---|\n| Vercel | Hosting, key-value storage | All data listed above |\n| Vercel Web Analytics | Cookieless page and event counts | Aggregate usage; no personal identifiers |', ['vendors/vercel share vercel [] {}', 'vendors/vercel-web-analytics share vercel-analytics [] {aggregated}']],
    ['"We collect certain information automatically when you use the app": what is gathered without being given is how the app is used and from what device', 'Automatic', 'We collect certain information automatically when you use the app to improve your experience and debug issues.', ['automatic/we-collect-certain-information-automatically-when collect user.behavior user.device']],
    ['"Acme uses Amplitude for analytics and Sentry to collect anonymized error data": error data is telemetry the product collects through them', 'Analytics', 'Acme uses Amplitude for analytics and Sentry to collect anonymized error data.', ['analytics/acme-uses-amplitude-for-analytics-and collect user.telemetry', 'analytics/acme-uses-amplitude-for-analytics-and share amplitude sentry [user.telemetry] {anonymized}']],
    ['"payment method details" names no vendor called Method, nor "merge requests" one called Merge', 'Payments', 'Billing address and payment method details are processed by our payment providers. We never merge requests from other users.', ['payments/billing-address-and-payment-method-details share payment_processor [user.contact.address user.financial] {}']],
    ['"Basic internal metrics may be collected …, but these are not used for user profiling or advertising": metrics are telemetry, and "these" are the metrics', 'Metrics', 'Basic internal metrics may be collected for operational purposes (e.g. request counts), but these are not used for user profiling or advertising.', ['metrics/basic-internal-metrics-may-be-collected collect user.telemetry', 'metrics/basic-internal-metrics-may-be-collected prohibit use user.telemetry to=[advertising marketing] for=[marketing tracking]']],
    ['"We want to inform users of this Service that these third parties have access to your Personal Information": what the product tells its users is the statement', 'Service providers', 'We want to inform users of this Service that these third parties have access to your Personal Information.', ['service-providers/we-want-to-inform-users-of share third_party [] {}']],
    ['a ban leaves out what a bracket after it keeps ("(only meal plan preferences)")', 'Our data', 'The app does NOT collect location data (only meal plan preferences).', ['our-data/the-app-does-not-collect-location prohibit collect user.location to=[] for=[]']],
    ['"never transmitted to or stored on our servers" is a ban on keeping it there', 'Keys', 'API keys are never transmitted to or stored on our servers.', ['keys/api-keys-are-never-transmitted-to prohibit collect user.authorization.credentials to=[] for=[]']],
    ['"we will only send these with your express consent" of marketing emails sends messages to the person, it passes no data on', 'Marketing', 'If you live in Canada and receive marketing emails from us, we will only send these with your express consent.', []],
    ['HealthKit data is health data', 'Health', 'HealthKit data is never used for advertising.', ['health/healthkit-data-is-never-used-for prohibit use user.health_and_medical to=[advertising marketing] for=[marketing]']],
    ['third parties said by what they are for ("to third parties for targeted advertising") are advertising partners', 'Sharing', 'When you give us your consent, we may provide your information to third parties for targeted advertising.', ['sharing/when-you-give-us-your-consent share advertising [] {}']],
    ['"third-party tools, to collect analytics data" are analytics providers', 'Analytics', 'We may also use tools, including third-party tools, to collect analytics data.', ['analytics/we-may-also-use-tools-including collect user.behavior', 'analytics/we-may-also-use-tools-including share analytics [] {}']],
    ['"Medical notes" are health data, and the race run on race day is no person\'s race', 'Information you give us', '- **Medical notes (optional)**: anything you want the race medical team to know on race day.', ['information-you-give-us/medical-notes-optional collect user.health_and_medical']],
    ['"The race medical team" receives no race or ethnicity', 'Sharing', 'The race medical team receives your name and emergency contact.', ['sharing/the-race-medical-team-receives-your collect user.name user.contact.emergency_contact']],
    ['"No device tracking", an item without a verb, rules out tracking people; it shares nothing with anyone', 'Analytics', 'No device tracking.', ['analytics/no-device-tracking prohibit use user.behavior to=[] for=[tracking]']],
    ['"for any other purpose than the fixing of bugs": a ban with its exception', 'Crash data', 'We will never distribute any crash data for any other purpose than the fixing of bugs.', ['crash-data/we-will-never-distribute-any-crash prohibit share user.telemetry to=[] for=[vendor_own_purposes] if=[except]']],
    ['"Telemetry is off by default — nothing is sent unless you answer yes": the nothing is the telemetry the sentence opened with', 'Usage statistics', 'Telemetry is off by default — nothing is sent unless you answer yes.', ['usage-statistics/telemetry-is-off-by-default-nothing prohibit share user.telemetry to=[] for=[] if=[unless opt-in]']],
    ['"These are designed to avoid cross-site tracking, and where configured are cookieless": an aim, no ban', 'Analytics', 'We use Umami. These are designed to avoid cross-site tracking, and where configured are cookieless.', ['analytics/we-use-umami-these-are-designed share umami [] {}']],
    ['"We use Plausible as an analytics service, but we don\'t use it to track you individually": the tracking ruled out is with that vendor', 'Analytics', 'We use Plausible as a third party analytics service, but we don\'t use it to track you individually or collect your personal information.', ['analytics/we-use-plausible-as-a-third share plausible [] {}', 'analytics/we-use-plausible-as-a-third prohibit use user to=[plausible] for=[tracking]']],
    ['"We never store plain-text passwords" says how passwords are kept, not that they are not; "raw passwords or your card details" still rules out the card details', 'Security', "We never store plain-text passwords. We don't store raw passwords or your card details.", ['security/we-never-store-plain-text-passwords prohibit collect user.financial.credit_card to=[] for=[]']],
    ['"it" as the subject of a sentence about a vendor ("Sometimes it might also include a replay of your session") is the vendor, not data: what the vendor collects is what it gets, not what the product collects', 'Sentry', 'Sentry is a crash reporting service that helps us track errors. It collects information about your device and the error that occurred. Sometimes it might also include an anonymized replay of your session. This information is used to fix bugs.', ['sentry/sentry-is-a-crash-reporting-service share sentry [user.device] {anonymized}']],
    ['"while a recording is running" is the act of recording a route, no audio kept', 'Hikes', 'We use your location only while a recording is running.', ['hikes/we-use-your-location-only-while collect user.location']],
    ['"a recording of your support call" is audio', 'Support', 'We keep a recording of your support call.', ['support/we-keep-a-recording-of-your collect user.content.audio']],
    ['a kind of recipient listed after the named vendors ("PostHog (product analytics) and AI model providers that power AI features") is a recipient of its own', 'Sharing', 'We may share information with vendors, including PostHog (product analytics) and AI model providers that power AI features we operate.', ['sharing/we-may-share-information-with-vendors share ai [] {}', 'sharing/we-may-share-information-with-vendors share posthog [] {}']],
    ['"No data is transmitted over unencrypted connections" says how data travels, not that it does not', 'Security', 'No data is transmitted over unencrypted connections.', []],
    ['"the URL of your currently open browser tab" is browsing history', 'Permissions', 'We read the URL of your currently open browser tab.', ['permissions/we-read-the-url-of-your collect user.behavior.browsing_history']],
    ['"information for your public profile" is what a person fills in for others to see: headline, job and employer, links to other accounts, as well as name and picture', 'Information you provide', 'Your name, contact information, photograph, and information for your public profile.', ['information-you-provide/your-name-contact-information-photograph-and collect user.name user.contact user.content.self_image user.account.username user.content.bio user.social user.job_title user.workplace']],
    ['"Our App uses Google AdMob to display rewarded video advertisements" names the app\'s ad network; video ads are no one\'s recording', 'Advertising', 'Our App uses Google AdMob to display rewarded video advertisements.', ['advertising/our-app-uses-google-admob-to share google-admob [] {}']],
    ['"App Center is a product of Microsoft Corporation, it provides crash reporting function" names the crash reporter', 'Third parties', 'App Center is a product of Microsoft Corporation, it provides crash reporting function.', ['third-parties/app-center-is-a-product-of share app-center [] {}']],
    ['"Draft applications you have not submitted are deleted automatically after 7 days": the negation is the subject\'s relative clause, in the perfect tense', 'How long we keep it', '- **Draft applications** you have not submitted are deleted automatically after 7 days.', ['how-long-we-keep-it/draft-applications-you-have-not-submitted retain draft application have submitted unsubmitted 7']],
    ['"Your messages are not deleted after 30 days" keeps no period', 'How long we keep it', 'Your messages are not deleted after 30 days.', []],
    ['"When you delete your account we erase them within 30 days": "them" is what the sentence before named, counted from the deletion', 'How long we keep it', '- **Your account and reviews** are kept while your account is open. When you delete your account we erase them within 30 days.', ['how-long-we-keep-it/your-account-and-reviews-are-kept retain account review account lifetime', 'how-long-we-keep-it/your-account-and-reviews-are-kept retain account review 30 (after a deletion request)']],
    ['"Photos/Media: No" in an app\'s permission table, and "your photos and videos", are the media on the device, not pictures of the user', 'Permissions', '| Permission | Collected |\n|---|---|\n| Photos/Media | No |\n\nWe never sell your photos and videos.', ['permissions/photos-media prohibit collect user.content.photo_library to=[] for=[]', 'permissions/we-never-sell-your-photos-and prohibit share user.content.photo_library user.content.video to=[] for=[sale]']],
    ['"We do **not** collect: IP addresses tied to individuals" rules IP addresses out only in a form that says who it is, no ban the code can be held to; "We do not collect IP addresses" still is one', 'Analytics', 'We do **not** collect:\n\n- IP addresses tied to individuals\n- Your name\n\nWe do not collect IP addresses.', ['analytics/your-name prohibit collect user.name to=[] for=[]', 'analytics/we-do-not-collect-ip-addresses prohibit collect user.device.ip_address to=[] for=[]']],
    ['under "### 2. Chat Messages", a "Retention:" item ("Kept until you clear the conversation or delete the app") keeps what the heading names', '2. Chat Messages', '- **Retention:** Kept until you clear the conversation or delete the app', ['2-chat-messages/retention collect user.content.private', '2-chat-messages/retention retain chat message until deleted']],
    ['"10/19/2022: First published." is when the policy came out, no disclosure', 'Summary of changes', '- 10/19/2022: First published.', []],
    ['"you are shown the information and given the option to send it or not send it to us as a report" is the person\'s choice, no ban', 'Error reports', 'If a serious error occurs, you are shown the relevant information and given the option to send it or not send it to us as a report.', []],
    ['"As soon as telemetry is disabled … no data is sent" holds once the person turned it off: a rule with that condition, not a ban', 'Notifying that Telemetry is Disabled', 'As soon as telemetry is disabled, the app sends a special update that notifies us of this change. The timer still runs in the background but no data is sent.', ['notifying-that-telemetry-is-disabled/as-soon-as-telemetry-is-disabled prohibit share user to=[] for=[] if=[opt-in]']],
    ['"We do not store your IP address in our telemetry table": the telemetry is where, the IP address what', 'Telemetry', 'We do not store your IP address in our telemetry table.', ['telemetry/we-do-not-store-your-ip prohibit collect user.device.ip_address to=[] for=[] if=[in telemetry]']],
    ['"are not transfered to, or stored by the Website" (a common misspelling) is read as "transferred"', 'Information we collect', 'The settings and content you create are saved locally on your device and are not transfered to, or stored by the Website.', ['information-we-collect/the-settings-and-content-you-create prohibit share user.content to=[] for=[]']],
    ['"Account data: retained for account lifetime." keeps account data while the account exists', 'Data retention', '- Account data: retained for account lifetime.', ['data-retention/account-data retain account account lifetime']],
    ['"We never receive, transmit, or store your bank username or password." rules out the credentials of the person\'s bank, not the password of the product\'s own account', 'Bank connections', 'We never receive, transmit, or store your bank username or password. We never receive or store your bank login credentials.', ['bank-connections/we-never-receive-transmit-or-store prohibit collect user.authorization.credentials to=[] for=[]', 'bank-connections/we-never-receive-transmit-or-store prohibit share user.authorization.credentials to=[] for=[]']],
    ['"Some meta data like access times and IP addresses are temporarily stored …": the examples after "like" are what is stored ("access times" is a noun, and "temporarily" does not hide the verb)', 'Abuse prevention', 'Some meta data like access times and IP addresses are temporarily stored to allow for anti-abuse mechanisms.', ['abuse-prevention/some-meta-data-like-access-times collect user.device.ip_address', 'abuse-prevention/some-meta-data-like-access-times retain some meta like access time ip address temporarily as long as necessary']],
    ['"Payments are processed by Stripe (we never see your card)": what the product never sees, it does not collect', 'Payments', 'Payments are processed by Stripe (we never see your card).', ['payments/payments-are-processed-by-stripe-we share stripe [] {}', 'payments/payments-are-processed-by-stripe-we prohibit collect user.financial.credit_card to=[] for=[]']],
    ['"Unfinished applications (drafts you did not submit) are deleted after 14 days": a clause in parentheses with a subject of its own describes the noun; the sentence keeps them 14 days', 'How long we keep it', '- **Unfinished applications** (drafts you did not submit) are deleted after 14 days.', ['how-long-we-keep-it/unfinished-applications-drafts-you-did-not retain unfinished application unsubmitted 14']],
    ['"Payments (which we never see) are processed by Stripe": the "never" belongs to the clause in parentheses, so Stripe is declared, not ruled out', 'Payments', 'Payments (which we never see) are processed by Stripe.', ['payments/payments-which-we-never-see-are share stripe [] {}']],
    ['"Financial data … is stored locally on your device, not on our servers": kept on the person\'s device, a ban on what reaches the product\'s servers', 'Local-first', 'Financial data from the desktop app is stored locally on your device, not on our servers.', ['local-first/financial-data-from-the-desktop-app prohibit collect user.financial to=[] for=[]']],
    ['"The server inherently sees your device\'s IP address": what the product\'s server sees, it collects', 'Sync server', 'The server inherently sees your device\'s IP address as part of processing requests.', ['sync-server/the-server-inherently-sees-your-device collect user.device.ip_address']],
    ['an aside with a period of its own ("(e.g., backup snapshots retained up to 90 days)") speaks of what it names; the sentence keeps its own 30 days', 'Retention', '- **Deleted Accounts:** If you close your account, we delete or anonymize personal data within 30 days unless legal requirements mandate longer retention (e.g., backup snapshots retained up to 90 days).', ['retention/deleted-accounts retain deleted account 30 (after a deletion request)', 'retention/deleted-accounts retain backup snapshot 90']],
    ['"Billing data: transaction IDs, plan, payment status" and "Order Information: Order totals" name a person\'s payments and orders', 'Information we collect', '- Billing data: transaction IDs, plan, payment status\n- Order Information: Order totals, dates, payment status', ['information-we-collect/billing-data collect user.financial.transactions', 'information-we-collect/order-information collect user.behavior.purchase_history user.financial.transactions']],
    ['under "Crash Reporting (Opt-In by default, with ability to Opt-Out)" the aside in brackets does not make a section of rights: the vendor named is a recipient', 'Crash Reporting (Opt-In by default, with ability to Opt-Out)', 'Trio uses Google Firebase Crashlytics to collect crash reports.', ['crash-reporting-opt-in-by/trio-uses-google-firebase-crashlytics-to collect user.telemetry', 'crash-reporting-opt-in-by/trio-uses-google-firebase-crashlytics-to share firebase-crashlytics [user.telemetry] {}']],
    ['"powered by Sentry, an open-source error monitoring service": an open-source vendor is a vendor; "our code is open-source" says nothing of one', 'About', 'This application includes opt-in error reporting powered by Sentry, an open-source error monitoring service. Our code is open-source and available on GitHub.', ['about/this-application-includes-opt-in-error share sentry [] {}']],
    ['"Supabase (database hosting, EU region)": where a vendor keeps data is no one\'s location; "the region you live in" is', 'Who we share information with', '- **Supabase** (database hosting, EU region) stores the waiting list and tenancy records.\n- We ask for the region you live in.', ['who-we-share-information-with/supabase-database-hosting-eu-region-stores share supabase [] {}', 'who-we-share-information-with/we-ask-for-the-region-you collect user.location.imprecise']],
    ['"raw IP addresses may end up in logs, but those will not be accessed": the logs are where the address lands, not data of their own; the ban is on the address', 'Logs', 'As with any game server, raw IP addresses may end up in logs, but those will not be accessed by our systems.', ['logs/as-with-any-game-server-raw prohibit collect user.device.ip_address to=[] for=[]']],
    ['"collect your fingerprints" among ways of tracking (cookies, tracking scripts) is a browser\'s fingerprint; beside face scans it is a finger\'s', 'Tracking', 'I do not track you using cookies, collect your fingerprints, or use any tracking scripts.\n\nWe do not collect fingerprints or face scans.', ['tracking/i-do-not-track-you-using prohibit collect user.device.cookie_id to=[] for=[tracking]', 'tracking/i-do-not-track-you-using prohibit collect user.device.fingerprint to=[] for=[]', 'tracking/i-do-not-track-you-using prohibit use user.behavior to=[] for=[tracking]', 'tracking/we-do-not-collect-fingerprints-or prohibit collect user.biometric.fingerprint user.biometric to=[] for=[]']],
    ['"Your password is never stored — only a cryptographic hash derived from it": a ban with the hash as its exception', 'Account data', 'Your password is never stored — only a cryptographic hash derived from it.', ['account-data/your-password-is-never-stored-only prohibit collect user.authorization.password to=[] for=[] if=[except]']],
    ['"for advertising or marketing analytics beyond our own services": the product\'s own marketing is the exception', 'Marketing', 'We do not use your data for advertising or marketing analytics beyond our own services.', ['marketing/we-do-not-use-your-data prohibit use user to=[advertising marketing] for=[marketing] if=[except]']],
    ['"We use no CDN on our app subdomain" says how the product is hosted, no ban on data; "We do not use third-party analytics" is one', 'Hosting', 'We use no CDN on our app subdomain.\n\nWe do not use third-party analytics.', ['hosting/we-do-not-use-third-party prohibit share user to=[analytics] for=[]']],
    ['"information about the user\'s location except for the country of origin": what is left out is the coarse part, so the precise location is banned outright', 'Location', 'We do not use or store information about the user\'s location except for the country of origin.', ['location/we-do-not-use-or-store prohibit collect user.location.precise to=[] for=[]']],
    ['"We cannot get the IP" explains what the design leaves the product unable to learn; "We do not get your location" is a ban', 'Visitors', 'After that, we throw the IP address away. We cannot get the IP.\n\nWe do not get your location.', ['visitors/after-that-we-throw-the-ip collect user.device.ip_address', 'visitors/we-do-not-get-your-location prohibit collect user.location to=[] for=[] if=[visitors]']],
    ['"Renters\' personal data is never added to HubSpot": what is added to a vendor is sent to it', 'CRM', 'We use HubSpot as the CRM for our relationships with agencies. Renters\' personal data is never added to HubSpot.', ['crm/we-use-hubspot-as-the-crm share hubspot [] {}', 'crm/we-use-hubspot-as-the-crm prohibit share user to=[hubspot] for=[]']],
    ['"your weight, body measurements, pregnancy status or any other health information apart from the allergies you choose to give us": the kinds named are banned outright, the allergies excepted', 'Data we collect', 'We do not collect your weight, body measurements, pregnancy status or any other health information apart from the allergies and intolerances you choose to give us.', ['data-we-collect/we-do-not-collect-your-weight prohibit collect user.demographic.physical_characteristics user.health_and_medical.reproductive to=[] for=[]']],
    ['"We receive but DO NOT save user-agents": two verbs share their object — the user agent comes in (collected) and is not kept (a ban on storing it)', 'Logs', 'We receive but DO NOT save user-agents.', ['logs/we-receive-but-do-not-save collect user.device.user_agent', 'logs/we-receive-but-do-not-save prohibit collect user.device.user_agent to=[] for=[]']],
    ['"up to 30 rolling days", "1 rolling year": a rolling period is that many days', 'Retention', 'If we collect your IP address, we might retain it for up to 30 rolling days for abuse detection.', ['retention/if-we-collect-your-ip-address retain if collect ip address might 30']],
    ['"Sign-in links stop working after 15 minutes", "Verification codes are valid for 10 minutes": how long a link or a code lasts is how long it is kept', 'Security', 'Sign-in links stop working after 15 minutes.\n\nVerification codes are valid for 10 minutes.', ['security/sign-in-links-stop-working-after retain sign link signin 0.01', 'security/verification-codes-are-valid-for-10 retain verification code 0.01']],
    ['"There are no cookies on this site" rules cookies out, as "This site does not use cookies" does', 'Cookies', 'There are no cookies on this site.', ['cookies/there-are-no-cookies-on-this prohibit collect user.device.cookie_id to=[] for=[]']],
    ['items that name their processor without a verb ("Payment information (processed securely through third-party providers)", "Anonymous usage statistics via Google Analytics") say what is collected and who processes it; "Support through Discord" names a channel, no data', 'Data we hold', '- Payment information (processed securely through third-party providers)\n- Anonymous usage statistics via Google Analytics\n- Support through Discord', ['data-we-hold/payment-information-processed-securely-through-third collect user.financial', 'data-we-hold/payment-information-processed-securely-through-third share payment_processor [] {}', 'data-we-hold/anonymous-usage-statistics-via-google-analytics collect user.behavior', 'data-we-hold/anonymous-usage-statistics-via-google-analytics share google-analytics [] {anonymized}']],
    ['"Fonts are served by Bunny CDN": the CDN that serves the page receives its requests', 'Fonts', 'Fonts are served by Bunny CDN.', ['fonts/fonts-are-served-by-bunny-cdn share bunnycdn [] {}']],
    ['"Security logs: Up to 3 years for security monitoring" in a section on keeping data: a ceiling is the period', 'Data retention', '- Security logs: Up to 3 years for security monitoring\n- Technical logs: 12 months', ['data-retention/security-logs-up-to-3-years retain security log 1095.75', 'data-retention/technical-logs-12-months retain technical log 365.25']],
    ['"Stored for the duration of your registration", "for the duration of the relationship": as long as the account is', 'Data retention', 'Account data is stored for the duration of your registration.\n\nPartner data is retained for the duration of the relationship.', ['data-retention/account-data-is-stored-for-the retain account account lifetime', 'data-retention/partner-data-is-retained-for-the retain partner account lifetime']],
    ['"The only personal data we store is your email address", "The only data … tied to you is your email and account name": what the product holds, said as all it holds', 'Your data', 'The only personal data we store is your email address.\n\nThe only data in your account that is tied to you is your email and account name.', ['your-data/the-only-personal-data-we-store collect user.contact.email', 'your-data/the-only-data-in-your-account collect user.contact.email user.account.username']],
    ['"OpenAI: Deleted according to their data retention policy", "Subscription data is retained by RevenueCat for the duration of your subscription": how long a vendor keeps what it gets, not the product\'s period; a host keeps data for the product', 'Data retention', '- OpenAI: Deleted according to their data retention policy (typically within 30 days)\n- Subscription data is retained by RevenueCat for the duration of your subscription\n- Backups are kept by AWS for 35 days', ['data-retention/subscription-data-is-retained-by-revenuecat share revenuecat [] {}', 'data-retention/backups-are-kept-by-aws-for share aws [] {}', 'data-retention/backups-are-kept-by-aws-for retain backup 35']],
    ['"We do not access your contacts, photos (except when you explicitly attach them), or other personal files": the exception in brackets is the photos\', the contacts are banned outright', 'Permissions', 'We do not access your contacts, photos (except when you explicitly attach them), or other personal files.', ['permissions/we-do-not-access-your-contacts prohibit collect user.contact.address_book to=[] for=[]']],
    ['"… protected with industry-standard encryption and cannot be accessed by other apps or by us": how kept data is protected, no ban', 'Security', 'Your journal entries, photos, and settings are protected with industry-standard encryption and cannot be accessed by other apps or by us.', []],
    ['"Since all your data is stored locally … and we do not have access to it, you maintain full control": a reason for what the person can do, no ban of its own', 'Your rights', 'Since all your data is stored locally on your device and we do not have access to it, you maintain full control over your data at all times.', []],
    ['"we will never use standard email, SMS, or unsecure phone calls for authentication or to request sensitive personal information": the channels it talks through, no ban on data; "never use SMS or email to send your password" still bans', 'Security', 'To protect you from fraud, we will never use standard email, SMS, or unsecure phone calls for authentication or to request sensitive personal information.\n\nWe will never use SMS or email to send your password.', ['security/we-will-never-use-sms-or prohibit share user.contact.email user.authorization.password to=[messaging] for=[]']],
    ['"ZenDrop does not upload your settings or app-usage data", "Log which apps you use", "how long you use other apps": the use of apps, not all behaviour', 'App usage', 'We do not upload your settings or app-usage data to any server.\n\nWe do not log which apps you use or track how long you use other apps.', ['app-usage/we-do-not-upload-your-settings prohibit share user.account.settings user.behavior.app_usage to=[] for=[]', 'app-usage/we-do-not-log-which-apps prohibit collect user.behavior.app_usage to=[] for=[]', 'app-usage/we-do-not-log-which-apps prohibit collect user.behavior.app_usage to=[] for=[tracking]']],
    ['"We do not collect personal identification information": a ban on what identifies a person directly (name, contact, government ids), not on all personal data', 'Not collected', 'We do not collect personal identification information.', ['not-collected/we-do-not-collect-personal-identification prohibit collect user.name user.government_id to=[] for=[]']],
    ['"Acme receives information from third party sources that you have authorized or is already publicly available": a public source, nothing shown to others', 'Sources', 'We receive information from third party sources that you have authorized or is already publicly available, such as information from medical databases.', []],
    ['"We receive information from you whenever you communicate directly with us", "We collect information when you contact us": what people write to the product; named data stays as named', 'Information received', 'We receive information from you whenever you communicate directly with us, such as when you request customer support.\n\nWe collect your email address when you contact us.', ['information-received/we-receive-information-from-you-whenever collect user.content.private', 'information-received/we-collect-your-email-address-when collect user.contact.email']],
    ['"To access your account, you must have a unique email and password", "You need an email address and a password to sign up": what an account requires is collected; "You need a computer" is no data', 'Accounts', 'To access your account, you must have a unique email and password.\n\nYou need an email address and a password to sign up.\n\nYou need a computer to use the app.', ['accounts/to-access-your-account-you-must collect user.contact.email user.authorization.password', 'accounts/you-need-an-email-address-and collect user.contact.email user.authorization.password']],
    ['"… requires your explicit consent for the collection and storage of identity documents and biometric information": the collection named as a noun; "consent to the collection and use of information" names no data', 'Purpose of this notice', 'Creating an account is a prerequisite for using our services. This process involves verifying your identity and requires your explicit consent for the collection and storage of identity documents and biometric information.\n\nBy using the service you consent to the collection and use of information in accordance with this policy.', ['purpose-of-this-notice/creating-an-account-is-a-prerequisite collect user.government_id user.biometric']],
    ['"If you close your account or withdraw your consent: - Your biometric template … will be immediately and permanently destroyed": kept for the account\'s lifetime, not for no time', 'Data retention', 'You have the right to withdraw your consent at any time. If you close your account or withdraw your consent:\n\n- Your biometric template and all associated images will be immediately and permanently destroyed.', ['data-retention/your-biometric-template-and-all-associated retain biometric template associated image immediately account lifetime']],
    ['"We do not sell, trade, or otherwise transfer user data to outside parties. Information collected is not shared with third-party services except where strictly necessary": the exception holds for the transfer too; selling stays banned outright', 'Sharing', 'We do not sell, trade, or otherwise transfer user data to outside parties. Information collected is not shared with third-party services except where strictly necessary for app functionality.', ['sharing/we-do-not-sell-trade-or prohibit share user to=[third_party] for=[sale]', 'sharing/we-do-not-sell-trade-or prohibit share user to=[third_party] for=[] if=[except]', 'sharing/we-do-not-sell-trade-or prohibit share user to=[third_party] for=[] if=[except]']],
    ['"We do not track, sell, or share your information": a ban on selling the data and on sharing it, not on collecting it', 'Our promises', 'We do not track, sell, or share your information.', ['our-promises/we-do-not-track-sell-or prohibit share user to=[] for=[sale]', 'our-promises/we-do-not-track-sell-or prohibit share user to=[] for=[]']],
    ['"Microphone: Reserved for potential future audio practice features. Currently not actively used.": a permission the app uses for nothing yet collects nothing; "Camera: Only used if you choose to take a profile picture" does', 'Device permissions', 'The App may request the following device permissions:\n\n- Camera: Only used if you choose to take a profile picture.\n- Microphone: Reserved for potential future audio practice features. Currently not actively used.', ['device-permissions/camera collect user.content.self_image']],
    ['"We never do any of the following: - Sell your information to data brokers": the lead-in\'s negation is the item\'s, a ban on selling, not a sale declared', 'Our promises', 'We never do any of the following:\n\n- Sell your information to data brokers.', ['our-promises/sell-your-information-to-data-brokers prohibit share user to=[data_enrichment] for=[sale]']],
    ['"Your camera feed … never leave your phone": the phone is the place the video stays, not a phone number', 'On-device processing', 'Exercise form analysis is processed entirely on your device. Your camera feed and body position data never leave your phone.', ['on-device-processing/exercise-form-analysis-is-processed-entirely prohibit collect user.content.video to=[] for=[]']],
    ['"The season planner does not send your name or contact details to OpenAI": a part of the product named by what it does is the product; its ban names the vendor', 'Season planner', 'The season planner does not send your name or contact details to OpenAI.', ['season-planner/the-season-planner-does-not-send prohibit share user.name user.contact to=[openai] for=[]']],
    ['"Our access to your channel is read-only. We do not: - Upload videos - Post comments": what the product does not do on the person\'s account bans no data', 'Access', 'Our access to your channel is read-only. We do not:\n\n- Upload videos\n- Post comments', []],
    ['"We work with trusted third-party services including Supabase (database), Stripe (payments), and FAL.ai (AI processing)": whom the product works with, it uses', 'Service providers', 'We work with trusted third-party services including Supabase (database), Stripe (payments), and FAL.ai (AI processing).', ['service-providers/we-work-with-trusted-third-party share supabase stripe fal [] {}']],
    ['"We use Fathom, a tool that does not use cookies": the tool\'s own way of working is no cookie ban of the product\'s', 'Analytics', 'We use Fathom, a tool that does not use cookies.', ['analytics/we-use-fathom-a-tool-that share fathom [] {}']],
    ['"does not gather precise information about the location of your mobile device": a ban on precise location only', 'Location', 'The Application does not gather precise information about the location of your mobile device.', ['location/the-application-does-not-gather-precise prohibit collect user.location.precise to=[] for=[]']],
    ['"including but not limited to Email, Name, UserID": capitalised data words in a list are data, not a vendor', 'Information collection', 'This Application collects certain personally identifiable information, including but not limited to Email, Name, UserID.', ['information-collection/this-application-collects-certain-personally-identifiable collect user.contact.email user.name']],
    ['"- Local-only data stored on your device: app settings … None of this is synced": the item\'s label says its data stays with the person; the next item is collected', 'Data we hold', '- Local-only data stored on your device: app settings (theme) and reading history. None of this is synced to a server we operate.\n- Account data: your email address, kept on our servers.', ['data-we-hold/account-data collect user.account user.contact.email']],
    ['"If we learn that we have, we will delete it within 30 days": how soon data collected by mistake goes, no retention period', 'Children', 'We do not knowingly collect data from children under 13. If we learn that we have, we will delete it within 30 days. We keep your account data for 2 years.', ['children/we-do-not-knowingly-collect-data collect user.account', 'children/we-do-not-knowingly-collect-data retain account 730.5']],
    ['"Acme doesn\'t store IP addresses. It also doesn\'t store any information in the browser with cookies": "it" after the product named itself is the product; "We use Fathom. It collects page views" stays Fathom\'s', 'In short', "In short, Acme doesn't store IP addresses. It also doesn't store any information in the browser with cookies, localStorage, cache, or any other method.\n\nWe use Fathom for analytics. It collects your page views.", ['in-short/in-short-acme-doesn-t-store prohibit collect user.device.ip_address to=[] for=[]', 'in-short/in-short-acme-doesn-t-store prohibit collect user.device.cookie_id to=[] for=[]', 'in-short/we-use-fathom-for-analytics-it share fathom [] {}']],
    ['"Fitness goals", "Workout duration": items of fitness data', 'Data we hold', '- Fitness goals\n- Workout duration', ['data-we-hold/fitness-goals collect user.health_and_medical.fitness']],
    ['"We do not receive your email address or your order contents from the shop" in a policy that says it collects couriers\' email addresses: the email is someone\'s the sentence leaves implicit, the order contents stay banned', 'Parcels', 'We do not receive your email address or your order contents from the shop.\n\nIf you are a courier, we collect your name, email address and phone number.', ['parcels/we-do-not-receive-your-email prohibit collect user.content to=[] for=[]', 'parcels/we-do-not-receive-your-email prohibit collect user.contact.email to=[] for=[]', 'parcels/if-you-are-a-courier-we collect user.name user.contact.email user.contact.phone_number']],
    ['"This cookie: - Is not used for tracking, analytics, or advertising": the item\'s "is" with the lead-in\'s subject limits what the cookie is used for', 'Cookies', 'We use a single first-party cookie for authentication purposes. This cookie:\n\n- Is required for the Service to function.\n- Is not used for tracking, analytics, or advertising.', ['cookies/we-use-a-single-first-party collect user.device.cookie_id', 'cookies/is-not-used-for-tracking-analytics prohibit use user.device.cookie_id to=[advertising marketing] for=[marketing tracking]']],
    ['"Use health-provider data you explicitly connect … Health-provider data is not used for advertising": health data, and no kind of provider', 'Uses', 'We use your data to:\n\n- Use health-provider data you explicitly connect to add recovery context to your plan. Health-provider data is not used for advertising.', ['uses/use-health-provider-data-you-explicitly collect user.health_and_medical', 'uses/use-health-provider-data-you-explicitly prohibit use user.health_and_medical to=[advertising marketing] for=[marketing]']],
    ['"We do not use your code for training AI models beyond what OpenAI\'s API policies permit": a limit on use with an exception; OpenAI bounds it, no recipient', 'AI', "We do not use your code for training AI models beyond what OpenAI's API policies permit.", ['ai/we-do-not-use-your-code prohibit use user.content.documents to=[] for=[ai_training] if=[except]']],
    ['"We retain your personal data for as long as necessary to: - Account data. Retained for the duration of your account. Deleted within 30 days of account closure. - Usage logs. Retained for up to 90 days": a name ending in a full stop labels its item, and an item that says how long is not the lead-in\'s vaguer period', 'Data retention', 'We retain your personal data for as long as necessary to:\n\n- Account data. Retained for the duration of your account. Deleted within 30 days of account closure.\n- Usage logs. Retained for up to 90 days for operational and security purposes, then anonymised or deleted.', ['data-retention/we-retain-your-personal-data-for retain  as long as necessary', 'data-retention/account-data collect user.account', 'data-retention/account-data retain account account lifetime', 'data-retention/account-data retain account 30 (after account closure)', 'data-retention/usage-logs collect user.telemetry', 'data-retention/usage-logs retain usage log 90']],
    ['"We receive and log webhook events from GitHub Marketplace. These events contain your GitHub account ID": what comes from a vendor is not what it gets', 'Billing events', 'We receive and log webhook events from GitHub Marketplace when a plan is purchased. These events contain your GitHub account ID and the plan details.', ['billing-events/we-receive-and-log-webhook-events collect user.telemetry user.unique_id']],
    ['"Jira and Bitbucket credentials are stored locally in IndexedDB": storage on the person\'s device is no vendor', 'Credentials', 'Jira and Bitbucket credentials are stored locally in IndexedDB.', []],
    ['"Media files displayed on the site are sourced from public CDN services including: - Unsplash (images)": where content comes from, no recipient; "processed by the following providers" still names some', 'Media', 'Media files displayed on the site are sourced from public CDN services including:\n\n- Unsplash (images)\n- Pexels (videos and images)\n\nYour data is processed by the following providers:\n\n- Stripe (payments)', ['media/your-data-is-processed-by-the share service_provider [] {}']],
    ['"Backblaze, provides us with cloud services to store media": the company\'s name alone names its catalogued service', 'Who we share with', '- Backblaze, provides us with cloud services to store media at scale.', ['who-we-share-with/backblaze-provides-us-with-cloud-services share backblaze [] {}']],
    ['"**We do not:** Sell, rent, or share your personal information for marketing": a negation that stops at its colon is no label; its verb follows', 'Sharing', '**We do not:** Sell, rent, or share your personal information for marketing.', ['sharing/we-do-not-sell-rent-or prohibit share user to=[advertising marketing] for=[sale marketing]']],
    ['"We store only the generated summary and metadata—not your source code": what follows a dash written without spaces is left out, not collected', 'Storage', 'We store only the generated summary and metadata—not your source code.', []],
    ['servers that are not the product\'s, under a heading about what other parties collect, receive the data: a disclosure, not the product\'s collection', 'Data other parties may collect', 'Web servers that provide podcast feeds may collect additional data, such as your IP address.', ['data-other-parties-may-collect/web-servers-that-provide-podcast-feeds share third_party [user.device.ip_address] {}']],
    ['services the app queries, as the subject under that heading, receive the query', 'Data other parties may collect', 'When you search, the search services the app queries may store your query, including the search terms.', ['data-other-parties-may-collect/when-you-search-the-search-services share third_party [user.behavior.search_history] {}']],
    ['the product\'s own servers under any heading still collect', 'Data other parties may collect', 'Our servers automatically record your IP address.', ['data-other-parties-may-collect/our-servers-automatically-record-your-ip collect user.device.ip_address']],
    ['servers under a heading about the product\'s own data are the product\'s', 'Server logs', 'Web servers may collect your IP address.', ['server-logs/web-servers-may-collect-your-ip collect user.device.ip_address']],
    ['a platform company named as the subject of a modal and a vendor\'s verb ("Apple may store the request") receives what it stores', 'Discovery', 'Apple may store the request (e.g. your IP address).', ['discovery/apple-may-store-the-request-e share apple [user.device.ip_address] {}']],
    ['what providers do is read in their own sentence, after another ("… we process the content you submit. AI processing is performed by service providers")', 'AI features', 'If you use AI-powered features, we process the content you submit to generate responses. AI processing is performed by service providers acting on our behalf.', ['ai-features/if-you-use-ai-powered-features collect user.content', 'ai-features/if-you-use-ai-powered-features share ai [] {}']],
    ['vendors named as examples ("including Google Analytics and Resend") after what vendors do leave any vendor of those kinds a recipient too', 'Sharing', 'Service providers: vendors that host data, send email, or provide analytics or AI features for the Service, including Google Analytics and Resend.', ['sharing/service-providers share analytics ai email_delivery cloud_hosting [user.contact.email] {}', 'sharing/service-providers share google-analytics resend [user.contact.email] {}']],
    ['a vendor relied on "to process the analytics data" is an analytics provider', 'Sharing', 'For those who opt into our analytics tracking, we rely on a third party vendor to process the analytics data.', ['sharing/for-those-who-opt-into-our collect user.behavior', 'sharing/for-those-who-opt-into-our share analytics [] {}']],
    ['a name and what it is for joined by a leader of dots ("Resend .......... emails we send you (name, email address)") is a recipient and what it gets', 'Who we share it with', '- Resend .............. emails we send you (name, email address)\n- Crisp ............... the help chat. If you are signed in it receives your name and email.', ['who-we-share-it-with/resend share resend [user.name user.contact.email] {}', 'who-we-share-it-with/crisp share crisp [user.content.private user.name user.contact.email] {}']],
    ['a profile\'s headline is its biography, the town a person names their city', 'Your profile', 'We collect the town you want to work in, a headline and your skills.', ['your-profile/we-collect-the-town-you-want collect user.contact.address.city user.content.bio']],
    ['what a form of the product\'s asks for is collected ("The form typically includes:"), and "first/last name" and a stay\'s dates are names and bookings', 'Check-in', 'When you complete the online check-in form, we process only the data needed. The form typically includes:\n\n- **Identification**: first/last name, email.\n- **Stay details**: property, check-in/check-out dates.', ['check-in/identification collect user.name user.contact.email', 'check-in/stay-details collect user.behavior.booking_history']],
    ['"We do not collect: - Behavioral tracking data" bans collecting behaviour for tracking, not using it', 'Not collected', 'We do not collect:\n\n- Behavioral tracking data', ['not-collected/behavioral-tracking-data prohibit collect user.behavior to=[] for=[tracking]']],
    ['a country where data is kept is no recipient ("stored on servers in Armenia")', 'Storage', 'Your data is stored on servers in Armenia.', []],
    ['"is never public" bans publishing the data; camera data is video, and "not stored" bans keeping it', 'Members', 'Your phone number is never public. Camera data is not stored and only used for reading the QR code.', ['members/your-phone-number-is-never-public prohibit share user.contact.phone_number to=[other_users] for=[]', 'members/your-phone-number-is-never-public prohibit collect user.content.video to=[] for=[]']],
    ['keeping within what the law permits ("for purposes beyond those permitted by law") is no ban', 'California', 'We do not use or disclose sensitive personal information for purposes beyond those permitted by law.', []],
    ['a label that asks why ("Why we cannot process UUID-based data requests:") explains; it bans nothing', 'Your rights', '**Why we cannot process UUID-based data requests**: Privacy laws require us to verify the identity of individuals before fulfilling requests.', []],
    ['a person\'s language, bare in a list of their data, is their language; a language model or a programming language is not', 'Account', 'We collect your name, language and timezone.\n\nWe use a large language model and the TypeScript programming language to summarise your notes.', ['account/we-collect-your-name-language-and collect user.name user.demographic.language user.location.imprecise', 'account/we-use-a-large-language-model collect user.content']],
    ['"for as long as you have the app installed" keeps data until the user removes it; a deleted account or a closed workspace taking its data with it keeps the data as long as the account', 'Retention', 'We retain your settings for as long as you have the app installed.\n\nDeleted accounts result in deletion of associated data.\n\nClosing your workspace removes all stored files.', ['retention/we-retain-your-settings-for-as retain setting until deleted', 'retention/deleted-accounts-result-in-deletion-of retain account result deletion associated account lifetime', 'retention/closing-your-workspace-removes-all-stored retain closing workspace remove account lifetime']],
    ['telling people and regulators of a breach discloses no one\'s data ("we will provide required notices to affected people and regulators", "publish a notification within 5 days of the data breach"); a disclosure to law enforcement still is one', 'Breaches', 'If unauthorized access to your data occurs, we will provide required notices to affected people and regulators. We will publish a notification within 5 days of the data breach. We will publish a full transparency document outlining what occurred.\n\nWe may disclose your information to law enforcement when required by law.', ['breaches/we-may-disclose-your-information-to share legal_authority [] {}']],
    ['"log" coordinated with a verb ("We do not collect, log or store your location") is a verb: the ban is on the location, not on logs; "We keep logs of your activity" keeps logs', 'Location', 'We do not collect, log or store your location.\n\nWe keep logs of your activity.', ['location/we-do-not-collect-log-or prohibit collect user.location to=[] for=[]', 'location/we-keep-logs-of-your-activity collect user.telemetry user.behavior']],
    ['the id of a person by their role ("keyed by your candidate ID") is their identifier; an anonymous visitor ID stays none', 'Matching', 'We store match scores keyed by your candidate ID only.', ['matching/we-store-match-scores-keyed-by collect user.unique_id']],
    ['"your phone\'s settings" is the handset, not a phone number: the ban is on location only', 'Location', "We do not collect your location, whether from GPS, Wi-Fi or your phone's settings.", ['location/we-do-not-collect-your-location prohibit collect user.location user.location.precise to=[] for=[]']],
    ['"When you disconnect a bank, we delete its transactions within 30 days" counts from the disconnection, not from a deletion request; "When you close your account" stays a deletion', 'Retention', 'When you disconnect a bank, we delete its transactions within 30 days. When you close your account, we delete your data within 90 days.', ['retention/when-you-disconnect-a-bank-we retain transaction 30 (after you disconnect a bank)', 'retention/when-you-disconnect-a-bank-we retain  90 (after a deletion request)']],
    ['a gerund in a phrase that describes the subject ("Data tracked using our own tools is not sent …") is not the verb: the sentence shares nothing', 'Analytics', 'Data tracked using our own tools is not sent to a third party.', []],
    ['the product by what it is, a negation and "ever" before a verb the reader does not know ("Our service does not ever see or store …") bans what the known verb takes', 'Payments', 'Our service does not ever see or store your full credit card number. The app does not see your messages.', ['payments/our-service-does-not-ever-see prohibit collect user.financial.credit_card to=[] for=[]', 'payments/our-service-does-not-ever-see prohibit collect user.content.private to=[] for=[]']],
    ['a capitalised word that opens a line and is the product by what it is ("Application runs …"), an adverb ("Automatically purged") or a gerund ("Running processes …") names no vendor', 'Third-party services', 'Application runs with appropriate system permissions only.\n\nSystem logs: Automatically purged after 30 days.\n\nRunning processes and services', ['third-party-services/system-logs-automatically-purged-after-30 retain system log 30']],
    ['"The Add-on uses the following third-party library:" names neither a vendor "Add" nor a recipient: a library is code the product ships', 'Third-party services', 'The Add-on uses the following third-party library:', []],
    ['what is "never entered into the Fleet app" is not collected: a ban, whatever else the sentence says handles it ("handled by HR in a separate system")', 'Payroll', 'Bank details and National Insurance numbers are handled by HR in a separate system and are never entered into the Fleet app.', ['payroll/bank-details-and-national-insurance-numbers prohibit collect user.financial.bank_account user.government_id.national_identification_number to=[] for=[]']],
    ['"auto-deleted after 13 months" is deleted after 13 months, and the subject stops before the verb\'s prefix', 'Retention', 'Attribution events are auto-deleted after 13 months.', ['retention/attribution-events-are-auto-deleted-after retain attribution event 395.69']],
    ['"We use PostHog to collect product analytics": what is collected is how the product is used, and PostHog gets it', 'Analytics', 'We use PostHog to collect product analytics.', ['analytics/we-use-posthog-to-collect-product collect user.behavior', 'analytics/we-use-posthog-to-collect-product share posthog [user.behavior] {}']],
    ['"We neither rent nor sell any information" negates both verbs; "No advertising networks receive your data" bans giving it to them; "No data sent to external servers or third parties" is a passive without its "is"', 'Sharing', 'We neither rent nor sell any information that we collect.\n\nNo advertising networks receive your data.\n\nNo data sent to external servers or third parties', ['sharing/we-neither-rent-nor-sell-any prohibit share user to=[] for=[sale]', 'sharing/no-advertising-networks-receive-your-data prohibit share user to=[advertising marketing] for=[marketing]', 'sharing/no-data-sent-to-external-servers prohibit share user to=[third_party] for=[]']],
    ['a name ending in -ly inside a sentence ("with Grammarly") is still a vendor\'s; "your phone\'s number" is a phone number', 'Sharing', "We share your text with Grammarly. We share your phone's number with Twilio.", ['sharing/we-share-your-text-with-grammarly share grammarly [] {}', 'sharing/we-share-your-text-with-grammarly share twilio [user.contact.phone_number] {}']],
    ['what "the other services" or "the payment provider\'s app" never see is not the product\'s ban; "If you email us, we delete your data within 30 days" is counted from the request', 'Retention', "The other services do not ever see your card number. If you email us, we delete your data within 30 days.", ['retention/the-other-services-do-not-ever retain  30 (after a deletion request)']],
    ['"keyed by your profile ID" is the person\'s identifier, not their profile\'s name and photo; "on your profile" says where, after the data a ban names; a field name of several words is how a policy names it too ("years of experience")', 'Data we collect', '- Profile: job title and years of experience.\n- Search index: your skills, keyed by your profile ID only.\n\nWe do not collect health data on your profile.', ['data-we-collect/profile collect user.job_title user.employment', 'data-we-collect/search-index collect user.unique_id', 'data-we-collect/we-do-not-collect-health-data prohibit collect user.health_and_medical to=[] for=[]']],
    ['"Data held by our background job system" is what the job system holds, not any personal data', 'Retention', 'Data held by our background job system is removed within 24 hours after each task finishes.', ['retention/data-held-by-our-background-job retain background job system 1 (after each task finishes)']],
    ['a label that is the whole negated sentence ("**We do NOT collect:** diagnoses …") bans the item\'s data; it does not collect it', 'Clients', '**We do NOT collect:** diagnoses, symptoms or lab results.', ['clients/we-do-not-collect prohibit collect user.health_and_medical to=[] for=[]']],
    ['"We do not send marketing emails, newsletters, or promotional content" in a paragraph about the email provider is about messages to the person: no ban on giving the provider the address, a ban on using it to market; "We do not send your name" still bans it', 'Email', 'Your email address is stored in our email provider (Resend). We do not send marketing emails, newsletters, or promotional content. We do not send your name.', ['email/your-email-address-is-stored-in share resend [] {}', 'email/your-email-address-is-stored-in prohibit use user.contact.email to=[advertising marketing] for=[marketing]', 'email/your-email-address-is-stored-in prohibit share user.name to=[resend] for=[]']],
    ['"the skills and interests you write" are interests, what a vendor given them receives', 'Who we share it with', '- **Cohere** turns the skills and interests you write into numbers we can compare with role descriptions.', ['who-we-share-it-with/cohere-turns-the-skills-and-interests share cohere [user.behavior.interests] {}']],
    ['"We do not sell your personal information. However, we may share information in the following ways:": sharing is no exception to a ban on selling', 'How we share', 'We do not sell your personal information. However, we may share information with delivery partners.', ['how-we-share/we-do-not-sell-your-personal share shipping [] {}', 'how-we-share/we-do-not-sell-your-personal prohibit share user to=[] for=[sale]']],
    ['"mobile number, tool name, due date": a word after a comma is no recipient\'s head ("tool"), and a tool\'s name is no person\'s', 'Who receives data', '| Provider | Purpose | Data |\n| --- | --- | --- |\n| Twilio | SMS reminders the day before a tool is due | Mobile number, tool name, due date |', ['who-receives-data/twilio share twilio [user.contact.phone_number] {}']],
    ['"Stores the photos of our routes. It never receives photos of members": pictures of things are no one\'s photo; the member photos are left out', 'Who receives data', '- **Cloudinary**: Stores the photos of our routes that our setters upload. It never receives photos of members.', ['who-receives-data/cloudinary share cloudinary [] {}']],
    ['"…, so Tapline never requests your device\'s location": a clause after ", so" with a name of its own is a statement of its own', 'Location', 'Tapline ("we") runs this site. You choose the venue by scanning the code on your table, so Tapline never requests your device\'s location.', ['location/tapline-we-runs-this-site-you prohibit collect user.location to=[] for=[]']],
    ['"never leaves your device or is transmitted to third parties": the verb joined by "or" past its auxiliary keeps the negation', 'Sign-in', 'We collect your email address. This data is used solely for authentication and never leaves your device or is transmitted to third parties.', ['sign-in/we-collect-your-email-address-this collect user.contact.email', 'sign-in/we-collect-your-email-address-this prohibit share user.contact.email to=[third_party] for=[]']],
    ['"does not engage in unfair or deceptive acts in the conduct of trade or commerce" and "configurations are not published in this statement" are no bans on data', 'Compliance', 'We collect your email address. Acme does not engage in unfair or deceptive acts in the conduct of trade or commerce. Specific control configurations are not published in this statement.', ['compliance/we-collect-your-email-address-acme collect user.contact.email']],
    ['"They do not share it except in aggregate form; no data is shared as to any individual user": the passive clause goes on about the analytics companies, no ban of the product\'s', 'Analytics', 'Analytics companies may access your IP address or device ID. They do not share it except in aggregate form; no data is shared as to any individual user.', []],
    ['"Groq never receives your name or location": what a named vendor never receives, the product never sends it; "Acme never receives your card number from Stripe" is about a source', 'Providers', 'Groq never receives your name or location.\n\nAcme never receives your card number from Stripe.', ['providers/groq-never-receives-your-name-or prohibit share user.name user.location to=[groq] for=[]']],
    ['"… never driver names. We share inspection records with the DVSA": a clause that names a party the catalog does not know speaks of that party only; "when it asks us to" is a subject, not the data', 'Sharing', 'Groq never receives your name or location. We share inspection records with your fleet operator and, when it asks us to, with the DVSA.', ['sharing/groq-never-receives-your-name-or share dvsa [] {}', 'sharing/groq-never-receives-your-name-or prohibit share user.name user.location to=[groq] for=[]']],
    ['"External Platforms" over "Sendgrid: Emails used for email" lists recipients', 'External Platforms', '1. Sendgrid: Emails used for email\n2. Twilio: Phone numbers used for SMS', ['external-platforms/sendgrid share sendgrid [user.contact.email] {}', 'external-platforms/twilio share twilio [user.contact.phone_number] {}']],
    ['a label that names its items as the data collected ("Collected data: Email addresses, Firstname, Lastname", "Personal data: Cookies") collects them, in any section', 'Analytics', '* Platforms: Google Analytics\n* Personal data: Cookies, Usage Data\n* Collected data: Email addresses, Firstname, Lastname', ['analytics/platforms share google-analytics [] {}', 'analytics/personal-data collect user.device.cookie_id user.behavior', 'analytics/collected-data collect user.contact.email user.name.first user.name.last']],
    ['"Your Google password is never shared with SaveMate": what never reaches the product by its name it never collects', 'Connections', 'SaveMate saves your bookmarks. Your Google password is never shared with SaveMate.', ['connections/savemate-saves-your-bookmarks-your-google collect user.behavior.browsing_history', 'connections/savemate-saves-your-bookmarks-your-google prohibit collect user.authorization.password to=[] for=[]']],
    ['"Author emails are never included in exports" bans passing them on in an export, not collecting them; "We never send your email address to marketing companies" names a kind of recipient', 'Exports', 'Author emails are never included in exports.\n\nWe never send your email address to marketing companies.', ['exports/author-emails-are-never-included-in prohibit share user.contact.email to=[third_party] for=[] if=[when]', 'exports/we-never-send-your-email-address prohibit share user.contact.email to=[marketing advertising] for=[marketing]']],
    ['"mouse coordinates", "cursor positions" are places on a screen, not where the person is', 'Data', 'We do not store mouse coordinates, cursor positions or passwords.', ['data/we-do-not-store-mouse-coordinates prohibit collect user.authorization.password to=[] for=[]']],
    ['a label of collected data under a heading of what is not collected ("## What we do not collect" — "Personal data: names, phone numbers") is what is not collected', 'What we do not collect', '- **Personal data:** names, phone numbers.', ['what-we-do-not-collect/personal-data prohibit collect user.name user.contact.phone_number to=[] for=[]']],
    ['"never shared with Acme partners" names the product\'s partners, not the product; "never shared with Acme" alone is the product', 'Sharing', 'Acme ("we") saves bookmarks. Your phone number is never shared with Acme partners. Your password is never shared with Acme.', ['sharing/acme-we-saves-bookmarks-your-phone collect user.behavior.browsing_history', 'sharing/acme-we-saves-bookmarks-your-phone prohibit share user.contact.phone_number to=[business_partner] for=[]', 'sharing/acme-we-saves-bookmarks-your-phone prohibit collect user.authorization.password to=[] for=[]']],
    ['"We do not send marketing emails to users who have not opted in", "… more than once a week" say which are sent: no ban; "… without your consent" is a ban held back by its condition', 'Email', 'We do not send marketing emails to users who have not opted in.\n\nWe do not send promotional emails more than once a week.\n\nWe never send marketing emails without your consent.', ['email/we-never-send-marketing-emails-without prohibit use user.contact.email to=[advertising marketing] for=[marketing] if=[without consent]']],
    ['"never included in exports" is held back by its condition: an export the person downloads is no third party', 'Exports', 'You can export your data at any time. Passwords are never included in exports.', ['exports/you-can-export-your-data-at prohibit share user.authorization.password to=[third_party] for=[] if=[when]']],
    ['in one sentence, "it" after a part whose subject is the product\'s app ("The tour app shows the route, but it …") is the app', 'Location', 'The tour app shows the route, but it does not collect location from your phone during the walk.', ['location/the-tour-app-shows-the-route prohibit collect user.location to=[] for=[]']],
    ['the product named by the kind of app it is ("The mobile app") makes its own ban', 'Location', 'The mobile app does not collect your location.', ['location/the-mobile-app-does-not-collect prohibit collect user.location to=[] for=[]']],
    ['an app named by a vendor\'s kind ("The payment app") is not the product', 'Location', 'The payment app does not collect your location.', []],
    ['what the product itself stores beside a processor ("handled by Stripe; we store only a customer reference, never card numbers") leaves nothing out of what Stripe gets', 'Payments', 'Payment data - handled by Stripe; we store only a customer reference, never card numbers.', ['payments/payment-data collect user.unique_id', 'payments/payment-data share stripe [] {}']],
    ['"advertising or other unsolicited emails" the product does not send is no use of addresses for marketing, no ban on advertisers', 'Email', 'We do not send advertising or other unsolicited emails.', ['email/we-do-not-send-advertising-or prohibit use user.contact.email to=[advertising marketing] for=[marketing]']],
    ['"third parties beyond the service providers listed above (…)" names the exception, not whom the ban is on', 'Sharing', 'We do not share personal information with third parties beyond the service providers listed above (Google Firebase, Google AdMob).', ['sharing/we-do-not-share-personal-information prohibit share user to=[] for=[] if=[except]']],
    ['vendors the next sentence says will not be installed are no recipients', 'Tools', 'Session replay tools (Hotjar, FullStory). These are out of scope and will not be installed.', []],
    ['"You authenticate with your Hugging Face account" is a sign-in that hands over the account\'s profile', 'Sign-in', '- Sign-in: You authenticate with your Hugging Face account.', ['sign-in/sign-in collect user.social.account user.name user.account.username user.content.self_image user.contact.email']],
    ['expense data is transaction history', 'Sharing', 'We do not share your expense data with advertisers or marketing companies.', ['sharing/we-do-not-share-your-expense prohibit share user.financial.transactions to=[advertising marketing] for=[marketing]']],
    ['"advertisers, data brokers, or any other third parties" ends a list of whom; it leaves no one out', 'Sharing', 'We do not share your data with advertisers, data brokers, or any other third parties.', ['sharing/we-do-not-share-your-data prohibit share user to=[advertising data_enrichment marketing] for=[marketing]']],
    ['"when you sign up" is when a form would take the data, no case the ban leaves open', 'Sign-up', 'We do not collect your date of birth when you sign up.', ['sign-up/we-do-not-collect-your-date prohibit collect user.demographic.date_of_birth to=[] for=[]']],
    ['"when you browse" stays a condition', 'Browsing', 'We do not collect your location when you browse.', ['browsing/we-do-not-collect-your-location prohibit collect user.location to=[] for=[] if=[when]']],
    ['a religious denomination is a religious belief', 'Profile', 'We collect your display name and religious denomination.', ['profile/we-collect-your-display-name-and collect user.name user.demographic.religious_belief']],
    ['the commands a person runs in a bot are how they use it', 'Data', 'We log every command you run.', ['data/we-log-every-command-you-run collect user.behavior']],
    ['a Discord username is an account on a messenger, how to reach the person there, and the username a product signing in with it shows', 'Data', 'We store your Discord username and ask for your Reddit username.', ['data/we-store-your-discord-username-and collect user.contact.messaging_handle user.social.account user.account.username']],
    ['"users\' submitted stories" are what people write with the product', 'Training', "I will not train any text generation AI models on users' submitted stories.", ['training/i-will-not-train-any-text prohibit use user.content to=[] for=[ai_training]']],
    ['"They are never used for marketing" after a vendor is named keeps that vendor a recipient', 'Email', 'We send your email address and name to Postmark to deliver receipts. They are never used for marketing.', ['email/we-send-your-email-address-and share postmark [user.contact.email user.name] {}', 'email/we-send-your-email-address-and prohibit use user.contact.email user.name to=[advertising marketing] for=[marketing]']],
    ['"beyond our services" is where the data goes no further, no exception', 'Tracking', 'We do not track you or share your browsing activity beyond our services.', ['tracking/we-do-not-track-you-or prohibit use user.behavior to=[] for=[tracking]', 'tracking/we-do-not-track-you-or prohibit share user.behavior.browsing_history to=[] for=[]']],
    ['a vendor\'s app ("the Fitbit app collects …") is not the product', 'Devices', 'If you connect a Fitbit, the Fitbit app collects your heart rate and sleep data; we only receive your daily step count.', ['devices/if-you-connect-a-fitbit-the collect user.health_and_medical.fitness', 'devices/if-you-connect-a-fitbit-the share fitbit [user.health_and_medical.fitness] {}']],
    ['", and error reports never contain …" after a ban about one vendor is a ban of its own on what error monitoring gets; "recipient details" are the recipients\' data', 'Sharing', "Recipient details are never passed to Customer.io or used for marketing, and error reports never contain recipients' names or phone numbers.", ['sharing/recipient-details-are-never-passed-to prohibit share user to=[customer-io advertising marketing] for=[marketing]', 'sharing/recipient-details-are-never-passed-to prohibit share user.name user.contact.phone_number to=[error_monitoring] for=[]']],
    ['what a kind of vendor never receives ("Analytics providers never receive your name") is not sent to that kind', 'Sharing', 'Analytics providers never receive your name, and advertisers never receive your email address.', ['sharing/analytics-providers-never-receive-your-name prohibit share user.name to=[analytics] for=[]', 'sharing/analytics-providers-never-receive-your-name prohibit share user.contact.email to=[advertising marketing] for=[marketing]']],
    ['what the clause says is taken out ("We remove email addresses from crash reports") is not an exception to the vendor\'s ban', 'Sharing', 'OpenAI never receives your name or email address. We remove email addresses from crash reports before they leave our servers.', ['sharing/openai-never-receives-your-name-or prohibit share user.name user.contact.email to=[openai] for=[]']],
    ['a word right before "do not" ends the subject ("native host do not send"): what is not sent is no recipient', 'Privacy', 'The Velox CLI and native host do not send telemetry, crash reports, analytics, or automatic update requests.', []],
    ['a folder named with an everyday adverb ("Recently deleted") is no vendor', 'Privacy', 'Deleted favorites remain in "Recently deleted" for up to seven days.', ['privacy/deleted-favorites-remain-in-recently-deleted retain favorite remain recently deleted 7']],
    ['an instruction after a label ("Account access: Revoke access …") names no vendor', 'Privacy', 'Account access: Revoke access at any time in your account settings.', []],
    ['which state benefit someone receives is data of its own kind ("which benefit you receive or its reference number")', 'Concessions', 'We only record that a concession applies. We do not record which benefit you receive or its reference number.', ['concessions/we-only-record-that-a-concession prohibit collect user.financial.benefits to=[] for=[]']],
    ['"the other people in your household" are the people the customer lives with', 'Applying', 'We do not collect information about the other people in your household.', ['applying/we-do-not-collect-information-about prohibit collect user.demographic.relationships to=[] for=[]']],
    ['a verb with its own subject after the noun that opens the sentence ("The voice recordings you provide are sent to …") is no main verb', 'Transcription', 'The voice recordings you provide are sent to OpenAI for transcription.', ['transcription/the-voice-recordings-you-provide-are share openai [user.content.audio] {}']],
    ['"No social media tracking" bans tracking by social platforms, not every use of behaviour', 'No tracking', 'No social media tracking', ['no-tracking/no-social-media-tracking prohibit share user.behavior to=[social] for=[tracking]']],
    ['"a trade union" is no trade in data; a Social Insurance Number is a national identifier', 'Employees', 'We do not record whether you are a member of a trade union, and we never collect your Social Insurance Number.', ['employees/we-do-not-record-whether-you prohibit collect user.demographic.trade_union to=[] for=[]', 'employees/we-do-not-record-whether-you prohibit collect user.government_id.national_identification_number to=[] for=[]']],
    ['a pin dropped on a map is a precise location ("Map points only" for the maps provider)', 'Providers', 'Google Maps receives map points only, never your name.', ['providers/google-maps-receives-map-points-only share google-maps [user.location.precise] {}']],
    ['a policy\'s own dates and the product it covers are no data published ("We will publish the new effective date here", "This policy applies to the extension published from this project")', 'Changes', 'This policy applies to the Chrome Extension published from this project. We will publish the new effective date and version here.', []],
    ['sharing "for cross-context behavioral advertising" is ruled out for ad networks, not for a newsletter tool', 'Your rights', 'We do not share it for cross-context behavioral advertising.', ['your-rights/we-do-not-share-it-for prohibit share user to=[advertising] for=[marketing tracking]']],
    ['"and we use no social media plugins" is a clause of its own: the ban before it stays on third parties', 'Privacy', 'We never share your personal data with third parties and we use no social media plugins.', ['privacy/we-never-share-your-personal-data prohibit share user to=[third_party] for=[]', 'privacy/we-never-share-your-personal-data prohibit share user to=[social] for=[]']],
    ['analytics cookies removed, refused or still to come declare no analytics provider (what the clause reads of cookies is not read here)', 'Cookies', 'We have removed all analytics cookies from our website. We will ask for your consent before we ever introduce analytics cookies.', ['cookies/we-have-removed-all-analytics-cookies collect user.device.cookie_id']],
    ['a sentence opening with a phrase of place ("In the app you record workouts …") is no subject with a relative clause', 'Privacy', 'In the app you record workouts that are shared with your coach.', ['privacy/in-the-app-you-record-workouts collect user.health_and_medical.fitness']],
    ['"Your data never leaves your device" keeps all of it there, said with no examples and no case in which it leaves; "Your personal data never leaves your device unless …" is a rule with that exception', 'Storage', 'Your data never leaves your device.\n\nYour personal data never leaves your device unless you turn on sync.', ['storage/your-data-never-leaves-your-device prohibit collect user to=[] for=[]', 'storage/your-personal-data-never-leaves-your prohibit share user to=[] for=[] if=[unless opt-in]']],
    ['what is published on a public profile goes to other users and anyone, not to a vendor', 'Reviews', 'Your reviews are published on your public profile.', ['reviews/your-reviews-are-published-on-your share other_users [user.name user.account.username user.content.self_image user.content.public] {}']],
    ['"not shared with any other AI provider" leaves out the provider the sentence names: a ban with that exception, not a ban on it', 'AI', 'Your conversations are processed only by OpenAI and are not shared with any other AI provider.', ['ai/your-conversations-are-processed-only-by share openai [user.content.private] {}', 'ai/your-conversations-are-processed-only-by prohibit share user.content.private to=[ai] for=[] if=[except]']],
    ['"We don\'t build profiles of individual users or their browsing habits" rules out profiling what it names; "We don\'t create browser fingerprints" rules out taking one (making one is taking it)', 'Privacy', "We don't build profiles of individual users or their browsing habits.\n\nWe don't create browser fingerprints.", ['privacy/we-don-t-build-profiles-of prohibit use user.behavior.browsing_history to=[] for=[tracking]', 'privacy/we-don-t-create-browser-fingerprints prohibit collect user.device.fingerprint to=[] for=[]']],
    ['a run of clauses that each open with "we" after a dash ("TL;DR — We don\'t use cookies, we don\'t identify users, we anonymize IPs") is a clause each: anonymizing IPs is no ban on them', 'Summary', "TL;DR — We don't use cookies, we don't identify users, we anonymize IPs.", ['summary/tl-dr-we-don-t-use prohibit collect user.device.cookie_id to=[] for=[]', 'summary/tl-dr-we-don-t-use prohibit use user.behavior to=[] for=[tracking]']],
    ['a ban on passing data on whose exceptions the next sentence lists ("The only external services we use are:", "The only exceptions are …") has those exceptions; a sale stays ruled out', 'Sharing', 'We do not sell, trade, or transfer your personal information to third parties. The only external services we use are our payment processor and our host.\n\nWe do not share your data with anyone. The only exceptions are listed below.', ['sharing/we-do-not-sell-trade-or share payment_processor [] {}', 'sharing/we-do-not-sell-trade-or prohibit share user to=[third_party] for=[sale]', 'sharing/we-do-not-sell-trade-or prohibit share user to=[third_party] for=[] if=[except]', 'sharing/we-do-not-share-your-data prohibit share user to=[] for=[] if=[except]']],
    ['"This data does not contain any personally identifiable information" says the data just named is not personal: no ban, and what is collected stays collected', 'Log data', 'We collect your IP address and browser type. This data does not contain any personally identifiable information.', ['log-data/we-collect-your-ip-address-and collect user.device.ip_address user.device.user_agent']],
    ['a plural noun after a noun with no object after it ("Token counts tracked for billing", "Boost usage counts (Redis)") is no verb, and the word before it no vendor; "Plausible counts page views" has its object', 'What we store', '- Token counts tracked for AI generation billing\n- Boost usage counts (Redis)\n\nPlausible counts page views.', ['what-we-store/plausible-counts-page-views share plausible [user.behavior.clickstream] {}']],
    ['data that "goes" to a vendor ("Your prompts go straight to OpenAI; we do not store them", "Payment details go directly to Stripe") is sent there', 'AI', 'Your prompts go straight to OpenAI; we do not store them.\n\nPayment details go directly to Stripe.', ['ai/your-prompts-go-straight-to-openai share openai [user.content.private] {}', 'ai/your-prompts-go-straight-to-openai prohibit collect user.content.private to=[] for=[]', 'ai/payment-details-go-directly-to-stripe share stripe [user.financial] {}']],
    ['a verb followed by an adjective that opens its object ("reads selected text", "captures detailed error reports") stays the verb', 'Data', 'The extension reads selected text and sends it to OpenAI.\n\nSentry captures detailed error reports, including your IP address.', ['data/the-extension-reads-selected-text-and collect user.content', 'data/the-extension-reads-selected-text-and share openai [] {}', 'data/sentry-captures-detailed-error-reports-including share sentry [user.device.ip_address] {}']],
    ['"you create a profile, which includes …" is an account, no profiling; "never leaves your device unencrypted" says how it leaves, no ban', 'Accounts', 'When you sign up, you create a profile, which includes your name and email address.\n\nYour data never leaves your device unencrypted.', ['accounts/when-you-sign-up-you-create collect user.name user.contact.email']],
    ['a ban on a kind of recipient keeps holding when the next sentence lists the services used ("The only third-party services we use are Stripe …")', 'Sharing', 'We never share your personal data with advertisers or data brokers. The only third-party services we use are Stripe for payments and Postmark for email.', ['sharing/we-never-share-your-personal-data share stripe postmark [user.contact.email] {}', 'sharing/we-never-share-your-personal-data prohibit share user to=[advertising data_enrichment marketing] for=[marketing]']],
    ['a chain of clauses that each open with "we" splits only from the sentence\'s start, and not before a pronoun pointing back ("we store your notes locally, we never upload them")', 'Storage', 'For your privacy, we store your notes locally, we never upload them to our servers.', ['storage/for-your-privacy-we-store-your prohibit collect user.content to=[] for=[]']],
    ['what is collected "stays on servers controlled by me — absolutely nothing third-party" goes to no third party; "non-transactional emails" are messages, no email provider', 'Principles', 'All data I do collect stays on servers controlled by me — absolutely nothing third-party.\n\nIf I do ever start sending out non-transactional emails like newsletters, it will be easy to unsubscribe.', ['principles/all-data-i-do-collect-stays prohibit share user to=[third_party] for=[]']],
    ['a practice named as a noun and ruled out ("No data sharing with advertisers", "No behavioural tracking across apps") is a ban; "sell browsing data" sells browsing history', 'Promises', 'No data sharing with advertisers.\n\nNo behavioural tracking across apps.\n\nWe do not use advertising cookies or sell browsing data.', ['promises/no-data-sharing-with-advertisers prohibit share user to=[advertising marketing] for=[marketing]', 'promises/no-behavioural-tracking-across-apps prohibit use user.behavior to=[] for=[tracking]', 'promises/we-do-not-use-advertising-cookies prohibit share user.device.cookie_id to=[advertising marketing] for=[marketing]', 'promises/we-do-not-use-advertising-cookies prohibit share user.behavior.browsing_history to=[] for=[sale]']],
    ['an aside that extends a ban to others ("We do not (and do not allow third-parties to) use …") is read without it: no ban on third parties as recipients', 'Analytics', 'We do not (and do not allow third-parties to) use your data to build advertising profiles.', ['analytics/we-do-not-and-do-not prohibit use user to=[] for=[tracking]']],
    ['"mobile information" is a phone number and "text messaging originator opt-in data" a consent record (the carriers\' SMS wording)', 'SMS', 'No mobile information will be shared with third parties for marketing purposes. All other use case categories exclude text messaging originator opt-in data and consent; this information will not be shared with any third parties.', ['sms/no-mobile-information-will-be-shared prohibit share user.contact.phone_number to=[advertising marketing] for=[marketing]', 'sms/no-mobile-information-will-be-shared prohibit share user.privacy_preferences.consent to=[third_party] for=[]']],
    ['"No other personal data is shared" after what a vendor is sent closes that vendor\'s list, no ban of its own; "phone call logs" are call logs, no phone number', 'AI', 'When you use these features, your prompts are sent to OpenAI to generate responses. No other personal data is shared.\n\nWe do not access your phone call logs.', ['ai/when-you-use-these-features-your share openai [user.content.private] {}', 'ai/we-do-not-access-your-phone prohibit collect user.behavior.call_history to=[] for=[]']],
    ['two modifiers share one head ("exercise and meal records" are exercise records and meal records); exercise records are fitness data', 'Data we collect', 'We collect exercise and meal records.\n\nWe keep purchase and payment records for 7 years.', ['data-we-collect/we-collect-exercise-and-meal-records collect user.health_and_medical.fitness', 'data-we-collect/we-keep-purchase-and-payment-records collect user.behavior.purchase_history', 'data-we-collect/we-keep-purchase-and-payment-records retain purchase payment 2556.75']],
    ['only a modifier that names nothing alone shares the head ("messages and access logs" are messages and logs, "location or call logs" a location and call logs); a vendor list\'s "Summary Labs" is a company, not a label', 'Data', 'We keep your messages and access logs for 30 days.\n\nWe never collect your location or call logs.\n\nWe use these providers:\n\n- Summary Labs: hosts our newsletter (email address)', ['data/we-keep-your-messages-and-access collect user.content.private user.telemetry', 'data/we-keep-your-messages-and-access retain message access log 30', 'data/we-never-collect-your-location-or prohibit collect user.location user.behavior.call_history to=[] for=[]', 'data/we-use-these-providers share service_provider [] {}', 'data/summary-labs share summary labs [user.contact.email] {}']],
    ['"a unique identifier" widens only a ban ("We never collect device identifiers, but each order gets a unique identifier" keeps the device ban); "If you request deletion, we delete your records within 30 days" names no record kept; "No transfers to the US" is about places, no ban; "No other personal data is shared with data brokers" still bans data brokers', 'Rules', 'We never collect device identifiers, but each order gets a unique identifier.\n\nIf you request deletion, we delete your records within 30 days.\n\nNo transfers to the US.\n\nWe share your email with Stripe for billing. No other personal data is shared with data brokers.', ['rules/we-never-collect-device-identifiers-but collect user.unique_id', 'rules/we-never-collect-device-identifiers-but prohibit collect user.device user.device.device_id to=[] for=[]', 'rules/we-share-your-email-with-stripe share stripe [user.contact.email] {}', 'rules/we-share-your-email-with-stripe prohibit share user to=[stripe data_enrichment] for=[] if=[except]']],
  ];
  for (const [name, section, sentence, expected] of table) {
    it(name, () => assert.deepEqual(read(section, sentence), expected));
  }

  it('"No personal data or journal content is included in performance reports" after the list of what the monitoring collects: a ban on sending that data to error monitoring, not on collecting it', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Firebase Performance Monitoring\n\nWe use Firebase Performance Monitoring to track app performance. This service collects:\n- App startup time\n- Device and OS information\n\nThis data helps us optimize the app experience. No personal data or journal content is included in performance reports.\n');
    assert.deepEqual(p.declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit').map((d) => [d.action, d.categories, d.kinds, d.conditions]), [['share', ['user.content.journal'], ['error_monitoring'], []]]);
  });
  it('a vendor family the policy names again and again ("Google Gemini", "Google Calendar", "Google Tasks") is not the product speaking, so "OpenAI and Google do NOT use your API data to train their models" is the vendors\' own behaviour, no ban', () => {
    const p = parsePolicy('p.md', '# Privacy Policy for Snap2Plan\n\nSnap2Plan ("we") is committed to protecting your privacy.\n\n## Services\n\nWe send your text to OpenAI or Google Gemini. If you choose Google integration, we save events to Google Calendar and Google Tasks. Google Sign-In gives us your email address. Google Gemini processes your images.\n\n## Summary\n\n- ✅ We do NOT sell your data to third parties\n- ✅ OpenAI and Google do NOT use your API data to train their models\n');
    assert.deepEqual([p.selfNames, p.declarations.filter((d) => d.type === 'prohibit').map((d) => d.clause)], [['snap2plan'], ['summary/we-do-not-sell-your-data']]);
  });
  it('an adverb opening an item ("- Temporarily processes current webpage content for AI context") is no vendor\'s name', () => {
    const p = parsePolicy('p.md', '# Privacy Policy for Chat Extension\n\n## Data Collection and Usage\n\n### What We Do Collect\n1. **API Keys**:\n   - We store API keys for OpenAI in Chrome secure storage\n\n2. **Webpage Content**:\n   - Temporarily processes current webpage content for AI context\n   - Content is only used during active chat sessions\n');
    assert.deepEqual(p.declarations.filter((d): d is ShareDecl => d.type === 'share').map((d) => [...d.services, ...(d.names ?? [])]), [['openai']]);
  });
  it('"We replace every author\'s name with a placeholder before sending", "Names, email addresses and phone numbers are removed from logs before they are sent to Datadog": what the vendor does not get, named by the verb that takes it out or as the passive\'s subject, not data declared to it', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Summaries\n\nWe send club discussion text to Anthropic to write summaries. We replace every author\'s name with a placeholder before sending.\n\n## Logging\n\nNames, email addresses and phone numbers are removed from logs before they are sent to Datadog.\n');
    assert.deepEqual(p.declarations.filter((d): d is ShareDecl => d.type === 'share').map((d) => [d.services, d.categories, d.excludes ?? []]), [[['anthropic'], [], ['user.name']], [['datadog'], [], ['user.name', 'user.contact.email', 'user.contact.phone_number']]]);
  });
  it('a term the policy defines for whoever runs the product ("created by Acme Arts (hereby referred to as \"Service Provider\")") is no kind of recipient where it is written with its capitals; what it keeps "for as long as you use the Application" is kept for the account\'s lifetime, named after the verb', () => {
    const p = parsePolicy('PRIVACY.txt', 'Privacy Policy\n\nThis privacy policy applies to the Acme app (hereby referred to as "Application") for mobile devices that was created by Acme Arts (hereby referred to as "Service Provider") as a Commercial service.\n\nThe Service Provider is concerned about safeguarding the confidentiality of your information.\n\nThe Service Provider will retain User Provided data for as long as you use the Application and for a reasonable time thereafter.\n\nThe Service Provider may share your email address with its service providers.\n');
    assert.deepEqual(summarize(p.declarations), ['privacy-policy/the-service-provider-will-retain-user retain user provided account lifetime', 'privacy-policy/the-service-provider-may-share-your share service_provider [user.contact.email] {}']);
  });
  it('a ban on data the policy says it collects elsewhere ("We do not receive your email address from the shop" beside couriers\' email addresses) is kept scoped to someone the sentence leaves implicit, with a note, and not applied to code', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Parcels\n\nWe do not receive your email address or your order contents from the shop.\n\nIf you are a courier, we collect your name, email address and phone number.\n');
    assert.deepEqual([p.declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit').map((d) => [d.categories, d.scope ?? []]), (p.notes ?? []).length], [[[['user.content'], []], [['user.contact.email'], ['someone the sentence leaves implicit']]], 1]);
  });
  it('"Privacy Policy for wBlock" names the product (a name with a capital inside it), and "wBlock does NOT:" over items that open with a verb makes each item its ban', () => {
    const p = parsePolicy('p.md', '# Privacy Policy for wBlock\n\n## Data we collect\n\nWe collect your email address.\n\n## Sharing\n\nwBlock does NOT:\n\n- Share your data with advertisers\n- Use analytics or tracking services\n');
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type !== 'collect')), ['sharing/share-your-data-with-advertisers prohibit share user to=[advertising marketing] for=[marketing]', 'sharing/use-analytics-or-tracking-services prohibit share user.behavior to=[analytics] for=[tracking]']);
  });
  it('a browser, an operating system, a language or a protocol is no recipient ("processed by Safari, not the extension", "JavaScript code that runs in the page", "a DNS lookup", "The Android app", "CLI commands")', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Data we collect\n\nWe collect your email address.\n\n## How it works\n\nContent blocking rules are processed by Safari, not by us. Userscripts are JavaScript code that runs in the context of web pages. The app may download a DNS block list. The Android app may request camera access when you scan a QR code. You reach your data through CLI commands.\n');
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'share')), []);
  });
  it('where to reach the product ("Contact: Discord Server", "Questions / issues: https://…") and where a revised policy is published are no recipients of data; a promise never to publish data still bans it', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Data we collect\n\nWe collect your email address. We will never publish your email address.\n\n## Changes\n\nIf we update this privacy policy, the revised version will be published with the extension update.\n\n## Contact\n\n- Contact: Discord Server\n- Questions / issues: https://github.com/acme/tool\n');
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type !== 'collect')), ['data-we-collect/we-collect-your-email-address-we prohibit share user.contact.email to=[other_users] for=[]']);
  });
  it('advice to the reader ("Your seed phrase should never be shared with anyone") and letting go of old copies ("old tokens are not retained") ban nothing; "It does not sell user data" after a sentence in which the product named itself is its ban', () => {
    const p = parsePolicy('p.md', '# Tallsnap Privacy Policy\n\n## Data we collect\n\nWe collect your email address and an OAuth token. Your seed phrase and wallet password should never be shared with anyone. OAuth tokens are automatically refreshed and old tokens are not retained.\n\n## Sale\n\nTallsnap does not collect your payment details. It does not sell your email address.\n');
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'prohibit')), ['sale/tallsnap-does-not-collect-your-payment prohibit collect user.financial to=[] for=[]', 'sale/tallsnap-does-not-collect-your-payment prohibit share user.contact.email to=[] for=[sale]']);
  });
  it('a negation of verbs of keeping and sending only ("does not log, transmit, store, or share browsing activity") bans keeping the data, not reading it; "do not collect or store" still bans collecting it', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Browsing\n\nThe extension does not log, transmit, store, or share browsing activity.\n\n## Location\n\nWe do not collect or store your location.\n');
    assert.deepEqual(p.declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit' && d.action === 'collect').map((d) => `${d.categories.join(' ')} ${d.stored ? 'stored' : 'collected'}`), ['user.behavior.browsing_history stored', 'user.location collected']);
  });
  it('an OS permission\'s constant as a label ("**WRITE_EXTERNAL_STORAGE**: Required for saving recordings") under a heading about third parties is no company', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Third-Party Services\n\nWe do not share your recordings with third parties.\n\n### Android Permissions\n\nWe request the following permissions:\n\n- **RECORD_AUDIO**: Required for audio recording\n- **WRITE_EXTERNAL_STORAGE**: Required for saving recordings\n- **FOREGROUND_SERVICE**: Required for background recording\n');
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'share')), []);
  });
  it('"never shared with anyone outside Loftly, including our email and analytics providers" is a ban on those recipients with no exception: outside the product itself is every other party', () => {
    const p = parsePolicy('p.md', '# Loftly privacy policy\n\n## Sharing\n\nWe collect your email address. Door access logs are never shared with anyone outside Loftly, including our email and analytics providers.\n');
    assert.deepEqual(p.declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit').map((d) => [d.kinds, d.conditions]), [[['email_delivery', 'analytics'], []]]);
  });
  it('a label that says there is none ("**No Advertising**:") names no recipient; "makes NO calls to:" bans its items; "Data Impact:" is a label, not impact.com; "APIs beyond YouTube" leaves YouTube out', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Sharing\n\n- **No Analytics Services**: We do not use external analytics or tracking services\n- **No Advertising**: We do not collect data for advertising purposes\n\n## Network\n\nThe app makes NO calls to:\n\n- Crash reporting services (Sentry, etc.)\n- Any third-party APIs beyond YouTube\n\n## Permissions\n\nINTERNET. Data Impact: Allows streaming from YouTube.\n');
    assert.deepEqual(summarize(p.declarations), [
      'sharing/no-analytics-services prohibit share user to=[analytics] for=[tracking]',
      'network/crash-reporting-services-sentry-etc prohibit share user to=[sentry error_monitoring] for=[]',
      'network/any-third-party-apis-beyond-youtube prohibit share user to=[] for=[] if=[except]',
    ]);
  });
  it('judges data sent to a vendor that one statement says gets only anonymous data and a closed row lists other data for, without an internal error', () => {
    const text = [
      '# Privacy', '', '## What we collect', '',
      '- **Usage data**: We collect anonymous usage and crash data to improve the editor. It is powered by PostHog and includes a random install ID. It does **not** collect personally identifiable information.', '',
      '## Categories', '',
      '| Category | Examples | Source |', '| --- | --- | --- |',
      '| Usage Data | Button clicks, error logs, timings (captured via PostHog) | Collected automatically (PostHog) |', '',
    ].join('\n');
    const verdict = new PolicyIndex(parsePolicy('p.md', text)).judgeShare('posthog', 'analytics', ['user.device.ip_address', 'user.device.user_agent']);
    assert.equal(verdict.status, 'condition-unmet');
    assert.deepEqual(verdict.categories, ['user.device.ip_address', 'user.device.user_agent']);
    assert.equal(verdict.why, 'the policy limits what this recipient receives, and this is not among it');
  });

  it('reads "it" or "they" that opens a sentence about what is done to data as the data the sentence or label before opened with', () => {
    const bans = (text: string) => parsePolicy('p.md', text).declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit').map((d) => `${d.action} ${d.categories.join(' ')} ${d.kinds.join(' ')}`);
    assert.deepEqual(bans('Your allergy information stays with us: it is used by our own packing team and is not shared with any other company.\n'), ['share user.health_and_medical third_party']);
    assert.deepEqual(bans('Your allergy information stays with us. It is used by our own packing team and is not shared with any other company.\n'), ['share user.health_and_medical third_party']);
    assert.deepEqual(bans('Your photos are processed on the device. They are never uploaded to our servers.\n'), ['collect user.content.self_image ']);
    // (Not a party: "they" after providers are named is the providers.)
    assert.deepEqual(bans('We collect your email address.\n\nOur providers are bound by contract. They are not allowed to sell your data.\n').filter((b) => b.startsWith('collect')), []);
  });

  it('reads a plain-text list whose bullets are lone full stops as items, one statement each', () => {
    const text = 'HOW LONG WE KEEP IT\n\n   . Booking photos: deleted 12 months after the booking ends.\n   . Booking records (without photos): 6 years, for tax purposes.\n   . Text message records: 90 days.\n';
    const kept = parsePolicy('p.txt', text).declarations.flatMap((d) => (d.type === 'retain' ? [`${d.subject} ${d.days} ${d.subjectTokens.join(' ')}`] : []));
    assert.deepEqual(kept, ['Booking photos 365.25 booking photos', 'Booking records (without photos) 2191.5 booking', 'Text message records 90 text message']);
  });

  it('"… may not have the same data protection laws as the country in which you provided the information": a comparison of laws leaves nothing out of what providers receive, and the places data is kept in are no one\'s location', () => {
    const text = '# Privacy\n\n## International transfers\n\nThe personal information we collect is stored where we or our third-party providers maintain facilities. Please be aware that the locations to which we store, process, or transfer your personal information may not have the same data protection laws as the country in which you initially provided the information.\n';
    const decls = parsePolicy('p.md', text).declarations;
    assert.deepEqual(decls.map((d) => [d.type, d.type === 'share' ? d.excludes ?? [] : d.type === 'collect' ? d.categories : []]), [['share', []]]);
  });

  it('a policy that names no vendors and discloses to "service providers for the purpose of enabling them to provide their services" or "who assist us in providing our services" declares a processor given data it collects; a lead-in whose list says which kinds does not', () => {
    const judge = (share: string) => new PolicyIndex(parsePolicy('p.md', `# Privacy\n\n## What we collect\n\nWe collect your name and email address.\n\n## Disclosure\n\n${share}\n`)).judgeShare('axiom', 'logging', ['user.contact.email']).status;
    assert.deepEqual(
      [
        judge('We may disclose personal information to third party service providers for the purpose of enabling them to provide their services, for example, IT service providers and hosting providers.'),
        judge('We may disclose personal information to agents or sub-contractors who assist us in providing our services.'),
        judge('We may share information with service providers who assist us in operating our platform:\n\n- Payment processors\n- Cloud hosting providers'),
        judge('We may disclose personal information to third party service providers.'),
      ],
      ['declared', 'declared', 'undeclared', 'undeclared'],
    );
  });

  it('items under "Specifically:" spell out the sentence before it ("We do not collect personal data." then "- No location data"); a label "No audio storage" bans keeping audio while its text says where it goes', () => {
    const bans = (text: string) => parsePolicy('p.md', text).declarations.flatMap((d) => (d.type === 'prohibit' ? [`${d.clause.split('/').pop()}: ${d.action} ${d.categories.join(' ')}${d.stored ? ' (kept)' : ''}`] : []));
    assert.deepEqual(bans('# Privacy\n\n## Data collection\n\nWe do not collect or store personal data.\n\nSpecifically:\n\n- No location data\n- No contacts or photos\n'), [
      'we-do-not-collect-or-store: collect user',
      'no-location-data: collect user.location',
      'no-contacts-or-photos: collect user.content.self_image',
    ]);
    // (A "Specifically:" after a list, or after a sentence that says what is collected, bans nothing.)
    assert.deepEqual(bans('# Privacy\n\n## Data collection\n\nWe collect your email address.\n\nSpecifically:\n\n- Your email address, to sign you in\n'), []);
    const mumble = '# Privacy\n\n## What the app does not do\n\n- **No audio storage** — Audio is streamed to your chosen transcription provider and discarded after processing\n- **No location tracking** — The app never asks where you are\n';
    // (Not "No IP logging — Your IP address is kept for an hour": logging, tracking and recording labels say too little.)
    assert.deepEqual(bans(mumble), ['no-audio-storage: collect user.content.audio (kept)']);
    assert.deepEqual(bans('# Privacy\n\n## Promises\n\n- **No IP logging** — Your IP address is kept for one hour to rate-limit login attempts.\n'), []);
  });

  it('"Logs contain only IDs, never message bodies" limits where logs go, not the database that stores the messages', () => {
    const text = '# Privacy\n\n## Storage\n\nMessages are stored in a Supabase project. Logs contain only IDs and event types, never message bodies.\n\nWe send logs to Datadog. Logs contain only IDs and event types, never message bodies.\n';
    const shares = parsePolicy('p.md', text).declarations.flatMap((d) => (d.type === 'share' ? [`${d.services.join(' ')}: never ${(d.excludes ?? []).join(' ')}`] : []));
    assert.deepEqual(shares, ['supabase: never ', 'datadog: never user.content.private']);
  });

  it('a chart whose rows are categories of data ("Category of Personal Data | … | Categories of Third Parties") says who gets each category, so a vendor named in one row is not limited to that row; a sub-processor row is', () => {
    const chart = '# Privacy\n\n## Categories\n\n| Category of Personal Data | Purpose | Categories of Third Parties |\n| --- | --- | --- |\n| Profile or Contact Data | Running the service | Service Providers |\n| Payment Data | Billing | Service Providers (Stripe, Inc) |\n';
    const vendors = '# Privacy\n\n## Sub-processors\n\n| Vendor | Purpose | Data |\n| --- | --- | --- |\n| Stripe | Billing | Payment card details |\n';
    assert.deepEqual([chart, vendors].map((t) => new PolicyIndex(parsePolicy('p.md', t)).judgeShare('stripe', 'payment_processor', ['user.contact.email']).status), ['declared', 'condition-unmet']);
  });

  it('"We never receive your card number; Stripe handles this" says what the product does not get, not what Stripe does not; "device/browser info" is the browser and the device', () => {
    const decls = parsePolicy('p.md', '# Privacy\n\n## Payments\n\nWe never receive your card number; Stripe handles this.\n\n## Usage data\n\nWe collect device/browser info and your IP address.\n').declarations;
    assert.deepEqual(decls.map((d) => (d.type === 'share' ? `share ${d.services.join(' ')} never ${(d.excludes ?? []).join(' ')}` : d.type === 'prohibit' ? `ban ${d.action} ${d.categories.join(' ')}` : d.type === 'collect' ? `collect ${d.categories.join(' ')}` : d.type)), ['share stripe never ', 'ban collect user.financial.credit_card', 'collect user.device.user_agent user.device.ip_address']);
  });

  it('keeps what a review of this round found: a sale for commercial purposes in the ordinary course of business, a passive clause about our servers, ", so advertisers never …", "not listed in this policy", the country where you are located, photos of community members, and a paragraph with one line indented deeper stay as they were', () => {
    const decls = (text: string, file = 'p.md') => parsePolicy(file, text).declarations.map((d) => (d.type === 'prohibit' ? `ban ${d.action} ${d.categories.join(' ')} ${d.kinds.join(' ')} ${d.purposes.join(' ')}`.trim() : d.type === 'collect' ? `collect ${d.categories.join(' ')}` : d.type === 'share' ? `share ${[...d.services, ...d.kinds].join(' ')} ${d.categories.join(' ')}`.trim() : d.type));
    const one = (sentence: string) => decls(`# Privacy\n\n## Practices\n\n${sentence}\n`);
    assert.deepEqual(one('We do not share your personal data with third parties for commercial purposes in the ordinary course of business.'), ['ban share user third_party sale']);
    assert.deepEqual(one('Stripe does not store your card number on our behalf; your card number is not stored on our servers either.'), ['ban collect user.financial.credit_card']);
    assert.deepEqual(one('We never sell your location, so advertisers never receive it.'), ['ban share user.location advertising marketing sale marketing']);
    assert.deepEqual(one('We never share your email address with any third party not listed in this policy.'), ['ban share user.contact.email third_party']);
    assert.deepEqual(one('We collect the country where you are located. We store photos of our community members.'), ['collect user.contact.address.country user.location.imprecise user.content.self_image']);
    assert.deepEqual(decls('ABOUT\n\nWe collect your email address.\n    This is required to create an account.\nWe share it with Mailchimp to send our newsletter.\nWe never share it with advertisers.\n', 'p.txt'), ['collect user.contact.email', 'share mailchimp user.contact.email', 'ban share user.contact.email advertising marketing marketing']);
    // ("… who help us run marketing campaigns" works for no product; "… on our behalf:" before a list still does.)
    const judge = (share: string) => new PolicyIndex(parsePolicy('p.md', `# Privacy\n\n## What we collect\n\nWe collect your name and email address.\n\n## Disclosure\n\n${share}\n`)).judgeShare('sentry', 'error_monitoring', ['user.contact.email']).status;
    assert.deepEqual([judge('We share information with service providers who help us run marketing campaigns.'), judge('We share information with service providers who perform services on our behalf:\n\n- only as needed to provide the service')], ['undeclared', 'declared']);
  });

  it('reads "attendee information" and "participant data" as the data of people the product serves: a vendor that never gets it is left out of every kind of personal data', () => {
    const text = '# Privacy\n\n## What we collect\n\n- Your email address.\n\n## Service providers\n\n- **Meilisearch Cloud**: Powers event search. Holds public event listings only, never attendee information.\n- **Typesense Cloud**: Powers venue search. Never receives participant data.\n';
    const shares = parsePolicy('p.md', text).declarations.filter((d) => d.type === 'share') as ShareDecl[];
    assert.deepEqual(shares.map((d) => [d.services.join(' '), d.excludes?.includes('user.name') && d.excludes.includes('user.contact')]), [['meilisearch-cloud', true], ['typesense-cloud', true]]);
  });

  it('reads "it" after a sentence that opens with the product\'s name as the product, each verb after the commas on its own ("exF has no server. It makes no network requests, collects no analytics, and does not transmit, sell, or share any data")', () => {
    const text = '# exF Privacy Policy\n\n## Data\n\nexF has no server. It makes no network requests, collects no analytics or telemetry, and does not transmit, sell, or share any data with anyone.\n';
    assert.deepEqual(summarize(parsePolicy('p.md', text).declarations), ['data/exf-has-no-server-it-makes prohibit collect user.telemetry to=[analytics] for=[]', 'data/exf-has-no-server-it-makes prohibit share user to=[] for=[sale]']);
  });

  it('takes the product named by the first statement ("Signal to Noise Ratio is a local-first Chrome extension") as the speaker: its name opens bans, its words are no vendors', () => {
    const text = '# Privacy Policy\n\nSignal to Noise Ratio is a local-first Chrome extension for tracking browsing time.\n\n## Sharing\n\nSignal to Noise Ratio does not sell, rent, transfer, or share your browsing data.\n\nWe calculate your daily Signal-to-Noise ratio.\n';
    const p = parsePolicy('p.md', text);
    assert.ok(p.selfNames?.includes('signal to noise ratio'));
    assert.deepEqual(summarize(p.declarations), ['sharing/signal-to-noise-ratio-does-not prohibit share user.behavior.browsing_history to=[] for=[sale]', 'sharing/signal-to-noise-ratio-does-not prohibit share user.behavior.browsing_history to=[] for=[]']);
  });

  it('a vendor named as what is not used (", not Google Fonts") is no recipient', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## What we collect\n\n- Your email address.\n\n## Third-party services\n\nThe site does not embed third-party analytics, fonts, scripts, or trackers. Fonts are served from our own folder, not Google Fonts.\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share' || d.type === 'prohibit').map((d) => [d.type, (d as ShareDecl).services]), [['prohibit', []]]);
  });
  it('a ban beside a sentence about other data the browser keeps ("a random conversation ID in your browser\'s session storage") is not a ban on what stays on the device', () => {
    const p = parsePolicy('p.md', "# Acme Privacy Policy\n\n## What we collect\n\n- Your email address.\n\n## Widget\n\nWe do not store IP addresses. The widget keeps a random conversation ID in your browser's session storage.\n\n## Offline\n\nWe cannot read or store your notes; the data never leaves your device.\n\n## Access\n\nWe have zero access to your prompts and conversations. We cannot read them, store them, or transmit them — the data simply never leaves your machine.\n");
    assert.deepEqual(p.declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit').map((d) => [d.categories, d.scope ?? []]), [[['user.device.ip_address'], []], [['user.content'], ["kept on the user's device"]], [['user.content.private'], ["kept on the user's device"]]]);
  });
  it('what the product says it stores ("we store only a customer reference, never card numbers") leaves nothing out of what the vendor gets; what a vendor\'s sentence says it stores without ("Photos are stored without your name") does', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## Who we share it with\n\n- Payment data - handled by Stripe; we store only a customer reference, never card numbers.\n- Cloudinary stores and resizes repair photos. Photos are stored without your name or contact details.\n');
    assert.deepEqual(p.declarations.filter((d): d is ShareDecl => d.type === 'share').map((d) => [d.services, d.excludes ?? []]), [[['stripe'], []], [['cloudinary'], ['user.name', 'user.contact']]]);
  });
  it('data that "stays on your device" or is "stored locally on your device only" is kept there, a ban on what reaches the product; "until you sync" leaves it open; "I keep your messages" keeps the messages', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## What we collect\n\n- Your email address.\n\n## On your device\n\nYour usage behavior is private and stays on your device.\n\nBiometric data is stored locally on your device only.\n\nYour notes stay on your device until you sync them.\n\nYour diary stays on your device (your country).\n\n## Retention\n\nI keep your messages for 30 days.\n');
    assert.deepEqual([p.declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit').map((d) => [d.categories, d.scope ?? []]), p.declarations.filter((d) => d.type === 'retain').map((d) => (d as { subjectTokens: string[] }).subjectTokens)], [[[['user.behavior'], ["kept on the user's device"]], [['user.biometric'], ["kept on the user's device"]]], [['message']]]);
  });
  it('a sentence further on that keeps only the ban\'s own data on the device scopes the ban', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## What we collect\n\n- Your email address.\n\n## Health\n\nWe do not collect your health records. Encryption keys are generated when you install the app. Your health records are stored locally on your device.\n');
    assert.deepEqual(p.declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit' && d.action === 'collect' && d.categories.includes('user.health_and_medical')).map((d) => d.scope ?? []), [["kept on the user's device"]]);
  });
  it('a product named by a word that is also an auxiliary ("Being does not sell …") is the subject; a list of what is never collected under a section about analytics is what the analytics vendor never gets', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\nBeing ("we," "us," or "our") is committed to protecting your privacy.\n\n## 1. What we collect\n\nWe collect your email address.\n\n## 5. Analytics\n\nBeing uses PostHog for product analytics.\n\n### Mobile app: opt-in only\n\nWhat we collect (when opted in):\n\n- Screen views\n\nWhat we **NEVER** collect in-app:\n\n- Journal entries\n- Any mental health data\n\n## 6. Sale\n\n**Being does not sell your personal information.**\n');
    assert.deepEqual(p.declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit').map((d) => [d.action, d.categories, d.kinds, d.purposes]), [['share', ['user.content.journal'], ['analytics'], []], ['share', ['user.health_and_medical'], ['analytics'], []], ['share', ['user'], [], ['sale']]]);
  });
  it('reads a plain-text list set with hanging indents as one item per entry, "configure it so that it does not receive" as a limit on that vendor, and a verb in an aside saying why as no main verb', () => {
    const text = [
      'WHO WE SHARE IT WITH',
      '',
      '   We use these service providers.',
      '',
      '     Postmark - email. Receives your name and email address.',
      '     Vonage - text messages. Receives your mobile number.',
      '     Datadog - monitoring and logs. Receives request paths and',
      '       timings. We configure it so that it does not receive names or email addresses.',
      '',
      'WHAT WE COLLECT',
      '',
      '   About you: your name, home address (so our van can collect and return your dog) and one emergency contact.',
      '',
    ].join('\n');
    const decls = parsePolicy('p.txt', text).declarations;
    const said = decls.flatMap((d) => (d.type === 'share' && d.services.length ? [`${d.services.join(' ')}: ${d.categories.join(' ')}${d.excludes?.length ? ` never ${d.excludes.slice(0, 2).join(' ')}` : ''}`] : d.type === 'prohibit' ? [`ban ${d.action} ${d.categories.join(' ')} ${d.services.join(' ')}`] : d.type === 'collect' ? [`collect ${d.categories.join(' ')}`] : []));
    assert.deepEqual(said, [
      'collect user.name user.contact.email',
      'postmark: user.contact.email user.name',
      'collect user.contact.phone_number',
      'vonage: user.contact.phone_number',
      'datadog: user.telemetry never user.name user.contact.email',
      'ban share user.name user.contact.email datadog',
      'collect user.name user.contact.address user.contact.emergency_contact',
    ]);
    // (A paragraph wrapped at the same indent, with no deeper line, stays one paragraph.)
    assert.equal(parsePolicy('p.txt', 'ABOUT\n\n   We collect your email address.\n   We also collect your name.\n').clauses.length, 1);
  });

  it('reads a list under "Information Acme handles" or after "…, we process:" as what is collected, and JSX indented as component source in an MDX page as markup', () => {
    const collected = (file: string, text: string) => parsePolicy(file, text).declarations.flatMap((d) => (d.type === 'collect' ? [`${d.clause.split('/').pop()}: ${d.categories.join(' ')}`] : []));
    assert.deepEqual(collected('p.md', '# Privacy\n\n## Information Acme handles\n\n- **Security data:** network address and user agent.\n'), ['security-data: user.device.ip_address user.device.user_agent']);
    assert.deepEqual(collected('p.md', '# Privacy\n\n## Content\n\nWhen you use our service, we process:\n\n- **Messages**: your support messages and email address\n'), ['messages: user.content.private user.contact.email']);
    const mdx = '# Privacy\n\n## Personal information\n\n        <p className="mb-4">\n          This includes:\n        </p>\n        <ul className="list-disc">\n          <li><strong className="font-semibold">Account Information</strong>: Name, email address, password</li>\n        </ul>\n';
    assert.deepEqual(collected('p.mdx', mdx), ['account-information: user.account user.name user.contact.email user.authorization.password']);
  });

  it('holds who the person is, sent to a vendor of a kind the policy says gets only anonymized data ("Analytics: anonymized event data" beside "Analytics providers (e.g., PostHog)"), as not declared; how they use the product is', () => {
    const text = ['# Privacy', '', '## Service providers', '', '- **Hosting**: Railway (all data)', '- **Analytics**: anonymized event data', '', '## Third-party scripts', '', '- Analytics providers (e.g., PostHog)', ''].join('\n');
    const index = new PolicyIndex(parsePolicy('p.md', text));
    const identified = index.judgeShare('posthog', 'analytics', ['user.contact.email', 'user.behavior']);
    assert.deepEqual([identified.status, identified.categories, identified.why], ['condition-unmet', ['user.contact.email'], 'the policy says this recipient gets anonymized data, and this says who the person is']);
    assert.equal(index.judgeShare('posthog', 'analytics', ['user.behavior']).status, 'declared');
    // (A statement that the vendor gets the email address declares it.)
    const named = new PolicyIndex(parsePolicy('p.md', `${text}\nPostHog receives your email address so we can link events to your account.\n`));
    assert.equal(named.judgeShare('posthog', 'analytics', ['user.contact.email']).status, 'declared');
  });

  it('"We do not ask for or store your date of birth": the verb and its particle take the object of the last verb, so asking is banned too, not only keeping', () => {
    const bans = parsePolicy('p.md', '# Privacy\n\n## Your age\n\nWe ask for your age range only. We do not ask for or store your date of birth.\n').declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit');
    assert.deepEqual(bans.map((d) => [d.action, d.categories, d.stored ?? false, d.text]), [['collect', ['user.demographic.date_of_birth'], false, 'We do not ask for your date of birth']]);
  });

  it('keeps what a review of this round found: an exception that is part of "any personal information" holds the ban back; "they" after a named recipient is the recipient; a heading naming a vendor lists no collection; an inline tag continuing a list item and a lone ". " line stay as they were', () => {
    const decls = (file: string, text: string) => summarize(parsePolicy(file, text).declarations);
    assert.deepEqual(decls('p.md', '# P\n\nOther than your email address, we do not collect any personal information.\n'), ['p/other-than-your-email-address-we prohibit collect user to=[] for=[] if=[except]']);
    assert.deepEqual(decls('p.md', '# P\n\nYour personal information is shared with our email provider, Mailchimp. They are never given access to your payment details.\n').filter((d) => d.includes('prohibit')), ['p/your-personal-information-is-shared-with prohibit share user.financial to=[mailchimp] for=[]']);
    assert.deepEqual(decls('p.md', '# P\n\n## What we collect\n\nWe collect your email address.\n\n## Information Stripe handles\n\n- Your card number and billing address.\n'), ['what-we-collect/we-collect-your-email-address collect user.contact.email']);
    const listed = '# P\n\n## Data\n\n- **We never collect**\n\n    <strong>Your precise location</strong> or your contacts.\n\n- **We collect**\n\n    <strong>Your email address</strong>, to sign you in.\n';
    assert.deepEqual(decls('p.md', listed).map((d) => d.split(' ').slice(1, 4).join(' ')), ['prohibit collect user.location.precise', 'collect user.contact.email']);
    const wrapped = 'WHAT WE COLLECT\n\nWe collect your email address when you sign up (see section 2)\n. Your email is shared with Mailchimp to send the newsletter.\n';
    assert.equal(parsePolicy('p.txt', wrapped).clauses.length, 1);
  });

  it('"it" that opens a clause of its own ("the resources it allows access to") is no data: the sentence bans nothing', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Tokens\n\nWe will not have access to this token or the resources it allows access to.\n\n## Account\n\nWe collect your email address.\n');
    assert.deepEqual([summarize(p.declarations), (p.notes ?? []).map((n) => n.message)], [['account/we-collect-your-email-address collect user.contact.email'], []]);
  });
  it('a ban on selling or on sharing for marketing ("We do not sell, rent, or share your personal data with any third parties for marketing purposes") leaves nothing out of what the clause\'s vendor gets to do its work', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Data storage\n\nEmail delivery is handled through Postmark. We do not sell, rent, or share your personal data with any third parties for marketing purposes.\n');
    assert.deepEqual(p.declarations.filter((d): d is ShareDecl => d.type === 'share').map((d) => [d.services, d.excludes ?? []]), [[['postmark'], []]]);
  });
  it('"Welcome to Read the Docs. At Read the Docs, we …": the product\'s name with a small word inside it is one name, so "Read the Docs does not store your payment information" is its ban, not the verb "read"; under a heading of what is not collected, who may not have an account is no data ruled out', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\nWelcome to Read the Docs. At Read the Docs, we believe in privacy.\n\n## Payments\n\nYour payment details will be processed by Stripe. Read the Docs does not store your payment information.\n\n## What information Read the Docs does not collect\n\nIf you\'re a child under the age of 13, you may not have an account on Read the Docs.\n');
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'prohibit')), ['payments/your-payment-details-will-be-processed prohibit collect user.financial to=[] for=[]']);
  });
  it('"We do not collect any information. Specifically:" over items "No browsing history …": the connective hands the list to the ban before it, and each item is ruled out; a sentence that works "locally within your browser tab" collects nothing, so the blanket ban stands', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nThe Extension is designed to function entirely on your device with no data collection whatsoever.\n\n## Information We Collect\n\nWe do not collect any information. Specifically:\n\n- No browsing history or browsing activity\n- No health, location, or communication data\n\n## How it works\n\nThe Extension performs all operations locally within your browser tab.\n');
    assert.deepEqual([summarize(p.declarations), (p.notes ?? []).map((n) => n.message)], [[
      'information-we-collect/we-do-not-collect-any-information prohibit collect user to=[] for=[]',
      'information-we-collect/no-browsing-history-or-browsing-activity prohibit collect user.behavior.browsing_history to=[] for=[]',
      'information-we-collect/no-health-location-or-communication-data prohibit collect user.health_and_medical user.location user.content.private to=[] for=[]',
    ], []]);
  });
  it('a table\'s yes/no column ("Data Type | Collected | Purpose" with "Device identifiers | No | N/A") rules the row\'s data out; a "Yes" row declares it', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Summary of Data Collection\n\n| Data Type | Collected | Purpose |\n|---|---|---|\n| Email address | Yes | Sign-in |\n| Device identifiers | No | N/A |\n| Precise location data | No | N/A |\n');
    assert.deepEqual(summarize(p.declarations), [
      'summary-of-data-collection/email-address collect user.contact.email',
      'summary-of-data-collection/device-identifiers prohibit collect user.device.device_id to=[] for=[]',
      'summary-of-data-collection/precise-location-data prohibit collect user.location.precise to=[] for=[]',
    ]);
  });
  it('in a policy of a product that "runs entirely in your browser with no backend servers", what it reads there ("History: searched only when you ask") and what it "stores locally in your browser" leave "The Extension does NOT collect any personal information" standing; a named vendor the policy sends data to still makes such a ban a misreading', () => {
    const text = '# Privacy\n\n## What We Don\'t Collect\n\n- The Extension does NOT collect any personal information\n\n## Local Data Storage\n\nThe Extension stores the following data locally in your browser:\n\n- Chat history\n- User preferences and settings\n\n## Permissions\n\n**History**: Searched only when you explicitly ask the AI to look through your browsing history.\n\n## Security\n\n- The Extension runs entirely in your browser with no backend servers\n';
    const bans = (t: string) => summarize(parsePolicy('p.md', t).declarations.filter((d) => d.type === 'prohibit'));
    assert.deepEqual([bans(text), bans(`${text}\n## Analytics\n\nWe use Google Analytics to count installs.\n`)], [['what-we-don-t-collect/the-extension-does-not-collect-any prohibit collect user to=[] for=[]'], []]);
  });
  it('a bold "Not collected:" over a list rules each item out; inline ("**Not collected:** Raw IP, email, usernames") it rules out what follows; under a heading about one channel (telemetry, logs) the ban holds in that channel only; an item with its own "(unless …)" is a rule with that exception, on what comes before it', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Accounts\n\n**Not collected:**\n\n- Passwords or authentication tokens\n- Email addresses (unless in error message)\n\n## Base Telemetry\n\n**Not collected:** Raw IP, email, usernames\n\n## Structured Logs\n\n**Not collected:**\n\n- Phone numbers\n');
    assert.deepEqual(summarize(p.declarations), [
      'accounts/passwords-or-authentication-tokens prohibit collect user.authorization.password user.authorization.credentials to=[] for=[]',
      'accounts/email-addresses-unless-in-error-message prohibit collect user.contact.email to=[] for=[] if=[unless]',
      'base-telemetry/not-collected prohibit collect user.device.ip_address user.contact.email user.account.username to=[] for=[] if=[in telemetry]',
      'structured-logs/phone-numbers prohibit collect user.contact.phone_number to=[] for=[] if=[in logs]',
    ]);
  });
  it('a "3rd Parties" section that only lists vendors with their roles ("Supabase (Auth/DB), Stripe (payments), OpenAI (API)") names its recipients; catalogued vendors in an aside to a purpose or to a kind of data ("Debug the app (Instabug, Sentry)", "Account data (email via Supabase Auth)") are who it goes to, with no limit on what they get; a vendor in an aside to something the product does not do is no recipient', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## 3rd Parties\n\nSupabase (Auth/DB), Stripe (payments), OpenAI (API).\n\n## How we use data\n\n- Debug and improve app stability (Instabug, Sentry).\n- We never show ads (Google AdSense).\n\n## Data we process\n\n- Account data (email via Supabase Auth)\n- Push token (Expo token or FCM token)\n');
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'share')), [
      '3rd-parties/supabase-auth-db-stripe-payments-openai share supabase stripe openai [] {}',
      'how-we-use-data/debug-and-improve-app-stability-instabug share instabug sentry [] {}',
      'data-we-process/account-data-email-via-supabase-auth share supabase [] {}',
      'data-we-process/push-token-expo-token-or-fcm share expo-push firebase-messaging [] {}',
    ]);
  });
  it('"does not collect or store any personal or identifiable data" is a blanket ban; "non-identifiable information" is no personal data', () => {
    assert.deepEqual(summarize(parsePolicy('p.md', '# Privacy\n\n## Overview\n\nThe Website does not collect or store any personal or identifiable data.\n').declarations), ['overview/the-website-does-not-collect-or prohibit collect user to=[] for=[]']);
    assert.deepEqual(summarize(parsePolicy('p.md', '# Privacy\n\n## Analytics\n\nWe collect non-identifiable information such as page views.\n').declarations), ['analytics/we-collect-non-identifiable-information-such collect user.behavior.clickstream']);
  });
  it('an instruction ("Enable by setting: `SENTRY_DSN`") and a noun phrase ending in a plural ("Active timer counts") name no vendor', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Error Monitoring (Sentry)\n\n**Enable by setting:** `SENTRY_DSN`\n\n## Metrics\n\n**Data collected:**\n\n- Active timer counts\n- Your email address\n');
    assert.deepEqual(p.declarations.filter((d): d is ShareDecl => d.type === 'share').flatMap((d) => [...d.services, ...(d.names ?? [])]).filter((n) => n !== 'sentry'), []);
  });
  it('"We do not receive any of your information (e.g. name, card number, etc.) from Apple when you buy" says what another company does not pass on, no ban; "We don\'t receive or store your payment card details" still rules the card out; "crashes and performance reports" are telemetry', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Purchases\n\nWe do not receive any of your information (e.g. name, credit card number, billing address, etc.) from Apple when you make a purchase.\n\n## Payments\n\nWe don\'t receive or store your payment card details.\n\n## Diagnostics\n\nThe application may also collect crashes and performance reports.\n');
    assert.deepEqual(summarize(p.declarations), [
      'payments/we-don-t-receive-or-store prohibit collect user.financial.credit_card to=[] for=[]',
      'diagnostics/the-application-may-also-collect-crashes collect user.telemetry',
    ]);
  });
  it('"Before a maintenance request is sent to OpenAI we remove your name and contact details": the request goes to OpenAI without what the main clause takes out; so in the other order', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## AI\n\nBefore a maintenance request is sent to OpenAI we remove your name and contact details.\n\n## Support\n\nWe remove your name and contact details before your message is sent to Anthropic.\n');
    assert.deepEqual(p.declarations.filter((d): d is ShareDecl => d.type === 'share').map((d) => [d.services.join(' '), (d.excludes ?? []).join(' ')]), [['openai', 'user.name user.contact'], ['anthropic', 'user.name user.contact']]);
  });
  it('a lead-in that only names data ("**Account Information:**") is the subject of its items\' participles ("- Retained while account is active", "- Deleted within 30 days of account closure"); a lead-in that says what is done is not', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nWe collect your email address and your student records.\n\n## Data retention\n\n**Student Educational Records:**\n- Retained for 7 years after graduation or departure\n- Anonymized research data may be retained longer\n\n**Account Information:**\n- Retained while account is active\n- Deleted within 30 days of account closure\n\n**We also:**\n- Deleted old backups\n');
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'retain')), ['data-retention/retained-for-7-years-after-graduation retain student educational 2556.75 (after graduation or departure)', 'data-retention/retained-while-account-is-active retain account account lifetime', 'data-retention/deleted-within-30-days-of-account retain account 30 (after account closure)']);
  });
  it('"TabWipe collects zero data": "zero" before a word for data rules it all out, as "no" does; "zero-knowledge encryption" does not', () => {
    const p = parsePolicy('p.md', '# TabWipe Privacy Policy\n\nTabWipe collects zero data. We use zero-knowledge encryption.\n');
    assert.deepEqual(summarize(p.declarations), ['tabwipe-privacy-policy/tabwipe-collects-zero-data-we-use prohibit collect user to=[] for=[]']);
  });
  it('"We collect, store, process, share or transmit absolutely no personal data": the "no" after the verbs it is listed with, and an intensifier, rules it all out; "so that no one else can read it" does not', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\nWe collect, store, process, share or transmit absolutely no personal data from you.\n');
    assert.deepEqual(summarize(p.declarations), ['privacy-policy/we-collect-store-process-share-or prohibit collect user to=[] for=[]']);
    const q = parsePolicy('q.md', '# Privacy Policy\n\nWe collect and encrypt your email address so that no one else can read it.\n');
    assert.deepEqual(summarize(q.declarations), ['privacy-policy/we-collect-and-encrypt-your-email collect user.contact.email']);
  });
  it('"None of the personal data that Lumio holds about its users was, is being or will ever be sold": "none of" is the subject however long the clause that says which', () => {
    const p = parsePolicy('p.md', '# Lumio Privacy Policy\n\nWe collect your email address.\n\nNone of the personal data that Lumio holds about its users was, is being or will ever be sold to third parties by Lumio under any circumstances.\n');
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'prohibit')), ['lumio-privacy-policy/none-of-the-personal-data-that prohibit share user to=[third_party] for=[sale]']);
  });
  it('under a heading of uses ruled out ("❌ Prohibited Uses"), an item is a use the product never makes ("Marketing to customers", "Selling data to third parties"); one that names no purpose or recipient rules nothing out', () => {
    const p = parsePolicy('p.md', '# P\n\n## What we collect\n\nOrder data from your store.\n\n### ❌ Prohibited Uses\n\n- Marketing to customers\n- Selling data to third parties\n- Any use outside stated analytics purposes\n');
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'prohibit')), ['prohibited-uses/marketing-to-customers prohibit use user to=[advertising marketing] for=[marketing]', 'prohibited-uses/selling-data-to-third-parties prohibit share user to=[third_party] for=[sale]']);
  });
  it('the app a policy names in quotes near the top ("the Android app \"Octi - Multi-Device Monitor\"") is the product, not a vendor it shares with', () => {
    const p = parsePolicy('p.md', '# Privacy policy\n\nThis is the privacy policy for the Android app "Octi - Multi-Device Monitor" by Jane Doe.\n\n## Sync\n\nOcti encrypts your device data before it is uploaded. We collect your email address.\n');
    assert.deepEqual([p.selfNames?.includes('octi'), p.declarations.filter((d) => d.type === 'share').length], [true, 0]);
  });
  it('in a list of vendors of many kinds, the one named right before "or other AI providers" is an example of its kind: any AI provider is declared', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nWe collect your email address.\n\n## How we share information\n\n- **Service providers:** These may include payment processors such as Stripe; communications providers such as Twilio for SMS; OpenAI or other AI providers for AI-assisted features; Meta for advertising integrations.\n');
    assert.deepEqual(p.declarations.filter((d): d is ShareDecl => d.type === 'share' && !d.services.length).map((d) => d.kinds.join(' ')), ['payment_processor', 'messaging', 'ai']);
  });
  it('under "We do not collect:", an aside in brackets ("IP addresses (Sentry is configured to avoid storing them)") gives Sentry nothing', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nWe collect crash reports.\n\nWe do not collect:\n\n- IP addresses (Sentry is configured to avoid storing them)\n');
    assert.deepEqual(summarize(p.declarations), ['privacy/we-collect-crash-reports collect user.telemetry']);
  });
  it('under "Information from Third Parties", "Google account information (if you sign in with Google)" and "Payment Processors: Transaction confirmation from Stripe" say where data comes from: collected, shared with no one', () => {
    const p = parsePolicy('p.md', '# P\n\n## 1. Information We Collect\n\n### 1.3 Information from Third Parties\n\n**Authentication Providers:**\n- Google account information (if you sign in with Google)\n\n**Payment Processors:**\n- Transaction confirmation from Stripe\n- Payment method details (last 4 digits, expiration date)\n');
    assert.deepEqual(summarize(p.declarations), ['1-3-information-from-third/google-account-information-if-you-sign collect user.social.account user.name user.account.username user.content.self_image user.contact.email', '1-3-information-from-third/payment-method-details-last-4-digits collect user.financial']);
  });
  it('under "Data We NEVER Collect", an item\'s data label is what is ruled out ("❌ **IP addresses** - Your location stays private"); the words after it explain, and "Only hashed anonymous IDs" after "User IDs" is the exception', () => {
    const p = parsePolicy('p.md', '# Telemetry\n\nWe collect your email address.\n\n## ❌ Data We NEVER Collect\n\n- ❌ **IP addresses** - Your location stays private\n- ❌ **Unique device identifiers** - No device tracking\n- ❌ **File paths or names** - Your file structure is private\n- ❌ **User IDs** - Only hashed anonymous IDs\n');
    const bans = p.declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit');
    assert.deepEqual([summarize(bans), bans.map((d) => d.except ?? [])], [['data-we-never-collect/ip-addresses prohibit collect user.device.ip_address to=[] for=[]', 'data-we-never-collect/unique-device-identifiers prohibit collect user.device.device_id to=[] for=[]', 'data-we-never-collect/file-paths-or-names prohibit collect user.content.documents to=[] for=[]', 'data-we-never-collect/user-ids prohibit collect user.unique_id to=[] for=[] if=[except]'], [[], [], [], ['user.unique_id.pseudonymous']]]);
  });
  it('"No personal information is ever sent to third parties, only an anonymous id": the ban leaves out the id the sentence says is sent, beside what the clause sends its vendors', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nWe collect your email address.\n\n## Diagnostics\n\nThis app uses Bugsnag and Google Analytics to collect information about crashes and app usage. No personal information is ever sent to third parties, only an anonymous id.\n');
    const ban = p.declarations.find((d): d is ProhibitDecl => d.type === 'prohibit');
    assert.deepEqual([ban?.categories.includes('user.unique_id'), ban?.categories.includes('user.contact'), ban?.except], [false, true, ['user.unique_id.pseudonymous']]);
  });
  it('"Our payment provider (PayPal) may collect information about you in accordance with their own privacy policies": our own processor gets what it collects; "Third-party sites may collect information … under their own privacy policies" names no recipient of ours', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nWe collect your email address.\n\n## Vendors\n\nOur payment provider (PayPal) may collect information about you in accordance with their own privacy policies.\n\nThird-party sites may collect information about you under their own privacy policies.\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share').map((d) => d.type === 'share' && [d.clause, d.services, d.kinds]), [['vendors/our-payment-provider-paypal-may-collect', ['paypal'], []]]);
  });
  it('"Transaction amounts" are transactions collected, which a ban on "financial information such as bank accounts" then leaves out', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Information We Collect\n\n- Transaction amounts and payment hashes when you pay with Lightning.\n\n## Information We Don\'t Collect\n\n- Financial information such as bank accounts or credit cards.\n');
    assert.deepEqual(summarize(p.declarations), ['information-we-collect/transaction-amounts-and-payment-hashes-when collect user.financial.transactions', 'information-we-don-t-collect/financial-information-such-as-bank-accounts prohibit collect user.financial.bank_account user.financial.credit_card to=[] for=[]']);
  });
  it('the operator whose name is also a vendor\'s ("see zendesk.com\'s main policy … email privacy@zendesk.com") speaks as "we": "Zendesk does not store your messages for training purposes" is a ban; "inference providers" are AI providers; a data label whose item opens with a participle ("Chat history: Stored so you can …") is its subject', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nPlease also consult zendesk.com\'s main privacy policy. To exercise your rights, email privacy@zendesk.com.\n\n## Data\n\n- Chat history: Stored so you can read past chats.\n- Zendesk does not store your messages for training purposes.\n- Your prompts are sent to inference providers.\n');
    assert.deepEqual(summarize(p.declarations), ['data/chat-history collect user.content.private', 'data/zendesk-does-not-store-your-messages prohibit collect user.content.private to=[] for=[ai_training]', 'data/your-prompts-are-sent-to-inference share ai [user.content.private] {}']);
  });
  it('the term a policy defines for whoever runs the product (\'operated by Jan Novak (the "Service Provider")\') speaks as "we": "The Service Provider does not receive or store payment-card details" bans collecting them; "our service providers" are still recipients', () => {
    const p = parsePolicy('p.md', '# Deko Privacy Policy\n\nThis policy explains how the Deko Bot (the "Bot"), operated by Jan Novak (the "Service Provider"), collects and uses information.\n\n## Data\n\nThe Service Provider does not receive or store payment-card or bank-account details.\n\nWe share your Telegram user ID with our service providers.\n');
    assert.deepEqual(summarize(p.declarations), ['data/the-service-provider-does-not-receive prohibit collect user.financial.credit_card user.financial.bank_account to=[] for=[]', 'data/we-share-your-telegram-user-id share service_provider [user.unique_id] {}']);
  });
  it('a page component\'s title prop that names the document (`<OGMeta title="Privacy Policy - grain" />`) names the product: "Grain stores your email address" is about us', () => {
    const svelte = '<OGMeta title="Privacy Policy - grain" />\n<section>\n  <h2>Storage</h2>\n  <p>All content you post on the service is public, including your photos.</p>\n  <p>Grain stores your email address to sign you in.</p>\n</section>\n';
    const p = parsePolicy('page.svelte', svelte);
    assert.deepEqual(p.selfNames, ['grain']);
    assert.deepEqual(summarize(p.declarations), ['storage/all-content-you-post-on-the share other_users [user.content.self_image] {}', 'storage/grain-stores-your-email-address-to collect user.contact.email']);
  });
  it('"Tab Stash does not share any of your information …" opening a policy whose title names nothing: the product, by every word of its name, is who speaks (not a vendor "Stash")', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\nTab Stash does not share any of your information with the developers, or with any third party.\n\n## Preferences\n\nTab Stash stores your preferences.\n');
    assert.deepEqual(summarize(p.declarations), ['privacy-policy/tab-stash-does-not-share-any prohibit share user to=[third_party] for=[]', 'preferences/tab-stash-stores-your-preferences collect user.account.settings']);
  });
  it('a ban on sharing data the same policy hands a named vendor ("We do not share your conversations" beside "We use OpenAI for question and answer processing") is a misreading, dropped with a note; "Your phone number is never shared" beside a share of the email address stands', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Summary\n\nWe do not share your conversations.\n\nWe use OpenAI for question and answer processing.\n\nYour phone number is never shared.\n\nWe share your email address with Mailchimp.\n');
    assert.deepEqual([summarize(p.declarations.filter((d) => d.type === 'prohibit')), (p.notes ?? []).map((n) => `${n.line} ${n.message}`)], [['summary/your-phone-number-is-never-shared prohibit share user.contact.phone_number to=[] for=[]'], ['5 read "We do not share your conversations." as a ban, but the policy gives that data to OpenAI; not applied as a ban']]);
  });
  it('"We don\'t collect data": data, bare, is any data (in a policy that collects nothing)', () => {
    assert.deepEqual(summarize(parsePolicy('p.md', "# Privacy\n\nWe don't collect data. The app runs on your device.\n").declarations), ['privacy/we-don-t-collect-data-the prohibit collect user to=[] for=[]']);
  });
  it('"These are not linked to any information that is personally identifiable" keeps logs apart from who the visitor is: nothing left out of what the host gets', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\nWe collect your email.\n\n## Log files\n\nOur log files record IP addresses and browser type and are kept by Vercel, our hosting provider. These are not linked to any information that is personally identifiable.\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share').map((d) => d.type === 'share' && [d.services, d.excludes ?? []]), [[['vercel'], []]]);
  });
  it('what recipients may do with the data ("not allow those providers to train their AI models using your data") and how long they keep it ("do not store your data … beyond what is required") leave nothing out of what they get; the items after "the following data … with X:", bulleted or labelled paragraphs, are what X gets', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\nWe collect your email.\n\n## AI\n\nWe use third-party AI services to sort your mail. We do not allow those providers to train their AI models using your data. They do not store your data on their servers beyond what is required for abuse monitoring.\n\nThe following data types may be shared with these AI models:\n\n**Email Content:** Email subject lines and email body text.\n\nWe share the following data with OpenAI:\n\n- Your name\n- Your phone number\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share').map((d) => d.type === 'share' && [d.clause, [...d.services, ...d.kinds], d.categories, d.excludes ?? []]), [
      ['ai/we-use-third-party-ai-services', ['ai'], [], []],
      ['ai/the-following-data-types-may-be', ['ai'], [], []],
      ['ai/email-content', ['ai'], ['user.content.email_content'], []],
      ['ai/we-share-the-following-data-with', ['openai'], [], []],
      ['ai/your-name', ['openai'], ['user.name'], []],
      ['ai/your-phone-number', ['openai'], ['user.contact.phone_number'], []],
    ]);
  });
  it('"We do not collect any data" stays a ban beside what the user does ("You can set your browser not to accept cookies"); "We do not use your data" bans using it; "not allow Google to use … for any purpose besides …" is the vendor\'s own purposes, and "besides providing us with …" names no recipient', () => {
    const p = parsePolicy('p.md', '# P\n\n## Data\n\nWe do not collect any data.\n\nWe do not use your data.\n\n## Cookies\n\nYou can set your browser not to accept cookies.\n\n## Analytics\n\nWe do not allow Google to use or share our analytics data for any purpose besides providing us with analytics information.\n');
    assert.deepEqual(summarize(p.declarations), [
      'data/we-do-not-collect-any-data prohibit collect user to=[] for=[]',
      'data/we-do-not-use-your-data prohibit use user to=[] for=[]',
      'cookies/you-can-set-your-browser-not collect user.device.cookie_id',
      // (One ban: "use or share" are both what Google may not do, not a list of our own verbs.)
      'analytics/we-do-not-allow-google-to prohibit share user.behavior to=[analytics] for=[vendor_own_purposes] if=[except]',
    ]);
  });
  it('the opt-out link\'s name ("Do Not Sell or Share My Personal Information") leaves nothing out of a share the clause declares', () => {
    const p = parsePolicy('p.md', '# P\n\n## Rights\n\nWe may share certain information with advertising partners. To opt out, email privacy@acme.io with the subject line "Do Not Sell or Share My Personal Information."\n');
    assert.deepEqual(p.declarations.map((d) => d.type === 'share' && `${d.type} ${d.kinds} -[${d.excludes ?? []}]`), ['share advertising -[]']);
  });
  it('a vendor named as the exception of a ban gets what the ban is about, with nothing left out and no ban on that vendor', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\nWe collect your email.\n\nOther than Mailgun, which sends our emails, no third party receives your email address.\n\nWe do not share your data with third parties except Stripe, which processes payments.\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share' || d.type === 'prohibit').map((d) => [d.type, d.type === 'share' ? d.services : d.type === 'prohibit' ? d.services : [], d.type === 'share' ? d.excludes ?? [] : []]), [['share', ['mailgun'], []], ['share', ['stripe'], []], ['prohibit', [], []]]);
  });
  it('"processed by Stripe (we do not store card details)" is an aside, not the product naming itself ("Acme (\\"we\\")"): Stripe stays a recipient everywhere', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\nWe collect your email.\n\nPayments are processed through Stripe.\n\nCard: Processed by Stripe (we do not store credit card details)\n');
    assert.deepEqual(p.declarations.map((d) => `${d.clause} ${d.type} ${d.type === 'share' ? d.services.join(' ') : 'categories' in d ? d.categories.join(' ') : ''}`), ['privacy-policy/we-collect-your-email collect user.contact.email', 'privacy-policy/payments-are-processed-through-stripe share stripe', 'privacy-policy/card share stripe', 'privacy-policy/card prohibit user.financial.credit_card']);
    assert.deepEqual(parsePolicy('p.md', '# Privacy Policy\n\nAcme ("we", "us") runs the app. We collect your email.\n').selfNames, ['acme']);
  });
  it('"… have access to your Personal Data only to perform these tasks and are obligated not to disclose or use it for any other purpose": a limit on what the recipients do with it, nothing left out of what they get, nor by "they do not use it to train models"; "but never your phone number" is', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## What we collect\n\nYour email address and phone number.\n\n## Service providers\n\nThese third parties have access to your Personal Data only to perform these tasks on our behalf and are obligated not to disclose or use it for any other purpose.\n\nVendors receive your email address but never your phone number.\n\nOpenAI may use data sent to their API to improve their services, but they do not use it to train models.\n');
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && [[...d.services, ...d.kinds], d.excludes ?? []]), [[['third_party'], []], [['service_provider'], ['user.contact.phone_number']], [['openai'], []]]);
  });
  it('reads the kinds of cookie a cookie section lists as cookies set, unless the lead-in already declares them or the item denies them', () => {
    const listed = parsePolicy('p.md', '# Privacy\n\n## Cookies\n\n- **Analytics cookies**: help us understand how people use the site.\n- Essential cookies: required for sign-in.\n- Marketing cookies: we do not use marketing cookies.\n\n### Preference Cookies\n\nRemember your language.\n');
    assert.deepEqual(summarize(listed.declarations).filter((d) => / collect /.test(d)), [
      'cookies/analytics-cookies collect user.device.cookie_id user.behavior',
      'cookies/essential-cookies collect user.device.cookie_id',
      'preference-cookies/remember-your-language collect user.device.cookie_id',
    ]);
    const declared = parsePolicy('p.md', '# Privacy\n\n## Cookies\n\nWe use cookies to run the site:\n\n- Analytics cookies: help us understand how people use the site.\n');
    assert.deepEqual(summarize(declared.declarations), ['cookies/we-use-cookies-to-run-the collect user.device.cookie_id']);
  });

  it('scopes a ban on passing data to recipients the reader knows no kind for to them ("to contractors, restoration companies …", "give promoters or venues your name"); "other companies" and a group\'s data alone stay as they were', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Sharing\n\nWe collect your email. We never pass your contact details to contractors, restoration companies or other repair businesses. We do not share your phone number with landlords. We do not give promoters or venues your name. We do not share your data with other companies. We do not send parent or student information to Intercom. We do not send names, phone numbers or student information to Bugsnag.\n');
    const bans = only(p.declarations, 'prohibit') as ProhibitDecl[];
    assert.deepEqual(bans.map((b) => `${b.categories.join(' ')} to=[${[...b.services, ...b.kinds].join(' ')}] scope=[${(b.scope ?? []).join('; ')}]`), [
      'user.contact to=[] scope=[to contractors, restoration companies or other repair businesses]',
      'user.contact.phone_number to=[] scope=[to landlords]',
      'user.name to=[] scope=[to promoters or venues]',
      'user to=[third_party] scope=[]',
      'user to=[intercom] scope=[parent or student data]',
      'user.name user.contact.phone_number to=[bugsnag] scope=[]',
    ]);
    // Scoped, the first two and the group's data rule out nothing in code; the ban on sharing with other companies does,
    // and so does the list of which the group's data is one item.
    assert.deepEqual(new PolicyIndex(p).prohibits.map((b) => b.categories.join(' ')), ['user', 'user.name user.contact.phone_number']);
  });

  it('scopes a ban on passing details to "other tradespeople" (a plural without an s) to them; "and we never sell them" bans selling the details just named; a pick-up point is an exact place', () => {
    const p = parsePolicy('p.md', "# Privacy\n\n## Who else sees my details?\n\nWe ask for a pick-up point.\n\nWe'll never pass your details to other tradespeople, and we never sell them.\n");
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'collect')), ['who-else-sees-my-details/we-ask-for-a-pick-up collect user.location.precise']);
    const bans = only(p.declarations, 'prohibit') as ProhibitDecl[];
    assert.deepEqual(bans.map((b) => `${b.categories.join(' ')} for=[${b.purposes.join(' ')}] scope=[${(b.scope ?? []).join('; ')}]`), ['user for=[] scope=[to other tradespeople]', 'user for=[sale] scope=[]']);
  });

  it('reads items after "When you use Acme bot certain information is collected about you. That information is as follows:" as collected, "Label - items" as a label; "Most data will be deleted immediately" after "delete all your data" is how soon a deletion happens, no period; "We don\'t sell data - We don\'t collect data" is two sentences', () => {
    const p = parsePolicy('p.md', "# Privacy\n\nWhen you use Acme bot certain information is collected about you. That information is as follows:\n\n1. Basic user information - Username, avatar link, Discord user ID.\n2. Command usage logs - Your interactions with the bot are logged. These logs are automatically deleted after 30 days.\n\nUse the delete command to delete all your data from the database. Most data will be deleted immediately, but backups may take up to 30 days to be deleted.\n\nWe don't sell data - We don't track you\n");
    assert.deepEqual(summarize(p.declarations), [
      'privacy/basic-user-information collect user.account user.name user.account.username user.content.self_image user.unique_id',
      'privacy/command-usage-logs collect user.telemetry',
      'privacy/command-usage-logs retain command usage log 30',
      'privacy/use-the-delete-command-to-delete retain backup take 30',
      'privacy/we-don-t-sell-data-we prohibit share user to=[] for=[sale]',
      'privacy/we-don-t-sell-data-we prohibit use user.behavior to=[] for=[tracking]',
    ]);
  });

  it('reads "We use Cloudflare …, which you may want to read their own privacy policy", "These logs reside in Google BigQuery", "This data, processed through Google Analytics, helps us …" and "These partners include our hosting provider (AWS)" as the vendors the product uses', () => {
    const p = parsePolicy('p.md', "# Privacy\n\n## Data\n\nWe collect your IP address and request logs.\n\nWe use Cloudflare to protect our systems against security threats, which you may want to read their own privacy policy.\n\nThese logs reside in Google BigQuery on encrypted storage.\n\nThis data, processed through Google Analytics, helps us understand overall usage.\n\nWe may disclose your information to our partners. These partners include our hosting provider (AWS) and image processing (Cloudmersive) services.\n");
    assert.deepEqual(summarize(p.declarations.filter((d) => d.type === 'share')), [
      'data/we-use-cloudflare-to-protect-our share cloudflare [] {}',
      'data/these-logs-reside-in-google-bigquery share bigquery [] {}',
      'data/this-data-processed-through-google-analytics share google-analytics [] {}',
      'data/we-may-disclose-your-information-to share business_partner [] {}',
      'data/we-may-disclose-your-information-to share aws [] {}',
    ]);
  });

  it('keeps a ban about one group ("we never record collectors\' location") whole beside an exact place collected about others ("a point on our map")', () => {
    const p = parsePolicy('p.md', "# Privacy\n\n## If you report a swarm\n\nWe ask for:\n\n- the address where the swarm is (we turn it into a point on our map)\n\n## If you are a swarm collector\n\nThe app does not track where you are: we never record collectors' location.\n");
    const bans = only(p.declarations, 'prohibit') as ProhibitDecl[];
    assert.deepEqual(bans.map((b) => `${b.action} ${b.categories.join(' ')} scope=[${(b.scope ?? []).join('; ')}]`), ['collect user.location scope=[collectors]']);
  });

  it('reads an acronym labelling an item about recipients ("NHTSA: we look up VINs …") as that organisation, which a host under its government domain is', () => {
    const code = { 'src/vin.ts': 'export async function decode(vin: string) {\n  return fetch(`https://vpic.nhtsa.dot.gov/api/vehicles/DecodeVinValues/${vin}?format=json`);\n}\n' };
    const base = '# Acme Privacy\n\n## What we collect\n\nYour email address and the VIN of the car you sell.\n\n## Who we share information with\n\n- **Experian**, for credit checks.\n';
    assert.deepEqual(brief(analyze(code, base, 'p.md')), ['undeclared-sharing src/vin.ts:2:10']);
    assert.deepEqual(brief(analyze(code, `${base}- **NHTSA**: we look up VINs in the public vehicle database to fill in make and model.\n`, 'p.md')), []);
  });

  it('reads a lead-in that states the exceptions as conditions of the bans it introduces, and names no data itself', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Information not collected\n\n**With the exception of errors and outbound SMTP emails:**\n\n* We do not store any forwarded emails.\n* We do not store any logs or IP addresses.\n');
    assert.deepEqual(summarize(p.declarations), [
      'information-not-collected/we-do-not-store-any-forwarded prohibit collect user.content.email_content to=[] for=[] if=[except]',
      'information-not-collected/we-do-not-store-any-logs prohibit collect user.telemetry user.device.ip_address to=[] for=[] if=[except]',
    ]);
  });

  it('reads a "What? | Why? | How long? | Where?" table: the first column is collected, a host named in "where" receives it', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## What gets stored for how long and why\n\n| What? | Why? | How long? | Where? |\n|---|---|---|---|\n| The IP address of the user | To prevent abuse | 90 days | On our server, by Netcup, in Germany. |\n| Your email and username | Sign-in | Until you delete your account | In the EU |\n');
    assert.deepEqual(summarize(p.declarations), [
      'what-gets-stored-for-how/the-ip-address-of-the-user collect user.device.ip_address',
      'what-gets-stored-for-how/the-ip-address-of-the-user share netcup [user.device.ip_address] {}',
      'what-gets-stored-for-how/the-ip-address-of-the-user retain ip address user 90',
      'what-gets-stored-for-how/your-email-and-username collect user.contact.email user.account.username',
      'what-gets-stored-for-how/your-email-and-username retain email username account lifetime',
    ]);
  });

  it('reads vendors listed by name under "3rd party tools", and a cookie table row naming its vendor as a share of the cookie that closes nothing', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## Usage\n\nWe use a number of 3rd party tools/services to collect this information. You can opt out by visiting the following pages.\n\n- [Google analytics]\n- [Hotjar]\n\n[Google analytics]: https://tools.google.com/dlpage/gaoptout\n[Hotjar]: https://www.hotjar.com/opt-out\n\n## Cookies\n\n| Cookie | Scope | Purpose |\n|---|---|---|\n| _session | *.acme.io | keeps you signed in |\n| _ga | *.acme.io | Google Analytics |\n');
    assert.deepEqual(summarize(p.declarations), [
      'usage/we-use-a-number-of-3rd share third_party [] {}',
      'usage/google-analytics share google-analytics [] {}',
      'usage/hotjar share hotjar [] {}',
      'cookies/ga share google-analytics [user.device.cookie_id] {}',
    ]);
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share' && d.closed).length, 0);
  });

  it('reads a cookie table row by the well-known name of its cookie (a "Name" column holds cookies, not vendors), and "we rely on" as "we use"', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## Third-party cookies\n\n| # | Name | Domain | Purpose |\n|---|---|---|---|\n| 1 | _ga | acme.example | Used to distinguish users |\n| 2 | JSESSIONID | acme.example | Keeps your session |\n\n## Payments\n\nWe rely on third-party services such as Stripe and PayPal to receive payments.\n');
    assert.deepEqual(summarize(p.declarations), [
      'third-party-cookies/1 collect user.device.cookie_id',
      'third-party-cookies/1 share google-analytics [user.device.cookie_id] {}',
      'third-party-cookies/2 collect user.device.cookie_id',
      'payments/we-rely-on-third-party-services share stripe paypal [] {}',
    ]);
  });

  it('reads a product named as a domain ("decomp.me does not sell …") as the product speaking', () => {
    const p = parsePolicy('p.md', '# decomp.me Privacy Policy\n\n## Selling\n\ndecomp.me does not sell, rent, or mine user information under any circumstances.\n');
    assert.deepEqual(summarize(p.declarations), ['selling/decomp-me-does-not-sell-rent prohibit share user to=[] for=[sale]']);
    // (Named so only in the text: '"We", "our", and "zorp.me" refer to …'.)
    const q = parsePolicy('p.md', '# Privacy policy\n\nFor the purposes of this document, "We", "our", and "zorp.me" refer to the people who run the site.\n\n## Selling\n\nzorp.me does not sell, rent, or mine user information under any circumstances.\n');
    assert.deepEqual(summarize(q.declarations), ['selling/zorp-me-does-not-sell-rent prohibit share user to=[] for=[sale]']);
  });

  it('reads an item of a sub-processor list that starts with a company\'s legal name; "LinkedIn" and "Twitter" alone are the social networks', () => {
    const p = parsePolicy('p.md', '# Subprocessors\n\nWe use the following subprocessors:\n\n* [FrontApp, Inc.](https://front.example) for customer support.\n* Rackspace US, Inc. for cloud infrastructure.\n\n## Social\n\nYou may share posts to social networks such as Twitter and LinkedIn.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / share /.test(d)), [
      'subprocessors/we-use-the-following-subprocessors share service_provider [] {}',
      'subprocessors/frontapp-inc-for-customer-support share frontapp [] {}',
      'subprocessors/rackspace-us-inc-for-cloud-infrastructure share rackspace us [] {}',
      'social/you-may-share-posts-to-social share social [] {}',
      'social/you-may-share-posts-to-social share x-api linkedin [] {}',
    ]);
  });

  it('reads no statement into questions, definitions of cookies or "under regular review", so a policy that collects nothing keeps its bans', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n- What data do we collect?\n- How do we use cookies?\n\n## What data do we collect?\n\nWe do not collect any data.\n\n## Cookies\n\nCookies are text files placed on your computer to collect standard Internet log information and visitor behavior information.\n\n## Changes\n\nWe keep this privacy policy under regular review and place any updates on this page.\n');
    assert.deepEqual(summarize(p.declarations), ['what-data-do-we-collect/we-do-not-collect-any-data prohibit collect user to=[] for=[]']);
    assert.deepEqual(p.notes ?? [], []);
    const used = parsePolicy('p.md', '# Privacy\n\n## Cookies\n\nCookies are small text files that websites store on your device. Cookies used on our sites include session cookies and persistent cookies.\n');
    assert.deepEqual(summarize(used.declarations), ['cookies/cookies-are-small-text-files-that collect user.device.cookie_id']);
  });

  it('reads "including, but not limited to, email services" as a list left open that rules no data out', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Service providers\n\nWe may disclose your information to service providers, including, but not limited to, email communication software and payment processors.\n');
    const shares = p.declarations.filter((d): d is Extract<Declaration, { type: 'share' }> => d.type === 'share');
    assert.ok(shares.length > 0);
    assert.deepEqual(shares.map((d) => d.excludes ?? []), shares.map(() => []));
  });

  it('reads each modifier of coordinated recipient kinds ("payment and subscription providers") and plurals of names of data ("Device IDs")', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Sharing\n\nWe share personal data with these categories of service providers:\n\n- Hosting, database, and object-storage providers\n- Payment and subscription providers\n- AI model and transcription providers\n\n## Logs\n\nWe collect the following when you visit:\n\n- Device IDs\n- Referring sites\n- Login information\n');
    assert.deepEqual(summarize(p.declarations), [
      'sharing/we-share-personal-data-with-these share service_provider [] {}',
      'sharing/hosting-database-and-object-storage-providers share cloud_hosting [] {}',
      'sharing/payment-and-subscription-providers share payment_processor [] {}',
      'sharing/ai-model-and-transcription-providers share ai [] {}',
      'logs/device-ids collect user.device.device_id user.behavior.browsing_history user.behavior.login_history',
    ]);
    const described = parsePolicy('p.md', '# Privacy\n\n## Sharing\n\nWe share data with service providers, including IT service providers, error loggers and payment systems operators.\n\n## Logs\n\nWe collect your IP address and the referral URL.\n');
    assert.deepEqual(summarize(described.declarations), ['sharing/we-share-data-with-service-providers share cloud_hosting error_monitoring payment_processor [] {}', 'logs/we-collect-your-ip-address-and collect user.device.ip_address user.behavior.browsing_history']);
    // A plain modifier before a kind, with no "and"/"or", stays part of the kind's name.
    const plain = parsePolicy('p.md', '# Privacy\n\n## Sharing\n\nWe share your email address with our cloud hosting provider.\n');
    assert.deepEqual(summarize(plain.declarations), ['sharing/we-share-your-email-address-with share cloud_hosting [user.contact.email] {}']);
  });

  it('reads employers and marketers after "with" as recipients, a guardian\'s email for minors and academic records as collected', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## What we collect\n\n- Parent or guardian email address, if you are under 18.\n- Academic information: high school, GPA and your intended major.\n- Your employer.\n\n## Sharing\n\nWe do not share your information with colleges, employers or marketers.\n');
    assert.deepEqual(summarize(p.declarations), [
      'what-we-collect/parent-or-guardian-email-address-if collect user.childrens.guardian',
      'what-we-collect/academic-information collect user.education',
      'what-we-collect/your-employer collect user.workplace',
      'sharing/we-do-not-share-your-information prohibit share user to=[marketing] for=[]',
    ]);
  });

  it('reads what a sub-processor row says the vendor does not get: a negated sentence in a cell, "with X removed"', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Subprocessors\n\n| Name | Purpose | Data |\n|---|---|---|\n| Sentry | Error monitoring | Stack traces and the user ID. Client names are not sent to Sentry. |\n| Anthropic | AI drafting | Case facts, with dates of birth removed |\n');
    const shares = p.declarations.filter((d): d is Extract<Declaration, { type: 'share' }> => d.type === 'share');
    assert.deepEqual(shares.map((d) => [d.services, d.categories, d.excludes ?? []]), [
      [['sentry'], ['user.unique_id'], ['user.name']],
      [['anthropic'], [], ['user.demographic.date_of_birth']],
    ]);
  });

  it('reads "we do not use device fingerprinting, … advertising trackers" as a ban on fingerprinting; "analytics cookies" stay a kind of cookie', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Portal\n\nWe do not use device fingerprinting, analytics or advertising trackers in the client portal.\n\nWe do not use analytics or advertising cookies.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)).map((d) => d.replace(/^[^ ]+ /, '')), ['prohibit collect user.device.fingerprint to=[] for=[]', 'prohibit share user.device.cookie_id to=[advertising marketing] for=[marketing analytics]']);
  });

  it('reads data that never leaves the device as a ban scoped there, never applied to code; the data must be named', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Local data\n\nYour name and your email messages are stored locally on your device and never sent to us.\n\nCredit card information doesn\'t hit Acme servers.\n\nYour conversations never leave your computer.\n\nAcme processes personal data in a way that does not leave your device.\n');
    assert.deepEqual(p.declarations.filter((d): d is ProhibitDecl => d.type === 'prohibit').map((d) => `${d.action} ${d.categories.join(' ')} ${d.scope?.join(' ')}`), [
      "collect user.name user.content.email_content kept on the user's device",
      "collect user.financial.credit_card kept on the user's device",
      "collect user.content.private kept on the user's device",
    ]);
    const code = { 'src/a.ts': 'export interface Account { id: string; creditCardNumber: string }\n' };
    assert.deepEqual(brief(analyze(code, '# Acme Privacy\n\n## Local data\n\nCredit card information never passes through Acme servers.\n', 'p.md')).filter((f) => f.startsWith('prohibited')), []);
  });

  it('reads setting and placing cookies; a ban that holds when a DNT or GPC signal is sent, or "if we …", is conditional; embedded sites\' cookies are theirs', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Cookies\n\nWe set one cookie to keep you signed in.\n\nWe do not set any advertising cookies.\n\nWe do not set cookies when a Do Not Track signal is sent.\n\nWe do not respond to Do Not Track signals.\n\nIf we detect the GPC signal from your device, we will not share your data.\n\nWe may embed videos from another site that sets a cookie.\n');
    assert.deepEqual(summarize(p.declarations), [
      'cookies/we-set-one-cookie-to-keep collect user.device.cookie_id',
      'cookies/we-do-not-set-any-advertising prohibit collect user.device.cookie_id to=[advertising marketing] for=[marketing]',
      'cookies/we-do-not-set-cookies-when prohibit collect user.device.cookie_id to=[] for=[] if=[when]',
      'cookies/if-we-detect-the-gpc-signal prohibit share user to=[] for=[] if=[when]',
    ]);
  });

  it('reads API keys as credentials, "personal identification information" as personal data, and a company that starts with a digit', () => {
    const p = parsePolicy('p.md', '# 37signals Privacy\n\n## Bans\n\nWe will not collect, store or process your API keys.\n\nWe do not sell or rent personal identification information to others.\n\nCredit card information doesn\'t hit 37signals servers.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)).map((d) => d.replace(/^[^ ]+ /, '')), [
      'prohibit collect user.authorization.credentials to=[] for=[]',
      'prohibit share user to=[] for=[sale]',
      'prohibit collect user.financial.credit_card to=[] for=[]',
    ]);
  });

  it('reads the business functions processors are used for as kinds ("managing newsletter subscriptions, sending customer surveys")', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Sharing\n\nWe also use third-party processors for other business functions such as managing newsletter subscriptions and sending customer surveys.\n');
    assert.deepEqual(summarize(p.declarations), ['sharing/we-also-use-third-party-processors share marketing surveys [] {}']);
  });

  it('reads necessity, optional data, a ban with ", only on …" and "the data" before an exception as what they are', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Cookies\n\nSome cookies are strictly necessary. We cannot provide you with our services without these cookies.\n\nWe do not use cookies for tracking purposes.\n\n## Analytics\n\nWe do not collect mandatory product telemetry.\n\nWe don\'t use Google Analytics on customer instances, only on our websites.\n\n## Contact\n\nYour name and email address are collected when you contact us, for example by e-mail. Without your consent, the data will not be passed on to third parties, unless shown in this policy.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)).map((d) => d.replace(/^[^ ]+ /, '')), [
      'prohibit collect user.device.cookie_id to=[] for=[tracking]',
      'prohibit collect user.telemetry to=[] for=[] if=[optional]',
      'prohibit share user to=[google-analytics] for=[] if=[except]',
      'prohibit share user.contact.email user.name to=[third_party] for=[] if=[unless without consent]',
    ]);
  });

  it('reads "we collect no personal data", "we collect nothing" and "no data is sent" as bans; data mined for behavioural trends is profiling', () => {
    for (const [t, want] of [
      ['We collect no personal data.', 'prohibit collect user to=[] for=[]'],
      ['We collect nothing.', 'prohibit collect user to=[] for=[]'],
      ['No data is sent to external servers.', 'prohibit share user to=[] for=[]'],
      ['No information is mined and harvested for personal and behavioral trends.', 'prohibit use user to=[] for=[tracking]'],
    ]) assert.deepEqual(summarize(parsePolicy('p.md', `# Privacy\n\n## Data\n\n${t}\n`).declarations).map((d) => d.replace(/^[^ ]+ /, '')), [want], t);
  });

  it('reads "the websites" as the product, and "cookies to help identify logged in users" as cookies set, not a ban on identifying', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Cookies\n\nThe websites use cookies to help identify logged in users.\n\nWe do not attempt to identify you or track you across sites.\n');
    assert.deepEqual(summarize(p.declarations), ['cookies/the-websites-use-cookies-to-help collect user.device.cookie_id', 'cookies/we-do-not-attempt-to-identify prohibit use user.behavior to=[] for=[tracking]']);
  });

  it('reads retention said as "until you unsubscribe", "while you have an active relationship with us" and "an indefinite amount of time"', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Retention\n\nWe store your email address until you unsubscribe from the mailing list.\n\nAccount information is retained while you have an active relationship with us.\n\nWe keep IP addresses for an indefinite amount of time for anti-abuse purposes.\n\nPersistent cookies stay until they expire or you delete them.\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'retain').map((d) => `${(d as { subject: string }).subject}: ${(d as { period?: string }).period ?? (d as { days: number }).days}`), [
      'your email address: until deleted',
      'Account information: account lifetime',
      'IP addresses: Infinity',
    ]);
  });

  it('reads a contracted "be" as passive ("isn\'t shared"), also after a relative clause with an adverb', () => {
    for (const [t, want] of [
      ["Your email address isn't shared with advertisers.", 'prohibit share user.contact.email to=[advertising marketing] for=[marketing]'],
      ["Data that we specifically collect isn't shared with any other third party.", 'prohibit share user to=[third_party] for=[] if=[except]'],
    ]) assert.deepEqual(summarize(parsePolicy('p.md', `# Privacy\n\n## Sharing\n\n${t}\n`).declarations).map((d) => d.replace(/^[^ ]+ /, '')), [want], t);
  });

  it('reads a server template\'s placeholder for the product\'s name as the product; "does not control" and "not directly — we rely on X" are no bans', () => {
    const html = '<h2>Third parties</h2>\n<p><%= community_name %> does not control what data third parties collect, such as your name.</p>\n<p><%= community_name %> does not process payments directly; we rely on Stripe to process your card details.</p>\n<p><%= community_name %> does not sell your email address.</p>\n';
    const p = parsePolicy('privacy.html.erb', html);
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)), ['third-parties/the-service-does-not-sell-your prohibit share user.contact.email to=[] for=[sale]']);
  });

  it('reads "personally identifiable information" as personal data, not as an "in identifiable form" condition', () => {
    const p = parsePolicy('p.md', '# P\n\n## Data\n\nThe platform does not collect any personally identifiable information.\n');
    assert.deepEqual(summarize(p.declarations), ['data/the-platform-does-not-collect-any prohibit collect user to=[] for=[]']);
  });

  it('keeps a ban on persistent identifiers out of the code checks: persistence is not in the code', () => {
    const p = parsePolicy('p.md', '# P\n\n## Tracking\n\nNo cookies or persistent cross-device identifiers are used.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.categories, d.scope]), [
      [['user.device.cookie_id', 'user.device.device_id', 'user.unique_id'], ['persistent']],
    ]);
  });

  it('in a list of what is collected, vendors that only name the data receive nothing; a vendor the data goes to does', () => {
    const p = parsePolicy('p.md', '# P\n\n## What we collect\n\n- **Configuration data** you submit to operate the Services: channel destinations (email addresses, Slack webhook URLs and bot tokens).\n- **Card details** you submit directly to Stripe.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / collect /.test(d)), ['what-we-collect/configuration-data-you-submit-to-operate collect user.contact.email user.content user.account.settings']);
  });

  it('scopes a ban on what anonymous sessions leave, or on what never leaves the device, so that code is not held to it', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Chats\n\nWe keep the messages you send when signed in. Anonymous chat sessions on our free pages are not stored in any database.\n\n## Local data\n\nWe cannot read your prompts or store them — the data never leaves your machine.\n\n## Messages\n\nVoice notes are never stored.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.categories, d.scope ?? []]), [
      [['user.content.private'], ['anonymous chat sessions']],
      [['user.content.private'], ["kept on the user's device"]],
      [['user.content.audio'], []],
    ]);
    const index = new PolicyIndex(p);
    assert.deepEqual(index.prohibits.map((d) => d.categories), [['user.content.audio']]);
  });

  it('reads a paragraph that announces "the following" data as the lead-in of the list after it', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Stored data\n\nWhen the bot is used by a server, the following categories of data can be stored by the bot.\nWhich of them depends on the settings.\n\n- Recent messages and username changes of users on the server\n- Recent bulk deleted messages\n');
    assert.deepEqual(summarize(p.declarations), [
      'stored-data/recent-messages-and-username-changes-of collect user.content.private user.account.username',
      'stored-data/recent-bulk-deleted-messages collect user.content.private',
    ]);
  });

  it('keeps a ban on collecting personal data beside anonymous page-view counts, and a name of several words is the product\'s', () => {
    const p = parsePolicy('p.md', '# Privacy policy for Acme Grab browser extension\n\n## Data\n\nAcme Grab does not collect, store, or transmit any personal data.\n\nAcme Grab may store minimal settings locally on your device.\n\n## Website\n\nThe website uses only anonymous, cookie-free page-view analytics.\n\n## Links\n\nWe advise you to review the privacy policy of every site you visit.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit | collect /.test(d)), [
      'data/acme-grab-does-not-collect-store prohibit collect user to=[] for=[]',
      'data/acme-grab-does-not-collect-store prohibit share user to=[] for=[]',
      'website/the-website-uses-only-anonymous-cookie collect user.behavior.clickstream',
    ]);
    assert.deepEqual(p.notes ?? [], []);
  });

  it('reads "Brevo sends our emails: …" as a sentence, not a label; a table\'s "Why" column as no data; "…: 48 hours" in a retention list as a period', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## What we hold\n\n| What | Why |\n|---|---|\n| Name and email address | Your account, loan receipts and reminders |\n\n## Who helps us\n\n- **Brevo** sends our emails: receipts and reminders.\n\n## How long we keep it\n\nBaskets you start but don\'t check out: 48 hours.\n');
    assert.deepEqual(summarize(p.declarations), [
      'what-we-hold/name-and-email-address collect user.name user.contact.email',
      'who-helps-us/brevo-sends-our-emails-receipts-and share brevo [user.contact.email] {}',
      'how-long-we-keep-it/baskets-you-start-but-don-t retain basket start but check out 2',
    ]);
  });

  it('reads "they" after a sentence about a vendor as that vendor ("Mailgun delivers our emails. They receive your name …")', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Who helps us\n\nMailgun delivers our emails. They receive your name and email address.\n');
    assert.deepEqual(summarize(p.declarations), ['who-helps-us/mailgun-delivers-our-emails-they-receive share mailgun [user.contact.email user.name] {}']);
  });

  it('keeps a ban on tracking a location beside a collected approximate location for the finer parts, with a note', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Data\n\nWe collect your country and your approximate location from your IP address.\n\nWe don\'t track your location.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)), ['data/we-don-t-track-your-location prohibit collect user.location.precise user.location.history user.location.home to=[] for=[]']);
    assert.equal(p.notes?.length, 1);
  });

  it('reads a list of bare names of data as one statement over the list\'s lines; lists of vendors, bans, labelled items and sentences stay item by item', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## What we collect\n\nThe personal information we collect may include:\n\n- Full name\n- Biographical information\n- Password (stored as a hash)\n- Educational progress\n\nWe never store:\n\n- No payment card numbers\n- No passwords\n\n## Vendors\n\nWe share data with:\n\n- Stripe\n- Sentry\n\n## More data we collect\n\n- Account data: your email address.\n- Usage data: pages you visit.\n- We keep your phone number for SMS codes.\n- We keep your postcode for deliveries.\n');
    const c = p.clauses.find((x) => x.id === 'what-we-collect/full-name');
    assert.deepEqual([c?.line, c?.endLine, c?.text], [7, 10, 'Full name, Biographical information, Password (stored as a hash), Educational progress']);
    assert.deepEqual(summarize(p.declarations), [
      'what-we-collect/full-name collect user.name user.content.bio user.authorization.password user.education',
      'what-we-collect/no-payment-card-numbers prohibit collect user.financial.credit_card to=[] for=[]',
      'what-we-collect/no-passwords prohibit collect user.authorization.password to=[] for=[]',
      'vendors/stripe share stripe [] {}',
      'vendors/sentry share sentry [] {}',
      'more-data-we-collect/account-data collect user.account user.contact.email',
      'more-data-we-collect/usage-data collect user.behavior user.behavior.browsing_history',
      'more-data-we-collect/we-keep-your-phone-number-for collect user.contact.phone_number',
      'more-data-we-collect/we-keep-your-postcode-for-deliveries collect user.contact.address.postal_code',
    ]);
  });

  it('reads everyday names of sensor, step, screenshot, session-id and time-zone data', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## What we collect\n\n- Step data, to count your walks.\n- Motion data from the accelerometer.\n- A screenshot of the app when it crashes.\n- A temporary session ID.\n- Your time zone.\n');
    assert.deepEqual(summarize(p.declarations), [
      'what-we-collect/step-data-to-count-your-walks collect user.health_and_medical.fitness user.sensor user.content.screen_capture user.unique_id.pseudonymous user.location.imprecise',
    ]);
  });

  it('reads an unknown name opening an item of a sharing section as a vendor ("Routific plans our delivery rounds. It receives …"), and what a user tells us as provided', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## What we collect\n\nYou can also tell us about food allergies.\n\n## Who we share it with\n\n- Routific plans our delivery rounds. It receives your delivery address only - not your name or your phone number.\n- Parcels leave our warehouse daily.\n');
    assert.deepEqual(summarize(p.declarations), [
      'what-we-collect/you-can-also-tell-us-about collect user.health_and_medical',
      'who-we-share-it-with/routific-plans-our-delivery-rounds-it share routific [user.contact.address] {}',
    ]);
    assert.deepEqual(p.declarations.flatMap((d) => (d.type === 'share' ? d.excludes ?? [] : [])), ['user.name', 'user.contact.phone_number']);
  });

  it('reads what we need of yours as collected, and copies of ID documents as government identifiers', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Data\n\nWe need your email address to send receipts.\n\nWe don\'t take or keep copies of ID documents.\n\nIf you need help, write to us.\n');
    assert.deepEqual(summarize(p.declarations), [
      'data/we-need-your-email-address-to collect user.contact.email',
      'data/we-don-t-take-or-keep prohibit collect user.government_id to=[] for=[]',
    ]);
  });

  it('reads a sale promise in one law\'s sense ("as sales are defined in Nevada Revised Statutes") as conditional, with no state as a vendor, and "for any purpose beyond …" as a limit on our own use', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Data\n\nWe do not currently sell your Personal Data as sales are defined in Nevada Revised Statutes Chapter 603A.\n\nWe do not use your information for any purpose beyond the default logging functionality provided by our cloud hosting providers.\n');
    assert.deepEqual(p.declarations.map((d) => [d.type, d.type === 'prohibit' ? [d.services, d.conditions] : []]), [['prohibit', [[], ['as described']]]]);
  });

  it('reads "No third-party analytics services are used" as a ban on that kind, and "does not store any cookies on your machine" as a cookie ban applied to code', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Data\n\nNo third-party analytics services are used.\n\nThe website does not store any cookies on your machine.\n');
    assert.deepEqual(summarize(p.declarations), [
      'data/no-third-party-analytics-services-are prohibit share user to=[analytics] for=[]',
      'data/the-website-does-not-store-any prohibit collect user.device.cookie_id to=[] for=[]',
    ]);
    assert.deepEqual(p.declarations.map((d) => (d.type === 'prohibit' ? d.scope ?? [] : [])), [[], []]);
  });

  it('reads a product one person runs, speaking as "I" and "my", as the product itself; a numbered "I." heading is no pronoun', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## I. Data\n\nI collect your email address.\n\nI do not sell your data.\n\nI use Plausible to count visits.\n');
    assert.deepEqual(summarize(p.declarations), [
      'i-data/i-collect-your-email-address collect user.contact.email',
      'i-data/i-do-not-sell-your-data prohibit share user to=[] for=[sale]',
      'i-data/i-use-plausible-to-count-visits share plausible [] {}',
    ]);
    assert.deepEqual(p.declarations.map((d) => d.actor), ['we', 'we', 'we']);
  });

  it('reads a location "deeper than city-level" as a precise one, and a ban on sharing "with any third party" as everyone\'s, not the vendor the paragraph names after it', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Data\n\nWe do not collect any information that tracks your location deeper than city-level.\n\nWe do not track anything more granular than the city level.\n\nYour account data is not being shared with any third party. However, your browser will directly connect to map service providers (Mapbox) to load map tiles.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)), [
      'data/we-do-not-collect-any-information prohibit collect user.location.precise to=[] for=[]',
      'data/we-do-not-track-anything-more prohibit collect user.location.precise to=[] for=[]',
      'data/your-account-data-is-not-being prohibit share user.account to=[third_party] for=[]',
    ]);
    assert.deepEqual(p.declarations.filter((d) => d.type === 'prohibit' && d.action === 'share').map((d) => [(d as { categories: string[] }).categories, (d as { services: string[] }).services]), [[['user.account'], []]]);
  });

  it('reads a vendor the product runs itself ("a self-hosted instance of Plausible") and whom a denying relative clause names ("Sentry, which does not share them with advertisers") as no recipients', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Data\n\nPage views are counted by a self-hosted instance of Plausible.\n\nApp usage data is collected by Aptabase and stored in a self hosted server that is not shared with third parties.\n\nWe send crash reports to Sentry, which does not share them with advertisers.\n\nErrors are sent to Sentry. Our database is self-hosted.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / share /.test(d)), [
      // (What is kept on "a self hosted server that is not shared with third parties" is not shared with them.)
      'data/app-usage-data-is-collected-by prohibit share user.behavior.app_usage to=[third_party] for=[]',
      'data/we-send-crash-reports-to-sentry share sentry [user.telemetry] {}',
      'data/errors-are-sent-to-sentry-our share sentry [] {}',
    ]);
  });

  it('reads the disclosure that ends a negated list of verbs as a ban of its own; "sell or share" stays one sale, a purpose after "to" stays a purpose', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Data\n\nWe collect your email address. This data is not used for tracking or shared with any other 3rd parties.\n\nWe will never collect, store, or sell your location.\n\nWe do not sell or share your home address.\n\nWe do not use or disclose your health data to infer characteristics about you.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)), [
      'data/we-collect-your-email-address-this prohibit use user.contact.email to=[] for=[tracking]',
      'data/we-collect-your-email-address-this prohibit share user.contact.email to=[third_party] for=[]',
      'data/we-will-never-collect-store-or prohibit collect user.location to=[] for=[]',
      'data/we-will-never-collect-store-or prohibit share user.location to=[] for=[sale]',
      'data/we-do-not-sell-or-share prohibit share user.contact.address to=[] for=[sale]',
    ]);
  });

  it('reads a heading that opens a sentence ("We DO NOT:") as the lead-in of its list', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## 3.2 We DO NOT:\n\n- Sell your data to third parties\n- Share your data for advertising purposes\n\n## Sharing\n\nWe use Stripe.\n');
    assert.deepEqual(summarize(p.declarations), [
      '3-2-we-do-not/sell-your-data-to-third-parties prohibit share user to=[third_party] for=[sale]',
      '3-2-we-do-not/share-your-data-for-advertising-purposes prohibit share user to=[advertising marketing] for=[marketing]',
      'sharing/we-use-stripe share stripe [] {}',
    ]);
  });

  it('reads the data before "when you …" in an item of a list of what is collected', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Information we collect\n\nWe may automatically log information about you, such as:\n\n- **Device data**, such as your IP address.\n- **Precise location data** when you allow the app to access your location.\n');
    assert.deepEqual(summarize(p.declarations), [
      'information-we-collect/device-data-such-as-your-ip collect user.device user.device.ip_address',
      'information-we-collect/precise-location-data-when-you-allow collect user.location.precise',
    ]);
  });

  it('reads "never publish" and "not made public" as bans scoped to the public, never applied to a vendor', () => {
    const policy = '# P\n\n## What we collect\n\n- Your email address.\n\n## Sharing\n\nYour contact information will not be made public.\n\nWe never publish your email address.\n';
    const p = parsePolicy('p.md', policy);
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.action, d.categories, d.scope]), [
      ['share', ['user.contact'], ['the public']],
      ['share', ['user.contact.email'], ['the public']],
    ]);
    const code = { 'src/a.ts': "import { ServerClient } from 'postmark';\nconst pm = new ServerClient('t');\nexport const send = (email: string) => pm.sendEmail({ From: 'a@b.co', To: email, Subject: 'Hi' });\n" };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => f.ruleId), ['undeclared-sharing']);
  });

  it('scopes a passive ban in a paragraph about a vendor to that vendor', () => {
    const p = parsePolicy('p.md', '# P\n\n## Analytics\n\nWe use Plausible to count visits. No cookies are used and no IP address is stored.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.action, d.categories, d.services, d.scope]), [
      ['collect', ['user.device.ip_address', 'user.device.cookie_id'], ['plausible'], ['Plausible']],
    ]);
  });

  it('keeps a ban on sharing when the only vendor named receives non-identifiable data', () => {
    const p = parsePolicy('p.txt', 'Privacy\n\nAnalytics\n\nWe use Plausible Analytics for non-identifiable tracking of visits.\n\nSharing\n\nWe do not share your personal information with any third parties.\n');
    assert.deepEqual(summarize(p.declarations), [
      'analytics/we-use-plausible-analytics-for-non share plausible [] {anonymized}',
      'sharing/we-do-not-share-your-personal prohibit share user to=[third_party] for=[]',
    ]);
    assert.deepEqual(p.notes, []);
  });

  it('reads the contact-details umbrella as the three data it lists', () => {
    const p = parsePolicy('p.md', '# P\n\n## What we collect\n\n- **Contact details** – your name, email and phone.\n');
    assert.deepEqual(summarize(p.declarations), ['what-we-collect/contact-details collect user.name user.contact.email user.contact.phone_number']);
  });

  it('keeps what a recipient does not receive ("never your name or email", "no contact details")', () => {
    const p = parsePolicy('p.md', '# P\n\n## Sub-processors\n\n- **Sentry**: error reports contain only an internal user ID, never your name or email.\n- **Affinda** receives the CV file only and no contact details.\n');
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && [d.services, d.names ?? [], d.categories, d.excludes]), [
      [['sentry'], [], ['user.unique_id'], ['user.name', 'user.contact.email']],
      [['affinda'], ['affinda'], ['user.content.documents'], ['user.contact']],
    ]);
  });

  it('reads what we send to no one named, in a paragraph about one vendor, as sent to that vendor, with what it never gets', () => {
    const p = parsePolicy('p.md', "# P\n\n## Trip summaries\n\nTrip summaries are written with Anthropic's API and checked by a guide before they are shared. We send the route, the weather and the group size, never a traveller's name or date of birth.\n");
    assert.deepEqual(only(p.declarations, 'share').filter((d) => d.type === 'share' && d.services.length).map((d) => d.type === 'share' && [d.services, d.excludes]), [
      [['anthropic'], ['user.name', 'user.demographic.date_of_birth']],
    ]);
    // Two vendors in the paragraph: which one gets the data is not said.
    const two = parsePolicy('p.md', "# P\n\n## Trip summaries\n\nTrip summaries are written with Anthropic's API and stored with Supabase before they are shared. We send the route, never a traveller's name.\n");
    assert.deepEqual(only(two.declarations, 'share').filter((d) => d.type === 'share' && d.services.length && d.excludes).length, 0);
  });

  it('reads "we configure X not to receive …" as a ban on sharing with X, and a row cell\'s "only — never …" as what X does not get', () => {
    const p = parsePolicy('p.md', '# P\n\n## Service providers\n\n- Crash reports go to Sentry. We configure Sentry not to receive names or email addresses.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.action, d.categories, d.services]), [
      ['share', ['user.name', 'user.contact.email'], ['sentry']],
    ]);
    const t = parsePolicy('p.md', '# P\n\n## Who receives it\n\n| Recipient | Purpose | What they receive |\n|---|---|---|\n| Mistral | Drafting tips | Your workout log only — never your name or email address. Mistral does not train on our API data. |\n');
    assert.deepEqual(only(t.declarations, 'share').map((d) => d.type === 'share' && [d.services, d.excludes]), [
      [['mistral'], ['user.name', 'user.contact.email']],
    ]);
  });

  it('reads items under a lead-in that names the product ("The Acme website:") as its bans, and items the browser stores as not collected', () => {
    const p = parsePolicy('p.md', '# Privacy Policy for Acme Docs\n\n## No data collection\n\nThe Acme documentation website:\n\n- **Does not collect** any personal information\n- **Does not use** analytics tools\n\n## Local storage\n\nWhile we collect nothing, your browser may store:\n\n- Theme preferences (light/dark mode) locally\n');
    assert.deepEqual(summarize(p.declarations), [
      'no-data-collection/does-not-collect-any-personal-information prohibit collect user to=[] for=[]',
      'no-data-collection/does-not-use-analytics-tools prohibit share user.behavior to=[analytics] for=[]',
    ]);
    assert.deepEqual(p.notes, []);
  });

  it('reads "has agreements with its providers that they will not share" as what the providers do, and an acronym that speaks as the product as its name', () => {
    const text = '# Privacy\n\n## Analytics\n\nPCF does collect the pages you visit. PCF may use them to improve the site. PCF will not sell them.\n\nPCF has agreements with its third-party service providers that they will not share this information with others.\n';
    const p = parsePolicy('p.md', text);
    assert.deepEqual(p.selfNames?.includes('pcf'), true);
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.clause, d.action]), [['analytics/pcf-does-collect-the-pages-you', 'share']]);
    assert.deepEqual(only(p.declarations, 'share').filter((d) => d.type === 'share' && d.services.length), []);
  });

  it('reads the kinds of provider that the purposes after "Service Providers to …" call for, and "the Company" as no one\'s workplace', () => {
    const p = parsePolicy('p.md', '# P\n\n## Sharing\n\nWe may share Your personal information in the following situations:\n\n- **With Service Providers:** We may share Your personal information with Service Providers to monitor and analyze the use of our Service, to contact You.\n- **For business transfers:** We may transfer Your personal information during any merger, sale of Company assets or acquisition of all or a portion of Our business to another company.\n');
    assert.deepEqual(summarize(p.declarations), [
      'sharing/with-service-providers share analytics email_delivery [] {}',
      'sharing/for-business-transfers share acquirer [] {}',
    ]);
    const listed = parsePolicy('p.md', '# P\n\n## What we collect\n\nWe collect your Name, Email Address, Company and Job Title.\n');
    assert.deepEqual(summarize(listed.declarations), ['what-we-collect/we-collect-your-name-email-address collect user.name user.contact.email user.workplace user.job_title']);
  });

  it('reads "we do not include or integrate third-party services" as a ban on sharing, "not automatically shared" as a rule with an exception, and data that remains on the device as not collected', () => {
    const p = parsePolicy('p.txt', 'Privacy Policy for Tally\n\n1. Data Collection\n1.1. On Your Device\nAll your data, including any budget entries, remains on your device in local storage. No data is automatically shared with any third parties.\n\n2. Third-Party Services\nWe do not include or integrate any third-party services that collect or process your data.\n\n3. Security\nWhile Tally keeps all data on your device, note the following:\n\nDevice Lock: Make sure your device is protected with security measures (such as password or biometric protection) to keep your information safe.\n');
    assert.deepEqual(p.clauses.map((c) => `${c.line} ${c.headingPath.join(' > ')}`), ['5 Data Collection > On Your Device', '8 Third-Party Services', '11 Security', '13 Security']);
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [p.clauses.find((c) => c.id === d.clause)?.line, d.action, d.categories, d.conditions]), [
      [5, 'share', ['user'], ['automatically']],
      [8, 'share', ['user'], []],
    ]);
    // ("password or biometric protection" is how the device is secured: nothing collected.)
    assert.deepEqual(only(p.declarations, 'collect'), []);
  });

  it('reads bans whose sentence names the device elsewhere, a data name with a hyphen, and "in the background or otherwise" as unconditional', () => {
    const p = parsePolicy('p.md', "# P\n\n## What we collect\n\nWe do not run anti-cheat software on your device and we do not collect hardware IDs.\n\nWe do not carry out criminal-record checks and do not store any DBS information.\n\nWe do not track your live location, in the background or otherwise — you tell us when you set off.\n");
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.categories, d.conditions]), [
      [['user.device.device_id'], []],
      [['user.criminal_history'], []],
      [['user.location.precise'], []],
    ]);
  });

  it('reads a list item labelled with an organisation the catalog does not know, and a kind in parentheses as what the vendor is', () => {
    const p = parsePolicy('p.txt', 'SHARING\n\nWe share personal information only with the following parties:\n\n  - Harrowgate Mutual Society (travel insurance): receives your name and date of birth.\n  - Honeycomb (performance monitoring): receives request traces with your IP address.\n  - Business Transfers: if we merge, your data may move to the buyer.\n');
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && [d.services, d.kinds, d.categories]), [
      [['harrowgate mutual society'], [], ['user.name', 'user.demographic.date_of_birth']],
      [['honeycomb'], [], ['user.device.ip_address']],
      [[], ['acquirer'], []],
    ]);
  });

  it('reads AI models as recipients only after "with/to/by", a list after a colon as their data, a passive share with no one named as third parties, and a lower-case tool after "use"', () => {
    const p = parsePolicy('p.md', '# P\n\n## Sharing\n\nThe following data may be sent to these AI models: email subject lines and sender email addresses.\n\nThe data is not used for any other function within the AI models.\n\nAnonymous aggregated statistics may be disclosed.\n\nWe use plausible to count visits, which is anonymous.\n');
    assert.deepEqual(summarize(p.declarations), [
      'sharing/the-following-data-may-be-sent share ai [user.content.email_content user.contact.email] {}',
      'sharing/anonymous-aggregated-statistics-may-be-disclosed share third_party [] {anonymized aggregated}',
      'sharing/we-use-plausible-to-count-visits share plausible [] {anonymized}',
    ]);
  });

  it('reads data kept in the user\'s browser as not collected, "not … or store" as negated, "other companies" as third parties, and a vendor in parentheses as an aside', () => {
    const p = parsePolicy('p.md', "# P\n\n## Information about parents\n\n- **Parents:** name and email address (payments handled by Paddle).\n\n## Recordings\n\nMeeting recordings are temporarily stored in the user's browser. We do not have access to, or store, these recordings.\n\nWe never send recordings to other companies.\n");
    assert.deepEqual(summarize(p.declarations), [
      'information-about-parents/parents collect user.name user.contact.email',
      'information-about-parents/parents share paddle [] {}',
      'recordings/meeting-recordings-are-temporarily-stored-in prohibit collect user.content.audio to=[] for=[]',
      'recordings/we-never-send-recordings-to-other prohibit share user.content.audio to=[third_party] for=[]',
    ]);
  });

  it('reads "government identification numbers" as data, not a government recipient; "government authorities" stay a recipient', () => {
    const p = parsePolicy('p.md', '# P\n\n## Information we collect\n\nWe do not collect government identification numbers (such as passport numbers).\n\n## Sharing\n\nWe share data with government authorities when the law requires it.\n');
    assert.deepEqual(summarize(p.declarations), [
      'information-we-collect/we-do-not-collect-government-identification prohibit collect user.government_id user.government_id.passport_number to=[] for=[]',
      'sharing/we-share-data-with-government-authorities share legal_authority [] {}',
    ]);
  });

  it('holds what one statement says a vendor never gets, although another statement names the vendor without limits', () => {
    const policy = '# P\n\n## What we collect\n\n- Your email address.\n\n## Sub-processors\n\n- Sentry: error monitoring.\n\nError reports sent to Sentry contain your user ID; we never include your email address.\n';
    const code = { 'src/e.ts': "import * as Sentry from '@sentry/node';\nexport const f = (u: { id: string; email: string }) => Sentry.setUser({ id: u.id, email: u.email });\n" };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.line} ${f.dataCategories}`), ['sharing-condition-unmet 2 user.contact.email']);
  });

  it('reads everyday names of data: IP-derived location, settings and interaction data, purchases, cellular network, photos on a device', () => {
    const p = parsePolicy('p.md', '# P\n\n## What we collect\n\nWe use IP-derived location, settings data and interaction data.\n\nWe keep a record of the purchases you have made.\n\nWe collect the name of cellular network you use and, with permission, the photographs on your mobile device.\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'collect').map((d) => d.type === 'collect' && d.categories.join(',')), [
      'user.location.imprecise,user.account.settings,user.behavior,user.behavior.clickstream',
      'user.behavior.purchase_history',
      'user.device.network,user.content.photo_library',
    ]);
  });

  it('reads a plain "We share your information with …" in a rights section; the right itself shares nothing', () => {
    const p = parsePolicy('p.md', '# P\n\n## Your rights\n\n- Right to know recipients: We share your information with service providers for hosting.\n- You have the right to know which third parties we share your data with.\n');
    assert.deepEqual(summarize(p.declarations), ['your-rights/right-to-know-recipients share service_provider [] {}']);
  });

  it('reads an international transfer as no disclosure to anyone', () => {
    const p = parsePolicy('p.md', '# P\n\n## Transfers\n\nYour information may be transferred to, and maintained on, computers located outside of your state or country.\n\n## Sharing\n\nAggregated statistics may be disclosed.\n');
    assert.deepEqual(summarize(p.declarations), ['sharing/aggregated-statistics-may-be-disclosed share third_party [] {aggregated}']);
  });

  it('reads vendors given as examples of a kind ("such as Stripe") and vendors described as a service in a sharing section', () => {
    const p = parsePolicy('p.md', '# P\n\n## Service providers\n\nYour card details are collected and processed directly by our payment processors such as Stripe.\n\nPlausible Analytics is an analytics service provided by Conva Ventures Inc.\n\nPrivacy is a fundamental right.\n');
    // ("such as" is open: any payment processor is declared, Stripe among them.)
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share').map((d) => d.type === 'share' && (d.services.join(',') || d.kinds.join(','))), ['payment_processor', 'stripe', 'plausible']);
  });

  it("reads the user's own account at a vendor as where the product reads from, not a recipient", () => {
    const p = parsePolicy('p.md', '# P\n\n## Google data\n\nWe only use access to your Google email account (Gmail or Google Workspace) to:\n\n- Read emails for automation rules.\n- Send emails on your behalf.\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share'), []);
  });

  it("a ban on keeping the verification selfie does not rule out a profile picture", () => {
    const policy = '# P\n\n## Identity checks\n\nPersona collects your ID document and a selfie; we never receive or store your ID document or the selfie.\n\n## What we collect\n\n- Your email address.\n';
    const code = { 'src/a.ts': "export interface User { email: string; avatarUrl: string; selfieUrl: string }\n" };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.line} ${f.dataCategories}`), ['undeclared-collection 1 user.content.self_image', 'prohibited-collection 1 user.content.self_image.selfie']);
  });

  it('scopes a ban on photographs of children to children\'s data', () => {
    const p = parsePolicy('p.md', '# P\n\n## Children\n\nWe do not collect photographs of children.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => (d as ProhibitDecl).scope), [["children's data"]]);
  });

  it('scopes a ban on a kind of information about the user\'s child to children\'s data; "personal information about children" alone is no ban', () => {
    const p = parsePolicy('p.md', '# P\n\n## Children\n\nWe do not collect health information about your child. We do not collect personal information about children.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => [(d as ProhibitDecl).categories, (d as ProhibitDecl).scope]), [[['user.health_and_medical'], ["children's data"]]]);
  });

  it('reads revealing data on our web sites as publishing: a ban scoped to the public', () => {
    const p = parsePolicy('p.md', '# P\n\n## Email\n\nWe will never reveal your email address on our web sites.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => [(d as ProhibitDecl).categories, (d as ProhibitDecl).scope]), [[['user.contact.email'], ['the public']]]);
  });

  it('drops from a ban a category broader than one the policy collects; what we do not store is not what the processor does not get', () => {
    const p = parsePolicy('p.md', '# P\n\n## Payments\n\nPayment processing is handled by Stripe. We do not store your full credit card number or other payment details on our servers.\n\n## What we keep\n\nWe store your transaction history.\n');
    assert.deepEqual(summarize(p.declarations), [
      'payments/payment-processing-is-handled-by-stripe share stripe [] {}',
      'payments/payment-processing-is-handled-by-stripe prohibit collect user.financial.credit_card to=[] for=[]',
      'what-we-keep/we-store-your-transaction-history collect user.behavior.purchase_history user.financial.transactions',
    ]);
    assert.match(p.notes?.map((n) => n.message).join('\n') ?? '', /as a ban on user\.financial, but the policy collects part of it; kept for the rest/);
  });

  it('reads examples as illustrating the kind named just before them, not every kind in the sentence', () => {
    const p = parsePolicy('p.md', '# P\n\n## Sharing\n\nWe use an error-monitoring provider, and we send alerts through messaging services such as Slack or Discord.\n');
    const shares = p.declarations.filter((d): d is ShareDecl => d.type === 'share').map((d) => `${d.services.join(' ') || d.kinds.join(' ')}${d.examples ? ' (examples)' : ''}`);
    assert.deepEqual(shares, ['messaging (examples)', 'slack discord (examples)', 'error_monitoring']);
  });

  it('bans the whole of the data a ban calls "full" but not the parts the policy collects ("never ask for your full street address" beside a postcode)', () => {
    const p = parsePolicy('p.md', '# P\n\n## What we collect\n\n- Your name and postcode.\n\n## Signing\n\nWe never ask for your full street address.\n');
    const ban = only(p.declarations, 'prohibit')[0] as ProhibitDecl;
    assert.deepEqual([ban.categories, ban.except], [['user.contact.address'], ['user.contact.address.postal_code']]);
    const index = new PolicyIndex(p);
    assert.equal(index.collectProhibition('user.contact.address.postal_code'), undefined);
    assert.equal(index.collectProhibition('user.contact.address'), ban);
  });

  it('keeps the capital of a vendor that starts a list item ("Clerk for authentication"); a vendor\'s user ID is data, not a recipient', () => {
    const p = parsePolicy('p.md', '# P\n\n## Third-party services\n\nWe use third-party services to help operate our service, including:\n\n- Clerk for authentication\n- Vercel for hosting\n\n## What we store\n\nThe following user data is stored:\n\n- Stripe user ID\n');
    assert.deepEqual(summarize(p.declarations), [
      'third-party-services/we-use-third-party-services-to share third_party [] {}',
      'third-party-services/clerk-for-authentication share clerk [] {}',
      'third-party-services/vercel-for-hosting share vercel [] {}',
      'what-we-store/stripe-user-id collect user.unique_id',
    ]);
  });

  it('joins a list item to the last sentence of its lead-in only: a ban before it does not reach the items', () => {
    const p = parsePolicy('p.md', '# P\n\n## Data sharing\n\nWe do not sell your personal information. We may share data with:\n\n- **Analytics:** PostHog for product analytics\n- **Email delivery:** Resend for transactional email\n');
    assert.deepEqual(summarize(p.declarations), [
      'data-sharing/we-do-not-sell-your-personal prohibit share user to=[] for=[sale]',
      'data-sharing/analytics share posthog [] {}',
      'data-sharing/email-delivery share resend [user.contact.email] {}',
    ]);
  });

  it('reads third-party cookies for advertising as a disclosure to advertisers; a ban on them stays a ban, on other companies\' cookies only', () => {
    const p = parsePolicy('p.md', '# P\n\n## Cookies\n\nWe may also employ third-party cookies to gather data for interest-based advertising.\n\nWe do not use third-party cookies for analytics.\n');
    assert.deepEqual(summarize(p.declarations), [
      'cookies/we-may-also-employ-third-party collect user.device.cookie_id',
      'cookies/we-may-also-employ-third-party share advertising [user.device.cookie_id] {}',
      'cookies/we-do-not-use-third-party prohibit share user.device.cookie_id to=[third_party] for=[analytics]',
    ]);
  });

  it('reads "Name. What it gets." items under a sharing lead-in as a vendor the catalog does not know, with what it gets', () => {
    const p = parsePolicy('p.txt', 'P\n\nHOW WE SHARE INFORMATION\n\nWe share personal information only as described below:\n\n  - Harbormap. We send the property address only, to look up the building.\n  - If the law requires it, we share data with authorities.\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share' && d.services.length).map((d) => d.type === 'share' && `${d.services} [${d.categories}]`), ['harbormap [user.contact.address]']);
  });

  it('names a common-word vendor followed by a parenthesis ("Postmark (ActiveCampaign LLC)")', () => {
    const p = parsePolicy('p.md', '# P\n\n## Sub-processors\n\n| Sub-processor | Data |\n|---|---|\n| Postmark (Wildfern LLC) | Recipient name and email address |\n');
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && d.services[0]), ['postmark']);
  });

  it('names a common-word vendor that a long parenthesis describes, at the start of a list item', () => {
    const p = parsePolicy('p.txt', 'Privacy\n\nWe share information only with the following subprocessors:\n\n  - Postmark (email reminders and account email: the recipient\'s name and email address, the appointment date and time)\n');
    assert.deepEqual(only(p.declarations, 'share').filter((d) => d.type === 'share' && d.services.length).map((d) => d.type === 'share' && `${d.services} ${d.categories}`), ['postmark user.name,user.contact.email']);
  });

  it('decodes entities: an encoded "don\'t" stays a negation', () => {
    const p = parsePolicy('p.html', '<h1>P</h1><h2>Sharing</h2><p>We don&rsquo;t share your location with &ldquo;anyone&rdquo;.</p>');
    assert.deepEqual(summarize(p.declarations), ['sharing/we-don-t-share-your-location prohibit share user.location to=[] for=[]']);
  });

  it('reads a numbered plain-text section title as a heading', () => {
    const p = parsePolicy('p.txt', 'Privacy\n\n14. Analytics\n\nWe use Mixpanel to understand feature usage.\n');
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.clause), ['analytics/we-use-mixpanel-to-understand-feature']);
  });

  it('reads the items of a lead-in that stops short ("We do not:") as bans', () => {
    const p = parsePolicy('p.md', '# P\n\n## Email data\n\n**We do not:**\n\n- Store your email content on our servers\n- Sell your email data\n');
    assert.deepEqual(summarize(p.declarations), [
      'email-data/store-your-email-content-on-our prohibit collect user.content.email_content to=[] for=[]',
      'email-data/sell-your-email-data prohibit share user.content.email_content to=[] for=[sale]',
    ]);
  });

  it('reads nested lists of a JSX page: the outer item introduces the vendors below it', () => {
    const page = `export default function Privacy() {
  return (
    <main>
      <h2>Sharing</h2>
      <ul>
        <li><strong>Service providers:</strong> we share data with providers who run the service, including:
          <ul>
            <li><strong>Vercel:</strong> hosting</li>
            <li><strong>Payment processors:</strong> Stripe and Paddlepay for billing</li>
          </ul>
        </li>
        <li><strong>Authorities:</strong> when the law requires it.</li>
      </ul>
      <h2>What we collect</h2>
      <p>Your email address.</p>
    </main>
  );
}
`;
    const p = parsePolicy('privacy.tsx', page);
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && `${d.clause} ${[...d.services, ...d.kinds].join(' ')}`), [
      'sharing/service-providers service_provider',
      'sharing/vercel vercel',
      'sharing/payment-processors paddlepay',
      'sharing/payment-processors stripe',
    ]);
    assert.equal(p.clauses.find((c) => c.id === 'sharing/vercel')?.leadIn, 'Service providers: we share data with providers who run the service, including:');
  });

  it('rejects a ban on collecting anything in a policy that lists what it collects, with a note', () => {
    const p = parsePolicy('p.md', '# P\n\n## What we collect\n\n- Your email address.\n\n## Promise\n\nWe do not collect any personal data.\n');
    assert.deepEqual(only(p.declarations, 'prohibit'), []);
    assert.match(p.notes?.[0]?.message ?? '', /read "We do not collect any personal data\." as a ban, but the policy says what it collects; not applied as a ban/);
  });

  it('"Neither the authors nor the publisher receive any of the data you provide" keeps what the app handles on the person\'s machine: a ban scoped to the device, never applied to code', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Information you provide\n\nYou provide usernames and credentials to the servers you sync with.\n\n## Information shared with others\n\nNeither the authors of Acme nor the publisher receive any of the data you provide to Acme.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.action, d.categories, d.scope ?? []]), [['collect', ['user'], ["kept on the user's device"]]]);
    assert.deepEqual(new PolicyIndex(p).prohibits, []);
  });

  it('"Neither we nor our developers ever receive your card number" is the product\'s own ban, not one scoped to the device', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Payments\n\nNeither we nor our developers ever receive your card number.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.action, d.categories, d.scope ?? []]), [['collect', ['user.financial.credit_card'], []]]);
  });

  it('keeps a ban said outright ("We do not collect any personal data from users") beside a mere mention read at low confidence ("any data handled by the extension is managed safely"), and still rejects it beside a list of what is collected', () => {
    const p = parsePolicy('p.md', '# P\n\nWe are committed to protecting your privacy and ensuring that any data handled by the Load Time extension is managed in a safe and responsible manner. This Privacy Policy outlines our practices regarding data collection, usage, and safeguarding.\n\n## Data collection\n\nWe do not collect any personal data from users.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.action, d.categories]), [['collect', ['user']]]);
    assert.deepEqual(p.notes ?? [], []);
  });

  it('keeps a ban on keeping data "on our servers" beside what the policy keeps elsewhere as a ban on that place, with a note, and never applies it to code', () => {
    const p = parsePolicy('p.md', '# P\n\n## What we collect\n\n- Your email address, when you write to us.\n\n## Data retention\n\n- We do not store any data on our servers.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.clause, d.action, d.categories, d.scope]), [['data-retention/we-do-not-store-any-data', 'collect', ['user'], ['our servers']]]);
    assert.match(p.notes?.[0]?.message ?? '', /read "We do not store any data on our servers\." as a ban on keeping data on our servers, though the policy says what it collects; not applied as a ban/);
    assert.deepEqual(new PolicyIndex(p).prohibits, []);
  });

  it('keeps a ban on collecting anything when what the policy keeps is in the user\'s browser ("… your interface preferences in your local browser storage")', () => {
    const p = parsePolicy('p.md', '# P\n\n## Information\n\nWe do not collect or process your personal or sensitive information.\n\n## Tracking\n\nWe store information about your user interface preferences in your local browser storage.\n');
    assert.deepEqual(summarize(p.declarations), ['information/we-do-not-collect-or-process prohibit collect user to=[] for=[]']);
    assert.deepEqual(p.notes ?? [], []);
  });

  it('keeps a ban on sharing anything beside a mention read at low confidence ("Blorp is a decentralized social media client …"), not a recipient the policy names', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\n**Introduction**\nBlorp is a decentralized social media client that allows users to interact with Lemmy servers of their choice. This Privacy Policy explains what information we collect.\n\n## Data sharing\n\nWe do not share any data with third parties.\n');
    assert.deepEqual(p.declarations.map((d) => `${d.type} ${d.confidence}`), ['share 0.2', 'prohibit 1']);
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && `${d.clause} ${d.action} ${d.categories.join(' ')} ${d.kinds.join(' ')}`), ['data-sharing/we-do-not-share-any-data share user third_party']);
    // (A recipient the policy does name makes the blanket ban one with an exception, never applied to code.)
    const named = parsePolicy('p.md', '# P\n\n## Analytics\n\nWe share usage data with Google Analytics.\n\n## Data sharing\n\nWe do not share any data with third parties.\n');
    assert.deepEqual(only(named.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.action, d.categories, d.kinds, d.conditions]), [['share', ['user'], ['third_party'], ['except the recipients the policy names']]]);
    assert.deepEqual(named.notes?.map((n) => `${n.line} ${n.message}`), ['9 read "We do not share any data with third parties." as a ban except for the recipients the policy names; not applied as a ban']);
    assert.deepEqual(new PolicyIndex(named).prohibits, []);
    // (Not one about the product's own servers: "No data is sent to or stored on our servers" says nothing of others; it
    // rules out keeping data there.)
    const own = parsePolicy('p.md', '# P\n\n## Analytics\n\nWe share usage data with Google Analytics.\n\n## Data\n\nAll processing is done on the client side. No data is sent to or stored on our servers.\n');
    assert.deepEqual(only(own.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.action, d.categories, d.kinds, d.stored]), [['collect', ['user'], [], true]]);
    assert.deepEqual(own.notes ?? [], []);
  });

  it('leaves a ban on sharing one vendor\'s account data ("your Google user data") unapplied, with a note, keeps a ban on selling it, and keeps a group\'s', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## Sharing\n\nWe do not share or transfer your Google user data to third parties.\n\nStudent information is never shared with analytics providers.\n');
    assert.deepEqual(summarize(p.declarations), ['sharing/student-information-is-never-shared-with prohibit share user to=[analytics] for=[]']);
    assert.deepEqual(p.notes?.map((n) => `${n.line} ${n.message}`), ['5 read "We do not share or transfer your Google user data to third parties." as a ban on Google data, which it does not list; not applied as a ban']);
    // Selling it is ruled out all the same.
    const sold = parsePolicy('p.md', '# Acme Privacy Policy\n\n## Sharing\n\nWe do not sell or rent your Google user data to third parties.\n');
    assert.deepEqual(summarize(sold.declarations), ['sharing/we-do-not-sell-or-rent prohibit share user to=[third_party] for=[sale]']);
    assert.deepEqual(sold.notes ?? [], []);
  });

  it('reads no vendor in list items that open with what the product does, notes, titles or safeguards, so kinds of recipients stay declared', () => {
    const text = [
      '# Privacy Policy', '',
      '## 2. Information we collect', '', '- Business information: Organisation name, ABN/ACN, trading name, business address', '',
      '## 3. Payment Processing', '', '**Payment Agent Model:**', '- Enable organisers to track and confirm payments received', '- Hold funds in accordance with our risk management policy',
      '- Process payments on behalf of event organisers', '- *Note: We do not process or handle payment funds in this model*', '',
      '## 5. With service providers', '', 'We share information with trusted third parties who help us provide Services:', '',
      '- Stripe (payment processing and fraud detection)', '- Square (payment processing for retail)', '- Email service providers for transactional emails', '',
      '## 6. Payment Providers', '', '**Stripe:**', '- Processes payments for Direct Integration models', '- Privacy Policy: https://stripe.com/privacy', '',
      '## 7. Data Governance', '', '- Security measures scale with data sensitivity', '- Data Protection Impact Assessments for high-risk processing', '',
    ].join('\n');
    const p = parsePolicy('p.md', text);
    const named = only(p.declarations, 'share').flatMap((d) => (d.type === 'share' ? [...d.services, ...(d.names ?? [])] : []));
    assert.deepEqual([...new Set(named)].sort(), ['square', 'stripe']);
    assert.equal(only(p.declarations, 'share').some((d) => d.type === 'share' && d.kinds.includes('email_delivery')), true);
    // Two named vendors are no list of sub-processors: the kind declares an unnamed email provider.
    assert.equal(new PolicyIndex(p).judgeShare('resend', 'email_delivery', ['user.contact.email']).status, 'declared');
  });

  it('reads a section named after who the reader is ("If you sing in an adult choir") as what is kept of them, a definition list\'s items included; "If you have questions" and "If you want to …" are not; a voice part and balancing sections are no recording and no account', () => {
    const page = (h: string) => `<html><body><h1>Privacy</h1><h2>${h}</h2><dl><dt>Contact details</dt><dd>Your name, email address and mobile number.</dd><dt>Your voice part</dt><dd>Soprano, alto, tenor or bass, so the music team can balance sections.</dd></dl></body></html>`;
    const read = (h: string) => summarize(parsePolicy('p.html', page(h)).declarations);
    assert.deepEqual(read('If you sing in an adult choir'), ['if-you-sing-in-an/contact-details collect user.name user.contact.email user.contact.phone_number']);
    assert.throws(() => read('If you have questions'), /no privacy statements recognized/);
    assert.throws(() => read('If you want to leave'), /no privacy statements recognized/);
  });

  it('takes the product a policy is about from "when you use Ostara" near the top, and a word stressed in capitals ("does NOT save") for that word', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nThis Privacy Policy explains how your personal data is collected when you use Ostara.\n\n## Storage\n\nOstara does NOT save any personal data.\n');
    assert.deepEqual([p.selfNames, summarize(p.declarations)], [['ostara'], ['storage/ostara-does-not-save-any-personal prohibit collect user to=[] for=[]']]);
  });

  it('reads an app-store privacy label "Contact Info / Identifiers: Not Collected." as a ban on collecting contact details', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## App Store privacy labels\n\n- **Contact Info / Identifiers:** Not Collected.\n- **Diagnostics:** Crash logs handled by Apple.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)), ['app-store-privacy-labels/contact-info-identifiers prohibit collect user.contact to=[] for=[]']);
  });

  it('"The app does not read anything from Apple Health, Google Fit or any other health app" rules out reading from those sources, a ban never applied to the health data the person gives; "We do not collect health data" stays a ban', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Health\n\nThe app does not read anything from Apple Health, Google Fit or any other health app on your phone.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.action, d.categories, d.scope]), [['collect', ['user.health_and_medical'], ['from Apple Health, Google Fit or any other health app on your phone']]]);
    assert.deepEqual(new PolicyIndex(p).prohibits, []);
    const plain = parsePolicy('p.md', '# Privacy\n\n## Health\n\nWe do not collect health data.\n');
    assert.equal(new PolicyIndex(plain).prohibits.length, 1);
  });

  it('takes "Thank you for choosing Actual Budget" as naming the product: no vendor called Actual, and "Actual Budget does not share your data" is a first-party ban', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\nThank you for choosing Actual Budget, a super fast and privacy-focused app for personal finance.\n\n## Sharing\n\nActual Budget does not share your personal data with third parties.\n');
    assert.deepEqual(p.selfNames, ['actual', 'budget']);
    assert.deepEqual(summarize(p.declarations), ['sharing/actual-budget-does-not-share-your prohibit share user to=[third_party] for=[]']);
  });

  it('takes "Privacy Policy for Supermemory.ai" as naming the product, so its own "does not sell" is a first-party ban', () => {
    const p = parsePolicy('p.md', 'Privacy Policy for Supermemory.ai\n\n## Sharing\n\nSupermemory.ai does not sell, trade, or rent users\' personal identification information to others.\n');
    assert.ok(p.selfNames?.includes('supermemory'));
    assert.deepEqual(summarize(p.declarations), ['sharing/supermemory-ai-does-not-sell-trade prohibit share user to=[] for=[sale]']);
  });

  it('takes the name that opens the policy\'s first statement ("Clicktrack stores …") as the product, and "This includes your email and name" as what it stores; a catalogued vendor opening it is no product', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\nClicktrack stores user information that you explicitly sign up with. This includes your email and name. No payment information is stored.\n');
    assert.ok(p.selfNames?.includes('clicktrack'));
    assert.deepEqual(summarize(p.declarations), ['privacy-policy/clicktrack-stores-user-information-that-you collect user.contact.email user.name', 'privacy-policy/clicktrack-stores-user-information-that-you prohibit collect user.financial to=[] for=[]']);
    const vendor = parsePolicy('p.md', '# Privacy Policy\n\nPlausible counts page views without cookies on this site. We store your email address.\n');
    assert.ok(!vendor.selfNames?.includes('plausible'));
  });

  it('narrows a ban on "this personal information" in the paragraph after a list of what is collected to what the list names, less its exceptions', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Information we collect\n\n### On account registration\n\nWhen registering an account, we store\n\n- Your username\n- Your email address\n- Your IP address and country\n\nThis personal information, with the exception of your username and country, is never shared publicly.\n\n### On support requests\n\nWe collect your phone number. We never share personal information with advertisers.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => / prohibit /.test(d)), [
      'on-account-registration/this-personal-information-with-the-exception prohibit share user.contact.email user.device.ip_address to=[other_users] for=[]',
      'on-support-requests/we-collect-your-phone-number-we prohibit share user to=[advertising marketing] for=[marketing]',
    ]);
  });

  it('does not take a vendor the policy talks about at length for the product when the product names itself otherwise', () => {
    const rep = Array.from({ length: 6 }, () => 'Stripe is PCI compliant.').join(' ');
    const p = parsePolicy('p.md', `# Acme Privacy Policy\n\n## Payments\n\n${rep} We share your email address with Stripe.\n`);
    assert.ok(p.selfNames?.includes('acme'));
    assert.ok(!p.selfNames?.includes('stripe'));
    assert.deepEqual(summarize(p.declarations).filter((d) => / share /.test(d)), ['payments/stripe-is-pci-compliant-stripe-is share stripe [user.contact.email] {}']);
  });

  it('takes the name a policy repeats most, acronym and all ("ContentDB"), as the product\'s own', () => {
    const rep = Array.from({ length: 6 }, () => 'ContentDB hosts packages.').join(' ');
    const p = parsePolicy('p.md', `# Privacy Policy\n\n## About\n\n${rep}\n\n## What we collect\n\nContentDB collects usernames of content creators from the forums.\n`);
    assert.ok(p.selfNames?.includes('contentdb'));
    assert.deepEqual(only(p.declarations, 'share'), []);
  });

  it('treats the product\'s own contact domain and name as first party, not a vendor', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## Sharing\n\nAcme shares your email with Postmark to send receipts. Write to <privacy@acme.io>.\n');
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && [d.services, d.names ?? []]), [[['postmark'], []]]);
  });
});

describe('policy reader: where-from sub-headings', () => {
  it('reads items under "When you use Acme" in a collection section as collected', () => {
    const p = parsePolicy('p.md', '# Policy\n\n## Information we collect\n\n### When you use Acme\n\n- Device push token and IP address.\n');
    assert.deepEqual(summarize(p.declarations), ['when-you-use-acme/device-push-token-and-ip-address collect user.device.push_token user.device.ip_address']);
  });
});

describe('policy reader: what reaches a kind of vendor, and what the product says it has', () => {
  it('reads "Crash reports never include your name" as a ban on sending it to error monitoring, not on collecting it', () => {
    const policy = '# Acme Privacy\n\n## What we collect\n\n- Your name and email address.\n\n## Sharing\n\nWe use Sentry for crash reports.\n\nCrash reports never include your name, email address or location.\n';
    const code = { 'src/a.ts': "import * as Sentry from '@sentry/node';\nexport interface Volunteer { name: string; email: string }\nexport function tag(v: Volunteer) {\n  Sentry.setUser({ email: v.email });\n}\n" };
    assert.deepEqual(brief(analyze(code, policy, 'p.md')), ['prohibited-sharing src/a.ts:4:3']);
  });
  it('leaves out of a ban what the rest of its paragraph says does happen ("No personal information is sent to third parties. Services may collect the user\'s IP.")', () => {
    const policy = '# Acme Privacy\n\n## What we collect\n\n- Your name and email address.\n\n## Diagnostics\n\nAcme uses Sentry and Google Analytics to learn about crashes. No personal information is ever sent to third parties, only an anonymous id. Services may collect the user\'s IP. Some device information may be included for debugging.\n';
    const code = { 'src/a.ts': "import * as Sentry from '@sentry/node';\nexport function tag(u: { email: string; ip: string }) {\n  Sentry.setContext('client', { ip: u.ip });\n  Sentry.setUser({ email: u.email });\n}\n" };
    assert.deepEqual(brief(analyze(code, policy, 'p.md')), ['prohibited-sharing src/a.ts:4:3']);
  });
  it('counts data the policy says it hands to a vendor as data it has, but not data a vendor collects directly', () => {
    const policy = '# Acme Privacy\n\n## What we collect\n\n- Your email address.\n\n## Vendors\n\n- Expo: a push token for your device, to send notifications.\n- Payouts are handled by Stripe. Your tax identification number is collected directly by Stripe; Acme never sees it.\n- PostHog collects your IP address to count visits.\n';
    const code = { 'src/a.ts': 'export interface Volunteer { email: string; expoPushToken: string; taxId: string; lastIpAddress: string }\n' };
    assert.deepEqual(analyze(code, policy, 'p.md').map((f) => `${f.ruleId} ${f.dataCategories}`), ['undeclared-collection user.government_id.tax_id', 'undeclared-collection user.device.ip_address']);
  });
});

describe("policy reader: bans on one group's data", () => {
  it('scopes "student information" and "parent or student information" to those groups, so no blanket ban is applied', () => {
    const p = parsePolicy('p.md', '# Policy\n\n## Service providers\n\nStudent information is never shared with analytics providers. We do not send parent or student information to Intercom.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => (d as ProhibitDecl).scope), [['student data'], ['parent or student data']]);
  });
});

describe('policy reader: what a vendor still gets beside a ban', () => {
  it('"We don\'t send any personal data to Partykit. We send machine configurations and events": the ban is on data about the person, not on what is still sent', () => {
    const p = parsePolicy('p.md', "# P\n\n## Services\n\nWe use Partykit for live connections. We don't send any personal data to Partykit. We send machine configurations and events for the actors.\n\nWe use Mailgun for email. We never send personal data to Mailgun.\n");
    const bans = only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.services.join(','), d.categories.includes('user.name'), d.categories.includes('user.content'), d.categories.includes('user')]);
    assert.deepEqual(bans, [['partykit', true, false, false], ['mailgun', false, false, true]]);
    const code = { 'src/party.ts': "export async function push(u: { email: string }, config: string) {\n  await fetch('https://api.partykit.io/parties/main', { method: 'POST', body: JSON.stringify({ config }) });\n  await fetch('https://api.partykit.io/parties/main', { method: 'POST', body: JSON.stringify({ email: u.email }) });\n}\n" };
    assert.deepEqual(analyze(code, '# P\n\n## What we collect\n\nYour email address.\n\n## Services\n\nWe use Partykit for live connections. We don\'t send any personal data to Partykit. We send machine configurations and events for the actors.\n', 'p.md').map((f) => `${f.ruleId} ${f.line}`), ['prohibited-sharing 3']);
  });
});

describe('policy reader: rules see only unconditional bans', () => {
  const code = { 'src/a.ts': "import mixpanel from 'mixpanel';\nconst mp = mixpanel.init('t');\nexport function track(u: { email: string }) {\n  mp.track('signup', { email: u.email });\n}\n" };
  it('a ban with an exception does not make a finding prohibited', () => {
    const policy = '# P\n\n## What we collect\n\n- Your email address.\n\n## Sharing\n\n- We use Mixpanel for product analytics.\n- We do not share your email with analytics providers unless you opt in.\n';
    assert.deepEqual(brief(analyze(code, policy, 'p.md')), []);
  });
  it('an unconditional ban does', () => {
    const policy = '# P\n\n## What we collect\n\n- Your email address.\n\n## Sharing\n\n- We use Mixpanel for product analytics.\n- We never send your email address to Mixpanel.\n';
    assert.deepEqual(brief(analyze(code, policy, 'p.md')), ['prohibited-sharing src/a.ts:4:3']);
  });
  it('reads "scrubbed of names, phone numbers and gate access codes" as what the vendor never gets, and a sentence that names its vendor speaks of that vendor only', () => {
    const t = parsePolicy('p.html', '<h2>Service providers</h2><table><tr><th>Provider</th><th>Purpose</th></tr><tr><td>Datadog</td><td>Application monitoring. Logs we send to Datadog are scrubbed of names, phone numbers and gate access codes.</td></tr></table>');
    assert.deepEqual(only(t.declarations, 'share').map((d) => d.type === 'share' && [d.services, d.excludes]), [[['datadog'], ['user.name', 'user.contact.phone_number']]]);
    const p = parsePolicy('p.md', '# P\n\n## Service providers\n\nTwilio sends our text messages. Twilio receives your mobile number and the text of the message. Before logs leave our servers we remove names and email addresses, so logs sent to Better Stack contain only internal IDs.\n');
    assert.deepEqual(only(p.declarations, 'share').filter((d) => d.type === 'share' && d.services.includes('twilio')).map((d) => d.type === 'share' && d.excludes), [undefined]);
    // One list of vendors, one of them limited by a later sentence: that one gets its limit as a statement of its own.
    const l = parsePolicy('p.md', '# P\n\n## Service providers\n\nWe use Vercel (hosting), Twilio (text messages) and OpenAI. OpenAI sorts requests into categories; it receives the request description, not your name or contact details.\n');
    assert.deepEqual(only(l.declarations, 'share').map((d) => d.type === 'share' && [d.services, d.excludes ?? []]), [[['vercel', 'twilio'], []], [['openai'], ['user.name', 'user.contact']]]);
  });

  it('reads no ban into "no matter where you are", an export that "does not include" data, purpose limits after a long object, or sales to people "we know to be" under 16', () => {
    for (const s of [
      'No matter where you are located, you consent to the transfer of your information to Germany.',
      'You can export your data with the export command. This does not include message metadata.',
      'We do not use or disclose such sensitive personal information to infer characteristics about you.',
      'We do not sell or share the personal information of consumers we know to be less than 16 years of age.',
      'Note that Acme has no access to or control over these cookies that are used by third-party advertisers.',
      'For general web-browsing of this website, your personal data is not revealed to us, although certain statistical information is available to us via our internet service provider.',
    ]) assert.deepEqual(only(parsePolicy('p.md', `# P\n\n## Your data\n\nWe collect your email address.\n\n${s}\n`).declarations, 'prohibit'), [], s);
    // ("… and we never ask you for a selfie": the "for" of another verb leaves the ban.)
    assert.deepEqual(only(parsePolicy('p.md', '# P\n\n## Your data\n\nWe collect your email address.\n\nWe do not use facial recognition and we never ask you for a selfie.\n').declarations, 'prohibit').map((d) => d.type === 'prohibit' && d.categories), [['user.biometric'], ['user.content.self_image.selfie']]);
    // (What error logs do not include is still what the error monitor never gets.)
    assert.deepEqual(summarize(only(parsePolicy('p.md', '# P\n\n## Your data\n\nError logs do not include your name.\n').declarations, 'prohibit')), ['your-data/error-logs-do-not-include-your prohibit share user.name to=[error_monitoring] for=[]']);
  });

  it('reads "Please note that Acme does not sell …" as the sentence after it, and an HTML page\'s <title> names the product', () => {
    assert.deepEqual(summarize(only(parsePolicy('p.md', '# Acme Privacy\n\n## Sales\n\nPlease note that Acme does not sell personal data to third parties.\n').declarations, 'prohibit')), ['sales/please-note-that-acme-does-not prohibit share user to=[third_party] for=[sale]']);
    const h = parsePolicy('p.html', '<html><head><title>Night Owl Privacy Policy</title></head><body><h1>Privacy Policy</h1><h3>Personal Data</h3><p>Night Owl extension has never collected and will never collect any personal data.</p></body></html>');
    assert.deepEqual(h.selfNames?.includes('owl'), true);
    assert.deepEqual(summarize(only(h.declarations, 'prohibit')), ['personal-data/night-owl-extension-has-never-collected prohibit collect user to=[] for=[]']);
  });

  it('reads providers that help "with things like sending email updates and processing payments" as those kinds, and still as any provider', () => {
    const p = parsePolicy('p.md', '# P\n\n## Sharing\n\nWe may share your information with trusted third-party service providers to assist us with things like sending email updates and processing payments.\n');
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && d.kinds), [['service_provider'], ['email_delivery', 'marketing', 'payment_processor']]);
  });
  it('reads "your height or weight" as body measurements, and "a warning 14 days in advance" as a notice, not a retention period', () => {
    assert.deepEqual(summarize(only(parsePolicy('p.md', '# P\n\n## What we collect\n\nWe collect your email address. We do not ask for your height or weight.\n').declarations, 'prohibit')), ['what-we-collect/we-collect-your-email-address-we prohibit collect user.demographic.physical_characteristics to=[] for=[]']);
    const t = parsePolicy('p.md', '# P\n\n## What we collect\n\nWe collect your email address.\n\n## How long we keep it\n\n| Data | Period |\n|---|---|\n| Inactive accounts | Deleted, after we send you a warning 14 days in advance |\n');
    assert.deepEqual(t.declarations.filter((d) => d.type === 'retain' && d.days === 14), []);
    // (The period in the subject cell — "no sign-in for 24 months" — is the row's; "we email you" collects nothing.)
    const u = parsePolicy('p.md', '# P\n\n## What we collect\n\nWe collect your name.\n\n## How long we keep it\n\n| Data | How long |\n|---|---|\n| Inactive accounts (no sign-in for 24 months) | Deleted, after we email you a warning 14 days in advance |\n');
    assert.deepEqual(summarize(u.declarations.filter((d) => d.clause.startsWith('how-long'))), ['how-long-we-keep-it/inactive-accounts-no-sign-in-for retain inactive account 730.5']);
  });
  it('reads pronouns for what the reader could not name as no ban, and for personal data or named data as that data', () => {
    const bans = (t: string) => summarize(only(parsePolicy('p.md', `# P\n\n## Data\n\nWe collect your email address.\n\n${t}\n`).declarations, 'prohibit')).map((d) => d.replace(/^[^ ]+ /, ''));
    assert.deepEqual(bans('These are gathered to power community stats. We do not sell or share them for advertising.'), []);
    assert.deepEqual(bans('We collect personal data to run the service. We never sell it.'), ['prohibit share user to=[] for=[sale]']);
    assert.deepEqual(bans('We log your IP address. These are not shared with advertisers.'), ['prohibit share user.device.ip_address to=[advertising marketing] for=[marketing]']);
    assert.deepEqual(bans('Our SDKs create runtime identifiers to measure usage. These are not used for advertising.'), ['prohibit use user.unique_id.pseudonymous to=[advertising marketing] for=[marketing]']);
  });

  it('reads "not shared with any other service" and vendors named in an exception as exceptions, and an aside at the end of a sentence as what a ban leaves out', () => {
    const p = parsePolicy('p.md', '# P\n\n## Sharing\n\nYour UUID will be shared with Audio.com. It will not be shared with any other service.\n\nWe do not share your data with third parties, except as required to provide crash reporting and analytics through Sentry and Plausible.\n\nWe will not share any other kinds of information with Audio.com, apart from the UUID itself.\n');
    assert.deepEqual(only(p.declarations, 'prohibit').map((d) => d.type === 'prohibit' && [d.categories, d.except ?? [], d.services, d.kinds, d.conditions]), [
      [['user.unique_id.pseudonymous'], [], [], [], ['except']],
      [['user'], [], [], [], ['except']],
    ]);
    // (All Audio.com gets is the UUID: a closed list, not a ban on the rest of personal data.)
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && [d.services, d.categories, !!d.closed]), [
      [['audio'], ['user.unique_id.pseudonymous'], false],
      [['audio'], ['user.unique_id.pseudonymous'], true],
    ]);
    // ("Audio.com" is a name: no audio recordings.)
    assert.deepEqual(only(p.declarations, 'share').flatMap((d) => (d.type === 'share' ? d.categories : [])).includes('user.content.audio'), false);
  });
  it('reads "how people use the site" as usage, and what is shown "to other <members>" or "is public" as shared with other users', () => {
    const p = parsePolicy('p.md', '# P\n\n## Data\n\nWe use Matomo to collect information about how people use the site.\n\nWe show your name and approximate location to other freeglers.\n\nAll posts are public, so phone numbers you put in them are visible.\n\nWe show ads to other companies.\n');
    assert.deepEqual(summarize(p.declarations), [
      'data/we-use-matomo-to-collect-information collect user.behavior',
      'data/we-use-matomo-to-collect-information share matomo [user.behavior] {}',
      'data/we-show-your-name-and-approximate share other_users [user.name user.location.imprecise] {}',
      'data/all-posts-are-public-so-phone share other_users [user.contact.phone_number] {}',
    ]);
  });
  it('reads symptoms, pregnancy, sexual activity and cycle data as health data a vendor row can leave out', () => {
    const p = parsePolicy('p.md', '# P\n\n## Who we share it with\n\n| Recipient | Purpose | Data | Where |\n|---|---|---|---|\n| Amplitude | Product analytics | Screens viewed, app version. Never cycle, symptom, sexual activity or pregnancy data. | EU |\n');
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && [d.services, d.excludes]), [[['amplitude'], ['user.health_and_medical', 'user.health_and_medical.reproductive']]]);
  });

  it('reads "the name of your medication" as a prescription a vendor is not sent, not the person\'s name', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Who we share it with\n\n- **Twilio** sends refill reminders and shipping texts to your mobile number. Our text messages never include the name of your medication or any other health information.\n');
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && [d.services, d.categories, d.excludes]), [[['twilio'], ['user.contact.phone_number'], ['user.health_and_medical.prescription', 'user.health_and_medical']]]);
  });

  it('bans nothing when the product "does not have access to this data" that the sentence before says a backup at another company contains; keeps the ban on card details that go straight to Stripe', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Backups\n\nIf backups are enabled on your phone, Android will save a copy of your phone data in Google servers. This backup contains private information, including your WiFi passwords, messages and call history. The developers of Acme do not have access to this data.\n\n## Cards\n\nYour card details are sent directly to Stripe. We never have access to this data.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => d.includes('prohibit')), ['cards/your-card-details-are-sent-directly prohibit collect user.financial.credit_card to=[] for=[]']);
  });

  it('keeps a ban on collecting personal data beside "the anonymous location data we collect" from a privacy-friendly analytics tool', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Data\n\nThe platform does not collect any personally identifiable information from our users.\n\n## Use\n\nWe use the anonymous location data we collect from our analytics tool to see which regions our visitors come from.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => d.includes('prohibit')), ['data/the-platform-does-not-collect-any prohibit collect user to=[] for=[]']);
  });

  it('reads "never transmits your prompts … to Acme" (the product by name) and "never sends … to us" as data kept from the product, scoped to the device', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Features\n\nUsage of these features never transmits your prompts or messages in assistant responses to Acme.\n\nThe sidebar never sends your email address to us.\n');
    assert.deepEqual(summarize(p.declarations), [
      'features/usage-of-these-features-never-transmits prohibit collect user.content.private to=[] for=[]',
      'features/the-sidebar-never-sends-your-email prohibit collect user.contact.email to=[] for=[]',
    ]);
    assert.deepEqual(p.declarations.map((d) => (d.type === 'prohibit' ? d.scope : [])), [["kept on the user's device"], ["kept on the user's device"]]);
    // ("_never_": emphasis left as text in a plain-text policy.)
    const t = parsePolicy('p.txt', 'Acme Privacy Policy\n\nData\n\nYour prompts are _never_ sent to our servers.\n');
    assert.deepEqual(summarize(t.declarations), ['data/your-prompts-are-never-sent-to prohibit collect user.content.private to=[] for=[]']);
  });
});

describe('policy reader: bans limited by a choice, a channel or what the text points back at', () => {
  it('reads "these log files are not shared" in the paragraph after the one that says what the log files hold as a ban on that data', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Logs\n\nWhen you visit our website, we store some information in log files. This information may include IP addresses, browser information and referrer URLs.\n\nThe purpose of these log files is to keep the service secure. These log files are not shared with third parties.\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => d.includes('prohibit')), [
      'logs/the-purpose-of-these-log-files prohibit share user.telemetry user.device.ip_address user.device.user_agent user.behavior.browsing_history to=[third_party] for=[]',
    ]);
  });

  it('holds the bans under a heading that states a choice ("If you choose …") only when it is made; a heading naming whose data it is sets no condition', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Telemetry\n\n### If you choose "Keep everything private"\n\n- No telemetry is sent.\n- We do not collect crash reports.\n\n### If you clean homes with Acme\n\nWe do not store your background check report.\n');
    assert.deepEqual(summarize(p.declarations), [
      'if-you-choose-keep-everything/no-telemetry-is-sent prohibit share user.telemetry to=[] for=[] if=[when]',
      'if-you-choose-keep-everything/we-do-not-collect-crash-reports prohibit collect user.telemetry to=[] for=[] if=[when]',
      'if-you-clean-homes-with/we-do-not-store-your-background prohibit collect user.criminal_history to=[] for=[]',
    ]);
  });

  it('keeps the limits of a lead-in ("We do not intentionally collect via telemetry:") on each item it rules out', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Telemetry\n\nWe collect feature usage events.\n\nWe do not intentionally collect via telemetry:\n\n- Prompts you send to AI models\n- Your email address\n');
    assert.deepEqual(summarize(p.declarations).filter((d) => d.includes('prohibit')), [
      'telemetry/prompts-you-send-to-ai-models prohibit collect user.content.private to=[] for=[] if=[knowingly in telemetry]',
      'telemetry/your-email-address prohibit collect user.contact.email to=[] for=[] if=[knowingly in telemetry]',
    ]);
    assert.deepEqual(read('Diagnostics', 'We never send your file names through crash reports.'), []);
  });

  it('a colon after a label (a vendor\'s name in a table\'s first column) leaves the row\'s sentence as it was: "which screens are used … Never your name" collects nothing', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nWe collect your email address.\n\n## Who we share it with\n\n| Who | What they get | Why |\n|---|---|---|\n| Segment (and Amplitude, through Segment) | Which screens and buttons are used, under a random app ID. Never your name, email address or phone number. | Improving the app |\n');
    assert.deepEqual(summarize(p.declarations), ['privacy/we-collect-your-email-address collect user.contact.email', 'who-we-share-it-with/segment-and-amplitude-through-segment share segment amplitude [] {}']);
  });

  it('"transmitted to the Acme service", "sent to the USDA": a name or an acronym after "to the" receives what is passed on; "governed by the Mozilla Accounts Privacy Notice" and "included in the Extension" name no recipient', () => {
    const names = (text: string) => parsePolicy('p.md', `# Privacy Policy\n\nWe collect your email address.\n\n## Searches\n\n${text}\n`).declarations.flatMap((d) => (d.type === 'share' ? [`${d.names?.join(' ') ?? ''} [${d.categories.join(' ')}]`] : []));
    assert.deepEqual(
      ['The following data is transmitted to the Acme service: your IP address and the search string.', 'Your IP address is sent to the USDA.', 'Your account information is stored separately and governed by the Mozilla Accounts Privacy Notice.', 'No analytics SDK is included in the Extension source.', 'Your IP address is sent to the GDPR.'].map(names),
      [['acme [user.device.ip_address]'], ['usda [user.device.ip_address]'], [], [], []],
    );
  });

  it('holds a ban on "this content" under the condition of the sentence before it ("If you connect your own API key, …")', () => {
    const p = parsePolicy('p.md', '# Acme Privacy\n\n## Own key\n\nIf you connect your own API key for an AI provider, your prompts are sent directly from your device to that provider. This content does not pass through our servers, and we do not receive or store it.\n');
    assert.deepEqual(summarize(p.declarations), [
      'own-key/if-you-connect-your-own-api share ai [user.content.private] {}',
      'own-key/if-you-connect-your-own-api prohibit collect user.content.private to=[] for=[] if=[when]',
    ]);
  });

  it('reads "personal data that could directly identify individuals" as names, contact details and ID numbers, not all personal data', () => {
    assert.deepEqual(read('Data', "We don't collect or store personal data that could directly identify individuals."), ['data/we-don-t-collect-or-store prohibit collect user.name user.contact user.government_id to=[] for=[] if=[directly]']);
    assert.deepEqual(read('Data', 'We do not sell personal data that could identify you.'), ['data/we-do-not-sell-personal-data prohibit share user to=[] for=[sale]']);
  });
});

describe('policy reader: the user\'s own provider, British spellings, source code, "remain … for", vendor cards', () => {
  it('reads "your files on your provider" as where the user\'s own data is, not a recipient; "our hosting provider" is one', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## What we collect\n\n- Your email address.\n\n## Files\n\nWhen you connect your storage, Acme accesses the content of your files on your provider. They stay at your cloud storage provider.\n\nWe share your files with our hosting provider.\n');
    assert.deepEqual(summarize(p.declarations), [
      'what-we-collect/your-email-address collect user.contact.email',
      'files/when-you-connect-your-storage-acme collect user.content.documents',
      'files/we-share-your-files-with-our share cloud_hosting [user.content.documents] {}',
    ]);
  });

  it('reads "utilise" as "use", and "your source code" as the documents a developer tool is given', () => {
    assert.deepEqual(read('Cookies', 'This website does not utilise tracking cookies (analytics or otherwise).'), ['cookies/this-website-does-not-utilise-tracking prohibit share user.device.cookie_id to=[analytics] for=[tracking]']);
    assert.deepEqual(read('Code', 'We never store your source code in our database.'), ['code/we-never-store-your-source-code prohibit collect user.content.documents to=[] for=[]']);
  });

  it('reads "may remain in backups for up to 30 days" as a retention period; "remains yours" is none', () => {
    assert.deepEqual(read('Backups', 'Some data may remain in backups for up to 30 days.\n\nYour data remains yours.'), ['backups/some-data-may-remain-in-backups retain some 30']);
  });

  it('reads a vendor\'s card under its own heading ("### Anthropic" ⏎ "**Data shared:** …") as a share of that data with it; its location is no one\'s location', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## What we collect\n\n- Your email address.\n\n## Third-Party Services\n\n### Anthropic\n**Purpose:** AI analysis\n**Data shared:** Source code (temporarily), your email address\n**Location:** USA\n\n### Quillio\n**Purpose:** Support inbox\n**Data shared:** Your name and email address\n**Location:** Germany\n');
    assert.deepEqual(only(p.declarations, 'share').map((d) => d.type === 'share' && [d.services, d.names ?? [], d.categories]), [
      [['anthropic'], [], ['user.content.documents', 'user.contact.email']],
      [[], ['quillio'], ['user.name', 'user.contact.email']],
    ]);
  });
});

describe('policy reader: vendors named by apposition, techniques banned, data named in sub-headings', () => {
  it('reads "Clio, our practice-management system, receives …" in a section about recipients as a share with Clio', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## Who receives it\n\n- Clio, our practice-management system, receives your contact details and your name.\n- LawPay processes the consultation fee and receives your name and card details.\n');
    assert.deepEqual(summarize(p.declarations), [
      'who-receives-it/clio-our-practice-management-system-receives share clio [user.contact user.name] {}',
      'who-receives-it/lawpay-processes-the-consultation-fee-and share lawpay [user.name user.financial.credit_card] {}',
    ]);
  });

  it('reads "We do not use facial recognition on any photo" as a ban on biometric data, not on photos', () => {
    assert.deepEqual(read('Photos', 'We do not use facial recognition on any photo.'), ['photos/we-do-not-use-facial-recognition prohibit collect user.biometric to=[] for=[]']);
  });

  it('reads items under "Emergency contacts and pickup" inside "What we collect" as collected ("contact" headings are contact-us sections only when they say so); "ID details" and "birth years" are named', () => {
    const p = parsePolicy('p.md', '# Acme Privacy Policy\n\n## What we collect\n\n**Emergency contacts and pickup**\n\n- Up to two emergency contacts: name, relationship and phone number.\n- Adults authorized to pick your child up: name and phone number. Staff check photo ID at pickup; we do not record ID details.\n- Family matters: the names and birth years of any children involved.\n\n## 1.3 Contact details\n\nYou have the right to make a complaint to the supervisory authority.\n');
    assert.deepEqual(summarize(p.declarations), [
      'emergency-contacts-and-pickup/up-to-two-emergency-contacts collect user.contact.emergency_contact user.name user.contact.phone_number',
      'emergency-contacts-and-pickup/adults-authorized-to-pick-your-child collect user.name user.contact.phone_number',
      'emergency-contacts-and-pickup/adults-authorized-to-pick-your-child prohibit collect user.government_id to=[] for=[]',
      'emergency-contacts-and-pickup/family-matters collect user.name user.demographic.age_range',
    ]);
  });
});

describe('policy reader: bans within one activity, kinds of SDK not included, sentences that ban nothing', () => {
  it('holds "We do not record your IP address in connection with DNS queries" within that activity only', () => {
    assert.deepEqual(read('Data', 'We do not record your IP address in connection with DNS queries.'), ['data/we-do-not-record-your-ip prohibit collect user.device.ip_address to=[] for=[] if=[in connection]']);
  });

  it('reads "No analytics or telemetry SDK is included" as no analytics vendor, like "No … is used"', () => {
    assert.deepEqual(read('Extension', 'No analytics or telemetry SDK is included in the Extension source.'), ['extension/no-analytics-or-telemetry-sdk-is prohibit share user.telemetry to=[analytics] for=[]']);
  });

  it('bans nothing with "unless we truly need it" or "information that we do not have"; "unless it is required to deliver the service" keeps its conditional ban', () => {
    assert.deepEqual(read('Data', "We don't ask you for personal information unless we truly need it.\n\nWe cannot share, sell, or disclose information that we do not have."), []);
    assert.deepEqual(read('Data', 'We will not share data with a third party unless it is required in order to deliver the service.'), ['data/we-will-not-share-data-with prohibit share user to=[third_party] for=[] if=[unless]']);
  });

  it('does not take "upstream DNS servers" for the product\'s own servers', () => {
    assert.deepEqual(read('DNS', 'We do not send any portion of your IP address to upstream DNS servers.'), []);
  });
});

describe('policy reader: the product named as words of its mail domain, training as a purpose', () => {
  it('reads "Hugging Face does not store …" beside privacy@huggingface.co as the product speaking, and "for training purposes" as the purpose of the ban', () => {
    const p = parsePolicy('p.md', '# Privacy\n\nContact privacy@huggingface.co.\n\n## Data\n\n- Hugging Face does not store any user data for training purposes.\n- Hugging Face does not sell your data.\n');
    assert.deepEqual(summarize(p.declarations), [
      'data/hugging-face-does-not-store-any prohibit collect user to=[] for=[ai_training]',
      'data/hugging-face-does-not-sell-your prohibit share user to=[] for=[sale]',
    ]);
    assert.deepEqual(read('Data', 'We do not use your messages for training purposes.'), ['data/we-do-not-use-your-messages prohibit use user.content.private to=[] for=[ai_training]']);
  });
});

describe('policy reader: where something is put is not data', () => {
  it('reads "No trackers are embedded in our emails" as no ban on email addresses; "We include your name in emails" still collects the name', () => {
    assert.deepEqual(read('Email', 'No trackers are embedded in our emails.\n\nWe never include third-party trackers in the newsletters we send.'), []);
    assert.deepEqual(read('Email', 'We include your name in emails we send you.'), ['email/we-include-your-name-in-emails collect user.name']);
  });
});

describe('policy reader: platform companies as subjects, vendors in the cells of a data table', () => {
  it('reads "Apple receives your push token", "Microsoft Corporation processes …" as shares with that company; "Your Google account" is still the user\'s', () => {
    assert.deepEqual(read('Recipients', 'Apple receives your push token to deliver notifications.\n\nMicrosoft Corporation processes your voice recordings.\n\nYour Google account is used to sign in.'), [
      'recipients/apple-receives-your-push-token-to share apple [user.device.push_token] {}',
      'recipients/microsoft-corporation-processes-your-voice-recordings share microsoft [user.content.audio] {}',
      'recipients/your-google-account-is-used-to collect user.social.account',
    ]);
  });

  it('gives a vendor named in the purpose cell of a data table ("Sending receipts via Postmark", "Delivering notifications via …") the row\'s data', () => {
    assert.deepEqual(read('Data we process', '| Data | Purpose | Retention |\n|---|---|---|\n| Email address | Sending receipts via Postmark | 2 years |\n| Push token | Delivering notifications via Apple Push Notification service | Until you log out |\n| IP address | Rate limiting | 7 days |'), [
      'data-we-process/email-address collect user.contact.email',
      'data-we-process/email-address share postmark [user.contact.email] {}',
      'data-we-process/email-address retain email address 730.5',
      'data-we-process/push-token collect user.device.push_token',
      'data-we-process/push-token share apns [user.device.push_token] {}',
      'data-we-process/ip-address collect user.device.ip_address',
      'data-we-process/ip-address retain ip address 7',
    ]);
  });
});

describe('policy reader: what error reports never include, content by its product name', () => {
  it('reads "never included in error reports" as a ban on sending to error monitoring (not on collecting), item by item under "The following data is never included in error reports:"', () => {
    assert.deepEqual(read('Errors', 'Your email address is never included in error reports.'), ['errors/your-email-address-is-never-included prohibit share user.contact.email to=[error_monitoring] for=[]']);
    assert.deepEqual(read('Errors', 'The following data is never included in error reports:\n\n- Clipboard contents\n- The URLs of pages you visit in your browser'), [
      'errors/clipboard-contents prohibit share user.content to=[error_monitoring] for=[]',
      'errors/the-urls-of-pages-you-visit prohibit share user.behavior.browsing_history to=[error_monitoring] for=[]',
    ]);
  });

  it('reads "your snippet content", "your note contents" as what the person wrote', () => {
    assert.deepEqual(read('Data', 'We store your note contents and your email address.'), ['data/we-store-your-note-contents-and collect user.content user.contact.email']);
  });
});

describe('policy reader: rights lists, services a product is hosted with, plural subjects, negated verb lists', () => {
  it('reads nothing into the items of "You may request:" (rights, not practices)', () => {
    assert.deepEqual(read('United States (CCPA)', 'You may request:\n\n- Information about data collected\n- Confirmation that your data is not sold'), []);
  });

  it('reads "hosted using services from DigitalOcean, GitHub, and Cloudflare" as recipients; "from Google" after "receive" stays a source', () => {
    assert.deepEqual(read('Hosting', 'Our website is hosted using services from DigitalOcean, GitHub, and Cloudflare.\n\nWe receive your name from Google.'), [
      'hosting/our-website-is-hosted-using-services share digitalocean github cloudflare [] {}',
      'hosting/we-receive-your-name-from-google collect user.name',
    ]);
  });

  it('reads "Logs do not contain IP addresses" with "Logs" as the subject: a ban on what the logs carry (to whoever manages them), not a collection', () => {
    assert.deepEqual(read('Logs', 'Logs do not contain IP addresses.'), ['logs/logs-do-not-contain-ip-addresses prohibit share user.device.ip_address to=[logging] for=[]']);
  });

  it('reads "We never see, store, or handle your credit card details" as negated throughout', () => {
    assert.deepEqual(read('Payments', 'We never see, store, or handle your credit card details.'), ['payments/we-never-see-store-or-handle prohibit collect user.financial.credit_card to=[] for=[]']);
  });
});

describe('policy reader: a clause with a subject of its own after a negative subject, self-hosted tools, website usage', () => {
  it('reads "No cookie consent banner is needed because we only use strictly necessary cookies" as using cookies, no ban', () => {
    assert.deepEqual(read('Cookies', 'No cookie consent banner is needed because we only use strictly necessary cookies.'), ['cookies/no-cookie-consent-banner-is-needed collect user.device.cookie_id']);
  });

  it('reads "A self-hosted instance of Plausible Analytics is used to track website usage" as collecting usage, shared with no one', () => {
    assert.deepEqual(read('Analytics', 'A self-hosted instance of Plausible Analytics is used to track website usage.'), ['analytics/a-self-hosted-instance-of-plausible collect user.behavior']);
  });
});

describe('policy reader: vendor details nested under the vendor, servers named first', () => {
  it('reads "Shared PII: …" nested under a vendor\'s list item as what that vendor gets, in Markdown and in a TSX page', () => {
    const md = parsePolicy('p.md', '# Privacy\n\n## Marketing\n\n- Salesloft\n  - Usage: onboarding emails.\n  - Shared PII: name, email address, purchasing activity.\n');
    assert.deepEqual(summarize(md.declarations), ['marketing/shared-pii share salesloft [user.name user.contact.email user.behavior.purchase_history] {}']);
    const tsx = parsePolicy('page.tsx', 'export default function P() {\n  return (\n    <main>\n      <h1>Third parties</h1>\n      <h2>Communication</h2>\n      <ul>\n        <li>\n          <a href="https://sendgrid.com/">SendGrid</a>\n          <ul>\n            <li>Usage: transactional emails.</li>\n            <li>Shared PII: name and email address.</li>\n          </ul>\n        </li>\n      </ul>\n    </main>\n  );\n}\n');
    assert.deepEqual(summarize(tsx.declarations), ['communication/sendgrid share sendgrid [] {}', 'communication/usage share email_delivery [] {}', 'communication/shared-pii share sendgrid [user.name user.contact.email] {}']);
  });

  it('reads "On the cloud servers of Scaleway and Amazon we store …" as hosting with both; "We use Google\'s Safe Browsing Service" names that service', () => {
    assert.deepEqual(read('Storage', 'On the cloud servers of Scaleway and Amazon we store the data necessary for synchronization.\n\nWe use Google\'s Safe Browsing Service to protect you from malicious downloads.'), [
      'storage/on-the-cloud-servers-of-scaleway share scaleway aws [] {}',
      'storage/we-use-google-s-safe-browsing share google-safe-browsing [] {}',
    ]);
  });
});

describe('policy reader: followers and search engines as recipients', () => {
  it('reads "delivered to your followers" as shared with other users and "sent to the search engine you select" as shared with a third party', () => {
    assert.deepEqual(read('Sharing', 'Followers-only posts are delivered to your followers.\n\nYour search query and location are sent to the search engine you select.'), [
      'sharing/followers-only-posts-are-delivered-to share other_users [] {}',
      'sharing/your-search-query-and-location-are share third_party [user.behavior.search_history user.location] {}',
    ]);
  });
});

describe('policy reader: "these data" points back; a participle joined to a passive one', () => {
  it('reads "All these data will be protected and not shared with third parties" as a ban on sharing the data the sentence before named', () => {
    assert.deepEqual(read('Cloud', 'We store your location history and your settings. All these data will be protected and not shared with third parties.'), [
      'cloud/we-store-your-location-history-and collect user.location user.account.settings',
      'cloud/we-store-your-location-history-and prohibit share user.location user.account.settings to=[third_party] for=[]',
    ]);
  });
});

describe('policy reader: a vendor\'s contact address is not the product\'s name', () => {
  it('"For PostHog-related privacy questions, you can also contact PostHog directly: privacy@posthog.com" leaves PostHog a vendor; "We use PostHog for analytics" still names it', () => {
    const p = parsePolicy('p.md', '# Privacy Policy\n\nWe use PostHog for analytics and monitoring.\n\n## Contact\n\nEmail: jane@gmail.com\n\nFor PostHog-related privacy questions, you can also contact PostHog directly: privacy@posthog.com\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share').map((d) => d.type === 'share' && [d.clause, d.services]), [['privacy-policy/we-use-posthog-for-analytics-and', ['posthog']]]);
  });
});

describe('policy reader: the last entry of a numbered list', () => {
  it('"4. **Google Cloud Platform** - Backend infrastructure hosting" before the paragraph after the list is the list\'s last vendor, not a heading; "3. OpenAI API Key" after a bulleted list, over its paragraph, is a section title', () => {
    const p = parsePolicy('p.md', '# Privacy\n\n## Sharing\n\nWe use the following third-party services to operate our App:\n\n1. **OpenAI** - AI analysis service for generating feedback\n2. **Google Cloud Platform** - Backend infrastructure hosting\n\nThese service providers only act on our behalf.\n\n## Data\n\nWe do not collect:\n\n- Health information\n- Location data\n\n3. OpenAI API Key\n\nThe key is stored locally in your browser.\n');
    assert.deepEqual(p.declarations.filter((d) => d.type === 'share' && d.clause.startsWith('sharing/') && d.services.length > 0).map((d) => d.type === 'share' && d.services), [['openai'], ['gcp']]);
    assert.deepEqual(p.clauses.filter((c) => c.headingPath.includes('OpenAI API Key')).length, 1);
  });
});
