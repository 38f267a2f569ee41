import { Badge, Button, Card, Checkbox, Collapse, Group, Menu, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { PhoneText } from '@/components/phone-text';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { BulkSendModal } from '@/features/messaging/components/bulk-send-modal';
import type { ExportFormat } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { downloadBase64 } from '@/lib/download';
import { formatNumber } from '@/lib/format';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useExportContacts } from '../api/export-contacts';
import { useContacts } from '../api/get-contacts';
import { BulkActions } from './bulk-actions';
import { ContactFilters, emptyContactFilter, useContactFilterInput, type ContactFilterState } from './contact-filters';
import { ContactFormModal } from './contact-form-modal';
import { StageBadge } from './stage-badge';

export function ContactsList() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission(PERMISSIONS.contactsWrite);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [filterState, setFilterState] = useState<ContactFilterState>(emptyContactFilter);
  const filter = useContactFilterInput(filterState);
  const [filtersOpened, filters] = useDisclosure(false);
  const [createOpened, create] = useDisclosure(false);
  const [bulkSendOpened, bulkSend] = useDisclosure(false);
  const canBulkSend = usePermission(PERMISSIONS.campaignsWrite);
  const [selected, setSelected] = useState<string[]>([]);
  const contacts = useContacts({ search: debouncedSearch, filter });
  const exportContacts = useExportContacts();

  const rows = contacts.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const total = contacts.data?.pages[0]?.totalCount ?? 0;
  const allSelected = rows.length > 0 && rows.every((r) => selected.includes(r.id));
  const activeFilters = filter ? Object.keys(filter).length : 0;

  const runExport = (format: ExportFormat) =>
    exportContacts.mutate(
      { filter, search: debouncedSearch, format },
      {
        onSuccess: (file) => {
          downloadBase64(file.fileName, file.contentType, file.contentBase64);
          notifySuccess(t('contacts.export.done', { count: file.rowCount, formatted: formatNumber(file.rowCount, i18n.language) }));
        },
        onError: notifyError,
      },
    );

  return (
    <>
      <PageHeader
        title={t('contacts.title')}
        description={t('contacts.description')}
        actions={
          <Group gap="xs">
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" loading={exportContacts.isPending} data-testid="contacts-export">
                  {t('contacts.export.button')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => runExport('XLSX')} data-testid="contacts-export-xlsx">{t('contacts.export.xlsx')}</Menu.Item>
                <Menu.Item onClick={() => runExport('CSV')} data-testid="contacts-export-csv">{t('contacts.export.csv')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
            {canWrite && (
              <Button variant="light" component={Link} to={paths.contactsImport} data-testid="contacts-import">
                {t('contacts.import.button')}
              </Button>
            )}
            {canWrite && (
              <Button onClick={create.open} data-testid="contacts-new">
                {t('contacts.new')}
              </Button>
            )}
          </Group>
        }
      />

      <Card withBorder radius="lg" padding="lg" data-testid="contacts-list">
        <Stack>
          <Group gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              placeholder={t('contacts.searchPlaceholder')}
              aria-label={t('contacts.search')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              data-testid="contacts-search"
            />
            <Button variant={activeFilters ? 'light' : 'default'} onClick={filters.toggle} data-testid="contacts-filters-toggle">
              {t('contacts.filters.button')}
              {activeFilters > 0 && (
                <Badge size="xs" ms={6} circle>{formatNumber(activeFilters, i18n.language)}</Badge>
              )}
            </Button>
          </Group>
          <Collapse expanded={filtersOpened}>
            <ContactFilters value={filterState} onChange={setFilterState} />
          </Collapse>

          {canWrite && selected.length > 0 && <BulkActions ids={selected} onDone={() => setSelected([])} />}

          <Group gap="xs" justify="space-between">
            <Text size="sm" c="dimmed" data-testid="contacts-total">
              {t('contacts.total', { count: total, formatted: formatNumber(total, i18n.language) })}
            </Text>
            {canBulkSend && (
              <Button
                variant="light"
                size="xs"
                onClick={bulkSend.open}
                // The count must be the list's own: wait while a new filter or search is loading.
                disabled={total === 0 || contacts.isPlaceholderData || contacts.isFetching || search.trim() !== debouncedSearch}
                data-testid="contacts-bulk-send"
              >
                {t('contacts.bulkSend', { count: total, formatted: formatNumber(total, i18n.language) })}
              </Button>
            )}
          </Group>

          {contacts.isError && <ErrorAlert error={contacts.error} />}
          {contacts.isPending && <Skeleton h={200} />}
          {contacts.data && rows.length === 0 && (
            <Text c="dimmed" size="sm" ta="center" py="xl" data-testid="contacts-empty">
              {debouncedSearch || filter ? t('contacts.noMatches') : t('contacts.empty')}
            </Text>
          )}
          {rows.length > 0 && (
            <Table.ScrollContainer minWidth={880}>
              <Table verticalSpacing="sm" highlightOnHover style={{ opacity: contacts.isPlaceholderData ? 0.6 : 1 }}>
                <Table.Thead>
                  <Table.Tr>
                    {canWrite && (
                      <Table.Th w={40}>
                        <Checkbox
                          aria-label={t('contacts.bulk.selectAll')}
                          checked={allSelected}
                          indeterminate={!allSelected && selected.length > 0}
                          onChange={() => setSelected(allSelected ? [] : rows.map((r) => r.id))}
                          data-testid="contacts-select-all"
                        />
                      </Table.Th>
                    )}
                    <Table.Th>{t('contacts.columns.name')}</Table.Th>
                    <Table.Th>{t('contacts.columns.phone')}</Table.Th>
                    <Table.Th>{t('contacts.columns.stage')}</Table.Th>
                    <Table.Th>{t('contacts.columns.tags')}</Table.Th>
                    <Table.Th>{t('contacts.columns.owner')}</Table.Th>
                    <Table.Th>{t('contacts.columns.createdAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((c) => (
                    <Table.Tr
                      key={c.id}
                      data-testid="contact-row"
                      data-id={c.id}
                      style={{ cursor: 'pointer' }}
                      onClick={() => navigate(paths.contact(c.id))}
                    >
                      {canWrite && (
                        <Table.Td onClick={(e) => e.stopPropagation()}>
                          <Checkbox
                            aria-label={c.fullName}
                            checked={selected.includes(c.id)}
                            onChange={(e) =>
                              setSelected((s) => (e.currentTarget.checked ? [...s, c.id] : s.filter((id) => id !== c.id)))
                            }
                            data-testid="contact-select"
                          />
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Text size="sm" fw={500} c="cyan.8" td="none" component={Link} to={paths.contact(c.id)} onClick={(e) => e.stopPropagation()} data-testid="contact-name">
                          {c.fullName}
                        </Text>
                        {c.city && <Text size="xs" c="dimmed">{c.city}</Text>}
                      </Table.Td>
                      <Table.Td><Text size="sm"><PhoneText value={c.primaryPhone} /></Text></Table.Td>
                      <Table.Td><StageBadge stage={c.stage} /></Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {c.tags.map((tag) => (
                            <Badge key={tag} size="sm" variant="outline" tt="none">{tag}</Badge>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td><Text size="sm">{c.owner?.fullName ?? '—'}</Text></Table.Td>
                      <Table.Td><Text size="sm"><DateText value={c.createdAt} /></Text></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {contacts.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void contacts.fetchNextPage()} loading={contacts.isFetchingNextPage} data-testid="contacts-load-more">
                {t('common.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      </Card>
      {canWrite && (
        <ContactFormModal opened={createOpened} onClose={create.close} onSaved={(c) => navigate(paths.contact(c.id))} />
      )}
      {canBulkSend && (
        <BulkSendModal audience={{ filter, search: debouncedSearch, total }} opened={bulkSendOpened} onClose={bulkSend.close} />
      )}
    </>
  );
}
