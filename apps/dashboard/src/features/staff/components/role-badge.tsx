import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  OWNER: 'grape',
  ADMIN: 'indigo',
  SALES: 'teal',
  SUPPORT: 'orange',
  MARKETING: 'pink',
  WAREHOUSE: 'gray',
};

export function RoleBadge({ role }: { role: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[role] ?? 'gray'}>
      {t(`roles.${role}`, { defaultValue: role })}
    </Badge>
  );
}
