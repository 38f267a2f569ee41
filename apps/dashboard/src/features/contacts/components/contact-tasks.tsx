import { Button, Skeleton, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useContactTasks } from '@/features/tasks/api/get-contact-tasks';
import { TaskFormModal } from '@/features/tasks/components/task-form-modal';
import { TasksTable } from '@/features/tasks/components/tasks-table';
import { SectionCard } from './section-card';

export function ContactTasks({ contactId, canWrite }: { contactId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const tasks = useContactTasks(contactId);
  const [opened, modal] = useDisclosure(false);
  // Open first (by due date), then the rest.
  const sorted = [...(tasks.data ?? [])].sort((a, b) => {
    if ((a.status === 'OPEN') !== (b.status === 'OPEN')) return a.status === 'OPEN' ? -1 : 1;
    return (a.dueAt ?? '').localeCompare(b.dueAt ?? '');
  });
  return (
    <SectionCard
      title={t('contacts.sections.tasks')}
      testId="contact-tasks"
      actions={canWrite && <Button size="xs" variant="light" onClick={modal.open} data-testid="contact-add-task">{t('tasks.create.button')}</Button>}
    >
      {tasks.isError && <ErrorAlert error={tasks.error} />}
      {tasks.isPending && <Skeleton h={60} />}
      {tasks.data && sorted.length === 0 && <Text size="sm" c="dimmed">{t('tasks.noneForContact')}</Text>}
      {sorted.length > 0 && <TasksTable tasks={sorted} canWrite={canWrite} hideContact />}
      {canWrite && <TaskFormModal opened={opened} onClose={modal.close} contactId={contactId} />}
    </SectionCard>
  );
}
