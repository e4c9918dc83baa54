/**
 * Personal-data categories. Ids follow the fideslang `user.*` tree (CC BY 4.0,
 * github.com/ethyca/fideslang) where one exists; ids that fideslang lacks are
 * marked `custom: true`.
 *
 * Lexicon notation (identifier side, matched on split tokens):
 *   "phone number"  a token sequence that must appear contiguously
 *   "~name"         weak: only counts for a record about a person (a `User`, a
 *                   `member` parameter) or when qualified (`ownerName`)
 * Policy phrases are matched on the words of a sentence, longest first.
 */
export interface CategoryDef {
  id: string;
  name: string;
  sensitive?: boolean;
  /** Identifiers the product needs to work at all (internal user ids): never an undeclared collection. */
  implicit?: boolean;
  custom?: boolean;
  /** Device categories also count inside device records (`DeviceReport.hostname`). */
  device?: boolean;
  tokens: string[];
  phrases: string[];
}

export const CATEGORIES: CategoryDef[] = [
  { id: 'user', name: 'Personal data', tokens: [], phrases: [] },

  // ── identity and account ──────────────────────────────────────────────
  { id: 'user.name', name: 'Name', tokens: ['full name', 'fullname', 'display name', 'displayname', 'middle name', 'maiden name', 'legal name', 'real name', 'preferred name', 'phonetic name', '~name'], phrases: ['name', 'names', 'full name', 'your name', 'real name', 'legal name'] },
  { id: 'user.name.first', name: 'First name', tokens: ['first name', 'firstname', 'given name', 'forename'], phrases: ['first name', 'given name'] },
  { id: 'user.name.last', name: 'Last name', tokens: ['last name', 'lastname', 'family name', 'surname'], phrases: ['last name', 'surname', 'family name'] },
  { id: 'user.account', name: 'Account data', tokens: [], phrases: ['account information', 'account data', 'account details', 'profile information', 'profile data'] },
  { id: 'user.account.username', name: 'Username', tokens: ['username', 'screen name', 'screenname', 'user handle'], phrases: ['username', 'user name', 'screen name'] },
  { id: 'user.account.settings', name: 'Account settings', tokens: [], phrases: ['settings and preferences', 'preferences'] },
  { id: 'user.authorization', name: 'Authorization data', tokens: [], phrases: ['authorization data', 'authentication data'] },
  { id: 'user.authorization.password', name: 'Password', tokens: ['password', 'passwd', 'passphrase'], phrases: ['password', 'passwords'] },
  { id: 'user.authorization.credentials', name: 'Credentials', tokens: ['security question', 'security answer'], phrases: ['security questions', 'credentials'] },
  { id: 'user.unique_id', name: 'User identifier', implicit: true, tokens: ['user id', 'userid', 'uid', 'member id', 'customer id', 'account id', 'person id', 'profile id', 'external id', 'distinct id', 'subscriber id', 'requester id', 'owner id', 'patient id', 'employee id', '~id'], phrases: ['user id', 'user identifier', 'account identifier', 'unique identifier', 'unique identifiers', 'unique id', 'unique ids'] },
  { id: 'user.unique_id.pseudonymous', name: 'Pseudonymous identifier', implicit: true, tokens: ['anonymous id', 'anon id', 'visitor id', 'session id'], phrases: ['pseudonymous identifier', 'anonymous identifier', 'uuid', 'uuids', 'random identifier', 'random identifiers', 'runtime identifiers'] },

  // ── contact ───────────────────────────────────────────────────────────
  { id: 'user.contact', name: 'Contact data', tokens: [], phrases: ['contact information', 'contact details', 'contact data'] },
  { id: 'user.contact.email', name: 'Email address', tokens: ['email', 'email address', 'e mail', 'mail address', 'emailaddress'], phrases: ['email address', 'email addresses', 'email', 'e-mail', 'e-mail address', 'work email address', 'work email'] },
  { id: 'user.contact.phone_number', name: 'Phone number', tokens: ['phone', 'phone number', 'phonenumber', 'telephone', 'tel', 'cell phone', 'cellphone', 'mobile number', 'mobile phone', 'msisdn', 'sms number', 'sms phone', 'text number', '~mobile', '~cell'], phrases: ['phone number', 'phone numbers', 'telephone number', 'mobile number', 'mobile phone number', 'mobile phone', 'phone', 'cell phone number'] },
  { id: 'user.contact.fax_number', name: 'Fax number', tokens: ['fax', 'fax number'], phrases: ['fax number'] },
  { id: 'user.contact.address', name: 'Postal address', tokens: ['home address', 'postal address', 'mailing address', 'street address', 'billing address', 'shipping address', 'residential address', 'residence address', 'residency address', 'permanent address', 'correspondence address', 'forwarding address', 'delivery address', '~address'], phrases: ['postal address', 'mailing address', 'home address', 'billing address', 'shipping address', 'address', 'addresses', 'physical address', 'street address', 'delivery address'] },
  { id: 'user.contact.address.street', name: 'Street', tokens: ['street', 'address line', 'addressline', 'street line'], phrases: ['street'] },
  { id: 'user.contact.address.city', name: 'City', tokens: ['~city', '~town'], phrases: ['city'] },
  { id: 'user.contact.address.postal_code', name: 'Postal code', tokens: ['~zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'post code'], phrases: ['postal code', 'zip code', 'postcode'] },
  { id: 'user.contact.address.state', name: 'State or province', tokens: ['~province'], phrases: ['state or province'] },
  { id: 'user.contact.address.country', name: 'Country', tokens: ['~country', 'country of residence'], phrases: ['country', 'country of residence'] },
  { id: 'user.contact.url', name: 'Personal website', tokens: ['personal website', 'homepage url'], phrases: ['personal website', 'website urls', 'website url', 'links to your website', 'your website url'] },
  { id: 'user.contact.emergency_contact', name: 'Emergency contact', custom: true, tokens: ['emergency contact', 'next of kin', 'nextofkin'], phrases: ['emergency contact', 'emergency contacts', 'next of kin'] },
  { id: 'user.social', name: 'Social media profile', tokens: ['twitter handle', 'linkedin url', 'linkedin profile', 'facebook profile', 'instagram handle', 'social handle', 'social profile'], phrases: ['social media profile', 'social media profiles', 'social media handle'] },

  // ── work ──────────────────────────────────────────────────────────────
  { id: 'user.workplace', name: 'Workplace', tokens: ['company name', 'employer', 'employer name', 'workplace', '~company', '~organization', '~organisation'], phrases: ['company name', 'employer', 'workplace', 'organization name', 'cost center'] },
  { id: 'user.job_title', name: 'Job title', tokens: ['job title', 'jobtitle', 'occupation', 'job role'], phrases: ['job title', 'occupation', 'role'] },

  // ── demographics ──────────────────────────────────────────────────────
  { id: 'user.demographic', name: 'Demographic data', tokens: [], phrases: ['demographic information', 'demographic data', 'demographics'] },
  { id: 'user.demographic.date_of_birth', name: 'Date of birth', tokens: ['date of birth', 'dob', 'birth date', 'birthdate', 'birthday', 'birth day', 'born on'], phrases: ['date of birth', 'birth date', 'birthday', 'birthdate'] },
  { id: 'user.demographic.age_range', name: 'Age', tokens: ['age range', 'age group', 'birth year', 'year of birth', '~age'], phrases: ['age', 'age range', 'year of birth'] },
  { id: 'user.demographic.gender', name: 'Gender', tokens: ['gender', 'pronoun', 'pronouns', '~sex'], phrases: ['gender', 'sex', 'pronouns'] },
  { id: 'user.demographic.nationality', name: 'Nationality', custom: true, tokens: ['nationality', 'citizenship'], phrases: ['nationality', 'citizenship'] },
  { id: 'user.demographic.marital_status', name: 'Marital status', tokens: ['marital status', 'maritalstatus', 'relationship status'], phrases: ['marital status'] },
  { id: 'user.demographic.race_ethnicity', name: 'Race or ethnicity', sensitive: true, tokens: ['ethnicity', 'ethnic origin', 'ethnic background', 'ethnic group', 'racial origin', 'racial background', '~race'], phrases: ['race', 'ethnicity', 'ethnic origin', 'racial or ethnic origin', 'ethnic background', 'racial origin'] },
  { id: 'user.demographic.religious_belief', name: 'Religious belief', sensitive: true, tokens: ['religion', 'religious belief', 'religious affiliation', 'religious denomination', 'faith', 'denomination'], phrases: ['religion', 'religious beliefs', 'religious belief', 'religious affiliation', 'religious views'] },
  { id: 'user.demographic.political_opinion', name: 'Political opinion', sensitive: true, tokens: ['political opinion', 'political affiliation', 'party affiliation'], phrases: ['political opinions', 'political affiliation'] },
  { id: 'user.demographic.sexual_orientation', name: 'Sexual orientation', sensitive: true, tokens: ['sexual orientation'], phrases: ['sexual orientation'] },
  { id: 'user.demographic.trade_union', name: 'Trade union membership', sensitive: true, custom: true, tokens: ['union membership', 'trade union'], phrases: ['trade union membership', 'union membership'] },

  // ── government identifiers ───────────────────────────────────────────
  { id: 'user.government_id', name: 'Government identifier', sensitive: true, tokens: ['government id', 'id document', 'identity document', 'id card', 'identity card', 'id number'], phrases: ['government identifiers', 'government identifier', 'government-issued id', 'government id', 'identity documents', 'identification documents', 'national identifiers', 'government identification numbers', 'government identification number', 'government id numbers', 'identification numbers', 'id numbers'] },
  { id: 'user.government_id.national_identification_number', name: 'National identification number', sensitive: true, tokens: ['ssn', 'ssn last', 'social security', 'social security number', 'national id', 'national identification number', 'national insurance number', 'personal number', 'sin number', 'aadhaar'], phrases: ['social security number', 'social security numbers', 'national identification number', 'national id number', 'national insurance number'] },
  { id: 'user.government_id.tax_id', name: 'Tax identifier', sensitive: true, custom: true, tokens: ['tax id', 'taxid', 'taxpayer id', 'taxpayer number', 'tax number', 'tax identification number', 'tin', 'vat id'], phrases: ['tax id', 'tax identification number', 'taxpayer id', 'tax number', 'tax identifiers'] },
  { id: 'user.government_id.passport_number', name: 'Passport number', sensitive: true, tokens: ['~passport', 'passport number', 'passport no'], phrases: ['passport number', 'passport'] },
  { id: 'user.government_id.drivers_license_number', name: "Driver's licence number", sensitive: true, tokens: ['drivers license', 'driver license', 'driving licence', 'driving license', 'drivers licence', 'driver license number', 'drivers license number', 'driving licence number', 'dl number'], phrases: ["driver's license number", "driver's license", 'driving licence'] },
  { id: 'user.government_id.immigration', name: 'Immigration status', sensitive: true, tokens: ['visa number', 'immigration status', 'citizenship status', 'residence permit', 'work permit'], phrases: ['immigration status', 'citizenship status', 'visa information'] },
  { id: 'user.government_id.vehicle_registration', name: 'Vehicle registration', tokens: ['license plate', 'licence plate', 'number plate', 'vehicle registration', 'plate number'], phrases: ['license plate', 'vehicle registration'] },
  { id: 'user.government_id.birth_certificate', name: 'Birth certificate', sensitive: true, tokens: ['birth certificate'], phrases: ['birth certificate'] },

  // ── financial ─────────────────────────────────────────────────────────
  { id: 'user.financial', name: 'Financial data', tokens: [], phrases: ['financial information', 'financial data', 'payment information', 'payment details', 'payment data', 'payment method details', 'payment methods', 'payment method'] },
  { id: 'user.financial.bank_account', name: 'Bank account', sensitive: true, tokens: ['iban', 'bank account', 'bank account number', 'account number', 'routing number', 'sort code', 'bank details'], phrases: ['bank account', 'bank account details', 'iban', 'bank details', 'bank account number', 'routing number', 'bank routing', 'account number', 'account numbers', 'direct deposit', 'sort code'] },
  { id: 'user.financial.credit_card', name: 'Payment card', sensitive: true, tokens: ['card number', 'cardnumber', 'credit card', 'creditcard', 'credit card number', 'cc number', 'card cvc', 'cvc', 'cvv', 'card cvv', 'card expiry', 'card security code', 'debit card', '~pan'], phrases: ['credit card', 'credit card information', 'credit card number', 'card number', 'payment card', 'card details', 'last 4 digits of your card', 'last four digits of your card', 'card type and expiration date', 'full credit card information', 'credit card details'] },
  { id: 'user.financial.income', name: 'Income', sensitive: true, custom: true, tokens: ['salary', 'annual income', 'income', 'net worth', 'wage'], phrases: ['income', 'salary'] },
  { id: 'user.financial.credit_score', name: 'Credit score', sensitive: true, custom: true, tokens: ['credit score', 'credit rating'], phrases: ['credit score', 'credit history'] },

  // ── device and network ────────────────────────────────────────────────
  { id: 'user.device', name: 'Device data', device: true, tokens: [], phrases: ['device information', 'device data', 'device identifiers', 'technical data', 'technical information'] },
  { id: 'user.device.device_id', name: 'Device identifier', device: true, tokens: ['device id', 'deviceid', 'udid', 'imei', 'android id', 'hardware id', 'serial number', 'serialnumber', 'serial no', 'device serial'], phrases: ['device identifier', 'device identifiers', 'device id', 'serial number', 'hardware specifications', 'hardware information', 'hardware identifiers', 'hardware id', 'hardware ids'] },
  { id: 'user.device.name', name: 'Device name', device: true, custom: true, tokens: ['hostname', 'device name', 'computer name', 'machine name', 'host name'], phrases: ['device name', 'device names', 'hostname', 'computer name'] },
  { id: 'user.device.model', name: 'Device model', device: true, custom: true, tokens: ['device model'], phrases: ['device model', 'device type'] },
  { id: 'user.device.ip_address', name: 'IP address', device: true, tokens: ['ip', 'ip address', 'ipaddress', 'ip addr', 'ipaddr', 'ip adress', 'ipadress', 'remoteip', 'clientip', 'userip', 'remote addr', 'remote address', 'client ip', 'public ip', 'private ip', 'ipv4', 'ipv6', 'x forwarded for'], phrases: ['ip address', 'ip addresses', 'internet protocol address', 'network information', 'network data'] },
  { id: 'user.device.mac_address', name: 'MAC address', device: true, custom: true, tokens: ['mac', 'mac address', 'macaddress', 'mac addr', 'macaddr', 'bssid'], phrases: ['mac address', 'mac addresses', 'network information', 'network data'] },
  { id: 'user.device.advertising_id', name: 'Advertising identifier', device: true, custom: true, tokens: ['idfa', 'gaid', 'aaid', 'advertising id', 'ad id'], phrases: ['advertising identifier', 'advertising identifiers', 'advertising id'] },
  { id: 'user.device.user_agent', name: 'User agent', device: true, custom: true, tokens: ['user agent', 'useragent'], phrases: ['user agent', 'browser type', 'browser information'] },
  { id: 'user.device.cookie_id', name: 'Cookie identifier', device: true, tokens: ['cookie id'], phrases: ['cookie identifiers', 'cookies'] },

  // ── location ──────────────────────────────────────────────────────────
  { id: 'user.location', name: 'Location', tokens: [], phrases: ['location', 'location data', 'location information', 'your location', 'geolocation', 'geographic location'] },
  { id: 'user.location.precise', name: 'Precise location', sensitive: true, tokens: ['latitude', 'longitude', 'lat', 'lng', 'lon', 'gps', 'geolocation', 'geo location', 'gps coordinates', 'geo coordinates', 'gps coords', 'geo point', 'geopoint', 'lat lng', 'latlng', 'gps position', '~geo', 'live location', 'polyline', 'route polyline'], phrases: ['precise location', 'precise geolocation', 'gps location', 'gps coordinates', 'exact location', 'gps', 'live location'] },
  { id: 'user.location.imprecise', name: 'Approximate location', tokens: ['geoip', 'geo ip', 'approximate location', 'coarse location', 'ip location'], phrases: ['approximate location', 'coarse location', 'general location', 'city-level location'] },

  // ── sensitive special categories ──────────────────────────────────────
  { id: 'user.health_and_medical', name: 'Health data', sensitive: true, tokens: ['medical', 'medical notes', 'medical note', 'health notes', 'medical info', 'medical details', 'health details', 'medical history', 'medical record', 'medical condition', 'medical conditions', 'health condition', 'health conditions', 'diagnosis', 'diagnoses', 'injury', 'injuries', 'allergy', 'allergies', 'medication', 'medications', 'disability', 'disabilities', 'symptom', 'symptoms', 'prescription', 'blood type', 'cause of death', 'anaphylaxis', 'anaphylaxis risk', 'epipen', 'epi pen', 'auto injector', 'pregnancy', 'vaccination', 'vaccination status', 'health data', 'health info', 'heart rate', 'avg hr', 'max hr', 'min hr', 'resting hr', 'hrv', 'blood pressure', '~health', '~disease', 'infectious disease'], phrases: ['health information', 'medical information', 'health data', 'health', 'medical data', 'health or medical information', 'medical conditions', 'injuries', 'symptom', 'symptoms', 'symptom data'] },
  { id: 'user.health_and_medical.genetic', name: 'Genetic data', sensitive: true, tokens: ['dna', 'genetic', 'genome', 'genotype', 'genetic data'], phrases: ['genetic data', 'genetic information'] },
  { id: 'user.health_and_medical.insurance_beneficiary_id', name: 'Health insurance id', sensitive: true, tokens: ['insurance number', 'health insurance', 'insurance id', 'policy number', 'insurance member id', 'insurance member number', 'insurance membership number'], phrases: ['health insurance information', 'insurance number', 'health insurance', 'health insurance details', 'insurance details', 'insurance member id'] },
  { id: 'user.biometric', name: 'Biometric data', sensitive: true, tokens: ['biometric', 'biometrics', 'biometric template', 'biometric data', 'face embedding', 'face template', 'face encoding', 'face vector', 'face geometry', 'face print', 'faceprint', 'face id', 'facial features', 'facial geometry', 'facial recognition', 'face descriptor', 'face landmarks', 'face vector'], phrases: ['biometric data', 'biometric information', 'biometric', 'biometrics', 'facial recognition', 'face scans', 'biometric identifiers'] },
  { id: 'user.biometric.fingerprint', name: 'Fingerprint', sensitive: true, tokens: ['fingerprint template', 'fingerprint scan', 'fingerprint image', 'fingerprint minutiae', 'fingerprint data', 'thumbprint'], phrases: ['fingerprints', 'fingerprint'] },
  { id: 'user.biometric.retinal', name: 'Retina or iris scan', sensitive: true, tokens: ['retina scan', 'retinal scan', 'iris scan', 'iris template'], phrases: ['retina scans', 'iris scans'] },
  { id: 'user.biometric.voice', name: 'Voiceprint', sensitive: true, tokens: ['voiceprint', 'voice print', 'voice sample', 'voice recording'], phrases: ['voiceprints', 'voice recordings'] },
  { id: 'user.criminal_history', name: 'Criminal history', sensitive: true, tokens: ['criminal record', 'criminal history', 'conviction', 'convictions', 'background check', 'dbs certificate', 'dbs check', 'dbs number'], phrases: ['criminal history', 'criminal records', 'criminal convictions', 'criminal record', 'criminal record checks', 'dbs information', 'dbs checks', 'dbs certificates'] },
  { id: 'user.childrens', name: "Children's data", sensitive: true, tokens: ['child birth date', 'child dob', 'parental consent'], phrases: ["children's data", "children's personal information", 'children under 13', 'information from children'] },

  // ── content and behaviour ─────────────────────────────────────────────
  { id: 'user.content', name: 'User content', tokens: [], phrases: ['user content', 'content you provide', 'user-generated content'] },
  { id: 'user.content.private', name: 'Messages and correspondence', tokens: ['transcript', 'chat transcript', 'message body', 'message content', 'chat message', 'private message', 'direct message', 'voicemail', 'call recording'], phrases: ['private messages', 'message content', 'chat transcripts', 'communication data', 'communications', 'correspondence', 'support requests', 'feedback', 'messages'] },
  { id: 'user.content.self_image', name: 'Photo of the user', tokens: ['avatar', 'profile photo', 'profile picture', 'profile image', 'profile pic', '~photo', 'headshot', 'portrait', 'id photo'], phrases: ['photo', 'photos', 'profile photo', 'profile picture', 'avatar', 'photographs'] },
  // An identity-verification selfie: a ban on keeping "the selfie" says nothing about profile pictures.
  { id: 'user.content.self_image.selfie', name: 'Selfie', custom: true, tokens: ['selfie', 'selfie image', 'selfie photo', 'liveness selfie'], phrases: ['selfie', 'selfies', 'a selfie'] },
  { id: 'user.behavior', name: 'Behavioural data', tokens: [], phrases: ['usage data', 'usage information', 'interaction data', 'feature usage', 'usage patterns', 'activity data'] },
  { id: 'user.behavior.browsing_history', name: 'Browsing history', tokens: ['browsing history', 'visited urls', 'page history'], phrases: ['browsing history', 'pages visited'] },
  { id: 'user.behavior.search_history', name: 'Search history', tokens: ['search history', 'search queries'], phrases: ['search history', 'search queries'] },
  { id: 'user.behavior.purchase_history', name: 'Purchase history', tokens: ['purchase history', 'order history'], phrases: ['purchase history', 'order history', 'transaction history'] },
  { id: 'user.behavior.booking_history', name: 'Booking history', custom: true, tokens: ['booking history'], phrases: ['booking history', 'bookings', 'attendance'] },
  { id: 'user.privacy_preferences', name: 'Privacy preferences', tokens: ['consent preferences', 'marketing consent', 'cookie consent'], phrases: ['privacy preferences', 'consent choices'] },
  // ── further categories (breadth for real products) ────────────────────
  { id: 'user.name.nickname', name: 'Nickname', custom: true, tokens: ['nickname', 'nick name', '~alias'], phrases: ['nickname', 'nicknames'] },
  { id: 'user.contact.messaging_handle', name: 'Messaging handle', custom: true, tokens: ['telegram handle', 'telegram username', 'whatsapp number', 'skype id', 'skype name', 'slack handle', 'discord username', 'discord handle', 'wechat id'], phrases: ['messaging handle', 'messenger id', 'whatsapp number', 'telegram username'] },
  { id: 'user.contact.address_book', name: 'Contacts and address book', custom: true, tokens: ['address book', 'addressbook', 'phone contacts', 'contact list', 'friend list', 'friends list'], phrases: ['address book', 'contact list', 'phone contacts', 'contacts list'] },
  { id: 'user.authorization.mfa_secret', name: 'Multi-factor secret', sensitive: true, implicit: true, custom: true, tokens: ['totp secret', 'mfa secret', 'otp secret', 'two factor secret', 'recovery code', 'recovery codes', 'backup code', 'backup codes', 'authenticator secret'], phrases: ['two-factor authentication secrets', 'recovery codes', 'mfa secrets'] },
  { id: 'user.authorization.oauth_token', name: 'Third-party access token', implicit: true, custom: true, tokens: ['oauth token', 'oauth access token', 'oauth refresh token', 'google refresh token', 'github access token', 'slack access token'], phrases: ['access tokens for connected accounts', 'oauth tokens'] },
  { id: 'user.content.public', name: 'Public posts and reviews', tokens: ['public post', 'forum post', 'review text', 'review body', 'comment body', 'comment text', 'testimonial'], phrases: ['public posts', 'reviews', 'comments', 'testimonials', 'public profile content'] },
  { id: 'user.content.bio', name: 'Profile biography', custom: true, tokens: ['bio', 'biography', 'about me', '~headline', '~about'], phrases: ['biography', 'bio', 'profile description'] },
  { id: 'user.content.documents', name: 'Uploaded documents', custom: true, tokens: ['document scan', 'id scan', 'id front', 'id back', 'document image', 'resume url', 'cv url', '~resume', '~cv'], phrases: ['uploaded documents', 'documents you upload', 'resume', 'cv', 'identity document scans'] },
  { id: 'user.content.audio', name: 'Audio recordings', custom: true, tokens: ['voice note', 'voice message', 'audio recording', 'audio message', 'voice memo', 'voice clip', 'audio clip'], phrases: ['audio recordings', 'voice messages', 'voice notes'] },
  { id: 'user.content.screen_capture', name: 'Screen captures', custom: true, tokens: ['~screenshot', 'screen capture', 'screen recording', 'screencast'], phrases: ['screen captures', 'screen recordings', 'record your screen', 'recordings of your screen', 'screenshots of your screen', 'screenshots of your desktop'] },
  { id: 'user.content.video', name: 'Video recordings', custom: true, tokens: ['video recording', 'selfie video', 'liveness video', 'video message'], phrases: ['video recordings', 'video messages'] },
  { id: 'user.content.email_content', name: 'Email content', custom: true, tokens: ['email body', 'email content', 'email text', 'mail body'], phrases: ['content of your emails', 'email content'] },
  { id: 'user.content.journal', name: 'Private notes and journals', custom: true, tokens: ['journal entry', 'diary entry', 'private note', 'private notes', 'therapy notes'], phrases: ['journal entries', 'journal notes', 'journals', 'private notes', 'notes you write', 'diary entries'] },
  { id: 'user.demographic.language', name: 'Language', tokens: ['preferred language', 'native language', 'spoken language', 'spoken languages', 'mother tongue'], phrases: ['preferred language', 'language preference', 'languages you speak'] },
  { id: 'user.demographic.physical_characteristics', name: 'Physical characteristics', sensitive: true, custom: true, tokens: ['eye color', 'hair color', 'skin tone', 'body weight', 'body height', 'shoe size', 'clothing size', 'bmi', 'body mass index', '~weight kg', '~weight lbs', '~height cm'], phrases: ['physical characteristics', 'height and weight', 'body measurements', 'your weight', 'your height', 'height or weight', 'weight or height', 'body weight', 'height', 'weight'] },
  { id: 'user.demographic.veteran_status', name: 'Veteran status', sensitive: true, custom: true, tokens: ['veteran status', 'military status', 'military service'], phrases: ['veteran status', 'military service'] },
  { id: 'user.demographic.philosophical_belief', name: 'Philosophical beliefs', sensitive: true, custom: true, tokens: ['philosophical belief', 'philosophical beliefs'], phrases: ['philosophical beliefs'] },
  { id: 'user.demographic.relationships', name: 'Family and relationships', custom: true, tokens: ['spouse name', 'dependents', 'family members', 'children names', 'number of children', 'household members'], phrases: ['family members', 'dependents', 'household information'] },
  { id: 'user.education', name: 'Education', custom: true, tokens: ['education history', 'school name', 'university name', 'graduation year', 'gpa', 'degree level', 'field of study', '~degree', '~school', '~university'], phrases: ['education', 'education history', 'academic records', 'degrees'] },
  { id: 'user.employment', name: 'Employment history', custom: true, tokens: ['employment history', 'work history', 'employment status', 'hire date', 'termination date', 'performance review', 'disciplinary record', 'work experience', 'years of experience'], phrases: ['employment history', 'work history', 'employment information', 'professional information'] },
  { id: 'user.financial.crypto_wallet', name: 'Crypto wallet address', custom: true, tokens: ['wallet address', 'crypto wallet', 'eth address', 'btc address', 'ethereum address', 'bitcoin address', 'solana address'], phrases: ['wallet address', 'wallet addresses', 'cryptocurrency wallet'] },
  { id: 'user.financial.account_balance', name: 'Account balance', sensitive: true, custom: true, tokens: ['account balance', 'bank balance', 'available balance'], phrases: ['account balances', 'balances'] },
  { id: 'user.financial.loan', name: 'Loans and debts', sensitive: true, custom: true, tokens: ['loan amount', 'outstanding debt', 'mortgage balance', 'loan balance', 'debt amount'], phrases: ['loans', 'debts', 'credit obligations'] },
  { id: 'user.financial.transactions', name: 'Transaction history', custom: true, tokens: ['transaction history', 'payment history', 'spending history'], phrases: ['transaction history', 'payment history'] },
  { id: 'user.government_id.voter_id', name: 'Voter identifier', sensitive: true, custom: true, tokens: ['voter id', 'voter registration number'], phrases: ['voter id', 'voter registration'] },
  { id: 'user.government_id.military_id', name: 'Military identifier', sensitive: true, custom: true, tokens: ['military id'], phrases: ['military id'] },
  { id: 'user.government_id.student_id', name: 'Student identifier', custom: true, tokens: ['student number', 'student id number', 'matriculation number'], phrases: ['student number'] },
  { id: 'user.health_and_medical.record_id', name: 'Medical record number', sensitive: true, tokens: ['medical record number', 'mrn', 'patient record id', 'health record id', 'nhs number'], phrases: ['medical record number', 'patient identifiers', 'nhs number'] },
  { id: 'user.health_and_medical.mental_health', name: 'Mental health', sensitive: true, custom: true, tokens: ['mental health', 'mood score', 'depression score', 'anxiety score', 'therapy session', 'phq9', 'gad7'], phrases: ['mental health information', 'mental health', 'mood entries', 'mood data', 'mood tracking', 'mood', 'moods', 'wellbeing data'] },
  { id: 'user.health_and_medical.reproductive', name: 'Reproductive health', sensitive: true, custom: true, tokens: ['menstrual cycle', 'fertility window', 'ovulation date', 'pregnancy status', 'cycle day', 'period flow', 'cycle length', 'ovulation', 'fertility'], phrases: ['reproductive health', 'menstrual data', 'fertility data', 'menstrual cycle', 'menstrual cycle data', 'reproductive health data', 'pregnancy', 'pregnancy data', 'sexual activity', 'cycle data', 'period data', 'period tracking', 'cycle tracking'] },
  { id: 'user.health_and_medical.prescription', name: 'Prescriptions and medication', sensitive: true, custom: true, tokens: ['prescription number', '~dosage', '~pharmacy', 'drug name'], phrases: ['prescriptions', 'medication information'] },
  { id: 'user.health_and_medical.fitness', name: 'Fitness and vital signs', sensitive: true, custom: true, tokens: ['daily steps', 'sleep score', 'sleep quality', 'sleep hours', 'calories burned', 'resting heart rate', 'vo2 max', 'blood oxygen', 'spo2', 'body temperature', 'glucose level', 'blood glucose'], phrases: ['fitness data', 'activity data from your wearable', 'vital signs', 'sleep data'] },
  { id: 'user.health_and_medical.disability', name: 'Disability', sensitive: true, custom: true, tokens: ['disability status', 'disability type', 'accessibility needs', 'accommodation needs', 'mobility needs'], phrases: ['disability information', 'accessibility needs'] },
  { id: 'user.biometric.signature', name: 'Handwritten signature', sensitive: true, custom: true, tokens: ['signature image', 'handwritten signature', 'signature png', 'initial signature', 'drawn signature', 'typed signature'], phrases: ['signatures', 'handwritten signature', 'electronic signature'] },
  { id: 'user.biometric.behavioral', name: 'Behavioural biometrics', sensitive: true, custom: true, tokens: ['keystroke dynamics', 'typing pattern', 'mouse dynamics', 'gait pattern'], phrases: ['behavioral biometrics', 'keystroke dynamics'] },
  { id: 'user.biometric.liveness', name: 'Liveness check', sensitive: true, custom: true, tokens: ['liveness score', 'liveness check', 'face match score', 'face similarity'], phrases: ['liveness checks', 'face matching'] },
  { id: 'user.location.history', name: 'Location history', sensitive: true, custom: true, tokens: ['location history', 'visited places', 'travel history', 'route history', 'trip history'], phrases: ['location history', 'travel history', 'places you visit'] },
  { id: 'user.location.home', name: 'Home location', sensitive: true, custom: true, tokens: ['home location', 'home coordinates', 'home geo'], phrases: ['home location'] },
  { id: 'user.device.fingerprint', name: 'Device fingerprint', custom: true, device: true, tokens: ['device fingerprint', 'browser fingerprint', 'visitor fingerprint', 'canvas fingerprint'], phrases: ['device fingerprint', 'browser fingerprinting', 'device fingerprints', 'fingerprinting', 'device fingerprinting', 'digital fingerprinting'] },
  { id: 'user.device.push_token', name: 'Push notification token', custom: true, device: true, tokens: ['push token', 'fcm token', 'apns token', 'expo push token'], phrases: ['push notification tokens', 'push notification token', 'push token', 'push tokens', 'device push token', 'device push tokens', 'device tokens', 'notification tokens'] },
  { id: 'user.device.installed_software', name: 'Installed software', custom: true, device: true, tokens: ['installed apps', 'installed applications', 'installed software'], phrases: ['installed software', 'installed applications', 'running processes'] },
  { id: 'user.device.network', name: 'Network details', custom: true, device: true, tokens: ['ssid', 'wifi ssid', 'wifi network'], phrases: ['network information', 'network data', 'wi-fi network'] },
  { id: 'user.device.os', name: 'Operating system', custom: true, device: true, tokens: [], phrases: ['operating system', 'os version'] },
  { id: 'user.device.hardware', name: 'Hardware details', custom: true, device: true, tokens: ['motherboard serial', 'bios serial'], phrases: ['hardware specifications', 'hardware information'] },
  { id: 'user.telemetry', name: 'Telemetry', tokens: ['crash report', 'crash dump', 'diagnostic data', 'usage telemetry'], phrases: ['telemetry', 'diagnostic data', 'crash reports', 'performance data'] },
  { id: 'user.sensor', name: 'Sensor data', tokens: ['accelerometer', 'gyroscope', 'magnetometer', 'barometer', 'ambient light', 'sensor reading', 'sensor data'], phrases: ['sensor data', 'motion sensor data'] },
  { id: 'user.behavior.media_consumption', name: 'Media consumption', tokens: ['watch history', 'viewing history', 'listening history', 'play history', 'reading history'], phrases: ['watch history', 'viewing history', 'listening history'] },
  { id: 'user.behavior.clickstream', name: 'Clickstream', custom: true, tokens: ['clickstream', 'click events', 'page views', 'session recording', 'session replay', 'heatmap data', 'scroll depth'], phrases: ['clickstream data', 'page views', 'session recordings', 'interaction data'] },
  { id: 'user.behavior.interests', name: 'Interests and preferences', custom: true, tokens: ['~interests', '~hobbies', 'favorite genres', 'inferred interests', 'interest segments'], phrases: ['inferences about your interests'] },
  { id: 'user.behavior.call_history', name: 'Call and message logs', custom: true, tokens: ['call log', 'call logs', 'call history', 'sms log', 'message log', 'call duration'], phrases: ['call logs', 'call history', 'message logs'] },
  { id: 'user.behavior.login_history', name: 'Login history', custom: true, tokens: ['login history', 'sign in history', 'last login ip', 'login attempts log'], phrases: ['login history', 'sign-in history'] },
  { id: 'user.childrens.guardian', name: 'Parent or guardian details', sensitive: true, custom: true, tokens: ['guardian name', 'guardian email', 'guardian phone', 'parent email', 'parent phone'], phrases: ['parent or guardian information', 'guardian contact details'] },
  { id: 'user.childrens.age_verification', name: 'Age verification', sensitive: true, custom: true, tokens: ['age verification', 'age verified at', 'is minor', 'under 13'], phrases: ['age verification'] },
  { id: 'user.vehicle', name: 'Vehicle details', custom: true, tokens: ['vin', 'vehicle identification number', 'vehicle make', 'vehicle model', 'odometer reading'], phrases: ['vehicle information', 'vehicle identification number'] },
  { id: 'user.travel', name: 'Travel details', custom: true, tokens: ['frequent flyer number', 'loyalty number', 'passport expiry', 'seat preference', 'meal preference'], phrases: ['travel details', 'frequent flyer number'] },
  { id: 'user.social.connections', name: 'Social connections', custom: true, tokens: ['social graph', 'friend ids', 'follower ids'], phrases: ['social connections', 'followers', 'friends'] },
  { id: 'user.social.account', name: 'Social account identifier', custom: true, tokens: ['facebook id', 'twitter id', 'google id', 'github username', 'github id', 'linkedin id', 'instagram username', 'tiktok username'], phrases: ['social media account', 'social account identifiers'] },
  { id: 'user.privacy_preferences.consent', name: 'Consent records', custom: true, tokens: ['consent record', 'consent log', 'consent given at', 'consent version'], phrases: ['consent records', 'records of your consent'] },
  { id: 'user.unique_id.external', name: 'External customer identifier', implicit: true, custom: true, tokens: ['stripe customer id', 'customer ref', 'crm id', 'hubspot id', 'salesforce id'], phrases: ['customer identifiers', 'discord id', 'discord ids', 'steam id', 'steam ids', 'github id', 'telegram id', 'slack id', 'twitch id'] },
  { id: 'user.content.photo_library', name: 'Photo library', sensitive: true, custom: true, tokens: ['photo library', 'camera roll', 'gallery photos'], phrases: ['photo library', 'camera roll'] },
  { id: 'user.behavior.app_usage', name: 'App usage and screen time', custom: true, tokens: ['screen time', 'app usage', 'time in app'], phrases: ['screen time', 'app usage'] },
];
