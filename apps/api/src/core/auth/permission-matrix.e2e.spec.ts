import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashPassword } from './secrets';
import { renderPermissionsDoc } from './permissions-doc';
import { ACCESS_KEY, AccessRule } from './auth.decorators';
import { Permission, ROLE_PERMISSIONS, StaffRole } from './permissions';
import { errorCode, gql, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

/** One representative operation per permission-guarded entry point, and the permission it needs. */
const OPERATIONS: Array<{ name: string; permission: Permission | 'authenticated'; query: string }> = [
  { name: 'viewer', permission: 'authenticated', query: `{ viewer { role } }` },
  { name: 'updateMyProfile', permission: 'authenticated', query: `mutation { updateMyProfile(input: { locale: "fa" }) { locale } }` },
  { name: 'myAlertPreferences', permission: 'authenticated', query: `{ myAlertPreferences { event } }` },
  { name: 'setMyAlertPreference', permission: 'authenticated', query: `mutation { setMyAlertPreference(event: "task.assigned", channels: [EMAIL]) { event } }` },
  { name: 'permissionMatrix', permission: 'authenticated', query: `{ permissionMatrix { role } }` },
  { name: 'workspace', permission: 'workspace:read', query: `{ workspace { id } }` },
  { name: 'updateWorkspace', permission: 'workspace:manage', query: `mutation { updateWorkspace(input: {}) { id } }` },
  { name: 'staffMembers', permission: 'staff:read', query: `{ staffMembers { totalCount } }` },
  { name: 'invitations', permission: 'staff:manage', query: `{ invitations { id } }` },
  { name: 'revokeInvitation', permission: 'staff:manage', query: `mutation { revokeInvitation(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'apiKeys', permission: 'apiKeys:manage', query: `{ apiKeys { totalCount } }` },
  { name: 'apiScopes', permission: 'apiKeys:manage', query: `{ apiScopes }` },
  { name: 'revokeApiKey', permission: 'apiKeys:manage', query: `mutation { revokeApiKey(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'auditLog', permission: 'audit:read', query: `{ auditLog { totalCount } }` },
  { name: 'contact', permission: 'contacts:read', query: `{ contact(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'contacts', permission: 'contacts:read', query: `{ contacts { totalCount } }` },
  { name: 'contactByPhone', permission: 'contacts:read', query: `{ contactByPhone(phone: "09121234567") { id } }` },
  { name: 'organizations', permission: 'contacts:read', query: `{ organizations { totalCount } }` },
  { name: 'organization', permission: 'contacts:read', query: `{ organization(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'customFieldDefinitions', permission: 'contacts:read', query: `{ customFieldDefinitions { key } }` },
  { name: 'lifecycleSettings', permission: 'contacts:read', query: `{ lifecycleSettings { clientMinOrders } }` },
  { name: 'myTasks', permission: 'contacts:read', query: `{ myTasks { id } }` },
  { name: 'messages', permission: 'messages:read', query: `{ messages { totalCount } }` },
  { name: 'message', permission: 'messages:read', query: `{ message(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'smsParts', permission: 'messages:read', query: `{ smsParts(text: "سلام") { parts } }` },
  { name: 'sendMessage', permission: 'messages:send', query: `mutation { sendMessage(input: { contactId: "00000000-0000-0000-0000-000000000000", channel: SMS, body: "x" }) { id } }` },
  { name: 'messagingSettings', permission: 'messaging:settings', query: `{ messagingSettings { smsProvider smsCredentialsSet } }` },
  { name: 'updateMessagingSettings', permission: 'messaging:settings', query: `mutation { updateMessagingSettings(input: {}) { smsProvider } }` },
  { name: 'sendTestMessage', permission: 'messaging:settings', query: `mutation { sendTestMessage(channel: SMS, to: "09121234567") { ok } }` },
  { name: 'suppressions', permission: 'messages:read', query: `{ suppressions { totalCount } }` },
  { name: 'addSuppression', permission: 'suppressions:write', query: `mutation { addSuppression(input: { channel: EMAIL, address: "matrix@example.ir" }) { id } }` },
  { name: 'removeSuppression', permission: 'suppressions:write', query: `mutation { removeSuppression(id: "00000000-0000-0000-0000-000000000000") }` },
  { name: 'sendBulkMessage', permission: 'campaigns:write', query: `mutation { sendBulkMessage(input: { channel: SMS, body: "x" }) { id } }` },
  { name: 'bulkSend', permission: 'messages:read', query: `{ bulkSend(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'messageTemplates', permission: 'templates:read', query: `{ messageTemplates { totalCount } }` },
  { name: 'messageTemplate', permission: 'templates:read', query: `{ messageTemplate(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'templateVariables', permission: 'templates:read', query: `{ templateVariables { name } }` },
  { name: 'previewMessageTemplate', permission: 'templates:read', query: `{ previewMessageTemplate(input: { contactId: "00000000-0000-0000-0000-000000000000", draft: { channel: SMS, language: "fa", body: "x" } }) { bodyText } }` },
  { name: 'createMessageTemplate', permission: 'templates:write', query: `mutation { createMessageTemplate(input: { key: "k", name: "x", channel: SMS, language: "fa", body: "x" }) { id } }` },
  { name: 'updateMessageTemplate', permission: 'templates:write', query: `mutation { updateMessageTemplate(id: "00000000-0000-0000-0000-000000000000", input: { name: "x" }) { id } }` },
  { name: 'deleteMessageTemplate', permission: 'templates:write', query: `mutation { deleteMessageTemplate(id: "00000000-0000-0000-0000-000000000000") }` },
  { name: 'createContact', permission: 'contacts:write', query: `mutation { createContact(input: { firstName: "x" }) { id } }` },
  { name: 'updateContact', permission: 'contacts:write', query: `mutation { updateContact(id: "00000000-0000-0000-0000-000000000000", input: {}) { id } }` },
  { name: 'deleteContact', permission: 'contacts:write', query: `mutation { deleteContact(id: "00000000-0000-0000-0000-000000000000") }` },
  { name: 'mergeContacts', permission: 'contacts:write', query: `mutation { mergeContacts(primaryId: "00000000-0000-0000-0000-000000000000", duplicateId: "00000000-0000-0000-0000-000000000001") { id } }` },
  { name: 'setContactConsent', permission: 'contacts:write', query: `mutation { setContactConsent(contactId: "00000000-0000-0000-0000-000000000000", channel: SMS, status: GRANTED, source: "x") { id } }` },
  { name: 'changeContactStage', permission: 'contacts:write', query: `mutation { changeContactStage(contactId: "00000000-0000-0000-0000-000000000000", stage: PROSPECT, reason: "x") { id } }` },
  { name: 'bulkTagContacts', permission: 'contacts:write', query: `mutation { bulkTagContacts(ids: ["00000000-0000-0000-0000-000000000000"], tags: ["a"]) }` },
  { name: 'bulkAssignContacts', permission: 'contacts:write', query: `mutation { bulkAssignContacts(ids: ["00000000-0000-0000-0000-000000000000"], ownerId: "00000000-0000-0000-0000-000000000000") }` },
  { name: 'createOrganization', permission: 'contacts:write', query: `mutation { createOrganization(input: { name: "x" }) { id } }` },
  { name: 'updateOrganization', permission: 'contacts:write', query: `mutation { updateOrganization(id: "00000000-0000-0000-0000-000000000000", input: { name: "x" }) { id } }` },
  { name: 'linkContactToOrganization', permission: 'contacts:write', query: `mutation { linkContactToOrganization(contactId: "00000000-0000-0000-0000-000000000000", organizationId: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'unlinkContactFromOrganization', permission: 'contacts:write', query: `mutation { unlinkContactFromOrganization(contactId: "00000000-0000-0000-0000-000000000000", organizationId: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'addRelatedPerson', permission: 'contacts:write', query: `mutation { addRelatedPerson(contactId: "00000000-0000-0000-0000-000000000000", input: { relation: CHILD, name: "x" }) { id } }` },
  { name: 'updateRelatedPerson', permission: 'contacts:write', query: `mutation { updateRelatedPerson(id: "00000000-0000-0000-0000-000000000000", input: { relation: CHILD, name: "x" }) { id } }` },
  { name: 'removeRelatedPerson', permission: 'contacts:write', query: `mutation { removeRelatedPerson(id: "00000000-0000-0000-0000-000000000000") }` },
  { name: 'addImportantDate', permission: 'contacts:write', query: `mutation { addImportantDate(input: { contactId: "00000000-0000-0000-0000-000000000000", kind: BIRTHDAY, date: { calendar: JALALI, month: 1, day: 1 } }) { id } }` },
  { name: 'removeImportantDate', permission: 'contacts:write', query: `mutation { removeImportantDate(id: "00000000-0000-0000-0000-000000000000") }` },
  { name: 'logInteraction', permission: 'contacts:write', query: `mutation { logInteraction(input: { contactId: "00000000-0000-0000-0000-000000000000", kind: NOTE, summary: "x" }) { id } }` },
  { name: 'createTask', permission: 'contacts:write', query: `mutation { createTask(input: { kind: TODO, title: "x" }) { id } }` },
  { name: 'updateTask', permission: 'contacts:write', query: `mutation { updateTask(id: "00000000-0000-0000-0000-000000000000", input: {}) { id } }` },
  { name: 'completeTask', permission: 'contacts:write', query: `mutation { completeTask(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'cancelTask', permission: 'contacts:write', query: `mutation { cancelTask(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'defineCustomField', permission: 'workspace:manage', query: `mutation { defineCustomField(input: { key: "k", label: "K", type: TEXT }) { id } }` },
  { name: 'deleteCustomField', permission: 'workspace:manage', query: `mutation { deleteCustomField(id: "00000000-0000-0000-0000-000000000000") }` },
  { name: 'exportContacts', permission: 'contacts:read', query: `{ exportContacts(format: CSV) { rowCount } }` },
  { name: 'importPreview', permission: 'contacts:write', query: `{ importPreview(input: { fileName: "a.csv", format: CSV, contentBase64: "YSxi", mapping: [] }) }` },
  { name: 'importContacts', permission: 'contacts:write', query: `mutation { importContacts(input: { fileName: "a.csv", format: CSV, contentBase64: "YSxi", mapping: [] }) { created } }` },
  { name: 'updateLifecycleSettings', permission: 'workspace:manage', query: `mutation { updateLifecycleSettings(input: {}) { clientMinOrders } }` },
];

/** Where @nestjs/graphql records whether a method is a Query, Mutation or Subscription. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';

describe('the permission matrix, walked role by role', () => {
  let app: TestApp;
  const tokens = new Map<StaffRole, string>();

  beforeAll(async () => {
    app = await startTestApp();
    const owner = await signUpOwner(app, 'Matrix shop');
    tokens.set(StaffRole.OWNER, owner.token);
    // Members of every other role, created directly (invitations are tested elsewhere).
    const ds = app.app.get(DataSource);
    const hash = await hashPassword('matrix password 123');
    for (const role of Object.values(StaffRole).filter((r) => r !== StaffRole.OWNER)) {
      const email = `${role.toLowerCase()}-${Date.now()}@matrix.test`;
      const [user] = await ds.query(`INSERT INTO users (email, password_hash, full_name) VALUES ($1, $2, $3) RETURNING id`, [email, hash, role]);
      await ds.query(`INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3)`, [owner.workspaceId, user.id, role]);
      const login = await gql(app, `mutation($e: String!) { login(input: { email: $e, password: "matrix password 123" }) { accessToken } }`, { e: email });
      tokens.set(role, login.data!.login.accessToken);
    }
  });
  afterAll(() => app.close());

  for (const role of Object.values(StaffRole)) {
    it(`${role}: allowed exactly what ROLE_PERMISSIONS grants`, async () => {
      for (const op of OPERATIONS) {
        const res = await gql(app, op.query, {}, tokens.get(role));
        const allowed = op.permission === 'authenticated' || ROLE_PERMISSIONS[role].includes(op.permission);
        const code = errorCode(res);
        if (allowed) expect({ op: op.name, code: code === 'FORBIDDEN' ? code : 'ok' }).toEqual({ op: op.name, code: 'ok' });
        else expect({ op: op.name, code }).toEqual({ op: op.name, code: 'FORBIDDEN' });
      }
    });
  }

  it('anonymous callers get UNAUTHENTICATED on every guarded operation', async () => {
    for (const op of OPERATIONS) expect({ op: op.name, code: errorCode(await gql(app, op.query)) }).toEqual({ op: op.name, code: 'UNAUTHENTICATED' });
  });

  it('every Query, Mutation and Subscription resolver declares an access rule (deny by default otherwise)', () => {
    const discovery = app.app.get(DiscoveryService);
    const scanner = app.app.get(MetadataScanner);
    const reflector = app.app.get(Reflector);
    const missing: string[] = [];
    const checked: string[] = [];
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const proto = Object.getPrototypeOf(instance);
      for (const method of scanner.getAllMethodNames(proto)) {
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, proto[method]);
        if (!['Query', 'Mutation', 'Subscription'].includes(type)) continue;
        checked.push(method);
        const rule = reflector.getAllAndOverride<AccessRule>(ACCESS_KEY, [proto[method], wrapper.metatype as never]);
        if (!rule) missing.push(`${wrapper.name}.${method}`);
      }
    }
    expect(checked.length).toBeGreaterThan(15);
    expect(missing).toEqual([]);
  });

  it('every operation of the schema is covered by this walk or is public', () => {
    const publicOps = ['signUp', 'login', 'refreshToken', 'logout', 'acceptInvitation', 'publicWorkspace'];
    const selfManaged = ['inviteStaff', 'changeStaffRole', 'disableStaffMember', 'createApiKey', 'workspaceEvents', 'incomingCall', 'setStaffExtension'];
    const schema = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../../schema.graphql'), 'utf8') as string;
    const ops = [...schema.matchAll(/^type (Query|Mutation|Subscription) \{([\s\S]*?)^\}/gm)]
      .flatMap((m) => [...m[2].matchAll(/^\s{2}(\w+)[(:]/gm)].map((x) => x[1]));
    const covered = new Set([...OPERATIONS.map((o) => o.name), ...publicOps, ...selfManaged]);
    expect(ops.filter((o) => !covered.has(o))).toEqual([]);
  });

  it('docs/PERMISSIONS.md is generated from the matrix (UPDATE_DOCS=1 rewrites it)', () => {
    const file = join(__dirname, '../../../../../docs/PERMISSIONS.md');
    if (process.env.UPDATE_DOCS) writeFileSync(file, renderPermissionsDoc());
    expect(readFileSync(file, 'utf8')).toBe(renderPermissionsDoc());
  });
});
