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
  { id: 'user.name', name: 'Name', tokens: ['first name', 'firstname', 'last name', 'lastname', 'full name', 'fullname', 'display name', 'displayname', 'given name', 'family name', 'surname', 'middle name', 'maiden name', 'legal name', 'forename', 'real name', 'preferred name', 'phonetic name', '~name'], phrases: ['name', 'names', 'full name', 'your name', 'real name', 'legal name'] },
  { id: 'user.name.first', name: 'First name', tokens: [], phrases: ['first name', 'given name'] },
  { id: 'user.name.last', name: 'Last name', tokens: [], phrases: ['last name', 'surname', 'family name'] },
  { id: 'user.account', name: 'Account data', tokens: [], phrases: ['account information', 'account data', 'account details', 'profile information', 'profile data'] },
  { id: 'user.account.username', name: 'Username', tokens: ['username', 'screen name', 'screenname', 'user handle'], phrases: ['username', 'user name', 'screen name'] },
  { id: 'user.account.settings', name: 'Account settings', tokens: [], phrases: ['settings and preferences', 'preferences'] },
  { id: 'user.authorization', name: 'Authorization data', tokens: [], phrases: ['login credentials', 'credentials'] },
  { id: 'user.authorization.password', name: 'Password', tokens: ['password', 'passwd', 'passphrase'], phrases: ['password', 'passwords'] },
  { id: 'user.authorization.credentials', name: 'Security questions', tokens: ['security question', 'security answer'], phrases: ['security questions'] },
  { id: 'user.unique_id', name: 'User identifier', implicit: true, tokens: ['user id', 'userid', 'uid', 'member id', 'customer id', 'account id', 'person id', 'profile id', 'external id', 'distinct id', 'subscriber id', 'requester id', 'owner id', 'patient id', 'employee id', '~id'], phrases: ['user id', 'user identifier', 'account identifier', 'unique identifier', 'unique identifiers'] },
  { id: 'user.unique_id.pseudonymous', name: 'Pseudonymous identifier', implicit: true, tokens: ['anonymous id', 'anon id', 'visitor id', 'session id'], phrases: ['pseudonymous identifier', 'anonymous identifier'] },

  // ── contact ───────────────────────────────────────────────────────────
  { id: 'user.contact', name: 'Contact data', tokens: [], phrases: ['contact information', 'contact details', 'contact data'] },
  { id: 'user.contact.email', name: 'Email address', tokens: ['email', 'email address', 'e mail', 'mail address', 'emailaddress'], phrases: ['email address', 'email addresses', 'email', 'e-mail', 'e-mail address', 'work email address', 'work email'] },
  { id: 'user.contact.phone_number', name: 'Phone number', tokens: ['phone', 'phone number', 'phonenumber', 'telephone', 'tel', 'cell phone', 'cellphone', 'mobile number', 'mobile phone', 'msisdn', '~mobile', '~cell'], phrases: ['phone number', 'phone numbers', 'telephone number', 'mobile number', 'mobile phone number', 'mobile phone', 'phone', 'cell phone number'] },
  { id: 'user.contact.fax_number', name: 'Fax number', tokens: ['fax', 'fax number'], phrases: ['fax number'] },
  { id: 'user.contact.address', name: 'Postal address', tokens: ['home address', 'postal address', 'mailing address', 'street address', 'billing address', 'shipping address', 'residential address', 'delivery address', '~address'], phrases: ['postal address', 'mailing address', 'home address', 'billing address', 'shipping address', 'address', 'addresses', 'physical address', 'street address', 'delivery address'] },
  { id: 'user.contact.address.street', name: 'Street', tokens: ['street', 'address line', 'addressline', 'street line'], phrases: ['street'] },
  { id: 'user.contact.address.city', name: 'City', tokens: ['~city', '~town'], phrases: ['city'] },
  { id: 'user.contact.address.postal_code', name: 'Postal code', tokens: ['zip', 'zip code', 'zipcode', 'postal code', 'postcode', 'post code'], phrases: ['postal code', 'zip code', 'postcode'] },
  { id: 'user.contact.address.state', name: 'State or province', tokens: ['~province'], phrases: ['state or province'] },
  { id: 'user.contact.address.country', name: 'Country', tokens: ['~country', 'country of residence'], phrases: ['country', 'country of residence'] },
  { id: 'user.contact.url', name: 'Personal website', tokens: ['personal website', 'homepage url'], phrases: ['personal website'] },
  { id: 'user.contact.emergency_contact', name: 'Emergency contact', custom: true, tokens: ['emergency contact', 'next of kin', 'nextofkin'], phrases: ['emergency contact', 'emergency contacts', 'next of kin'] },
  { id: 'user.social', name: 'Social media profile', tokens: ['twitter handle', 'linkedin url', 'linkedin profile', 'facebook profile', 'instagram handle', 'social handle', 'social profile'], phrases: ['social media profile', 'social media profiles', 'social media handle'] },

  // ── work ──────────────────────────────────────────────────────────────
  { id: 'user.workplace', name: 'Workplace', tokens: ['company name', 'employer', 'employer name', 'workplace', '~company', '~organization', '~organisation'], phrases: ['company name', 'employer', 'workplace', 'organization name', 'company', 'cost center'] },
  { id: 'user.job_title', name: 'Job title', tokens: ['job title', 'jobtitle', 'occupation', 'job role'], phrases: ['job title', 'occupation', 'role'] },

  // ── demographics ──────────────────────────────────────────────────────
  { id: 'user.demographic', name: 'Demographic data', tokens: [], phrases: ['demographic information', 'demographic data', 'demographics'] },
  { id: 'user.demographic.date_of_birth', name: 'Date of birth', tokens: ['date of birth', 'dob', 'birth date', 'birthdate', 'birthday', 'birth day', 'born on'], phrases: ['date of birth', 'birth date', 'birthday', 'birthdate'] },
  { id: 'user.demographic.age_range', name: 'Age', tokens: ['age range', 'age group', 'birth year', 'year of birth', '~age'], phrases: ['age', 'age range', 'year of birth'] },
  { id: 'user.demographic.gender', name: 'Gender', tokens: ['gender', 'pronoun', 'pronouns', '~sex'], phrases: ['gender', 'sex', 'pronouns'] },
  { id: 'user.demographic.nationality', name: 'Nationality', custom: true, tokens: ['nationality', 'citizenship'], phrases: ['nationality', 'citizenship'] },
  { id: 'user.demographic.marital_status', name: 'Marital status', tokens: ['marital status', 'maritalstatus', 'relationship status'], phrases: ['marital status'] },
  { id: 'user.demographic.race_ethnicity', name: 'Race or ethnicity', sensitive: true, tokens: ['ethnicity', 'ethnic origin', '~race'], phrases: ['race', 'ethnicity', 'ethnic origin', 'racial or ethnic origin'] },
  { id: 'user.demographic.religious_belief', name: 'Religious belief', sensitive: true, tokens: ['religion', 'religious belief', 'faith'], phrases: ['religion', 'religious beliefs', 'religious belief'] },
  { id: 'user.demographic.political_opinion', name: 'Political opinion', sensitive: true, tokens: ['political opinion', 'political affiliation', 'party affiliation'], phrases: ['political opinions', 'political affiliation'] },
  { id: 'user.demographic.sexual_orientation', name: 'Sexual orientation', sensitive: true, tokens: ['sexual orientation'], phrases: ['sexual orientation'] },
  { id: 'user.demographic.trade_union', name: 'Trade union membership', sensitive: true, custom: true, tokens: ['union membership', 'trade union'], phrases: ['trade union membership', 'union membership'] },

  // ── government identifiers ───────────────────────────────────────────
  { id: 'user.government_id', name: 'Government identifier', sensitive: true, tokens: ['government id', 'id document', 'identity document', 'id card', 'identity card', 'id number'], phrases: ['government identifiers', 'government identifier', 'government-issued id', 'government id', 'identity documents', 'identification documents', 'national identifiers'] },
  { id: 'user.government_id.national_identification_number', name: 'National identification number', sensitive: true, tokens: ['ssn', 'social security', 'social security number', 'national id', 'national identification number', 'national insurance number', 'personal number', 'sin number', 'aadhaar'], phrases: ['social security number', 'social security numbers', 'national identification number', 'national id number', 'national insurance number'] },
  { id: 'user.government_id.tax_id', name: 'Tax identifier', sensitive: true, custom: true, tokens: ['tax id', 'taxid', 'taxpayer id', 'taxpayer number', 'tax number', 'tax identification number', 'tin', 'vat id'], phrases: ['tax id', 'tax identification number', 'taxpayer id', 'tax number', 'tax identifiers'] },
  { id: 'user.government_id.passport_number', name: 'Passport number', sensitive: true, tokens: ['~passport', 'passport number', 'passport no'], phrases: ['passport number', 'passport'] },
  { id: 'user.government_id.drivers_license_number', name: "Driver's licence number", sensitive: true, tokens: ['drivers license', 'driver license', 'driving licence', 'driving license', 'drivers licence', 'license number', 'licence number'], phrases: ["driver's license number", "driver's license", 'driving licence'] },
  { id: 'user.government_id.immigration', name: 'Immigration status', sensitive: true, tokens: ['visa number', 'immigration status', 'residence permit', 'work permit'], phrases: ['immigration status', 'visa information'] },
  { id: 'user.government_id.vehicle_registration', name: 'Vehicle registration', tokens: ['license plate', 'licence plate', 'number plate', 'vehicle registration', 'plate number'], phrases: ['license plate', 'vehicle registration'] },
  { id: 'user.government_id.birth_certificate', name: 'Birth certificate', sensitive: true, tokens: ['birth certificate'], phrases: ['birth certificate'] },

  // ── financial ─────────────────────────────────────────────────────────
  { id: 'user.financial', name: 'Financial data', tokens: [], phrases: ['financial information', 'financial data', 'payment information', 'payment details', 'payment data', 'payment method details', 'payment methods', 'payment method'] },
  { id: 'user.financial.bank_account', name: 'Bank account', sensitive: true, tokens: ['iban', 'bank account', 'bank account number', 'account number', 'routing number', 'sort code', 'bank details'], phrases: ['bank account', 'bank account details', 'iban', 'bank details', 'bank account number'] },
  { id: 'user.financial.credit_card', name: 'Payment card', sensitive: true, tokens: ['card number', 'cardnumber', 'credit card', 'creditcard', 'credit card number', 'cc number', 'card cvc', 'cvc', 'cvv', 'card cvv', 'card expiry', 'card security code', 'debit card', '~pan'], phrases: ['credit card', 'credit card information', 'credit card number', 'card number', 'payment card', 'card details', 'full credit card information', 'credit card details'] },
  { id: 'user.financial.income', name: 'Income', sensitive: true, custom: true, tokens: ['salary', 'annual income', 'income', 'net worth', 'wage'], phrases: ['income', 'salary'] },
  { id: 'user.financial.credit_score', name: 'Credit score', sensitive: true, custom: true, tokens: ['credit score', 'credit rating'], phrases: ['credit score', 'credit history'] },

  // ── device and network ────────────────────────────────────────────────
  { id: 'user.device', name: 'Device data', device: true, tokens: [], phrases: ['device information', 'device data', 'device identifiers', 'technical data', 'technical information'] },
  { id: 'user.device.device_id', name: 'Device identifier', device: true, tokens: ['device id', 'deviceid', 'udid', 'imei', 'android id', 'hardware id', 'serial number', 'serialnumber', 'serial no', 'device serial'], phrases: ['device identifier', 'device identifiers', 'device id', 'serial number', 'hardware specifications', 'hardware information', 'hardware identifiers'] },
  { id: 'user.device.name', name: 'Device name', device: true, custom: true, tokens: ['hostname', 'device name', 'computer name', 'machine name', 'host name'], phrases: ['device name', 'device names', 'hostname', 'computer name'] },
  { id: 'user.device.model', name: 'Device model', device: true, custom: true, tokens: ['device model'], phrases: ['device model', 'device type'] },
  { id: 'user.device.ip_address', name: 'IP address', device: true, tokens: ['ip', 'ip address', 'ipaddress', 'ip addr', 'ipaddr', 'remote addr', 'remote address', 'client ip', 'public ip', 'private ip', 'ipv4', 'ipv6', 'x forwarded for'], phrases: ['ip address', 'ip addresses', 'internet protocol address', 'network information', 'network data'] },
  { id: 'user.device.mac_address', name: 'MAC address', device: true, custom: true, tokens: ['mac', 'mac address', 'macaddress', 'mac addr', 'macaddr', 'bssid'], phrases: ['mac address', 'mac addresses', 'network information', 'network data'] },
  { id: 'user.device.advertising_id', name: 'Advertising identifier', device: true, custom: true, tokens: ['idfa', 'gaid', 'aaid', 'advertising id', 'ad id'], phrases: ['advertising identifier', 'advertising identifiers', 'advertising id'] },
  { id: 'user.device.user_agent', name: 'User agent', device: true, custom: true, tokens: ['user agent', 'useragent'], phrases: ['user agent', 'browser type', 'browser information'] },
  { id: 'user.device.cookie_id', name: 'Cookie identifier', device: true, tokens: ['cookie id'], phrases: ['cookie identifiers', 'cookies'] },

  // ── location ──────────────────────────────────────────────────────────
  { id: 'user.location', name: 'Location', tokens: [], phrases: ['location', 'location data', 'location information', 'your location', 'geolocation', 'geographic location'] },
  { id: 'user.location.precise', name: 'Precise location', sensitive: true, tokens: ['latitude', 'longitude', 'lat', 'lng', 'lon', 'gps', 'geolocation', 'geo location', 'coords', 'coordinates', 'geo point', 'geopoint', 'lat lng', 'latlng', 'gps position', '~geo'], phrases: ['precise location', 'precise geolocation', 'gps location', 'gps coordinates', 'exact location', 'gps'] },
  { id: 'user.location.imprecise', name: 'Approximate location', tokens: ['geoip', 'geo ip', 'approximate location', 'coarse location', 'ip location'], phrases: ['approximate location', 'coarse location', 'general location', 'city-level location'] },

  // ── sensitive special categories ──────────────────────────────────────
  { id: 'user.health_and_medical', name: 'Health data', sensitive: true, tokens: ['medical', 'medical history', 'medical record', 'medical condition', 'medical conditions', 'health condition', 'health conditions', 'diagnosis', 'diagnoses', 'injury', 'injuries', 'allergy', 'allergies', 'medication', 'medications', 'disability', 'disabilities', 'symptom', 'symptoms', 'prescription', 'blood type', 'pregnancy', 'vaccination', 'vaccination status', 'health data', 'health info', 'heart rate', 'blood pressure', '~health'], phrases: ['health information', 'medical information', 'health data', 'health', 'medical data', 'health or medical information', 'medical conditions', 'injuries'] },
  { id: 'user.health_and_medical.genetic', name: 'Genetic data', sensitive: true, tokens: ['dna', 'genetic', 'genome', 'genotype', 'genetic data'], phrases: ['genetic data', 'genetic information'] },
  { id: 'user.health_and_medical.insurance_beneficiary_id', name: 'Health insurance id', sensitive: true, tokens: ['insurance number', 'health insurance', 'insurance id', 'policy number'], phrases: ['health insurance information', 'insurance number'] },
  { id: 'user.biometric', name: 'Biometric data', sensitive: true, tokens: ['biometric', 'biometrics', 'biometric template', 'biometric data', 'face embedding', 'face template', 'face encoding', 'face vector', 'face geometry', 'face print', 'faceprint', 'face id', 'facial features', 'facial geometry', 'facial recognition'], phrases: ['biometric data', 'biometric information', 'biometric', 'biometrics', 'facial recognition', 'face scans', 'biometric identifiers'] },
  { id: 'user.biometric.fingerprint', name: 'Fingerprint', sensitive: true, tokens: ['fingerprint template', 'fingerprint scan', 'fingerprint image', 'fingerprint minutiae', 'fingerprint data', 'thumbprint'], phrases: ['fingerprints', 'fingerprint'] },
  { id: 'user.biometric.retinal', name: 'Retina or iris scan', sensitive: true, tokens: ['retina scan', 'retinal scan', 'iris scan', 'iris template'], phrases: ['retina scans', 'iris scans'] },
  { id: 'user.biometric.voice', name: 'Voiceprint', sensitive: true, tokens: ['voiceprint', 'voice print', 'voice sample', 'voice recording'], phrases: ['voiceprints', 'voice recordings'] },
  { id: 'user.criminal_history', name: 'Criminal history', sensitive: true, tokens: ['criminal record', 'criminal history', 'conviction', 'convictions', 'background check'], phrases: ['criminal history', 'criminal records', 'criminal convictions'] },
  { id: 'user.childrens', name: "Children's data", sensitive: true, tokens: ['child name', 'child birth date', 'child dob', 'parental consent'], phrases: ["children's data", "children's personal information", 'children under 13', 'information from children'] },

  // ── content and behaviour ─────────────────────────────────────────────
  { id: 'user.content', name: 'User content', tokens: [], phrases: ['user content', 'content you provide', 'user-generated content'] },
  { id: 'user.content.private', name: 'Messages and correspondence', tokens: ['transcript', 'chat transcript', 'message body', 'message content', 'chat message', 'private message', 'direct message', 'voicemail', 'call recording'], phrases: ['private messages', 'message content', 'chat transcripts', 'communication data', 'communications', 'correspondence', 'support requests', 'feedback', 'messages'] },
  { id: 'user.content.self_image', name: 'Photo of the user', tokens: ['avatar', 'profile photo', 'profile picture', 'profile image', 'profile pic', '~photo', 'selfie', 'headshot', 'portrait', 'id photo'], phrases: ['photo', 'photos', 'profile photo', 'profile picture', 'avatar', 'selfie', 'photographs'] },
  { id: 'user.behavior', name: 'Behavioural data', tokens: [], phrases: ['usage data', 'usage information', 'interaction data', 'feature usage', 'usage patterns', 'activity data'] },
  { id: 'user.behavior.browsing_history', name: 'Browsing history', tokens: ['browsing history', 'visited urls', 'page history'], phrases: ['browsing history', 'pages visited'] },
  { id: 'user.behavior.search_history', name: 'Search history', tokens: ['search history', 'search queries'], phrases: ['search history', 'search queries'] },
  { id: 'user.behavior.purchase_history', name: 'Purchase history', tokens: ['purchase history', 'order history'], phrases: ['purchase history', 'order history', 'transaction history'] },
  { id: 'user.behavior.booking_history', name: 'Booking history', custom: true, tokens: ['booking history'], phrases: ['booking history', 'bookings', 'attendance'] },
  { id: 'user.privacy_preferences', name: 'Privacy preferences', tokens: ['consent preferences', 'marketing consent', 'cookie consent'], phrases: ['privacy preferences', 'consent choices'] },
];
