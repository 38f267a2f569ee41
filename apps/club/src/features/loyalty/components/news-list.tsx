import { Badge, Button, Card, Group, Image, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { QueryList } from '@/components/query-list';
import { safeImageUrl } from '@/lib/branding';
import { useClub } from '@/lib/club-context';
import { formatNumber } from '@/lib/format';
import { useClickClubNews } from '../api/click-club-news';
import { type ClubNewsQuery } from '@/gql/graphql';
import { useClubNews } from '../api/get-club-news';
import { ParticipationForm } from './participation-form';

/**
 * Club news: opening an item earns its points once (the server also texts the new balance). Read in English, an item
 * shows its English title and body when staff wrote them, else the Persian text. Surveys and contests open a form
 * instead; once answered, the item says so with the points it earned.
 */
export function NewsList({ limit }: { limit?: number }) {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const news = useClubNews(club.slug);
  const click = useClickClubNews(club.slug);
  const [open, setOpen] = useState<Set<string>>(new Set());
  // An image that does not load (a link gone stale, no internet on the way) is left out, not shown as a broken box.
  const [broken, setBroken] = useState<Set<string>>(new Set());
  const [answering, setAnswering] = useState<ClubNewsQuery['clubNews'][number] | null>(null);
  const items = (news.data ?? []).slice(0, limit);

  const read = (id: string, url: string | null, clicked: boolean) => {
    setOpen((prev) => new Set(prev).add(id));
    if (url) window.open(url, '_blank', 'noopener');
    if (clicked) return;
    click.mutate(id, {
      onSuccess: (result) => {
        if (result.pointsAwarded > 0) {
          notifications.show({
            color: 'teal',
            message: t('news.earned', { points: formatNumber(result.pointsAwarded, i18n.language), balance: formatNumber(result.balance, i18n.language) }),
          });
        }
      },
    });
  };

  return (
    <>
    {answering && <ParticipationForm item={answering} onClose={() => setAnswering(null)} />}
    <QueryList query={news} items={items} empty={t('news.none')} testId="news">
      {(list) =>
        list.map((item) => {
          const image = broken.has(item.id) ? null : safeImageUrl(item.imageUrl);
          const expanded = open.has(item.id);
          const en = i18n.language === 'en' && !!item.titleEn;
          const lang = en ? 'en' : 'fa';
          const takesPart = item.kind !== 'NEWS';
          const done = takesPart ? item.answered : item.clicked;
          return (
            <Card key={item.id} withBorder radius="lg" padding="sm" data-testid="news-item" data-kind={item.kind}>
              {image && (
                <Card.Section>
                  <Image src={image} alt="" h={140} fit="cover" onError={() => setBroken((prev) => new Set(prev).add(item.id))} />
                </Card.Section>
              )}
              <Stack gap={6} mt={image ? 'sm' : 0}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={4}>
                    {takesPart && <Badge size="sm" variant="outline" color={club.color} data-testid="news-kind">{t(`participation.kinds.${item.kind}`)}</Badge>}
                    <Text fw={600} dir="auto" lang={lang} data-testid="news-title">{en ? item.titleEn : item.title}</Text>
                  </Stack>
                  {item.points > 0 && (
                    <Badge variant={done ? 'default' : 'light'} color={club.color} style={{ flexShrink: 0 }} data-testid="news-points">
                      {done ? t('news.earnedBadge') : t('news.pointsBadge', { value: formatNumber(item.points, i18n.language) })}
                    </Badge>
                  )}
                </Group>
                {item.publishedAt && <Text size="xs" c="dimmed"><DateText value={item.publishedAt} /></Text>}
                <Text size="sm" lineClamp={expanded ? undefined : 2} style={{ whiteSpace: 'pre-line' }} dir="auto" lang={lang} data-testid="news-body">
                  {en ? (item.bodyEn ?? '') : item.body}
                </Text>
                {takesPart && item.endsAt && !item.answered && (
                  <Text size="xs" c="dimmed">{item.closed ? t('participation.closed') : <>{t('participation.until')} <DateText value={item.endsAt} /></>}</Text>
                )}
                {takesPart && item.answered && (
                  <Text size="sm" c="teal" fw={500} data-testid="news-answered" data-points={item.pointsEarned}>
                    {item.pointsEarned > 0
                      ? t(`participation.doneWithPoints.${item.kind}`, { points: formatNumber(item.pointsEarned, i18n.language) })
                      : t(`participation.done.${item.kind}`)}
                  </Text>
                )}
                {takesPart && !item.answered && !item.closed && (
                  <Group>
                    <Button size="xs" color={club.color} onClick={() => setAnswering(item)} data-testid="news-participate">
                      {t(`participation.start.${item.kind}`)}
                    </Button>
                  </Group>
                )}
                {!takesPart && !expanded && (
                  <Group>
                    <Button
                      size="xs"
                      variant="light"
                      color={club.color}
                      loading={click.isPending && click.variables === item.id}
                      onClick={() => read(item.id, item.url ?? null, item.clicked)}
                      data-testid="news-open"
                    >
                      {t('news.read')}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Card>
          );
        })
      }
    </QueryList>
    </>
  );
}
