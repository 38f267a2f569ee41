import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { WorkspaceCreatedEvent, WorkspaceEvents } from '../workspaces/workspaces.events';
import { CreatePipelineStageInput, UpdatePipelineStageInput } from './dto/pipeline.inputs';
import { PipelineStage, StageKind } from './models/pipeline.model';
import { OpportunityEntity, PipelineStageEntity } from './pipeline.entities';

/** The stages every workspace starts with (the migration seeds the same for workspaces older than it). */
export const DEFAULT_STAGES: ReadonlyArray<{ nameFa: string; nameEn: string; probability: number; kind: StageKind }> = [
  { nameFa: 'سرنخ', nameEn: 'Lead', probability: 10, kind: StageKind.OPEN },
  { nameFa: 'نیازسنجی', nameEn: 'Qualification', probability: 25, kind: StageKind.OPEN },
  { nameFa: 'پیشنهاد', nameEn: 'Proposal', probability: 50, kind: StageKind.OPEN },
  { nameFa: 'مذاکره', nameEn: 'Negotiation', probability: 75, kind: StageKind.OPEN },
  { nameFa: 'برنده', nameEn: 'Won', probability: 100, kind: StageKind.WON },
  { nameFa: 'از دست رفته', nameEn: 'Lost', probability: 0, kind: StageKind.LOST },
];

export const toStage = (e: PipelineStageEntity): PipelineStage => ({
  id: e.id, nameFa: e.nameFa, nameEn: e.nameEn, position: e.position, probability: e.probability, kind: e.kind as StageKind,
});

/** The workspace's pipeline columns: seeded on workspace creation, renamed, added and reordered by admins. */
@Injectable()
export class PipelineStagesService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.subscribeInTransaction<WorkspaceCreatedEvent>(WorkspaceEvents.Created, (e, em) => this.seedDefaults(em, e.workspaceId));
  }

  async seedDefaults(em: EntityManager, workspaceId: string): Promise<void> {
    if (await em.exists(PipelineStageEntity, { where: { workspaceId } })) return;
    await em.insert(PipelineStageEntity, DEFAULT_STAGES.map((s, position) => ({ ...s, workspaceId, position })));
  }

  list(): Promise<PipelineStage[]> {
    return this.db.tx(async (em) => (await em.find(PipelineStageEntity, { order: { position: 'ASC' } })).map(toStage));
  }

  findByIds(ids: readonly string[]): Promise<PipelineStage[]> {
    return this.db.tx(async (em) => (await em.find(PipelineStageEntity, { where: { id: In([...ids]) } })).map(toStage));
  }

  create(input: CreatePipelineStageInput): Promise<PipelineStage> {
    return this.db.tx(async (em) => {
      const stages = await this.lockAll(em);
      const firstClosed = stages.findIndex((s) => s.kind !== StageKind.OPEN);
      const position = Math.min(input.position ?? (firstClosed === -1 ? stages.length : firstClosed), stages.length);
      await em.query(`UPDATE pipeline_stages SET position = position + 1 WHERE position >= $1`, [position]);
      const saved = await em.save(
        em.create(PipelineStageEntity, {
          workspaceId: this.db.currentWorkspaceId()!, nameFa: input.nameFa.trim(), nameEn: input.nameEn.trim(), probability: input.probability, kind: StageKind.OPEN, position,
        }),
      );
      return toStage(saved);
    });
  }

  update(id: string, input: UpdatePipelineStageInput): Promise<PipelineStage> {
    return this.db.tx(async (em) => {
      const stage = await this.load(em, id, true);
      if (input.nameFa !== undefined) stage.nameFa = input.nameFa.trim();
      if (input.nameEn !== undefined) stage.nameEn = input.nameEn.trim();
      if (input.probability != null && input.probability !== stage.probability) {
        if (stage.kind !== StageKind.OPEN) throw BadInputError.field('input.probability', `a ${stage.kind} stage's probability is fixed`);
        stage.probability = input.probability;
        await em.update(OpportunityEntity, { stageId: id, status: 'OPEN', probabilityOverridden: false }, { probability: input.probability });
      }
      return toStage(await em.save(stage));
    });
  }

  /** Sets the left-to-right order: stageIds must list every stage of the workspace once. */
  reorder(stageIds: string[]): Promise<PipelineStage[]> {
    return this.db.tx(async (em) => {
      const stages = await this.lockAll(em);
      const known = new Set(stages.map((s) => s.id));
      if (stageIds.length !== stages.length || new Set(stageIds).size !== stageIds.length || !stageIds.every((id) => known.has(id))) {
        throw BadInputError.field('stageIds', 'must list every stage of the pipeline exactly once');
      }
      for (const [position, id] of stageIds.entries()) await em.update(PipelineStageEntity, { id }, { position });
      return (await em.find(PipelineStageEntity, { order: { position: 'ASC' } })).map(toStage);
    });
  }

  /** Every stage, locked in order (stage edits and moves between columns serialise on these rows). */
  private lockAll(em: EntityManager): Promise<PipelineStageEntity[]> {
    return em.createQueryBuilder(PipelineStageEntity, 's').orderBy('s.position', 'ASC').setLock('pessimistic_write').getMany();
  }

  async load(em: EntityManager, id: string, lock = false): Promise<PipelineStageEntity> {
    const stage = await em.findOne(PipelineStageEntity, { where: { id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
    if (!stage) throw new NotFoundError('PipelineStage', id);
    return stage;
  }
}
