import { Anchor, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { useClub } from '@/lib/club-context';
import { formatPhone, localDigits } from '@/lib/format';
import { codeDigits, parseMobile } from '@/lib/mobile';
import { forgetReferral, storedReferral } from '@/lib/referral';
import { useCountdown } from '@/lib/use-countdown';
import { errorCode, fieldErrorsOf } from '@peyvand/web';
import { useRequestClubCode, type ClubCodePurpose } from '../api/request-club-code';
import { useVerifyClubCode } from '../api/verify-club-code';
import type { ClubSessionPayload } from '../api/session-fields';

/**
 * Mobile → SMS code → signed in. A number that is not a member yet joins: the form then asks for an optional name and
 * SMS consent, and passes the referral code of the link the visitor came from.
 */
export function PhoneCodeForm({ purpose, onSignedIn }: { purpose: ClubCodePurpose; onSignedIn?: (session: ClubSessionPayload) => void }) {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const [phoneText, setPhoneText] = useState('');
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<{ e164: string; national: string; resendAfter: string; codeLength: number; registered: boolean } | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [smsConsent, setSmsConsent] = useState(false);
  const requestCode = useRequestClubCode();
  const verify = useVerifyClubCode();
  const resendIn = useCountdown(sentTo?.resendAfter);
  const joining = sentTo ? !sentTo.registered : false;
  const codeLength = sentTo?.codeLength ?? 6;

  const send = (e164: string, national: string) =>
    requestCode.mutate(
      { slug: club.slug, phone: e164, purpose, language: i18n.language },
      {
        onSuccess: (answer) => {
          setSentTo({ e164, national, resendAfter: answer.resendAfter, codeLength: answer.codeLength, registered: answer.registered });
          setCode('');
          setCodeError(null);
        },
        onError: (error) => {
          const fields = fieldErrorsOf(error);
          if (fields.phone) setPhoneError(t('signIn.phoneRefused'));
          // A club whose membership starts with a purchase refuses a newcomer's sign-up.
          else if (errorCode(error) === 'FORBIDDEN') setPhoneError(club.signUpOpen ? t('signIn.closed') : t('signIn.afterPurchaseOnly'));
        },
      },
    );

  const onPhoneSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMobile(phoneText);
    if (!parsed.ok) {
      setPhoneError(t(`signIn.phoneErrors.${parsed.reason}`));
      return;
    }
    setPhoneError(null);
    send(parsed.e164, parsed.national);
  };

  const onCodeSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!sentTo) return;
    if (code.length !== codeLength) {
      setCodeError(t('signIn.codeLength', { count: codeLength }));
      return;
    }
    const referralCode = joining ? storedReferral(club.slug) : null;
    verify.mutate(
      {
        slug: club.slug,
        phone: sentTo.e164,
        code,
        ...(joining && firstName.trim() ? { firstName: firstName.trim() } : {}),
        ...(joining && lastName.trim() ? { lastName: lastName.trim() } : {}),
        ...(referralCode ? { referralCode } : {}),
        ...(joining ? { smsConsent } : {}),
      },
      {
        onSuccess: (session) => {
          forgetReferral(club.slug);
          onSignedIn?.(session);
        },
        onError: (error) => {
          // A wrong, used or expired code answers UNAUTHENTICATED; too many tries answer TOO_MANY_REQUESTS (the alert).
          if (fieldErrorsOf(error).code || errorCode(error) === 'UNAUTHENTICATED') setCodeError(t('signIn.codeWrong'));
          else if (errorCode(error) === 'FORBIDDEN') setCodeError(club.signUpOpen ? t('signIn.closed') : t('signIn.afterPurchaseOnly'));
        },
      },
    );
  };

  if (!sentTo) {
    return (
      <form onSubmit={onPhoneSubmit} noValidate data-testid="phone-step">
        <Stack gap="md">
          <TextInput
            label={t('signIn.phoneLabel')}
            description={t('signIn.phoneHint')}
            placeholder={localDigits('0912 345 6789', i18n.language)}
            value={phoneText}
            onChange={(e) => setPhoneText(e.currentTarget.value)}
            error={phoneError}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            dir="ltr"
            size="md"
            autoFocus
            data-testid="phone-input"
          />
          {requestCode.isError && !phoneError && <ErrorAlert error={requestCode.error} />}
          {!club.signUpOpen && purpose !== 'CHECKOUT' && <Text size="xs" c="dimmed">{t('signIn.afterPurchaseHint')}</Text>}
          <Button type="submit" size="md" color={club.color} loading={requestCode.isPending} data-testid="send-code">
            {t('signIn.sendCode')}
          </Button>
        </Stack>
      </form>
    );
  }

  return (
    <form onSubmit={onCodeSubmit} noValidate data-testid="code-step">
      <Stack gap="md">
        <Text size="sm">
          {t('signIn.codeSentTo')} <Ltr><Text span fw={700}>{formatPhone(sentTo.e164, i18n.language)}</Text></Ltr>{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => setSentTo(null)} data-testid="change-phone">
            {t('signIn.changePhone')}
          </Anchor>
        </Text>
        <TextInput
          label={t('signIn.codeLabel')}
          value={localDigits(code, i18n.language)}
          onChange={(e) => {
            setCode(codeDigits(e.currentTarget.value, codeLength));
            setCodeError(null);
          }}
          error={codeError}
          inputMode="numeric"
          autoComplete="one-time-code"
          dir="ltr"
          size="lg"
          styles={{ input: { letterSpacing: '0.5em', textAlign: 'center', fontWeight: 700 } }}
          autoFocus
          data-testid="code-input"
        />
        {joining && (
          <Stack gap="sm" data-testid="join-fields">
            <Text size="sm" c="dimmed">{t('signIn.newMember', { name: club.isolatedName })}</Text>
            <Group grow align="flex-start" gap="sm">
              <TextInput label={t('signIn.firstName')} value={firstName} onChange={(e) => setFirstName(e.currentTarget.value)} autoComplete="given-name" data-testid="first-name" />
              <TextInput label={t('signIn.lastName')} value={lastName} onChange={(e) => setLastName(e.currentTarget.value)} autoComplete="family-name" data-testid="last-name" />
            </Group>
            <Checkbox checked={smsConsent} onChange={(e) => setSmsConsent(e.currentTarget.checked)} label={t('signIn.smsConsent')} data-testid="sms-consent" />
          </Stack>
        )}
        {verify.isError && !codeError && <ErrorAlert error={verify.error} />}
        <Button type="submit" size="md" color={club.color} loading={verify.isPending} data-testid="verify-code">
          {joining ? t('signIn.join') : t('signIn.verify')}
        </Button>
        <Group justify="center">
          {resendIn > 0 ? (
            <Text size="sm" c="dimmed" data-testid="resend-countdown">
              {t('signIn.resendIn', { time: localDigits(`${Math.floor(resendIn / 60)}:${String(resendIn % 60).padStart(2, '0')}`, i18n.language) })}
            </Text>
          ) : (
            <Anchor component="button" type="button" size="sm" onClick={() => send(sentTo.e164, sentTo.national)} disabled={requestCode.isPending} data-testid="resend-code">
              {t('signIn.resend')}
            </Anchor>
          )}
        </Group>
        {requestCode.isError && <ErrorAlert error={requestCode.error} />}
      </Stack>
    </form>
  );
}
