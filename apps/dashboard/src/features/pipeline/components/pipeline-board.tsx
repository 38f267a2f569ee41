import {
  closestCorners,
  DndContext,
  DragOverlay,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Box, Button, Group, Paper, ScrollArea, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import type { OpportunityBoardQuery, OpportunityFieldsFragment } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { notifyError } from '@/lib/notify';
import { useMoney } from '@/lib/use-money';
import { opportunityBoardQueryKey, useOpportunityBoard } from '../api/get-opportunity-board';
import { useMoveOpportunity } from '../api/move-opportunity';
import { useWinOpportunity } from '../api/win-opportunity';
import { COLUMN_PREFIX, dropTarget, keyboardTarget, placeOf, type KeyboardMove } from '../lib/board';
import { LoseOpportunityModal } from './lose-opportunity-modal';
import { OpportunityCard } from './opportunity-card';
import { OpportunityDrawer } from './opportunity-drawer';
import { OpportunityFormModal } from './opportunity-form-modal';

type Column = OpportunityBoardQuery['opportunityBoard']['columns'][number];

export const stageName = (stage: { nameFa: string; nameEn: string }, locale: string) => (locale === 'en' ? stage.nameEn : stage.nameFa);

function BoardColumn({
  column,
  canWrite,
  onOpen,
  onKeyboardMove,
  onAdd,
}: {
  column: Column;
  canWrite: boolean;
  onOpen: (o: OpportunityFieldsFragment) => void;
  onKeyboardMove: (id: string, move: KeyboardMove) => void;
  onAdd: (stageId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const { setNodeRef, isOver } = useDroppable({ id: `${COLUMN_PREFIX}${column.stage.id}` });
  const kind = column.stage.kind;
  const color = kind === 'WON' ? 'teal' : kind === 'LOST' ? 'red' : 'blue';
  return (
    <Paper
      withBorder
      radius="lg"
      p="sm"
      w={272}
      miw={272}
      bg={isOver ? `${color}.0` : 'gray.1'}
      style={{ borderTop: `3px solid var(--mantine-color-${color}-6)`, display: 'flex', flexDirection: 'column' }}
      data-testid="board-column"
      data-stage-id={column.stage.id}
      data-stage-kind={kind}
      aria-label={stageName(column.stage, i18n.language)}
      role="region"
    >
      <Stack gap={2} mb="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="sm">{stageName(column.stage, i18n.language)}</Text>
          <Text size="xs" c="dimmed" data-testid="column-count">{formatNumber(column.count, i18n.language)}</Text>
        </Group>
        <Text size="xs" data-testid="column-amount">{money.format(column.amount)}</Text>
        {kind === 'OPEN' && (
          <Text size="xs" c="dimmed">
            {t('pipeline.column.weighted', { amount: money.format(column.weightedAmount), probability: formatNumber(column.stage.probability, i18n.language) })}
          </Text>
        )}
      </Stack>
      <SortableContext items={column.opportunities.map((o) => o.id)} strategy={verticalListSortingStrategy}>
        <Stack ref={setNodeRef} gap="xs" mih={80} style={{ flex: 1 }} data-testid="column-cards">
          {column.opportunities.map((o) => (
            <OpportunityCard
              key={o.id}
              opportunity={o}
              draggable={canWrite && o.status === 'OPEN'}
              onOpen={() => onOpen(o)}
              onKeyboardMove={(move) => onKeyboardMove(o.id, move)}
            />
          ))}
        </Stack>
      </SortableContext>
      {canWrite && kind === 'OPEN' && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => onAdd(column.stage.id)} data-testid="column-add">
          {t('pipeline.column.add')}
        </Button>
      )}
    </Paper>
  );
}

/**
 * The pipeline kanban: a column per stage (count, amount, weighted amount) with its deals in order. Deals move by
 * drag-and-drop or with Alt + arrows; dropping on the won column wins the deal, on the lost column asks why.
 */
export function PipelineBoard({ onNew }: { onNew?: () => void }) {
  const { t, i18n } = useTranslation();
  const canWrite = usePermission(PERMISSIONS.ordersWrite);
  const board = useOpportunityBoard();
  const key = opportunityBoardQueryKey();
  const move = useMoveOpportunity(key);
  const win = useWinOpportunity();
  const [active, setActive] = useState<OpportunityFieldsFragment | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [losing, setLosing] = useState<string | null>(null);
  const [creatingIn, setCreatingIn] = useState<string | null | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const columns = board.data?.columns ?? [];
  const all = columns.flatMap((c) => c.opportunities);
  const opened = openId ? (all.find((o) => o.id === openId) ?? null) : null;

  const announce = (id: string, stageId: string, position: number) => {
    const o = all.find((x) => x.id === id);
    const column = columns.find((c) => c.stage.id === stageId);
    if (o && column) setAnnouncement(t('pipeline.board.moved', { title: o.title, stage: stageName(column.stage, i18n.language), position: formatNumber(position + 1, i18n.language) }));
  };

  const moveTo = (id: string, stageId: string, position: number) => {
    const column = columns.find((c) => c.stage.id === stageId);
    if (!column || !board.data) return;
    if (column.stage.kind === 'WON') {
      win.mutate(id, { onError: notifyError });
      return;
    }
    if (column.stage.kind === 'LOST') {
      setLosing(id);
      return;
    }
    const from = placeOf(board.data, id);
    if (from && from.stageId === stageId && from.position === position) return;
    move.mutate({ id, stageId, position }, { onError: notifyError });
    announce(id, stageId, position);
  };

  const onDragStart = (e: DragStartEvent) => setActive(all.find((o) => o.id === e.active.id) ?? null);
  const onDragEnd = (e: DragEndEvent) => {
    setActive(null);
    if (!e.over || !board.data) return;
    const target = dropTarget(board.data, String(e.active.id), String(e.over.id));
    if (target) moveTo(String(e.active.id), target.stageId, target.position);
  };
  const onKeyboardMove = (id: string, m: KeyboardMove) => {
    if (!board.data) return;
    const target = keyboardTarget(board.data, id, m);
    if (!target) return;
    moveTo(id, target.stageId, target.position);
    // Keep the focus on the moved card once it re-renders in its new place.
    requestAnimationFrame(() => requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="opportunity-card"][data-id="${id}"]`)?.focus()));
  };

  if (board.isError) return <ErrorAlert error={board.error} />;
  if (board.isPending) return <Skeleton h={400} radius="lg" />;
  return (
    <Box data-testid="pipeline-board">
      <VisuallyHidden id="pipeline-keyboard-help">{t('pipeline.board.keyboardHelp')}</VisuallyHidden>
      <VisuallyHidden aria-live="polite" data-testid="board-announcement">{announcement}</VisuallyHidden>
      <Text size="xs" c="dimmed" mb="xs">{t('pipeline.board.keyboardHelp')}</Text>
      <DndContext sensors={sensors} collisionDetection={closestCorners} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setActive(null)}>
        <ScrollArea type="auto" offsetScrollbars>
          <Group align="stretch" wrap="nowrap" gap="md" pb="sm">
            {columns.map((column) => (
              <BoardColumn
                key={column.stage.id}
                column={column}
                canWrite={canWrite}
                onOpen={(o) => setOpenId(o.id)}
                onKeyboardMove={onKeyboardMove}
                onAdd={(stageId) => setCreatingIn(stageId)}
              />
            ))}
          </Group>
        </ScrollArea>
        <DragOverlay>{active ? <OpportunityCard opportunity={active} draggable onOpen={() => undefined} onKeyboardMove={() => undefined} overlay /> : null}</DragOverlay>
      </DndContext>
      {onNew === undefined && null}
      {creatingIn !== undefined && <OpportunityFormModal opened onClose={() => setCreatingIn(undefined)} stageId={creatingIn} />}
      <OpportunityDrawer opportunity={opened} onClose={() => setOpenId(null)} onLose={(id) => setLosing(id)} />
      <LoseOpportunityModal opportunityId={losing} onClose={() => setLosing(null)} />
    </Box>
  );
}
