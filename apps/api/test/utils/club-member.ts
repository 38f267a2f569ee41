import { gql } from './graphql';
import { SmsGateway } from './sms-gateway';
import type { TestApp } from './test-app';

export const REQUEST_CLUB_CODE = `mutation($input: RequestClubCodeInput!) { requestClubCode(input: $input) { phone expiresAt resendAfter codeLength registered } }`;
export const VERIFY_CLUB_CODE = `mutation($input: VerifyClubCodeInput!) {
  verifyClubCode(input: $input) { accessToken refreshToken expiresAt joined member { id contactId status joinedVia } }
}`;

export interface ClubMemberSession {
  /** `pvm_…` bearer token for member operations. */
  token: string;
  refreshToken: string;
  contactId: string;
  clubMemberId: string;
  /** True when this sign-in created the membership. */
  joined: boolean;
}

/** The latest club code the loopback SMS gateway received for a mobile number (waits for the outbox to send it). */
export async function clubCodeFromSms(sms: SmsGateway, phone: string, after = 0, timeoutMs = 15_000): Promise<string> {
  const receptor = phone.replace(/^\+/, '');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = sms.sent.slice(after).reverse().find((m) => m.receptor === receptor && /\b\d{5,6}\b/.test(m.message));
    if (found) return /\b(\d{5,6})\b/.exec(found.message)![1];
    if (Date.now() > deadline) throw new Error(`no club code reached ${phone} within ${timeoutMs} ms (sent: ${JSON.stringify(sms.sent.slice(-3))})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Signs a customer in to (or up for) a workspace's club the real way: requests a code, reads it from the loopback SMS
 * gateway and verifies it. The app must be started with the gateway, e.g.
 * `startTestApp({ env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k' } })`.
 * `phone` in any usual form ('09121234567', '+98912…'); each phone may ask for a code once a minute (resend cool-down).
 */
export async function signInClubMember(
  app: TestApp,
  sms: SmsGateway,
  input: { slug: string; phone: string; firstName?: string; lastName?: string; referralCode?: string },
): Promise<ClubMemberSession> {
  const mark = sms.sent.length;
  const requested = await gql(app, REQUEST_CLUB_CODE, { input: { slug: input.slug, phone: input.phone, purpose: 'LOGIN' } });
  if (requested.errors) throw new Error(`requestClubCode failed: ${JSON.stringify(requested.errors)}`);
  const code = await clubCodeFromSms(sms, requested.data!.requestClubCode.phone, mark);
  const verified = await gql(app, VERIFY_CLUB_CODE, {
    input: { slug: input.slug, phone: input.phone, code, firstName: input.firstName, lastName: input.lastName, referralCode: input.referralCode },
  });
  if (verified.errors) throw new Error(`verifyClubCode failed: ${JSON.stringify(verified.errors)}`);
  const s = verified.data!.verifyClubCode;
  return { token: s.accessToken, refreshToken: s.refreshToken, contactId: s.member.contactId, clubMemberId: s.member.id, joined: s.joined };
}
