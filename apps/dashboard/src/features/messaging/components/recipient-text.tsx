import { Ltr } from '@/components/ltr';
import { PhoneText } from '@/components/phone-text';

/** The contact side of a message: a phone (national format) or an email address, always left to right. */
export function RecipientText({ channel, value }: { channel: string; value: string }) {
  if (channel === 'SMS') return <PhoneText value={value} />;
  return (
    <span data-testid="recipient-email">
      <Ltr>{value}</Ltr>
    </span>
  );
}
