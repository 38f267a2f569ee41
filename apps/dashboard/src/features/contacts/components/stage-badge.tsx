import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const STAGE_COLORS: Record<string, string> = {
  SUSPECT: 'gray',
  PROSPECT: 'blue',
  DISQUALIFIED: 'dark',
  FIRST_TIME_CUSTOMER: 'teal',
  REPEAT_CUSTOMER: 'green',
  CLIENT: 'indigo',
  ADVOCATE: 'grape',
  PARTNER: 'violet',
  INACTIVE: 'orange',
  LOST: 'red',
};

export function StageBadge({ stage, ...props }: { stage: string } & BadgeProps) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STAGE_COLORS[stage] ?? 'gray'} data-testid="stage-badge" data-stage={stage} {...props}>
      {t(`enums.LifecycleStage.${stage}`, { defaultValue: stage })}
    </Badge>
  );
}
