import { Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PanelOverview() {
  const { t } = useTranslation();
  return (
    <Stack data-testid="panel-overview">
      <Card withBorder radius="lg">
        <Text>{t('panel.welcome')}</Text>
      </Card>
    </Stack>
  );
}
