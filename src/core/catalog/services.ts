import { MORE_ROWS } from './services-more';

/**
 * Third-party services of the JS/TS ecosystem. Each entry's source is its npm
 * package names and API hosts as the vendor documents them.
 * Row: [id, display name, recipient kind, npm packages, API hosts, globals, aliases]
 */
export type RecipientKind =
  | 'analytics'
  | 'advertising'
  | 'marketing'
  | 'error_monitoring'
  | 'logging'
  | 'email_delivery'
  | 'messaging'
  | 'crm'
  | 'customer_support'
  | 'payment_processor'
  | 'cloud_hosting'
  | 'auth'
  | 'ai'
  | 'data_warehouse'
  | 'feature_flags'
  | 'maps'
  | 'automation'
  | 'identity_verification'
  | 'fraud_prevention'
  | 'surveys'
  | 'video'
  | 'scheduling'
  | 'shipping'
  | 'social'
  | 'ecommerce'
  | 'document_signing'
  | 'data_enrichment'
  | 'unknown';

export interface ServiceDef {
  id: string;
  name: string;
  kind: RecipientKind;
  packages: string[];
  hosts: string[];
  globals: string[];
  aliases: string[];
  /** When set, only these calls send data (an SDK whose other exports are helpers). */
  sends?: RegExp;
}

export type Row = [string, string, RecipientKind, string[], string[], string[]?, string[]?, RegExp?];

const ROWS: Row[] = [
  // product analytics
  ['mixpanel', 'Mixpanel', 'analytics', ['mixpanel', 'mixpanel-browser', 'mixpanel-react-native'], ['api.mixpanel.com', 'api-eu.mixpanel.com'], ['mixpanel']],
  ['posthog', 'PostHog', 'analytics', ['posthog-js', 'posthog-node', 'posthog-react-native', 'posthog-js/react'], ['app.posthog.com', 'us.i.posthog.com', 'eu.i.posthog.com', 'posthog.com'], ['posthog']],
  ['amplitude', 'Amplitude', 'analytics', ['@amplitude/analytics-browser', '@amplitude/analytics-node', 'amplitude-js', '@amplitude/node'], ['api2.amplitude.com', 'api.eu.amplitude.com'], ['amplitude']],
  ['segment', 'Segment', 'analytics', ['@segment/analytics-next', '@segment/analytics-node', 'analytics-node', '@segment/analytics-react-native'], ['api.segment.io', 'cdn.segment.com'], ['analytics'], ['Twilio Segment']],
  ['heap', 'Heap', 'analytics', ['@heap/heap-react-native', 'reactjs-heap'], ['heapanalytics.com'], ['heap']],
  ['google-analytics', 'Google Analytics', 'analytics', ['react-ga', 'react-ga4', '@analytics/google-analytics', 'ga-4-react'], ['www.google-analytics.com', 'google-analytics.com', 'region1.google-analytics.com'], ['gtag', 'ga'], ['GA4']],
  ['plausible', 'Plausible', 'analytics', ['plausible-tracker'], ['plausible.io'], ['plausible']],
  ['fullstory', 'FullStory', 'analytics', ['@fullstory/browser', '@fullstory/react-native'], ['rs.fullstory.com', 'edge.fullstory.com', 'api.fullstory.com', 'fullstory.com'], ['FS']],
  ['hotjar', 'Hotjar', 'analytics', ['@hotjar/browser', 'react-hotjar'], ['hotjar.com', 'static.hotjar.com'], ['hj']],
  ['logrocket', 'LogRocket', 'analytics', ['logrocket', 'logrocket-react'], ['r.lr-ingest.io', 'r.lr-in-prod.com'], ['LogRocket']],
  ['rudderstack', 'RudderStack', 'analytics', ['@rudderstack/analytics-js', '@rudderstack/rudder-sdk-node', 'rudder-sdk-js', '@rudderstack/rudder-sdk-react-native', '@rudderstack/analytics-js-service-worker'], ['hosted.rudderlabs.com', 'dataplane.rudderstack.com'], ['rudderanalytics']],
  ['june', 'June', 'analytics', ['@june-so/analytics-node', '@june-so/analytics-next'], ['api.june.so'], [], ['June.so']],
  ['pendo', 'Pendo', 'analytics', [], ['app.pendo.io', 'data.pendo.io'], ['pendo']],
  ['vercel-analytics', 'Vercel Analytics', 'analytics', ['@vercel/analytics'], ['vitals.vercel-insights.com'], [], ['Vercel Web Analytics']],
  // advertising and marketing pixels
  ['meta-pixel', 'Meta Pixel', 'advertising', ['react-facebook-pixel', 'facebook-nodejs-business-sdk'], ['graph.facebook.com', 'connect.facebook.net', 'www.facebook.com'], ['fbq'], ['Facebook Pixel', 'Facebook', 'Meta']],
  // "LinkedIn" alone in a policy is the social network (apply through LinkedIn, share to LinkedIn), not the ad tag.
  ['linkedin-insight', 'LinkedIn Insight Tag', 'advertising', [], ['px.ads.linkedin.com', 'snap.licdn.com'], ['lintrk', '_linkedin_partner_id'], ['LinkedIn Insight', 'LinkedIn Ads', 'LinkedIn Pixel']],
  ['linkedin', 'LinkedIn', 'social', [], ['api.linkedin.com', 'www.linkedin.com'], [], ['LinkedIn']],
  ['google-ads', 'Google Ads', 'advertising', ['google-ads-api'], ['googleads.googleapis.com', 'www.googleadservices.com', 'googleads.g.doubleclick.net'], [], ['Google Ads', 'DoubleClick']],
  ['tiktok-pixel', 'TikTok Pixel', 'advertising', [], ['analytics.tiktok.com', 'business-api.tiktok.com'], ['ttq'], ['TikTok']],
  // "Twitter" alone is the social network (X API); the pixel is named as one.
  ['twitter-pixel', 'X (Twitter) Pixel', 'advertising', [], ['static.ads-twitter.com', 'ads-api.twitter.com', 'ads-api.x.com'], ['twq'], ['Twitter Pixel', 'Twitter Ads', 'X Pixel', 'X Ads']],
  ['reddit-pixel', 'Reddit Pixel', 'advertising', [], ['alb.reddit.com', 'ads-api.reddit.com'], ['rdt']],
  ['snap-pixel', 'Snap Pixel', 'advertising', [], ['tr.snapchat.com'], ['snaptr']],
  ['criteo', 'Criteo', 'advertising', [], ['static.criteo.net', 'api.criteo.com']],
  ['hubspot', 'HubSpot', 'crm', ['@hubspot/api-client'], ['api.hubapi.com', 'js.hs-scripts.com', 'hs-scripts.com', 'hs-analytics.net', 'hsforms.com', 'hscollectedforms.net'], ['_hsq']],
  ['mailchimp', 'Mailchimp', 'marketing', ['@mailchimp/mailchimp_marketing', '@mailchimp/mailchimp_transactional', 'mailchimp-api-v3'], ['api.mailchimp.com', 'mandrillapp.com', 'list-manage.com'], [], ['Mandrill', 'Intuit Mailchimp']],
  ['braze', 'Braze', 'marketing', ['@braze/web-sdk', '@braze/react-native-sdk', 'braze-api'], ['braze.com', 'braze.eu'], ['braze', 'appboy']],
  ['customer-io', 'Customer.io', 'marketing', ['customerio-node', '@customerio/cdp-analytics-node'], ['track.customer.io', 'api.customer.io'], ['_cio'], ['Customerio']],
  ['klaviyo', 'Klaviyo', 'marketing', ['klaviyo-api', 'klaviyo-sdk'], ['a.klaviyo.com'], ['_learnq', 'klaviyo']],
  ['iterable', 'Iterable', 'marketing', ['@iterable/web-sdk'], ['api.iterable.com']],
  ['marketo', 'Marketo', 'marketing', [], ['mktoresp.com', 'marketo.com'], ['Munchkin']],
  ['onesignal', 'OneSignal', 'messaging', ['react-onesignal', 'onesignal-node', '@onesignal/node-onesignal'], ['onesignal.com'], ['OneSignal']],
  // error monitoring, RUM, logging
  ['sentry', 'Sentry', 'error_monitoring', ['@sentry/node', '@sentry/browser', '@sentry/react', '@sentry/nextjs', '@sentry/react-native', '@sentry/vue', '@sentry/angular', '@sentry/serverless', '@sentry/aws-serverless', '@sentry/bun', '@sentry/remix', '@sentry/sveltekit', '@sentry/electron', 'raven', 'raven-js'], ['sentry.io', 'ingest.sentry.io'], ['Sentry']],
  ['bugsnag', 'Bugsnag', 'error_monitoring', ['@bugsnag/js', '@bugsnag/node', '@bugsnag/react-native', '@bugsnag/browser'], ['notify.bugsnag.com', 'sessions.bugsnag.com'], ['Bugsnag']],
  ['rollbar', 'Rollbar', 'error_monitoring', ['rollbar'], ['api.rollbar.com'], ['Rollbar']],
  ['datadog', 'Datadog', 'error_monitoring', ['@datadog/browser-rum', '@datadog/browser-logs', 'dd-trace', '@datadog/datadog-api-client', 'pino-datadog-transport', 'datadog-winston', '@datadog/pino'], ['datadoghq.com', 'datadoghq.eu', 'browser-intake-datadoghq.com'], ['DD_RUM', 'DD_LOGS']],
  ['newrelic', 'New Relic', 'error_monitoring', ['newrelic', '@newrelic/browser-agent'], ['newrelic.com', 'nr-data.net'], ['newrelic']],
  ['honeybadger', 'Honeybadger', 'error_monitoring', ['@honeybadger-io/js', '@honeybadger-io/react'], ['api.honeybadger.io'], ['Honeybadger']],
  ['raygun', 'Raygun', 'error_monitoring', ['raygun', 'raygun4js'], ['api.raygun.com', 'api.raygun.io'], ['rg4js']],
  ['airbrake', 'Airbrake', 'error_monitoring', ['@airbrake/node', '@airbrake/browser'], ['api.airbrake.io']],
  ['logtail', 'Better Stack Logs', 'logging', ['@logtail/node', '@logtail/browser', '@logtail/pino', '@logtail/winston', '@logtail/next', '@logtail/edge'], ['in.logs.betterstack.com', 'in.logtail.com'], [], ['Logtail', 'Better Stack']],
  ['loggly', 'Loggly', 'logging', ['winston-loggly-bulk', 'node-loggly-bulk'], ['logs-01.loggly.com']],
  ['papertrail', 'Papertrail', 'logging', ['winston-papertrail'], ['papertrailapp.com']],
  ['axiom', 'Axiom', 'logging', ['@axiomhq/js', '@axiomhq/pino', '@axiomhq/winston', 'next-axiom', '@axiomhq/nextjs', '@axiomhq/logging', '@axiomhq/react'], ['api.axiom.co']],
  // email delivery
  ['sendgrid', 'SendGrid', 'email_delivery', ['@sendgrid/mail', '@sendgrid/client'], ['api.sendgrid.com', 'smtp.sendgrid.net'], [], ['Twilio SendGrid']],
  ['mailgun', 'Mailgun', 'email_delivery', ['mailgun.js', 'mailgun-js'], ['api.mailgun.net', 'api.eu.mailgun.net', 'smtp.mailgun.org']],
  ['postmark', 'Postmark', 'email_delivery', ['postmark'], ['api.postmarkapp.com', 'smtp.postmarkapp.com']],
  ['resend', 'Resend', 'email_delivery', ['resend'], ['api.resend.com']],
  ['ses', 'Amazon SES', 'email_delivery', ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2'], ['email.us-east-1.amazonaws.com'], [], ['SES', 'Amazon Simple Email Service']],
  ['sparkpost', 'SparkPost', 'email_delivery', ['sparkpost'], ['api.sparkpost.com']],
  ['brevo', 'Brevo', 'email_delivery', ['@getbrevo/brevo', 'sib-api-v3-sdk'], ['api.brevo.com', 'api.sendinblue.com'], [], ['Sendinblue']],
  ['loops', 'Loops', 'email_delivery', ['loops'], ['app.loops.so']],
  // SMS, voice, chat
  ['twilio', 'Twilio', 'messaging', ['twilio'], ['api.twilio.com', 'verify.twilio.com']],
  ['vonage', 'Vonage', 'messaging', ['@vonage/server-sdk', 'nexmo'], ['rest.nexmo.com', 'api.nexmo.com', 'api.vonage.com'], [], ['Nexmo']],
  ['messagebird', 'MessageBird', 'messaging', ['messagebird'], ['rest.messagebird.com', 'api.bird.com'], [], ['Bird']],
  ['plivo', 'Plivo', 'messaging', ['plivo'], ['api.plivo.com']],
  ['sns', 'Amazon SNS', 'messaging', ['@aws-sdk/client-sns'], ['sns.us-east-1.amazonaws.com'], [], ['SNS']],
  ['slack', 'Slack', 'messaging', ['@slack/web-api', '@slack/webhook', '@slack/bolt'], ['slack.com', 'hooks.slack.com']],
  ['telegram', 'Telegram', 'messaging', ['node-telegram-bot-api', 'telegraf', 'grammy'], ['api.telegram.org']],
  ['pusher', 'Pusher', 'messaging', ['pusher', 'pusher-js'], ['api.pusherapp.com']],
  ['firebase-messaging', 'Firebase Cloud Messaging', 'messaging', ['firebase-admin/messaging', '@react-native-firebase/messaging'], ['fcm.googleapis.com'], [], ['FCM']],
  // CRM and support
  ['salesforce', 'Salesforce', 'crm', ['jsforce', '@salesforce/core'], ['salesforce.com', 'force.com']],
  ['pipedrive', 'Pipedrive', 'crm', ['pipedrive'], ['api.pipedrive.com', 'pipedrive.com']],
  ['attio', 'Attio', 'crm', [], ['api.attio.com']],
  ['close', 'Close', 'crm', ['closeio'], ['api.close.com']],
  ['zendesk', 'Zendesk', 'customer_support', ['node-zendesk', 'zendesk-node-api'], ['zendesk.com', 'zdassets.com'], ['zE']],
  ['intercom', 'Intercom', 'customer_support', ['intercom-client', '@intercom/messenger-js-sdk', 'react-use-intercom'], ['api.intercom.io', 'widget.intercom.io'], ['Intercom']],
  ['freshdesk', 'Freshdesk', 'customer_support', [], ['freshdesk.com'], [], ['Freshworks']],
  ['helpscout', 'Help Scout', 'customer_support', [], ['api.helpscout.net'], ['Beacon']],
  ['crisp', 'Crisp', 'customer_support', ['crisp-sdk-web', 'crisp-api'], ['api.crisp.chat'], ['$crisp']],
  ['front', 'Front', 'customer_support', [], ['api2.frontapp.com']],
  ['gorgias', 'Gorgias', 'customer_support', [], ['gorgias.com']],
  // payments
  ['stripe', 'Stripe', 'payment_processor', ['stripe', '@stripe/stripe-js', '@stripe/react-stripe-js'], ['api.stripe.com', 'js.stripe.com'], ['Stripe']],
  ['paypal', 'PayPal', 'payment_processor', ['@paypal/checkout-server-sdk', '@paypal/react-paypal-js', '@paypal/paypal-js'], ['api.paypal.com', 'api-m.paypal.com', 'api.sandbox.paypal.com', 'www.paypal.com', 'www.sandbox.paypal.com', 'www.paypalobjects.com'], ['paypal']],
  ['braintree', 'Braintree', 'payment_processor', ['braintree', 'braintree-web'], ['api.braintreegateway.com']],
  ['adyen', 'Adyen', 'payment_processor', ['@adyen/api-library', '@adyen/adyen-web'], ['checkout-test.adyen.com', 'adyen.com']],
  ['paddle', 'Paddle', 'payment_processor', ['@paddle/paddle-node-sdk', '@paddle/paddle-js'], ['api.paddle.com', 'cdn.paddle.com', 'vendors.paddle.com'], ['Paddle']],
  ['lemonsqueezy', 'Lemon Squeezy', 'payment_processor', ['@lemonsqueezy/lemonsqueezy.js'], ['api.lemonsqueezy.com']],
  ['square', 'Square', 'payment_processor', ['square'], ['connect.squareup.com']],
  ['mollie', 'Mollie', 'payment_processor', ['@mollie/api-client'], ['api.mollie.com']],
  ['chargebee', 'Chargebee', 'payment_processor', ['chargebee', 'chargebee-typescript'], ['chargebee.com']],
  ['recurly', 'Recurly', 'payment_processor', ['recurly'], ['v3.recurly.com']],
  ['plaid', 'Plaid', 'payment_processor', ['plaid', 'react-plaid-link'], ['production.plaid.com', 'sandbox.plaid.com']],
  // auth
  ['auth0', 'Auth0', 'auth', ['auth0', '@auth0/auth0-react', '@auth0/nextjs-auth0', '@auth0/auth0-spa-js'], ['auth0.com'], [], ['Okta Auth0']],
  ['okta', 'Okta', 'auth', ['@okta/okta-sdk-nodejs', '@okta/okta-auth-js'], ['okta.com']],
  ['clerk', 'Clerk', 'auth', ['@clerk/clerk-sdk-node', '@clerk/nextjs', '@clerk/clerk-react', '@clerk/backend'], ['api.clerk.com', 'api.clerk.dev']],
  ['firebase-auth', 'Firebase Authentication', 'auth', ['firebase/auth', '@react-native-firebase/auth', 'firebase-admin/auth'], ['identitytoolkit.googleapis.com']],
  ['supabase', 'Supabase', 'cloud_hosting', ['@supabase/supabase-js'], ['supabase.co']],
  // AI
  ['openai', 'OpenAI', 'ai', ['openai', '@ai-sdk/openai', '@langchain/openai', 'langchain/llms/openai', 'langchain/chat_models/openai', 'langchain/embeddings/openai'], ['api.openai.com'], [], ['ChatGPT']],
  ['vercel-ai-sdk', 'AI provider (Vercel AI SDK)', 'ai', ['ai'], [], [], [], /^(generateText|streamText|generateObject|streamObject|embed|embedMany)$/],
  ['anthropic', 'Anthropic', 'ai', ['@anthropic-ai/sdk', '@ai-sdk/anthropic', '@langchain/anthropic', 'langchain/chat_models/anthropic'], ['api.anthropic.com'], [], ['Claude']],
  ['google-gemini', 'Google Gemini', 'ai', ['@google/generative-ai', '@google/genai', '@ai-sdk/google', '@langchain/google-genai'], ['generativelanguage.googleapis.com'], [], ['Gemini']],
  ['mistral', 'Mistral AI', 'ai', ['@mistralai/mistralai', '@langchain/mistralai'], ['api.mistral.ai']],
  ['cohere', 'Cohere', 'ai', ['cohere-ai', '@langchain/cohere', 'langchain/llms/cohere', 'langchain/embeddings/cohere'], ['api.cohere.ai', 'api.cohere.com']],
  ['replicate', 'Replicate', 'ai', ['replicate'], ['api.replicate.com']],
  // data and flags
  ['snowflake', 'Snowflake', 'data_warehouse', ['snowflake-sdk'], ['snowflakecomputing.com']],
  ['bigquery', 'Google BigQuery', 'data_warehouse', ['@google-cloud/bigquery'], ['bigquery.googleapis.com'], [], ['BigQuery']],
  ['launchdarkly', 'LaunchDarkly', 'feature_flags', ['launchdarkly-node-server-sdk', '@launchdarkly/node-server-sdk', 'launchdarkly-js-client-sdk', 'launchdarkly-react-client-sdk'], ['app.launchdarkly.com', 'events.launchdarkly.com']],
  ['statsig', 'Statsig', 'feature_flags', ['statsig-node', 'statsig-js', '@statsig/js-client'], ['api.statsig.com']],
  ['optimizely', 'Optimizely', 'feature_flags', ['@optimizely/optimizely-sdk'], ['logx.optimizely.com']],
  ['growthbook', 'GrowthBook', 'feature_flags', ['@growthbook/growthbook', '@growthbook/growthbook-react'], ['cdn.growthbook.io']],
  // maps
  ['google-maps', 'Google Maps Platform', 'maps', ['@googlemaps/google-maps-services-js', '@react-google-maps/api', '@googlemaps/js-api-loader'], ['maps.googleapis.com', 'places.googleapis.com', 'addressvalidation.googleapis.com', 'routes.googleapis.com', 'geocoding.googleapis.com', 'roads.googleapis.com', 'routeoptimization.googleapis.com'], [], ['Google Maps', 'Google Places']],
  ['mapbox', 'Mapbox', 'maps', ['mapbox-gl', '@mapbox/mapbox-sdk'], ['api.mapbox.com']],
  ['here', 'HERE', 'maps', [], ['geocode.search.hereapi.com']],
  ['ipinfo', 'IPinfo', 'maps', ['node-ipinfo'], ['ipinfo.io']],
  // automation
  ['zapier', 'Zapier', 'automation', [], ['hooks.zapier.com', 'zapier.com']],
  ['make', 'Make', 'automation', [], ['hook.eu1.make.com', 'hook.us1.make.com'], [], ['Integromat']],
  ['ifttt', 'IFTTT', 'automation', [], ['maker.ifttt.com']],
  ['airtable', 'Airtable', 'automation', ['airtable'], ['api.airtable.com']],
  ['notion', 'Notion', 'automation', ['@notionhq/client'], ['api.notion.com']],
  ['google-sheets', 'Google Sheets', 'automation', [], ['sheets.googleapis.com']],
  // cloud
  ['aws', 'Amazon Web Services', 'cloud_hosting', ['aws-sdk', '@aws-sdk/client-s3', '@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb', 'aws-cdk-lib'], ['amazonaws.com'], [], ['AWS', 'Amazon']],
  ['gcp', 'Google Cloud', 'cloud_hosting', ['@google-cloud/storage', '@google-cloud/firestore', '@google-cloud/pubsub', 'firebase-admin', 'firebase'], ['storage.googleapis.com', 'firestore.googleapis.com'], [], ['Google Cloud Platform', 'GCP', 'Firebase', 'Google Ireland', 'Google LLC']],
  ['azure', 'Microsoft Azure', 'cloud_hosting', ['@azure/storage-blob', '@azure/cosmos', '@azure/identity'], ['blob.core.windows.net', 'documents.azure.com'], [], ['Azure']],
  ['vercel', 'Vercel', 'cloud_hosting', ['@vercel/blob'], ['vercel.com'], []],
  // (Vercel's key-value store and database: the product's own store, kept on the platform.)
  ['vercel-kv', 'Vercel KV', 'cloud_hosting', ['@vercel/kv', '@vercel/postgres'], ['kv.vercel-storage.com'], [], ['Vercel Postgres']],
  ['cloudflare', 'Cloudflare', 'cloud_hosting', ['cloudflare'], ['api.cloudflare.com', 'r2.cloudflarestorage.com']],
  ['cloudinary', 'Cloudinary', 'cloud_hosting', ['cloudinary'], ['api.cloudinary.com', 'res.cloudinary.com']],
  ['algolia', 'Algolia', 'cloud_hosting', ['algoliasearch'], ['algolia.net', 'algolianet.com']],
  ['mongodb-atlas', 'MongoDB Atlas', 'cloud_hosting', [], ['mongodb.net'], [], ['MongoDB']],
];

export const SERVICES: ServiceDef[] = [...ROWS, ...MORE_ROWS].map(([id, name, kind, packages, hosts, globals, aliases, sends]) => ({
  id,
  name,
  kind,
  packages,
  hosts,
  globals: globals ?? [],
  aliases: aliases ?? [],
  ...(sends ? { sends } : {}),
}));
