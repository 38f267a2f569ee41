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
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

export type AcceptInvitationInput = {
  fullName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type AddMyFamilyMemberInput = {
  birthDate?: InputMaybe<CalendarDateInput>;
  /** Other dates worth remembering (anniversary…) */
  importantDates?: InputMaybe<Array<ClubFamilyDateInput>>;
  name: Scalars['String']['input'];
  relation: Relation;
};

export type AddMyImportantDateInput = {
  date: CalendarDateInput;
  /** A date of one of my family members instead of my own */
  familyMemberId?: InputMaybe<Scalars['ID']['input']>;
  kind: ImportantDateKind;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Staff put an address on the do-not-contact list (reason DO_NOT_CONTACT) */
export type AddSuppressionInput = {
  /** Email address, or a phone number in any usual form */
  address: Scalars['String']['input'];
  channel: MessagingChannel;
  detail?: InputMaybe<Scalars['String']['input']>;
};

export type AdjustPointsInput = {
  contactId: Scalars['ID']['input'];
  /** Signed, not 0 */
  delta: Scalars['Int']['input'];
  /** One per dialog submission: a retry with the same key answers the first adjustment */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};

/** Either countedQuantity (what a stock count found) or delta (signed change), and always a reason */
export type AdjustStockInput = {
  countedQuantity?: InputMaybe<Scalars['Int']['input']>;
  delta?: InputMaybe<Scalars['Int']['input']>;
  productId: Scalars['ID']['input'];
  /** Why the stock changed (count, damage, loss …); required */
  reason: Scalars['String']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
  warehouseId: Scalars['ID']['input'];
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

/** UNAVAILABLE when nothing is left to sell (available = 0) */
export type AvailabilityStatus =
  | 'AVAILABLE'
  | 'UNAVAILABLE';

export type BlockClubMemberInput = {
  contactId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A bulk send: its messages are queued page by page in the background, then delivered by the outbox */
export type BulkSend = {
  __typename?: 'BulkSend';
  channel: MessagingChannel;
  createdAt: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  purpose: MessagePurpose;
  /** Messages queued so far */
  queued: Scalars['Int']['output'];
  /** Matching contacts without an address for the channel */
  skipped: Scalars['Int']['output'];
  status: BulkSendStatus;
  templateKey?: Maybe<Scalars['String']['output']>;
};

export type BulkSendStatus =
  | 'DONE'
  | 'FAILED'
  | 'RUNNING';

/** The business hours and holidays SLAs are counted in */
export type BusinessCalendarModel = {
  __typename?: 'BusinessCalendarModel';
  holidays: Array<BusinessHoliday>;
  /** True while the workspace uses the Iranian default (nothing saved yet) */
  isDefault: Scalars['Boolean']['output'];
  /** The next time the workspace opens (now when open); null when it never does */
  nextOpeningAt?: Maybe<Scalars['DateTime']['output']>;
  /** Open at the moment of the request */
  openNow: Scalars['Boolean']['output'];
  /** The workspace's IANA time zone (change it with updateWorkspace) */
  timeZone: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Seven lists of open ranges, index 0 = Sunday … 6 = Saturday (Friday = 5); empty = closed */
  week: Array<Array<BusinessHoursRange>>;
};

/** A day off: without a year it recurs every year in its calendar (Nowruz); with a year it is one-off (lunar holidays) */
export type BusinessHoliday = {
  __typename?: 'BusinessHoliday';
  calendar: CalendarSystem;
  day: Scalars['Int']['output'];
  month: Scalars['Int']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type BusinessHolidayInput = {
  calendar: CalendarSystem;
  day: Scalars['Int']['input'];
  month: Scalars['Int']['input'];
  /** Absent: every year; present: that year only */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** An open range of a weekday, wall-clock HH:MM in the workspace time zone; end may be 24:00 */
export type BusinessHoursRange = {
  __typename?: 'BusinessHoursRange';
  end: Scalars['String']['output'];
  start: Scalars['String']['output'];
};

export type BusinessHoursRangeInput = {
  /** 'HH:MM', later than start; '24:00' = midnight at the end of the day */
  end: Scalars['String']['input'];
  /** 'HH:MM', 00:00–23:59 */
  start: Scalars['String']['input'];
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

/** NO_ANSWER and BUSY are retried on the next working day up to the step's maxAttempts */
export type CallOutcome =
  | 'ANSWERED'
  | 'BUSY'
  | 'NOT_INTERESTED'
  | 'NO_ANSWER'
  | 'WRONG_NUMBER';

export type ChangeStaffRoleInput = {
  role: StaffRole;
  staffMemberId: Scalars['ID']['input'];
};

/** Who may join: anyone (OPEN), customers after a first purchase, or both */
export type ClubApproach =
  | 'AFTER_PURCHASE'
  | 'BOTH'
  | 'OPEN';

export type ClubBranding = {
  __typename?: 'ClubBranding';
  logoUrl?: Maybe<Scalars['String']['output']>;
  primaryColor: Scalars['String']['output'];
  tagline?: Maybe<Scalars['String']['output']>;
};

export type ClubCall = {
  __typename?: 'ClubCall';
  /** IN: I called the business; OUT: the business called me */
  direction: Scalars['String']['output'];
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  status?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
};

export type ClubCallConnection = {
  __typename?: 'ClubCallConnection';
  edges: Array<ClubCallEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClubCallEdge = {
  __typename?: 'ClubCallEdge';
  cursor: Scalars['String']['output'];
  node: ClubCall;
};

export type ClubCartLineInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

/** A product category as the club store shows it */
export type ClubCategory = {
  __typename?: 'ClubCategory';
  /** 0 for a top-level category */
  depth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  nameFa: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  slug: Scalars['String']['output'];
};

export type ClubCheckoutInput = {
  /** A coupon or one of my vouchers */
  couponCode?: InputMaybe<Scalars['String']['input']>;
  deliveryAddress?: InputMaybe<Scalars['String']['input']>;
  /** Who receives the order (default the member) */
  deliveryName?: InputMaybe<Scalars['String']['input']>;
  /** Phone to call on delivery (default the member’s mobile) */
  deliveryPhone?: InputMaybe<Scalars['String']['input']>;
  /** One per checkout attempt (e.g. a UUID made when the cart page opens): a repeat answers the first order */
  idempotencyKey: Scalars['String']['input'];
  lines: Array<ClubCartLineInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** 10 digits (Persian digits accepted) */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Members: a reward to buy with my points for this order, instead of couponCode. The quote shows its voucher’s discount without spending anything (what stops it — not enough points, the minimum order — is a problem on input.rewardId); clubCheckout spends the points and applies the voucher, nothing spent if the checkout fails */
  rewardId?: InputMaybe<Scalars['ID']['input']>;
  slug: Scalars['String']['input'];
};

export type ClubCodePurpose =
  | 'CHECKOUT'
  | 'LOGIN'
  | 'SIGN_UP';

export type ClubCodeRequest = {
  __typename?: 'ClubCodeRequest';
  codeLength: Scalars['Int']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** The normalised mobile number the code went to (E.164) */
  phone: Scalars['String']['output'];
  /** Whether this number already has a membership (the SPA may ask for a name when not) */
  registered: Scalars['Boolean']['output'];
  /** A new code may be requested from this time */
  resendAfter: Scalars['DateTime']['output'];
};

export type ClubConsentInput = {
  channel: ConsentChannel;
  /** GRANTED or WITHDRAWN */
  status: ConsentStatus;
};

export type ClubFamilyDateInput = {
  date: CalendarDateInput;
  kind: ImportantDateKind;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ClubFamilyMember = {
  __typename?: 'ClubFamilyMember';
  birthDate?: Maybe<CalendarDate>;
  id: Scalars['ID']['output'];
  importantDates: Array<ImportantDate>;
  name: Scalars['String']['output'];
  relation: Relation;
};

export type ClubJoinVia =
  | 'PLUGIN'
  | 'PURCHASE'
  | 'SIGN_UP'
  | 'STAFF';

export type ClubMember = {
  __typename?: 'ClubMember';
  /** Points balance */
  balance: Scalars['Int']['output'];
  blockedAt?: Maybe<Scalars['DateTime']['output']>;
  blockedReason?: Maybe<Scalars['String']['output']>;
  contact?: Maybe<Contact>;
  contactId: Scalars['ID']['output'];
  hasPassword: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  joinedVia: ClubJoinVia;
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  status: ClubMemberStatus;
  /** Current tier; null below the lowest threshold or without tiers */
  tier?: Maybe<Tier>;
};

export type ClubMemberConnection = {
  __typename?: 'ClubMemberConnection';
  edges: Array<ClubMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClubMemberEdge = {
  __typename?: 'ClubMemberEdge';
  cursor: Scalars['String']['output'];
  node: ClubMember;
};

export type ClubMemberProfile = {
  __typename?: 'ClubMemberProfile';
  birthDate?: Maybe<CalendarDate>;
  city?: Maybe<Scalars['String']['output']>;
  /** Every channel, UNKNOWN when never asked */
  consents: Array<Consent>;
  contactId: Scalars['ID']['output'];
  email?: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  gender?: Maybe<Gender>;
  lastName: Scalars['String']['output'];
  membership: ClubMembership;
  phone?: Maybe<Scalars['String']['output']>;
};

export type ClubMemberStatus =
  | 'ACTIVE'
  | 'BLOCKED';

export type ClubMembership = {
  __typename?: 'ClubMembership';
  blockedAt?: Maybe<Scalars['DateTime']['output']>;
  blockedReason?: Maybe<Scalars['String']['output']>;
  contactId: Scalars['ID']['output'];
  hasPassword: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  joinedAt: Scalars['DateTime']['output'];
  joinedVia: ClubJoinVia;
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  status: ClubMemberStatus;
};

export type ClubNewsItem = {
  __typename?: 'ClubNewsItem';
  /** Members: whether I already answered this survey or entered this contest */
  answered: Scalars['Boolean']['output'];
  archived: Scalars['Boolean']['output'];
  body: Scalars['String']['output'];
  /** English body (given only with titleEn) */
  bodyEn?: Maybe<Scalars['String']['output']>;
  /** Members: whether I already opened it */
  clicked: Scalars['Boolean']['output'];
  /** A survey or contest past its end date */
  closed: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Surveys and contests: closed to new answers from then on */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  kind: ClubNewsKind;
  /** Its own points; null = the settings default */
  ownPoints?: Maybe<Scalars['Int']['output']>;
  /** Points for opening it, answering the survey or entering the contest (its own, else the settings default of its kind) */
  points: Scalars['Int']['output'];
  /** Members: the points this item earned me (opening, answering or entering) */
  pointsEarned: Scalars['Int']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Surveys: the questions, in order; otherwise empty */
  questions: Array<SurveyQuestion>;
  /** Staff: how many members answered or entered (null for members) */
  responseCount?: Maybe<Scalars['Int']['output']>;
  /** Persian (the default language) */
  title: Scalars['String']['output'];
  /** English title, if given: members reading the club in English see titleEn and bodyEn, else the Persian text */
  titleEn?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

export type ClubNewsItemConnection = {
  __typename?: 'ClubNewsItemConnection';
  edges: Array<ClubNewsItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClubNewsItemEdge = {
  __typename?: 'ClubNewsItemEdge';
  cursor: Scalars['String']['output'];
  node: ClubNewsItem;
};

/** NEWS: opening it earns its points; SURVEY: members answer its questions; CONTEST: members enter, with an optional text answer */
export type ClubNewsKind =
  | 'CONTEST'
  | 'NEWS'
  | 'SURVEY';

export type ClubNewsRespondent = {
  __typename?: 'ClubNewsRespondent';
  contactId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  name: Scalars['String']['output'];
  points: Scalars['Int']['output'];
  /** Contests: the text answer, if any */
  text?: Maybe<Scalars['String']['output']>;
};

/** What members answered a survey, or who entered a contest */
export type ClubNewsResults = {
  __typename?: 'ClubNewsResults';
  /** Who answered or entered, oldest first (the first 1000) */
  entrants: Array<ClubNewsRespondent>;
  news: ClubNewsItem;
  /** Surveys: per question */
  questions: Array<SurveyQuestionResult>;
  respondents: Scalars['Int']['output'];
};

/** A club store order (the member’s pro-forma) with where it stands in the chain pro-forma → invoice → warehouse issue */
export type ClubOrder = {
  __typename?: 'ClubOrder';
  couponCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdAtJalali: Scalars['String']['output'];
  delivery?: Maybe<ClubOrderDelivery>;
  /** While PLACED: the stock is held until then */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The pro-forma id */
  id: Scalars['ID']['output'];
  /** e.g. 1405/000123, once invoiced */
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  invoiceStatus?: Maybe<InvoiceStatus>;
  lines: Array<ClubOrderLine>;
  /** The pro-forma number */
  number: Scalars['Int']['output'];
  paymentStatus?: Maybe<PaymentStatus>;
  proformaStatus: ProformaStatus;
  shipmentStatus?: Maybe<WarehouseIssueStatus>;
  stage: ClubOrderStage;
  totals: SalesTotals;
  trackingCode?: Maybe<Scalars['String']['output']>;
};

export type ClubOrderDelivery = {
  __typename?: 'ClubOrderDelivery';
  address?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
};

export type ClubOrderLine = {
  __typename?: 'ClubOrderLine';
  productId: Scalars['ID']['output'];
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  total: Scalars['SafeInt']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  unitPrice: Scalars['SafeInt']['output'];
};

/** Where a club order is: PLACED (pro-forma confirmed, stock held) → INVOICED → PAID → ISSUED (left the warehouse) → SHIPPED → DELIVERED; or CANCELLED / EXPIRED / RETURNED */
export type ClubOrderStage =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'EXPIRED'
  | 'INVOICED'
  | 'ISSUED'
  | 'PAID'
  | 'PLACED'
  | 'RETURNED'
  | 'SHIPPED';

export type ClubParticipation = {
  __typename?: 'ClubParticipation';
  balance: Scalars['Int']['output'];
  news: ClubNewsItem;
  pointsAwarded: Scalars['Int']['output'];
};

/** A product on sale in the club store, priced for the customer looking at it */
export type ClubProduct = {
  __typename?: 'ClubProduct';
  /** In stock now (live from inventory); unavailable products cannot be ordered */
  available: Scalars['Boolean']['output'];
  /** Rial, the list price of one unit before tax */
  basePrice: Scalars['SafeInt']['output'];
  categoryId?: Maybe<Scalars['ID']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  imageUrls: Array<Scalars['String']['output']>;
  /** Few left (at or below the product’s low-stock threshold) */
  lowStock: Scalars['Boolean']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  nameFa: Scalars['String']['output'];
  /** Rial, one unit before tax for this customer (a signed-in member’s own price lists; visitors: all customers’) */
  price: Scalars['SafeInt']['output'];
  /** Rial, one unit with tax for this customer */
  priceWithTax: Scalars['SafeInt']['output'];
  sku: Scalars['String']['output'];
  /** Basis points (1000 = 10%) */
  taxRateBp: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
};

export type ClubProductConnection = {
  __typename?: 'ClubProductConnection';
  edges: Array<ClubProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClubProductEdge = {
  __typename?: 'ClubProductEdge';
  cursor: Scalars['String']['output'];
  node: ClubProduct;
};

export type ClubProductFilter = {
  /** Only products in stock now */
  availableOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Products of this category or any of its descendants */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Persian-aware search over names and SKU */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A cart priced by the one pricing of the catalog; problems name what stops a checkout */
export type ClubQuote = {
  __typename?: 'ClubQuote';
  /** No problems: clubCheckout would take these lines as they stand */
  canCheckout: Scalars['Boolean']['output'];
  /** The coupon or voucher applied (null for a reward: its voucher has no code until the order buys it) */
  couponCode?: Maybe<Scalars['String']['output']>;
  lines: Array<ClubQuoteLine>;
  /** Products off sale or out of stock (field input.lines.N.…), an unusable coupon (input.couponCode) or reward (input.rewardId) */
  problems: Array<QuoteProblem>;
  totals: SalesTotals;
};

export type ClubQuoteInput = {
  /** A coupon or one of my vouchers */
  couponCode?: InputMaybe<Scalars['String']['input']>;
  lines: Array<ClubCartLineInput>;
  /** Members: a reward to buy with my points for this order, instead of couponCode. The quote shows its voucher’s discount without spending anything (what stops it — not enough points, the minimum order — is a problem on input.rewardId); clubCheckout spends the points and applies the voucher, nothing spent if the checkout fails */
  rewardId?: InputMaybe<Scalars['ID']['input']>;
  slug: Scalars['String']['input'];
};

export type ClubQuoteLine = {
  __typename?: 'ClubQuoteLine';
  /** The quantity is in stock now */
  available: Scalars['Boolean']['output'];
  discount: Scalars['SafeInt']['output'];
  productId: Scalars['ID']['output'];
  productName: Scalars['String']['output'];
  productNameEn?: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Int']['output'];
  tax: Scalars['SafeInt']['output'];
  total: Scalars['SafeInt']['output'];
  unit: Scalars['String']['output'];
  unitBasePrice: Scalars['SafeInt']['output'];
  /** For this customer, before coupon and tax */
  unitPrice: Scalars['SafeInt']['output'];
};

export type ClubSession = {
  __typename?: 'ClubSession';
  /** pvm_… bearer token for member operations */
  accessToken: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** True when this sign-in created the membership */
  joined: Scalars['Boolean']['output'];
  member: ClubMembership;
  refreshToken: Scalars['String']['output'];
};

export type ClubSettings = {
  __typename?: 'ClubSettings';
  /** The after-sales panel (purchases, messages, calls, tickets) for every member */
  afterSalesPanel: Scalars['Boolean']['output'];
  approach: ClubApproach;
  /** Display name in English (defaults to the workspace name) */
  displayNameEn: Scalars['String']['output'];
  /** Display name in Persian (defaults to the workspace name) */
  displayNameFa: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** #rrggbb */
  primaryColor: Scalars['String']['output'];
  /** The club lives at /club/<slug>: the workspace slug */
  slug: Scalars['String']['output'];
  /** The club address */
  url: Scalars['String']['output'];
};

/** A customer’s ticket as the club panel shows it: never internal notes nor staff-only fields */
export type ClubTicket = {
  __typename?: 'ClubTicket';
  /** The satisfaction survey of the last resolution is open */
  canRate: Scalars['Boolean']['output'];
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  csatComment?: Maybe<Scalars['String']['output']>;
  csatScore?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Public replies and the member’s own messages (never internal notes) */
  messages: Array<ClubTicketMessage>;
  number: Scalars['Int']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  type: TicketType;
  updatedAt: Scalars['DateTime']['output'];
};

export type ClubTicketConnection = {
  __typename?: 'ClubTicketConnection';
  edges: Array<ClubTicketEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ClubTicketEdge = {
  __typename?: 'ClubTicketEdge';
  cursor: Scalars['String']['output'];
  node: ClubTicket;
};

/** A public reply or the customer’s own message */
export type ClubTicketMessage = {
  __typename?: 'ClubTicketMessage';
  attachments: Array<TicketAttachment>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** True for the customer’s own messages */
  fromCustomer: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

/** Whose sales a rule pays: a rep’s own rule wins over their team’s, which wins over ALL */
export type CommissionAppliesTo =
  | 'ALL'
  | 'MEMBER'
  | 'TEAM';

/** Tier thresholds in Rial credited (AMOUNT) or in percent of the rep’s quota (ATTAINMENT) */
export type CommissionBasis =
  | 'AMOUNT'
  | 'ATTAINMENT';

/** Marginal tiers: each tier’s rate applies only to the part of the credited amount inside that tier */
export type CommissionRule = {
  __typename?: 'CommissionRule';
  appliesTo: CommissionAppliesTo;
  basis: CommissionBasis;
  id: Scalars['ID']['output'];
  memberId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  teamId?: Maybe<Scalars['ID']['output']>;
  tiers: Array<CommissionTier>;
};

export type CommissionTier = {
  __typename?: 'CommissionTier';
  /** AMOUNT rules: the tier starts at this many Rial credited in the period */
  fromAmount?: Maybe<Scalars['SafeInt']['output']>;
  /** ATTAINMENT rules: the tier starts at this percent of the quota */
  fromAttainmentPercent?: Maybe<Scalars['Int']['output']>;
  /** Commission rate in basis points (250 = 2.5%) */
  rateBp: Scalars['Int']['output'];
};

export type CommissionTierInput = {
  fromAmount?: InputMaybe<Scalars['SafeInt']['input']>;
  fromAttainmentPercent?: InputMaybe<Scalars['Int']['input']>;
  /** Basis points, 0–10000 */
  rateBp: Scalars['Int']['input'];
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

/** A contact's club state for the 360 page */
export type ContactLoyalty = {
  __typename?: 'ContactLoyalty';
  balance: Scalars['Int']['output'];
  contactId: Scalars['ID']['output'];
  /** The points ledger, newest first */
  entries: PointsEntryConnection;
  expiringSoon: Scalars['Int']['output'];
  lifetimeEarned: Scalars['Int']['output'];
  referralCode?: Maybe<Scalars['String']['output']>;
  stampCards: Array<StampCard>;
  tier: TierStatus;
  tierHistory: Array<TierChange>;
  vouchers: Array<Voucher>;
};


/** A contact's club state for the 360 page */
export type ContactLoyaltyEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
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

/** A discount code: percent or fixed, with a minimum order, a product/category scope, use limits and a validity window */
export type Coupon = {
  __typename?: 'Coupon';
  active: Scalars['Boolean']['output'];
  /** Scope, including descendant categories */
  categoryIds: Array<Scalars['ID']['output']>;
  /** Matched case-insensitively, Persian/Arabic digits and letters folded */
  code: Scalars['String']['output'];
  /** A personal coupon: only this contact may use it */
  contactId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CouponKind;
  /** PERCENT only: the most it takes off, in Rial */
  maxDiscount?: Maybe<Scalars['SafeInt']['output']>;
  /** null = unlimited */
  maxUses?: Maybe<Scalars['Int']['output']>;
  /** Rial: the order at the customer’s prices, before coupon and tax, must reach this */
  minOrderTotal: Scalars['SafeInt']['output'];
  /** Uses allowed per customer; null = no per-customer limit */
  perContactLimit?: Maybe<Scalars['Int']['output']>;
  /** Scope; with categoryIds empty too, the whole order */
  productIds: Array<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  uses: Scalars['Int']['output'];
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  /** Exclusive */
  validTo?: Maybe<Scalars['DateTime']['output']>;
  /** PERCENT: basis points (1000 = 10%); FIXED: Rial */
  value: Scalars['SafeInt']['output'];
};

export type CouponConnection = {
  __typename?: 'CouponConnection';
  edges: Array<CouponEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CouponEdge = {
  __typename?: 'CouponEdge';
  cursor: Scalars['String']['output'];
  node: Coupon;
};

export type CouponFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Codes starting with this */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Personal coupons of this contact */
  contactId?: InputMaybe<Scalars['ID']['input']>;
};

/** PERCENT: value in basis points (1000 = 10%); FIXED: value in Rial */
export type CouponKind =
  | 'FIXED'
  | 'PERCENT';

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

export type CreateCouponInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  categoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 3–40 characters without spaces; case-insensitive, Persian digits accepted */
  code: Scalars['String']['input'];
  /** A personal coupon for this contact */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind: CouponKind;
  /** PERCENT only: the most it takes off, in Rial */
  maxDiscount?: InputMaybe<Scalars['SafeInt']['input']>;
  /** null = unlimited; 1 = single use */
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  /** Rial; default 0 */
  minOrderTotal?: InputMaybe<Scalars['SafeInt']['input']>;
  perContactLimit?: InputMaybe<Scalars['Int']['input']>;
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive */
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** PERCENT: basis points 1–10000 (1000 = 10%); FIXED: Rial */
  value: Scalars['SafeInt']['input'];
};

export type CreateMessageTemplateInput = {
  /** Plain text; {{variables}} from templateVariables */
  body: Scalars['String']['input'];
  channel: MessagingChannel;
  key: Scalars['String']['input'];
  /** "fa" or "en" */
  language: Scalars['String']['input'];
  name: Scalars['String']['input'];
  purpose?: MessagePurpose;
  /** Required for email, absent for SMS */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** A ticket a club member files in their panel */
export type CreateMyTicketInput = {
  /** Uploads (POST /attachments) to attach */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
  type?: InputMaybe<TicketType>;
};

export type CreateOpportunityInput = {
  /** Rial, ≥ 0 */
  amount: Scalars['SafeInt']['input'];
  contactId: Scalars['ID']['input'];
  /** ISO date, e.g. 2026-03-20 */
  expectedCloseDate?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The rep; default the caller */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Percent; default the stage’s */
  probability?: InputMaybe<Scalars['Int']['input']>;
  /** An OPEN stage; default the first one */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type CreatePipelineStageInput = {
  nameEn: Scalars['String']['input'];
  nameFa: Scalars['String']['input'];
  /** Where to insert it (0-based); default: after the last OPEN column */
  position?: InputMaybe<Scalars['Int']['input']>;
  probability: Scalars['Int']['input'];
};

export type CreatePriceListInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  items?: InputMaybe<Array<PriceListItemInput>>;
  kind: PriceListKind;
  name: Scalars['String']['input'];
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** Tier code, segment id or contact id (by kind); none for ALL */
  target?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive */
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type CreateProductCategoryInput = {
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFa: Scalars['String']['input'];
  /** null = a top-level category */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  /** a-z, 0-9 and -; default from nameEn (or generated) */
  slug?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Rial, ≥ 0 */
  basePrice: Scalars['SafeInt']['input'];
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  imageUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  lowStockThreshold?: InputMaybe<Scalars['Int']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFa: Scalars['String']['input'];
  /** Letters, digits and . _ / - (Persian digits accepted); unique in the workspace, case-insensitive */
  sku: Scalars['String']['input'];
  /** Basis points, 0–10000 (1000 = 10%); default 0 */
  taxRateBp?: InputMaybe<Scalars['Int']['input']>;
  /** Default عدد */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Prices are never taken from the client: the catalog prices every line for this customer */
export type CreateProformaInput = {
  /** Confirm at once, in the same transaction: the stock is reserved and the coupon redeemed (a counter sale, a storefront checkout); OUT_OF_STOCK writes nothing */
  confirm?: InputMaybe<Scalars['Boolean']['input']>;
  contactId: Scalars['ID']['input'];
  couponCode?: InputMaybe<Scalars['String']['input']>;
  /** How long the confirmed pro-forma holds the stock (default 3 days) */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  lines: Array<SalesLineInput>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The responsible rep; default the contact’s owner, else the caller */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
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

export type CreateTicketCategoryInput = {
  nameEn: Scalars['String']['input'];
  nameFa: Scalars['String']['input'];
  queueId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateTicketInput = {
  /** Assign to this expert instead of the queue’s rule */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Uploads (POST /attachments) to attach */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The customer’s description: the first message of the conversation */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Its queue assigns the ticket */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Default DASHBOARD for staff, API for API keys */
  channel?: InputMaybe<TicketChannel>;
  contactId: Scalars['ID']['input'];
  priority?: InputMaybe<TicketPriority>;
  /** Default: the category’s queue */
  queueId?: InputMaybe<Scalars['ID']['input']>;
  relatedInvoiceId?: InputMaybe<Scalars['ID']['input']>;
  relatedProductId?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  type?: InputMaybe<TicketType>;
};

export type CreateWarehouseInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Short unique code, e.g. MAIN or TEH-2 */
  code: Scalars['String']['input'];
  /** The first warehouse of a workspace is the default whatever this says */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
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

export type DailyCap = {
  __typename?: 'DailyCap';
  /** Most points of this source one member can earn per day (workspace time zone) */
  points: Scalars['Int']['output'];
  source: PointsSource;
};

export type DailyCapInput = {
  points: Scalars['Int']['input'];
  source: PointsSource;
};

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

export type FollowUpCall = {
  __typename?: 'FollowUpCall';
  assigneeMemberId?: Maybe<Scalars['ID']['output']>;
  attempt: Scalars['Int']['output'];
  callScript?: Maybe<Scalars['String']['output']>;
  contactId: Scalars['ID']['output'];
  contactName: Scalars['String']['output'];
  contactPhone?: Maybe<Scalars['String']['output']>;
  dueAt: Scalars['DateTime']['output'];
  enrolmentId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  maxAttempts: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
  outcome?: Maybe<CallOutcome>;
  planName: Scalars['String']['output'];
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  taskId: Scalars['ID']['output'];
};

/** TODAY: due today or overdue, in the workspace time zone */
export type FollowUpCallScope =
  | 'TODAY'
  | 'UPCOMING';

export type FollowUpEnrolment = {
  __typename?: 'FollowUpEnrolment';
  cancelReason?: Maybe<Scalars['String']['output']>;
  contactId: Scalars['ID']['output'];
  contactName: Scalars['String']['output'];
  enrolledAt: Scalars['DateTime']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  nextDueAt?: Maybe<Scalars['DateTime']['output']>;
  nextPosition: Scalars['Int']['output'];
  planId: Scalars['ID']['output'];
  planName: Scalars['String']['output'];
  /** MANUAL or the rule (trigger) that enrolled the contact */
  source: Scalars['String']['output'];
  status: FollowUpEnrolmentStatus;
  steps: Array<FollowUpStepRun>;
};

/** WAITING_CALL: a call step waits for its outcome */
export type FollowUpEnrolmentStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'WAITING_CALL';

export type FollowUpPlan = {
  __typename?: 'FollowUpPlan';
  active: Scalars['Boolean']['output'];
  activeEnrolments: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  steps: Array<FollowUpStep>;
  /** Call steps of contacts without an owner go round-robin to these members */
  teamMemberIds: Array<Scalars['ID']['output']>;
  trigger: FollowUpTrigger;
};

export type FollowUpPlanInput = {
  active?: Scalars['Boolean']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  steps: Array<FollowUpStepInput>;
  teamMemberIds?: Array<Scalars['ID']['input']>;
  trigger?: FollowUpTrigger;
};

export type FollowUpStep = {
  __typename?: 'FollowUpStep';
  body?: Maybe<Scalars['String']['output']>;
  callScript?: Maybe<Scalars['String']['output']>;
  /** Days after the previous step (after enrolment for the first); due at 10:00 local, 0 = at once */
  delayDays: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: FollowUpStepKind;
  maxAttempts: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
  skipIfPurchased: Scalars['Boolean']['output'];
  skipIfReplied: Scalars['Boolean']['output'];
  subject?: Maybe<Scalars['String']['output']>;
  templateKey?: Maybe<Scalars['String']['output']>;
};

export type FollowUpStepInput = {
  /** … or text with {{variables}} */
  body?: InputMaybe<Scalars['String']['input']>;
  /** CALL: what the rep says and asks */
  callScript?: InputMaybe<Scalars['String']['input']>;
  delayDays: Scalars['Int']['input'];
  kind: FollowUpStepKind;
  /** CALL: attempts before giving up (no answer → next working day) */
  maxAttempts?: Scalars['Int']['input'];
  skipIfPurchased?: Scalars['Boolean']['input'];
  skipIfReplied?: Scalars['Boolean']['input'];
  subject?: InputMaybe<Scalars['String']['input']>;
  /** SMS/EMAIL: a saved template by key … */
  templateKey?: InputMaybe<Scalars['String']['input']>;
};

export type FollowUpStepKind =
  | 'CALL'
  | 'EMAIL'
  | 'SMS';

export type FollowUpStepRun = {
  __typename?: 'FollowUpStepRun';
  executedAt: Scalars['DateTime']['output'];
  kind: FollowUpStepKind;
  messageId?: Maybe<Scalars['ID']['output']>;
  position: Scalars['Int']['output'];
  /** purchased, replied, an outcome, or an error */
  reason?: Maybe<Scalars['String']['output']>;
  status: FollowUpStepRunStatus;
};

export type FollowUpStepRunStatus =
  | 'CALLING'
  | 'DONE'
  | 'FAILED'
  | 'GAVE_UP'
  | 'SENT'
  | 'SKIPPED';

/** What enrols contacts in a plan: staff by hand, or a rule on a ladder or sales event */
export type FollowUpTrigger =
  | 'BECAME_INACTIVE'
  | 'BECAME_LOST'
  | 'FIRST_TIME_CUSTOMER'
  | 'FIRST_WEB_ORDER'
  | 'MANUAL'
  | 'ORDER_DELIVERED';

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

/** An invoice (فاکتور), numbered without gaps per workspace and Jalali year */
export type Invoice = {
  __typename?: 'Invoice';
  /** total − paidTotal */
  balance: Scalars['SafeInt']['output'];
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Paid in full and delivered: when the order counted for the customer ladder */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The customer (name, phones, address for the print view) */
  contact?: Maybe<Contact>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  /** Jalali issue date in the workspace time zone, e.g. 1405/01/15 */
  issuedAtJalali: Scalars['String']['output'];
  jalaliYear: Scalars['Int']['output'];
  /** The lines as sold (product names and prices of the pro-forma) */
  lines: Array<SalesLine>;
  /** Gapless within the Jalali year */
  number: Scalars['Int']['output'];
  /** Year/number as printed, e.g. 1405/000123 */
  numberDisplay: Scalars['String']['output'];
  /** The responsible rep */
  owner?: Maybe<StaffMember>;
  paidTotal: Scalars['SafeInt']['output'];
  paymentStatus: PaymentStatus;
  payments: Array<InvoicePayment>;
  proforma?: Maybe<Proforma>;
  /** The seller block of the printed invoice */
  seller: InvoiceSeller;
  status: InvoiceStatus;
  totals: SalesTotals;
  /** The goods’ warehouse issue (the live one, else the last cancelled) */
  warehouseIssue?: Maybe<WarehouseIssue>;
};

export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  edges: Array<InvoiceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  cursor: Scalars['String']['output'];
  node: Invoice;
};

export type InvoiceFilter = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  jalaliYear?: InputMaybe<Scalars['Int']['input']>;
  paymentStatus?: InputMaybe<PaymentStatus>;
  status?: InputMaybe<InvoiceStatus>;
};

export type InvoicePayment = {
  __typename?: 'InvoicePayment';
  amount: Scalars['SafeInt']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  method: PaymentMethod;
  paidAt: Scalars['DateTime']['output'];
  paidAtJalali: Scalars['String']['output'];
  recordedBy?: Maybe<StaffMember>;
  /** Card transaction, transfer or cheque reference */
  reference?: Maybe<Scalars['String']['output']>;
};

/** The seller block of a printed invoice */
export type InvoiceSeller = {
  __typename?: 'InvoiceSeller';
  /** "IRR" or "IRT": how the print view shows amounts */
  displayCurrency: Scalars['String']['output'];
  name: Scalars['String']['output'];
  timezone: Scalars['String']['output'];
};

/** A cancelled invoice keeps its number (numbering has no gaps) */
export type InvoiceStatus =
  | 'CANCELLED'
  | 'ISSUED';

export type JobRun = {
  __typename?: 'JobRun';
  /** The day a daily job ran for (YYYY-MM-DD) */
  day?: Maybe<Scalars['String']['output']>;
  /** All errors of the run; errors lists only this workspace’s */
  errorCount: Scalars['Int']['output'];
  errors: Array<JobRunErrorItem>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  items?: Maybe<Scalars['Int']['output']>;
  job: Scalars['String']['output'];
  queuedAt: Scalars['DateTime']['output'];
  /** The cron slot (ISO start), start or manual */
  slot?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: JobRunStatus;
  trigger: JobRunTrigger;
  /** True when the run was for this workspace only (an admin’s run now) */
  workspaceOnly: Scalars['Boolean']['output'];
};

export type JobRunErrorItem = {
  __typename?: 'JobRunErrorItem';
  message: Scalars['String']['output'];
  workspaceId?: Maybe<Scalars['ID']['output']>;
};

export type JobRunStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type JobRunTrigger =
  | 'CATCH_UP'
  | 'MANUAL'
  | 'SCHEDULE'
  | 'START';

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

export type LoginClubMemberInput = {
  password: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  slug: Scalars['String']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  workspaceSlug?: InputMaybe<Scalars['String']['input']>;
};

export type LoseOpportunityInput = {
  /** Why it was lost (price, competitor, timing…) */
  reason: Scalars['String']['input'];
};

/** Earning rules, expiry, tiers window and the next-purchase voucher of the workspace */
export type LoyaltySettings = {
  __typename?: 'LoyaltySettings';
  birthdayPoints: Scalars['Int']['output'];
  callPoints: Scalars['Int']['output'];
  contestPoints: Scalars['Int']['output'];
  dailyCaps: Array<DailyCap>;
  enabled: Scalars['Boolean']['output'];
  /** Points expire this many months after they were earned; null = never */
  expiryMonths?: Maybe<Scalars['Int']['output']>;
  /** Members are warned by SMS this many days before points expire (0 = no warning) */
  expiryWarningDays: Scalars['Int']['output'];
  /** Default points for opening a club news item (an item may set its own) */
  newsPoints: Scalars['Int']['output'];
  /** After each purchase, a personal voucher for the next one */
  nextVoucherEnabled: Scalars['Boolean']['output'];
  nextVoucherKind: CouponKind;
  nextVoucherMaxDiscount?: Maybe<Scalars['SafeInt']['output']>;
  nextVoucherMinOrder: Scalars['SafeInt']['output'];
  nextVoucherValidDays: Scalars['Int']['output'];
  /** PERCENT: basis points (500 = 5%); FIXED: Rial */
  nextVoucherValue: Scalars['SafeInt']['output'];
  /** Points for each purchaseUnit Rial of a purchase */
  purchasePoints: Scalars['Int']['output'];
  /** Rial, e.g. 100000: 1 point per 100,000 Rial */
  purchaseUnit: Scalars['SafeInt']['output'];
  /** For the referred member, on their first purchase */
  refereePoints: Scalars['Int']['output'];
  /** For the member who referred, when the referee makes a first purchase */
  referrerPoints: Scalars['Int']['output'];
  smsPoints: Scalars['Int']['output'];
  surveyPoints: Scalars['Int']['output'];
  tierBasis: TierBasis;
  /** Whether tier multipliers apply to earned points */
  tierMultipliers: Scalars['Boolean']['output'];
  tierWindowMonths: Scalars['Int']['output'];
};

export type MemberMessage = {
  __typename?: 'MemberMessage';
  body: Scalars['String']['output'];
  /** SMS or EMAIL */
  channel: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** OUT: the business sent it to me; IN: I sent it */
  direction: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** QUEUED, SENT, DELIVERED, FAILED, RECEIVED … */
  status: Scalars['String']['output'];
  subject?: Maybe<Scalars['String']['output']>;
};

export type MemberMessageConnection = {
  __typename?: 'MemberMessageConnection';
  edges: Array<MemberMessageEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MemberMessageEdge = {
  __typename?: 'MemberMessageEdge';
  cursor: Scalars['String']['output'];
  node: MemberMessage;
};

/** One of my orders (pro-formas) */
export type MemberOrder = {
  __typename?: 'MemberOrder';
  couponCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdAtJalali: Scalars['String']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<MemberSalesLine>;
  number: Scalars['Int']['output'];
  source: ProformaSource;
  status: ProformaStatus;
  totals: SalesTotals;
};

export type MemberOrderConnection = {
  __typename?: 'MemberOrderConnection';
  edges: Array<MemberOrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MemberOrderEdge = {
  __typename?: 'MemberOrderEdge';
  cursor: Scalars['String']['output'];
  node: MemberOrder;
};

/** One of my invoices */
export type MemberPurchase = {
  __typename?: 'MemberPurchase';
  balance: Scalars['SafeInt']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  issuedAtJalali: Scalars['String']['output'];
  lines: Array<MemberSalesLine>;
  numberDisplay: Scalars['String']['output'];
  paidTotal: Scalars['SafeInt']['output'];
  paymentStatus: PaymentStatus;
  status: InvoiceStatus;
  totals: SalesTotals;
};

export type MemberPurchaseConnection = {
  __typename?: 'MemberPurchaseConnection';
  edges: Array<MemberPurchaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MemberPurchaseEdge = {
  __typename?: 'MemberPurchaseEdge';
  cursor: Scalars['String']['output'];
  node: MemberPurchase;
};

export type MemberSalesLine = {
  __typename?: 'MemberSalesLine';
  productId: Scalars['ID']['output'];
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  total: Scalars['SafeInt']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  /** Rial, for one unit, for me */
  unitPrice: Scalars['SafeInt']['output'];
};

/** An outgoing message in the outbox */
export type Message = {
  __typename?: 'Message';
  attempts: Scalars['Int']['output'];
  bodyHtml?: Maybe<Scalars['String']['output']>;
  bodyText: Scalars['String']['output'];
  channel: MessagingChannel;
  /** The customer (null for staff alerts, unknown senders and deleted contacts) */
  contact?: Maybe<Contact>;
  contactId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** OUT: sent by us; IN: received (inbound SMS) */
  direction: Direction;
  /** Delivery history, oldest first */
  events: Array<MessageEvent>;
  id: Scalars['ID']['output'];
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  /** fa or en */
  language: Scalars['String']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  /** Set on alerts to a staff member (then contactId is null) */
  memberId?: Maybe<Scalars['ID']['output']>;
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
  bulkSendId?: InputMaybe<Scalars['ID']['input']>;
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

/** A message template of a workspace: one channel, one language; `key` groups its translations */
export type MessageTemplate = {
  __typename?: 'MessageTemplate';
  /** Plain text with {{variables}} */
  body: Scalars['String']['output'];
  channel: MessagingChannel;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Stable name the sending modules use, e.g. "birthday"; shared by a template’s languages and channels */
  key: Scalars['String']['output'];
  /** "fa" or "en" */
  language: Scalars['String']['output'];
  name: Scalars['String']['output'];
  purpose: MessagePurpose;
  /** Email only */
  subject?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** The variables the subject and body use */
  variables: Array<Scalars['String']['output']>;
};

export type MessageTemplateConnection = {
  __typename?: 'MessageTemplateConnection';
  edges: Array<MessageTemplateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An unsaved template (the editor’s current text) */
export type MessageTemplateDraftInput = {
  body: Scalars['String']['input'];
  channel: MessagingChannel;
  /** "fa" or "en" */
  language: Scalars['String']['input'];
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type MessageTemplateEdge = {
  __typename?: 'MessageTemplateEdge';
  cursor: Scalars['String']['output'];
  node: MessageTemplate;
};

export type MessageTemplateFilter = {
  channel?: InputMaybe<MessagingChannel>;
  /** "fa" or "en" */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Part of the key or name */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A template rendered for a contact, as the message would be sent */
export type MessageTemplatePreview = {
  __typename?: 'MessageTemplatePreview';
  /** Email only */
  bodyHtml?: Maybe<Scalars['String']['output']>;
  bodyText: Scalars['String']['output'];
  /** The language rendered: the one asked for, or the other one when the template has no such translation */
  language: Scalars['String']['output'];
  /** Params the preview filled with sample values because none were given */
  sampleParams: Array<Scalars['String']['output']>;
  /** SMS only: the parts the rendered text takes */
  smsParts?: Maybe<SmsParts>;
  subject?: Maybe<Scalars['String']['output']>;
  /** The template rendered (null for a draft) */
  templateId?: Maybe<Scalars['ID']['output']>;
};

/** The channels the outbox sends through */
export type MessagingChannel =
  | 'EMAIL'
  | 'SMS';

/** How this workspace sends email and SMS. Secrets are never returned: only whether they are set. */
export type MessagingSettings = {
  __typename?: 'MessagingSettings';
  dkimDomain?: Maybe<Scalars['String']['output']>;
  /** A DKIM private key is stored (mail is signed when domain, selector and key are all set) */
  dkimKeySet: Scalars['Boolean']['output'];
  dkimSelector?: Maybe<Scalars['String']['output']>;
  /** The From header mail of this workspace carries (the server default where unset) */
  emailFrom: Scalars['String']['output'];
  emailFromAddress?: Maybe<Scalars['String']['output']>;
  emailFromName?: Maybe<Scalars['String']['output']>;
  emailPerSecond: Scalars['Int']['output'];
  emailReplyTo?: Maybe<Scalars['String']['output']>;
  /** Kavenegar API base URL (unset: the server default) */
  kavenegarUrl?: Maybe<Scalars['String']['output']>;
  quietHoursEnd: Scalars['Int']['output'];
  /** Minute of the day (workspace time zone) quiet hours start: no marketing SMS until quietHoursEnd */
  quietHoursStart: Scalars['Int']['output'];
  /** Which credentials are stored: apiKey, username, password */
  smsCredentialFields: Array<Scalars['String']['output']>;
  /** Provider credentials are stored */
  smsCredentialsSet: Scalars['Boolean']['output'];
  smsGateway?: Maybe<SmsGatewayConfigModel>;
  smsPerSecond: Scalars['Int']['output'];
  smsProvider: SmsProviderKind;
  smsSender?: Maybe<Scalars['String']['output']>;
  /** null: never saved (defaults) */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type MoveOpportunityInput = {
  /** 0-based place in the column; default (or beyond the end): last */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** An OPEN stage (win and lose have their own mutations) */
  stageId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptInvitation: AuthPayload;
  /** A birthday, anniversary, child’s birthday, conference… on a contact, a related person or an organisation */
  addImportantDate: ImportantDate;
  addMyFamilyMember: ClubFamilyMember;
  /** A date worth remembering (anniversary…), mine or a family member’s; yearly */
  addMyImportantDate: ImportantDate;
  addRelatedPerson: RelatedPerson;
  /** Puts an address on the do-not-contact list (idempotent: an address already listed is returned as it is) */
  addSuppression: Suppression;
  /** A manual correction with a reason (audited); cannot take the balance below 0 */
  adjustPoints: PointsChange;
  /** A stock count (countedQuantity) or a correction (delta), with a reason */
  adjustStock: StockLevel;
  /** Off sale and out of the lists; documents that name it keep it */
  archiveProduct: Product;
  archiveReward: Reward;
  /** Reassigns (audited); the new assignee is alerted */
  assignTicket: Ticket;
  /** The member loses access at once (sessions revoked) */
  blockClubMember: ClubMember;
  bulkAssignContacts: Scalars['Int']['output'];
  /** Adds tags to many contacts; returns how many changed */
  bulkTagContacts: Scalars['Int']['output'];
  cancelFollowUpEnrolment: FollowUpEnrolment;
  /** Cancels an invoice whose goods have not been shipped; the number stays used */
  cancelInvoice: Invoice;
  /** DRAFT or CONFIRMED → CANCELLED; releases the stock and the coupon */
  cancelProforma: Proforma;
  cancelTask: Task;
  /** A person’s judgement on the ladder: SUSPECT, PROSPECT, DISQUALIFIED or PARTNER, with the reason */
  changeContactStage: Contact;
  changeStaffRole: StaffMember;
  /** Opening a news item: its points once, and an SMS with the new balance */
  clickClubNews: NewsClick;
  /** Final: a closed ticket takes no replies */
  closeTicket: Ticket;
  /** Places my order: a confirmed pro-forma (stock held), OUT_OF_STOCK names short products */
  clubCheckout: ClubOrder;
  /** Marks the task done with its outcome; lands on the contact’s timeline */
  completeTask: Task;
  /** DRAFT → CONFIRMED: reserves the stock (all or nothing, else OUT_OF_STOCK) and redeems the coupon */
  confirmProforma: Proforma;
  createApiKey: CreateApiKeyPayload;
  createContact: Contact;
  createCoupon: Coupon;
  createFollowUpPlan: FollowUpPlan;
  /** Variables are checked against templateVariables; key + channel + language is unique */
  createMessageTemplate: MessageTemplate;
  /** Files a ticket from the club panel (channel CLUB); the expert is alerted, the member acknowledged */
  createMyTicket: ClubTicket;
  createOpportunity: Opportunity;
  createOrganization: Organization;
  /** Adds an OPEN column */
  createPipelineStage: PipelineStage;
  createPriceList: PriceList;
  createProduct: Product;
  createProductCategory: ProductCategory;
  /** A DRAFT pro-forma priced by the catalog for this customer (client prices are never taken) */
  createProforma: Proforma;
  createTask: Task;
  /** Numbers, routes (category → queue → expert) and alerts the expert; the customer gets an acknowledgement */
  createTicket: Ticket;
  createTicketCategory: TicketCategory;
  createTicketMacro: TicketMacro;
  createTicketQueue: TicketQueue;
  createWarehouse: Warehouse;
  /** Takes the invoice’s reserved goods out of stock */
  createWarehouseIssue: WarehouseIssue;
  /** The code stops working at once; redemptions already made stay */
  deactivateCoupon: Coupon;
  defineCustomField: CustomFieldDefinition;
  /** Soft delete: hidden from lists and lookups, history kept */
  deleteContact: Scalars['Boolean']['output'];
  /** Deletes the field and its values on every contact */
  deleteCustomField: Scalars['Boolean']['output'];
  /** Sent messages keep their text; their template link is cleared */
  deleteMessageTemplate: Scalars['Boolean']['output'];
  deleteTicketMacro: Scalars['Boolean']['output'];
  deleteTier: Scalars['Boolean']['output'];
  /** Disables a member and signs them out everywhere */
  disableStaffMember: StaffMember;
  enrolInFollowUpPlan: FollowUpEnrolment;
  /** Makes the contact a member (no SMS); an existing membership is returned as is */
  enrollClubMember: ClubMember;
  /** Imports contacts from CSV/XLSX: bad rows are reported, duplicates (phone/email) filled in, re-runs change nothing */
  importContacts: ImportResult;
  /** Emails an invitation link; a replay with the same idempotencyKey returns the first result */
  inviteStaff: Invitation;
  /** CONFIRMED pro-forma → invoice numbered without gaps in the current Jalali year */
  issueInvoice: Invoice;
  linkContactToOrganization: Contact;
  /** Records a call, SMS, email, meeting, visit, note… on the contact’s timeline */
  logInteraction: TimelineItem;
  login: AuthPayload;
  loginClubMember: ClubSession;
  /** Revokes the refresh token and every token rotated from the same sign-in */
  logout: Scalars['Boolean']['output'];
  logoutClubMember: Scalars['Boolean']['output'];
  /** Marks an open deal lost with its reason (required) and puts it in the LOST column */
  loseOpportunity: Opportunity;
  /** SHIPPED (or ISSUED, collected at the counter) → DELIVERED */
  markIssueDelivered: WarehouseIssue;
  /** ISSUED → SHIPPED */
  markIssueShipped: WarehouseIssue;
  /** Moves everything of the duplicate onto the primary contact and retires the duplicate */
  mergeContacts: Contact;
  /** Moves an open deal to a place in an OPEN column; a closed deal → CONFLICT */
  moveOpportunity: Opportunity;
  /** Answering a published survey or entering a contest: once per member (else CONFLICT ALREADY_ANSWERED), its points once; CONFLICT CLOSED after its end */
  participateInClubNews: ClubParticipation;
  /** Answers the satisfaction survey of the last resolution (once; CONFLICT after) */
  rateMyTicket: ClubTicket;
  /** Answers a survey by its signed link (no sign-in); NOT_FOUND for a bad link, CONFLICT when already answered */
  rateTicket: Scalars['Boolean']['output'];
  /** Goods received into a warehouse */
  receiveStock: StockLevel;
  recordCallOutcome: FollowUpCall;
  /** Records a payment of at most the balance; returns the invoice with its new payment status */
  recordPayment: Invoice;
  /** Records a shop’s purchase once per (source, externalOrderId) and awards its points */
  recordPurchase: RecordedPurchase;
  /** Records a return or refund of a reported purchase once per (source, externalOrderId, externalReturnId) and takes back its share of the points and stamps */
  recordReturn: RecordedReturn;
  /** Spends points on a reward; a retry with the same key answers the first redemption */
  redeemReward: Redemption;
  /** Rotates the refresh token; a reused one signs out every session of that sign-in */
  refreshClubSession: ClubSession;
  /** Rotates a refresh token: the old one stops working */
  refreshToken: AuthPayload;
  /** Finds or creates the customer by mobile and makes them a club member */
  registerClubMember: PluginMemberStatus;
  removeImportantDate: Scalars['Boolean']['output'];
  removeMyFamilyMember: Scalars['Boolean']['output'];
  removeMyImportantDate: Scalars['Boolean']['output'];
  removeRelatedPerson: Scalars['Boolean']['output'];
  /** Takes an address off the suppression list */
  removeSuppression: Scalars['Boolean']['output'];
  /** stageIds: every stage, in the new left-to-right order */
  reorderPipelineStages: Array<PipelineStage>;
  /** The member writes on their ticket; a resolved or waiting ticket reopens */
  replyToMyTicket: ClubTicket;
  /** A public reply (sent to the customer) or, with internal: true, a note only staff ever see */
  replyToTicket: Ticket;
  /** Sends a one-time code by SMS to sign up or sign in */
  requestClubCode: ClubCodeRequest;
  resolveTicket: Ticket;
  /** Goods coming back: restores the stock through the ledger */
  returnWarehouseIssue: WarehouseIssue;
  revokeApiKey: ApiKey;
  revokeInvitation: Invitation;
  /** Queues a run now: a daily job for `day` and this workspace only; another job once more */
  runJobNow: JobRun;
  saveClubNews: ClubNewsItem;
  saveReward: Reward;
  saveTier: Tier;
  /** Queues a personalised message to every contact matching the filter, in the background */
  sendBulkMessage: BulkSend;
  /** Queues a one-off email or SMS to a contact (delivered by the outbox worker) */
  sendMessage: Message;
  /** Sends a test message now through the workspace’s channel (not the outbox) and returns the provider’s answer */
  sendTestMessage: TestMessageResult;
  /** Sets (or, with the current one, changes) the member’s password */
  setClubPassword: ClubMembership;
  /** Creates or replaces the rule of its target (ALL, a rep or a team) */
  setCommissionRule: CommissionRule;
  /** Records a consent change for one channel, with its source (e.g. "club form", "phone call") */
  setContactConsent: Contact;
  /** Chooses the channels (none = off) that alert the signed-in member of an event */
  setMyAlertPreference: Array<StaffAlertPreference>;
  /** Replaces every item of the list */
  setPriceListItems: PriceList;
  /** Sets the target of a rep or a team for a Jalali month or quarter */
  setSalesQuota: SalesQuota;
  /** Creates a team (no id) or replaces its name, lead and members */
  setSalesTeam: SalesTeam;
  setSlaPolicy: SlaPolicy;
  /** Sets the PBX extension (own, or anyone’s with staff:manage); null clears it */
  setStaffExtension: StaffMember;
  /** CONFLICT names the current status when the transition is impossible */
  setTicketStatus: Ticket;
  /** Creates a workspace and its owner, and signs the owner in */
  signUp: AuthPayload;
  /** Moves available units between warehouses; OUT_OF_STOCK when the source has too few */
  transferStock: StockTransferResult;
  unblockClubMember: ClubMember;
  unlinkContactFromOrganization: Contact;
  updateBusinessCalendar: BusinessCalendarModel;
  updateClubConsent: ClubMemberProfile;
  updateClubProfile: ClubMemberProfile;
  updateClubSettings: ClubSettings;
  updateContact: Contact;
  updateCoupon: Coupon;
  /** Replaces the plan and its steps; running enrolments go on at their next position */
  updateFollowUpPlan: FollowUpPlan;
  updateLifecycleSettings: LifecycleSettings;
  updateLoyaltySettings: LoyaltySettings;
  updateMessageTemplate: MessageTemplate;
  updateMessagingSettings: MessagingSettings;
  /** The signed-in staff member’s name, language and mobile number for SMS alerts */
  updateMyProfile: User;
  updateOpportunity: Opportunity;
  updateOrganization: Organization;
  updatePipelineStage: PipelineStage;
  updatePriceList: PriceList;
  /** active: true also restores an archived product */
  updateProduct: Product;
  /** parentId: null moves it to the top; it cannot move under itself */
  updateProductCategory: ProductCategory;
  /** Only while DRAFT */
  updateProforma: Proforma;
  updateRelatedPerson: RelatedPerson;
  updateTask: Task;
  /** Subject, type, priority (recomputes the SLA due times), category (and queue), tags */
  updateTicket: Ticket;
  updateTicketMacro: TicketMacro;
  updateTicketQueue: TicketQueue;
  updateTicketingSettings: TicketingSettings;
  updateWarehouse: Warehouse;
  updateWorkspace: Workspace;
  /** Checks the code: joins the club (when its approach allows) or signs in */
  verifyClubCode: ClubSession;
  /** Marks an open deal won (probability 100) and puts it in the WON column; with `proforma`, also creates its DRAFT pro-forma */
  winOpportunity: Opportunity;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddImportantDateArgs = {
  input: ImportantDateInput;
};


export type MutationAddMyFamilyMemberArgs = {
  input: AddMyFamilyMemberInput;
};


export type MutationAddMyImportantDateArgs = {
  input: AddMyImportantDateInput;
};


export type MutationAddRelatedPersonArgs = {
  contactId: Scalars['ID']['input'];
  input: RelatedPersonInput;
};


export type MutationAddSuppressionArgs = {
  input: AddSuppressionInput;
};


export type MutationAdjustPointsArgs = {
  input: AdjustPointsInput;
};


export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
};


export type MutationArchiveProductArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchiveRewardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignTicketArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationBlockClubMemberArgs = {
  input: BlockClubMemberInput;
};


export type MutationBulkAssignContactsArgs = {
  ids: Array<Scalars['ID']['input']>;
  ownerId: Scalars['ID']['input'];
};


export type MutationBulkTagContactsArgs = {
  ids: Array<Scalars['ID']['input']>;
  tags: Array<Scalars['String']['input']>;
};


export type MutationCancelFollowUpEnrolmentArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCancelInvoiceArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelProformaArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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


export type MutationClickClubNewsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseTicketArgs = {
  id: Scalars['ID']['input'];
};


export type MutationClubCheckoutArgs = {
  input: ClubCheckoutInput;
};


export type MutationCompleteTaskArgs = {
  id: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConfirmProformaArgs = {
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


export type MutationCreateCouponArgs = {
  input: CreateCouponInput;
};


export type MutationCreateFollowUpPlanArgs = {
  input: FollowUpPlanInput;
};


export type MutationCreateMessageTemplateArgs = {
  input: CreateMessageTemplateInput;
};


export type MutationCreateMyTicketArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateMyTicketInput;
};


export type MutationCreateOpportunityArgs = {
  input: CreateOpportunityInput;
};


export type MutationCreateOrganizationArgs = {
  input: OrganizationInput;
};


export type MutationCreatePipelineStageArgs = {
  input: CreatePipelineStageInput;
};


export type MutationCreatePriceListArgs = {
  input: CreatePriceListInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreateProductCategoryArgs = {
  input: CreateProductCategoryInput;
};


export type MutationCreateProformaArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateProformaInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationCreateTicketArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateTicketInput;
};


export type MutationCreateTicketCategoryArgs = {
  input: CreateTicketCategoryInput;
};


export type MutationCreateTicketMacroArgs = {
  input: TicketMacroInput;
};


export type MutationCreateTicketQueueArgs = {
  input: TicketQueueInput;
};


export type MutationCreateWarehouseArgs = {
  input: CreateWarehouseInput;
};


export type MutationCreateWarehouseIssueArgs = {
  invoiceId: Scalars['ID']['input'];
};


export type MutationDeactivateCouponArgs = {
  id: Scalars['ID']['input'];
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


export type MutationDeleteMessageTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTicketMacroArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTierArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnrolInFollowUpPlanArgs = {
  contactId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
};


export type MutationEnrollClubMemberArgs = {
  contactId: Scalars['ID']['input'];
};


export type MutationImportContactsArgs = {
  input: ImportContactsInput;
};


export type MutationInviteStaffArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InviteStaffInput;
};


export type MutationIssueInvoiceArgs = {
  proformaId: Scalars['ID']['input'];
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


export type MutationLoginClubMemberArgs = {
  input: LoginClubMemberInput;
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationLogoutClubMemberArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationLoseOpportunityArgs = {
  id: Scalars['ID']['input'];
  input: LoseOpportunityInput;
};


export type MutationMarkIssueDeliveredArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkIssueShippedArgs = {
  id: Scalars['ID']['input'];
  trackingCode?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMergeContactsArgs = {
  duplicateId: Scalars['ID']['input'];
  primaryId: Scalars['ID']['input'];
};


export type MutationMoveOpportunityArgs = {
  id: Scalars['ID']['input'];
  input: MoveOpportunityInput;
};


export type MutationParticipateInClubNewsArgs = {
  input: ParticipateInClubNewsInput;
};


export type MutationRateMyTicketArgs = {
  id: Scalars['ID']['input'];
  input: RateTicketInput;
};


export type MutationRateTicketArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  score: Scalars['Int']['input'];
  token: Scalars['String']['input'];
};


export type MutationReceiveStockArgs = {
  input: ReceiveStockInput;
};


export type MutationRecordCallOutcomeArgs = {
  input: RecordCallOutcomeInput;
};


export type MutationRecordPaymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RecordPaymentInput;
  invoiceId: Scalars['ID']['input'];
};


export type MutationRecordPurchaseArgs = {
  input: RecordPurchaseInput;
};


export type MutationRecordReturnArgs = {
  input: RecordReturnInput;
};


export type MutationRedeemRewardArgs = {
  idempotencyKey: Scalars['String']['input'];
  rewardId: Scalars['ID']['input'];
};


export type MutationRefreshClubSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegisterClubMemberArgs = {
  input: RegisterClubMemberInput;
};


export type MutationRemoveImportantDateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMyFamilyMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveMyImportantDateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveRelatedPersonArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveSuppressionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReorderPipelineStagesArgs = {
  stageIds: Array<Scalars['ID']['input']>;
};


export type MutationReplyToMyTicketArgs = {
  id: Scalars['ID']['input'];
  input: ReplyToMyTicketInput;
};


export type MutationReplyToTicketArgs = {
  id: Scalars['ID']['input'];
  input: ReplyToTicketInput;
};


export type MutationRequestClubCodeArgs = {
  input: RequestClubCodeInput;
};


export type MutationResolveTicketArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReturnWarehouseIssueArgs = {
  id: Scalars['ID']['input'];
  lines?: InputMaybe<Array<ReturnLineInput>>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunJobNowArgs = {
  day?: InputMaybe<Scalars['String']['input']>;
  job: Scalars['String']['input'];
};


export type MutationSaveClubNewsArgs = {
  input: SaveClubNewsInput;
};


export type MutationSaveRewardArgs = {
  input: SaveRewardInput;
};


export type MutationSaveTierArgs = {
  input: SaveTierInput;
};


export type MutationSendBulkMessageArgs = {
  input: SendBulkMessageInput;
};


export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


export type MutationSendTestMessageArgs = {
  channel: MessagingChannel;
  to: Scalars['String']['input'];
};


export type MutationSetClubPasswordArgs = {
  input: SetClubPasswordInput;
};


export type MutationSetCommissionRuleArgs = {
  input: SetCommissionRuleInput;
};


export type MutationSetContactConsentArgs = {
  channel: ConsentChannel;
  contactId: Scalars['ID']['input'];
  source: Scalars['String']['input'];
  status: ConsentStatus;
};


export type MutationSetMyAlertPreferenceArgs = {
  channels: Array<MessagingChannel>;
  event: Scalars['String']['input'];
};


export type MutationSetPriceListItemsArgs = {
  items: Array<PriceListItemInput>;
  priceListId: Scalars['ID']['input'];
};


export type MutationSetSalesQuotaArgs = {
  input: SetSalesQuotaInput;
};


export type MutationSetSalesTeamArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: SalesTeamInput;
};


export type MutationSetSlaPolicyArgs = {
  input: SlaPolicyInput;
};


export type MutationSetStaffExtensionArgs = {
  extension?: InputMaybe<Scalars['String']['input']>;
  staffMemberId: Scalars['ID']['input'];
};


export type MutationSetTicketStatusArgs = {
  id: Scalars['ID']['input'];
  status: TicketStatus;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationTransferStockArgs = {
  input: TransferStockInput;
};


export type MutationUnblockClubMemberArgs = {
  contactId: Scalars['ID']['input'];
};


export type MutationUnlinkContactFromOrganizationArgs = {
  contactId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationUpdateBusinessCalendarArgs = {
  input: UpdateBusinessCalendarInput;
};


export type MutationUpdateClubConsentArgs = {
  input: ClubConsentInput;
};


export type MutationUpdateClubProfileArgs = {
  input: UpdateClubProfileInput;
};


export type MutationUpdateClubSettingsArgs = {
  input: UpdateClubSettingsInput;
};


export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
};


export type MutationUpdateCouponArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCouponInput;
};


export type MutationUpdateFollowUpPlanArgs = {
  id: Scalars['ID']['input'];
  input: FollowUpPlanInput;
};


export type MutationUpdateLifecycleSettingsArgs = {
  input: LifecycleSettingsInput;
};


export type MutationUpdateLoyaltySettingsArgs = {
  input: UpdateLoyaltySettingsInput;
};


export type MutationUpdateMessageTemplateArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMessageTemplateInput;
};


export type MutationUpdateMessagingSettingsArgs = {
  input: UpdateMessagingSettingsInput;
};


export type MutationUpdateMyProfileArgs = {
  input: UpdateMyProfileInput;
};


export type MutationUpdateOpportunityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOpportunityInput;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: OrganizationInput;
};


export type MutationUpdatePipelineStageArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePipelineStageInput;
};


export type MutationUpdatePriceListArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePriceListInput;
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};


export type MutationUpdateProductCategoryArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductCategoryInput;
};


export type MutationUpdateProformaArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProformaInput;
};


export type MutationUpdateRelatedPersonArgs = {
  id: Scalars['ID']['input'];
  input: RelatedPersonInput;
};


export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
};


export type MutationUpdateTicketArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTicketInput;
};


export type MutationUpdateTicketMacroArgs = {
  id: Scalars['ID']['input'];
  input: TicketMacroInput;
};


export type MutationUpdateTicketQueueArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTicketQueueInput;
};


export type MutationUpdateTicketingSettingsArgs = {
  input: UpdateTicketingSettingsInput;
};


export type MutationUpdateWarehouseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWarehouseInput;
};


export type MutationUpdateWorkspaceArgs = {
  input: UpdateWorkspaceInput;
};


export type MutationVerifyClubCodeArgs = {
  input: VerifyClubCodeInput;
};


export type MutationWinOpportunityArgs = {
  id: Scalars['ID']['input'];
  proforma?: InputMaybe<WinProformaInput>;
};

export type NewsClick = {
  __typename?: 'NewsClick';
  balance: Scalars['Int']['output'];
  news: ClubNewsItem;
  pointsAwarded: Scalars['Int']['output'];
};

/** A sales opportunity (فرصت تجاری) followed by a rep */
export type Opportunity = {
  __typename?: 'Opportunity';
  /** Rial */
  amount: Scalars['SafeInt']['output'];
  contact?: Maybe<Contact>;
  contactId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** ISO date (Gregorian), e.g. 2026-03-20 */
  expectedCloseDate?: Maybe<Scalars['String']['output']>;
  /** The same day on the Jalali calendar, e.g. 1404/12/29 */
  expectedCloseDateJalali?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lostAt?: Maybe<Scalars['DateTime']['output']>;
  lostReason?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** The rep */
  owner?: Maybe<StaffMember>;
  /** Order within its stage (kanban), 0-based and dense */
  position: Scalars['Int']['output'];
  /** Percent; the stage’s default unless set on the deal */
  probability: Scalars['Int']['output'];
  /** Whether probability was set on the deal (otherwise it follows the stage) */
  probabilityOverridden: Scalars['Boolean']['output'];
  /** The pro-forma a won deal became */
  proformaId?: Maybe<Scalars['ID']['output']>;
  stage: PipelineStage;
  stageId: Scalars['ID']['output'];
  status: OpportunityStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** round(amount × probability / 100), Rial */
  weightedAmount: Scalars['SafeInt']['output'];
  wonAt?: Maybe<Scalars['DateTime']['output']>;
};

export type OpportunityBoard = {
  __typename?: 'OpportunityBoard';
  columns: Array<OpportunityBoardColumn>;
};

/** A kanban column: the stage, totals over all its matching deals, and the first of them in order */
export type OpportunityBoardColumn = {
  __typename?: 'OpportunityBoardColumn';
  /** Sum of amounts, Rial */
  amount: Scalars['SafeInt']['output'];
  count: Scalars['Int']['output'];
  /** In kanban order; at most `perStage` of them */
  opportunities: Array<Opportunity>;
  stage: PipelineStage;
  /** round(Σ amount × probability / 100), Rial */
  weightedAmount: Scalars['SafeInt']['output'];
};

export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  edges: Array<OpportunityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  cursor: Scalars['String']['output'];
  node: Opportunity;
};

export type OpportunityFilter = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  stageId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<OpportunityStatus>>;
};

export type OpportunityStatus =
  | 'LOST'
  | 'OPEN'
  | 'WON';

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

export type ParticipateInClubNewsInput = {
  /** Surveys: one answer per question answered */
  answers?: InputMaybe<Array<SurveyAnswerInput>>;
  newsId: Scalars['ID']['input'];
  /** Contests: an optional answer, up to 2000 characters */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type PaymentMethod =
  | 'CARD'
  | 'CASH'
  | 'CHEQUE'
  | 'ONLINE'
  | 'OTHER'
  | 'TRANSFER';

export type PaymentStatus =
  | 'PAID'
  | 'PARTLY_PAID'
  | 'UNPAID';

export type PhoneKind =
  | 'FOREIGN'
  | 'LANDLINE'
  | 'MOBILE';

/** A column of the sales pipeline (configurable per workspace) */
export type PipelineStage = {
  __typename?: 'PipelineStage';
  id: Scalars['ID']['output'];
  kind: PipelineStageKind;
  nameEn: Scalars['String']['output'];
  nameFa: Scalars['String']['output'];
  /** Left-to-right order, 0-based and dense */
  position: Scalars['Int']['output'];
  /** Default win probability (percent) of deals in this column */
  probability: Scalars['Int']['output'];
};

/** OPEN columns hold live deals; the one WON and one LOST column receive closed ones */
export type PipelineStageKind =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** A customer’s club state for a storefront plugin */
export type PluginMemberStatus = {
  __typename?: 'PluginMemberStatus';
  contactId: Scalars['ID']['output'];
  /** null: the customer is no club member */
  membership?: Maybe<ClubMembership>;
  points: Scalars['Int']['output'];
  tier: TierStatus;
  /** Vouchers and personal coupons usable now */
  vouchers: Array<Voucher>;
};

export type PluginTier = {
  __typename?: 'PluginTier';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type PointsChange = {
  __typename?: 'PointsChange';
  balance: Scalars['Int']['output'];
  entry: PointsEntry;
};

/** One line of the append-only points ledger */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** Staff only: who made a manual adjustment (null for members and for automatic entries) */
  actor?: Maybe<StaffMember>;
  createdAt: Scalars['DateTime']['output'];
  /** Signed: positive for points gained */
  delta: Scalars['Int']['output'];
  /** Positive entries: when what is left of them expires */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: PointsKind;
  reason: Scalars['String']['output'];
  /** Positive entries: points of this lot not yet spent or expired */
  remaining: Scalars['Int']['output'];
  source: PointsSource;
};

export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  edges: Array<PointsEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PointsEntryEdge = {
  __typename?: 'PointsEntryEdge';
  cursor: Scalars['String']['output'];
  node: PointsEntry;
};

/** What a points ledger entry is: earned, spent on a reward, expired, adjusted by staff, or a purchase reversed */
export type PointsKind =
  | 'ADJUST'
  | 'EARN'
  | 'EXPIRE'
  | 'REDEEM'
  | 'REVERSE';

export type PointsSource =
  | 'BIRTHDAY'
  | 'CALL'
  | 'CONTEST'
  | 'EXPIRY'
  | 'MANUAL'
  | 'MERGE'
  | 'NEWS'
  | 'PURCHASE'
  | 'REFERRAL'
  | 'REWARD'
  | 'SMS'
  | 'SURVEY';

export type PointsSummary = {
  __typename?: 'PointsSummary';
  balance: Scalars['Int']['output'];
  /** Points that expire within the warning period of the settings (30 days when warnings are off) */
  expiringSoon: Scalars['Int']['output'];
  lifetimeEarned: Scalars['Int']['output'];
  /** When the next points expire */
  nextExpiryAt?: Maybe<Scalars['DateTime']['output']>;
};

/** What to preview: a saved template (templateId, or templateKey + channel [+ language]) or a draft; for which contact */
export type PreviewMessageTemplateInput = {
  channel?: InputMaybe<MessagingChannel>;
  contactId: Scalars['ID']['input'];
  draft?: InputMaybe<MessageTemplateDraftInput>;
  /** "fa" or "en"; default the workspace’s language */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Values of PARAM variables: { "coupon.code": "X" } or { coupon: { code: "X" } }; missing ones get sample values */
  params?: InputMaybe<Scalars['JSON']['input']>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
  /** With channel: the template of that key in `language`, else in the other language */
  templateKey?: InputMaybe<Scalars['String']['input']>;
};

/** Prices for a tier, a segment, one contact or everyone, within an optional validity window */
export type PriceList = {
  __typename?: 'PriceList';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  items: Array<PriceListItem>;
  kind: PriceListKind;
  name: Scalars['String']['output'];
  /** Breaks ties between lists of the same kind giving the same price (higher wins) */
  priority: Scalars['Int']['output'];
  /** Tier code, segment id or contact id; null for ALL */
  target?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  /** Exclusive */
  validTo?: Maybe<Scalars['DateTime']['output']>;
};

export type PriceListConnection = {
  __typename?: 'PriceListConnection';
  edges: Array<PriceListEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PriceListEdge = {
  __typename?: 'PriceListEdge';
  cursor: Scalars['String']['output'];
  node: PriceList;
};

export type PriceListFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<PriceListKind>;
};

/** A fixed unit price or a percent discount for a product, or for every product under a category */
export type PriceListItem = {
  __typename?: 'PriceListItem';
  /** Applies to the category and all its descendants */
  categoryId?: Maybe<Scalars['ID']['output']>;
  /** Discount off the base price in basis points (or price) */
  discountBp?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Applies from this quantity on a line */
  minQuantity: Scalars['Int']['output'];
  /** Unit price in Rial (or discountBp) */
  price?: Maybe<Scalars['SafeInt']['output']>;
  productId?: Maybe<Scalars['ID']['output']>;
};

/** Exactly one of productId / categoryId, and exactly one of price / discountBp */
export type PriceListItemInput = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Basis points off the base price, 1–10000 */
  discountBp?: InputMaybe<Scalars['Int']['input']>;
  /** Default 1 */
  minQuantity?: InputMaybe<Scalars['Int']['input']>;
  /** Unit price in Rial */
  price?: InputMaybe<Scalars['SafeInt']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
};

/** Who a price list is for: a club tier (target = tier code), a segment (target = segment id), one contact (target = contact id), or everyone */
export type PriceListKind =
  | 'ALL'
  | 'CONTACT'
  | 'SEGMENT'
  | 'TIER';

/** A product of the catalog; prices in Rial, tax in basis points */
export type Product = {
  __typename?: 'Product';
  /** On sale; an archived product is never active */
  active: Scalars['Boolean']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stock over all warehouses and whether it can be sold now (from inventory) */
  availability: ProductAvailability;
  /** Rial, before tax; what a customer pays when no price list applies */
  basePrice: Scalars['SafeInt']['output'];
  category?: Maybe<ProductCategory>;
  categoryId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  imageUrls: Array<Scalars['String']['output']>;
  /** Available stock at or below this raises a low-stock alert (inventory) */
  lowStockThreshold?: Maybe<Scalars['Int']['output']>;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameFa: Scalars['String']['output'];
  /** Unique in the workspace; stored upper-case with ASCII digits */
  sku: Scalars['String']['output'];
  /** Basis points: 1000 = 10% VAT */
  taxRateBp: Scalars['Int']['output'];
  /** Unit of sale, e.g. عدد, کیلوگرم, شاخه */
  unit: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** Stock of a product over all warehouses, as the storefront sees it */
export type ProductAvailability = {
  __typename?: 'ProductAvailability';
  available: Scalars['Int']['output'];
  /** available ≤ lowStockThreshold */
  lowStock: Scalars['Boolean']['output'];
  /** The product’s low-stock threshold, when set */
  lowStockThreshold?: Maybe<Scalars['Int']['output']>;
  onHand: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  reserved: Scalars['Int']['output'];
  status: AvailabilityStatus;
};

/** A node of the category tree; tags are interest hints (e.g. "restaurant" on produce) */
export type ProductCategory = {
  __typename?: 'ProductCategory';
  createdAt: Scalars['DateTime']['output'];
  /** 0 for a top-level category */
  depth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  nameFa: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  position: Scalars['Int']['output'];
  slug: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Products of this category or any of its descendants */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Include archived products (default false) */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Persian-aware search over names (fa, en) and SKU */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A pro-forma (پیش‌فاکتور): a priced offer; confirming it reserves the stock until it expires */
export type Proforma = {
  __typename?: 'Proforma';
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The customer */
  contact?: Maybe<Contact>;
  couponCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Jalali date of creation in the workspace time zone, e.g. 1405/01/15 */
  createdAtJalali: Scalars['String']['output'];
  createdBy?: Maybe<StaffMember>;
  expiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** While CONFIRMED: the reservation is released after this instant */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  invoice?: Maybe<Invoice>;
  lines: Array<SalesLine>;
  notes?: Maybe<Scalars['String']['output']>;
  /** Per workspace, in order of creation */
  number: Scalars['Int']['output'];
  /** The responsible rep */
  owner?: Maybe<StaffMember>;
  source: ProformaSource;
  status: ProformaStatus;
  totals: SalesTotals;
};

export type ProformaConnection = {
  __typename?: 'ProformaConnection';
  edges: Array<ProformaEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProformaEdge = {
  __typename?: 'ProformaEdge';
  cursor: Scalars['String']['output'];
  node: Proforma;
};

export type ProformaFilter = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ProformaStatus>;
};

/** Who created the pro-forma: staff, the customer in the club, or an integration */
export type ProformaSource =
  | 'API'
  | 'CLUB'
  | 'STAFF';

/** DRAFT (editable) → CONFIRMED (stock reserved, coupon redeemed, until expiresAt) → INVOICED; or CANCELLED / EXPIRED (stock released) */
export type ProformaStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DRAFT'
  | 'EXPIRED'
  | 'INVOICED';

export type PublicClub = {
  __typename?: 'PublicClub';
  afterSalesPanel: Scalars['Boolean']['output'];
  approach: ClubApproach;
  defaultLocale: Scalars['String']['output'];
  /** IRT (Toman) or IRR: how the business shows prices */
  displayCurrency: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  nameEn: Scalars['String']['output'];
  nameFa: Scalars['String']['output'];
  primaryColor: Scalars['String']['output'];
  /** Whether anyone may sign up now (OPEN or BOTH); with AFTER_PURCHASE only customers who have bought may join */
  signUpOpen: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
};

/** What anyone may see of a workspace: its club landing page */
export type PublicWorkspace = {
  __typename?: 'PublicWorkspace';
  branding: ClubBranding;
  defaultLocale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type PurchaseItemInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  /** The Peyvand product, when the shop knows it (stamp cards count it) */
  productId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  /** The shop’s SKU */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** Rial */
  unitPrice?: InputMaybe<Scalars['SafeInt']['input']>;
};

export type Query = {
  __typename?: 'Query';
  apiKeys: ApiKeyConnection;
  /** Scopes an API key may be given */
  apiScopes: Array<Scalars['String']['output']>;
  /** Every change made in the workspace, newest first */
  auditLog: AuditLogEntryConnection;
  bulkSend: BulkSend;
  /** Business hours and holidays of the workspace (SLAs count in them) */
  businessCalendar: BusinessCalendarModel;
  /** The store’s category tree, depth-first */
  clubCategories: Array<ClubCategory>;
  /** The signed-in member: profile, consent per channel, membership */
  clubMe: ClubMemberProfile;
  /** The contact’s membership, or null when not a member */
  clubMember?: Maybe<ClubMember>;
  /** A customer’s points, tier and usable vouchers by mobile; null when unknown */
  clubMemberStatus?: Maybe<PluginMemberStatus>;
  clubMembers: ClubMemberConnection;
  clubNews: Array<ClubNewsItem>;
  clubNewsItems: ClubNewsItemConnection;
  /** What members answered a survey, or who entered a contest */
  clubNewsResults: ClubNewsResults;
  clubProduct: ClubProduct;
  /** Products on sale, newest first, priced for the caller (a member of this club: their own prices) */
  clubProducts: ClubProductConnection;
  /** Prices a cart; what would stop a checkout is listed in problems */
  clubQuote: ClubQuote;
  /** Rewards on offer, cheapest first */
  clubRewards: Array<Reward>;
  clubSettings: ClubSettings;
  commissionRules: Array<CommissionRule>;
  /** The 360 file of one contact */
  contact: Contact;
  /** Caller ID: finds the contact owning a number given in any usual form */
  contactByPhone?: Maybe<Contact>;
  /** A contact's club state for the 360 page */
  contactLoyalty: ContactLoyalty;
  contacts: ContactConnection;
  /** Coupons, newest first */
  coupons: CouponConnection;
  customFieldDefinitions: Array<CustomFieldDefinition>;
  /** Any filtered list as CSV or XLSX (base64) */
  exportContacts: ExportFile;
  /** Calls to make: open follow-up calls with their script */
  followUpCalls: Array<FollowUpCall>;
  followUpEnrolments: Array<FollowUpEnrolment>;
  followUpPlan: FollowUpPlan;
  followUpPlans: Array<FollowUpPlan>;
  /** The column headers of a CSV/XLSX file, to map them before importing */
  importPreview: Array<Scalars['String']['output']>;
  invitations: Array<Invitation>;
  /** One invoice with everything its printed (RTL) page shows */
  invoice: Invoice;
  /** Invoices, newest first */
  invoices: InvoiceConnection;
  /** Runs newest first: runs for every workspace and this workspace’s own, with only its own errors */
  jobRuns: Array<JobRun>;
  lifecycleSettings: LifecycleSettings;
  loyaltySettings: LoyaltySettings;
  message: Message;
  messageTemplate: MessageTemplate;
  /** The workspace’s message templates, newest first */
  messageTemplates: MessageTemplateConnection;
  /** The outbox, newest first */
  messages: MessageConnection;
  /** Email and SMS channel settings of the workspace (secrets are never returned) */
  messagingSettings: MessagingSettings;
  /** The events the signed-in member can be alerted about and the channels for each */
  myAlertPreferences: Array<StaffAlertPreference>;
  myCalls: ClubCallConnection;
  myFamily: Array<ClubFamilyMember>;
  /** My own important dates (birthday comes from the profile) */
  myImportantDates: Array<ImportantDate>;
  /** SMS and emails the business sent me, and the SMS I sent */
  myMessages: MemberMessageConnection;
  /** One of my orders with its status chain (pro-forma → invoice → warehouse issue) */
  myOrder: ClubOrder;
  /** My pro-formas (club store orders and offers) */
  myOrders: MemberOrderConnection;
  myPoints: PointsSummary;
  myPointsHistory: PointsEntryConnection;
  /** My invoices */
  myPurchases: MemberPurchaseConnection;
  myReferral: ReferralInfo;
  myStampCards: Array<StampCard>;
  /** The caller’s open tasks: due today, overdue, upcoming or all */
  myTasks: Array<Task>;
  /** NOT_FOUND unless it is the member’s own */
  myTicket: ClubTicket;
  /** The signed-in member’s tickets, newest first */
  myTickets: ClubTicketConnection;
  myTier: TierStatus;
  /** My coupons usable now */
  myVouchers: Array<Voucher>;
  /** Newest first */
  opportunities: OpportunityConnection;
  opportunity: Opportunity;
  /** The kanban: every stage with its totals and deals in order */
  opportunityBoard: OpportunityBoard;
  organization: Organization;
  organizations: OrganizationConnection;
  /** What each role may do (the permission matrix) */
  permissionMatrix: Array<RolePermissions>;
  pipelineStages: Array<PipelineStage>;
  /** A template or draft rendered for a contact, as it would be sent */
  previewMessageTemplate: MessageTemplatePreview;
  /** Price lists with their items, newest first */
  priceLists: PriceListConnection;
  product: Product;
  /** Available stock and status per product over all warehouses (at most 100 ids) */
  productAvailability: Array<ProductAvailability>;
  /** The whole category tree, depth-first (each category followed by its children) */
  productCategories: Array<ProductCategory>;
  /** The catalog, newest first; filter by category (with its descendants), on-sale state or a Persian-aware search */
  products: ProductConnection;
  proforma: Proforma;
  /** Pro-formas, newest first */
  proformas: ProformaConnection;
  /** A club’s public face (the SPA’s first request) */
  publicClub: PublicClub;
  /** A club's public face by its address; null when unknown */
  publicWorkspace?: Maybe<PublicWorkspace>;
  /** What a customer would pay for these lines now (or at `at`): price lists, coupon, tax — the same pricing sales documents use */
  quote: Quote;
  /** A canned reply’s text for a ticket, variables filled in (for the composer) */
  renderTicketMacro: Scalars['String']['output'];
  rewards: RewardConnection;
  /** Per rep and team: quota, paid amounts credited, attainment and commission */
  salesPerformance: SalesPerformance;
  salesQuotas: Array<SalesQuota>;
  salesTeams: Array<SalesTeam>;
  scheduledJobs: Array<ScheduledJob>;
  /** One per priority (the defaults until set) */
  slaPolicies: Array<SlaPolicy>;
  /** How many SMS parts a text takes (shown before sending) */
  smsParts: SmsParts;
  staffMembers: StaffMemberConnection;
  /** Stock per warehouse and product */
  stockLevels: StockLevelConnection;
  /** The stock ledger, newest first */
  stockMovements: StockMovementConnection;
  /** The suppression (do-not-contact) list, newest first */
  suppressions: SuppressionConnection;
  /** The variables a template may use */
  templateVariables: Array<TemplateVariable>;
  ticket: Ticket;
  ticketCategories: Array<TicketCategory>;
  /** Canned replies, by name */
  ticketMacros: Array<TicketMacro>;
  /** Complaint rate, volume by category, response/resolution times, SLA compliance and CSAT of the tickets created in [from, to) */
  ticketMetrics: TicketMetrics;
  ticketQueues: Array<TicketQueue>;
  ticketingSettings: TicketingSettings;
  /** Tickets, newest first (inbox views: mine, unassigned, breaching soon, by queue) */
  tickets: TicketConnection;
  /** Lowest threshold first */
  tiers: Array<Tier>;
  /** Important dates whose greeting goes out in the next `days` days (workspace time zone), by send day */
  upcomingImportantDates: UpcomingImportantDateConnection;
  viewer: Viewer;
  warehouseIssue: WarehouseIssue;
  /** Warehouse issues (حواله انبار), newest first */
  warehouseIssues: WarehouseIssueConnection;
  /** Every warehouse: the default first */
  warehouses: Array<Warehouse>;
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


export type QueryBulkSendArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClubCategoriesArgs = {
  slug: Scalars['String']['input'];
};


export type QueryClubMemberArgs = {
  contactId: Scalars['ID']['input'];
};


export type QueryClubMemberStatusArgs = {
  phone: Scalars['String']['input'];
};


export type QueryClubMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  joinedVia?: InputMaybe<ClubJoinVia>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ClubMemberStatus>;
  tierId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryClubNewsItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryClubNewsResultsArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClubProductArgs = {
  id: Scalars['ID']['input'];
  slug: Scalars['String']['input'];
};


export type QueryClubProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClubProductFilter>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
};


export type QueryClubQuoteArgs = {
  input: ClubQuoteInput;
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactByPhoneArgs = {
  phone: Scalars['String']['input'];
};


export type QueryContactLoyaltyArgs = {
  contactId: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCouponsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouponFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryExportContactsArgs = {
  filter?: InputMaybe<ContactFilter>;
  format: ExportFormat;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFollowUpCallsArgs = {
  mine?: Scalars['Boolean']['input'];
  scope?: FollowUpCallScope;
};


export type QueryFollowUpEnrolmentsArgs = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  planId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<FollowUpEnrolmentStatus>;
};


export type QueryFollowUpPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportPreviewArgs = {
  input: ImportContactsInput;
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryJobRunsArgs = {
  first?: Scalars['Int']['input'];
  job?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<JobRunStatus>;
};


export type QueryMessageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMessageTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMessageTemplatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageTemplateFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryMyCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMyMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMyOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMyPointsHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMyPurchasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMyTasksArgs = {
  scope?: TaskScope;
};


export type QueryMyTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOpportunityBoardArgs = {
  filter?: InputMaybe<OpportunityFilter>;
  perStage?: Scalars['Int']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPreviewMessageTemplateArgs = {
  input: PreviewMessageTemplateInput;
};


export type QueryPriceListsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PriceListFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductAvailabilityArgs = {
  productIds: Array<Scalars['ID']['input']>;
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryProformaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProformasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProformaFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPublicClubArgs = {
  slug: Scalars['String']['input'];
};


export type QueryPublicWorkspaceArgs = {
  slug: Scalars['String']['input'];
};


export type QueryQuoteArgs = {
  input: QuoteInput;
};


export type QueryRenderTicketMacroArgs = {
  id: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};


export type QueryRewardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  includeArchived?: Scalars['Boolean']['input'];
};


export type QuerySalesPerformanceArgs = {
  period: SalesPeriodInput;
};


export type QuerySalesQuotasArgs = {
  period: SalesPeriodInput;
};


export type QuerySmsPartsArgs = {
  text: Scalars['String']['input'];
};


export type QueryStaffMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryStockLevelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockLevelFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryStockMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockMovementFilter>;
  first?: Scalars['Int']['input'];
};


export type QuerySuppressionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SuppressionFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketMetricsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryUpcomingImportantDatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  days?: Scalars['Int']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryWarehouseIssueArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWarehouseIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WarehouseIssueFilter>;
  first?: Scalars['Int']['input'];
};

export type QuotaPeriodKind =
  | 'MONTH'
  | 'QUARTER';

/** The price a customer sees for some lines: the one pricing used by dashboard, club and sales */
export type Quote = {
  __typename?: 'Quote';
  coupon?: Maybe<QuoteCoupon>;
  couponDiscount: Scalars['SafeInt']['output'];
  /** Σ line discounts (price lists and coupon) */
  discountTotal: Scalars['SafeInt']['output'];
  lines: Array<QuoteLine>;
  problems: Array<QuoteProblem>;
  /** Σ unitBasePrice × quantity */
  subtotal: Scalars['SafeInt']['output'];
  taxTotal: Scalars['SafeInt']['output'];
  /** subtotal − discountTotal + taxTotal */
  total: Scalars['SafeInt']['output'];
};

export type QuoteCoupon = {
  __typename?: 'QuoteCoupon';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

/** Segment membership and club tier are given by the caller until those modules exist */
export type QuoteInput = {
  /** Price as of this moment (default now): previews of a coming sale */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  couponCode?: InputMaybe<Scalars['String']['input']>;
  lines: Array<QuoteLineInput>;
  segmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Club tier code */
  tier?: InputMaybe<Scalars['String']['input']>;
};

/** One priced line; amounts in Rial */
export type QuoteLine = {
  __typename?: 'QuoteLine';
  /** The price list that gave unitPrice; null = base price */
  appliedPriceListId?: Maybe<Scalars['ID']['output']>;
  /** The line’s share of the coupon */
  couponDiscount: Scalars['SafeInt']['output'];
  /** Everything taken off the line: (unitBasePrice − unitPrice) × quantity plus couponDiscount */
  discount: Scalars['SafeInt']['output'];
  productId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  /** On the line after every discount, rounded half up to a Rial */
  tax: Scalars['SafeInt']['output'];
  taxRateBp: Scalars['Int']['output'];
  /** unitBasePrice × quantity − discount + tax */
  total: Scalars['SafeInt']['output'];
  /** The product’s base price */
  unitBasePrice: Scalars['SafeInt']['output'];
  /** The customer’s unit price after price lists, before coupon and tax */
  unitPrice: Scalars['SafeInt']['output'];
};

export type QuoteLineInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

/** Something the caller should know that did not stop the quote (e.g. a product no longer on sale) */
export type QuoteProblem = {
  __typename?: 'QuoteProblem';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type RateTicketInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 (very unhappy) … 5 (very happy) */
  score: Scalars['Int']['input'];
};

export type ReceiveStockInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  /** e.g. the supplier’s delivery note number */
  reference?: InputMaybe<Scalars['String']['input']>;
  warehouseId: Scalars['ID']['input'];
};

export type RecordCallOutcomeInput = {
  callId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: CallOutcome;
};

export type RecordPaymentInput = {
  /** Rial, more than 0 and at most the balance */
  amount: Scalars['SafeInt']['input'];
  method: PaymentMethod;
  /** Default now */
  paidAt?: InputMaybe<Scalars['DateTime']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
};

export type RecordPurchaseInput = {
  /** Rial the customer paid */
  amount: Scalars['SafeInt']['input'];
  /** The shop’s order id; with source, the idempotency key: a repeat never awards points twice */
  externalOrderId: Scalars['String']['input'];
  /** For a new customer */
  firstName?: InputMaybe<Scalars['String']['input']>;
  items?: InputMaybe<Array<PurchaseItemInput>>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** When the customer bought (default now) */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The customer’s mobile number in any usual form */
  phone: Scalars['String']['input'];
  /** Which shop, e.g. "woocommerce" or "digikala-booth" */
  source: Scalars['String']['input'];
};

export type RecordReturnInput = {
  /** Rial refunded: all that is left of the order for a full return, less for a partial one (0 for lines only) */
  amount: Scalars['SafeInt']['input'];
  /** The purchase’s externalOrderId as recordPurchase reported it */
  externalOrderId: Scalars['String']['input'];
  /** The shop’s id of this return or refund; with the order, the idempotency key: a repeat never takes points back twice */
  externalReturnId: Scalars['String']['input'];
  /** The lines that came back (their stamps are taken back too); optional */
  items?: InputMaybe<Array<ReturnItemInput>>;
  /** When the customer returned it (default now) */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The shop this purchase was reported from (as in recordPurchase) */
  source: Scalars['String']['input'];
};

/** What recordPurchase did; a repeat of the same (source, externalOrderId) answers duplicate and awards nothing */
export type RecordedPurchase = {
  __typename?: 'RecordedPurchase';
  balance: Scalars['Int']['output'];
  contactId: Scalars['ID']['output'];
  duplicate: Scalars['Boolean']['output'];
  /** The customer is a club member (after this purchase) */
  member: Scalars['Boolean']['output'];
  /** Points this purchase earned (on a duplicate: what the first report earned) */
  pointsEarned: Scalars['Int']['output'];
  tier?: Maybe<PluginTier>;
  /** Vouchers this purchase handed out (next-purchase voucher, a full stamp card) */
  vouchers: Array<Voucher>;
};

/** What recordReturn did; a repeat of the same (source, externalOrderId, externalReturnId) answers duplicate and takes nothing back */
export type RecordedReturn = {
  __typename?: 'RecordedReturn';
  /** Rial of the order still to return */
  amountLeft: Scalars['SafeInt']['output'];
  /** Rial of the order returned so far, this return included */
  amountReturned: Scalars['SafeInt']['output'];
  balance: Scalars['Int']['output'];
  contactId: Scalars['ID']['output'];
  duplicate: Scalars['Boolean']['output'];
  /** Points this return took back (its share of the purchase’s points, as far as the balance still holds them; on a duplicate: what the first report took) */
  pointsReversed: Scalars['Int']['output'];
  /** Stamps this return took off the stamp cards */
  stampsReversed: Scalars['Int']['output'];
  tier?: Maybe<PluginTier>;
};

export type Recurrence =
  | 'ONCE'
  | 'YEARLY';

export type Redemption = {
  __typename?: 'Redemption';
  /** Balance after the redemption */
  balance: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  points: Scalars['Int']['output'];
  reward: Reward;
  voucher: Voucher;
};

export type ReferralInfo = {
  __typename?: 'ReferralInfo';
  code: Scalars['String']['output'];
  link: Scalars['String']['output'];
  pendingCount: Scalars['Int']['output'];
  successfulCount: Scalars['Int']['output'];
};

export type RegisterClubMemberInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Mobile number in any usual form */
  phone: Scalars['String']['input'];
};

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

export type ReplyToMyTicketInput = {
  /** Uploads (POST /attachments) to attach */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
};

export type ReplyToTicketInput = {
  /** Uploads (POST /attachments) to attach */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  body: Scalars['String']['input'];
  /** An internal note: never sent to, nor shown to, the customer */
  internal?: Scalars['Boolean']['input'];
  /** Status after a public reply, e.g. WAITING_ON_CUSTOMER */
  status?: InputMaybe<TicketStatus>;
};

export type RequestClubCodeInput = {
  /** fa or en: the language of the SMS (defaults to the contact’s, else the workspace’s) */
  language?: InputMaybe<Scalars['String']['input']>;
  /** The mobile number in any usual form (0912…, +98…, Persian digits) */
  phone: Scalars['String']['input'];
  purpose?: ClubCodePurpose;
  slug: Scalars['String']['input'];
};

/** A returned line of a plugin purchase: named by the productId or the sku it was reported with */
export type ReturnItemInput = {
  /** The Peyvand product of the purchase’s line */
  productId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  /** The shop’s SKU of the purchase’s line (when it had no productId) */
  sku?: InputMaybe<Scalars['String']['input']>;
};

export type ReturnLineInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type Reward = {
  __typename?: 'Reward';
  archived: Scalars['Boolean']['output'];
  categoryId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: RewardKind;
  maxDiscount?: Maybe<Scalars['SafeInt']['output']>;
  minOrderTotal: Scalars['SafeInt']['output'];
  name: Scalars['String']['output'];
  pointsCost: Scalars['Int']['output'];
  productId?: Maybe<Scalars['ID']['output']>;
  stampsRequired?: Maybe<Scalars['Int']['output']>;
  /** The voucher is valid this many days */
  validDays: Scalars['Int']['output'];
  voucherKind?: Maybe<CouponKind>;
  voucherValue?: Maybe<Scalars['SafeInt']['output']>;
};

export type RewardConnection = {
  __typename?: 'RewardConnection';
  edges: Array<RewardEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RewardEdge = {
  __typename?: 'RewardEdge';
  cursor: Scalars['String']['output'];
  node: Reward;
};

/** VOUCHER: a discount coupon for points; FREE_PRODUCT: one unit of a product free for points; STAMP_CARD: buy N of a product or category, get one free */
export type RewardKind =
  | 'FREE_PRODUCT'
  | 'STAMP_CARD'
  | 'VOUCHER';

export type RolePermissions = {
  __typename?: 'RolePermissions';
  permissions: Array<Scalars['String']['output']>;
  role: StaffRole;
};

export type SalesLine = {
  __typename?: 'SalesLine';
  /** The line’s share of the coupon */
  couponDiscount: Scalars['SafeInt']['output'];
  /** Everything taken off the line: (unitBasePrice − unitPrice) × quantity plus its coupon share */
  discount: Scalars['SafeInt']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  /** The product name as sold */
  productName: Scalars['String']['output'];
  productSku: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  tax: Scalars['SafeInt']['output'];
  /** Tax rate in basis points (900 = 9%) */
  taxRateBp: Scalars['Int']['output'];
  total: Scalars['SafeInt']['output'];
  unit?: Maybe<Scalars['String']['output']>;
  /** List price of one unit */
  unitBasePrice: Scalars['SafeInt']['output'];
  /** Price of one unit for this customer (after price lists) */
  unitPrice: Scalars['SafeInt']['output'];
};

export type SalesLineInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type SalesPerformance = {
  __typename?: 'SalesPerformance';
  period: SalesPeriod;
  /** Reps with a quota or credited payments in the period */
  reps: Array<SalesPerformanceRow>;
  teams: Array<SalesTeamPerformanceRow>;
};

/** One rep’s period: quota, paid amounts credited to them, attainment and commission */
export type SalesPerformanceRow = {
  __typename?: 'SalesPerformanceRow';
  /** Paid invoice amounts credited to the rep in the period, Rial */
  achieved: Scalars['SafeInt']['output'];
  /** achieved / target × 100, two decimals; null without a target */
  attainmentPercent?: Maybe<Scalars['Float']['output']>;
  /** Rial, by the rule that applies to the rep (0 without one) */
  commission: Scalars['SafeInt']['output'];
  commissionRuleId?: Maybe<Scalars['ID']['output']>;
  member?: Maybe<StaffMember>;
  memberId: Scalars['ID']['output'];
  /** The rep’s quota for the period, if one is set */
  target?: Maybe<Scalars['SafeInt']['output']>;
};

export type SalesPeriod = {
  __typename?: 'SalesPeriod';
  /** First instant after the period */
  endsAt: Scalars['DateTime']['output'];
  index: Scalars['Int']['output'];
  jalaliYear: Scalars['Int']['output'];
  kind: QuotaPeriodKind;
  /** First instant of the period in the workspace time zone */
  startsAt: Scalars['DateTime']['output'];
};

/** A Jalali month (month 1–12) or quarter (1–4) of a Jalali year: exactly one of them */
export type SalesPeriodInput = {
  jalaliYear: Scalars['Int']['input'];
  month?: InputMaybe<Scalars['Int']['input']>;
  quarter?: InputMaybe<Scalars['Int']['input']>;
};

/** A sales target of a rep or a team for a Jalali month or quarter, Rial */
export type SalesQuota = {
  __typename?: 'SalesQuota';
  id: Scalars['ID']['output'];
  jalaliYear: Scalars['Int']['output'];
  memberId?: Maybe<Scalars['ID']['output']>;
  /** Month 1–12 (1 = Farvardin) or quarter 1–4 */
  periodIndex: Scalars['Int']['output'];
  periodKind: QuotaPeriodKind;
  target: Scalars['SafeInt']['output'];
  teamId?: Maybe<Scalars['ID']['output']>;
};

export type SalesTeam = {
  __typename?: 'SalesTeam';
  id: Scalars['ID']['output'];
  leadMemberId?: Maybe<Scalars['ID']['output']>;
  memberIds: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
};

export type SalesTeamInput = {
  leadMemberId?: InputMaybe<Scalars['ID']['input']>;
  memberIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type SalesTeamPerformanceRow = {
  __typename?: 'SalesTeamPerformanceRow';
  /** Sum over the team’s current members */
  achieved: Scalars['SafeInt']['output'];
  attainmentPercent?: Maybe<Scalars['Float']['output']>;
  /** Sum of its members’ commissions */
  commission: Scalars['SafeInt']['output'];
  name: Scalars['String']['output'];
  target?: Maybe<Scalars['SafeInt']['output']>;
  teamId: Scalars['ID']['output'];
};

/** Totals of a sales document in Rial; total = subtotal − discountTotal + taxTotal */
export type SalesTotals = {
  __typename?: 'SalesTotals';
  /** The coupon’s part of discountTotal */
  couponDiscount: Scalars['SafeInt']['output'];
  /** Everything taken off: price lists and the coupon */
  discountTotal: Scalars['SafeInt']['output'];
  /** Sum of base prices × quantities */
  subtotal: Scalars['SafeInt']['output'];
  taxTotal: Scalars['SafeInt']['output'];
  total: Scalars['SafeInt']['output'];
};

export type SaveClubNewsInput = {
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  body: Scalars['String']['input'];
  /** English body; needs titleEn, and is required with it when the Persian body is not empty */
  bodyEn?: InputMaybe<Scalars['String']['input']>;
  /** Surveys and contests: closed to new answers from then on; null = open */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  /** Default NEWS; cannot change once members answered */
  kind?: InputMaybe<ClubNewsKind>;
  /** Points for opening it; null = the settings default */
  points?: InputMaybe<Scalars['Int']['input']>;
  /** Visible to members */
  published: Scalars['Boolean']['input'];
  /** Surveys: 1 to 50 questions (fixed once members answered, but for their wording) */
  questions?: InputMaybe<Array<SurveyQuestionInput>>;
  title: Scalars['String']['input'];
  /** Optional English title; empty or null = Persian only */
  titleEn?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SaveRewardInput = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Omit to create */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: RewardKind;
  /** PERCENT vouchers and category stamp cards: the most the voucher takes off */
  maxDiscount?: InputMaybe<Scalars['SafeInt']['input']>;
  minOrderTotal?: InputMaybe<Scalars['SafeInt']['input']>;
  name: Scalars['String']['input'];
  /** VOUCHER and FREE_PRODUCT: points it costs (stamp cards cost none) */
  pointsCost?: InputMaybe<Scalars['Int']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** STAMP_CARD: purchases of the product/category per free one */
  stampsRequired?: InputMaybe<Scalars['Int']['input']>;
  /** Days the voucher is valid; default 30 */
  validDays?: InputMaybe<Scalars['Int']['input']>;
  voucherKind?: InputMaybe<CouponKind>;
  /** PERCENT: basis points; FIXED: Rial */
  voucherValue?: InputMaybe<Scalars['SafeInt']['input']>;
};

export type SaveTierInput = {
  benefits?: InputMaybe<Scalars['String']['input']>;
  /** Letters, digits, _ or -; stored upper-case */
  code: Scalars['String']['input'];
  freeShipping?: InputMaybe<Scalars['Boolean']['input']>;
  /** Omit to create */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 100–1000; default 100 (×1) */
  multiplierPercent?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** A price list of kind TIER whose target is this code */
  priceListId?: InputMaybe<Scalars['ID']['input']>;
  /** Qualifying points (or purchases) over the window; 0 for the entry tier */
  threshold: Scalars['Int']['input'];
};

export type ScheduledJob = {
  __typename?: 'ScheduledJob';
  cron: Scalars['String']['output'];
  job: Scalars['String']['output'];
  kind: ScheduledJobKind;
  /** Daily jobs: the last day completed (the catch-up starts after it) */
  lastCompletedDay?: Maybe<Scalars['String']['output']>;
  lastRun?: Maybe<JobRun>;
  timeZone: Scalars['String']['output'];
};

/** SLOT: runs every cron slot; DAILY: one run per calendar day, caught up after downtime */
export type ScheduledJobKind =
  | 'DAILY'
  | 'SLOT';

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

/** One message (a template or one-off text, personalised per contact) to every contact matching the filter */
export type SendBulkMessageInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  channel: MessagingChannel;
  filter?: InputMaybe<ContactFilter>;
  /** A retry with the same key returns the first bulk send */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  params?: InputMaybe<Scalars['JSON']['input']>;
  /** Default: the template’s purpose; MARKETING messages go only to contacts with consent */
  purpose?: InputMaybe<MessagePurpose>;
  search?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
  templateKey?: InputMaybe<Scalars['String']['input']>;
};

export type SendMessageInput = {
  /** One-off plain text; may use the template variables ({{contact.firstName}} …) */
  body?: InputMaybe<Scalars['String']['input']>;
  channel: MessagingChannel;
  contactId: Scalars['ID']['input'];
  /** A retry with the same key returns the first message instead of sending again */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** fa or en; defaults to the workspace language */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Values of the template’s param variables, e.g. { "coupon.code": "NOWRUZ" } */
  params?: InputMaybe<Scalars['JSON']['input']>;
  /** Defaults to the template’s purpose; TRANSACTIONAL for one-off text */
  purpose?: InputMaybe<MessagePurpose>;
  /** One-off text: required for email */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** A saved template by id; instead of subject/body */
  templateId?: InputMaybe<Scalars['ID']['input']>;
  /** A saved template by key (in `language` or the workspace language, falling back to the other); instead of subject/body */
  templateKey?: InputMaybe<Scalars['String']['input']>;
};

export type SetClubPasswordInput = {
  /** Required when a password is already set */
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
};

/** Creates or replaces the rule of its target (ALL, a rep or a team) */
export type SetCommissionRuleInput = {
  appliesTo: CommissionAppliesTo;
  basis: CommissionBasis;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
  /** Ascending thresholds; the first starts at 0 */
  tiers: Array<CommissionTierInput>;
};

/** A rep’s or a team’s target: exactly one of memberId / teamId */
export type SetSalesQuotaInput = {
  memberId?: InputMaybe<Scalars['ID']['input']>;
  period: SalesPeriodInput;
  /** Rial, ≥ 0 */
  target: Scalars['SafeInt']['input'];
  teamId?: InputMaybe<Scalars['ID']['input']>;
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

/** SLA targets of a priority, in minutes */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  firstResponseMinutes: Scalars['Int']['output'];
  /** True while the workspace has not set its own targets for the priority */
  isDefault: Scalars['Boolean']['output'];
  priority: TicketPriority;
  resolutionMinutes: Scalars['Int']['output'];
  /** The assignee is warned this long before a target is missed */
  warnBeforeMinutes: Scalars['Int']['output'];
};

export type SlaPolicyInput = {
  firstResponseMinutes: Scalars['Int']['input'];
  priority: TicketPriority;
  resolutionMinutes: Scalars['Int']['input'];
  warnBeforeMinutes: Scalars['Int']['input'];
};

/** Write-only provider credentials; a field left out keeps its stored value, null removes it */
export type SmsCredentialsInput = {
  apiKey?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

/** A generic HTTP SMS gateway (non-secret part; secrets are in the write-only credentials) */
export type SmsGatewayConfigModel = {
  __typename?: 'SmsGatewayConfigModel';
  /** { field: template } */
  body: Scalars['JSON']['output'];
  contentType: SmsGatewayContentType;
  /** { header: template } */
  headers: Scalars['JSON']['output'];
  idPath?: Maybe<Scalars['String']['output']>;
  method: SmsGatewayMethod;
  numberFormat: SmsNumberFormat;
  successPath?: Maybe<Scalars['String']['output']>;
  successValue?: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

/** How a POST body is encoded */
export type SmsGatewayContentType =
  | 'FORM'
  | 'JSON';

export type SmsGatewayInput = {
  /** { field: template }, e.g. { "to": "{{to}}", "text": "{{text}}" }. Templates may use {{to}} {{text}} {{sender}} {{localId}} {{localIdNumber}} {{apiKey}} {{username}} {{password}} */
  body: Scalars['JSON']['input'];
  contentType?: SmsGatewayContentType;
  /** { header: template } */
  headers?: InputMaybe<Scalars['JSON']['input']>;
  /** Dot path to the provider’s message id in the JSON answer, e.g. entries.0.messageid */
  idPath?: InputMaybe<Scalars['String']['input']>;
  method?: SmsGatewayMethod;
  numberFormat?: SmsNumberFormat;
  /** Dot path checked in the JSON answer… */
  successPath?: InputMaybe<Scalars['String']['input']>;
  /** …against this value (as text) */
  successValue?: InputMaybe<Scalars['String']['input']>;
  /** http(s) URL; may be a template. Templates may use {{to}} {{text}} {{sender}} {{localId}} {{localIdNumber}} {{apiKey}} {{username}} {{password}} */
  url: Scalars['String']['input'];
};

/** GET sends the body fields in the query string */
export type SmsGatewayMethod =
  | 'GET'
  | 'POST';

/** How {{to}} is written: +989121234567, 09121234567 or 989121234567 */
export type SmsNumberFormat =
  | 'E164'
  | 'INTERNATIONAL_NO_PLUS'
  | 'NATIONAL';

/** How the network counts an SMS: UCS-2 (Persian) 70 / 67 per part, GSM-7 160 / 153 */
export type SmsParts = {
  __typename?: 'SmsParts';
  encoding: Scalars['String']['output'];
  parts: Scalars['Int']['output'];
  remaining: Scalars['Int']['output'];
  units: Scalars['Int']['output'];
};

/** DEFAULT: the server’s configured provider (SMS_PROVIDER); NONE: SMS stay NOT_SENT; KAVENEGAR; HTTP_GATEWAY: any HTTP API described by smsGateway */
export type SmsProviderKind =
  | 'DEFAULT'
  | 'HTTP_GATEWAY'
  | 'KAVENEGAR'
  | 'NONE';

/** An event staff can be alerted about, and the channels that reach the signed-in member for it */
export type StaffAlertPreference = {
  __typename?: 'StaffAlertPreference';
  /** Empty: no alert */
  channels: Array<MessagingChannel>;
  /** false while the defaults apply */
  customised: Scalars['Boolean']['output'];
  defaultChannels: Array<MessagingChannel>;
  /** In the viewer’s language */
  description: Scalars['String']['output'];
  event: Scalars['String']['output'];
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

export type StampCard = {
  __typename?: 'StampCard';
  /** Cards completed so far (each gave a free item voucher) */
  completed: Scalars['Int']['output'];
  required: Scalars['Int']['output'];
  reward: Reward;
  /** Stamps on the current card */
  stamps: Scalars['Int']['output'];
};

/** Stock of one product in one warehouse */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** onHand − reserved: what can still be sold from here */
  available: Scalars['Int']['output'];
  /** Stable id of this (warehouse, product) pair */
  id: Scalars['ID']['output'];
  onHand: Scalars['Int']['output'];
  productId: Scalars['ID']['output'];
  /** Promised to pro-formas/orders, not yet issued */
  reserved: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  warehouse: Warehouse;
  warehouseId: Scalars['ID']['output'];
};

export type StockLevelConnection = {
  __typename?: 'StockLevelConnection';
  edges: Array<StockLevelEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StockLevelEdge = {
  __typename?: 'StockLevelEdge';
  cursor: Scalars['String']['output'];
  node: StockLevel;
};

export type StockLevelFilter = {
  /** Only products whose total available is at or below their low-stock threshold */
  lowOnly?: InputMaybe<Scalars['Boolean']['input']>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** One row of the stock ledger; the levels always equal the sums of these deltas */
export type StockMovement = {
  __typename?: 'StockMovement';
  /** Who did it (null for the system or an API key) */
  actor?: Maybe<StaffMember>;
  createdAt: Scalars['DateTime']['output'];
  deltaOnHand: Scalars['Int']['output'];
  deltaReserved: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: StockMovementKind;
  productId: Scalars['ID']['output'];
  /** Units moved (always positive) */
  quantity: Scalars['Int']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** The document behind it, e.g. proforma:<id>, invoice:<id> */
  reference?: Maybe<Scalars['String']['output']>;
  warehouse: Warehouse;
  warehouseId: Scalars['ID']['output'];
};

export type StockMovementConnection = {
  __typename?: 'StockMovementConnection';
  edges: Array<StockMovementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StockMovementEdge = {
  __typename?: 'StockMovementEdge';
  cursor: Scalars['String']['output'];
  node: StockMovement;
};

export type StockMovementFilter = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  kinds?: InputMaybe<Array<StockMovementKind>>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** RECEIPT, RETURN, TRANSFER_IN add to on hand; RESERVE/RELEASE move reserved; ISSUE takes reserved goods out; ADJUSTMENT corrects a count */
export type StockMovementKind =
  | 'ADJUSTMENT'
  | 'ISSUE'
  | 'RECEIPT'
  | 'RELEASE'
  | 'RESERVE'
  | 'RETURN'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT';

export type StockTransferResult = {
  __typename?: 'StockTransferResult';
  from: StockLevel;
  to: StockLevel;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Incoming calls ringing at the signed-in staff member’s extension */
  incomingCall: ScreenPop;
  workspaceEvents: WorkspaceEvent;
};

/** An address marketing messages are never sent to (the do-not-contact list) */
export type Suppression = {
  __typename?: 'Suppression';
  /** Lower-case email address or E.164 phone number */
  address: Scalars['String']['output'];
  channel: MessagingChannel;
  createdAt: Scalars['DateTime']['output'];
  /** The staff member who added it */
  createdByMemberId?: Maybe<Scalars['ID']['output']>;
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The message that caused it (bounce, complaint, unsubscribe link) */
  messageId?: Maybe<Scalars['ID']['output']>;
  reason: SuppressionReason;
};

export type SuppressionConnection = {
  __typename?: 'SuppressionConnection';
  edges: Array<SuppressionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SuppressionEdge = {
  __typename?: 'SuppressionEdge';
  cursor: Scalars['String']['output'];
  node: Suppression;
};

export type SuppressionFilter = {
  channel?: InputMaybe<MessagingChannel>;
  reason?: InputMaybe<SuppressionReason>;
  /** Part of the address (any usual form of a phone number) */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** BOUNCED: hard bounce; UNSUBSCRIBED: the unsubscribe link; COMPLAINED: marked as spam; DO_NOT_CONTACT: added by staff */
export type SuppressionReason =
  | 'BOUNCED'
  | 'COMPLAINED'
  | 'DO_NOT_CONTACT'
  | 'UNSUBSCRIBED';

export type SurveyAnswerInput = {
  /** Choice questions: the chosen option ids (one for SINGLE_CHOICE) */
  optionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  questionId: Scalars['ID']['input'];
  /** TEXT questions: up to 2000 characters */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type SurveyOption = {
  __typename?: 'SurveyOption';
  /** Stable within its question (answers name it) */
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  textEn?: Maybe<Scalars['String']['output']>;
};

export type SurveyOptionInput = {
  /** Keep the id of an existing option; null = a new one */
  id?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
  textEn?: InputMaybe<Scalars['String']['input']>;
};

export type SurveyOptionResult = {
  __typename?: 'SurveyOptionResult';
  count: Scalars['Int']['output'];
  option: SurveyOption;
};

export type SurveyQuestion = {
  __typename?: 'SurveyQuestion';
  /** Stable within its survey (answers name it) */
  id: Scalars['ID']['output'];
  /** Choice questions: the choices; TEXT: empty */
  options: Array<SurveyOption>;
  required: Scalars['Boolean']['output'];
  /** Persian */
  text: Scalars['String']['output'];
  textEn?: Maybe<Scalars['String']['output']>;
  type: SurveyQuestionType;
};

export type SurveyQuestionInput = {
  /** Keep the id of an existing question; null = a new one */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Choice questions: 2 to 30 choices; TEXT: none */
  options?: InputMaybe<Array<SurveyOptionInput>>;
  required?: Scalars['Boolean']['input'];
  text: Scalars['String']['input'];
  textEn?: InputMaybe<Scalars['String']['input']>;
  type: SurveyQuestionType;
};

export type SurveyQuestionResult = {
  __typename?: 'SurveyQuestionResult';
  /** Respondents who answered this question */
  answered: Scalars['Int']['output'];
  /** Choice questions: members per option, in the order of the options */
  options: Array<SurveyOptionResult>;
  question: SurveyQuestion;
  /** TEXT questions: the answers, oldest first */
  texts: Array<Scalars['String']['output']>;
};

export type SurveyQuestionType =
  | 'MULTIPLE_CHOICE'
  | 'SINGLE_CHOICE'
  | 'TEXT';

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

/** A variable templates may use, for the editor’s picker */
export type TemplateVariable = {
  __typename?: 'TemplateVariable';
  descriptionEn: Scalars['String']['output'];
  descriptionFa: Scalars['String']['output'];
  kind: TemplateVariableKind;
  /** As written in a template, inside {{ }} */
  name: Scalars['String']['output'];
  source: TemplateVariableSource;
};

/** DATE: Jalali with Persian digits in fa, Gregorian in en; MONEY: integer Rial shown in the workspace display currency */
export type TemplateVariableKind =
  | 'DATE'
  | 'MONEY'
  | 'NUMBER'
  | 'TEXT';

/** CONTACT, WORKSPACE, DATE: read when the message is rendered; PARAM: supplied by the module that sends it */
export type TemplateVariableSource =
  | 'CONTACT'
  | 'DATE'
  | 'PARAM'
  | 'WORKSPACE';

/** What the provider answered to a test message sent synchronously (not through the outbox) */
export type TestMessageResult = {
  __typename?: 'TestMessageResult';
  /** The provider’s error, or why nothing was sent */
  error?: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
  providerMessageId?: Maybe<Scalars['String']['output']>;
};

/** A support ticket (تیکت): the customer’s request, its conversation, assignment and SLA clock */
export type Ticket = {
  __typename?: 'Ticket';
  /** The statuses setTicketStatus accepts from the current one */
  allowedTransitions: Array<TicketStatus>;
  assignee?: Maybe<StaffMember>;
  /** Every file of the ticket, internal notes’ included (each message lists its own) */
  attachments: Array<TicketAttachment>;
  categoryId?: Maybe<Scalars['ID']['output']>;
  channel: TicketChannel;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  contact?: Maybe<Contact>;
  createdAt: Scalars['DateTime']['output'];
  csatComment?: Maybe<Scalars['String']['output']>;
  /** When the customer answered it */
  csatRatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the CSAT survey was last sent (at resolve) */
  csatRequestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Customer satisfaction 1–5 */
  csatScore?: Maybe<Scalars['Int']['output']>;
  /** The first public reply */
  firstResponseAt?: Maybe<Scalars['DateTime']['output']>;
  /** SLA: the first public reply is due by then */
  firstResponseDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Assignment, status and SLA history */
  history: Array<TicketHistoryEvent>;
  id: Scalars['ID']['output'];
  /** The conversation for staff, internal notes included */
  messages: Array<TicketMessage>;
  /** Per workspace, in order of creation; shown to the customer as #number */
  number: Scalars['Int']['output'];
  priority: TicketPriority;
  queueId?: Maybe<Scalars['ID']['output']>;
  /** A related invoice (id only) */
  relatedInvoiceId?: Maybe<Scalars['ID']['output']>;
  /** A related product (id only) */
  relatedProductId?: Maybe<Scalars['ID']['output']>;
  reopenedCount: Scalars['Int']['output'];
  /** SLA: the ticket should be resolved by then */
  resolutionDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the assignee was warned of the coming resolution breach */
  resolutionWarnedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When a target was missed (the queue supervisor was alerted) */
  slaBreachedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set while WAITING_ON_CUSTOMER: the resolution clock stands still since then */
  slaPausedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Business minutes the resolution clock stood still in total (resolutionDueAt is already moved by them) */
  slaPausedMinutes: Scalars['Int']['output'];
  /** When the assignee was warned of the coming breach */
  slaWarnedAt?: Maybe<Scalars['DateTime']['output']>;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  tags: Array<Scalars['String']['output']>;
  type: TicketType;
  updatedAt: Scalars['DateTime']['output'];
};

/** FIXED expert, ROUND_ROBIN over the members, or the member with the fewest LEAST_OPEN tickets */
export type TicketAssignmentMode =
  | 'FIXED'
  | 'LEAST_OPEN'
  | 'ROUND_ROBIN';

/** A file on a ticket (image, PDF, office document or text; the type is sniffed from the content) */
export type TicketAttachment = {
  __typename?: 'TicketAttachment';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Sanitised: no path, no control or bidi-override characters */
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The message it came with (none: attached to the ticket itself) */
  messageId?: Maybe<Scalars['ID']['output']>;
  sizeBytes: Scalars['Int']['output'];
  /** A signed download link, valid for a short while (ATTACHMENT_LINK_TTL_SECONDS) */
  url: Scalars['String']['output'];
};

export type TicketCategory = {
  __typename?: 'TicketCategory';
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameFa: Scalars['String']['output'];
  /** New tickets of the category go to this queue */
  queueId?: Maybe<Scalars['ID']['output']>;
};

export type TicketCategoryCount = {
  __typename?: 'TicketCategoryCount';
  /** None: tickets without a category */
  categoryId?: Maybe<Scalars['ID']['output']>;
  complaints: Scalars['Int']['output'];
  count: Scalars['Int']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  nameFa?: Maybe<Scalars['String']['output']>;
};

/** Where the ticket came from */
export type TicketChannel =
  | 'API'
  | 'CLUB'
  | 'DASHBOARD'
  | 'EMAIL'
  | 'PHONE'
  | 'SMS';

export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TicketCsatStats = {
  __typename?: 'TicketCsatStats';
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** Responses per score 1..5 */
  distribution: Array<Scalars['Int']['output']>;
  responses: Scalars['Int']['output'];
  /** Share of 4 and 5 among the responses */
  satisfiedRate?: Maybe<Scalars['Float']['output']>;
  surveysSent: Scalars['Int']['output'];
};

export type TicketDurationStats = {
  __typename?: 'TicketDurationStats';
  /** Mean in minutes (wall-clock) */
  averageMinutes?: Maybe<Scalars['Float']['output']>;
  /** Tickets measured */
  count: Scalars['Int']['output'];
  /** Median in minutes (wall-clock) */
  medianMinutes?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile in minutes (wall-clock) */
  p90Minutes?: Maybe<Scalars['Float']['output']>;
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

export type TicketEventKind =
  | 'ASSIGNED'
  | 'CREATED'
  | 'CSAT_RATED'
  | 'REOPENED'
  | 'SLA_BREACHED'
  | 'SLA_PAUSED'
  | 'SLA_RESUMED'
  | 'SLA_WARNED'
  | 'STATUS_CHANGED';

export type TicketFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Live tickets with an SLA target due within this many minutes (or already missed) */
  breachingWithinMinutes?: InputMaybe<Scalars['Int']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tickets assigned to the signed-in member */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  queueId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<TicketStatus>>;
  /** Only tickets nobody is assigned to */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Assignment, status and SLA history of a ticket (append-only) */
export type TicketHistoryEvent = {
  __typename?: 'TicketHistoryEvent';
  /** Who did it (none for automatic steps) */
  actor?: Maybe<StaffMember>;
  createdAt: Scalars['DateTime']['output'];
  data: Scalars['JSON']['output'];
  fromValue?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: TicketEventKind;
  toValue?: Maybe<Scalars['String']['output']>;
};

/** A canned reply; {{contact.firstName}}, {{contact.fullName}}, {{ticket.number}}, {{ticket.subject}}, {{workspace.name}} are filled in */
export type TicketMacro = {
  __typename?: 'TicketMacro';
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type TicketMacroInput = {
  /** May use {{contact.firstName}}, {{contact.lastName}}, {{contact.fullName}}, {{ticket.number}}, {{ticket.subject}}, {{workspace.name}} */
  body: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** One entry of a ticket’s conversation */
export type TicketMessage = {
  __typename?: 'TicketMessage';
  attachments: Array<TicketAttachment>;
  /** The staff author of a reply or note */
  author?: Maybe<StaffMember>;
  /** The customer, for CUSTOMER_MESSAGE */
  authorContactId?: Maybe<Scalars['ID']['output']>;
  body: Scalars['String']['output'];
  channel: TicketChannel;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: TicketMessageKind;
  /** The outbox message that carried a public reply to the customer */
  outboundMessageId?: Maybe<Scalars['ID']['output']>;
};

/** INTERNAL_NOTE is never sent to or shown to the customer */
export type TicketMessageKind =
  | 'CUSTOMER_MESSAGE'
  | 'INTERNAL_NOTE'
  | 'PUBLIC_REPLY';

/** Help desk figures of the tickets created in [from, to), from stored facts */
export type TicketMetrics = {
  __typename?: 'TicketMetrics';
  byCategory: Array<TicketCategoryCount>;
  byType: Array<TicketTypeCount>;
  /** complaints / total */
  complaintRate?: Maybe<Scalars['Float']['output']>;
  complaints: Scalars['Int']['output'];
  csat: TicketCsatStats;
  /** Creation → first public reply */
  firstResponse: TicketDurationStats;
  from: Scalars['DateTime']['output'];
  /** Still NEW, OPEN or WAITING_ON_CUSTOMER */
  open: Scalars['Int']['output'];
  /** Creation → (last) resolution */
  resolution: TicketDurationStats;
  sla: TicketSlaStats;
  to: Scalars['DateTime']['output'];
  total: Scalars['Int']['output'];
};

/** Chooses the SLA policy (first-response and resolution targets) */
export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** A team of experts tickets are assigned within */
export type TicketQueue = {
  __typename?: 'TicketQueue';
  assignmentMode: TicketAssignmentMode;
  fixedMemberId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  memberIds: Array<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  /** Alerted when a ticket of the queue breaches its SLA */
  supervisorMemberId?: Maybe<Scalars['ID']['output']>;
};

export type TicketQueueInput = {
  assignmentMode?: TicketAssignmentMode;
  /** Required for FIXED */
  fixedMemberId?: InputMaybe<Scalars['ID']['input']>;
  memberIds?: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  supervisorMemberId?: InputMaybe<Scalars['ID']['input']>;
};

/** Tickets whose SLA can be judged: resolved, or past a target */
export type TicketSlaStats = {
  __typename?: 'TicketSlaStats';
  /** met / measured */
  complianceRate?: Maybe<Scalars['Float']['output']>;
  firstResponseMissed: Scalars['Int']['output'];
  measured: Scalars['Int']['output'];
  /** Both targets met */
  met: Scalars['Int']['output'];
  resolutionMissed: Scalars['Int']['output'];
};

/** NEW → OPEN → WAITING_ON_CUSTOMER → RESOLVED → CLOSED; a customer message reopens a RESOLVED ticket; CLOSED is final */
export type TicketStatus =
  | 'CLOSED'
  | 'NEW'
  | 'OPEN'
  | 'RESOLVED'
  | 'WAITING_ON_CUSTOMER';

export type TicketType =
  | 'COMPLAINT'
  | 'PROBLEM'
  | 'QUESTION'
  | 'REQUEST';

export type TicketTypeCount = {
  __typename?: 'TicketTypeCount';
  count: Scalars['Int']['output'];
  type: TicketType;
};

/** Per-workspace help desk settings */
export type TicketingSettings = {
  __typename?: 'TicketingSettings';
  /** RESOLVED tickets are closed after this many days (0: never) */
  autoCloseDays: Scalars['Int']['output'];
  /** Send the satisfaction survey when a ticket is resolved */
  csatEnabled: Scalars['Boolean']['output'];
  /** The first word of an inbound SMS that opens a ticket */
  smsKeywords: Array<Scalars['String']['output']>;
};

/** A club level (like Miles & More): reached at a threshold over the rolling window, with its benefits */
export type Tier = {
  __typename?: 'Tier';
  benefits?: Maybe<Scalars['String']['output']>;
  /** Upper-case code; TIER price lists with this target give the tier its prices */
  code: Scalars['String']['output'];
  freeShipping: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Earned points × this / 100 */
  multiplierPercent: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The TIER price list of this tier */
  priceListId?: Maybe<Scalars['ID']['output']>;
  threshold: Scalars['Int']['output'];
};

/** What tier thresholds count over the rolling window: points earned, or purchases */
export type TierBasis =
  | 'POINTS_EARNED'
  | 'PURCHASE_COUNT';

export type TierChange = {
  __typename?: 'TierChange';
  createdAt: Scalars['DateTime']['output'];
  fromTierName?: Maybe<Scalars['String']['output']>;
  qualifying: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  toTierName?: Maybe<Scalars['String']['output']>;
};

export type TierStatus = {
  __typename?: 'TierStatus';
  basis: TierBasis;
  current?: Maybe<Tier>;
  next?: Maybe<Tier>;
  /** 0–100 from the current tier towards the next (100 at the top) */
  progressPercent: Scalars['Int']['output'];
  /** Points earned (or purchases) over the window */
  qualifying: Scalars['Int']['output'];
  since?: Maybe<Scalars['DateTime']['output']>;
  /** Still needed for the next tier */
  toNext?: Maybe<Scalars['Int']['output']>;
  windowMonths: Scalars['Int']['output'];
};

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
  | 'CLUB'
  | 'CONSENT'
  | 'CONTACT_CREATED'
  | 'CONTACT_MERGED'
  | 'EMAIL'
  | 'INVOICE'
  | 'MEETING'
  | 'NOTE'
  | 'OPPORTUNITY'
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

export type TransferStockInput = {
  fromWarehouseId: Scalars['ID']['input'];
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  toWarehouseId: Scalars['ID']['input'];
};

export type UpcomingImportantDate = {
  __typename?: 'UpcomingImportantDate';
  channel: Scalars['String']['output'];
  contactId?: Maybe<Scalars['ID']['output']>;
  /** True when the greeting of this occurrence was already handled */
  handled: Scalars['Boolean']['output'];
  importantDateId: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** The occurrence (Gregorian YYYY-MM-DD) */
  occurrence: Scalars['String']['output'];
  /** The day its greeting is sent (occurrence minus lead days) */
  sendDay: Scalars['String']['output'];
  subjectName: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type UpcomingImportantDateConnection = {
  __typename?: 'UpcomingImportantDateConnection';
  edges: Array<UpcomingImportantDateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UpcomingImportantDateEdge = {
  __typename?: 'UpcomingImportantDateEdge';
  cursor: Scalars['String']['output'];
  node: UpcomingImportantDate;
};

export type UpdateBusinessCalendarInput = {
  /** Replaces the whole list (at most 500) */
  holidays?: InputMaybe<Array<BusinessHolidayInput>>;
  /** Exactly seven lists, index 0 = Sunday … 6 = Saturday */
  week?: InputMaybe<Array<Array<BusinessHoursRangeInput>>>;
};

export type UpdateClubProfileInput = {
  /** Usually Jalali */
  birthDate?: InputMaybe<CalendarDateInput>;
  city?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Gender>;
  lastName?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateClubSettingsInput = {
  afterSalesPanel?: InputMaybe<Scalars['Boolean']['input']>;
  approach?: InputMaybe<ClubApproach>;
  /** Empty or null: the workspace name */
  displayNameEn?: InputMaybe<Scalars['String']['input']>;
  /** Empty or null: the workspace name */
  displayNameFa?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  logoUrl?: InputMaybe<Scalars['String']['input']>;
  /** #rrggbb */
  primaryColor?: InputMaybe<Scalars['String']['input']>;
};

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

/** The code and kind of a coupon cannot change (it may already be in customers’ hands) */
export type UpdateCouponInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  categoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** PERCENT only: the most it takes off, in Rial */
  maxDiscount?: InputMaybe<Scalars['SafeInt']['input']>;
  /** null = unlimited; 1 = single use */
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  /** Rial; default 0 */
  minOrderTotal?: InputMaybe<Scalars['SafeInt']['input']>;
  perContactLimit?: InputMaybe<Scalars['Int']['input']>;
  productIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive */
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
  value?: InputMaybe<Scalars['SafeInt']['input']>;
};

/** Only the fields given change */
export type UpdateLoyaltySettingsInput = {
  birthdayPoints?: InputMaybe<Scalars['Int']['input']>;
  callPoints?: InputMaybe<Scalars['Int']['input']>;
  contestPoints?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces all caps; a source not listed has no cap */
  dailyCaps?: InputMaybe<Array<DailyCapInput>>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** null = points never expire */
  expiryMonths?: InputMaybe<Scalars['Int']['input']>;
  expiryWarningDays?: InputMaybe<Scalars['Int']['input']>;
  newsPoints?: InputMaybe<Scalars['Int']['input']>;
  nextVoucherEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  nextVoucherKind?: InputMaybe<CouponKind>;
  nextVoucherMaxDiscount?: InputMaybe<Scalars['SafeInt']['input']>;
  nextVoucherMinOrder?: InputMaybe<Scalars['SafeInt']['input']>;
  nextVoucherValidDays?: InputMaybe<Scalars['Int']['input']>;
  nextVoucherValue?: InputMaybe<Scalars['SafeInt']['input']>;
  purchasePoints?: InputMaybe<Scalars['Int']['input']>;
  purchaseUnit?: InputMaybe<Scalars['SafeInt']['input']>;
  refereePoints?: InputMaybe<Scalars['Int']['input']>;
  referrerPoints?: InputMaybe<Scalars['Int']['input']>;
  smsPoints?: InputMaybe<Scalars['Int']['input']>;
  surveyPoints?: InputMaybe<Scalars['Int']['input']>;
  tierBasis?: InputMaybe<TierBasis>;
  tierMultipliers?: InputMaybe<Scalars['Boolean']['input']>;
  tierWindowMonths?: InputMaybe<Scalars['Int']['input']>;
};

/** Fields to change; channel and language are fixed (create the other translation as its own template) */
export type UpdateMessageTemplateInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<MessagePurpose>;
  /** null removes it (SMS) */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out keep their value; null clears a text field (back to the default) */
export type UpdateMessagingSettingsInput = {
  /** Remove the stored DKIM private key (mail is no longer signed) */
  clearDkimKey?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remove every stored SMS credential */
  clearSmsCredentials?: InputMaybe<Scalars['Boolean']['input']>;
  /** The signing domain (d=) */
  dkimDomain?: InputMaybe<Scalars['String']['input']>;
  /** Write-only: an RSA private key in PEM */
  dkimPrivateKey?: InputMaybe<Scalars['String']['input']>;
  /** The DNS selector (s=) */
  dkimSelector?: InputMaybe<Scalars['String']['input']>;
  emailFromAddress?: InputMaybe<Scalars['String']['input']>;
  emailFromName?: InputMaybe<Scalars['String']['input']>;
  emailPerSecond?: InputMaybe<Scalars['Int']['input']>;
  emailReplyTo?: InputMaybe<Scalars['String']['input']>;
  /** Kavenegar API base URL (null: the server default) */
  kavenegarUrl?: InputMaybe<Scalars['String']['input']>;
  /** Minute of the day, 0–1439 */
  quietHoursEnd?: InputMaybe<Scalars['Int']['input']>;
  /** Minute of the day, 0–1439 */
  quietHoursStart?: InputMaybe<Scalars['Int']['input']>;
  smsCredentials?: InputMaybe<SmsCredentialsInput>;
  /** The HTTP gateway (used when smsProvider is HTTP_GATEWAY); null removes it */
  smsGateway?: InputMaybe<SmsGatewayInput>;
  smsPerSecond?: InputMaybe<Scalars['Int']['input']>;
  smsProvider?: InputMaybe<SmsProviderKind>;
  /** The sender line number (digits) */
  smsSender?: InputMaybe<Scalars['String']['input']>;
};

/** The signed-in staff member’s own profile; omitted fields stay as they are */
export type UpdateMyProfileInput = {
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** fa or en: the language of the dashboard and of staff alerts */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Mobile number for SMS alerts (Iranian or international); empty string removes it */
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOpportunityInput = {
  amount?: InputMaybe<Scalars['SafeInt']['input']>;
  expectedCloseDate?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Percent; null goes back to the stage’s default */
  probability?: InputMaybe<Scalars['Int']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePipelineStageInput = {
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFa?: InputMaybe<Scalars['String']['input']>;
  /** OPEN columns only; deals that follow the stage default take the new value */
  probability?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdatePriceListInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<PriceListKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** Tier code, segment id or contact id (by kind); none for ALL */
  target?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Exclusive */
  validTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type UpdateProductCategoryInput = {
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFa?: InputMaybe<Scalars['String']['input']>;
  /** null = a top-level category */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  basePrice?: InputMaybe<Scalars['SafeInt']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  imageUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  lowStockThreshold?: InputMaybe<Scalars['Int']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFa?: InputMaybe<Scalars['String']['input']>;
  sku?: InputMaybe<Scalars['String']['input']>;
  /** Basis points, 0–10000 (1000 = 10%); default 0 */
  taxRateBp?: InputMaybe<Scalars['Int']['input']>;
  /** Default عدد */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Only while DRAFT; lines given replace all lines and are priced again */
export type UpdateProformaInput = {
  /** Empty string removes the coupon */
  couponCode?: InputMaybe<Scalars['String']['input']>;
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  lines?: InputMaybe<Array<SalesLineInput>>;
  notes?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out stay as they are; a new priority recomputes the SLA due times from the creation time */
export type UpdateTicketInput = {
  /** Also moves the ticket to the category’s queue (the assignee stays) */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<TicketPriority>;
  subject?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  type?: InputMaybe<TicketType>;
};

export type UpdateTicketQueueInput = {
  assignmentMode?: InputMaybe<TicketAssignmentMode>;
  fixedMemberId?: InputMaybe<Scalars['ID']['input']>;
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  supervisorMemberId?: InputMaybe<Scalars['ID']['input']>;
};

/** Fields left out stay as they are */
export type UpdateTicketingSettingsInput = {
  autoCloseDays?: InputMaybe<Scalars['Int']['input']>;
  csatEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  smsKeywords?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateWarehouseInput = {
  /** An inactive warehouse keeps its stock but takes no receipts or reservations */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  /** Only true is meaningful: making another warehouse the default unsets this one */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
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
  /** Mobile number (E.164) that staff alerts by SMS go to */
  phone?: Maybe<Scalars['String']['output']>;
};

export type VerifyClubCodeInput = {
  code: Scalars['String']['input'];
  /** For a new member */
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  phone: Scalars['String']['input'];
  /** A member’s referral code (loyalty records the referral) */
  referralCode?: InputMaybe<Scalars['String']['input']>;
  slug: Scalars['String']['input'];
  /** The new member agrees to receive the club’s SMS news and offers */
  smsConsent?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Who is calling: a staff member (user + role) or an API key */
export type Viewer = {
  __typename?: 'Viewer';
  permissions: Array<Scalars['String']['output']>;
  role?: Maybe<StaffRole>;
  user?: Maybe<User>;
  workspace: Workspace;
};

/** A coupon the member can use now */
export type Voucher = {
  __typename?: 'Voucher';
  categoryIds: Array<Scalars['ID']['output']>;
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The coupon id */
  id: Scalars['ID']['output'];
  kind: CouponKind;
  maxDiscount?: Maybe<Scalars['SafeInt']['output']>;
  minOrderTotal: Scalars['SafeInt']['output'];
  /** null: a coupon staff gave the member */
  origin?: Maybe<VoucherOrigin>;
  productIds: Array<Scalars['ID']['output']>;
  validTo?: Maybe<Scalars['DateTime']['output']>;
  value: Scalars['SafeInt']['output'];
};

export type VoucherOrigin =
  | 'NEXT_PURCHASE'
  | 'REWARD'
  | 'STAMP_CARD';

/** A place stock is kept (انبار) */
export type Warehouse = {
  __typename?: 'Warehouse';
  active: Scalars['Boolean']['output'];
  address?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Reservations are taken from here first */
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type WarehouseEdge = {
  __typename?: 'WarehouseEdge';
  cursor: Scalars['String']['output'];
  node: Warehouse;
};

/** A warehouse issue (حواله انبار): the goods of an invoice taken out of stock and sent */
export type WarehouseIssue = {
  __typename?: 'WarehouseIssue';
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The customer (the delivery address) */
  contact?: Maybe<Contact>;
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  invoice?: Maybe<Invoice>;
  issuedAt: Scalars['DateTime']['output'];
  issuedAtJalali: Scalars['String']['output'];
  lines: Array<WarehouseIssueLine>;
  number: Scalars['Int']['output'];
  returnedAt?: Maybe<Scalars['DateTime']['output']>;
  shippedAt?: Maybe<Scalars['DateTime']['output']>;
  status: WarehouseIssueStatus;
  trackingCode?: Maybe<Scalars['String']['output']>;
};

export type WarehouseIssueConnection = {
  __typename?: 'WarehouseIssueConnection';
  edges: Array<WarehouseIssueEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WarehouseIssueEdge = {
  __typename?: 'WarehouseIssueEdge';
  cursor: Scalars['String']['output'];
  node: WarehouseIssue;
};

export type WarehouseIssueFilter = {
  contactId?: InputMaybe<Scalars['ID']['input']>;
  invoiceId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<WarehouseIssueStatus>;
};

export type WarehouseIssueLine = {
  __typename?: 'WarehouseIssueLine';
  productId: Scalars['ID']['output'];
  productName: Scalars['String']['output'];
  productSku: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  returnedQuantity: Scalars['Int']['output'];
};

/** ISSUED (out of stock) → SHIPPED → DELIVERED; RETURNED (stock restored); CANCELLED with its invoice */
export type WarehouseIssueStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'ISSUED'
  | 'RETURNED'
  | 'SHIPPED';

/** What the won deal was sold as: a DRAFT pro-forma for the deal’s contact and rep, priced by the catalog */
export type WinProformaInput = {
  couponCode?: InputMaybe<Scalars['String']['input']>;
  lines: Array<SalesLineInput>;
  notes?: InputMaybe<Scalars['String']['input']>;
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

export type LogoutClubMemberMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutClubMemberMutation = { __typename?: 'Mutation', logoutClubMember: boolean };

export type RefreshClubSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshClubSessionMutation = { __typename?: 'Mutation', refreshClubSession: { __typename?: 'ClubSession', accessToken: string, refreshToken: string, expiresAt: string, joined: boolean, member: { __typename?: 'ClubMembership', id: string, contactId: string, status: ClubMemberStatus, joinedAt: string } } };

export type RequestClubCodeMutationVariables = Exact<{
  input: RequestClubCodeInput;
}>;


export type RequestClubCodeMutation = { __typename?: 'Mutation', requestClubCode: { __typename?: 'ClubCodeRequest', phone: string, expiresAt: string, resendAfter: string, codeLength: number, registered: boolean } };

export type ClubSessionFieldsFragment = { __typename?: 'ClubSession', accessToken: string, refreshToken: string, expiresAt: string, joined: boolean, member: { __typename?: 'ClubMembership', id: string, contactId: string, status: ClubMemberStatus, joinedAt: string } };

export type VerifyClubCodeMutationVariables = Exact<{
  input: VerifyClubCodeInput;
}>;


export type VerifyClubCodeMutation = { __typename?: 'Mutation', verifyClubCode: { __typename?: 'ClubSession', accessToken: string, refreshToken: string, expiresAt: string, joined: boolean, member: { __typename?: 'ClubMembership', id: string, contactId: string, status: ClubMemberStatus, joinedAt: string } } };

export type PublicClubQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicClubQuery = { __typename?: 'Query', publicClub: { __typename?: 'PublicClub', slug: string, enabled: boolean, nameFa: string, nameEn: string, logoUrl?: string | null, primaryColor: string, approach: ClubApproach, signUpOpen: boolean, afterSalesPanel: boolean, displayCurrency: string, defaultLocale: string }, publicWorkspace?: { __typename?: 'PublicWorkspace', branding: { __typename?: 'ClubBranding', tagline?: string | null } } | null };

export type ClickClubNewsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClickClubNewsMutation = { __typename?: 'Mutation', clickClubNews: { __typename?: 'NewsClick', pointsAwarded: number, balance: number, news: { __typename?: 'ClubNewsItem', id: string, clicked: boolean } } };

export type ClubNewsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClubNewsQuery = { __typename?: 'Query', clubNews: Array<{ __typename?: 'ClubNewsItem', id: string, kind: ClubNewsKind, title: string, body: string, titleEn?: string | null, bodyEn?: string | null, url?: string | null, imageUrl?: string | null, points: number, publishedAt?: string | null, clicked: boolean, answered: boolean, pointsEarned: number, closed: boolean, endsAt?: string | null, questions: Array<{ __typename?: 'SurveyQuestion', id: string, text: string, textEn?: string | null, type: SurveyQuestionType, required: boolean, options: Array<{ __typename?: 'SurveyOption', id: string, text: string, textEn?: string | null }> }> }> };

export type ClubRewardsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClubRewardsQuery = { __typename?: 'Query', clubRewards: Array<{ __typename?: 'Reward', id: string, kind: RewardKind, name: string, description?: string | null, pointsCost: number, voucherKind?: CouponKind | null, voucherValue?: number | null, maxDiscount?: number | null, minOrderTotal: number, validDays: number, stampsRequired?: number | null }> };

export type MyPointsHistoryQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyPointsHistoryQuery = { __typename?: 'Query', myPointsHistory: { __typename?: 'PointsEntryConnection', totalCount: number, edges: Array<{ __typename?: 'PointsEntryEdge', node: { __typename?: 'PointsEntry', id: string, kind: PointsKind, source: PointsSource, delta: number, reason: string, expiresAt?: string | null, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MyPointsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPointsQuery = { __typename?: 'Query', myPoints: { __typename?: 'PointsSummary', balance: number, lifetimeEarned: number, expiringSoon: number, nextExpiryAt?: string | null } };

export type MyReferralQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReferralQuery = { __typename?: 'Query', myReferral: { __typename?: 'ReferralInfo', code: string, link: string, successfulCount: number, pendingCount: number } };

export type MyStampCardsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyStampCardsQuery = { __typename?: 'Query', myStampCards: Array<{ __typename?: 'StampCard', stamps: number, required: number, completed: number, reward: { __typename?: 'Reward', id: string, name: string, description?: string | null } }> };

export type MyTierQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTierQuery = { __typename?: 'Query', myTier: { __typename?: 'TierStatus', basis: TierBasis, windowMonths: number, qualifying: number, toNext?: number | null, progressPercent: number, since?: string | null, current?: { __typename?: 'Tier', id: string, name: string, multiplierPercent: number, freeShipping: boolean, benefits?: string | null } | null, next?: { __typename?: 'Tier', id: string, name: string, threshold: number } | null } };

export type MyVouchersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVouchersQuery = { __typename?: 'Query', myVouchers: Array<{ __typename?: 'Voucher', id: string, code: string, description?: string | null, kind: CouponKind, value: number, maxDiscount?: number | null, minOrderTotal: number, validTo?: string | null, origin?: VoucherOrigin | null }> };

export type ParticipateInClubNewsMutationVariables = Exact<{
  input: ParticipateInClubNewsInput;
}>;


export type ParticipateInClubNewsMutation = { __typename?: 'Mutation', participateInClubNews: { __typename?: 'ClubParticipation', pointsAwarded: number, balance: number, news: { __typename?: 'ClubNewsItem', id: string, answered: boolean, pointsEarned: number } } };

export type RedeemRewardMutationVariables = Exact<{
  rewardId: Scalars['ID']['input'];
  idempotencyKey: Scalars['String']['input'];
}>;


export type RedeemRewardMutation = { __typename?: 'Mutation', redeemReward: { __typename?: 'Redemption', id: string, points: number, balance: number, voucher: { __typename?: 'Voucher', id: string, code: string } } };

export type AddMyFamilyMemberMutationVariables = Exact<{
  input: AddMyFamilyMemberInput;
}>;


export type AddMyFamilyMemberMutation = { __typename?: 'Mutation', addMyFamilyMember: { __typename?: 'ClubFamilyMember', id: string } };

export type AddMyImportantDateMutationVariables = Exact<{
  input: AddMyImportantDateInput;
}>;


export type AddMyImportantDateMutation = { __typename?: 'Mutation', addMyImportantDate: { __typename?: 'ImportantDate', id: string } };

export type ClubMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ClubMeQuery = { __typename?: 'Query', clubMe: { __typename?: 'ClubMemberProfile', contactId: string, firstName: string, lastName: string, fullName: string, phone?: string | null, email?: string | null, city?: string | null, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, consents: Array<{ __typename?: 'Consent', channel: ConsentChannel, status: ConsentStatus }>, membership: { __typename?: 'ClubMembership', id: string, joinedAt: string, joinedVia: ClubJoinVia } } };

export type MyCallsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyCallsQuery = { __typename?: 'Query', myCalls: { __typename?: 'ClubCallConnection', totalCount: number, edges: Array<{ __typename?: 'ClubCallEdge', node: { __typename?: 'ClubCall', id: string, direction: string, occurredAt: string, summary: string, durationSeconds?: number | null, status?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ImportantDateFieldsFragment = { __typename?: 'ImportantDate', id: string, kind: ImportantDateKind, title?: string | null, nextOccurrence?: string | null, daysUntil?: number | null, date: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } };

export type MyFamilyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFamilyQuery = { __typename?: 'Query', myFamily: Array<{ __typename?: 'ClubFamilyMember', id: string, relation: Relation, name: string, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, importantDates: Array<{ __typename?: 'ImportantDate', id: string, kind: ImportantDateKind, title?: string | null, nextOccurrence?: string | null, daysUntil?: number | null, date: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } }> }>, myImportantDates: Array<{ __typename?: 'ImportantDate', id: string, kind: ImportantDateKind, title?: string | null, nextOccurrence?: string | null, daysUntil?: number | null, date: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } }> };

export type MyMessagesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyMessagesQuery = { __typename?: 'Query', myMessages: { __typename?: 'MemberMessageConnection', totalCount: number, edges: Array<{ __typename?: 'MemberMessageEdge', node: { __typename?: 'MemberMessage', id: string, channel: string, direction: string, subject?: string | null, body: string, status: string, createdAt: string, sentAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MemberSalesLineFieldsFragment = { __typename?: 'MemberSalesLine', productId: string, productName: string, unit?: string | null, quantity: number, unitPrice: number, total: number };

export type MyOrdersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyOrdersQuery = { __typename?: 'Query', myOrders: { __typename?: 'MemberOrderConnection', totalCount: number, edges: Array<{ __typename?: 'MemberOrderEdge', node: { __typename?: 'MemberOrder', id: string, number: number, source: ProformaSource, status: ProformaStatus, couponCode?: string | null, createdAt: string, totals: { __typename?: 'SalesTotals', subtotal: number, discountTotal: number, taxTotal: number, total: number }, lines: Array<{ __typename?: 'MemberSalesLine', productId: string, productName: string, unit?: string | null, quantity: number, unitPrice: number, total: number }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MyPurchasesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyPurchasesQuery = { __typename?: 'Query', myPurchases: { __typename?: 'MemberPurchaseConnection', totalCount: number, edges: Array<{ __typename?: 'MemberPurchaseEdge', node: { __typename?: 'MemberPurchase', id: string, numberDisplay: string, status: InvoiceStatus, paymentStatus: PaymentStatus, issuedAt: string, paidTotal: number, balance: number, totals: { __typename?: 'SalesTotals', subtotal: number, discountTotal: number, taxTotal: number, total: number }, lines: Array<{ __typename?: 'MemberSalesLine', productId: string, productName: string, unit?: string | null, quantity: number, unitPrice: number, total: number }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RemoveMyFamilyMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveMyFamilyMemberMutation = { __typename?: 'Mutation', removeMyFamilyMember: boolean };

export type RemoveMyImportantDateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveMyImportantDateMutation = { __typename?: 'Mutation', removeMyImportantDate: boolean };

export type UpdateClubConsentMutationVariables = Exact<{
  input: ClubConsentInput;
}>;


export type UpdateClubConsentMutation = { __typename?: 'Mutation', updateClubConsent: { __typename?: 'ClubMemberProfile', contactId: string } };

export type UpdateClubProfileMutationVariables = Exact<{
  input: UpdateClubProfileInput;
}>;


export type UpdateClubProfileMutation = { __typename?: 'Mutation', updateClubProfile: { __typename?: 'ClubMemberProfile', contactId: string } };

export type ClubOrderFieldsFragment = { __typename?: 'ClubOrder', id: string, number: number, stage: ClubOrderStage, proformaStatus: ProformaStatus, invoiceNumber?: string | null, paymentStatus?: PaymentStatus | null, shipmentStatus?: WarehouseIssueStatus | null, trackingCode?: string | null, couponCode?: string | null, expiresAt?: string | null, createdAt: string, totals: { __typename?: 'SalesTotals', subtotal: number, discountTotal: number, couponDiscount: number, taxTotal: number, total: number }, lines: Array<{ __typename?: 'ClubOrderLine', productId: string, productName: string, unit?: string | null, quantity: number, unitPrice: number, total: number }>, delivery?: { __typename?: 'ClubOrderDelivery', name?: string | null, phone?: string | null, address?: string | null, postalCode?: string | null, note?: string | null } | null };

export type ClubCheckoutMutationVariables = Exact<{
  input: ClubCheckoutInput;
}>;


export type ClubCheckoutMutation = { __typename?: 'Mutation', clubCheckout: { __typename?: 'ClubOrder', id: string, number: number, stage: ClubOrderStage, proformaStatus: ProformaStatus, invoiceNumber?: string | null, paymentStatus?: PaymentStatus | null, shipmentStatus?: WarehouseIssueStatus | null, trackingCode?: string | null, couponCode?: string | null, expiresAt?: string | null, createdAt: string, totals: { __typename?: 'SalesTotals', subtotal: number, discountTotal: number, couponDiscount: number, taxTotal: number, total: number }, lines: Array<{ __typename?: 'ClubOrderLine', productId: string, productName: string, unit?: string | null, quantity: number, unitPrice: number, total: number }>, delivery?: { __typename?: 'ClubOrderDelivery', name?: string | null, phone?: string | null, address?: string | null, postalCode?: string | null, note?: string | null } | null } };

export type ClubCategoriesQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type ClubCategoriesQuery = { __typename?: 'Query', clubCategories: Array<{ __typename?: 'ClubCategory', id: string, parentId?: string | null, nameFa: string, nameEn?: string | null, depth: number }> };

export type ClubProductQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  id: Scalars['ID']['input'];
}>;


export type ClubProductQuery = { __typename?: 'Query', clubProduct: { __typename?: 'ClubProduct', id: string, nameFa: string, nameEn?: string | null, description?: string | null, categoryId?: string | null, unit: string, imageUrls: Array<string>, basePrice: number, price: number, priceWithTax: number, taxRateBp: number, available: boolean, lowStock: boolean } };

export type ClubProductFieldsFragment = { __typename?: 'ClubProduct', id: string, nameFa: string, nameEn?: string | null, description?: string | null, categoryId?: string | null, unit: string, imageUrls: Array<string>, basePrice: number, price: number, priceWithTax: number, taxRateBp: number, available: boolean, lowStock: boolean };

export type ClubProductsQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  filter?: InputMaybe<ClubProductFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClubProductsQuery = { __typename?: 'Query', clubProducts: { __typename?: 'ClubProductConnection', totalCount: number, edges: Array<{ __typename?: 'ClubProductEdge', node: { __typename?: 'ClubProduct', id: string, nameFa: string, nameEn?: string | null, description?: string | null, categoryId?: string | null, unit: string, imageUrls: Array<string>, basePrice: number, price: number, priceWithTax: number, taxRateBp: number, available: boolean, lowStock: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ClubQuoteQueryVariables = Exact<{
  input: ClubQuoteInput;
}>;


export type ClubQuoteQuery = { __typename?: 'Query', clubQuote: { __typename?: 'ClubQuote', couponCode?: string | null, canCheckout: boolean, lines: Array<{ __typename?: 'ClubQuoteLine', productId: string, productName: string, productNameEn?: string | null, unit: string, quantity: number, unitBasePrice: number, unitPrice: number, discount: number, tax: number, total: number, available: boolean }>, totals: { __typename?: 'SalesTotals', subtotal: number, discountTotal: number, couponDiscount: number, taxTotal: number, total: number }, problems: Array<{ __typename?: 'QuoteProblem', field: string, message: string }> } };

export type MyOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MyOrderQuery = { __typename?: 'Query', myOrder: { __typename?: 'ClubOrder', id: string, number: number, stage: ClubOrderStage, proformaStatus: ProformaStatus, invoiceNumber?: string | null, paymentStatus?: PaymentStatus | null, shipmentStatus?: WarehouseIssueStatus | null, trackingCode?: string | null, couponCode?: string | null, expiresAt?: string | null, createdAt: string, totals: { __typename?: 'SalesTotals', subtotal: number, discountTotal: number, couponDiscount: number, taxTotal: number, total: number }, lines: Array<{ __typename?: 'ClubOrderLine', productId: string, productName: string, unit?: string | null, quantity: number, unitPrice: number, total: number }>, delivery?: { __typename?: 'ClubOrderDelivery', name?: string | null, phone?: string | null, address?: string | null, postalCode?: string | null, note?: string | null } | null } };

export type CreateMyTicketMutationVariables = Exact<{
  input: CreateMyTicketInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateMyTicketMutation = { __typename?: 'Mutation', createMyTicket: { __typename?: 'ClubTicket', id: string, number: number, subject: string, type: TicketType, status: TicketStatus, createdAt: string, resolvedAt?: string | null, closedAt?: string | null, canRate: boolean, csatScore?: number | null, messages: Array<{ __typename?: 'ClubTicketMessage', id: string, body: string, fromCustomer: boolean, createdAt: string }> } };

export type ClubTicketFieldsFragment = { __typename?: 'ClubTicket', id: string, number: number, subject: string, type: TicketType, status: TicketStatus, createdAt: string, resolvedAt?: string | null, closedAt?: string | null, canRate: boolean, csatScore?: number | null, messages: Array<{ __typename?: 'ClubTicketMessage', id: string, body: string, fromCustomer: boolean, createdAt: string }> };

export type MyTicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MyTicketQuery = { __typename?: 'Query', myTicket: { __typename?: 'ClubTicket', id: string, number: number, subject: string, type: TicketType, status: TicketStatus, createdAt: string, resolvedAt?: string | null, closedAt?: string | null, canRate: boolean, csatScore?: number | null, messages: Array<{ __typename?: 'ClubTicketMessage', id: string, body: string, fromCustomer: boolean, createdAt: string }> } };

export type MyTicketsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyTicketsQuery = { __typename?: 'Query', myTickets: { __typename?: 'ClubTicketConnection', totalCount: number, edges: Array<{ __typename?: 'ClubTicketEdge', node: { __typename?: 'ClubTicket', id: string, number: number, subject: string, type: TicketType, status: TicketStatus, createdAt: string, updatedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RateMyTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RateTicketInput;
}>;


export type RateMyTicketMutation = { __typename?: 'Mutation', rateMyTicket: { __typename?: 'ClubTicket', id: string, number: number, subject: string, type: TicketType, status: TicketStatus, createdAt: string, resolvedAt?: string | null, closedAt?: string | null, canRate: boolean, csatScore?: number | null, messages: Array<{ __typename?: 'ClubTicketMessage', id: string, body: string, fromCustomer: boolean, createdAt: string }> } };

export type ReplyToMyTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReplyToMyTicketInput;
}>;


export type ReplyToMyTicketMutation = { __typename?: 'Mutation', replyToMyTicket: { __typename?: 'ClubTicket', id: string, number: number, subject: string, type: TicketType, status: TicketStatus, createdAt: string, resolvedAt?: string | null, closedAt?: string | null, canRate: boolean, csatScore?: number | null, messages: Array<{ __typename?: 'ClubTicketMessage', id: string, body: string, fromCustomer: boolean, createdAt: string }> } };

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
export const ClubSessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClubSessionFields on ClubSession {
  accessToken
  refreshToken
  expiresAt
  joined
  member {
    id
    contactId
    status
    joinedAt
  }
}
    `, {"fragmentName":"ClubSessionFields"}) as unknown as TypedDocumentString<ClubSessionFieldsFragment, unknown>;
export const ImportantDateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportantDateFields on ImportantDate {
  id
  kind
  title
  date {
    calendar
    year
    month
    day
  }
  nextOccurrence
  daysUntil
}
    `, {"fragmentName":"ImportantDateFields"}) as unknown as TypedDocumentString<ImportantDateFieldsFragment, unknown>;
export const MemberSalesLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment MemberSalesLineFields on MemberSalesLine {
  productId
  productName
  unit
  quantity
  unitPrice
  total
}
    `, {"fragmentName":"MemberSalesLineFields"}) as unknown as TypedDocumentString<MemberSalesLineFieldsFragment, unknown>;
export const ClubOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClubOrderFields on ClubOrder {
  id
  number
  stage
  proformaStatus
  invoiceNumber
  paymentStatus
  shipmentStatus
  trackingCode
  couponCode
  expiresAt
  createdAt
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  lines {
    productId
    productName
    unit
    quantity
    unitPrice
    total
  }
  delivery {
    name
    phone
    address
    postalCode
    note
  }
}
    `, {"fragmentName":"ClubOrderFields"}) as unknown as TypedDocumentString<ClubOrderFieldsFragment, unknown>;
export const ClubProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClubProductFields on ClubProduct {
  id
  nameFa
  nameEn
  description
  categoryId
  unit
  imageUrls
  basePrice
  price
  priceWithTax
  taxRateBp
  available
  lowStock
}
    `, {"fragmentName":"ClubProductFields"}) as unknown as TypedDocumentString<ClubProductFieldsFragment, unknown>;
export const ClubTicketFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClubTicketFields on ClubTicket {
  id
  number
  subject
  type
  status
  createdAt
  resolvedAt
  closedAt
  canRate
  csatScore
  messages {
    id
    body
    fromCustomer
    createdAt
  }
}
    `, {"fragmentName":"ClubTicketFields"}) as unknown as TypedDocumentString<ClubTicketFieldsFragment, unknown>;
export const LogoutClubMemberDocument = new TypedDocumentString(`
    mutation LogoutClubMember($refreshToken: String!) {
  logoutClubMember(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutClubMemberMutation, LogoutClubMemberMutationVariables>;
export const RefreshClubSessionDocument = new TypedDocumentString(`
    mutation RefreshClubSession($refreshToken: String!) {
  refreshClubSession(refreshToken: $refreshToken) {
    ...ClubSessionFields
  }
}
    fragment ClubSessionFields on ClubSession {
  accessToken
  refreshToken
  expiresAt
  joined
  member {
    id
    contactId
    status
    joinedAt
  }
}`) as unknown as TypedDocumentString<RefreshClubSessionMutation, RefreshClubSessionMutationVariables>;
export const RequestClubCodeDocument = new TypedDocumentString(`
    mutation RequestClubCode($input: RequestClubCodeInput!) {
  requestClubCode(input: $input) {
    phone
    expiresAt
    resendAfter
    codeLength
    registered
  }
}
    `) as unknown as TypedDocumentString<RequestClubCodeMutation, RequestClubCodeMutationVariables>;
export const VerifyClubCodeDocument = new TypedDocumentString(`
    mutation VerifyClubCode($input: VerifyClubCodeInput!) {
  verifyClubCode(input: $input) {
    ...ClubSessionFields
  }
}
    fragment ClubSessionFields on ClubSession {
  accessToken
  refreshToken
  expiresAt
  joined
  member {
    id
    contactId
    status
    joinedAt
  }
}`) as unknown as TypedDocumentString<VerifyClubCodeMutation, VerifyClubCodeMutationVariables>;
export const PublicClubDocument = new TypedDocumentString(`
    query PublicClub($slug: String!) {
  publicClub(slug: $slug) {
    slug
    enabled
    nameFa
    nameEn
    logoUrl
    primaryColor
    approach
    signUpOpen
    afterSalesPanel
    displayCurrency
    defaultLocale
  }
  publicWorkspace(slug: $slug) {
    branding {
      tagline
    }
  }
}
    `) as unknown as TypedDocumentString<PublicClubQuery, PublicClubQueryVariables>;
export const ClickClubNewsDocument = new TypedDocumentString(`
    mutation ClickClubNews($id: ID!) {
  clickClubNews(id: $id) {
    pointsAwarded
    balance
    news {
      id
      clicked
    }
  }
}
    `) as unknown as TypedDocumentString<ClickClubNewsMutation, ClickClubNewsMutationVariables>;
export const ClubNewsDocument = new TypedDocumentString(`
    query ClubNews {
  clubNews {
    id
    kind
    title
    body
    titleEn
    bodyEn
    url
    imageUrl
    points
    publishedAt
    clicked
    answered
    pointsEarned
    closed
    endsAt
    questions {
      id
      text
      textEn
      type
      required
      options {
        id
        text
        textEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClubNewsQuery, ClubNewsQueryVariables>;
export const ClubRewardsDocument = new TypedDocumentString(`
    query ClubRewards {
  clubRewards {
    id
    kind
    name
    description
    pointsCost
    voucherKind
    voucherValue
    maxDiscount
    minOrderTotal
    validDays
    stampsRequired
  }
}
    `) as unknown as TypedDocumentString<ClubRewardsQuery, ClubRewardsQueryVariables>;
export const MyPointsHistoryDocument = new TypedDocumentString(`
    query MyPointsHistory($first: Int!, $after: String) {
  myPointsHistory(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        kind
        source
        delta
        reason
        expiresAt
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyPointsHistoryQuery, MyPointsHistoryQueryVariables>;
export const MyPointsDocument = new TypedDocumentString(`
    query MyPoints {
  myPoints {
    balance
    lifetimeEarned
    expiringSoon
    nextExpiryAt
  }
}
    `) as unknown as TypedDocumentString<MyPointsQuery, MyPointsQueryVariables>;
export const MyReferralDocument = new TypedDocumentString(`
    query MyReferral {
  myReferral {
    code
    link
    successfulCount
    pendingCount
  }
}
    `) as unknown as TypedDocumentString<MyReferralQuery, MyReferralQueryVariables>;
export const MyStampCardsDocument = new TypedDocumentString(`
    query MyStampCards {
  myStampCards {
    stamps
    required
    completed
    reward {
      id
      name
      description
    }
  }
}
    `) as unknown as TypedDocumentString<MyStampCardsQuery, MyStampCardsQueryVariables>;
export const MyTierDocument = new TypedDocumentString(`
    query MyTier {
  myTier {
    basis
    windowMonths
    qualifying
    toNext
    progressPercent
    since
    current {
      id
      name
      multiplierPercent
      freeShipping
      benefits
    }
    next {
      id
      name
      threshold
    }
  }
}
    `) as unknown as TypedDocumentString<MyTierQuery, MyTierQueryVariables>;
export const MyVouchersDocument = new TypedDocumentString(`
    query MyVouchers {
  myVouchers {
    id
    code
    description
    kind
    value
    maxDiscount
    minOrderTotal
    validTo
    origin
  }
}
    `) as unknown as TypedDocumentString<MyVouchersQuery, MyVouchersQueryVariables>;
export const ParticipateInClubNewsDocument = new TypedDocumentString(`
    mutation ParticipateInClubNews($input: ParticipateInClubNewsInput!) {
  participateInClubNews(input: $input) {
    pointsAwarded
    balance
    news {
      id
      answered
      pointsEarned
    }
  }
}
    `) as unknown as TypedDocumentString<ParticipateInClubNewsMutation, ParticipateInClubNewsMutationVariables>;
export const RedeemRewardDocument = new TypedDocumentString(`
    mutation RedeemReward($rewardId: ID!, $idempotencyKey: String!) {
  redeemReward(rewardId: $rewardId, idempotencyKey: $idempotencyKey) {
    id
    points
    balance
    voucher {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RedeemRewardMutation, RedeemRewardMutationVariables>;
export const AddMyFamilyMemberDocument = new TypedDocumentString(`
    mutation AddMyFamilyMember($input: AddMyFamilyMemberInput!) {
  addMyFamilyMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddMyFamilyMemberMutation, AddMyFamilyMemberMutationVariables>;
export const AddMyImportantDateDocument = new TypedDocumentString(`
    mutation AddMyImportantDate($input: AddMyImportantDateInput!) {
  addMyImportantDate(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddMyImportantDateMutation, AddMyImportantDateMutationVariables>;
export const ClubMeDocument = new TypedDocumentString(`
    query ClubMe {
  clubMe {
    contactId
    firstName
    lastName
    fullName
    phone
    email
    city
    birthDate {
      calendar
      year
      month
      day
    }
    consents {
      channel
      status
    }
    membership {
      id
      joinedAt
      joinedVia
    }
  }
}
    `) as unknown as TypedDocumentString<ClubMeQuery, ClubMeQueryVariables>;
export const MyCallsDocument = new TypedDocumentString(`
    query MyCalls($first: Int!, $after: String) {
  myCalls(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        direction
        occurredAt
        summary
        durationSeconds
        status
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyCallsQuery, MyCallsQueryVariables>;
export const MyFamilyDocument = new TypedDocumentString(`
    query MyFamily {
  myFamily {
    id
    relation
    name
    birthDate {
      calendar
      year
      month
      day
    }
    importantDates {
      ...ImportantDateFields
    }
  }
  myImportantDates {
    ...ImportantDateFields
  }
}
    fragment ImportantDateFields on ImportantDate {
  id
  kind
  title
  date {
    calendar
    year
    month
    day
  }
  nextOccurrence
  daysUntil
}`) as unknown as TypedDocumentString<MyFamilyQuery, MyFamilyQueryVariables>;
export const MyMessagesDocument = new TypedDocumentString(`
    query MyMessages($first: Int!, $after: String) {
  myMessages(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        channel
        direction
        subject
        body
        status
        createdAt
        sentAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyMessagesQuery, MyMessagesQueryVariables>;
export const MyOrdersDocument = new TypedDocumentString(`
    query MyOrders($first: Int!, $after: String) {
  myOrders(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        number
        source
        status
        couponCode
        createdAt
        totals {
          subtotal
          discountTotal
          taxTotal
          total
        }
        lines {
          ...MemberSalesLineFields
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MemberSalesLineFields on MemberSalesLine {
  productId
  productName
  unit
  quantity
  unitPrice
  total
}`) as unknown as TypedDocumentString<MyOrdersQuery, MyOrdersQueryVariables>;
export const MyPurchasesDocument = new TypedDocumentString(`
    query MyPurchases($first: Int!, $after: String) {
  myPurchases(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        numberDisplay
        status
        paymentStatus
        issuedAt
        paidTotal
        balance
        totals {
          subtotal
          discountTotal
          taxTotal
          total
        }
        lines {
          ...MemberSalesLineFields
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MemberSalesLineFields on MemberSalesLine {
  productId
  productName
  unit
  quantity
  unitPrice
  total
}`) as unknown as TypedDocumentString<MyPurchasesQuery, MyPurchasesQueryVariables>;
export const RemoveMyFamilyMemberDocument = new TypedDocumentString(`
    mutation RemoveMyFamilyMember($id: ID!) {
  removeMyFamilyMember(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveMyFamilyMemberMutation, RemoveMyFamilyMemberMutationVariables>;
export const RemoveMyImportantDateDocument = new TypedDocumentString(`
    mutation RemoveMyImportantDate($id: ID!) {
  removeMyImportantDate(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveMyImportantDateMutation, RemoveMyImportantDateMutationVariables>;
export const UpdateClubConsentDocument = new TypedDocumentString(`
    mutation UpdateClubConsent($input: ClubConsentInput!) {
  updateClubConsent(input: $input) {
    contactId
  }
}
    `) as unknown as TypedDocumentString<UpdateClubConsentMutation, UpdateClubConsentMutationVariables>;
export const UpdateClubProfileDocument = new TypedDocumentString(`
    mutation UpdateClubProfile($input: UpdateClubProfileInput!) {
  updateClubProfile(input: $input) {
    contactId
  }
}
    `) as unknown as TypedDocumentString<UpdateClubProfileMutation, UpdateClubProfileMutationVariables>;
export const ClubCheckoutDocument = new TypedDocumentString(`
    mutation ClubCheckout($input: ClubCheckoutInput!) {
  clubCheckout(input: $input) {
    ...ClubOrderFields
  }
}
    fragment ClubOrderFields on ClubOrder {
  id
  number
  stage
  proformaStatus
  invoiceNumber
  paymentStatus
  shipmentStatus
  trackingCode
  couponCode
  expiresAt
  createdAt
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  lines {
    productId
    productName
    unit
    quantity
    unitPrice
    total
  }
  delivery {
    name
    phone
    address
    postalCode
    note
  }
}`) as unknown as TypedDocumentString<ClubCheckoutMutation, ClubCheckoutMutationVariables>;
export const ClubCategoriesDocument = new TypedDocumentString(`
    query ClubCategories($slug: String!) {
  clubCategories(slug: $slug) {
    id
    parentId
    nameFa
    nameEn
    depth
  }
}
    `) as unknown as TypedDocumentString<ClubCategoriesQuery, ClubCategoriesQueryVariables>;
export const ClubProductDocument = new TypedDocumentString(`
    query ClubProduct($slug: String!, $id: ID!) {
  clubProduct(slug: $slug, id: $id) {
    ...ClubProductFields
  }
}
    fragment ClubProductFields on ClubProduct {
  id
  nameFa
  nameEn
  description
  categoryId
  unit
  imageUrls
  basePrice
  price
  priceWithTax
  taxRateBp
  available
  lowStock
}`) as unknown as TypedDocumentString<ClubProductQuery, ClubProductQueryVariables>;
export const ClubProductsDocument = new TypedDocumentString(`
    query ClubProducts($slug: String!, $filter: ClubProductFilter, $first: Int!, $after: String) {
  clubProducts(slug: $slug, filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      node {
        ...ClubProductFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ClubProductFields on ClubProduct {
  id
  nameFa
  nameEn
  description
  categoryId
  unit
  imageUrls
  basePrice
  price
  priceWithTax
  taxRateBp
  available
  lowStock
}`) as unknown as TypedDocumentString<ClubProductsQuery, ClubProductsQueryVariables>;
export const ClubQuoteDocument = new TypedDocumentString(`
    query ClubQuote($input: ClubQuoteInput!) {
  clubQuote(input: $input) {
    lines {
      productId
      productName
      productNameEn
      unit
      quantity
      unitBasePrice
      unitPrice
      discount
      tax
      total
      available
    }
    totals {
      subtotal
      discountTotal
      couponDiscount
      taxTotal
      total
    }
    couponCode
    problems {
      field
      message
    }
    canCheckout
  }
}
    `) as unknown as TypedDocumentString<ClubQuoteQuery, ClubQuoteQueryVariables>;
export const MyOrderDocument = new TypedDocumentString(`
    query MyOrder($id: ID!) {
  myOrder(id: $id) {
    ...ClubOrderFields
  }
}
    fragment ClubOrderFields on ClubOrder {
  id
  number
  stage
  proformaStatus
  invoiceNumber
  paymentStatus
  shipmentStatus
  trackingCode
  couponCode
  expiresAt
  createdAt
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  lines {
    productId
    productName
    unit
    quantity
    unitPrice
    total
  }
  delivery {
    name
    phone
    address
    postalCode
    note
  }
}`) as unknown as TypedDocumentString<MyOrderQuery, MyOrderQueryVariables>;
export const CreateMyTicketDocument = new TypedDocumentString(`
    mutation CreateMyTicket($input: CreateMyTicketInput!, $idempotencyKey: String) {
  createMyTicket(input: $input, idempotencyKey: $idempotencyKey) {
    ...ClubTicketFields
  }
}
    fragment ClubTicketFields on ClubTicket {
  id
  number
  subject
  type
  status
  createdAt
  resolvedAt
  closedAt
  canRate
  csatScore
  messages {
    id
    body
    fromCustomer
    createdAt
  }
}`) as unknown as TypedDocumentString<CreateMyTicketMutation, CreateMyTicketMutationVariables>;
export const MyTicketDocument = new TypedDocumentString(`
    query MyTicket($id: ID!) {
  myTicket(id: $id) {
    ...ClubTicketFields
  }
}
    fragment ClubTicketFields on ClubTicket {
  id
  number
  subject
  type
  status
  createdAt
  resolvedAt
  closedAt
  canRate
  csatScore
  messages {
    id
    body
    fromCustomer
    createdAt
  }
}`) as unknown as TypedDocumentString<MyTicketQuery, MyTicketQueryVariables>;
export const MyTicketsDocument = new TypedDocumentString(`
    query MyTickets($first: Int!, $after: String) {
  myTickets(first: $first, after: $after) {
    totalCount
    edges {
      node {
        id
        number
        subject
        type
        status
        createdAt
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyTicketsQuery, MyTicketsQueryVariables>;
export const RateMyTicketDocument = new TypedDocumentString(`
    mutation RateMyTicket($id: ID!, $input: RateTicketInput!) {
  rateMyTicket(id: $id, input: $input) {
    ...ClubTicketFields
  }
}
    fragment ClubTicketFields on ClubTicket {
  id
  number
  subject
  type
  status
  createdAt
  resolvedAt
  closedAt
  canRate
  csatScore
  messages {
    id
    body
    fromCustomer
    createdAt
  }
}`) as unknown as TypedDocumentString<RateMyTicketMutation, RateMyTicketMutationVariables>;
export const ReplyToMyTicketDocument = new TypedDocumentString(`
    mutation ReplyToMyTicket($id: ID!, $input: ReplyToMyTicketInput!) {
  replyToMyTicket(id: $id, input: $input) {
    ...ClubTicketFields
  }
}
    fragment ClubTicketFields on ClubTicket {
  id
  number
  subject
  type
  status
  createdAt
  resolvedAt
  closedAt
  canRate
  csatScore
  messages {
    id
    body
    fromCustomer
    createdAt
  }
}`) as unknown as TypedDocumentString<ReplyToMyTicketMutation, ReplyToMyTicketMutationVariables>;