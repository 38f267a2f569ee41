import type { ComponentType } from 'react';
import { IconCalendar, IconChecklist, IconMail, IconPhone } from '@/components/icons';

export const TASK_KIND_ICONS: Record<string, ComponentType<{ size?: number }>> = {
  CALL: IconPhone,
  MEETING: IconCalendar,
  EMAIL: IconMail,
  TODO: IconChecklist,
};
