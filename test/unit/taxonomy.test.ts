import assert from 'node:assert/strict';
import { CATEGORIES, classifyIdentifier, covers, matchPhrases, namesThing, placeRecord, recordContext, splitIdentifier, splitWords } from '../../src/core/taxonomy';

const ids = (name: string, ctx = {}) => classifyIdentifier(name, ctx).map((c) => c.category);

describe('taxonomy', () => {
  it('reads a record headed by an organisation as the organisation\'s, whoever its modifier names', () => {
    assert.deepEqual(['landlordOrgs', 'customerCompany', 'companyContact', 'userProfile'].map((n) => [n, recordContext(n).person, recordContext(n).org]), [
      ['landlordOrgs', false, true],
      ['customerCompany', false, true],
      ['companyContact', true, true],
      ['userProfile', true, false],
    ]);
  });

  it('has at least 140 categories with unique ids whose parents exist', () => {
    assert.ok(CATEGORIES.length >= 140, `${CATEGORIES.length} categories`);
    const all = new Set(CATEGORIES.map((c) => c.id));
    assert.equal(all.size, CATEGORIES.length);
    for (const c of CATEGORIES) {
      const parent = c.id.includes('.') ? c.id.slice(0, c.id.lastIndexOf('.')) : null;
      if (parent) assert.ok(all.has(parent), `${c.id} has no parent ${parent}`);
    }
  });

  it('splits identifiers into singular tokens', () => {
    assert.deepEqual(splitIdentifier('ownerEmailAddresses'), ['owner', 'email', 'address']);
    assert.deepEqual(splitIdentifier('ADDRESS_LINE1'), ['address', 'line', '1']);
    assert.deepEqual(splitIdentifier('$email'), ['email']);
    assert.deepEqual(splitIdentifier('ipAddr'), ['ip', 'addr']);
    assert.deepEqual(splitIdentifier('CHECKIN_TTL_DAYS'), ['checkin', 'ttl', 'day']);
    assert.deepEqual(splitWords('Check-ins at your gym'), ['checkin', 'at', 'your', 'gym']);
  });

  const personal: [string, string, object?][] = [
    ['email', 'user.contact.email'],
    ['ownerEmail', 'user.contact.email'],
    ['annualSalaryCents', 'user.financial.income'],
    ['idDocumentFront', 'user.government_id'],
    ['cycleDay', 'user.health_and_medical.reproductive'],
    ['avgHr', 'user.health_and_medical.fitness'],
    ['medicalNotes', 'user.health_and_medical'],
    // Whether a person has a special-category trait is that data (`hasPhone` only says a number is there).
    ['hasUnspentConviction', 'user.criminal_history'],
    ['hasDisability', 'user.health_and_medical'],
    ['dropoffAddress', 'user.contact.address'],
    ['pickup_address', 'user.contact.address'],
    ['learningNeeds', 'user.health_and_medical'],
    ['specialEducationalNeeds', 'user.health_and_medical'],
    ['religiousHolidays', 'user.demographic.religious_belief'],
    // (Why someone is off sick, and the note that says so, are health data; so is the name of a medication.)
    ['medicalReason', 'user.health_and_medical'],
    ['doctorNoteKey', 'user.health_and_medical'],
    ['sickNoteUrl', 'user.health_and_medical'],
    ['medicationName', 'user.health_and_medical.prescription'],
    ['medicalDisclosure', 'user.health_and_medical'],
    ['healthScreening', 'user.health_and_medical'],
    ['backgroundReport', 'user.criminal_history'],
    ['medicalFitnessNotes', 'user.health_and_medical'],
    ['biometricScanResults', 'user.biometric'],
    ['health_notes', 'user.health_and_medical'],
    ['religiousAffiliation', 'user.demographic.religious_belief'],
    ['ethnicBackground', 'user.demographic.race_ethnicity'],
    ['firstName', 'user.name.first'],
    ['emailAddress', 'user.contact.email'],
    ['homePhone', 'user.contact.phone_number'],
    ['callbackPhone', 'user.contact.phone_number'],
    ['msisdn', 'user.contact.phone_number'],
    ['mobile', 'user.contact.phone_number', { person: true }],
    ['contact_mobile', 'user.contact.phone_number', { person: true }],
    ['dob', 'user.demographic.date_of_birth'],
    ['dateOfBirth', 'user.demographic.date_of_birth'],
    ['birth_date', 'user.demographic.date_of_birth'],
    ['ssn', 'user.government_id.national_identification_number'],
    ['taxpayerId', 'user.government_id.tax_id'],
    ['passportNumber', 'user.government_id.passport_number'],
    ['gender', 'user.demographic.gender'],
    ['nationality', 'user.demographic.nationality'],
    ['ipAddr', 'user.device.ip_address', { device: true }],
    ['publicIp', 'user.device.ip_address', { device: true }],
    // A car's registration by its short name, who lives with the person, and which state benefit they receive.
    ['vehicleReg', 'user.government_id.vehicle_registration', { person: true }],
    ['unionMember', 'user.demographic.trade_union', { person: true }],
    ['bustCm', 'user.demographic.physical_characteristics', { person: true }],
    ['socialInsuranceNumber', 'user.government_id.national_identification_number', { person: true }],
    ['dependants', 'user.demographic.relationships', { person: true }],
    ['freeSchoolMeals', 'user.financial.benefits', { person: true }],
    ['benefitReference', 'user.financial.benefits', { person: true }],
    // The address a request came from is the client's (`fromEmail`, a sender's, still is not read).
    ['placedFromIp', 'user.device.ip_address', { person: true }],
    ['submittedFromIp', 'user.device.ip_address', { person: true }],
    ['macAddress', 'user.device.mac_address', { device: true }],
    ['hostname', 'user.device.name', { device: true }],
    ['serialNumber', 'user.device.device_id', { device: true }],
    ['machineId', 'user.device.device_id', { person: true }],
    ['niNumber', 'user.government_id.national_identification_number'],
    ['nric', 'user.government_id.national_identification_number'],
    ['installationId', 'user.device.device_id', { person: true }],
    ['gpsLatitude', 'user.location.precise'],
    ['lng', 'user.location.precise'],
    ['faceEmbedding', 'user.biometric'],
    ['faceMatchTemplate', 'user.biometric'],
    // (A model's id on Hugging Face is an id, no face.)
    ['huggingFaceId', 'user.unique_id', { person: true }],
    ['religiousPractice', 'user.demographic.religious_belief'],
    ['mobilityAssistance', 'user.health_and_medical.disability'],
    ['fingerprintTemplate', 'user.biometric.fingerprint'],
    ['injuriesAndConditions', 'user.health_and_medical'],
    ['iban', 'user.financial.bank_account'],
    ['cardNumber', 'user.financial.credit_card'],
    ['avatarUrl', 'user.content.self_image'],
    ['displayName', 'user.name'],
    ['name', 'user.name', { person: true }],
    ['ownerName', 'user.name'],
    ['phoneticName', 'user.name'],
    ['billingAddress', 'user.contact.address'],
    ['residencyAddress', 'user.contact.address'],
    ['voiceClipKey', 'user.content.audio'],
    ['infectiousDisease', 'user.health_and_medical'],
    ['dbsCertificateNumber', 'user.criminal_history'],
    // A Scottish PVG (Protecting Vulnerable Groups) membership is a criminal-record check; a recorded call is audio; a
    // blood-borne infection is health data.
    ['pvgMembershipNo', 'user.criminal_history'],
    ['callRecordingUrl', 'user.content.audio'],
    ['ethnicCategoryCode', 'user.demographic.race_ethnicity'],
    ['dnsQueries', 'user.behavior.browsing_history'],
    ['consultationRecordingKey', 'user.content.audio'],
    ['hearingLossGrade', 'user.health_and_medical'],
    ['allergySeverity', 'user.health_and_medical'],
    ['ethnicityCode', 'user.demographic.race_ethnicity'],
    ['meeting_recording_url', 'user.content.audio'],
    ['bloodborneInfections', 'user.health_and_medical'],
    ['hepatitisStatus', 'user.health_and_medical'],
    ['tinnitus', 'user.health_and_medical'],
    ['audiogram', 'user.health_and_medical'],
    ['tympanometry', 'user.health_and_medical'],
    ['hearingLoss', 'user.health_and_medical'],
    ['keySafeCode', 'user.authorization.access_code'],
    ['alarmCode', 'user.authorization.access_code'],
    ['liveLocation', 'user.location.precise'],
    ['summaryPolyline', 'user.location.precise'],
    ['permanentAddress', 'user.contact.address'],
    ['zipCode', 'user.contact.address.postal_code'],
    ['emergencyContact', 'user.contact.emergency_contact'],
    ['password', 'user.authorization.password'],
    ['transcript', 'user.content.private'],
    ['userId', 'user.unique_id'],
    ['nickname', 'user.name.nickname'],
    ['telegramHandle', 'user.contact.messaging_handle'],
    ['addressBook', 'user.contact.address_book'],
    ['totpSecret', 'user.authorization.mfa_secret'],
    ['bio', 'user.content.bio'],
    ['voiceNote', 'user.content.audio'],
    ['preferredLanguage', 'user.demographic.language'],
    ['eyeColor', 'user.demographic.physical_characteristics'],
    ['bodyMassIndex', 'user.demographic.physical_characteristics'],
    ['veteranStatus', 'user.demographic.veteran_status'],
    ['graduationYear', 'user.education'],
    ['employmentHistory', 'user.employment'],
    ['walletAddress', 'user.financial.crypto_wallet'],
    ['accountBalance', 'user.financial.account_balance'],
    ['voterCardNumber', 'user.government_id.voter_id'],
    ['mrn', 'user.health_and_medical.record_id'],
    ['menstrualCycle', 'user.health_and_medical.reproductive'],
    ['restingHeartRate', 'user.health_and_medical.fitness'],
    ['signatureImage', 'user.biometric.signature'],
    ['locationHistory', 'user.location.history'],
    ['deviceFingerprint', 'user.device.fingerprint', { device: true }],
    ['fcmToken', 'user.device.push_token', { device: true }],
    ['ssid', 'user.device.network', { device: true }],
    ['watchHistory', 'user.behavior.media_consumption'],
    ['callLog', 'user.behavior.call_history'],
    ['guardianEmail', 'user.childrens.guardian'],
    ['vin', 'user.vehicle.vin'],
    ['frequentFlyerNumber', 'user.travel'],
    ['githubUsername', 'user.social.account'],
    ['customerName', 'user.name'],
    ['cameraRoll', 'user.content.photo_library'],
    // (A password manager's master or vault password is its user's.)
    ['masterPassword', 'user.authorization.password'],
  ];
  for (const [name, id, ctx] of personal) {
    it(`classifies ${name} as ${id}`, () => assert.deepEqual(ids(name, ctx ?? {}), [id]));
  }

  // Each holds a personal-data word but is about something else: the word is not the head of the compound,
  // a preposition or verb makes it an action or flag, or a system noun owns it.
  const notPersonal: [string, object?][] = [
    ['biometricType', { person: true }],
    ['identityDocumentType', { person: true }],
    // How someone heard of the product ("How did you hear about us?"), not what they wrote about themselves.
    ['hearAbout', { person: true }],
    ['heard-about', { person: true }],
    ['hostNameResolver', { device: true }],
    ['emailQueueSize'],
    ['birthdayCakeColor'],
    ['ssnValidatorRegex'],
    ['emailTemplateId'],
    ['notifyByEmail', { person: true }],
    ['hasPhone', { person: true }],
    ['hasHealthInsurance', { person: true }],
    // A bound set on a value (`minimumDonationAmount`, `maximumSalary`) is a setting, not anyone's value.
    ['minimumDonationAmount', { person: true }],
    ['maximumSalary', { person: true }],
    ['isEmailVerified'],
    ['supportEmail'],
    ['serverIp', { device: true }],
    ['phoneticAlphabet'],
    ['fileName', { person: true }],
    ['bankName', { person: true }],
    ['itemName', { person: true }],
    ['skillName', { person: true }],
    ['modeName', { person: true }],
    ['organizationImageUrl', { person: true }],
    ['companyImageUrl', { person: true }],
    ['repository_full_name', { person: true }],
    ['review_github_id'],
    ['webhookName', { person: true }],
    ['webhookAvatar'],
    ['projectFullName', { person: true }],
    ['street_name', { person: true }],
    ['transactionName', { person: true }],
    ['placeName', { person: true }],
    ['agentName', { person: true }],
    ['referrerName', { person: true }],
    ['feedName', { person: true }],
    ['guessLat', { person: true }],
    ['mapCenterLng', { person: true }],
    ['venueName', { person: true }],
    ['customRoleName', { person: true }],
    ['contractorLicenseNumber', { person: true }],
    ['entityAddress', { person: true }],
    ['driveName', { person: true }],
    ['passkeyName', { person: true }],
    ['name'],
    ['timezone', { person: true }],
    ['termsAndConditions', { person: true }],
    ['healthCheckInterval'],
    ['maxAge', { person: true }],
    ['emailCount'],
    ['fingerprint'],
    ['hostname'],
    ['locationId'],
    ['marketingOptIn', { person: true }],
    ['dueDate', { person: true }],
    ['billingPeriodStart', { person: true }],
    ['sleepDuration'],
    ['medicalFitnessLevel'],
    ['deviceToken', { device: true }],
    ['osVersion', { device: true }],
    ['installedPackages'],
    ['webhookSignature'],
    ['headline'],
    ['followersCount', { person: true }],
    ['heightPx', { person: true }],
    // Regression: page metadata `height` and a link's `coords` were read as body measurements and GPS.
    ['height', { person: true }],
    // A search or filter criterion names what is looked for, not data collected.
    ['searchDisplayName', { person: true }],
    ['filterEmail', { person: true }],
    ['webserver_username', { person: true }],
    ['coords', { person: true }],
    ['serviceNumber'],
    ['dependentValues'],
    // A secret the product keeps for a machine (a cookie-sealing or keystore password) is no one's credential.
    ['cookiePassword'],
    ['keystorePassword', { person: true }],
    // The text shown in place of a picture (initials in an avatar's circle) is no photo.
    ['avatarText', { person: true }],
    ['photo_text', { person: true }],
    // A platform word after a thing's value names the platform, not a phone (`contact_mobile` still is one).
    ['push_token_mobile', { person: true }],
    ['app_version_mobile', { person: true }],
    ['fromEmail', { person: true }],
    // The name of a piece of content or a catalogue item in a conversion event.
    ['content_name', { person: true }],
    ['itemName'],
  ];
  for (const [name, ctx] of notPersonal) {
    it(`does not classify ${name}`, () => assert.deepEqual(ids(name, ctx ?? {}), []));
  }

  it('treats a boolean as a flag about the data, not the data', () => {
    assert.deepEqual(ids('email', { boolean: true }), []);
  });

  it('matches policy phrases longest first', () => {
    const m = matchPhrases(splitWords('Name, email address, company name, and network information'));
    assert.deepEqual(
      m.map((x) => [x.text, x.ids]),
      [
        ['name', ['user.name']],
        ['email address', ['user.contact.email']],
        ['company name', ['user.workplace']],
        ['network information', ['user.device.ip_address', 'user.device.mac_address', 'user.device.network']],
      ],
    );
  });

  it('lets a parent cover its children only', () => {
    assert.ok(covers('user.location', 'user.location.precise'));
    assert.ok(!covers('user.location.precise', 'user.location'));
    assert.ok(!covers('user.contact', 'user.contactless'));
  });
});

describe('taxonomy: where a server is', () => {
  it('reads the location of a server or a domain (`HostingGeo`, `ServerLocation`) as a place\'s, not a visitor\'s (`VisitorGeo`)', () => {
    assert.deepEqual(['HostingGeo', 'ServerLocation', 'DomainGeo', 'VisitorGeo', 'UserLocation'].map((n) => placeRecord(n, ['city', 'lat', 'lon'])), [true, true, true, false, false]);
  });
});

describe('taxonomy: things built at a place, and things with serial numbers', () => {
  it('reads the coordinates of a thing built at a place (`chargers`, `Station`, `StoreBranches`) as that place\'s; a record about a person (`DriverStation`) is not one', () => {
    assert.deepEqual(['chargers', 'Station', 'StoreBranches', 'Facility', 'DriverStation', 'Trip'].map((n) => placeRecord(n, ['name', 'latitude', 'longitude'])), [true, true, true, true, false, false]);
  });
  it('reads the serial number of an appliance or a product (`applianceSerialNumber`) as that thing\'s, not the person\'s device id (`deviceSerialNumber`, `serialNumber`)', () => {
    assert.deepEqual(['applianceSerialNumber', 'boilerSerialNumber', 'productSerialNumber', 'deviceSerialNumber', 'serialNumber'].map((n) => classifyIdentifier(n, { person: true }).map((c) => c.category)), [[], [], [], ['user.device.device_id'], ['user.device.device_id']]);
  });
});

describe('taxonomy: acronym plurals', () => {
  it('splits an acronym\'s plural as the acronym (`userIDs`, `CVsBucket`, `photoURLs`, `expire-cvs`), keeping all-caps words whole', () => {
    assert.deepEqual(['userIDs', 'CVsBucket', 'photoURLs', 'expire-cvs', 'STATUS', 'gps'].map((n) => splitIdentifier(n)), [['user', 'id'], ['cv', 'bucket'], ['photo', 'url'], ['expire', 'cv'], ['status'], ['gps']]);
  });
});

describe('taxonomy: records named for things', () => {
  it('reads an app\'s installation on a platform (`githubInstallationId`, `slackInstallId`) as no device identifier; a bare `installationId` still is one', () => {
    assert.deepEqual(['githubInstallationId', 'slackInstallId', 'installationId'].map((n) => ids(n, { person: true })), [['user.unique_id'], ['user.unique_id'], ['user.device.device_id']]);
  });

  it('reads a record named for a thing through its kind (`GitHubRepositorySchema`, `repositoryCreateSchema`, `packages`) without changing the words an identifier splits into', () => {
    assert.deepEqual(['GitHubRepositorySchema', 'repositoryCreateSchema', 'packages', 'UserSchema', 'userRepositories'].map((n) => namesThing(n)), [true, true, true, false, false]);
    assert.deepEqual(splitIdentifier('repositoryCreateSchema'), ['repository', 'create', 'schema']);
  });

  it('reads records of software the product runs as things (`EnrichedInstanceRO`, `ClusterDto`, `webhookEndpoints`), not a user\'s instance', () => {
    assert.deepEqual(['EnrichedInstanceRO', 'ClusterDto', 'webhookEndpoints', 'ApplicationVO', 'UserInstance', 'customerServiceAgent'].map((n) => namesThing(n)), [true, true, true, true, false, false]);
  });

  it("reads a record of the product's settings or their migrations as about them, whoever they are for (`UserSettingMigration`), not a user's own settings record (`UserSetting`)", () => {
    assert.deepEqual(['UserSettingMigration', 'SettingMigration', 'PageAnchor', 'UserSetting', 'userMigration', 'UserAnchor'].map((n) => namesThing(n)), [true, true, true, false, false, false]);
  });
});
