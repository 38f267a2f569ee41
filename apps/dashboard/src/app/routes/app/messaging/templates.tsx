import { TemplatesList } from '@/features/messaging/components/templates-list';

export function TemplatesRoute() {
  return <TemplatesList />;
}
