import { Alert, Anchor, Button, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '@/components/date-text';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import type { OpportunityFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatNumber, formatPlainDate } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { useWinOpportunity } from '../api/win-opportunity';
import { OpportunityFormModal } from './opportunity-form-modal';

/** A deal's details with its actions: edit, win, lose (reason required). */
export function OpportunityDrawer({ opportunity, onClose, onLose }: { opportunity: OpportunityFieldsFragment | null; onClose: () => void; onLose: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const canWrite = usePermission(PERMISSIONS.ordersWrite);
  const win = useWinOpportunity();
  const [editing, setEditing] = useState(false);
  const o = opportunity;
  return (
    <Drawer opened={!!o} onClose={onClose} position={i18n.dir() === 'rtl' ? 'left' : 'right'} title={o?.title} size="md" data-testid="opportunity-drawer">
      {o && (
        <Stack>
          <SimpleGrid cols={2}>
            <div><Text size="xs" c="dimmed">{t('pipeline.fields.contact')}</Text>{o.contact ? <Anchor size="sm" component={Link} to={paths.contact(o.contact.id)}>{o.contact.fullName}</Anchor> : '—'}</div>
            <div><Text size="xs" c="dimmed">{t('pipeline.fields.owner')}</Text><Text size="sm">{o.owner?.fullName ?? '—'}</Text></div>
            <div><Text size="xs" c="dimmed">{t('pipeline.fields.amount')}</Text><Text size="sm">{money.format(o.amount)}</Text></div>
            <div><Text size="xs" c="dimmed">{t('pipeline.fields.weighted')}</Text><Text size="sm">{money.format(o.weightedAmount)} ({formatNumber(o.probability, i18n.language)}٪)</Text></div>
            <div><Text size="xs" c="dimmed">{t('pipeline.fields.expectedClose')}</Text><Text size="sm">{o.expectedCloseDate ? formatPlainDate(o.expectedCloseDate, i18n.language) : '—'}</Text></div>
            <div><Text size="xs" c="dimmed">{t('pipeline.fields.status')}</Text><Text size="sm">{t(`pipeline.enums.OpportunityStatus.${o.status}`)}</Text></div>
          </SimpleGrid>
          {o.notes && <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>{o.notes}</Text>}
          {o.status === 'LOST' && <Alert color="red" variant="light" title={t('pipeline.lose.lostBecause')}><Text size="sm" dir="auto" data-testid="lost-reason">{o.lostReason}</Text>{o.lostAt && <Text size="xs" c="dimmed"><DateText value={o.lostAt} /></Text>}</Alert>}
          {o.status === 'WON' && <Alert color="teal" variant="light">{t('pipeline.win.wonAt')} <DateText value={o.wonAt} /></Alert>}
          {canWrite && o.status === 'OPEN' && (
            <Group>
              <Button variant="default" onClick={() => setEditing(true)} data-testid="opportunity-edit">{t('common.edit')}</Button>
              <Button color="teal" loading={win.isPending} onClick={() => win.mutate(o.id, { onSuccess: () => notifySuccess(t('pipeline.win.done')), onError: notifyError })} data-testid="opportunity-win">
                {t('pipeline.win.submit')}
              </Button>
              <Button color="red" variant="light" onClick={() => onLose(o.id)} data-testid="opportunity-lose">{t('pipeline.lose.submit')}</Button>
            </Group>
          )}
        </Stack>
      )}
      {editing && o && <OpportunityFormModal opened onClose={() => setEditing(false)} opportunity={o} />}
    </Drawer>
  );
}
