import { createHash } from 'node:crypto';

const PIXEL_ID = process.env.META_PIXEL_ID ?? '';

/** Sends the sign-up to the Meta Conversions API so ad campaigns can be attributed. */
export async function reportSignup(email: string, referralCode: string): Promise<void> {
  await fetch(`https://graph.facebook.com/v19.0/${PIXEL_ID}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ data: [{ event_name: 'CompleteRegistration', user_data: { em: email, ref: referralCode } }] }),
  });
}

/** The hashed variant: a hashed address is still personal data, but the flow stops at the hash here. */
export function hashedEmail(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}
