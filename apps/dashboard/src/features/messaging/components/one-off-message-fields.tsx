import { Input, SegmentedControl, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MESSAGE_PURPOSES } from '../lib/status';
import { textDirection } from '../lib/text-direction';
import { SmsPartCounter } from './sms-part-counter';

interface OneOffValues {
  channel: string;
  purpose: string;
  subject: string;
  body: string;
}

/** The fields of a message written by hand (not from a template): purpose, subject for email, text with the SMS counter. */
export function OneOffMessageFields({ values, inputProps, maxRows = 12 }: { values: OneOffValues; inputProps: (field: keyof OneOffValues) => GetInputPropsReturnType; maxRows?: number }) {
  const { t, i18n } = useTranslation();
  const textDir = i18n.language === 'fa' ? 'rtl' : 'ltr';
  return (
    <>
      <Input.Wrapper label={t('messaging.columns.purpose')} description={t(`messaging.purposeHint.${values.purpose}`)}>
        <div>
          <SegmentedControl
            mt={4}
            data={MESSAGE_PURPOSES.map((p) => ({ value: p, label: t(`enums.MessagePurpose.${p}`) }))}
            data-testid="send-purpose"
            {...inputProps('purpose')}
          />
        </div>
      </Input.Wrapper>
      {values.channel === 'EMAIL' && (
        <TextInput
          label={t('messaging.templates.fields.subject')}
          required
          dir={textDirection(values.subject, textDir)}
          data-testid="send-subject"
          {...inputProps('subject')}
        />
      )}
      <Textarea
        label={t('messaging.send.text')}
        description={t('messaging.send.textHint')}
        required
        autosize
        minRows={4}
        maxRows={maxRows}
        dir={textDirection(values.body, textDir)}
        data-testid="send-body"
        {...inputProps('body')}
      />
      {values.channel === 'SMS' && <SmsPartCounter text={values.body} />}
    </>
  );
}
