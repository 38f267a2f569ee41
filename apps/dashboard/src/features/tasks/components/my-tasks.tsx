import { Button, Card, Skeleton, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { PERMISSIONS } from '@/config/constants';
import type { TaskScope } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { useMyTasks } from '../api/get-my-tasks';
import { TaskFormModal } from './task-form-modal';
import { TasksTable } from './tasks-table';

const SCOPES: TaskScope[] = ['TODAY', 'OVERDUE', 'UPCOMING'];

export function MyTasks() {
  const { t } = useTranslation();
  const canWrite = usePermission(PERMISSIONS.contactsWrite);
  const [scope, setScope] = useState<TaskScope>('TODAY');
  const tasks = useMyTasks(scope);
  const [createOpened, create] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        description={t('tasks.description')}
        actions={canWrite && <Button onClick={create.open} data-testid="tasks-new">{t('tasks.create.button')}</Button>}
      />
      <Card withBorder radius="lg" padding="lg" data-testid="my-tasks">
        <Tabs value={scope} onChange={(v) => v && setScope(v as TaskScope)} mb="md">
          <Tabs.List>
            {SCOPES.map((s) => (
              <Tabs.Tab key={s} value={s} data-testid={`tasks-tab-${s}`}>{t(`tasks.scopes.${s}`)}</Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        {tasks.isError && <ErrorAlert error={tasks.error} />}
        {tasks.isPending && <Skeleton h={120} />}
        {tasks.data && tasks.data.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="lg" data-testid="tasks-empty">{t(`tasks.empty.${scope}`)}</Text>
        )}
        {tasks.data && tasks.data.length > 0 && <TasksTable tasks={tasks.data} canWrite={canWrite} />}
      </Card>
      {canWrite && <TaskFormModal opened={createOpened} onClose={create.close} />}
    </>
  );
}
