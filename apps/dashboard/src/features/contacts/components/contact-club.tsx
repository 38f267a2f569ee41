import { Badge, Button, Group, Modal, NumberInput, Progress, SimpleGrid, Skeleton, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PERMISSIONS } from '@/config/constants';
import { useClubMember } from '@/features/club/api/club-members';
import { useAdjustPoints, useContactLoyalty } from '@/features/club/api/contact-loyalty';
import { EnrollModal } from '@/features/club/components/club-members-list';
import { signedPoints } from '@/features/club/lib/loyalty-format';
import { clubTranslatingForm } from '@/features/club/lib/server-text';
import { formatBp } from '@/features/catalog/lib/percent';
import { usePermission } from '@/lib/authorization';
import { applyFieldErrors } from '@/lib/forms';
import { formatNumber } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { SectionCard } from './section-card';

/** The contact's club state on the 360 page (club:read): membership, tier and progress, points, vouchers, ledger; adjust points (club:manage). */
export function ContactClub({ contactId }: { contactId: string }) {
  const canRead = usePermission(PERMISSIONS.clubRead);
  if (!canRead) return null;
  return <ClubPanel contactId={contactId} />;
}

function ClubPanel({ contactId }: { contactId: string }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const canManage = usePermission(PERMISSIONS.clubManage);
  const member = useClubMember(contactId);
  const loyalty = useContactLoyalty(contactId, 8);
  const [adjusting, setAdjusting] = useState(false);
  const [enrolling, setEnrolling] = useState(false);
  const n = (v: number) => formatNumber(v, i18n.language);
  const data = loyalty.data;

  const actions = canManage ? (
    <Group gap="xs" wrap="nowrap">
      {member.data === null && <Button size="xs" variant="light" onClick={() => setEnrolling(true)} data-testid="club-enroll">{t('club.members.enroll')}</Button>}
      {data && <Button size="xs" variant="light" onClick={() => setAdjusting(true)} data-testid="club-adjust">{t('club.adjust.open')}</Button>}
    </Group>
  ) : undefined;

  return (
    <SectionCard title={t('club.panel.title')} actions={actions} testId="contact-club">
      {(member.isError || loyalty.isError) && <ErrorAlert error={member.error ?? loyalty.error} />}
      {(member.isPending || loyalty.isPending) && <Skeleton h={120} />}
      {member.isSuccess && data && (
        <Stack gap="md">
          {member.data ? (
            <Group gap="xs" wrap="wrap" data-testid="club-membership">
              <Badge variant="light" color={member.data.status === 'ACTIVE' ? 'teal' : 'red'} miw="max-content">{t(`club.memberStatus.${member.data.status}`)}</Badge>
              <Text size="sm">
                {t('club.panel.memberSince')} <DateText value={member.data.joinedAt} />
              </Text>
              <Text size="xs" c="dimmed">({t(`club.joinedVia.${member.data.joinedVia}`)})</Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed" data-testid="club-not-member">{t('club.panel.notMember')}</Text>
          )}
          <SimpleGrid cols={3} spacing="sm">
            <Stat label={t('club.panel.balance')} value={n(data.balance)} testId="club-balance" strong />
            <Stat label={t('club.panel.expiringSoon')} value={n(data.expiringSoon)} testId="club-expiring" warn={data.expiringSoon > 0} />
            <Stat label={t('club.panel.lifetime')} value={n(data.lifetimeEarned)} />
          </SimpleGrid>
          <div data-testid="club-tier">
            <Group justify="space-between" mb={4} wrap="nowrap">
              <Text size="sm" fw={600}>{data.tier.current ? data.tier.current.name : t('club.panel.noTier')}</Text>
              {data.tier.next && (
                <Text size="xs" c="dimmed">
                  {t(data.tier.basis === 'PURCHASE_COUNT' ? 'club.panel.toNextPurchases' : 'club.panel.toNextPoints', { count: data.tier.toNext ?? 0, formatted: n(data.tier.toNext ?? 0), tier: `\u2068${data.tier.next.name}\u2069` })}
                </Text>
              )}
            </Group>
            <Progress value={data.tier.progressPercent} color="grape" size="md" radius="xl" aria-label={t('club.panel.progress')} />
            <Text size="xs" c="dimmed" mt={4}>
              {t(data.tier.basis === 'PURCHASE_COUNT' ? 'club.panel.qualifyingPurchases' : 'club.panel.qualifyingPoints', { count: data.tier.qualifying, formatted: n(data.tier.qualifying), months: n(data.tier.windowMonths) })}
            </Text>
          </div>
          {data.referralCode && (
            <Text size="xs" c="dimmed">{t('club.panel.referralCode')} <Text span ff="monospace" fw={600} c="dark"><Ltr>{data.referralCode}</Ltr></Text></Text>
          )}
          {data.vouchers.length > 0 && (
            <div data-testid="club-vouchers">
              <Text size="sm" fw={600} mb={4}>{t('club.panel.vouchers')}</Text>
              <Stack gap={4}>
                {data.vouchers.map((v) => (
                  <Group key={v.id} justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" ff="monospace"><Ltr>{v.code}</Ltr></Text>
                    <Text size="sm">{v.kind === 'PERCENT' ? formatBp(v.value, i18n.language) : money.format(v.value)}</Text>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{v.validTo ? <>{t('catalog.validity.until')} <DateText value={v.validTo} /></> : '—'}</Text>
                  </Group>
                ))}
              </Stack>
            </div>
          )}
          {data.stampCards.length > 0 && (
            <div>
              <Text size="sm" fw={600} mb={4}>{t('club.panel.stampCards')}</Text>
              {data.stampCards.map((c) => (
                <Group key={c.reward.id} justify="space-between" wrap="nowrap">
                  <Text size="sm"><bdi>{c.reward.name}</bdi></Text>
                  <Text size="sm">{t('club.panel.stamps', { stamps: n(c.stamps), required: n(c.required) })}</Text>
                </Group>
              ))}
            </div>
          )}
          <div>
            <Text size="sm" fw={600} mb={4}>{t('club.panel.ledger')}</Text>
            {data.entries.edges.length === 0 ? (
              <Text size="sm" c="dimmed">{t('club.panel.noEntries')}</Text>
            ) : (
              <Table verticalSpacing={6} data-testid="club-ledger">
                <Table.Tbody>
                  {data.entries.edges.map(({ node: e }) => (
                    <Table.Tr key={e.id} data-testid="club-ledger-row">
                      <Table.Td w={70}><Text size="sm" fw={600} c={e.delta > 0 ? 'teal' : 'red'} style={{ whiteSpace: 'nowrap' }}>{signedPoints(e.delta, i18n.language)}</Text></Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`club.source.${e.source}`)}</Text>
                        {e.reason && <Text size="xs" c="dimmed" lineClamp={2}><bdi>{e.reason}</bdi></Text>}
                        {e.actor && <Text size="xs" c="dimmed" data-testid="club-ledger-actor">{t('club.panel.adjustedBy', { name: `\u2068${e.actor.fullName}\u2069` })}</Text>}
                      </Table.Td>
                      <Table.Td ta="end"><Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}><DateText value={e.createdAt} /></Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </div>
        </Stack>
      )}
      {adjusting && data && <AdjustModal contactId={contactId} balance={data.balance} onClose={() => setAdjusting(false)} />}
      {enrolling && <EnrollModal contactId={contactId} onClose={() => setEnrolling(false)} />}
    </SectionCard>
  );
}

function Stat({ label, value, testId, strong, warn }: { label: string; value: string; testId?: string; strong?: boolean; warn?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size={strong ? 'xl' : 'lg'} fw={700} c={warn ? 'orange' : undefined} data-testid={testId}>{value}</Text>
    </div>
  );
}

function AdjustModal({ contactId, balance, onClose }: { contactId: string; balance: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const adjust = useAdjustPoints();
  const [error, setError] = useState<unknown>(null);
  // One key per submitted (delta, reason): a double click or a retry after a lost answer adjusts once; edited values are a new submission.
  const submission = useRef<{ values: string; key: string } | null>(null);
  const form = useForm({
    initialValues: { delta: '' as number | string, reason: '' },
    validate: {
      // Going below 0 is the API's call (the balance shown may be stale); its error names the balance.
      delta: (v) => (v === '' || Number(v) === 0 ? t('club.fieldErrors.nonZero') : null),
      reason: (v) => (v.trim() ? null : t('club.fieldErrors.reasonRequired')),
    },
  });
  const submit = form.onSubmit((v) => {
    setError(null);
    const input = { contactId, delta: Number(v.delta), reason: v.reason.trim() };
    const values = JSON.stringify(input);
    if (submission.current?.values !== values) submission.current = { values, key: `dashboard:adjust:${crypto.randomUUID?.() ?? String(Math.random()).slice(2)}` };
    adjust.mutate(
      { ...input, idempotencyKey: submission.current.key },
      {
        onSuccess: (r) => {
          notifySuccess(t('club.adjust.done', { balance: formatNumber(r.balance, i18n.language) }));
          onClose();
        },
        onError: (e) => {
          if (!applyFieldErrors(clubTranslatingForm(form, t), e)) setError(e);
        },
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={t('club.adjust.title')} centered>
      <form onSubmit={submit} noValidate data-testid="adjust-form">
        <Stack>
          {error != null && <ErrorAlert error={error} />}
          <Text size="sm" c="dimmed">{t('club.adjust.hint', { balance: formatNumber(balance, i18n.language) })}</Text>
          <NumberInput label={t('club.adjust.delta')} description={t('club.adjust.deltaHint')} inputWrapperOrder={['label', 'input', 'description', 'error']} required allowDecimal={false} dir="ltr" data-testid="adjust-delta" {...form.getInputProps('delta')} />
          <Textarea label={t('club.adjust.reason')} required autosize minRows={2} dir="auto" data-testid="adjust-reason" {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={adjust.isPending} data-testid="adjust-submit">{t('club.adjust.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
