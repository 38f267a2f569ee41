import { formatIranianPhone } from '@peyvand/phone';

/** A phone number (E.164 in, national format out), always in a left-to-right island. */
export function PhoneText({ value, fallback = '—' }: { value?: string | null; fallback?: string }) {
  if (!value) return <>{fallback}</>;
  // Foreign or unparsable numbers come back unchanged.
  const text = formatIranianPhone(value);
  return (
    <span dir="ltr" data-testid="phone-text" style={{ unicodeBidi: 'isolate', whiteSpace: 'nowrap' }}>
      {text}
    </span>
  );
}
