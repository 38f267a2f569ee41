import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { Ltr } from '@/components/ltr';
import { PhoneText } from '@/components/phone-text';
import type { ContactDetailFieldsFragment } from '@/gql/graphql';
import { formatCalendarDate, formatNumber, formatPlainDate } from '@/lib/format';
import { useCustomFieldDefinitions } from '../api/get-custom-field-definitions';
import { SectionCard } from './section-card';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
      <Text c="dimmed" size="sm" style={{ flexShrink: 0 }}>{label}</Text>
      <Text size="sm" component="div" ta="end">{children}</Text>
    </Group>
  );
}

export function ContactProfile({ contact }: { contact: ContactDetailFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const defs = useCustomFieldDefinitions().data ?? [];
  const custom = (contact.customFields ?? {}) as Record<string, unknown>;
  const customText = (type: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (Array.isArray(v)) return v.join('، ');
    if (type === 'DATE' && typeof v === 'string') return formatPlainDate(v, locale);
    if (type === 'NUMBER' && typeof v === 'number') return formatNumber(v, locale);
    return String(v);
  };
  return (
    <SectionCard title={t('contacts.sections.profile')} testId="contact-profile">
      <Stack gap={6}>
        <Row label={t('contacts.fields.gender')}>{contact.gender ? t(`enums.Gender.${contact.gender}`) : '—'}</Row>
        <Row label={t('contacts.fields.birthDate')}>{formatCalendarDate(contact.birthDate, locale) || '—'}</Row>
        <Row label={t('contacts.fields.email')}>{contact.email ? <Ltr>{contact.email}</Ltr> : '—'}</Row>
        <Row label={t('contacts.fields.phones')}>
          <Stack gap={2} align="flex-end">
            {contact.phones.length === 0 && '—'}
            {contact.phones.map((p) => (
              <span key={p.id} data-testid="contact-phone-item">
                <PhoneText value={p.e164} />
                {(p.label || p.isPrimary) && (
                  <Text span size="xs" c="dimmed" ms={6}>
                    {[p.label, p.isPrimary ? t('contacts.fields.primaryPhone') : null].filter(Boolean).join(' · ')}
                  </Text>
                )}
              </span>
            ))}
          </Stack>
        </Row>
        <Row label={t('contacts.fields.location')}>{[contact.province, contact.city].filter(Boolean).join('، ') || '—'}</Row>
        {contact.address && <Row label={t('contacts.fields.address')}>{contact.address}</Row>}
        <Row label={t('contacts.fields.source')}>{t(`enums.ContactSource.${contact.source}`)}</Row>
        {defs.map((def) => (
          <Row key={def.id} label={def.label}>{customText(def.type, custom[def.key])}</Row>
        ))}
        <Row label={t('contacts.columns.createdAt')}><DateText value={contact.createdAt} /></Row>
        {contact.notes && (
          <Text size="sm" mt="xs" dir="auto" style={{ whiteSpace: 'pre-wrap' }} bg="gray.0" p="xs">{contact.notes}</Text>
        )}
      </Stack>
    </SectionCard>
  );
}
