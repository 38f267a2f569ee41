import { Anchor, Badge, Button, Card, Group, Modal, SegmentedControl, Select, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PhoneText } from '@/components/phone-text';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { ContactPicker } from '@/features/contacts/components/contact-picker';
import type { ClubJoinVia, ClubMemberFieldsFragment, ClubMemberStatus } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useBlockClubMember, useClubMembers, useEnrollClubMember, useUnblockClubMember } from '../api/club-members';
import { useTiers } from '../api/tiers';

type StatusFilter = 'ALL' | ClubMemberStatus;
const JOINED_VIA: ClubJoinVia[] = ['SIGN_UP', 'PURCHASE', 'PLUGIN', 'STAFF'];

/** Club members: search, status filter, how they joined, balance and tier; block / unblock and enrol (club:manage). */
export function ClubMembersList() {
  const { t, i18n } = useTranslation();
  const canManage = usePermission(PERMISSIONS.clubManage);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const [tierId, setTierId] = useState<string | null>(null);
  const [joinedVia, setJoinedVia] = useState<ClubJoinVia | null>(null);
  const tiers = useTiers();
  const members = useClubMembers({ search: debounced, status: status === 'ALL' ? null : status, tierId, joinedVia });
  const filtered = !!debounced || status !== 'ALL' || !!tierId || !!joinedVia;
  const [enrolling, setEnrolling] = useState(false);
  const [blocking, setBlocking] = useState<ClubMemberFieldsFragment | null>(null);
  const unblock = useUnblockClubMember();
  const rows = members.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const total = members.data?.pages[0]?.totalCount;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="club-members">
      <Stack>
        <Group justify="space-between" wrap="wrap">
          <Group wrap="wrap">
            <TextInput placeholder={t('club.members.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={280} data-testid="members-search" />
            <SegmentedControl
              value={status}
              onChange={(v) => setStatus(v as StatusFilter)}
              data={(['ALL', 'ACTIVE', 'BLOCKED'] as const).map((s) => ({ value: s, label: t(`club.memberStatus.${s}`) }))}
              data-testid="members-status"
            />
            <Select
              placeholder={t('club.members.allTiers')}
              aria-label={t('club.members.tier')}
              data={(tiers.data ?? []).map((tier) => ({ value: tier.id, label: tier.name }))}
              value={tierId}
              onChange={setTierId}
              clearable
              w={170}
              data-testid="members-tier"
            />
            <Select
              placeholder={t('club.members.allJoinedVia')}
              aria-label={t('club.members.joinedViaFilter')}
              data={JOINED_VIA.map((v) => ({ value: v, label: t(`club.joinedVia.${v}`) }))}
              value={joinedVia}
              onChange={(v) => setJoinedVia(v as ClubJoinVia | null)}
              clearable
              w={190}
              data-testid="members-joined-via"
            />
          </Group>
          <Group>
            {total != null && <Text size="sm" c="dimmed" data-testid="members-total">{t('club.members.total', { count: total, formatted: formatNumber(total, i18n.language) })}</Text>}
            {canManage && <Button onClick={() => setEnrolling(true)} data-testid="member-enroll">{t('club.members.enroll')}</Button>}
          </Group>
        </Group>
        {members.isError && <ErrorAlert error={members.error} />}
        {members.isPending && <Skeleton h={200} />}
        {members.data && rows.length === 0 && <Text c="dimmed" size="sm" ta="center" py="xl">{filtered ? t('club.members.noMatches') : t('club.members.empty')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('club.members.member')}</Table.Th>
                  <Table.Th>{t('club.members.status')}</Table.Th>
                  <Table.Th>{t('club.members.tier')}</Table.Th>
                  <Table.Th>{t('club.members.balance')}</Table.Th>
                  <Table.Th>{t('club.members.joined')}</Table.Th>
                  <Table.Th>{t('club.members.lastSignIn')}</Table.Th>
                  {canManage && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((m) => (
                  <Table.Tr key={m.id} data-testid="member-row" data-contact-id={m.contactId}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.contact(m.contactId)} size="sm" fw={600}>{m.contact?.fullName ?? '—'}</Anchor>
                      {m.contact?.primaryPhone && <Text size="xs" c="dimmed"><PhoneText value={m.contact.primaryPhone} /></Text>}
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={m.status === 'ACTIVE' ? 'teal' : 'red'} miw="max-content" data-testid="member-status">{t(`club.memberStatus.${m.status}`)}</Badge>
                      {m.blockedReason && <Text size="xs" c="dimmed" lineClamp={1} maw={200}><bdi>{m.blockedReason}</bdi></Text>}
                    </Table.Td>
                    <Table.Td>{m.tier ? <Badge size="sm" variant="outline" color="grape" miw="max-content" data-testid="member-tier">{m.tier.name}</Badge> : <Text size="sm" c="dimmed">—</Text>}</Table.Td>
                    <Table.Td><Text size="sm" fw={600} data-testid="member-balance">{t('club.pointsCount', { count: m.balance, formatted: formatNumber(m.balance, i18n.language) })}</Text></Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}><DateText value={m.joinedAt} /></Text>
                      <Text size="xs" c="dimmed">{t(`club.joinedVia.${m.joinedVia}`)}</Text>
                    </Table.Td>
                    <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}><DateText value={m.lastSignInAt} /></Text></Table.Td>
                    {canManage && (
                      <Table.Td>
                        {m.status === 'ACTIVE' ? (
                          <Button size="xs" variant="subtle" color="red" onClick={() => setBlocking(m)} data-testid="member-block">{t('club.members.block')}</Button>
                        ) : (
                          <Button
                            size="xs"
                            variant="subtle"
                            loading={unblock.isPending && unblock.variables === m.contactId}
                            onClick={() => unblock.mutate(m.contactId, { onSuccess: () => notifySuccess(t('club.members.unblocked')), onError: notifyError })}
                            data-testid="member-unblock"
                          >
                            {t('club.members.unblock')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {members.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void members.fetchNextPage()} loading={members.isFetchingNextPage}>{t('common.loadMore')}</Button>
          </Group>
        )}
      </Stack>
      {enrolling && <EnrollModal onClose={() => setEnrolling(false)} />}
      {blocking && <BlockModal member={blocking} onClose={() => setBlocking(null)} />}
    </Card>
  );
}

export function EnrollModal({ onClose, contactId: fixed }: { onClose: () => void; contactId?: string }) {
  const { t } = useTranslation();
  const enroll = useEnrollClubMember();
  const [contactId, setContactId] = useState<string | null>(fixed ?? null);
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal opened onClose={onClose} title={t('club.members.enrollTitle')} centered>
      <Stack>
        {error != null && <ErrorAlert error={error} />}
        <Text size="sm" c="dimmed">{t('club.members.enrollHint')}</Text>
        {!fixed && <ContactPicker label={t('club.members.contact')} value={contactId} onChange={setContactId} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            disabled={!contactId}
            loading={enroll.isPending}
            data-testid="enroll-submit"
            onClick={() =>
              contactId &&
              enroll.mutate(contactId, {
                onSuccess: () => {
                  notifySuccess(t('club.members.enrolled'));
                  onClose();
                },
                onError: setError,
              })
            }
          >
            {t('club.members.enroll')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function BlockModal({ member, onClose }: { member: ClubMemberFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const block = useBlockClubMember();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal opened onClose={onClose} title={t('club.members.blockTitle', { name: member.contact?.fullName ?? '' })} centered>
      <Stack>
        {error != null && <ErrorAlert error={error} />}
        <Text size="sm" c="dimmed">{t('club.members.blockHint')}</Text>
        <TextInput label={t('club.members.blockReason')} dir="auto" value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="block-reason" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            color="red"
            loading={block.isPending}
            data-testid="block-submit"
            onClick={() =>
              block.mutate(
                { contactId: member.contactId, reason: reason.trim() || null },
                {
                  onSuccess: () => {
                    notifySuccess(t('club.members.blocked'));
                    onClose();
                  },
                  onError: setError,
                },
              )
            }
          >
            {t('club.members.block')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
