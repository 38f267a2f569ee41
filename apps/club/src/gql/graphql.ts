/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AcceptInvitationInput = {
  fullName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** Who created the key */
  createdBy?: Maybe<StaffMember>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The public part of the key (pvk_<prefix>_…), to recognise it */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type AuditLogEntry = {
  __typename?: 'AuditLogEntry';
  /** INSERT, UPDATE or DELETE */
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['String']['output']>;
  actorLabel?: Maybe<Scalars['String']['output']>;
  /** "user", "api_key" or "system" */
  actorType: Scalars['String']['output'];
  /** Changed fields: { field: { before, after } } */
  changes: Scalars['JSON']['output'];
  /** The table changed */
  entity: Scalars['String']['output'];
  entityId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
};

export type AuditLogEntryConnection = {
  __typename?: 'AuditLogEntryConnection';
  edges: Array<AuditLogEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditLogEntryEdge = {
  __typename?: 'AuditLogEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditLogEntry;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  refreshToken: Scalars['String']['output'];
  viewer: Viewer;
};

export type CalendarDate = {
  __typename?: 'CalendarDate';
  calendar: CalendarSystem;
  day: Scalars['Int']['output'];
  month: Scalars['Int']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type CalendarDateInput = {
  calendar: CalendarSystem;
  day: Scalars['Int']['input'];
  month: Scalars['Int']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type CalendarSystem =
  | 'GREGORIAN'
  | 'JALALI';

export type ChangeStaffRoleInput = {
  role: StaffRole;
  staffMemberId: Scalars['ID']['input'];
};

export type ClubBranding = {
  __typename?: 'ClubBranding';
  logoUrl?: Maybe<Scalars['String']['output']>;
  primaryColor: Scalars['String']['output'];
  tagline?: Maybe<Scalars['String']['output']>;
};

export type Consent = {
  __typename?: 'Consent';
  changedAt?: Maybe<Scalars['DateTime']['output']>;
  channel: ConsentChannel;
  source?: Maybe<Scalars['String']['output']>;
  status: ConsentStatus;
};

export type ConsentChannel =
  | 'CALL'
  | 'EMAIL'
  | 'SMS';

export type ConsentStatus =
  | 'GRANTED'
  | 'UNKNOWN'
  | 'WITHDRAWN';

/** A person the business deals with; the 360 file hangs off it */
export type Contact = {
  __typename?: 'Contact';
  address?: Maybe<Scalars['String']['output']>;
  birthDate?: Maybe<CalendarDate>;
  city?: Maybe<Scalars['String']['output']>;
  consents: Array<Consent>;
  createdAt: Scalars['DateTime']['output'];
  /** { key: value } for the workspace custom fields */
  customFields: Scalars['JSON']['output'];
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  gender?: Maybe<Gender>;
  id: Scalars['ID']['output'];
  importantDates: Array<ImportantDate>;
  lastName: Scalars['String']['output'];
  lastOrderAt?: Maybe<Scalars['DateTime']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  orderCount: Scalars['Int']['output'];
  organizations: Array<ContactOrganization>;
  owner?: Maybe<StaffMember>;
  phones: Array<ContactPhone>;
  /** Other contacts sharing a phone number or email */
  possibleDuplicates: Array<Contact>;
  /** E.164 of the primary phone */
  primaryPhone?: Maybe<Scalars['String']['output']>;
  province?: Maybe<Scalars['String']['output']>;
  relatedPeople: Array<RelatedPerson>;
  source: ContactSource;
  stage: LifecycleStage;
  /** Every ladder move: when, from, to, why, by whom */
  stageHistory: Array<StageChange>;
  tags: Array<Scalars['String']['output']>;
  /** Tasks about this contact */
  tasks: Array<Task>;
  /** Every interaction and event, newest first */
  timeline: TimelineItemConnection;
  updatedAt: Scalars['DateTime']['output'];
};


/** A person the business deals with; the 360 file hangs off it */
export type ContactTasksArgs = {
  status?: InputMaybe<TaskStatus>;
};


/** A person the business deals with; the 360 file hangs off it */
export type ContactTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kinds?: InputMaybe<Array<TimelineKind>>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ContactConnection = {
  __typename?: 'ContactConnection';
  edges: Array<ContactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ContactEdge = {
  __typename?: 'ContactEdge';
  cursor: Scalars['String']['output'];
  node: Contact;
};

export type ContactFilter = {
  city?: InputMaybe<Scalars['String']['input']>;
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** { key: value } equality on custom fields (a list value matches any of it) */
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  province?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<ContactSource>;
  stages?: InputMaybe<Array<LifecycleStage>>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ContactOrganization = {
  __typename?: 'ContactOrganization';
  organization: Organization;
  title?: Maybe<Scalars['String']['output']>;
};

export type ContactPhone = {
  __typename?: 'ContactPhone';
  /** E.164, e.g. +989121234567 */
  e164: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isPrimary: Scalars['Boolean']['output'];
  kind: PhoneKind;
  label?: Maybe<Scalars['String']['output']>;
  /** National display form, e.g. 0912 123 4567 */
  national: Scalars['String']['output'];
};

export type ContactPhoneInput = {
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  /** Any usual form: 0912…, +98…, with spaces, Persian digits… */
  number: Scalars['String']['input'];
};

export type ContactSource =
  | 'CAMPAIGN'
  | 'CLUB'
  | 'IMPORT'
  | 'OTHER'
  | 'PHONE'
  | 'REFERRAL'
  | 'SOCIAL'
  | 'WALK_IN'
  | 'WEB_FORM';

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The whole key. Shown only this once; store it safely */
  secret: Scalars['String']['output'];
};

export type CreateContactInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  birthDate?: InputMaybe<CalendarDateInput>;
  city?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  gender?: InputMaybe<Gender>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phones?: InputMaybe<Array<ContactPhoneInput>>;
  province?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<ContactSource>;
  /** SUSPECT (default) or PROSPECT; later stages follow from events */
  stage?: InputMaybe<LifecycleStage>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateTaskInput = {
  /** Default: the caller */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind: TaskKind;
  notes?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CustomFieldDefinition = {
  __typename?: 'CustomFieldDefinition';
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  options: Array<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  required: Scalars['Boolean']['output'];
  type: CustomFieldType;
};

export type CustomFieldInput = {
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  position?: InputMaybe<Scalars['Int']['input']>;
  required?: InputMaybe<Scalars['Boolean']['input']>;
  type: CustomFieldType;
};

export type CustomFieldType =
  | 'DATE'
  | 'MULTI_SELECT'
  | 'NUMBER'
  | 'SELECT'
  | 'TEXT';

export type Direction =
  | 'IN'
  | 'NONE'
  | 'OUT';

export type ExportFile = {
  __typename?: 'ExportFile';
  contentBase64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  rowCount: Scalars['Int']['output'];
};

export type ExportFormat =
  | 'CSV'
  | 'XLSX';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

export type ImportColumnMapping = {
  /** A header of the file */
  column: Scalars['String']['input'];
  /** firstName, lastName, fullName, mobile, phone, email, gender, birthDate, province, city, address, tags, notes, source or custom.<key> */
  field: Scalars['String']['input'];
};

export type ImportContactsInput = {
  /** The file, base64-encoded */
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  format: ImportFormat;
  mapping?: Array<ImportColumnMapping>;
};

export type ImportFormat =
  | 'CSV'
  | 'XLSX';

export type ImportResult = {
  __typename?: 'ImportResult';
  created: Scalars['Int']['output'];
  errors: Array<ImportRowError>;
  failed: Scalars['Int']['output'];
  totalRows: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** NAME_REQUIRED, INVALID_PHONE, INVALID_EMAIL, INVALID_DATE, INVALID_GENDER or INVALID_CUSTOM_FIELD */
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  /** English explanation */
  message: Scalars['String']['output'];
  /** For INVALID_PHONE: the phone library’s reason code (TOO_SHORT, INVALID_MOBILE_PREFIX…) */
  reason?: Maybe<Scalars['String']['output']>;
  /** 1-based data row (the header is row 0) */
  row: Scalars['Int']['output'];
  /** The offending cell */
  value?: Maybe<Scalars['String']['output']>;
};

export type ImportantDate = {
  __typename?: 'ImportantDate';
  channel: MessageChannel;
  date: CalendarDate;
  daysUntil?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: ImportantDateKind;
  messageTemplate?: Maybe<Scalars['String']['output']>;
  /** Next occurrence as a Gregorian ISO date (YYYY-MM-DD) in the workspace time zone; null when a one-off date has passed */
  nextOccurrence?: Maybe<Scalars['String']['output']>;
  /** The same day in the Jalali calendar (YYYY-MM-DD) */
  nextOccurrenceJalali?: Maybe<Scalars['String']['output']>;
  recurrence: Recurrence;
  reminderDaysBefore: Scalars['Int']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type ImportantDateInput = {
  channel?: MessageChannel;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  date: CalendarDateInput;
  kind: ImportantDateKind;
  messageTemplate?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  recurrence?: Recurrence;
  relatedPersonId?: InputMaybe<Scalars['ID']['input']>;
  reminderDaysBefore?: Scalars['Int']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ImportantDateKind =
  | 'ANNIVERSARY'
  | 'BIRTHDAY'
  | 'CHILD_BIRTHDAY'
  | 'CONFERENCE'
  | 'CUSTOM';

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: StaffRole;
  status: InvitationStatus;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteStaffInput = {
  email: Scalars['String']['input'];
  role: StaffRole;
};

export type LifecycleSettings = {
  __typename?: 'LifecycleSettings';
  /** Successful referrals that make a customer an advocate */
  advocateMinReferrals: Scalars['Int']['output'];
  /** Orders within the window that make a customer a client (loyal) */
  clientMinOrders: Scalars['Int']['output'];
  clientWindowMonths: Scalars['Int']['output'];
  /** Days without a purchase before a customer becomes inactive */
  inactiveAfterDays: Scalars['Int']['output'];
  lostAfterDays: Scalars['Int']['output'];
};

export type LifecycleSettingsInput = {
  advocateMinReferrals?: InputMaybe<Scalars['Int']['input']>;
  clientMinOrders?: InputMaybe<Scalars['Int']['input']>;
  clientWindowMonths?: InputMaybe<Scalars['Int']['input']>;
  inactiveAfterDays?: InputMaybe<Scalars['Int']['input']>;
  lostAfterDays?: InputMaybe<Scalars['Int']['input']>;
};

/** The customer ladder: suspect → … → partner; inactive/lost for win-back */
export type LifecycleStage =
  | 'ADVOCATE'
  | 'CLIENT'
  | 'DISQUALIFIED'
  | 'FIRST_TIME_CUSTOMER'
  | 'INACTIVE'
  | 'LOST'
  | 'PARTNER'
  | 'PROSPECT'
  | 'REPEAT_CUSTOMER'
  | 'SUSPECT';

export type LogInteractionInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  contactId: Scalars['ID']['input'];
  direction?: Direction;
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  kind: TimelineKind;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  summary: Scalars['String']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  workspaceSlug?: InputMaybe<Scalars['String']['input']>;
};

/** An outgoing message in the outbox */
export type Message = {
  __typename?: 'Message';
  attempts: Scalars['Int']['output'];
  bodyHtml?: Maybe<Scalars['String']['output']>;
  bodyText: Scalars['String']['output'];
  channel: MessagingChannel;
  contactId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** OUT: sent by us; IN: received (inbound SMS) */
  direction: Direction;
  /** Delivery history, oldest first */
  events: Array<MessageEvent>;
  id: Scalars['ID']['output'];
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  lastError?: Maybe<Scalars['String']['output']>;
  providerMessageId?: Maybe<Scalars['String']['output']>;
  purpose: MessagePurpose;
  /** Email address or E.164 phone number of the contact side (the sender, for inbound) */
  recipient: Scalars['String']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** For SMS: the parts the body takes */
  smsPartCount?: Maybe<SmsParts>;
  status: MessageStatus;
  statusReason?: Maybe<Scalars['String']['output']>;
  subject?: Maybe<Scalars['String']['output']>;
  templateKey?: Maybe<Scalars['String']['output']>;
};

export type MessageChannel =
  | 'CALL'
  | 'EMAIL'
  | 'NONE'
  | 'SMS';

export type MessageConnection = {
  __typename?: 'MessageConnection';
  edges: Array<MessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MessageEdge = {
  __typename?: 'MessageEdge';
  cursor: Scalars['String']['output'];
  node: Message;
};

/** One step of a message’s delivery history */
export type MessageEvent = {
  __typename?: 'MessageEvent';
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  status: MessageStatus;
};

export type MessageFilter = {
  channel?: InputMaybe<MessagingChannel>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<MessageStatus>;
};

/** Marketing messages need the contact’s consent for the channel at send time */
export type MessagePurpose =
  | 'MARKETING'
  | 'TRANSACTIONAL';

/** NOT_SENT: no transport is configured for the channel; SUPPRESSED: consent missing or withdrawn; RECEIVED: inbound */
export type MessageStatus =
  | 'BOUNCED'
  | 'DELIVERED'
  | 'FAILED'
  | 'NOT_SENT'
  | 'QUEUED'
  | 'RECEIVED'
  | 'SENDING'
  | 'SENT'
  | 'SUPPRESSED';

/** The channels the outbox sends through */
export type MessagingChannel =
  | 'EMAIL'
  | 'SMS';

export type Mutation = {
  __typename?: 'Mutation';
  acceptInvitation: AuthPayload;
  /** A birthday, anniversary, child’s birthday, conference… on a contact, a related person or an organisation */
  addImportantDate: ImportantDate;
  addRelatedPerson: RelatedPerson;
  bulkAssignContacts: Scalars['Int']['output'];
  /** Adds tags to many contacts; returns how many changed */
  bulkTagContacts: Scalars['Int']['output'];
  cancelTask: Task;
  /** A person’s judgement on the ladder: SUSPECT, PROSPECT, DISQUALIFIED or PARTNER, with the reason */
  changeContactStage: Contact;
  changeStaffRole: StaffMember;
  /** Marks the task done with its outcome; lands on the contact’s timeline */
  completeTask: Task;
  createApiKey: CreateApiKeyPayload;
  createContact: Contact;
  createOrganization: Organization;
  createTask: Task;
  defineCustomField: CustomFieldDefinition;
  /** Soft delete: hidden from lists and lookups, history kept */
  deleteContact: Scalars['Boolean']['output'];
  /** Deletes the field and its values on every contact */
  deleteCustomField: Scalars['Boolean']['output'];
  /** Disables a member and signs them out everywhere */
  disableStaffMember: StaffMember;
  /** Imports contacts from CSV/XLSX: bad rows are reported, duplicates (phone/email) filled in, re-runs change nothing */
  importContacts: ImportResult;
  /** Emails an invitation link; a replay with the same idempotencyKey returns the first result */
  inviteStaff: Invitation;
  linkContactToOrganization: Contact;
  /** Records a call, SMS, email, meeting, visit, note… on the contact’s timeline */
  logInteraction: TimelineItem;
  login: AuthPayload;
  /** Revokes the refresh token and every token rotated from the same sign-in */
  logout: Scalars['Boolean']['output'];
  /** Moves everything of the duplicate onto the primary contact and retires the duplicate */
  mergeContacts: Contact;
  /** Rotates a refresh token: the old one stops working */
  refreshToken: AuthPayload;
  removeImportantDate: Scalars['Boolean']['output'];
  removeRelatedPerson: Scalars['Boolean']['output'];
  revokeApiKey: ApiKey;
  revokeInvitation: Invitation;
  /** Queues a one-off email or SMS to a contact (delivered by the outbox worker) */
  sendMessage: Message;
  /** Records a consent change for one channel, with its source (e.g. "club form", "phone call") */
  setContactConsent: Contact;
  /** Sets the PBX extension (own, or anyone’s with staff:manage); null clears it */
  setStaffExtension: StaffMember;
  /** Creates a workspace and its owner, and signs the owner in */
  signUp: AuthPayload;
  unlinkContactFromOrganization: Contact;
  updateContact: Contact;
  updateLifecycleSettings: LifecycleSettings;
  updateOrganization: Organization;
  updateRelatedPerson: RelatedPerson;
  updateTask: Task;
  updateWorkspace: Workspace;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddImportantDateArgs = {
  input: ImportantDateInput;
};


export type MutationAddRelatedPersonArgs = {
  contactId: Scalars['ID']['input'];
  input: RelatedPersonInput;
};


export type MutationBulkAssignContactsArgs = {
  ids: Array<Scalars['ID']['input']>;
  ownerId: Scalars['ID']['input'];
};


export type MutationBulkTagContactsArgs = {
  ids: Array<Scalars['ID']['input']>;
  tags: Array<Scalars['String']['input']>;
};


export type MutationCancelTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeContactStageArgs = {
  contactId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  stage: LifecycleStage;
};


export type MutationChangeStaffRoleArgs = {
  input: ChangeStaffRoleInput;
};


export type MutationCompleteTaskArgs = {
  id: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


export type MutationCreateOrganizationArgs = {
  input: OrganizationInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationDefineCustomFieldArgs = {
  input: CustomFieldInput;
};


export type MutationDeleteContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCustomFieldArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationImportContactsArgs = {
  input: ImportContactsInput;
};


export type MutationInviteStaffArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InviteStaffInput;
};


export type MutationLinkContactToOrganizationArgs = {
  contactId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLogInteractionArgs = {
  input: LogInteractionInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMergeContactsArgs = {
  duplicateId: Scalars['ID']['input'];
  primaryId: Scalars['ID']['input'];
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemoveImportantDateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveRelatedPersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationSetContactConsentArgs = {
  channel: ConsentChannel;
  contactId: Scalars['ID']['input'];
  source: Scalars['String']['input'];
  status: ConsentStatus;
};


export type MutationSetStaffExtensionArgs = {
  extension?: InputMaybe<Scalars['String']['input']>;
  staffMemberId: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUnlinkContactFromOrganizationArgs = {
  contactId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
};


export type MutationUpdateLifecycleSettingsArgs = {
  input: LifecycleSettingsInput;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: OrganizationInput;
};


export type MutationUpdateRelatedPersonArgs = {
  id: Scalars['ID']['input'];
  input: RelatedPersonInput;
};


export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
};


export type MutationUpdateWorkspaceArgs = {
  input: UpdateWorkspaceInput;
};

export type Organization = {
  __typename?: 'Organization';
  address?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  importantDates: Array<ImportantDate>;
  industry?: Maybe<Scalars['String']['output']>;
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PhoneKind =
  | 'FOREIGN'
  | 'LANDLINE'
  | 'MOBILE';

/** What anyone may see of a workspace: its club landing page */
export type PublicWorkspace = {
  __typename?: 'PublicWorkspace';
  branding: ClubBranding;
  defaultLocale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  apiKeys: ApiKeyConnection;
  /** Scopes an API key may be given */
  apiScopes: Array<Scalars['String']['output']>;
  /** Every change made in the workspace, newest first */
  auditLog: AuditLogEntryConnection;
  /** The 360 file of one contact */
  contact: Contact;
  /** Caller ID: finds the contact owning a number given in any usual form */
  contactByPhone?: Maybe<Contact>;
  contacts: ContactConnection;
  customFieldDefinitions: Array<CustomFieldDefinition>;
  /** Any filtered list as CSV or XLSX (base64) */
  exportContacts: ExportFile;
  /** The column headers of a CSV/XLSX file, to map them before importing */
  importPreview: Array<Scalars['String']['output']>;
  invitations: Array<Invitation>;
  lifecycleSettings: LifecycleSettings;
  message: Message;
  /** The outbox, newest first */
  messages: MessageConnection;
  /** The caller’s open tasks: due today, overdue, upcoming or all */
  myTasks: Array<Task>;
  organization: Organization;
  organizations: OrganizationConnection;
  /** What each role may do (the permission matrix) */
  permissionMatrix: Array<RolePermissions>;
  /** A club's public face by its address; null when unknown */
  publicWorkspace?: Maybe<PublicWorkspace>;
  /** How many SMS parts a text takes (shown before sending) */
  smsParts: SmsParts;
  staffMembers: StaffMemberConnection;
  viewer: Viewer;
  workspace: Workspace;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactByPhoneArgs = {
  phone: Scalars['String']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryExportContactsArgs = {
  filter?: InputMaybe<ContactFilter>;
  format: ExportFormat;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryImportPreviewArgs = {
  input: ImportContactsInput;
};


export type QueryMessageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryMyTasksArgs = {
  scope?: TaskScope;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPublicWorkspaceArgs = {
  slug: Scalars['String']['input'];
};


export type QuerySmsPartsArgs = {
  text: Scalars['String']['input'];
};


export type QueryStaffMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type Recurrence =
  | 'ONCE'
  | 'YEARLY';

export type RelatedPerson = {
  __typename?: 'RelatedPerson';
  birthDate?: Maybe<CalendarDate>;
  id: Scalars['ID']['output'];
  importantDates: Array<ImportantDate>;
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  preferences?: Maybe<Scalars['String']['output']>;
  /** When the relative is a contact too */
  relatedContact?: Maybe<Contact>;
  relation: Relation;
};

export type RelatedPersonInput = {
  birthDate?: InputMaybe<CalendarDateInput>;
  /** Required unless relatedContactId is given */
  name?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  preferences?: InputMaybe<Scalars['String']['input']>;
  relatedContactId?: InputMaybe<Scalars['ID']['input']>;
  relation: Relation;
};

export type Relation =
  | 'CHILD'
  | 'COLLEAGUE'
  | 'FRIEND'
  | 'OTHER'
  | 'PARENT'
  | 'SIBLING'
  | 'SPOUSE';

export type RolePermissions = {
  __typename?: 'RolePermissions';
  permissions: Array<Scalars['String']['output']>;
  role: StaffRole;
};

/** What the staff member sees while the phone rings */
export type ScreenPop = {
  __typename?: 'ScreenPop';
  callId: Scalars['String']['output'];
  contact?: Maybe<Contact>;
  direction: Direction;
  extension?: Maybe<Scalars['String']['output']>;
  /** No contact has this number: offer to create one */
  isNewCaller: Scalars['Boolean']['output'];
  lastInteractions: Array<TimelineItem>;
  openTasks: Scalars['Int']['output'];
  /** The caller’s number (national form when Iranian) */
  phone: Scalars['String']['output'];
};

export type SendMessageInput = {
  /** Plain text; may use {{contact.firstName}}, {{contact.lastName}}, {{contact.fullName}} */
  body: Scalars['String']['input'];
  channel: MessagingChannel;
  contactId: Scalars['ID']['input'];
  /** A retry with the same key returns the first message instead of sending again */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  purpose?: MessagePurpose;
  /** Required for email */
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  workspaceName: Scalars['String']['input'];
  /** Club address /club/<slug>; derived from the name when omitted */
  workspaceSlug?: InputMaybe<Scalars['String']['input']>;
};

/** How the network counts an SMS: UCS-2 (Persian) 70 / 67 per part, GSM-7 160 / 153 */
export type SmsParts = {
  __typename?: 'SmsParts';
  encoding: Scalars['String']['output'];
  parts: Scalars['Int']['output'];
  remaining: Scalars['Int']['output'];
  units: Scalars['Int']['output'];
};

export type StaffMember = {
  __typename?: 'StaffMember';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  /** PBX extension: incoming calls to it pop up for this member */
  extension?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  role: StaffRole;
  status: StaffStatus;
};

export type StaffMemberConnection = {
  __typename?: 'StaffMemberConnection';
  edges: Array<StaffMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StaffMemberEdge = {
  __typename?: 'StaffMemberEdge';
  cursor: Scalars['String']['output'];
  node: StaffMember;
};

export type StaffRole =
  | 'ADMIN'
  | 'MARKETING'
  | 'OWNER'
  | 'SALES'
  | 'SUPPORT'
  | 'WAREHOUSE';

export type StaffStatus =
  | 'ACTIVE'
  | 'DISABLED';

export type StageChange = {
  __typename?: 'StageChange';
  automatic: Scalars['Boolean']['output'];
  changedAt: Scalars['DateTime']['output'];
  changedBy?: Maybe<StaffMember>;
  from?: Maybe<LifecycleStage>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  to: LifecycleStage;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Incoming calls ringing at the signed-in staff member’s extension */
  incomingCall: ScreenPop;
  workspaceEvents: WorkspaceEvent;
};

export type Task = {
  __typename?: 'Task';
  assignee?: Maybe<StaffMember>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  contact?: Maybe<Contact>;
  createdAt: Scalars['DateTime']['output'];
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: TaskKind;
  notes?: Maybe<Scalars['String']['output']>;
  outcome?: Maybe<Scalars['String']['output']>;
  status: TaskStatus;
  title: Scalars['String']['output'];
};

export type TaskKind =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'TODO';

/** TODAY and OVERDUE are computed in the workspace time zone */
export type TaskScope =
  | 'ALL_OPEN'
  | 'OVERDUE'
  | 'TODAY'
  | 'UPCOMING';

export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

export type TimelineItem = {
  __typename?: 'TimelineItem';
  /** The staff member who did it */
  actor?: Maybe<StaffMember>;
  body?: Maybe<Scalars['String']['output']>;
  data: Scalars['JSON']['output'];
  direction: Direction;
  id: Scalars['ID']['output'];
  kind: TimelineKind;
  occurredAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
};

export type TimelineItemConnection = {
  __typename?: 'TimelineItemConnection';
  edges: Array<TimelineItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TimelineItemEdge = {
  __typename?: 'TimelineItemEdge';
  cursor: Scalars['String']['output'];
  node: TimelineItem;
};

export type TimelineKind =
  | 'CALL'
  | 'CAMPAIGN'
  | 'CONSENT'
  | 'CONTACT_CREATED'
  | 'CONTACT_MERGED'
  | 'EMAIL'
  | 'INVOICE'
  | 'MEETING'
  | 'NOTE'
  | 'ORDER'
  | 'POINTS'
  | 'SMS'
  | 'SOCIAL'
  | 'STAGE_CHANGE'
  | 'SURVEY'
  | 'TASK'
  | 'TICKET'
  | 'VISIT'
  | 'WEB_FORM';

export type UpdateContactInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  birthDate?: InputMaybe<CalendarDateInput>;
  city?: InputMaybe<Scalars['String']['input']>;
  customFields?: InputMaybe<Scalars['JSON']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Gender>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phones?: InputMaybe<Array<ContactPhoneInput>>;
  province?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<ContactSource>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateWorkspaceInput = {
  defaultLocale?: InputMaybe<Scalars['String']['input']>;
  displayCurrency?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
};

/** Who is calling: a staff member (user + role) or an API key */
export type Viewer = {
  __typename?: 'Viewer';
  permissions: Array<Scalars['String']['output']>;
  role?: Maybe<StaffRole>;
  user?: Maybe<User>;
  workspace: Workspace;
};

export type Workspace = {
  __typename?: 'Workspace';
  createdAt: Scalars['DateTime']['output'];
  /** "fa" or "en" */
  defaultLocale: Scalars['String']['output'];
  /** "IRR" (Rial) or "IRT" (Toman); amounts are always stored in Rial */
  displayCurrency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  /** IANA time zone; dates are shown and scheduled in it */
  timezone: Scalars['String']['output'];
};

export type WorkspaceEvent = {
  __typename?: 'WorkspaceEvent';
  occurredAt: Scalars['DateTime']['output'];
  /** The domain event name, e.g. workspace.created */
  type: Scalars['String']['output'];
};

export type PublicWorkspaceQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicWorkspaceQuery = { __typename?: 'Query', publicWorkspace?: { __typename?: 'PublicWorkspace', name: string, slug: string, defaultLocale: string, branding: { __typename?: 'ClubBranding', primaryColor: string, logoUrl?: string | null, tagline?: string | null } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PublicWorkspaceDocument = new TypedDocumentString(`
    query PublicWorkspace($slug: String!) {
  publicWorkspace(slug: $slug) {
    name
    slug
    defaultLocale
    branding {
      primaryColor
      logoUrl
      tagline
    }
  }
}
    `) as unknown as TypedDocumentString<PublicWorkspaceQuery, PublicWorkspaceQueryVariables>;