import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StaffRole } from '../core/auth/permissions';
import { hashPassword } from '../core/auth/secrets';
import { TenantDb } from '../core/database/tenant-db.service';
import { AuthService } from '../modules/identity/auth.service';
import { UserEntity } from '../modules/identity/user.entity';
import { WorkspaceMemberEntity } from '../modules/identity/workspace-member.entity';
import { WorkspaceEntity } from '../modules/workspaces/workspace.entity';
import { seedDemoCatalog } from './demo-catalog';
import { seedDemoClub } from './demo-club';
import { seedDemoContacts } from './demo-contacts';
import { seedDemoPipeline } from './demo-pipeline';
import { seedDemoInventory } from './demo-inventory';
import { seedDemoTemplates } from './demo-templates';

export const DEMO = {
  slug: 'demo',
  name: 'فروشگاه نمونه پیوند',
  email: 'demo@peyvand.local',
  password: 'peyvand-demo-1234',
  ownerName: 'مریم احمدی',
};

const DEMO_STAFF: Array<{ fullName: string; email: string; role: StaffRole }> = [
  { fullName: 'علی رضایی', email: 'admin@peyvand.local', role: StaffRole.ADMIN },
  { fullName: 'سارا محمدی', email: 'sales@peyvand.local', role: StaffRole.SALES },
  { fullName: 'حسین کریمی', email: 'support@peyvand.local', role: StaffRole.SUPPORT },
  { fullName: 'نرگس حسینی', email: 'marketing@peyvand.local', role: StaffRole.MARKETING },
  { fullName: 'رضا جعفری', email: 'warehouse@peyvand.local', role: StaffRole.WAREHOUSE },
];

/**
 * The demo workspace (slug `demo`) with Persian-named staff for every role, all sharing the demo password.
 * Later modules add their demo data here. Returns null when the database already has a workspace.
 */
export async function seedDemoIfEmpty(app: INestApplication): Promise<typeof DEMO | null> {
  const ds = app.get(DataSource);
  const [{ count }] = await ds.query(`SELECT count(*)::int AS count FROM workspaces`);
  if (count > 0) return null;
  return seedDemo(app);
}

export async function seedDemo(app: INestApplication): Promise<typeof DEMO> {
  const auth = app.get(AuthService);
  const db = app.get(TenantDb);
  const session = await auth.signUp({
    workspaceName: DEMO.name,
    workspaceSlug: DEMO.slug,
    fullName: DEMO.ownerName,
    email: DEMO.email,
    password: DEMO.password,
    locale: 'fa',
  });
  const passwordHash = await hashPassword(DEMO.password);
  await db.system(async (em) => {
    const ws = await em.findOneByOrFail(WorkspaceEntity, { slug: DEMO.slug });
    ws.branding = { primaryColor: '#0f766e', tagline: 'باشگاه مشتریان ما: با هر خرید امتیاز بگیرید و هدیه ببرید' };
    await em.save(ws);
    for (const s of DEMO_STAFF) {
      const user = await em.save(em.create(UserEntity, { email: s.email, fullName: s.fullName, passwordHash, locale: 'fa', failedLoginCount: 0 }));
      await em.save(em.create(WorkspaceMemberEntity, { workspaceId: ws.id, userId: user.id, role: s.role, status: 'ACTIVE' }));
    }
  });
  await seedDemoContacts(app, session.workspace.id, { userId: session.user.id, memberId: session.member.id, email: session.user.email });
  await seedDemoTemplates(app, session.workspace.id, { userId: session.user.id, memberId: session.member.id, email: session.user.email });
  await seedDemoCatalog(app, session.workspace.id, { userId: session.user.id, memberId: session.member.id, email: session.user.email });
  // Keep after the catalog seed: opening stock is received for the demo catalog's products.
  await seedDemoInventory(app, session.workspace.id, { userId: session.user.id, memberId: session.member.id, email: session.user.email });
  await seedDemoPipeline(app, session.workspace.id, { userId: session.user.id, memberId: session.member.id, email: session.user.email });
  // Keep after the catalog seed: the club's demo members bought its products.
  await seedDemoClub(app, session.workspace.id, { userId: session.user.id, memberId: session.member.id, email: session.user.email });
  return DEMO;
}
