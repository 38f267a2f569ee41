import { INestApplication } from '@nestjs/common';
import { permissionsOf, StaffRole } from '../core/auth/permissions';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db.service';
import { OpportunitiesService } from '../modules/pipeline/opportunities.service';
import { PipelineStagesService } from '../modules/pipeline/pipeline-stages.service';

const DEALS: Array<{ title: string; amount: number; stage: number; days: number; rep: 'sales' | 'owner' }> = [
  { title: 'گل‌آرایی سالن همایش شرکت آتیه', amount: 180_000_000, stage: 0, days: 20, rep: 'sales' },
  { title: 'سبد گل ماهانه دفتر مرکزی بانک', amount: 96_000_000, stage: 1, days: 12, rep: 'sales' },
  { title: 'هدایای شب یلدای کارکنان', amount: 240_000_000, stage: 2, days: 8, rep: 'owner' },
  { title: 'تزئین گل مراسم عقد', amount: 75_000_000, stage: 2, days: 5, rep: 'sales' },
  { title: 'گلدان‌های آپارتمانی برج نگین', amount: 130_000_000, stage: 3, days: 3, rep: 'owner' },
  { title: 'قرارداد سالانه گل رستوران', amount: 60_000_000, stage: 0, days: 30, rep: 'sales' },
];

/** A few open deals across the demo pipeline's stages, so the kanban and the weighted totals show something real. */
export async function seedDemoPipeline(app: INestApplication, workspaceId: string, owner: { userId: string; memberId: string; email: string }): Promise<void> {
  const principal = { kind: 'staff' as const, ...owner, workspaceId, role: StaffRole.OWNER, permissions: permissionsOf(StaffRole.OWNER) };
  const db = app.get(TenantDb);
  await app.get(RequestContext).runAs(principal, async () => {
    const stages = (await app.get(PipelineStagesService).list()).filter((s) => s.kind === 'OPEN');
    const [contacts, [sales]]: [Array<{ id: string }>, Array<{ id: string }>] = await db.tx(async (em) => [
      await em.query(`SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 6`),
      await em.query(`SELECT id FROM workspace_members WHERE role = 'SALES' ORDER BY created_at LIMIT 1`),
    ]);
    const opportunities = app.get(OpportunitiesService);
    for (const [i, deal] of DEALS.entries()) {
      if (!contacts[i % contacts.length]) break;
      const close = new Date(Date.now() + deal.days * 86_400_000).toISOString().slice(0, 10);
      await opportunities.create({
        title: deal.title, contactId: contacts[i % contacts.length].id, amount: deal.amount, stageId: stages[Math.min(deal.stage, stages.length - 1)].id,
        expectedCloseDate: close, ownerId: deal.rep === 'sales' && sales ? sales.id : owner.memberId,
      });
    }
  });
}
