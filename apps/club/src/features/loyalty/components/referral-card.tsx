import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { IconCopy, IconShare } from '@/components/icons';
import { Ltr } from '@/components/ltr';
import { SectionCard } from '@/components/section-card';
import { useClub } from '@/lib/club-context';
import { formatNumber } from '@/lib/format';
import { useMyReferral } from '../api/get-my-referral';

/** My code and link to share; friends who join with it and buy reward us both. */
export function ReferralCard() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const referral = useMyReferral(club.slug);
  const data = referral.data;
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <SectionCard title={t('referral.title')} testId="referral">
      {referral.isError && <ErrorAlert error={referral.error} />}
      {data && (
        <Stack gap="sm">
          <Text size="sm">{t('referral.explain', { name: club.isolatedName })}</Text>
          <Group gap="xs">
            <Text size="sm" c="dimmed">{t('referral.code')}</Text>
            <Ltr><Text ff="monospace" fw={700} size="lg" data-testid="referral-code">{data.code}</Text></Ltr>
          </Group>
          <TextInput value={data.link} readOnly dir="ltr" aria-label={t('referral.link')} onFocus={(e) => e.currentTarget.select()} data-testid="referral-link" />
          <Group gap="xs">
            <CopyButton value={data.link}>
              {({ copied, copy }) => (
                <Button size="sm" variant="light" color={copied ? 'teal' : club.color} leftSection={<IconCopy size={16} />} onClick={copy} data-testid="copy-referral">
                  {copied ? t('common.copied') : t('referral.copyLink')}
                </Button>
              )}
            </CopyButton>
            {canShare && (
              <Button
                size="sm"
                color={club.color}
                leftSection={<IconShare size={16} />}
                onClick={() => void navigator.share({ title: club.name, text: t('referral.shareText', { name: club.isolatedName }), url: data.link }).catch(() => undefined)}
              >
                {t('referral.share')}
              </Button>
            )}
          </Group>
          <Text size="sm" c="dimmed" data-testid="referral-counts">
            {t('referral.counts', { successful: formatNumber(data.successfulCount, i18n.language), pending: formatNumber(data.pendingCount, i18n.language) })}
          </Text>
        </Stack>
      )}
    </SectionCard>
  );
}
