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
  { name: 'businessCalendar', permission: 'workspace:read', query: `{ businessCalendar { timeZone } }` },
  { name: 'updateBusinessCalendar', permission: 'workspace:manage', query: `mutation { updateBusinessCalendar(input: {}) { timeZone } }` },
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
  { name: 'clubSettings', permission: 'club:read', query: `{ clubSettings { enabled } }` },
  { name: 'updateClubSettings', permission: 'club:manage', query: `mutation { updateClubSettings(input: {}) { enabled } }` },
  { name: 'clubMembers', permission: 'club:read', query: `{ clubMembers { totalCount } }` },
  { name: 'clubMember', permission: 'club:read', query: `{ clubMember(contactId: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'enrollClubMember', permission: 'club:manage', query: `mutation { enrollClubMember(contactId: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'blockClubMember', permission: 'club:manage', query: `mutation { blockClubMember(input: { contactId: "00000000-0000-0000-0000-000000000000" }) { id } }` },
  { name: 'unblockClubMember', permission: 'club:manage', query: `mutation { unblockClubMember(contactId: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'loyaltySettings', permission: 'club:read', query: `{ loyaltySettings { enabled } }` },
  { name: 'updateLoyaltySettings', permission: 'club:manage', query: `mutation { updateLoyaltySettings(input: {}) { enabled } }` },
  { name: 'tiers', permission: 'club:read', query: `{ tiers { id } }` },
  { name: 'saveTier', permission: 'club:manage', query: `mutation { saveTier(input: { code: "", name: "", threshold: 0 }) { id } }` },
  { name: 'deleteTier', permission: 'club:manage', query: `mutation { deleteTier(id: "00000000-0000-0000-0000-000000000000") }` },
  { name: 'rewards', permission: 'club:read', query: `{ rewards { totalCount } }` },
  { name: 'saveReward', permission: 'club:manage', query: `mutation { saveReward(input: { kind: VOUCHER, name: "" }) { id } }` },
  { name: 'archiveReward', permission: 'club:manage', query: `mutation { archiveReward(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'clubNewsItems', permission: 'club:read', query: `{ clubNewsItems { totalCount } }` },
  { name: 'clubNewsResults', permission: 'club:read', query: `{ clubNewsResults(id: "00000000-0000-0000-0000-000000000000") { respondents } }` },
  { name: 'saveClubNews', permission: 'club:manage', query: `mutation { saveClubNews(input: { title: "", body: "", published: false }) { id } }` },
  { name: 'contactLoyalty', permission: 'club:read', query: `{ contactLoyalty(contactId: "00000000-0000-0000-0000-000000000000") { balance } }` },
  { name: 'adjustPoints', permission: 'club:manage', query: `mutation { adjustPoints(input: { contactId: "00000000-0000-0000-0000-000000000000", delta: 1, reason: "x" }) { balance } }` },
  { name: 'registerClubMember', permission: 'club:write', query: `mutation { registerClubMember(input: { phone: "x" }) { contactId } }` },
  { name: 'recordPurchase', permission: 'club:write', query: `mutation { recordPurchase(input: { externalOrderId: "x", source: "x", phone: "x", amount: 1 }) { duplicate } }` },
  { name: 'recordReturn', permission: 'club:write', query: `mutation { recordReturn(input: { externalOrderId: "x", source: "x", externalReturnId: "r", amount: 1 }) { duplicate } }` },
  { name: 'clubMemberStatus', permission: 'club:read', query: `{ clubMemberStatus(phone: "x") { contactId } }` },
  { name: 'defineCustomField', permission: 'workspace:manage', query: `mutation { defineCustomField(input: { key: "k", label: "K", type: TEXT }) { id } }` },
  { name: 'deleteCustomField', permission: 'workspace:manage', query: `mutation { deleteCustomField(id: "00000000-0000-0000-0000-000000000000") }` },
  { name: 'exportContacts', permission: 'contacts:read', query: `{ exportContacts(format: CSV) { rowCount } }` },
  { name: 'importPreview', permission: 'contacts:write', query: `{ importPreview(input: { fileName: "a.csv", format: CSV, contentBase64: "YSxi", mapping: [] }) }` },
  { name: 'importContacts', permission: 'contacts:write', query: `mutation { importContacts(input: { fileName: "a.csv", format: CSV, contentBase64: "YSxi", mapping: [] }) { created } }` },
  { name: 'updateLifecycleSettings', permission: 'workspace:manage', query: `mutation { updateLifecycleSettings(input: {}) { clientMinOrders } }` },
  { name: 'pipelineStages', permission: 'orders:read', query: `{ pipelineStages { id } }` },
  { name: 'opportunities', permission: 'orders:read', query: `{ opportunities { totalCount } }` },
  { name: 'opportunityBoard', permission: 'orders:read', query: `{ opportunityBoard { columns { count } } }` },
  { name: 'opportunity', permission: 'orders:read', query: `{ opportunity(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'createOpportunity', permission: 'orders:write', query: `mutation { createOpportunity(input: { title: "x", contactId: "00000000-0000-0000-0000-000000000000", amount: 1 }) { id } }` },
  { name: 'updateOpportunity', permission: 'orders:write', query: `mutation { updateOpportunity(id: "00000000-0000-0000-0000-000000000000", input: {}) { id } }` },
  { name: 'moveOpportunity', permission: 'orders:write', query: `mutation { moveOpportunity(id: "00000000-0000-0000-0000-000000000000", input: { stageId: "00000000-0000-0000-0000-000000000000" }) { id } }` },
  { name: 'winOpportunity', permission: 'orders:write', query: `mutation { winOpportunity(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'loseOpportunity', permission: 'orders:write', query: `mutation { loseOpportunity(id: "00000000-0000-0000-0000-000000000000", input: { reason: "x" }) { id } }` },
  { name: 'createPipelineStage', permission: 'sales:manage', query: `mutation { createPipelineStage(input: { nameFa: "x", nameEn: "x", probability: 1 }) { id } }` },
  { name: 'updatePipelineStage', permission: 'sales:manage', query: `mutation { updatePipelineStage(id: "00000000-0000-0000-0000-000000000000", input: {}) { id } }` },
  { name: 'reorderPipelineStages', permission: 'sales:manage', query: `mutation { reorderPipelineStages(stageIds: []) { id } }` },
  { name: 'salesTeams', permission: 'orders:read', query: `{ salesTeams { id } }` },
  { name: 'setSalesTeam', permission: 'sales:manage', query: `mutation { setSalesTeam(id: "00000000-0000-0000-0000-000000000000", input: { name: "x", memberIds: [] }) { id } }` },
  { name: 'salesQuotas', permission: 'orders:read', query: `{ salesQuotas(period: { jalaliYear: 1404, month: 1 }) { id } }` },
  { name: 'setSalesQuota', permission: 'sales:manage', query: `mutation { setSalesQuota(input: { teamId: "00000000-0000-0000-0000-000000000000", period: { jalaliYear: 1404, month: 1 }, target: 1 }) { id } }` },
  { name: 'commissionRules', permission: 'orders:read', query: `{ commissionRules { id } }` },
  { name: 'setCommissionRule', permission: 'sales:manage', query: `mutation { setCommissionRule(input: { name: "x", appliesTo: TEAM, teamId: "00000000-0000-0000-0000-000000000000", basis: AMOUNT, tiers: [{ fromAmount: 0, rateBp: 1 }] }) { id } }` },
  { name: 'salesPerformance', permission: 'orders:read', query: `{ salesPerformance(period: { jalaliYear: 1404, quarter: 1 }) { reps { memberId } } }` },
  { name: 'products', permission: 'inventory:read', query: `{ products { totalCount } }` },
  { name: 'product', permission: 'inventory:read', query: `{ product(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'productCategories', permission: 'inventory:read', query: `{ productCategories { id } }` },
  { name: 'priceLists', permission: 'inventory:read', query: `{ priceLists { totalCount } }` },
  { name: 'quote', permission: 'inventory:read', query: `{ quote(input: { lines: [{ productId: "00000000-0000-0000-0000-000000000000", quantity: 1 }] }) { total } }` },
  { name: 'createProduct', permission: 'inventory:write', query: `mutation { createProduct(input: { sku: "MATRIX-1", nameFa: "x", basePrice: -1 }) { id } }` },
  { name: 'updateProduct', permission: 'inventory:write', query: `mutation { updateProduct(id: "00000000-0000-0000-0000-000000000000", input: {}) { id } }` },
  { name: 'archiveProduct', permission: 'inventory:write', query: `mutation { archiveProduct(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'createProductCategory', permission: 'inventory:write', query: `mutation { createProductCategory(input: { nameFa: "x", slug: "-" }) { id } }` },
  { name: 'updateProductCategory', permission: 'inventory:write', query: `mutation { updateProductCategory(id: "00000000-0000-0000-0000-000000000000", input: {}) { id } }` },
  { name: 'createPriceList', permission: 'campaigns:write', query: `mutation { createPriceList(input: { name: "x", kind: ALL, target: "x" }) { id } }` },
  { name: 'updatePriceList', permission: 'campaigns:write', query: `mutation { updatePriceList(id: "00000000-0000-0000-0000-000000000000", input: {}) { id } }` },
  { name: 'setPriceListItems', permission: 'campaigns:write', query: `mutation { setPriceListItems(priceListId: "00000000-0000-0000-0000-000000000000", items: []) { id } }` },
  { name: 'coupons', permission: 'campaigns:read', query: `{ coupons { totalCount } }` },
  { name: 'createCoupon', permission: 'campaigns:write', query: `mutation { createCoupon(input: { code: "MATRIX", kind: FIXED, value: 0 }) { id } }` },
  { name: 'updateCoupon', permission: 'campaigns:write', query: `mutation { updateCoupon(id: "00000000-0000-0000-0000-000000000000", input: {}) { id } }` },
  { name: 'deactivateCoupon', permission: 'campaigns:write', query: `mutation { deactivateCoupon(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'proformas', permission: 'orders:read', query: `{ proformas { totalCount } }` },
  { name: 'proforma', permission: 'orders:read', query: `{ proforma(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'invoices', permission: 'orders:read', query: `{ invoices { totalCount } }` },
  { name: 'invoice', permission: 'orders:read', query: `{ invoice(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'warehouseIssues', permission: 'orders:read', query: `{ warehouseIssues { totalCount } }` },
  { name: 'warehouseIssue', permission: 'orders:read', query: `{ warehouseIssue(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'createProforma', permission: 'orders:write', query: `mutation { createProforma(input: { contactId: "00000000-0000-0000-0000-000000000000", lines: [{ productId: "00000000-0000-0000-0000-000000000000", quantity: 1 }] }) { id } }` },
  { name: 'updateProforma', permission: 'orders:write', query: `mutation { updateProforma(id: "00000000-0000-0000-0000-000000000000", input: {}) { id } }` },
  { name: 'confirmProforma', permission: 'orders:write', query: `mutation { confirmProforma(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'cancelProforma', permission: 'orders:write', query: `mutation { cancelProforma(id: "00000000-0000-0000-0000-000000000000", reason: "x") { id } }` },
  { name: 'issueInvoice', permission: 'orders:write', query: `mutation { issueInvoice(proformaId: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'recordPayment', permission: 'orders:write', query: `mutation { recordPayment(invoiceId: "00000000-0000-0000-0000-000000000000", input: { amount: 1, method: CASH }) { id } }` },
  { name: 'cancelInvoice', permission: 'orders:write', query: `mutation { cancelInvoice(id: "00000000-0000-0000-0000-000000000000", reason: "x") { id } }` },
  { name: 'createWarehouseIssue', permission: 'inventory:write', query: `mutation { createWarehouseIssue(invoiceId: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'markIssueShipped', permission: 'inventory:write', query: `mutation { markIssueShipped(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'markIssueDelivered', permission: 'inventory:write', query: `mutation { markIssueDelivered(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'returnWarehouseIssue', permission: 'inventory:write', query: `mutation { returnWarehouseIssue(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'warehouses', permission: 'inventory:read', query: `{ warehouses { id } }` },
  { name: 'stockLevels', permission: 'inventory:read', query: `{ stockLevels { totalCount } }` },
  { name: 'stockMovements', permission: 'inventory:read', query: `{ stockMovements { totalCount } }` },
  { name: 'productAvailability', permission: 'inventory:read', query: `{ productAvailability(productIds: ["00000000-0000-0000-0000-000000000000"]) { available } }` },
  { name: 'createWarehouse', permission: 'inventory:write', query: `mutation { createWarehouse(input: { code: "-", name: "x" }) { id } }` },
  { name: 'updateWarehouse', permission: 'inventory:write', query: `mutation { updateWarehouse(id: "00000000-0000-0000-0000-000000000000", input: {}) { id } }` },
  { name: 'receiveStock', permission: 'inventory:write', query: `mutation { receiveStock(input: { warehouseId: "00000000-0000-0000-0000-000000000000", productId: "00000000-0000-0000-0000-000000000000", quantity: 1 }) { onHand } }` },
  { name: 'adjustStock', permission: 'inventory:write', query: `mutation { adjustStock(input: { warehouseId: "00000000-0000-0000-0000-000000000000", productId: "00000000-0000-0000-0000-000000000000", delta: 1, reason: "x" }) { onHand } }` },
  { name: 'transferStock', permission: 'inventory:write', query: `mutation { transferStock(input: { fromWarehouseId: "00000000-0000-0000-0000-000000000000", toWarehouseId: "00000000-0000-0000-0000-000000000000", productId: "00000000-0000-0000-0000-000000000000", quantity: 1 }) { from { onHand } } }` },
  { name: 'tickets', permission: 'tickets:read', query: `{ tickets { totalCount } }` },
  { name: 'ticket', permission: 'tickets:read', query: `{ ticket(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'ticketQueues', permission: 'tickets:read', query: `{ ticketQueues { id } }` },
  { name: 'ticketCategories', permission: 'tickets:read', query: `{ ticketCategories { id } }` },
  { name: 'slaPolicies', permission: 'tickets:read', query: `{ slaPolicies { priority } }` },
  { name: 'createTicket', permission: 'tickets:write', query: `mutation { createTicket(input: { contactId: "00000000-0000-0000-0000-000000000000", subject: "x" }) { id } }` },
  { name: 'replyToTicket', permission: 'tickets:write', query: `mutation { replyToTicket(id: "00000000-0000-0000-0000-000000000000", input: { body: "x", internal: true }) { id } }` },
  { name: 'assignTicket', permission: 'tickets:write', query: `mutation { assignTicket(id: "00000000-0000-0000-0000-000000000000", assigneeId: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'setTicketStatus', permission: 'tickets:write', query: `mutation { setTicketStatus(id: "00000000-0000-0000-0000-000000000000", status: OPEN) { id } }` },
  { name: 'updateTicket', permission: 'tickets:write', query: `mutation { updateTicket(id: "00000000-0000-0000-0000-000000000000", input: { priority: HIGH }) { id } }` },
  { name: 'resolveTicket', permission: 'tickets:write', query: `mutation { resolveTicket(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'closeTicket', permission: 'tickets:write', query: `mutation { closeTicket(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'createTicketQueue', permission: 'tickets:manage', query: `mutation { createTicketQueue(input: { name: "", memberIds: [] }) { id } }` },
  { name: 'updateTicketQueue', permission: 'tickets:manage', query: `mutation { updateTicketQueue(id: "00000000-0000-0000-0000-000000000000", input: {}) { id } }` },
  { name: 'createTicketCategory', permission: 'tickets:manage', query: `mutation { createTicketCategory(input: { nameFa: "", nameEn: "" }) { id } }` },
  { name: 'setSlaPolicy', permission: 'tickets:manage', query: `mutation { setSlaPolicy(input: { priority: LOW, firstResponseMinutes: 0, resolutionMinutes: 0, warnBeforeMinutes: 0 }) { priority } }` },
  { name: 'ticketingSettings', permission: 'tickets:read', query: `{ ticketingSettings { autoCloseDays } }` },
  { name: 'ticketMacros', permission: 'tickets:read', query: `{ ticketMacros { id } }` },
  { name: 'renderTicketMacro', permission: 'tickets:read', query: `{ renderTicketMacro(id: "00000000-0000-0000-0000-000000000000", ticketId: "00000000-0000-0000-0000-000000000000") }` },
  { name: 'ticketMetrics', permission: 'tickets:read', query: `{ ticketMetrics(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { total } }` },
  { name: 'updateTicketingSettings', permission: 'tickets:manage', query: `mutation { updateTicketingSettings(input: {}) { autoCloseDays } }` },
  { name: 'createTicketMacro', permission: 'tickets:manage', query: `mutation { createTicketMacro(input: { name: "", body: "" }) { id } }` },
  { name: 'updateTicketMacro', permission: 'tickets:manage', query: `mutation { updateTicketMacro(id: "00000000-0000-0000-0000-000000000000", input: { name: "", body: "" }) { id } }` },
  { name: 'deleteTicketMacro', permission: 'tickets:manage', query: `mutation { deleteTicketMacro(id: "00000000-0000-0000-0000-000000000000") }` },
  { name: 'followUpPlans', permission: 'contacts:read', query: `{ followUpPlans { id } }` },
  { name: 'followUpPlan', permission: 'contacts:read', query: `{ followUpPlan(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'createFollowUpPlan', permission: 'campaigns:write', query: `mutation { createFollowUpPlan(input: { name: " ", steps: [] }) { id } }` },
  { name: 'updateFollowUpPlan', permission: 'campaigns:write', query: `mutation { updateFollowUpPlan(id: "00000000-0000-0000-0000-000000000000", input: { name: " ", steps: [] }) { id } }` },
  { name: 'followUpEnrolments', permission: 'contacts:read', query: `{ followUpEnrolments { id } }` },
  { name: 'enrolInFollowUpPlan', permission: 'contacts:write', query: `mutation { enrolInFollowUpPlan(planId: "00000000-0000-0000-0000-000000000000", contactId: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'cancelFollowUpEnrolment', permission: 'contacts:write', query: `mutation { cancelFollowUpEnrolment(id: "00000000-0000-0000-0000-000000000000") { id } }` },
  { name: 'followUpCalls', permission: 'contacts:read', query: `{ followUpCalls { id } }` },
  { name: 'recordCallOutcome', permission: 'contacts:write', query: `mutation { recordCallOutcome(input: { callId: "00000000-0000-0000-0000-000000000000", outcome: ANSWERED }) { id } }` },
  { name: 'upcomingImportantDates', permission: 'contacts:read', query: `{ upcomingImportantDates { edges { node { importantDateId } } } }` },
  { name: 'scheduledJobs', permission: 'jobs:manage', query: `{ scheduledJobs { job } }` },
  { name: 'jobRuns', permission: 'jobs:manage', query: `{ jobRuns { id } }` },
  { name: 'runJobNow', permission: 'jobs:manage', query: `mutation { runJobNow(job: "no-such-job") { id } }` },
];

/** Where @nestjs/graphql records whether a method is a Query, Mutation or Subscription. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

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

  /** Every Query, Mutation and Subscription resolver method with its GraphQL name and declared access rule. */
  const resolverRules = () => {
    const discovery = app.app.get(DiscoveryService);
    const scanner = app.app.get(MetadataScanner);
    const reflector = app.app.get(Reflector);
    const found: Array<{ name: string; method: string; owner: string; rule: AccessRule | undefined }> = [];
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const proto = Object.getPrototypeOf(instance);
      for (const method of scanner.getAllMethodNames(proto)) {
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, proto[method]);
        if (!['Query', 'Mutation', 'Subscription'].includes(type)) continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, proto[method]) as string | undefined) ?? method;
        found.push({ name, method, owner: wrapper.name as string, rule: reflector.getAllAndOverride<AccessRule>(ACCESS_KEY, [proto[method], wrapper.metatype as never]) });
      }
    }
    return found;
  };

  it('every Query, Mutation and Subscription resolver declares an access rule (deny by default otherwise)', () => {
    const rules = resolverRules();
    expect(rules.length).toBeGreaterThan(15);
    expect(rules.filter((r) => !r.rule).map((r) => `${r.owner}.${r.method}`)).toEqual([]);
  });

  it('every operation of the schema is covered by this walk or is public', () => {
    const publicOps = ['signUp', 'login', 'refreshToken', 'logout', 'acceptInvitation', 'publicWorkspace'];
    const selfManaged = ['inviteStaff', 'changeStaffRole', 'disableStaffMember', 'createApiKey', 'workspaceEvents', 'incomingCall', 'setStaffExtension'];
    const schema = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../../schema.graphql'), 'utf8') as string;
    const ops = [...schema.matchAll(/^type (Query|Mutation|Subscription) \{([\s\S]*?)^\}/gm)]
      .flatMap((m) => [...m[2].matchAll(/^\s{2}(\w+)[(:]/gm)].map((x) => x[1]));
    // Public and club-member operations declare so themselves (members are walked by the club's own tests: a staff
    // token or API key is refused by every @ClubMember operation, see core/auth/permission.guard.ts).
    const declared = resolverRules().filter((r) => r.rule?.kind === 'public' || r.rule?.kind === 'member').map((r) => r.name);
    const covered = new Set([...OPERATIONS.map((o) => o.name), ...publicOps, ...selfManaged, ...declared]);
    expect(ops.filter((o) => !covered.has(o))).toEqual([]);
  });

  it('docs/PERMISSIONS.md is generated from the matrix (UPDATE_DOCS=1 rewrites it)', () => {
    const file = join(__dirname, '../../../../../docs/PERMISSIONS.md');
    if (process.env.UPDATE_DOCS) writeFileSync(file, renderPermissionsDoc());
    expect(readFileSync(file, 'utf8')).toBe(renderPermissionsDoc());
  });
});
