import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import type { ContactDetailFieldsFragment } from '@/gql/graphql';
import { stageReasonText } from '../lib/timeline-text';
import { SectionCard } from './section-card';
import { StageBadge } from './stage-badge';

export function StageHistory({ contact }: { contact: ContactDetailFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const history = [...contact.stageHistory].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    <SectionCard title={t('contacts.sections.stageHistory')} testId="stage-history">
      <Stack gap="sm">
        {history.length === 0 && <Text size="sm" c="dimmed">{t('contacts.stage.noHistory')}</Text>}
        {history.map((h) => (
          <div key={h.id} data-testid="stage-change">
            <Group gap={6}>
              {h.from && <StageBadge stage={h.from} size="xs" variant="outline" />}
              {h.from && <Text size="xs" c="dimmed">{t('contacts.stage.arrow')}</Text>}
              <StageBadge stage={h.to} size="xs" />
            </Group>
            <Text size="xs" mt={2} dir="auto" data-testid="stage-change-reason">{stageReasonText(h.reason, t, i18n.language, h.automatic).text}</Text>
            <Text size="xs" c="dimmed">
              <DateText value={h.changedAt} withTime /> · {h.automatic ? t('contacts.stage.automatic') : (h.changedBy?.fullName ?? '—')}
            </Text>
          </div>
        ))}
      </Stack>
    </SectionCard>
  );
}
