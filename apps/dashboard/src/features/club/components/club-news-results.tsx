import { Badge, Card, Group, Modal, Progress, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { formatNumber } from '@/lib/format';
import { useClubNewsResults } from '../api/club-news';

/** A survey's answers per question (members per option, the text answers) or a contest's entrants, with who took part. */
export function ClubNewsResultsModal({ id, title, onClose }: { id: string; title: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const results = useClubNewsResults(id);
  const n = (value: number) => formatNumber(value, i18n.language);
  const r = results.data;
  return (
    <Modal opened onClose={onClose} title={t('club.news.results.title', { title })} size="xl" centered>
      <Stack data-testid="news-results">
        {results.isError && <ErrorAlert error={results.error} />}
        {results.isPending && <Skeleton h={160} />}
        {r && (
          <>
            <Text size="sm" data-testid="results-respondents" data-count={r.respondents}>
              {t(r.news.kind === 'CONTEST' ? 'club.news.results.entrantsCount' : 'club.news.results.respondents', { count: r.respondents, formatted: n(r.respondents) })}
            </Text>
            {r.questions.map(({ question, answered, options, texts }, i) => (
              <Card key={question.id} withBorder radius="md" padding="sm" data-testid="results-question">
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={600} size="sm"><bdi>{`${n(i + 1)}. ${question.text}`}</bdi></Text>
                    <Badge variant="light" color="gray" miw="max-content">{t('club.news.results.answered', { formatted: n(answered) })}</Badge>
                  </Group>
                  {options.map(({ option, count }) => {
                    const percent = r.respondents ? Math.round((count / r.respondents) * 100) : 0;
                    return (
                      <Stack key={option.id} gap={2} data-testid="results-option" data-option={option.text} data-count={count}>
                        <Group justify="space-between">
                          <Text size="sm"><bdi>{option.text}</bdi></Text>
                          <Text size="sm" c="dimmed">{t('club.news.results.share', { count: n(count), percent: n(percent) })}</Text>
                        </Group>
                        <Progress value={percent} size="sm" />
                      </Stack>
                    );
                  })}
                  {question.type === 'TEXT' && texts.length === 0 && <Text size="sm" c="dimmed">{t('club.news.results.noTexts')}</Text>}
                  {texts.map((text, j) => (
                    <Text key={j} size="sm" dir="auto" style={{ whiteSpace: 'pre-line' }} data-testid="results-text">{text}</Text>
                  ))}
                </Stack>
              </Card>
            ))}
            <Text fw={600} size="sm">{t('club.news.results.entrants')}</Text>
            {r.entrants.length === 0 ? (
              <Text size="sm" c="dimmed">{t('club.news.results.none')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={520}>
                <Table verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('club.news.results.member')}</Table.Th>
                      {r.news.kind === 'CONTEST' && <Table.Th>{t('club.news.results.answer')}</Table.Th>}
                      <Table.Th>{t('club.news.points')}</Table.Th>
                      <Table.Th>{t('club.news.results.at')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {r.entrants.map((e) => (
                      <Table.Tr key={e.contactId} data-testid="results-entrant">
                        <Table.Td><bdi>{e.name}</bdi></Table.Td>
                        {r.news.kind === 'CONTEST' && <Table.Td><Text size="sm" dir="auto">{e.text ?? '—'}</Text></Table.Td>}
                        <Table.Td>{n(e.points)}</Table.Td>
                        <Table.Td><DateText value={e.createdAt} /></Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </>
        )}
      </Stack>
    </Modal>
  );
}
