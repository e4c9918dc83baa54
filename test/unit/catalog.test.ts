import assert from 'node:assert/strict';
import { KIND_PHRASES, matchRecipients, SERVICES, serviceForGlobal, serviceForHost, serviceForPackage, serviceForUrl } from '../../src/core/catalog';
import { splitWords } from '../../src/core/taxonomy';

describe('third-party catalog', () => {
  it('has at least 400 services, each well-formed', () => {
    assert.ok(SERVICES.length >= 400, `${SERVICES.length} services`);
    for (const s of SERVICES) {
      assert.match(s.id, /^[a-z0-9][a-z0-9-]*$/, s.id);
      assert.ok(s.name.trim(), s.id);
      assert.ok(s.packages.length + s.hosts.length + s.globals.length > 0, `${s.id} has no way to be recognized`);
      for (const p of s.packages) assert.match(p, /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w.-]+)*$/i, `${s.id} package ${p}`);
      for (const h of s.hosts) assert.match(h, /^[a-z0-9-]+(\.[a-z0-9-]+)+$/, `${s.id} host ${h}`);
      assert.ok(s.kind === 'unknown' || s.kind in KIND_PHRASES, `${s.id} kind ${s.kind}`);
    }
  });

  it('has unique ids, packages, hosts and globals', () => {
    const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    assert.deepEqual(dupes(SERVICES.map((s) => s.id)), []);
    assert.deepEqual(dupes(SERVICES.flatMap((s) => s.packages)), []);
    assert.deepEqual(dupes(SERVICES.flatMap((s) => s.hosts)), []);
    assert.deepEqual(dupes(SERVICES.flatMap((s) => s.globals)), []);
  });

  const lookups: [string, () => string | undefined, string][] = [
    ['a scoped package', () => serviceForPackage('@sentry/nextjs')?.id, 'sentry'],
    ['a package subpath', () => serviceForPackage('firebase-admin/messaging')?.id, 'firebase-messaging'],
    ['RudderStack\'s React Native SDK, June\'s Node SDK and ElevenLabs\' React SDK', () => ['@rudderstack/rudder-sdk-react-native', '@june-so/analytics-node', '@elevenlabs/react'].map((p) => serviceForPackage(p)?.id ?? 'none').join(' '), 'rudderstack june elevenlabs'],
    ['an unknown package of a vendor with several products under its scope is its main product', () => serviceForPackage('@amplitude/analytics-react-native')?.id, 'amplitude'],
    ['an unknown package of a hosting platform\'s scope is none of its services', () => serviceForPackage('@vercel/og')?.id ?? 'none', 'none'],
    ['a library or build tool a vendor publishes under its scope (`@shopify/flash-list`, `@sentry/vite-plugin`, `@posthog/icons`) is none of its services; `@shopify/shopify-api` is', () => ['@shopify/flash-list', '@sentry/vite-plugin', '@posthog/icons', '@sentry/cli', '@shopify/shopify-api', '@sentry/react-native'].map((p) => serviceForPackage(p)?.id ?? 'none').join(' '), 'none none none none shopify sentry'],
    ["a vendor's new scope beside its unscoped package", () => serviceForPackage('@klaviyo/api')?.id, 'klaviyo'],
    ["no vendor for a scope that only shares a platform's name", () => serviceForPackage('@google/some-sdk')?.id ?? 'none', 'none'],
    ["a variant of a vendor's own package", () => serviceForPackage('posthog-js-lite')?.id, 'posthog'],
    ["a package named after a vendor's scope", () => serviceForPackage('sentry-expo')?.id, 'sentry'],
    ['a package whose first word is no vendor', () => serviceForPackage('express-session')?.id, undefined as unknown as string],
    ['a server-side event collector (`jitsuAnalytics` of @jitsu/js)', () => serviceForPackage('@jitsu/js')?.id, 'jitsu'],
    ['a host by parent domain', () => serviceForHost('rest.fra-02.braze.eu')?.id, 'braze'],
    ['the most specific host', () => serviceForHost('maps.googleapis.com')?.id, 'google-maps'],
    ['the Address Validation API of the Maps Platform', () => serviceForHost('addressvalidation.googleapis.com')?.id, 'google-maps'],
    ['the Routes API of the Maps Platform', () => serviceForHost('routes.googleapis.com')?.id, 'google-maps'],
    ['a global', () => serviceForGlobal('fbq')?.id, 'meta-pixel'],
    ['a form on a shared host by its path', () => serviceForUrl('https://docs.google.com/forms/d/e/x/formResponse', 'docs.google.com')?.id, 'google-forms'],
    ['no recipient for a document on the same host', () => serviceForUrl('https://docs.google.com/document/d/x', 'docs.google.com')?.id ?? 'none', 'none'],
    ['an API a marketplace proxies, by its subdomain (jsearch.p.rapidapi.com)', () => serviceForHost('jsearch.p.rapidapi.com')?.id, 'rapidapi'],
    ['"Google SERP API/RapidAPI Indeed" names SerpApi and RapidAPI', () => matchRecipients(splitWords('Google SERP API/RapidAPI Indeed'), 'Google SERP API/RapidAPI Indeed').map((m) => m.service?.id).join(' '), 'serpapi rapidapi'],
    ['an unknown host', () => serviceForHost('api.example-internal.dev')?.id, undefined as unknown as string],
  ];
  for (const [what, get, id] of lookups) it(`finds ${what}`, () => assert.equal(get(), id));

  const mentions: [string, string[]][] = [
    ['Sentry receives error reports.', ['sentry', 'kind:error_monitoring']],
    ['Octi can exchange information using Google Drive. The website is hosted via GitHub Pages. You can pay with Apple Pay.', ['google-drive', 'github-pages', 'apple-pay']],
    ['We use Google Cloud for hosting and Google Analytics for usage.', ['gcp', 'kind:cloud_hosting', 'google-analytics']],
    ['Daily backups are kept for 30 days.', []],
    ['Video calls run on Daily.', ['daily']],
    ['Daily.co runs the video lessons.', ['daily']],
    ['Render: hosting of the web app', ['render', 'kind:cloud_hosting']],
    ['Our error-monitoring provider and SMS gateways', ['kind:error_monitoring', 'kind:messaging']],
  ];
  for (const [text, expected] of mentions) {
    it(`reads recipients in "${text}"`, () => {
      const got = matchRecipients(splitWords(text), text).map((m) => (m.service ? m.service.id : `kind:${m.kind}`));
      assert.deepEqual(got, expected);
    });
  }
});
