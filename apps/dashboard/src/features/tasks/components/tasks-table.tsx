import { ActionIcon, Badge, Button, Group, Modal, Stack, Table, Text, Textarea, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '@/components/date-text';
import { IconCheck } from '@/components/icons';
import { PhoneText } from '@/components/phone-text';
import { paths } from '@/config/paths';
import type { TaskFieldsFragment } from '@/gql/graphql';
import { notifyError, notifySuccess } from '@/lib/notify';
import { useCompleteTask } from '../api/complete-task';
import { TASK_KIND_ICONS } from './task-kind';

interface Props {
  tasks: TaskFieldsFragment[];
  canWrite: boolean;
  /** Hide the contact column (on the contact's own page). */
  hideContact?: boolean;
}

export function TasksTable({ tasks, canWrite, hideContact }: Props) {
  const { t } = useTranslation();
  const [completing, setCompleting] = useState<TaskFieldsFragment | null>(null);
  const now = Date.now();
  return (
    <>
      <Table.ScrollContainer minWidth={hideContact ? 420 : 640}>
        <Table verticalSpacing="xs" data-testid="tasks-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tasks.fields.title')}</Table.Th>
              {!hideContact && <Table.Th>{t('tasks.fields.contact')}</Table.Th>}
              <Table.Th>{t('tasks.fields.dueAt')}</Table.Th>
              <Table.Th>{t('tasks.fields.status')}</Table.Th>
              {canWrite && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tasks.map((task) => {
              const Icon = TASK_KIND_ICONS[task.kind] ?? TASK_KIND_ICONS.TODO;
              const overdue = task.status === 'OPEN' && task.dueAt && new Date(task.dueAt).getTime() < now;
              return (
                <Table.Tr key={task.id} data-testid="task-row" data-status={task.status}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Tooltip label={t(`enums.TaskKind.${task.kind}`)}>
                        <span style={{ display: 'inline-flex' }}><Icon size={16} /></span>
                      </Tooltip>
                      <div>
                        <Text size="sm" fw={500} td={task.status === 'DONE' ? 'line-through' : undefined}>{task.title}</Text>
                        {task.outcome && <Text size="xs" c="dimmed" dir="auto">{task.outcome}</Text>}
                      </div>
                    </Group>
                  </Table.Td>
                  {!hideContact && (
                    <Table.Td>
                      {task.contact ? (
                        <>
                          <Text size="sm" component={Link} to={paths.contact(task.contact.id)} c="cyan.8">{task.contact.fullName}</Text>
                          <Text size="xs" c="dimmed"><PhoneText value={task.contact.primaryPhone} fallback="" /></Text>
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Text size="sm" c={overdue ? 'red' : undefined}><DateText value={task.dueAt} withTime /></Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={task.status === 'DONE' ? 'teal' : task.status === 'CANCELLED' ? 'gray' : overdue ? 'red' : 'blue'}>
                      {overdue ? t('tasks.overdue') : t(`enums.TaskStatus.${task.status}`)}
                    </Badge>
                  </Table.Td>
                  {canWrite && (
                    <Table.Td>
                      {task.status === 'OPEN' && (
                        <Tooltip label={t('tasks.complete.button')}>
                          <ActionIcon variant="light" color="teal" aria-label={t('tasks.complete.button')} onClick={() => setCompleting(task)} data-testid="task-complete">
                            <IconCheck size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CompleteTaskModal task={completing} onClose={() => setCompleting(null)} />
    </>
  );
}

function CompleteTaskModal({ task, onClose }: { task: TaskFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteTask();
  const [outcome, setOutcome] = useState('');
  const close = () => {
    setOutcome('');
    onClose();
  };
  return (
    <Modal opened={!!task} onClose={close} title={t('tasks.complete.title')} centered>
      <Stack>
        <Text size="sm" fw={500}>{task?.title}</Text>
        <Textarea label={t('tasks.fields.outcome')} autosize minRows={2} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} data-testid="task-outcome" />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>{t('common.cancel')}</Button>
          <Button
            color="teal"
            loading={complete.isPending}
            data-testid="task-complete-submit"
            onClick={() =>
              task &&
              complete.mutate(
                { id: task.id, outcome: outcome.trim() || null },
                {
                  onSuccess: () => {
                    notifySuccess(t('tasks.complete.done'));
                    close();
                  },
                  onError: notifyError,
                },
              )
            }
          >
            {t('tasks.complete.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
