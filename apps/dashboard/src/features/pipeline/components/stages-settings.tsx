import { ActionIcon, Badge, Button, Group, Modal, NumberInput, Stack, Table, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import type { PipelineStageFieldsFragment } from '@/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { useCreatePipelineStage } from '../api/create-pipeline-stage';
import { usePipelineStages } from '../api/get-pipeline-stages';
import { useReorderPipelineStages } from '../api/reorder-pipeline-stages';
import { useUpdatePipelineStage } from '../api/update-pipeline-stage';

function StageRow({ stage, index, count, onMove }: { stage: PipelineStageFieldsFragment; index: number; count: number; onMove: (from: number, to: number) => void }) {
  const { t } = useTranslation();
  const update = useUpdatePipelineStage();
  const [nameFa, setNameFa] = useState(stage.nameFa);
  const [nameEn, setNameEn] = useState(stage.nameEn);
  const [probability, setProbability] = useState<number | string>(stage.probability);
  useEffect(() => {
    setNameFa(stage.nameFa);
    setNameEn(stage.nameEn);
    setProbability(stage.probability);
  }, [stage.nameFa, stage.nameEn, stage.probability]);
  const dirty = nameFa !== stage.nameFa || nameEn !== stage.nameEn || Number(probability) !== stage.probability;
  const open = stage.kind === 'OPEN';
  return (
    <Table.Tr data-testid="stage-row" data-stage-id={stage.id}>
      <Table.Td>
        <Group gap={2} wrap="nowrap">
          <ActionIcon variant="subtle" size="sm" disabled={index === 0} onClick={() => onMove(index, index - 1)} aria-label={t('pipeline.stages.moveUp')}>↑</ActionIcon>
          <ActionIcon variant="subtle" size="sm" disabled={index === count - 1} onClick={() => onMove(index, index + 1)} aria-label={t('pipeline.stages.moveDown')}>↓</ActionIcon>
        </Group>
      </Table.Td>
      <Table.Td><TextInput size="xs" value={nameFa} onChange={(e) => setNameFa(e.currentTarget.value)} dir="rtl" aria-label={t('pipeline.stages.nameFa')} /></Table.Td>
      <Table.Td><TextInput size="xs" value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} dir="ltr" aria-label={t('pipeline.stages.nameEn')} /></Table.Td>
      <Table.Td w={100}>
        {open ? (
          <NumberInput size="xs" min={0} max={100} suffix="%" value={probability} onChange={setProbability} allowDecimal={false} aria-label={t('pipeline.stages.probability')} />
        ) : (
          <Badge variant="light" color={stage.kind === 'WON' ? 'teal' : 'red'}>{t(`pipeline.enums.StageKind.${stage.kind}`)}</Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="light"
          disabled={!dirty || !nameFa.trim() || !nameEn.trim()}
          loading={update.isPending}
          onClick={() =>
            update.mutate(
              { id: stage.id, input: { nameFa: nameFa.trim(), nameEn: nameEn.trim(), ...(open ? { probability: Number(probability) } : {}) } },
              { onSuccess: () => notifySuccess(t('pipeline.stages.saved')) },
            )
          }
        >
          {t('common.save')}
        </Button>
        {update.isError && <ErrorAlert error={update.error} />}
      </Table.Td>
    </Table.Tr>
  );
}

/** Pipeline columns (sales:manage): rename in Persian and English, default probability, order, and new columns. */
export function StagesSettings({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const stages = usePipelineStages();
  const reorder = useReorderPipelineStages();
  const create = useCreatePipelineStage();
  const [draft, setDraft] = useState({ nameFa: '', nameEn: '', probability: 50 as number | string });
  const list = stages.data ?? [];
  const move = (from: number, to: number) => {
    const ids = list.map((s) => s.id);
    const [id] = ids.splice(from, 1);
    ids.splice(to, 0, id);
    reorder.mutate(ids);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('pipeline.stages.title')} size="xl" centered>
      <Stack data-testid="stages-settings">
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('pipeline.stages.nameFa')}</Table.Th>
              <Table.Th>{t('pipeline.stages.nameEn')}</Table.Th>
              <Table.Th>{t('pipeline.stages.probability')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((s, i) => <StageRow key={s.id} stage={s} index={i} count={list.length} onMove={move} />)}
          </Table.Tbody>
        </Table>
        {reorder.isError && <ErrorAlert error={reorder.error} />}
        <Group align="flex-end" wrap="nowrap">
          <TextInput label={t('pipeline.stages.nameFa')} value={draft.nameFa} onChange={(e) => setDraft({ ...draft, nameFa: e.currentTarget.value })} dir="rtl" data-testid="new-stage-fa" />
          <TextInput label={t('pipeline.stages.nameEn')} value={draft.nameEn} onChange={(e) => setDraft({ ...draft, nameEn: e.currentTarget.value })} dir="ltr" data-testid="new-stage-en" />
          <NumberInput w={100} label={t('pipeline.stages.probability')} min={0} max={100} suffix="%" value={draft.probability} onChange={(v) => setDraft({ ...draft, probability: v })} />
          <Button
            disabled={!draft.nameFa.trim() || !draft.nameEn.trim()}
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { nameFa: draft.nameFa.trim(), nameEn: draft.nameEn.trim(), probability: Number(draft.probability) },
                { onSuccess: () => setDraft({ nameFa: '', nameEn: '', probability: 50 }) },
              )
            }
            data-testid="new-stage-submit"
          >
            {t('pipeline.stages.add')}
          </Button>
        </Group>
        {create.isError && <ErrorAlert error={create.error} />}
      </Stack>
    </Modal>
  );
}
