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
  SafeInt: { input: any; output: any; }
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

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } } };

export type ApiKeysQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ApiKeyEdge', cursor: string, node: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } }> } };

export type ApiScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiScopesQuery = { __typename?: 'Query', apiScopes: Array<string> };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } } } };

export type ViewerFieldsFragment = { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type RefreshTokenMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshTokenMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } } } };

export type CancelFollowUpEnrolmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelFollowUpEnrolmentMutation = { __typename?: 'Mutation', cancelFollowUpEnrolment: { __typename?: 'FollowUpEnrolment', id: string, status: FollowUpEnrolmentStatus } };

export type EnrolInFollowUpPlanMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
  contactId: Scalars['ID']['input'];
}>;


export type EnrolInFollowUpPlanMutation = { __typename?: 'Mutation', enrolInFollowUpPlan: { __typename?: 'FollowUpEnrolment', id: string, status: FollowUpEnrolmentStatus } };

export type FollowUpEnrolmentsQueryVariables = Exact<{
  planId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<FollowUpEnrolmentStatus>;
}>;


export type FollowUpEnrolmentsQuery = { __typename?: 'Query', followUpEnrolments: Array<{ __typename?: 'FollowUpEnrolment', id: string, planId: string, planName: string, contactId: string, contactName: string, status: FollowUpEnrolmentStatus, source: string, nextPosition: number, nextDueAt?: string | null, enrolledAt: string, finishedAt?: string | null, cancelReason?: string | null, steps: Array<{ __typename?: 'FollowUpStepRun', position: number, kind: FollowUpStepKind, status: FollowUpStepRunStatus, reason?: string | null, executedAt: string }> }> };

export type FollowUpCallsQueryVariables = Exact<{
  scope?: InputMaybe<FollowUpCallScope>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type FollowUpCallsQuery = { __typename?: 'Query', followUpCalls: Array<{ __typename?: 'FollowUpCall', id: string, taskId: string, enrolmentId: string, planName: string, contactId: string, contactName: string, contactPhone?: string | null, attempt: number, maxAttempts: number, callScript?: string | null, dueAt: string }> };

export type FollowUpPlanFieldsFragment = { __typename?: 'FollowUpPlan', id: string, name: string, description?: string | null, trigger: FollowUpTrigger, active: boolean, teamMemberIds: Array<string>, activeEnrolments: number, createdAt: string, steps: Array<{ __typename?: 'FollowUpStep', id: string, position: number, kind: FollowUpStepKind, delayDays: number, templateKey?: string | null, subject?: string | null, body?: string | null, callScript?: string | null, maxAttempts: number, skipIfPurchased: boolean, skipIfReplied: boolean }> };

export type FollowUpPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpPlansQuery = { __typename?: 'Query', followUpPlans: Array<{ __typename?: 'FollowUpPlan', id: string, name: string, description?: string | null, trigger: FollowUpTrigger, active: boolean, teamMemberIds: Array<string>, activeEnrolments: number, createdAt: string, steps: Array<{ __typename?: 'FollowUpStep', id: string, position: number, kind: FollowUpStepKind, delayDays: number, templateKey?: string | null, subject?: string | null, body?: string | null, callScript?: string | null, maxAttempts: number, skipIfPurchased: boolean, skipIfReplied: boolean }> }> };

export type JobRunsQueryVariables = Exact<{
  job?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<JobRunStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type JobRunsQuery = { __typename?: 'Query', jobRuns: Array<{ __typename?: 'JobRun', id: string, job: string, slot?: string | null, day?: string | null, workspaceOnly: boolean, trigger: JobRunTrigger, status: JobRunStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, items?: number | null, errorCount: number, errors: Array<{ __typename?: 'JobRunErrorItem', message: string }> }> };

export type JobRunFieldsFragment = { __typename?: 'JobRun', id: string, job: string, slot?: string | null, day?: string | null, workspaceOnly: boolean, trigger: JobRunTrigger, status: JobRunStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, items?: number | null, errorCount: number, errors: Array<{ __typename?: 'JobRunErrorItem', message: string }> };

export type ScheduledJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduledJobsQuery = { __typename?: 'Query', scheduledJobs: Array<{ __typename?: 'ScheduledJob', job: string, kind: ScheduledJobKind, cron: string, timeZone: string, lastCompletedDay?: string | null, lastRun?: { __typename?: 'JobRun', id: string, job: string, slot?: string | null, day?: string | null, workspaceOnly: boolean, trigger: JobRunTrigger, status: JobRunStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, items?: number | null, errorCount: number, errors: Array<{ __typename?: 'JobRunErrorItem', message: string }> } | null }> };

export type UpcomingImportantDatesQueryVariables = Exact<{
  days?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpcomingImportantDatesQuery = { __typename?: 'Query', upcomingImportantDates: { __typename?: 'UpcomingImportantDateConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'UpcomingImportantDateEdge', node: { __typename?: 'UpcomingImportantDate', importantDateId: string, kind: string, title?: string | null, subjectName: string, contactId?: string | null, occurrence: string, sendDay: string, channel: string, handled: boolean } }> } };

export type RecordCallOutcomeMutationVariables = Exact<{
  input: RecordCallOutcomeInput;
}>;


export type RecordCallOutcomeMutation = { __typename?: 'Mutation', recordCallOutcome: { __typename?: 'FollowUpCall', id: string, outcome?: CallOutcome | null, attempt: number } };

export type RunJobNowMutationVariables = Exact<{
  job: Scalars['String']['input'];
  day?: InputMaybe<Scalars['String']['input']>;
}>;


export type RunJobNowMutation = { __typename?: 'Mutation', runJobNow: { __typename?: 'JobRun', id: string, job: string, slot?: string | null, day?: string | null, workspaceOnly: boolean, trigger: JobRunTrigger, status: JobRunStatus, queuedAt: string, startedAt?: string | null, finishedAt?: string | null, items?: number | null, errorCount: number, errors: Array<{ __typename?: 'JobRunErrorItem', message: string }> } };

export type CreateFollowUpPlanMutationVariables = Exact<{
  input: FollowUpPlanInput;
}>;


export type CreateFollowUpPlanMutation = { __typename?: 'Mutation', createFollowUpPlan: { __typename?: 'FollowUpPlan', id: string, name: string, description?: string | null, trigger: FollowUpTrigger, active: boolean, teamMemberIds: Array<string>, activeEnrolments: number, createdAt: string, steps: Array<{ __typename?: 'FollowUpStep', id: string, position: number, kind: FollowUpStepKind, delayDays: number, templateKey?: string | null, subject?: string | null, body?: string | null, callScript?: string | null, maxAttempts: number, skipIfPurchased: boolean, skipIfReplied: boolean }> } };

export type UpdateFollowUpPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FollowUpPlanInput;
}>;


export type UpdateFollowUpPlanMutation = { __typename?: 'Mutation', updateFollowUpPlan: { __typename?: 'FollowUpPlan', id: string, name: string, description?: string | null, trigger: FollowUpTrigger, active: boolean, teamMemberIds: Array<string>, activeEnrolments: number, createdAt: string, steps: Array<{ __typename?: 'FollowUpStep', id: string, position: number, kind: FollowUpStepKind, delayDays: number, templateKey?: string | null, subject?: string | null, body?: string | null, callScript?: string | null, maxAttempts: number, skipIfPurchased: boolean, skipIfReplied: boolean }> } };

export type IncomingCallSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type IncomingCallSubscription = { __typename?: 'Subscription', incomingCall: { __typename?: 'ScreenPop', callId: string, phone: string, direction: Direction, extension?: string | null, isNewCaller: boolean, openTasks: number, contact?: { __typename?: 'Contact', id: string, fullName: string, stage: LifecycleStage, primaryPhone?: string | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null } | null, lastInteractions: Array<{ __typename?: 'TimelineItem', id: string, kind: TimelineKind, direction: Direction, occurredAt: string, summary: string, body?: string | null, data: unknown }> } };

export type SetStaffExtensionMutationVariables = Exact<{
  staffMemberId: Scalars['ID']['input'];
  extension?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetStaffExtensionMutation = { __typename?: 'Mutation', setStaffExtension: { __typename?: 'StaffMember', id: string } };

export type ArchiveProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveProductMutation = { __typename?: 'Mutation', archiveProduct: { __typename?: 'Product', description?: string | null, imageUrls: Array<string>, createdAt: string, updatedAt: string, id: string, sku: string, nameFa: string, nameEn?: string | null, categoryId?: string | null, unit: string, basePrice: any, taxRateBp: number, active: boolean, archivedAt?: string | null, lowStockThreshold?: number | null, availability: { __typename?: 'ProductAvailability', productId: string, lowStockThreshold?: number | null, onHand: number, reserved: number, available: number, lowStock: boolean, status: AvailabilityStatus } } };

export type CreateCouponMutationVariables = Exact<{
  input: CreateCouponInput;
}>;


export type CreateCouponMutation = { __typename?: 'Mutation', createCoupon: { __typename?: 'Coupon', id: string, code: string, description?: string | null, kind: CouponKind, value: any, maxDiscount?: any | null, minOrderTotal: any, productIds: Array<string>, categoryIds: Array<string>, contactId?: string | null, maxUses?: number | null, perContactLimit?: number | null, uses: number, validFrom?: string | null, validTo?: string | null, active: boolean, updatedAt: string } };

export type CreatePriceListMutationVariables = Exact<{
  input: CreatePriceListInput;
}>;


export type CreatePriceListMutation = { __typename?: 'Mutation', createPriceList: { __typename?: 'PriceList', id: string, name: string, kind: PriceListKind, target?: string | null, priority: number, active: boolean, validFrom?: string | null, validTo?: string | null, updatedAt: string, items: Array<{ __typename?: 'PriceListItem', id: string, productId?: string | null, categoryId?: string | null, price?: any | null, discountBp?: number | null, minQuantity: number }> } };

export type CreateProductCategoryMutationVariables = Exact<{
  input: CreateProductCategoryInput;
}>;


export type CreateProductCategoryMutation = { __typename?: 'Mutation', createProductCategory: { __typename?: 'ProductCategory', id: string, parentId?: string | null, nameFa: string, nameEn?: string | null, slug: string, tags: Array<string>, position: number, depth: number } };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { __typename?: 'Mutation', createProduct: { __typename?: 'Product', description?: string | null, imageUrls: Array<string>, createdAt: string, updatedAt: string, id: string, sku: string, nameFa: string, nameEn?: string | null, categoryId?: string | null, unit: string, basePrice: any, taxRateBp: number, active: boolean, archivedAt?: string | null, lowStockThreshold?: number | null, availability: { __typename?: 'ProductAvailability', productId: string, lowStockThreshold?: number | null, onHand: number, reserved: number, available: number, lowStock: boolean, status: AvailabilityStatus } } };

export type DeactivateCouponMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeactivateCouponMutation = { __typename?: 'Mutation', deactivateCoupon: { __typename?: 'Coupon', id: string, code: string, description?: string | null, kind: CouponKind, value: any, maxDiscount?: any | null, minOrderTotal: any, productIds: Array<string>, categoryIds: Array<string>, contactId?: string | null, maxUses?: number | null, perContactLimit?: number | null, uses: number, validFrom?: string | null, validTo?: string | null, active: boolean, updatedAt: string } };

export type CouponFieldsFragment = { __typename?: 'Coupon', id: string, code: string, description?: string | null, kind: CouponKind, value: any, maxDiscount?: any | null, minOrderTotal: any, productIds: Array<string>, categoryIds: Array<string>, contactId?: string | null, maxUses?: number | null, perContactLimit?: number | null, uses: number, validFrom?: string | null, validTo?: string | null, active: boolean, updatedAt: string };

export type CouponsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CouponFilter>;
}>;


export type CouponsQuery = { __typename?: 'Query', coupons: { __typename?: 'CouponConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CouponEdge', cursor: string, node: { __typename?: 'Coupon', id: string, code: string, description?: string | null, kind: CouponKind, value: any, maxDiscount?: any | null, minOrderTotal: any, productIds: Array<string>, categoryIds: Array<string>, contactId?: string | null, maxUses?: number | null, perContactLimit?: number | null, uses: number, validFrom?: string | null, validTo?: string | null, active: boolean, updatedAt: string } }> } };

export type PriceListFieldsFragment = { __typename?: 'PriceList', id: string, name: string, kind: PriceListKind, target?: string | null, priority: number, active: boolean, validFrom?: string | null, validTo?: string | null, updatedAt: string, items: Array<{ __typename?: 'PriceListItem', id: string, productId?: string | null, categoryId?: string | null, price?: any | null, discountBp?: number | null, minQuantity: number }> };

export type PriceListsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PriceListFilter>;
}>;


export type PriceListsQuery = { __typename?: 'Query', priceLists: { __typename?: 'PriceListConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'PriceListEdge', cursor: string, node: { __typename?: 'PriceList', id: string, name: string, kind: PriceListKind, target?: string | null, priority: number, active: boolean, validFrom?: string | null, validTo?: string | null, updatedAt: string, items: Array<{ __typename?: 'PriceListItem', id: string, productId?: string | null, categoryId?: string | null, price?: any | null, discountBp?: number | null, minQuantity: number }> } }> } };

export type ProductCategoryFieldsFragment = { __typename?: 'ProductCategory', id: string, parentId?: string | null, nameFa: string, nameEn?: string | null, slug: string, tags: Array<string>, position: number, depth: number };

export type ProductCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductCategoriesQuery = { __typename?: 'Query', productCategories: Array<{ __typename?: 'ProductCategory', id: string, parentId?: string | null, nameFa: string, nameEn?: string | null, slug: string, tags: Array<string>, position: number, depth: number }> };

export type ProductNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProductNameQuery = { __typename?: 'Query', product: { __typename?: 'Product', id: string, sku: string, nameFa: string, nameEn?: string | null, unit: string } };

export type ProductFieldsFragment = { __typename?: 'Product', description?: string | null, imageUrls: Array<string>, createdAt: string, updatedAt: string, id: string, sku: string, nameFa: string, nameEn?: string | null, categoryId?: string | null, unit: string, basePrice: any, taxRateBp: number, active: boolean, archivedAt?: string | null, lowStockThreshold?: number | null, availability: { __typename?: 'ProductAvailability', productId: string, lowStockThreshold?: number | null, onHand: number, reserved: number, available: number, lowStock: boolean, status: AvailabilityStatus } };

export type ProductQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProductQuery = { __typename?: 'Query', product: { __typename?: 'Product', description?: string | null, imageUrls: Array<string>, createdAt: string, updatedAt: string, id: string, sku: string, nameFa: string, nameEn?: string | null, categoryId?: string | null, unit: string, basePrice: any, taxRateBp: number, active: boolean, archivedAt?: string | null, lowStockThreshold?: number | null, availability: { __typename?: 'ProductAvailability', productId: string, lowStockThreshold?: number | null, onHand: number, reserved: number, available: number, lowStock: boolean, status: AvailabilityStatus } } };

export type ProductListFieldsFragment = { __typename?: 'Product', id: string, sku: string, nameFa: string, nameEn?: string | null, categoryId?: string | null, unit: string, basePrice: any, taxRateBp: number, active: boolean, archivedAt?: string | null, lowStockThreshold?: number | null, availability: { __typename?: 'ProductAvailability', productId: string, onHand: number, reserved: number, available: number, lowStock: boolean, status: AvailabilityStatus } };

export type ProductsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
}>;


export type ProductsQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProductEdge', cursor: string, node: { __typename?: 'Product', id: string, sku: string, nameFa: string, nameEn?: string | null, categoryId?: string | null, unit: string, basePrice: any, taxRateBp: number, active: boolean, archivedAt?: string | null, lowStockThreshold?: number | null, availability: { __typename?: 'ProductAvailability', productId: string, onHand: number, reserved: number, available: number, lowStock: boolean, status: AvailabilityStatus } } }> } };

export type QuoteQueryVariables = Exact<{
  input: QuoteInput;
}>;


export type QuoteQuery = { __typename?: 'Query', quote: { __typename?: 'Quote', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any, coupon?: { __typename?: 'QuoteCoupon', id: string, code: string } | null, problems: Array<{ __typename?: 'QuoteProblem', field: string, message: string }>, lines: Array<{ __typename?: 'QuoteLine', productId: string, quantity: number, unitBasePrice: any, unitPrice: any, appliedPriceListId?: string | null, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }> } };

export type SetPriceListItemsMutationVariables = Exact<{
  priceListId: Scalars['ID']['input'];
  items: Array<PriceListItemInput> | PriceListItemInput;
}>;


export type SetPriceListItemsMutation = { __typename?: 'Mutation', setPriceListItems: { __typename?: 'PriceList', id: string, name: string, kind: PriceListKind, target?: string | null, priority: number, active: boolean, validFrom?: string | null, validTo?: string | null, updatedAt: string, items: Array<{ __typename?: 'PriceListItem', id: string, productId?: string | null, categoryId?: string | null, price?: any | null, discountBp?: number | null, minQuantity: number }> } };

export type UpdateCouponMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCouponInput;
}>;


export type UpdateCouponMutation = { __typename?: 'Mutation', updateCoupon: { __typename?: 'Coupon', id: string, code: string, description?: string | null, kind: CouponKind, value: any, maxDiscount?: any | null, minOrderTotal: any, productIds: Array<string>, categoryIds: Array<string>, contactId?: string | null, maxUses?: number | null, perContactLimit?: number | null, uses: number, validFrom?: string | null, validTo?: string | null, active: boolean, updatedAt: string } };

export type UpdatePriceListMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePriceListInput;
}>;


export type UpdatePriceListMutation = { __typename?: 'Mutation', updatePriceList: { __typename?: 'PriceList', id: string, name: string, kind: PriceListKind, target?: string | null, priority: number, active: boolean, validFrom?: string | null, validTo?: string | null, updatedAt: string, items: Array<{ __typename?: 'PriceListItem', id: string, productId?: string | null, categoryId?: string | null, price?: any | null, discountBp?: number | null, minQuantity: number }> } };

export type UpdateProductCategoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProductCategoryInput;
}>;


export type UpdateProductCategoryMutation = { __typename?: 'Mutation', updateProductCategory: { __typename?: 'ProductCategory', id: string, parentId?: string | null, nameFa: string, nameEn?: string | null, slug: string, tags: Array<string>, position: number, depth: number } };

export type UpdateProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { __typename?: 'Mutation', updateProduct: { __typename?: 'Product', description?: string | null, imageUrls: Array<string>, createdAt: string, updatedAt: string, id: string, sku: string, nameFa: string, nameEn?: string | null, categoryId?: string | null, unit: string, basePrice: any, taxRateBp: number, active: boolean, archivedAt?: string | null, lowStockThreshold?: number | null, availability: { __typename?: 'ProductAvailability', productId: string, lowStockThreshold?: number | null, onHand: number, reserved: number, available: number, lowStock: boolean, status: AvailabilityStatus } } };

export type ClubMemberFieldsFragment = { __typename?: 'ClubMember', id: string, contactId: string, status: ClubMemberStatus, joinedAt: string, joinedVia: ClubJoinVia, lastSignInAt?: string | null, blockedAt?: string | null, blockedReason?: string | null, hasPassword: boolean, balance: number, tier?: { __typename?: 'Tier', id: string, code: string, name: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null };

export type ClubMembersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ClubMemberStatus>;
  tierId?: InputMaybe<Scalars['ID']['input']>;
  joinedVia?: InputMaybe<ClubJoinVia>;
}>;


export type ClubMembersQuery = { __typename?: 'Query', clubMembers: { __typename?: 'ClubMemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ClubMemberEdge', node: { __typename?: 'ClubMember', id: string, contactId: string, status: ClubMemberStatus, joinedAt: string, joinedVia: ClubJoinVia, lastSignInAt?: string | null, blockedAt?: string | null, blockedReason?: string | null, hasPassword: boolean, balance: number, tier?: { __typename?: 'Tier', id: string, code: string, name: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null } }> } };

export type ClubMemberQueryVariables = Exact<{
  contactId: Scalars['ID']['input'];
}>;


export type ClubMemberQuery = { __typename?: 'Query', clubMember?: { __typename?: 'ClubMember', id: string, contactId: string, status: ClubMemberStatus, joinedAt: string, joinedVia: ClubJoinVia, lastSignInAt?: string | null, blockedAt?: string | null, blockedReason?: string | null, hasPassword: boolean, balance: number, tier?: { __typename?: 'Tier', id: string, code: string, name: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null } | null };

export type EnrollClubMemberMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
}>;


export type EnrollClubMemberMutation = { __typename?: 'Mutation', enrollClubMember: { __typename?: 'ClubMember', id: string, contactId: string, status: ClubMemberStatus, joinedAt: string, joinedVia: ClubJoinVia, lastSignInAt?: string | null, blockedAt?: string | null, blockedReason?: string | null, hasPassword: boolean, balance: number, tier?: { __typename?: 'Tier', id: string, code: string, name: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null } };

export type BlockClubMemberMutationVariables = Exact<{
  input: BlockClubMemberInput;
}>;


export type BlockClubMemberMutation = { __typename?: 'Mutation', blockClubMember: { __typename?: 'ClubMember', id: string, contactId: string, status: ClubMemberStatus, joinedAt: string, joinedVia: ClubJoinVia, lastSignInAt?: string | null, blockedAt?: string | null, blockedReason?: string | null, hasPassword: boolean, balance: number, tier?: { __typename?: 'Tier', id: string, code: string, name: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null } };

export type UnblockClubMemberMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
}>;


export type UnblockClubMemberMutation = { __typename?: 'Mutation', unblockClubMember: { __typename?: 'ClubMember', id: string, contactId: string, status: ClubMemberStatus, joinedAt: string, joinedVia: ClubJoinVia, lastSignInAt?: string | null, blockedAt?: string | null, blockedReason?: string | null, hasPassword: boolean, balance: number, tier?: { __typename?: 'Tier', id: string, code: string, name: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null } };

export type ClubNewsFieldsFragment = { __typename?: 'ClubNewsItem', id: string, kind: ClubNewsKind, endsAt?: string | null, closed: boolean, responseCount?: number | null, title: string, body: string, titleEn?: string | null, bodyEn?: string | null, url?: string | null, imageUrl?: string | null, ownPoints?: number | null, points: number, publishedAt?: string | null, archived: boolean, createdAt: string, questions: Array<{ __typename?: 'SurveyQuestion', id: string, text: string, textEn?: string | null, type: SurveyQuestionType, required: boolean, options: Array<{ __typename?: 'SurveyOption', id: string, text: string, textEn?: string | null }> }> };

export type ClubNewsItemsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ClubNewsItemsQuery = { __typename?: 'Query', clubNewsItems: { __typename?: 'ClubNewsItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ClubNewsItemEdge', node: { __typename?: 'ClubNewsItem', id: string, kind: ClubNewsKind, endsAt?: string | null, closed: boolean, responseCount?: number | null, title: string, body: string, titleEn?: string | null, bodyEn?: string | null, url?: string | null, imageUrl?: string | null, ownPoints?: number | null, points: number, publishedAt?: string | null, archived: boolean, createdAt: string, questions: Array<{ __typename?: 'SurveyQuestion', id: string, text: string, textEn?: string | null, type: SurveyQuestionType, required: boolean, options: Array<{ __typename?: 'SurveyOption', id: string, text: string, textEn?: string | null }> }> } }> } };

export type SaveClubNewsMutationVariables = Exact<{
  input: SaveClubNewsInput;
}>;


export type SaveClubNewsMutation = { __typename?: 'Mutation', saveClubNews: { __typename?: 'ClubNewsItem', id: string, kind: ClubNewsKind, endsAt?: string | null, closed: boolean, responseCount?: number | null, title: string, body: string, titleEn?: string | null, bodyEn?: string | null, url?: string | null, imageUrl?: string | null, ownPoints?: number | null, points: number, publishedAt?: string | null, archived: boolean, createdAt: string, questions: Array<{ __typename?: 'SurveyQuestion', id: string, text: string, textEn?: string | null, type: SurveyQuestionType, required: boolean, options: Array<{ __typename?: 'SurveyOption', id: string, text: string, textEn?: string | null }> }> } };

export type ClubNewsResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClubNewsResultsQuery = { __typename?: 'Query', clubNewsResults: { __typename?: 'ClubNewsResults', respondents: number, news: { __typename?: 'ClubNewsItem', id: string, kind: ClubNewsKind, endsAt?: string | null, closed: boolean, responseCount?: number | null, title: string, body: string, titleEn?: string | null, bodyEn?: string | null, url?: string | null, imageUrl?: string | null, ownPoints?: number | null, points: number, publishedAt?: string | null, archived: boolean, createdAt: string, questions: Array<{ __typename?: 'SurveyQuestion', id: string, text: string, textEn?: string | null, type: SurveyQuestionType, required: boolean, options: Array<{ __typename?: 'SurveyOption', id: string, text: string, textEn?: string | null }> }> }, questions: Array<{ __typename?: 'SurveyQuestionResult', answered: number, texts: Array<string>, question: { __typename?: 'SurveyQuestion', id: string, text: string, type: SurveyQuestionType }, options: Array<{ __typename?: 'SurveyOptionResult', count: number, option: { __typename?: 'SurveyOption', id: string, text: string } }> }>, entrants: Array<{ __typename?: 'ClubNewsRespondent', contactId: string, name: string, text?: string | null, points: number, createdAt: string }> } };

export type ClubSettingsFieldsFragment = { __typename?: 'ClubSettings', enabled: boolean, approach: ClubApproach, afterSalesPanel: boolean, displayNameFa: string, displayNameEn: string, logoUrl?: string | null, primaryColor: string, slug: string, url: string };

export type ClubSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClubSettingsQuery = { __typename?: 'Query', clubSettings: { __typename?: 'ClubSettings', enabled: boolean, approach: ClubApproach, afterSalesPanel: boolean, displayNameFa: string, displayNameEn: string, logoUrl?: string | null, primaryColor: string, slug: string, url: string } };

export type UpdateClubSettingsMutationVariables = Exact<{
  input: UpdateClubSettingsInput;
}>;


export type UpdateClubSettingsMutation = { __typename?: 'Mutation', updateClubSettings: { __typename?: 'ClubSettings', enabled: boolean, approach: ClubApproach, afterSalesPanel: boolean, displayNameFa: string, displayNameEn: string, logoUrl?: string | null, primaryColor: string, slug: string, url: string } };

export type ContactLoyaltyQueryVariables = Exact<{
  contactId: Scalars['ID']['input'];
  entries: Scalars['Int']['input'];
}>;


export type ContactLoyaltyQuery = { __typename?: 'Query', contactLoyalty: { __typename?: 'ContactLoyalty', contactId: string, balance: number, expiringSoon: number, lifetimeEarned: number, referralCode?: string | null, tier: { __typename?: 'TierStatus', basis: TierBasis, qualifying: number, progressPercent: number, toNext?: number | null, windowMonths: number, since?: string | null, current?: { __typename?: 'Tier', id: string, code: string, name: string } | null, next?: { __typename?: 'Tier', id: string, code: string, name: string, threshold: number } | null }, vouchers: Array<{ __typename?: 'Voucher', id: string, code: string, kind: CouponKind, value: any, maxDiscount?: any | null, minOrderTotal: any, validTo?: string | null, origin?: VoucherOrigin | null, description?: string | null }>, stampCards: Array<{ __typename?: 'StampCard', stamps: number, required: number, completed: number, reward: { __typename?: 'Reward', id: string, name: string } }>, entries: { __typename?: 'PointsEntryConnection', totalCount: number, edges: Array<{ __typename?: 'PointsEntryEdge', node: { __typename?: 'PointsEntry', id: string, kind: PointsKind, source: PointsSource, delta: number, reason: string, createdAt: string, expiresAt?: string | null, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null } }> } } };

export type AdjustPointsMutationVariables = Exact<{
  input: AdjustPointsInput;
}>;


export type AdjustPointsMutation = { __typename?: 'Mutation', adjustPoints: { __typename?: 'PointsChange', balance: number, entry: { __typename?: 'PointsEntry', id: string, delta: number } } };

export type LoyaltySettingsFieldsFragment = { __typename?: 'LoyaltySettings', enabled: boolean, purchasePoints: number, purchaseUnit: any, callPoints: number, smsPoints: number, newsPoints: number, surveyPoints: number, contestPoints: number, referrerPoints: number, refereePoints: number, birthdayPoints: number, tierMultipliers: boolean, tierBasis: TierBasis, tierWindowMonths: number, expiryMonths?: number | null, expiryWarningDays: number, nextVoucherEnabled: boolean, nextVoucherKind: CouponKind, nextVoucherValue: any, nextVoucherMaxDiscount?: any | null, nextVoucherMinOrder: any, nextVoucherValidDays: number, dailyCaps: Array<{ __typename?: 'DailyCap', source: PointsSource, points: number }> };

export type LoyaltySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type LoyaltySettingsQuery = { __typename?: 'Query', loyaltySettings: { __typename?: 'LoyaltySettings', enabled: boolean, purchasePoints: number, purchaseUnit: any, callPoints: number, smsPoints: number, newsPoints: number, surveyPoints: number, contestPoints: number, referrerPoints: number, refereePoints: number, birthdayPoints: number, tierMultipliers: boolean, tierBasis: TierBasis, tierWindowMonths: number, expiryMonths?: number | null, expiryWarningDays: number, nextVoucherEnabled: boolean, nextVoucherKind: CouponKind, nextVoucherValue: any, nextVoucherMaxDiscount?: any | null, nextVoucherMinOrder: any, nextVoucherValidDays: number, dailyCaps: Array<{ __typename?: 'DailyCap', source: PointsSource, points: number }> } };

export type UpdateLoyaltySettingsMutationVariables = Exact<{
  input: UpdateLoyaltySettingsInput;
}>;


export type UpdateLoyaltySettingsMutation = { __typename?: 'Mutation', updateLoyaltySettings: { __typename?: 'LoyaltySettings', enabled: boolean, purchasePoints: number, purchaseUnit: any, callPoints: number, smsPoints: number, newsPoints: number, surveyPoints: number, contestPoints: number, referrerPoints: number, refereePoints: number, birthdayPoints: number, tierMultipliers: boolean, tierBasis: TierBasis, tierWindowMonths: number, expiryMonths?: number | null, expiryWarningDays: number, nextVoucherEnabled: boolean, nextVoucherKind: CouponKind, nextVoucherValue: any, nextVoucherMaxDiscount?: any | null, nextVoucherMinOrder: any, nextVoucherValidDays: number, dailyCaps: Array<{ __typename?: 'DailyCap', source: PointsSource, points: number }> } };

export type RewardFieldsFragment = { __typename?: 'Reward', id: string, kind: RewardKind, name: string, description?: string | null, pointsCost: number, voucherKind?: CouponKind | null, voucherValue?: any | null, maxDiscount?: any | null, minOrderTotal: any, validDays: number, productId?: string | null, categoryId?: string | null, stampsRequired?: number | null, archived: boolean, createdAt: string };

export type RewardsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  includeArchived: Scalars['Boolean']['input'];
}>;


export type RewardsQuery = { __typename?: 'Query', rewards: { __typename?: 'RewardConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'RewardEdge', node: { __typename?: 'Reward', id: string, kind: RewardKind, name: string, description?: string | null, pointsCost: number, voucherKind?: CouponKind | null, voucherValue?: any | null, maxDiscount?: any | null, minOrderTotal: any, validDays: number, productId?: string | null, categoryId?: string | null, stampsRequired?: number | null, archived: boolean, createdAt: string } }> } };

export type SaveRewardMutationVariables = Exact<{
  input: SaveRewardInput;
}>;


export type SaveRewardMutation = { __typename?: 'Mutation', saveReward: { __typename?: 'Reward', id: string, kind: RewardKind, name: string, description?: string | null, pointsCost: number, voucherKind?: CouponKind | null, voucherValue?: any | null, maxDiscount?: any | null, minOrderTotal: any, validDays: number, productId?: string | null, categoryId?: string | null, stampsRequired?: number | null, archived: boolean, createdAt: string } };

export type ArchiveRewardMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveRewardMutation = { __typename?: 'Mutation', archiveReward: { __typename?: 'Reward', id: string, kind: RewardKind, name: string, description?: string | null, pointsCost: number, voucherKind?: CouponKind | null, voucherValue?: any | null, maxDiscount?: any | null, minOrderTotal: any, validDays: number, productId?: string | null, categoryId?: string | null, stampsRequired?: number | null, archived: boolean, createdAt: string } };

export type TierFieldsFragment = { __typename?: 'Tier', id: string, code: string, name: string, threshold: number, multiplierPercent: number, priceListId?: string | null, freeShipping: boolean, benefits?: string | null };

export type TiersQueryVariables = Exact<{ [key: string]: never; }>;


export type TiersQuery = { __typename?: 'Query', tiers: Array<{ __typename?: 'Tier', id: string, code: string, name: string, threshold: number, multiplierPercent: number, priceListId?: string | null, freeShipping: boolean, benefits?: string | null }> };

export type SaveTierMutationVariables = Exact<{
  input: SaveTierInput;
}>;


export type SaveTierMutation = { __typename?: 'Mutation', saveTier: { __typename?: 'Tier', id: string, code: string, name: string, threshold: number, multiplierPercent: number, priceListId?: string | null, freeShipping: boolean, benefits?: string | null } };

export type DeleteTierMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTierMutation = { __typename?: 'Mutation', deleteTier: boolean };

export type AddImportantDateMutationVariables = Exact<{
  input: ImportantDateInput;
}>;


export type AddImportantDateMutation = { __typename?: 'Mutation', addImportantDate: { __typename?: 'ImportantDate', id: string, kind: ImportantDateKind, title?: string | null, recurrence: Recurrence, reminderDaysBefore: number, channel: MessageChannel, messageTemplate?: string | null, nextOccurrence?: string | null, nextOccurrenceJalali?: string | null, daysUntil?: number | null, date: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } } };

export type AddRelatedPersonMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
  input: RelatedPersonInput;
}>;


export type AddRelatedPersonMutation = { __typename?: 'Mutation', addRelatedPerson: { __typename?: 'RelatedPerson', id: string } };

export type BulkAssignContactsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  ownerId: Scalars['ID']['input'];
}>;


export type BulkAssignContactsMutation = { __typename?: 'Mutation', bulkAssignContacts: number };

export type BulkTagContactsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type BulkTagContactsMutation = { __typename?: 'Mutation', bulkTagContacts: number };

export type ChangeContactStageMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
  stage: LifecycleStage;
  reason: Scalars['String']['input'];
}>;


export type ChangeContactStageMutation = { __typename?: 'Mutation', changeContactStage: { __typename?: 'Contact', id: string, stage: LifecycleStage } };

export type CreateContactMutationVariables = Exact<{
  input: CreateContactInput;
}>;


export type CreateContactMutation = { __typename?: 'Mutation', createContact: { __typename?: 'Contact', id: string, firstName: string, lastName: string, fullName: string, gender?: Gender | null, email?: string | null, primaryPhone?: string | null, province?: string | null, city?: string | null, address?: string | null, source: ContactSource, tags: Array<string>, notes?: string | null, stage: LifecycleStage, customFields: unknown, createdAt: string, updatedAt: string, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, phones: Array<{ __typename?: 'ContactPhone', id: string, e164: string, kind: PhoneKind, label?: string | null, isPrimary: boolean, national: string }>, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, consents: Array<{ __typename?: 'Consent', channel: ConsentChannel, status: ConsentStatus, changedAt?: string | null, source?: string | null }>, organizations: Array<{ __typename?: 'ContactOrganization', title?: string | null, organization: { __typename?: 'Organization', id: string, name: string, city?: string | null } }>, relatedPeople: Array<{ __typename?: 'RelatedPerson', id: string, relation: Relation, name: string, preferences?: string | null, notes?: string | null, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, relatedContact?: { __typename?: 'Contact', id: string, fullName: string } | null }>, importantDates: Array<{ __typename?: 'ImportantDate', id: string, kind: ImportantDateKind, title?: string | null, recurrence: Recurrence, reminderDaysBefore: number, channel: MessageChannel, messageTemplate?: string | null, nextOccurrence?: string | null, nextOccurrenceJalali?: string | null, daysUntil?: number | null, date: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } }>, stageHistory: Array<{ __typename?: 'StageChange', id: string, from?: LifecycleStage | null, to: LifecycleStage, reason: string, automatic: boolean, changedAt: string, changedBy?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, possibleDuplicates: Array<{ __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, stage: LifecycleStage, createdAt: string }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'Organization', id: string, name: string, city?: string | null } };

export type DefineCustomFieldMutationVariables = Exact<{
  input: CustomFieldInput;
}>;


export type DefineCustomFieldMutation = { __typename?: 'Mutation', defineCustomField: { __typename?: 'CustomFieldDefinition', id: string, key: string, label: string, type: CustomFieldType, options: Array<string>, required: boolean, position: number } };

export type DeleteContactMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteContactMutation = { __typename?: 'Mutation', deleteContact: boolean };

export type DeleteCustomFieldMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCustomFieldMutation = { __typename?: 'Mutation', deleteCustomField: boolean };

export type ExportContactsQueryVariables = Exact<{
  filter?: InputMaybe<ContactFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
  format: ExportFormat;
}>;


export type ExportContactsQuery = { __typename?: 'Query', exportContacts: { __typename?: 'ExportFile', fileName: string, contentType: string, contentBase64: string, rowCount: number } };

export type TimelineItemFieldsFragment = { __typename?: 'TimelineItem', id: string, kind: TimelineKind, direction: Direction, occurredAt: string, summary: string, body?: string | null, data: unknown, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null };

export type ContactTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<TimelineKind> | TimelineKind>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ContactTimelineQuery = { __typename?: 'Query', contact: { __typename?: 'Contact', id: string, timeline: { __typename?: 'TimelineItemConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TimelineItemEdge', cursor: string, node: { __typename?: 'TimelineItem', id: string, kind: TimelineKind, direction: Direction, occurredAt: string, summary: string, body?: string | null, data: unknown, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null } }> } } };

export type ImportantDateFieldsFragment = { __typename?: 'ImportantDate', id: string, kind: ImportantDateKind, title?: string | null, recurrence: Recurrence, reminderDaysBefore: number, channel: MessageChannel, messageTemplate?: string | null, nextOccurrence?: string | null, nextOccurrenceJalali?: string | null, daysUntil?: number | null, date: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } };

export type ContactDetailFieldsFragment = { __typename?: 'Contact', id: string, firstName: string, lastName: string, fullName: string, gender?: Gender | null, email?: string | null, primaryPhone?: string | null, province?: string | null, city?: string | null, address?: string | null, source: ContactSource, tags: Array<string>, notes?: string | null, stage: LifecycleStage, customFields: unknown, createdAt: string, updatedAt: string, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, phones: Array<{ __typename?: 'ContactPhone', id: string, e164: string, kind: PhoneKind, label?: string | null, isPrimary: boolean, national: string }>, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, consents: Array<{ __typename?: 'Consent', channel: ConsentChannel, status: ConsentStatus, changedAt?: string | null, source?: string | null }>, organizations: Array<{ __typename?: 'ContactOrganization', title?: string | null, organization: { __typename?: 'Organization', id: string, name: string, city?: string | null } }>, relatedPeople: Array<{ __typename?: 'RelatedPerson', id: string, relation: Relation, name: string, preferences?: string | null, notes?: string | null, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, relatedContact?: { __typename?: 'Contact', id: string, fullName: string } | null }>, importantDates: Array<{ __typename?: 'ImportantDate', id: string, kind: ImportantDateKind, title?: string | null, recurrence: Recurrence, reminderDaysBefore: number, channel: MessageChannel, messageTemplate?: string | null, nextOccurrence?: string | null, nextOccurrenceJalali?: string | null, daysUntil?: number | null, date: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } }>, stageHistory: Array<{ __typename?: 'StageChange', id: string, from?: LifecycleStage | null, to: LifecycleStage, reason: string, automatic: boolean, changedAt: string, changedBy?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, possibleDuplicates: Array<{ __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, stage: LifecycleStage, createdAt: string }> };

export type ContactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactQuery = { __typename?: 'Query', contact: { __typename?: 'Contact', id: string, firstName: string, lastName: string, fullName: string, gender?: Gender | null, email?: string | null, primaryPhone?: string | null, province?: string | null, city?: string | null, address?: string | null, source: ContactSource, tags: Array<string>, notes?: string | null, stage: LifecycleStage, customFields: unknown, createdAt: string, updatedAt: string, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, phones: Array<{ __typename?: 'ContactPhone', id: string, e164: string, kind: PhoneKind, label?: string | null, isPrimary: boolean, national: string }>, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, consents: Array<{ __typename?: 'Consent', channel: ConsentChannel, status: ConsentStatus, changedAt?: string | null, source?: string | null }>, organizations: Array<{ __typename?: 'ContactOrganization', title?: string | null, organization: { __typename?: 'Organization', id: string, name: string, city?: string | null } }>, relatedPeople: Array<{ __typename?: 'RelatedPerson', id: string, relation: Relation, name: string, preferences?: string | null, notes?: string | null, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, relatedContact?: { __typename?: 'Contact', id: string, fullName: string } | null }>, importantDates: Array<{ __typename?: 'ImportantDate', id: string, kind: ImportantDateKind, title?: string | null, recurrence: Recurrence, reminderDaysBefore: number, channel: MessageChannel, messageTemplate?: string | null, nextOccurrence?: string | null, nextOccurrenceJalali?: string | null, daysUntil?: number | null, date: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } }>, stageHistory: Array<{ __typename?: 'StageChange', id: string, from?: LifecycleStage | null, to: LifecycleStage, reason: string, automatic: boolean, changedAt: string, changedBy?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, possibleDuplicates: Array<{ __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, stage: LifecycleStage, createdAt: string }> } };

export type ContactListFieldsFragment = { __typename?: 'Contact', id: string, firstName: string, lastName: string, fullName: string, primaryPhone?: string | null, stage: LifecycleStage, tags: Array<string>, source: ContactSource, city?: string | null, createdAt: string, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null };

export type ContactsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContactsQuery = { __typename?: 'Query', contacts: { __typename?: 'ContactConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ContactEdge', cursor: string, node: { __typename?: 'Contact', id: string, firstName: string, lastName: string, fullName: string, primaryPhone?: string | null, stage: LifecycleStage, tags: Array<string>, source: ContactSource, city?: string | null, createdAt: string, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null } }> } };

export type CustomFieldDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomFieldDefinitionsQuery = { __typename?: 'Query', customFieldDefinitions: Array<{ __typename?: 'CustomFieldDefinition', id: string, key: string, label: string, type: CustomFieldType, options: Array<string>, required: boolean, position: number }> };

export type LifecycleSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleSettingsQuery = { __typename?: 'Query', lifecycleSettings: { __typename?: 'LifecycleSettings', clientMinOrders: number, clientWindowMonths: number, advocateMinReferrals: number, inactiveAfterDays: number, lostAfterDays: number } };

export type OrganizationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrganizationEdge', cursor: string, node: { __typename?: 'Organization', id: string, name: string, city?: string | null, memberCount: number } }> } };

export type ImportContactsMutationVariables = Exact<{
  input: ImportContactsInput;
}>;


export type ImportContactsMutation = { __typename?: 'Mutation', importContacts: { __typename?: 'ImportResult', totalRows: number, created: number, updated: number, unchanged: number, failed: number, errors: Array<{ __typename?: 'ImportRowError', row: number, field?: string | null, code: string, value?: string | null, reason?: string | null, message: string }> } };

export type ImportPreviewQueryVariables = Exact<{
  input: ImportContactsInput;
}>;


export type ImportPreviewQuery = { __typename?: 'Query', importPreview: Array<string> };

export type LinkContactToOrganizationMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
}>;


export type LinkContactToOrganizationMutation = { __typename?: 'Mutation', linkContactToOrganization: { __typename?: 'Contact', id: string } };

export type LogInteractionMutationVariables = Exact<{
  input: LogInteractionInput;
}>;


export type LogInteractionMutation = { __typename?: 'Mutation', logInteraction: { __typename?: 'TimelineItem', id: string, kind: TimelineKind, direction: Direction, occurredAt: string, summary: string, body?: string | null, data: unknown, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type MergeContactsMutationVariables = Exact<{
  primaryId: Scalars['ID']['input'];
  duplicateId: Scalars['ID']['input'];
}>;


export type MergeContactsMutation = { __typename?: 'Mutation', mergeContacts: { __typename?: 'Contact', id: string, firstName: string, lastName: string, fullName: string, gender?: Gender | null, email?: string | null, primaryPhone?: string | null, province?: string | null, city?: string | null, address?: string | null, source: ContactSource, tags: Array<string>, notes?: string | null, stage: LifecycleStage, customFields: unknown, createdAt: string, updatedAt: string, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, phones: Array<{ __typename?: 'ContactPhone', id: string, e164: string, kind: PhoneKind, label?: string | null, isPrimary: boolean, national: string }>, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, consents: Array<{ __typename?: 'Consent', channel: ConsentChannel, status: ConsentStatus, changedAt?: string | null, source?: string | null }>, organizations: Array<{ __typename?: 'ContactOrganization', title?: string | null, organization: { __typename?: 'Organization', id: string, name: string, city?: string | null } }>, relatedPeople: Array<{ __typename?: 'RelatedPerson', id: string, relation: Relation, name: string, preferences?: string | null, notes?: string | null, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, relatedContact?: { __typename?: 'Contact', id: string, fullName: string } | null }>, importantDates: Array<{ __typename?: 'ImportantDate', id: string, kind: ImportantDateKind, title?: string | null, recurrence: Recurrence, reminderDaysBefore: number, channel: MessageChannel, messageTemplate?: string | null, nextOccurrence?: string | null, nextOccurrenceJalali?: string | null, daysUntil?: number | null, date: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } }>, stageHistory: Array<{ __typename?: 'StageChange', id: string, from?: LifecycleStage | null, to: LifecycleStage, reason: string, automatic: boolean, changedAt: string, changedBy?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, possibleDuplicates: Array<{ __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, stage: LifecycleStage, createdAt: string }> } };

export type RemoveImportantDateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveImportantDateMutation = { __typename?: 'Mutation', removeImportantDate: boolean };

export type RemoveRelatedPersonMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveRelatedPersonMutation = { __typename?: 'Mutation', removeRelatedPerson: boolean };

export type SetContactConsentMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
  channel: ConsentChannel;
  status: ConsentStatus;
  source: Scalars['String']['input'];
}>;


export type SetContactConsentMutation = { __typename?: 'Mutation', setContactConsent: { __typename?: 'Contact', id: string, consents: Array<{ __typename?: 'Consent', channel: ConsentChannel, status: ConsentStatus, changedAt?: string | null, source?: string | null }> } };

export type UnlinkContactFromOrganizationMutationVariables = Exact<{
  contactId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
}>;


export type UnlinkContactFromOrganizationMutation = { __typename?: 'Mutation', unlinkContactFromOrganization: { __typename?: 'Contact', id: string } };

export type UpdateContactMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
}>;


export type UpdateContactMutation = { __typename?: 'Mutation', updateContact: { __typename?: 'Contact', id: string, firstName: string, lastName: string, fullName: string, gender?: Gender | null, email?: string | null, primaryPhone?: string | null, province?: string | null, city?: string | null, address?: string | null, source: ContactSource, tags: Array<string>, notes?: string | null, stage: LifecycleStage, customFields: unknown, createdAt: string, updatedAt: string, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, phones: Array<{ __typename?: 'ContactPhone', id: string, e164: string, kind: PhoneKind, label?: string | null, isPrimary: boolean, national: string }>, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, consents: Array<{ __typename?: 'Consent', channel: ConsentChannel, status: ConsentStatus, changedAt?: string | null, source?: string | null }>, organizations: Array<{ __typename?: 'ContactOrganization', title?: string | null, organization: { __typename?: 'Organization', id: string, name: string, city?: string | null } }>, relatedPeople: Array<{ __typename?: 'RelatedPerson', id: string, relation: Relation, name: string, preferences?: string | null, notes?: string | null, birthDate?: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } | null, relatedContact?: { __typename?: 'Contact', id: string, fullName: string } | null }>, importantDates: Array<{ __typename?: 'ImportantDate', id: string, kind: ImportantDateKind, title?: string | null, recurrence: Recurrence, reminderDaysBefore: number, channel: MessageChannel, messageTemplate?: string | null, nextOccurrence?: string | null, nextOccurrenceJalali?: string | null, daysUntil?: number | null, date: { __typename?: 'CalendarDate', calendar: CalendarSystem, year?: number | null, month: number, day: number } }>, stageHistory: Array<{ __typename?: 'StageChange', id: string, from?: LifecycleStage | null, to: LifecycleStage, reason: string, automatic: boolean, changedAt: string, changedBy?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, possibleDuplicates: Array<{ __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, stage: LifecycleStage, createdAt: string }> } };

export type UpdateLifecycleSettingsMutationVariables = Exact<{
  input: LifecycleSettingsInput;
}>;


export type UpdateLifecycleSettingsMutation = { __typename?: 'Mutation', updateLifecycleSettings: { __typename?: 'LifecycleSettings', clientMinOrders: number, clientWindowMonths: number, advocateMinReferrals: number, inactiveAfterDays: number, lostAfterDays: number } };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdjustStockMutation = { __typename?: 'Mutation', adjustStock: { __typename?: 'StockLevel', id: string, productId: string, warehouseId: string, onHand: number, reserved: number, available: number, updatedAt: string, warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string } } };

export type CreateWarehouseMutationVariables = Exact<{
  input: CreateWarehouseInput;
}>;


export type CreateWarehouseMutation = { __typename?: 'Mutation', createWarehouse: { __typename?: 'Warehouse', id: string, code: string, name: string, address?: string | null, isDefault: boolean, active: boolean, updatedAt: string } };

export type StockLevelFieldsFragment = { __typename?: 'StockLevel', id: string, productId: string, warehouseId: string, onHand: number, reserved: number, available: number, updatedAt: string, warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string } };

export type StockLevelsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockLevelFilter>;
}>;


export type StockLevelsQuery = { __typename?: 'Query', stockLevels: { __typename?: 'StockLevelConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StockLevelEdge', cursor: string, node: { __typename?: 'StockLevel', id: string, productId: string, warehouseId: string, onHand: number, reserved: number, available: number, updatedAt: string, warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string } } }> } };

export type StockMovementFieldsFragment = { __typename?: 'StockMovement', id: string, kind: StockMovementKind, productId: string, warehouseId: string, quantity: number, deltaOnHand: number, deltaReserved: number, reason?: string | null, reference?: string | null, createdAt: string, warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string }, actor?: { __typename?: 'StaffMember', id: string, fullName: string, email: string } | null };

export type StockMovementsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockMovementFilter>;
}>;


export type StockMovementsQuery = { __typename?: 'Query', stockMovements: { __typename?: 'StockMovementConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StockMovementEdge', cursor: string, node: { __typename?: 'StockMovement', id: string, kind: StockMovementKind, productId: string, warehouseId: string, quantity: number, deltaOnHand: number, deltaReserved: number, reason?: string | null, reference?: string | null, createdAt: string, warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string }, actor?: { __typename?: 'StaffMember', id: string, fullName: string, email: string } | null } }> } };

export type WarehouseFieldsFragment = { __typename?: 'Warehouse', id: string, code: string, name: string, address?: string | null, isDefault: boolean, active: boolean, updatedAt: string };

export type WarehousesQueryVariables = Exact<{ [key: string]: never; }>;


export type WarehousesQuery = { __typename?: 'Query', warehouses: Array<{ __typename?: 'Warehouse', id: string, code: string, name: string, address?: string | null, isDefault: boolean, active: boolean, updatedAt: string }> };

export type ReceiveStockMutationVariables = Exact<{
  input: ReceiveStockInput;
}>;


export type ReceiveStockMutation = { __typename?: 'Mutation', receiveStock: { __typename?: 'StockLevel', id: string, productId: string, warehouseId: string, onHand: number, reserved: number, available: number, updatedAt: string, warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string } } };

export type TransferStockMutationVariables = Exact<{
  input: TransferStockInput;
}>;


export type TransferStockMutation = { __typename?: 'Mutation', transferStock: { __typename?: 'StockTransferResult', from: { __typename?: 'StockLevel', id: string, productId: string, warehouseId: string, onHand: number, reserved: number, available: number, updatedAt: string, warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string } }, to: { __typename?: 'StockLevel', id: string, productId: string, warehouseId: string, onHand: number, reserved: number, available: number, updatedAt: string, warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string } } } };

export type UpdateWarehouseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWarehouseInput;
}>;


export type UpdateWarehouseMutation = { __typename?: 'Mutation', updateWarehouse: { __typename?: 'Warehouse', id: string, code: string, name: string, address?: string | null, isDefault: boolean, active: boolean, updatedAt: string } };

export type AddSuppressionMutationVariables = Exact<{
  input: AddSuppressionInput;
}>;


export type AddSuppressionMutation = { __typename?: 'Mutation', addSuppression: { __typename?: 'Suppression', id: string, channel: MessagingChannel, address: string, reason: SuppressionReason } };

export type CreateMessageTemplateMutationVariables = Exact<{
  input: CreateMessageTemplateInput;
}>;


export type CreateMessageTemplateMutation = { __typename?: 'Mutation', createMessageTemplate: { __typename?: 'MessageTemplate', id: string, key: string, name: string, channel: MessagingChannel, language: string, purpose: MessagePurpose, subject?: string | null, body: string, variables: Array<string>, createdAt: string, updatedAt: string } };

export type DeleteMessageTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMessageTemplateMutation = { __typename?: 'Mutation', deleteMessageTemplate: boolean };

export type BulkSendFieldsFragment = { __typename?: 'BulkSend', id: string, status: BulkSendStatus, channel: MessagingChannel, purpose: MessagePurpose, templateKey?: string | null, queued: number, skipped: number, error?: string | null, createdAt: string, finishedAt?: string | null };

export type BulkSendQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BulkSendQuery = { __typename?: 'Query', bulkSend: { __typename?: 'BulkSend', id: string, status: BulkSendStatus, channel: MessagingChannel, purpose: MessagePurpose, templateKey?: string | null, queued: number, skipped: number, error?: string | null, createdAt: string, finishedAt?: string | null } };

export type ContactNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContactNameQuery = { __typename?: 'Query', contact: { __typename?: 'Contact', id: string, fullName: string } };

export type MessageTemplateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MessageTemplateQuery = { __typename?: 'Query', messageTemplate: { __typename?: 'MessageTemplate', id: string, key: string, name: string, channel: MessagingChannel, language: string, purpose: MessagePurpose, subject?: string | null, body: string, variables: Array<string>, createdAt: string, updatedAt: string } };

export type MessageTemplateFieldsFragment = { __typename?: 'MessageTemplate', id: string, key: string, name: string, channel: MessagingChannel, language: string, purpose: MessagePurpose, subject?: string | null, body: string, variables: Array<string>, createdAt: string, updatedAt: string };

export type MessageTemplatesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageTemplateFilter>;
}>;


export type MessageTemplatesQuery = { __typename?: 'Query', messageTemplates: { __typename?: 'MessageTemplateConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MessageTemplateEdge', cursor: string, node: { __typename?: 'MessageTemplate', id: string, key: string, name: string, channel: MessagingChannel, language: string, purpose: MessagePurpose, subject?: string | null, body: string, variables: Array<string>, createdAt: string, updatedAt: string } }> } };

export type MessageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MessageQuery = { __typename?: 'Query', message: { __typename?: 'Message', bodyHtml?: string | null, providerMessageId?: string | null, lastError?: string | null, idempotencyKey?: string | null, sentAt?: string | null, deliveredAt?: string | null, id: string, contactId?: string | null, memberId?: string | null, channel: MessagingChannel, direction: Direction, purpose: MessagePurpose, recipient: string, subject?: string | null, bodyText: string, templateKey?: string | null, status: MessageStatus, statusReason?: string | null, attempts: number, createdAt: string, smsPartCount?: { __typename?: 'SmsParts', encoding: string, units: number, parts: number, remaining: number } | null, events: Array<{ __typename?: 'MessageEvent', id: string, status: MessageStatus, detail?: string | null, occurredAt: string }>, contact?: { __typename?: 'Contact', id: string, fullName: string } | null } };

export type MessageListFieldsFragment = { __typename?: 'Message', id: string, contactId?: string | null, memberId?: string | null, channel: MessagingChannel, direction: Direction, purpose: MessagePurpose, recipient: string, subject?: string | null, bodyText: string, templateKey?: string | null, status: MessageStatus, statusReason?: string | null, attempts: number, createdAt: string, contact?: { __typename?: 'Contact', id: string, fullName: string } | null };

export type MessagesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MessageFilter>;
}>;


export type MessagesQuery = { __typename?: 'Query', messages: { __typename?: 'MessageConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'MessageEdge', cursor: string, node: { __typename?: 'Message', id: string, contactId?: string | null, memberId?: string | null, channel: MessagingChannel, direction: Direction, purpose: MessagePurpose, recipient: string, subject?: string | null, bodyText: string, templateKey?: string | null, status: MessageStatus, statusReason?: string | null, attempts: number, createdAt: string, contact?: { __typename?: 'Contact', id: string, fullName: string } | null } }> } };

export type MessagingSettingsFieldsFragment = { __typename?: 'MessagingSettings', emailFromName?: string | null, emailFromAddress?: string | null, emailReplyTo?: string | null, emailFrom: string, dkimDomain?: string | null, dkimSelector?: string | null, dkimKeySet: boolean, smsProvider: SmsProviderKind, smsSender?: string | null, kavenegarUrl?: string | null, smsCredentialsSet: boolean, smsCredentialFields: Array<string>, emailPerSecond: number, smsPerSecond: number, quietHoursStart: number, quietHoursEnd: number, updatedAt?: string | null, smsGateway?: { __typename?: 'SmsGatewayConfigModel', url: string, method: SmsGatewayMethod, contentType: SmsGatewayContentType, headers: unknown, body: unknown, numberFormat: SmsNumberFormat, idPath?: string | null, successPath?: string | null, successValue?: string | null } | null };

export type MessagingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagingSettingsQuery = { __typename?: 'Query', messagingSettings: { __typename?: 'MessagingSettings', emailFromName?: string | null, emailFromAddress?: string | null, emailReplyTo?: string | null, emailFrom: string, dkimDomain?: string | null, dkimSelector?: string | null, dkimKeySet: boolean, smsProvider: SmsProviderKind, smsSender?: string | null, kavenegarUrl?: string | null, smsCredentialsSet: boolean, smsCredentialFields: Array<string>, emailPerSecond: number, smsPerSecond: number, quietHoursStart: number, quietHoursEnd: number, updatedAt?: string | null, smsGateway?: { __typename?: 'SmsGatewayConfigModel', url: string, method: SmsGatewayMethod, contentType: SmsGatewayContentType, headers: unknown, body: unknown, numberFormat: SmsNumberFormat, idPath?: string | null, successPath?: string | null, successValue?: string | null } | null } };

export type SuppressionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SuppressionFilter>;
}>;


export type SuppressionsQuery = { __typename?: 'Query', suppressions: { __typename?: 'SuppressionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'SuppressionEdge', cursor: string, node: { __typename?: 'Suppression', id: string, channel: MessagingChannel, address: string, reason: SuppressionReason, detail?: string | null, messageId?: string | null, createdAt: string } }> } };

export type TemplateVariablesQueryVariables = Exact<{ [key: string]: never; }>;


export type TemplateVariablesQuery = { __typename?: 'Query', templateVariables: Array<{ __typename?: 'TemplateVariable', name: string, kind: TemplateVariableKind, source: TemplateVariableSource, descriptionFa: string, descriptionEn: string }> };

export type PreviewMessageTemplateQueryVariables = Exact<{
  input: PreviewMessageTemplateInput;
}>;


export type PreviewMessageTemplateQuery = { __typename?: 'Query', previewMessageTemplate: { __typename?: 'MessageTemplatePreview', templateId?: string | null, language: string, subject?: string | null, bodyText: string, bodyHtml?: string | null, sampleParams: Array<string>, smsParts?: { __typename?: 'SmsParts', encoding: string, units: number, parts: number, remaining: number } | null } };

export type RemoveSuppressionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveSuppressionMutation = { __typename?: 'Mutation', removeSuppression: boolean };

export type SendBulkMessageMutationVariables = Exact<{
  input: SendBulkMessageInput;
}>;


export type SendBulkMessageMutation = { __typename?: 'Mutation', sendBulkMessage: { __typename?: 'BulkSend', id: string, status: BulkSendStatus, channel: MessagingChannel, purpose: MessagePurpose, templateKey?: string | null, queued: number, skipped: number, error?: string | null, createdAt: string, finishedAt?: string | null } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'Message', id: string, contactId?: string | null, memberId?: string | null, channel: MessagingChannel, direction: Direction, purpose: MessagePurpose, recipient: string, subject?: string | null, bodyText: string, templateKey?: string | null, status: MessageStatus, statusReason?: string | null, attempts: number, createdAt: string, contact?: { __typename?: 'Contact', id: string, fullName: string } | null } };

export type SendTestMessageMutationVariables = Exact<{
  channel: MessagingChannel;
  to: Scalars['String']['input'];
}>;


export type SendTestMessageMutation = { __typename?: 'Mutation', sendTestMessage: { __typename?: 'TestMessageResult', ok: boolean, providerMessageId?: string | null, error?: string | null } };

export type UpdateMessageTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateMessageTemplateInput;
}>;


export type UpdateMessageTemplateMutation = { __typename?: 'Mutation', updateMessageTemplate: { __typename?: 'MessageTemplate', id: string, key: string, name: string, channel: MessagingChannel, language: string, purpose: MessagePurpose, subject?: string | null, body: string, variables: Array<string>, createdAt: string, updatedAt: string } };

export type UpdateMessagingSettingsMutationVariables = Exact<{
  input: UpdateMessagingSettingsInput;
}>;


export type UpdateMessagingSettingsMutation = { __typename?: 'Mutation', updateMessagingSettings: { __typename?: 'MessagingSettings', emailFromName?: string | null, emailFromAddress?: string | null, emailReplyTo?: string | null, emailFrom: string, dkimDomain?: string | null, dkimSelector?: string | null, dkimKeySet: boolean, smsProvider: SmsProviderKind, smsSender?: string | null, kavenegarUrl?: string | null, smsCredentialsSet: boolean, smsCredentialFields: Array<string>, emailPerSecond: number, smsPerSecond: number, quietHoursStart: number, quietHoursEnd: number, updatedAt?: string | null, smsGateway?: { __typename?: 'SmsGatewayConfigModel', url: string, method: SmsGatewayMethod, contentType: SmsGatewayContentType, headers: unknown, body: unknown, numberFormat: SmsNumberFormat, idPath?: string | null, successPath?: string | null, successValue?: string | null } | null } };

export type CreateOpportunityMutationVariables = Exact<{
  input: CreateOpportunityInput;
}>;


export type CreateOpportunityMutation = { __typename?: 'Mutation', createOpportunity: { __typename?: 'Opportunity', id: string, title: string, amount: any, weightedAmount: any, probability: number, probabilityOverridden: boolean, status: OpportunityStatus, stageId: string, position: number, expectedCloseDate?: string | null, expectedCloseDateJalali?: string | null, notes?: string | null, lostReason?: string | null, wonAt?: string | null, lostAt?: string | null, proformaId?: string | null, contactId: string, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type CreatePipelineStageMutationVariables = Exact<{
  input: CreatePipelineStageInput;
}>;


export type CreatePipelineStageMutation = { __typename?: 'Mutation', createPipelineStage: { __typename?: 'PipelineStage', id: string, kind: PipelineStageKind, nameFa: string, nameEn: string, position: number, probability: number } };

export type CommissionRuleFieldsFragment = { __typename?: 'CommissionRule', id: string, name: string, appliesTo: CommissionAppliesTo, memberId?: string | null, teamId?: string | null, basis: CommissionBasis, tiers: Array<{ __typename?: 'CommissionTier', fromAmount?: any | null, fromAttainmentPercent?: number | null, rateBp: number }> };

export type CommissionRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionRulesQuery = { __typename?: 'Query', commissionRules: Array<{ __typename?: 'CommissionRule', id: string, name: string, appliesTo: CommissionAppliesTo, memberId?: string | null, teamId?: string | null, basis: CommissionBasis, tiers: Array<{ __typename?: 'CommissionTier', fromAmount?: any | null, fromAttainmentPercent?: number | null, rateBp: number }> }> };

export type OpportunityFieldsFragment = { __typename?: 'Opportunity', id: string, title: string, amount: any, weightedAmount: any, probability: number, probabilityOverridden: boolean, status: OpportunityStatus, stageId: string, position: number, expectedCloseDate?: string | null, expectedCloseDateJalali?: string | null, notes?: string | null, lostReason?: string | null, wonAt?: string | null, lostAt?: string | null, proformaId?: string | null, contactId: string, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null };

export type OpportunityBoardQueryVariables = Exact<{
  filter?: InputMaybe<OpportunityFilter>;
  perStage?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OpportunityBoardQuery = { __typename?: 'Query', opportunityBoard: { __typename?: 'OpportunityBoard', columns: Array<{ __typename?: 'OpportunityBoardColumn', count: number, amount: any, weightedAmount: any, stage: { __typename?: 'PipelineStage', id: string, kind: PipelineStageKind, nameFa: string, nameEn: string, position: number, probability: number }, opportunities: Array<{ __typename?: 'Opportunity', id: string, title: string, amount: any, weightedAmount: any, probability: number, probabilityOverridden: boolean, status: OpportunityStatus, stageId: string, position: number, expectedCloseDate?: string | null, expectedCloseDateJalali?: string | null, notes?: string | null, lostReason?: string | null, wonAt?: string | null, lostAt?: string | null, proformaId?: string | null, contactId: string, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null }> }> } };

export type PipelineStageFieldsFragment = { __typename?: 'PipelineStage', id: string, kind: PipelineStageKind, nameFa: string, nameEn: string, position: number, probability: number };

export type PipelineStagesQueryVariables = Exact<{ [key: string]: never; }>;


export type PipelineStagesQuery = { __typename?: 'Query', pipelineStages: Array<{ __typename?: 'PipelineStage', id: string, kind: PipelineStageKind, nameFa: string, nameEn: string, position: number, probability: number }> };

export type SalesPerformanceQueryVariables = Exact<{
  period: SalesPeriodInput;
}>;


export type SalesPerformanceQuery = { __typename?: 'Query', salesPerformance: { __typename?: 'SalesPerformance', period: { __typename?: 'SalesPeriod', kind: QuotaPeriodKind, jalaliYear: number, index: number, startsAt: string, endsAt: string }, reps: Array<{ __typename?: 'SalesPerformanceRow', memberId: string, target?: any | null, achieved: any, attainmentPercent?: number | null, commission: any, commissionRuleId?: string | null, member?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, teams: Array<{ __typename?: 'SalesTeamPerformanceRow', teamId: string, name: string, target?: any | null, achieved: any, attainmentPercent?: number | null, commission: any }> } };

export type SalesQuotasQueryVariables = Exact<{
  period: SalesPeriodInput;
}>;


export type SalesQuotasQuery = { __typename?: 'Query', salesQuotas: Array<{ __typename?: 'SalesQuota', id: string, memberId?: string | null, teamId?: string | null, jalaliYear: number, periodKind: QuotaPeriodKind, periodIndex: number, target: any }> };

export type SalesTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type SalesTeamsQuery = { __typename?: 'Query', salesTeams: Array<{ __typename?: 'SalesTeam', id: string, name: string, leadMemberId?: string | null, memberIds: Array<string> }> };

export type LoseOpportunityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: LoseOpportunityInput;
}>;


export type LoseOpportunityMutation = { __typename?: 'Mutation', loseOpportunity: { __typename?: 'Opportunity', id: string, title: string, amount: any, weightedAmount: any, probability: number, probabilityOverridden: boolean, status: OpportunityStatus, stageId: string, position: number, expectedCloseDate?: string | null, expectedCloseDateJalali?: string | null, notes?: string | null, lostReason?: string | null, wonAt?: string | null, lostAt?: string | null, proformaId?: string | null, contactId: string, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type MoveOpportunityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: MoveOpportunityInput;
}>;


export type MoveOpportunityMutation = { __typename?: 'Mutation', moveOpportunity: { __typename?: 'Opportunity', id: string, title: string, amount: any, weightedAmount: any, probability: number, probabilityOverridden: boolean, status: OpportunityStatus, stageId: string, position: number, expectedCloseDate?: string | null, expectedCloseDateJalali?: string | null, notes?: string | null, lostReason?: string | null, wonAt?: string | null, lostAt?: string | null, proformaId?: string | null, contactId: string, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type ReorderPipelineStagesMutationVariables = Exact<{
  stageIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ReorderPipelineStagesMutation = { __typename?: 'Mutation', reorderPipelineStages: Array<{ __typename?: 'PipelineStage', id: string, kind: PipelineStageKind, nameFa: string, nameEn: string, position: number, probability: number }> };

export type SetCommissionRuleMutationVariables = Exact<{
  input: SetCommissionRuleInput;
}>;


export type SetCommissionRuleMutation = { __typename?: 'Mutation', setCommissionRule: { __typename?: 'CommissionRule', id: string, name: string, appliesTo: CommissionAppliesTo, memberId?: string | null, teamId?: string | null, basis: CommissionBasis, tiers: Array<{ __typename?: 'CommissionTier', fromAmount?: any | null, fromAttainmentPercent?: number | null, rateBp: number }> } };

export type SetSalesQuotaMutationVariables = Exact<{
  input: SetSalesQuotaInput;
}>;


export type SetSalesQuotaMutation = { __typename?: 'Mutation', setSalesQuota: { __typename?: 'SalesQuota', id: string, target: any } };

export type UpdateOpportunityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOpportunityInput;
}>;


export type UpdateOpportunityMutation = { __typename?: 'Mutation', updateOpportunity: { __typename?: 'Opportunity', id: string, title: string, amount: any, weightedAmount: any, probability: number, probabilityOverridden: boolean, status: OpportunityStatus, stageId: string, position: number, expectedCloseDate?: string | null, expectedCloseDateJalali?: string | null, notes?: string | null, lostReason?: string | null, wonAt?: string | null, lostAt?: string | null, proformaId?: string | null, contactId: string, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type UpdatePipelineStageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePipelineStageInput;
}>;


export type UpdatePipelineStageMutation = { __typename?: 'Mutation', updatePipelineStage: { __typename?: 'PipelineStage', id: string, kind: PipelineStageKind, nameFa: string, nameEn: string, position: number, probability: number } };

export type WinOpportunityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WinOpportunityMutation = { __typename?: 'Mutation', winOpportunity: { __typename?: 'Opportunity', id: string, title: string, amount: any, weightedAmount: any, probability: number, probabilityOverridden: boolean, status: OpportunityStatus, stageId: string, position: number, expectedCloseDate?: string | null, expectedCloseDateJalali?: string | null, notes?: string | null, lostReason?: string | null, wonAt?: string | null, lostAt?: string | null, proformaId?: string | null, contactId: string, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type StaffAlertPreferenceFieldsFragment = { __typename?: 'StaffAlertPreference', event: string, description: string, channels: Array<MessagingChannel>, defaultChannels: Array<MessagingChannel>, customised: boolean };

export type MyAlertPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAlertPreferencesQuery = { __typename?: 'Query', myAlertPreferences: Array<{ __typename?: 'StaffAlertPreference', event: string, description: string, channels: Array<MessagingChannel>, defaultChannels: Array<MessagingChannel>, customised: boolean }> };

export type MyProfileFieldsFragment = { __typename?: 'User', id: string, email: string, fullName: string, locale: string, phone?: string | null };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string, phone?: string | null } | null } };

export type SetMyAlertPreferenceMutationVariables = Exact<{
  event: Scalars['String']['input'];
  channels: Array<MessagingChannel> | MessagingChannel;
}>;


export type SetMyAlertPreferenceMutation = { __typename?: 'Mutation', setMyAlertPreference: Array<{ __typename?: 'StaffAlertPreference', event: string, description: string, channels: Array<MessagingChannel>, defaultChannels: Array<MessagingChannel>, customised: boolean }> };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { __typename?: 'Mutation', updateMyProfile: { __typename?: 'User', id: string, email: string, fullName: string, locale: string, phone?: string | null } };

export type CancelInvoiceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelInvoiceMutation = { __typename?: 'Mutation', cancelInvoice: { __typename?: 'Invoice', issuedAtJalali: string, cancelledAt?: string | null, cancelReason?: string | null, completedAt?: string | null, id: string, number: number, numberDisplay: string, jalaliYear: number, status: InvoiceStatus, paymentStatus: PaymentStatus, issuedAt: string, paidTotal: any, balance: any, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any }, seller: { __typename?: 'InvoiceSeller', name: string, displayCurrency: string, timezone: string }, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, address?: string | null, city?: string | null, province?: string | null } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, proforma?: { __typename?: 'Proforma', id: string, number: number, couponCode?: string | null, notes?: string | null } | null, lines: Array<{ __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }>, payments: Array<{ __typename?: 'InvoicePayment', id: string, amount: any, method: PaymentMethod, reference?: string | null, paidAt: string, paidAtJalali: string, recordedBy?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, warehouseIssue?: { __typename?: 'WarehouseIssue', id: string, status: WarehouseIssueStatus, number: number, issuedAt: string, issuedAtJalali: string, shippedAt?: string | null, deliveredAt?: string | null, returnedAt?: string | null, cancelledAt?: string | null, trackingCode?: string | null, lines: Array<{ __typename?: 'WarehouseIssueLine', productId: string, productName: string, productSku: string, quantity: number, returnedQuantity: number }> } | null } };

export type CancelProformaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelProformaMutation = { __typename?: 'Mutation', cancelProforma: { __typename?: 'Proforma', notes?: string | null, confirmedAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, expiredAt?: string | null, createdAtJalali: string, id: string, number: number, status: ProformaStatus, source: ProformaSource, createdAt: string, expiresAt?: string | null, couponCode?: string | null, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any }, lines: Array<{ __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }>, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, invoice?: { __typename?: 'Invoice', id: string, numberDisplay: string } | null } };

export type ConfirmProformaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ConfirmProformaMutation = { __typename?: 'Mutation', confirmProforma: { __typename?: 'Proforma', notes?: string | null, confirmedAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, expiredAt?: string | null, createdAtJalali: string, id: string, number: number, status: ProformaStatus, source: ProformaSource, createdAt: string, expiresAt?: string | null, couponCode?: string | null, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any }, lines: Array<{ __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }>, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, invoice?: { __typename?: 'Invoice', id: string, numberDisplay: string } | null } };

export type CreateProformaMutationVariables = Exact<{
  input: CreateProformaInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateProformaMutation = { __typename?: 'Mutation', createProforma: { __typename?: 'Proforma', notes?: string | null, confirmedAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, expiredAt?: string | null, createdAtJalali: string, id: string, number: number, status: ProformaStatus, source: ProformaSource, createdAt: string, expiresAt?: string | null, couponCode?: string | null, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any }, lines: Array<{ __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }>, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, invoice?: { __typename?: 'Invoice', id: string, numberDisplay: string } | null } };

export type CreateWarehouseIssueMutationVariables = Exact<{
  invoiceId: Scalars['ID']['input'];
}>;


export type CreateWarehouseIssueMutation = { __typename?: 'Mutation', createWarehouseIssue: { __typename?: 'WarehouseIssue', id: string, number: number, status: WarehouseIssueStatus, issuedAt: string, issuedAtJalali: string, shippedAt?: string | null, deliveredAt?: string | null, returnedAt?: string | null, cancelledAt?: string | null, trackingCode?: string | null, invoice?: { __typename?: 'Invoice', id: string } | null, lines: Array<{ __typename?: 'WarehouseIssueLine', productId: string, productName: string, productSku: string, quantity: number, returnedQuantity: number }> } };

export type WarehouseIssueFieldsFragment = { __typename?: 'WarehouseIssue', id: string, number: number, status: WarehouseIssueStatus, issuedAt: string, issuedAtJalali: string, shippedAt?: string | null, deliveredAt?: string | null, returnedAt?: string | null, cancelledAt?: string | null, trackingCode?: string | null, lines: Array<{ __typename?: 'WarehouseIssueLine', productId: string, productName: string, productSku: string, quantity: number, returnedQuantity: number }> };

export type InvoiceFieldsFragment = { __typename?: 'Invoice', issuedAtJalali: string, cancelledAt?: string | null, cancelReason?: string | null, completedAt?: string | null, id: string, number: number, numberDisplay: string, jalaliYear: number, status: InvoiceStatus, paymentStatus: PaymentStatus, issuedAt: string, paidTotal: any, balance: any, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any }, seller: { __typename?: 'InvoiceSeller', name: string, displayCurrency: string, timezone: string }, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, address?: string | null, city?: string | null, province?: string | null } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, proforma?: { __typename?: 'Proforma', id: string, number: number, couponCode?: string | null, notes?: string | null } | null, lines: Array<{ __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }>, payments: Array<{ __typename?: 'InvoicePayment', id: string, amount: any, method: PaymentMethod, reference?: string | null, paidAt: string, paidAtJalali: string, recordedBy?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, warehouseIssue?: { __typename?: 'WarehouseIssue', id: string, status: WarehouseIssueStatus, number: number, issuedAt: string, issuedAtJalali: string, shippedAt?: string | null, deliveredAt?: string | null, returnedAt?: string | null, cancelledAt?: string | null, trackingCode?: string | null, lines: Array<{ __typename?: 'WarehouseIssueLine', productId: string, productName: string, productSku: string, quantity: number, returnedQuantity: number }> } | null };

export type InvoiceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceQuery = { __typename?: 'Query', invoice: { __typename?: 'Invoice', issuedAtJalali: string, cancelledAt?: string | null, cancelReason?: string | null, completedAt?: string | null, id: string, number: number, numberDisplay: string, jalaliYear: number, status: InvoiceStatus, paymentStatus: PaymentStatus, issuedAt: string, paidTotal: any, balance: any, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any }, seller: { __typename?: 'InvoiceSeller', name: string, displayCurrency: string, timezone: string }, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, address?: string | null, city?: string | null, province?: string | null } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, proforma?: { __typename?: 'Proforma', id: string, number: number, couponCode?: string | null, notes?: string | null } | null, lines: Array<{ __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }>, payments: Array<{ __typename?: 'InvoicePayment', id: string, amount: any, method: PaymentMethod, reference?: string | null, paidAt: string, paidAtJalali: string, recordedBy?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, warehouseIssue?: { __typename?: 'WarehouseIssue', id: string, status: WarehouseIssueStatus, number: number, issuedAt: string, issuedAtJalali: string, shippedAt?: string | null, deliveredAt?: string | null, returnedAt?: string | null, cancelledAt?: string | null, trackingCode?: string | null, lines: Array<{ __typename?: 'WarehouseIssueLine', productId: string, productName: string, productSku: string, quantity: number, returnedQuantity: number }> } | null } };

export type InvoiceListFieldsFragment = { __typename?: 'Invoice', id: string, number: number, numberDisplay: string, jalaliYear: number, status: InvoiceStatus, paymentStatus: PaymentStatus, issuedAt: string, paidTotal: any, balance: any, totals: { __typename?: 'SalesTotals', total: any }, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, warehouseIssue?: { __typename?: 'WarehouseIssue', id: string, status: WarehouseIssueStatus } | null };

export type InvoicesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
}>;


export type InvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'InvoiceEdge', cursor: string, node: { __typename?: 'Invoice', id: string, number: number, numberDisplay: string, jalaliYear: number, status: InvoiceStatus, paymentStatus: PaymentStatus, issuedAt: string, paidTotal: any, balance: any, totals: { __typename?: 'SalesTotals', total: any }, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, warehouseIssue?: { __typename?: 'WarehouseIssue', id: string, status: WarehouseIssueStatus } | null } }> } };

export type SalesLineFieldsFragment = { __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any };

export type ProformaFieldsFragment = { __typename?: 'Proforma', notes?: string | null, confirmedAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, expiredAt?: string | null, createdAtJalali: string, id: string, number: number, status: ProformaStatus, source: ProformaSource, createdAt: string, expiresAt?: string | null, couponCode?: string | null, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any }, lines: Array<{ __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }>, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, invoice?: { __typename?: 'Invoice', id: string, numberDisplay: string } | null };

export type ProformaQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProformaQuery = { __typename?: 'Query', proforma: { __typename?: 'Proforma', notes?: string | null, confirmedAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, expiredAt?: string | null, createdAtJalali: string, id: string, number: number, status: ProformaStatus, source: ProformaSource, createdAt: string, expiresAt?: string | null, couponCode?: string | null, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any }, lines: Array<{ __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }>, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, invoice?: { __typename?: 'Invoice', id: string, numberDisplay: string } | null } };

export type ProformaListFieldsFragment = { __typename?: 'Proforma', id: string, number: number, status: ProformaStatus, source: ProformaSource, createdAt: string, expiresAt?: string | null, couponCode?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, taxTotal: any, total: any }, invoice?: { __typename?: 'Invoice', id: string, numberDisplay: string } | null };

export type ProformasQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProformaFilter>;
}>;


export type ProformasQuery = { __typename?: 'Query', proformas: { __typename?: 'ProformaConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProformaEdge', cursor: string, node: { __typename?: 'Proforma', id: string, number: number, status: ProformaStatus, source: ProformaSource, createdAt: string, expiresAt?: string | null, couponCode?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, taxTotal: any, total: any }, invoice?: { __typename?: 'Invoice', id: string, numberDisplay: string } | null } }> } };

export type IssueInvoiceMutationVariables = Exact<{
  proformaId: Scalars['ID']['input'];
}>;


export type IssueInvoiceMutation = { __typename?: 'Mutation', issueInvoice: { __typename?: 'Invoice', issuedAtJalali: string, cancelledAt?: string | null, cancelReason?: string | null, completedAt?: string | null, id: string, number: number, numberDisplay: string, jalaliYear: number, status: InvoiceStatus, paymentStatus: PaymentStatus, issuedAt: string, paidTotal: any, balance: any, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any }, seller: { __typename?: 'InvoiceSeller', name: string, displayCurrency: string, timezone: string }, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, address?: string | null, city?: string | null, province?: string | null } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, proforma?: { __typename?: 'Proforma', id: string, number: number, couponCode?: string | null, notes?: string | null } | null, lines: Array<{ __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }>, payments: Array<{ __typename?: 'InvoicePayment', id: string, amount: any, method: PaymentMethod, reference?: string | null, paidAt: string, paidAtJalali: string, recordedBy?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, warehouseIssue?: { __typename?: 'WarehouseIssue', id: string, status: WarehouseIssueStatus, number: number, issuedAt: string, issuedAtJalali: string, shippedAt?: string | null, deliveredAt?: string | null, returnedAt?: string | null, cancelledAt?: string | null, trackingCode?: string | null, lines: Array<{ __typename?: 'WarehouseIssueLine', productId: string, productName: string, productSku: string, quantity: number, returnedQuantity: number }> } | null } };

export type MarkIssueDeliveredMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkIssueDeliveredMutation = { __typename?: 'Mutation', markIssueDelivered: { __typename?: 'WarehouseIssue', id: string, number: number, status: WarehouseIssueStatus, issuedAt: string, issuedAtJalali: string, shippedAt?: string | null, deliveredAt?: string | null, returnedAt?: string | null, cancelledAt?: string | null, trackingCode?: string | null, invoice?: { __typename?: 'Invoice', id: string } | null, lines: Array<{ __typename?: 'WarehouseIssueLine', productId: string, productName: string, productSku: string, quantity: number, returnedQuantity: number }> } };

export type MarkIssueShippedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  trackingCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type MarkIssueShippedMutation = { __typename?: 'Mutation', markIssueShipped: { __typename?: 'WarehouseIssue', id: string, number: number, status: WarehouseIssueStatus, issuedAt: string, issuedAtJalali: string, shippedAt?: string | null, deliveredAt?: string | null, returnedAt?: string | null, cancelledAt?: string | null, trackingCode?: string | null, invoice?: { __typename?: 'Invoice', id: string } | null, lines: Array<{ __typename?: 'WarehouseIssueLine', productId: string, productName: string, productSku: string, quantity: number, returnedQuantity: number }> } };

export type RecordPaymentMutationVariables = Exact<{
  invoiceId: Scalars['ID']['input'];
  input: RecordPaymentInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordPaymentMutation = { __typename?: 'Mutation', recordPayment: { __typename?: 'Invoice', issuedAtJalali: string, cancelledAt?: string | null, cancelReason?: string | null, completedAt?: string | null, id: string, number: number, numberDisplay: string, jalaliYear: number, status: InvoiceStatus, paymentStatus: PaymentStatus, issuedAt: string, paidTotal: any, balance: any, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any }, seller: { __typename?: 'InvoiceSeller', name: string, displayCurrency: string, timezone: string }, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, address?: string | null, city?: string | null, province?: string | null } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, proforma?: { __typename?: 'Proforma', id: string, number: number, couponCode?: string | null, notes?: string | null } | null, lines: Array<{ __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }>, payments: Array<{ __typename?: 'InvoicePayment', id: string, amount: any, method: PaymentMethod, reference?: string | null, paidAt: string, paidAtJalali: string, recordedBy?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, warehouseIssue?: { __typename?: 'WarehouseIssue', id: string, status: WarehouseIssueStatus, number: number, issuedAt: string, issuedAtJalali: string, shippedAt?: string | null, deliveredAt?: string | null, returnedAt?: string | null, cancelledAt?: string | null, trackingCode?: string | null, lines: Array<{ __typename?: 'WarehouseIssueLine', productId: string, productName: string, productSku: string, quantity: number, returnedQuantity: number }> } | null } };

export type ReturnWarehouseIssueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReturnWarehouseIssueMutation = { __typename?: 'Mutation', returnWarehouseIssue: { __typename?: 'WarehouseIssue', id: string, number: number, status: WarehouseIssueStatus, issuedAt: string, issuedAtJalali: string, shippedAt?: string | null, deliveredAt?: string | null, returnedAt?: string | null, cancelledAt?: string | null, trackingCode?: string | null, invoice?: { __typename?: 'Invoice', id: string } | null, lines: Array<{ __typename?: 'WarehouseIssueLine', productId: string, productName: string, productSku: string, quantity: number, returnedQuantity: number }> } };

export type ProductOptionFieldsFragment = { __typename?: 'Product', id: string, sku: string, nameFa: string, nameEn?: string | null, unit: string, basePrice: any, taxRateBp: number, availability: { __typename?: 'ProductAvailability', available: number, status: AvailabilityStatus } };

export type SearchProductsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchProductsQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', edges: Array<{ __typename?: 'ProductEdge', node: { __typename?: 'Product', id: string, sku: string, nameFa: string, nameEn?: string | null, unit: string, basePrice: any, taxRateBp: number, availability: { __typename?: 'ProductAvailability', available: number, status: AvailabilityStatus } } }> } };

export type UpdateProformaMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProformaInput;
}>;


export type UpdateProformaMutation = { __typename?: 'Mutation', updateProforma: { __typename?: 'Proforma', notes?: string | null, confirmedAt?: string | null, cancelledAt?: string | null, cancelReason?: string | null, expiredAt?: string | null, createdAtJalali: string, id: string, number: number, status: ProformaStatus, source: ProformaSource, createdAt: string, expiresAt?: string | null, couponCode?: string | null, totals: { __typename?: 'SalesTotals', subtotal: any, discountTotal: any, couponDiscount: any, taxTotal: any, total: any }, lines: Array<{ __typename?: 'SalesLine', id: string, position: number, productId: string, productName: string, productSku: string, unit?: string | null, quantity: number, unitBasePrice: any, unitPrice: any, discount: any, couponDiscount: any, taxRateBp: number, tax: any, total: any }>, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, owner?: { __typename?: 'StaffMember', id: string, fullName: string } | null, invoice?: { __typename?: 'Invoice', id: string, numberDisplay: string } | null } };

export type ChangeStaffRoleMutationVariables = Exact<{
  input: ChangeStaffRoleInput;
}>;


export type ChangeStaffRoleMutation = { __typename?: 'Mutation', changeStaffRole: { __typename?: 'StaffMember', id: string, role: StaffRole, status: StaffStatus } };

export type DisableStaffMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisableStaffMemberMutation = { __typename?: 'Mutation', disableStaffMember: { __typename?: 'StaffMember', id: string, role: StaffRole, status: StaffStatus } };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, role: StaffRole, status: InvitationStatus, expiresAt: string, createdAt: string }> };

export type StaffMembersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffMembersQuery = { __typename?: 'Query', staffMembers: { __typename?: 'StaffMemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StaffMemberEdge', cursor: string, node: { __typename?: 'StaffMember', id: string, email: string, fullName: string, role: StaffRole, status: StaffStatus, createdAt: string, lastLoginAt?: string | null, extension?: string | null } }> } };

export type InviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type InviteStaffMutation = { __typename?: 'Mutation', inviteStaff: { __typename?: 'Invitation', id: string, email: string, role: StaffRole, status: InvitationStatus, expiresAt: string, createdAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, status: InvitationStatus } };

export type CancelTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelTaskMutation = { __typename?: 'Mutation', cancelTask: { __typename?: 'Task', id: string, kind: TaskKind, title: string, notes?: string | null, dueAt?: string | null, status: TaskStatus, outcome?: string | null, completedAt?: string | null, createdAt: string, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null } };

export type CompleteTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompleteTaskMutation = { __typename?: 'Mutation', completeTask: { __typename?: 'Task', id: string, kind: TaskKind, title: string, notes?: string | null, dueAt?: string | null, status: TaskStatus, outcome?: string | null, completedAt?: string | null, createdAt: string, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null } };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { __typename?: 'Mutation', createTask: { __typename?: 'Task', id: string, kind: TaskKind, title: string, notes?: string | null, dueAt?: string | null, status: TaskStatus, outcome?: string | null, completedAt?: string | null, createdAt: string, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null } };

export type ContactTasksQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  status?: InputMaybe<TaskStatus>;
}>;


export type ContactTasksQuery = { __typename?: 'Query', contact: { __typename?: 'Contact', id: string, tasks: Array<{ __typename?: 'Task', id: string, kind: TaskKind, title: string, notes?: string | null, dueAt?: string | null, status: TaskStatus, outcome?: string | null, completedAt?: string | null, createdAt: string, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null }> } };

export type TaskFieldsFragment = { __typename?: 'Task', id: string, kind: TaskKind, title: string, notes?: string | null, dueAt?: string | null, status: TaskStatus, outcome?: string | null, completedAt?: string | null, createdAt: string, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null };

export type MyTasksQueryVariables = Exact<{
  scope?: InputMaybe<TaskScope>;
}>;


export type MyTasksQuery = { __typename?: 'Query', myTasks: Array<{ __typename?: 'Task', id: string, kind: TaskKind, title: string, notes?: string | null, dueAt?: string | null, status: TaskStatus, outcome?: string | null, completedAt?: string | null, createdAt: string, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null } | null }> };

export type AssignTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AssignTicketMutation = { __typename?: 'Mutation', assignTicket: { __typename?: 'Ticket', reopenedCount: number, slaWarnedAt?: string | null, resolutionWarnedAt?: string | null, slaPausedAt?: string | null, slaPausedMinutes: number, allowedTransitions: Array<TicketStatus>, csatScore?: number | null, csatComment?: string | null, csatRequestedAt?: string | null, csatRatedAt?: string | null, tags: Array<string>, id: string, number: number, subject: string, status: TicketStatus, priority: TicketPriority, type: TicketType, channel: TicketChannel, queueId?: string | null, categoryId?: string | null, createdAt: string, updatedAt: string, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, slaBreachedAt?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, city?: string | null, stage: LifecycleStage } | null, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: TicketMessageKind, body: string, channel: TicketChannel, createdAt: string, authorContactId?: string | null, author?: { __typename?: 'StaffMember', id: string, fullName: string } | null, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, sizeBytes: number, url: string }> }>, history: Array<{ __typename?: 'TicketHistoryEvent', id: string, kind: TicketEventKind, fromValue?: string | null, toValue?: string | null, data: unknown, createdAt: string, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type CloseTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseTicketMutation = { __typename?: 'Mutation', closeTicket: { __typename?: 'Ticket', reopenedCount: number, slaWarnedAt?: string | null, resolutionWarnedAt?: string | null, slaPausedAt?: string | null, slaPausedMinutes: number, allowedTransitions: Array<TicketStatus>, csatScore?: number | null, csatComment?: string | null, csatRequestedAt?: string | null, csatRatedAt?: string | null, tags: Array<string>, id: string, number: number, subject: string, status: TicketStatus, priority: TicketPriority, type: TicketType, channel: TicketChannel, queueId?: string | null, categoryId?: string | null, createdAt: string, updatedAt: string, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, slaBreachedAt?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, city?: string | null, stage: LifecycleStage } | null, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: TicketMessageKind, body: string, channel: TicketChannel, createdAt: string, authorContactId?: string | null, author?: { __typename?: 'StaffMember', id: string, fullName: string } | null, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, sizeBytes: number, url: string }> }>, history: Array<{ __typename?: 'TicketHistoryEvent', id: string, kind: TicketEventKind, fromValue?: string | null, toValue?: string | null, data: unknown, createdAt: string, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type CreateTicketCategoryMutationVariables = Exact<{
  input: CreateTicketCategoryInput;
}>;


export type CreateTicketCategoryMutation = { __typename?: 'Mutation', createTicketCategory: { __typename?: 'TicketCategory', id: string, nameFa: string, nameEn: string, queueId?: string | null } };

export type CreateTicketQueueMutationVariables = Exact<{
  input: TicketQueueInput;
}>;


export type CreateTicketQueueMutation = { __typename?: 'Mutation', createTicketQueue: { __typename?: 'TicketQueue', id: string, name: string, assignmentMode: TicketAssignmentMode, memberIds: Array<string>, fixedMemberId?: string | null, supervisorMemberId?: string | null } };

export type CreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateTicketMutation = { __typename?: 'Mutation', createTicket: { __typename?: 'Ticket', reopenedCount: number, slaWarnedAt?: string | null, resolutionWarnedAt?: string | null, slaPausedAt?: string | null, slaPausedMinutes: number, allowedTransitions: Array<TicketStatus>, csatScore?: number | null, csatComment?: string | null, csatRequestedAt?: string | null, csatRatedAt?: string | null, tags: Array<string>, id: string, number: number, subject: string, status: TicketStatus, priority: TicketPriority, type: TicketType, channel: TicketChannel, queueId?: string | null, categoryId?: string | null, createdAt: string, updatedAt: string, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, slaBreachedAt?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, city?: string | null, stage: LifecycleStage } | null, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: TicketMessageKind, body: string, channel: TicketChannel, createdAt: string, authorContactId?: string | null, author?: { __typename?: 'StaffMember', id: string, fullName: string } | null, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, sizeBytes: number, url: string }> }>, history: Array<{ __typename?: 'TicketHistoryEvent', id: string, kind: TicketEventKind, fromValue?: string | null, toValue?: string | null, data: unknown, createdAt: string, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type BusinessCalendarFieldsFragment = { __typename?: 'BusinessCalendarModel', timeZone: string, isDefault: boolean, openNow: boolean, nextOpeningAt?: string | null, week: Array<Array<{ __typename?: 'BusinessHoursRange', start: string, end: string }>>, holidays: Array<{ __typename?: 'BusinessHoliday', calendar: CalendarSystem, year?: number | null, month: number, day: number }> };

export type BusinessCalendarQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessCalendarQuery = { __typename?: 'Query', businessCalendar: { __typename?: 'BusinessCalendarModel', timeZone: string, isDefault: boolean, openNow: boolean, nextOpeningAt?: string | null, week: Array<Array<{ __typename?: 'BusinessHoursRange', start: string, end: string }>>, holidays: Array<{ __typename?: 'BusinessHoliday', calendar: CalendarSystem, year?: number | null, month: number, day: number }> } };

export type SlaPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaPoliciesQuery = { __typename?: 'Query', slaPolicies: Array<{ __typename?: 'SlaPolicy', priority: TicketPriority, firstResponseMinutes: number, resolutionMinutes: number, warnBeforeMinutes: number, isDefault: boolean }> };

export type TicketCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketCategoriesQuery = { __typename?: 'Query', ticketCategories: Array<{ __typename?: 'TicketCategory', id: string, nameFa: string, nameEn: string, queueId?: string | null }> };

export type TicketMetricsQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type TicketMetricsQuery = { __typename?: 'Query', ticketMetrics: { __typename?: 'TicketMetrics', total: number, complaints: number, complaintRate?: number | null, open: number, byCategory: Array<{ __typename?: 'TicketCategoryCount', categoryId?: string | null, nameFa?: string | null, nameEn?: string | null, count: number, complaints: number }>, firstResponse: { __typename?: 'TicketDurationStats', count: number, medianMinutes?: number | null }, resolution: { __typename?: 'TicketDurationStats', count: number, medianMinutes?: number | null }, sla: { __typename?: 'TicketSlaStats', measured: number, complianceRate?: number | null }, csat: { __typename?: 'TicketCsatStats', responses: number, averageScore?: number | null, satisfiedRate?: number | null } } };

export type TicketQueueFieldsFragment = { __typename?: 'TicketQueue', id: string, name: string, assignmentMode: TicketAssignmentMode, memberIds: Array<string>, fixedMemberId?: string | null, supervisorMemberId?: string | null };

export type TicketQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketQueuesQuery = { __typename?: 'Query', ticketQueues: Array<{ __typename?: 'TicketQueue', id: string, name: string, assignmentMode: TicketAssignmentMode, memberIds: Array<string>, fixedMemberId?: string | null, supervisorMemberId?: string | null }> };

export type TicketFieldsFragment = { __typename?: 'Ticket', reopenedCount: number, slaWarnedAt?: string | null, resolutionWarnedAt?: string | null, slaPausedAt?: string | null, slaPausedMinutes: number, allowedTransitions: Array<TicketStatus>, csatScore?: number | null, csatComment?: string | null, csatRequestedAt?: string | null, csatRatedAt?: string | null, tags: Array<string>, id: string, number: number, subject: string, status: TicketStatus, priority: TicketPriority, type: TicketType, channel: TicketChannel, queueId?: string | null, categoryId?: string | null, createdAt: string, updatedAt: string, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, slaBreachedAt?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, city?: string | null, stage: LifecycleStage } | null, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: TicketMessageKind, body: string, channel: TicketChannel, createdAt: string, authorContactId?: string | null, author?: { __typename?: 'StaffMember', id: string, fullName: string } | null, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, sizeBytes: number, url: string }> }>, history: Array<{ __typename?: 'TicketHistoryEvent', id: string, kind: TicketEventKind, fromValue?: string | null, toValue?: string | null, data: unknown, createdAt: string, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null };

export type TicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TicketQuery = { __typename?: 'Query', ticket: { __typename?: 'Ticket', reopenedCount: number, slaWarnedAt?: string | null, resolutionWarnedAt?: string | null, slaPausedAt?: string | null, slaPausedMinutes: number, allowedTransitions: Array<TicketStatus>, csatScore?: number | null, csatComment?: string | null, csatRequestedAt?: string | null, csatRatedAt?: string | null, tags: Array<string>, id: string, number: number, subject: string, status: TicketStatus, priority: TicketPriority, type: TicketType, channel: TicketChannel, queueId?: string | null, categoryId?: string | null, createdAt: string, updatedAt: string, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, slaBreachedAt?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, city?: string | null, stage: LifecycleStage } | null, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: TicketMessageKind, body: string, channel: TicketChannel, createdAt: string, authorContactId?: string | null, author?: { __typename?: 'StaffMember', id: string, fullName: string } | null, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, sizeBytes: number, url: string }> }>, history: Array<{ __typename?: 'TicketHistoryEvent', id: string, kind: TicketEventKind, fromValue?: string | null, toValue?: string | null, data: unknown, createdAt: string, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type TicketListFieldsFragment = { __typename?: 'Ticket', id: string, number: number, subject: string, status: TicketStatus, priority: TicketPriority, type: TicketType, channel: TicketChannel, queueId?: string | null, categoryId?: string | null, createdAt: string, updatedAt: string, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, slaBreachedAt?: string | null, slaPausedAt?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null };

export type TicketsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
}>;


export type TicketsQuery = { __typename?: 'Query', tickets: { __typename?: 'TicketConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'TicketEdge', cursor: string, node: { __typename?: 'Ticket', id: string, number: number, subject: string, status: TicketStatus, priority: TicketPriority, type: TicketType, channel: TicketChannel, queueId?: string | null, categoryId?: string | null, createdAt: string, updatedAt: string, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, slaBreachedAt?: string | null, slaPausedAt?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string } | null, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null } }> } };

export type ReplyToTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReplyToTicketInput;
}>;


export type ReplyToTicketMutation = { __typename?: 'Mutation', replyToTicket: { __typename?: 'Ticket', reopenedCount: number, slaWarnedAt?: string | null, resolutionWarnedAt?: string | null, slaPausedAt?: string | null, slaPausedMinutes: number, allowedTransitions: Array<TicketStatus>, csatScore?: number | null, csatComment?: string | null, csatRequestedAt?: string | null, csatRatedAt?: string | null, tags: Array<string>, id: string, number: number, subject: string, status: TicketStatus, priority: TicketPriority, type: TicketType, channel: TicketChannel, queueId?: string | null, categoryId?: string | null, createdAt: string, updatedAt: string, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, slaBreachedAt?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, city?: string | null, stage: LifecycleStage } | null, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: TicketMessageKind, body: string, channel: TicketChannel, createdAt: string, authorContactId?: string | null, author?: { __typename?: 'StaffMember', id: string, fullName: string } | null, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, sizeBytes: number, url: string }> }>, history: Array<{ __typename?: 'TicketHistoryEvent', id: string, kind: TicketEventKind, fromValue?: string | null, toValue?: string | null, data: unknown, createdAt: string, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type ResolveTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveTicketMutation = { __typename?: 'Mutation', resolveTicket: { __typename?: 'Ticket', reopenedCount: number, slaWarnedAt?: string | null, resolutionWarnedAt?: string | null, slaPausedAt?: string | null, slaPausedMinutes: number, allowedTransitions: Array<TicketStatus>, csatScore?: number | null, csatComment?: string | null, csatRequestedAt?: string | null, csatRatedAt?: string | null, tags: Array<string>, id: string, number: number, subject: string, status: TicketStatus, priority: TicketPriority, type: TicketType, channel: TicketChannel, queueId?: string | null, categoryId?: string | null, createdAt: string, updatedAt: string, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, slaBreachedAt?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, city?: string | null, stage: LifecycleStage } | null, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: TicketMessageKind, body: string, channel: TicketChannel, createdAt: string, authorContactId?: string | null, author?: { __typename?: 'StaffMember', id: string, fullName: string } | null, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, sizeBytes: number, url: string }> }>, history: Array<{ __typename?: 'TicketHistoryEvent', id: string, kind: TicketEventKind, fromValue?: string | null, toValue?: string | null, data: unknown, createdAt: string, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type SetSlaPolicyMutationVariables = Exact<{
  input: SlaPolicyInput;
}>;


export type SetSlaPolicyMutation = { __typename?: 'Mutation', setSlaPolicy: { __typename?: 'SlaPolicy', priority: TicketPriority, firstResponseMinutes: number, resolutionMinutes: number, warnBeforeMinutes: number, isDefault: boolean } };

export type SetTicketStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: TicketStatus;
}>;


export type SetTicketStatusMutation = { __typename?: 'Mutation', setTicketStatus: { __typename?: 'Ticket', reopenedCount: number, slaWarnedAt?: string | null, resolutionWarnedAt?: string | null, slaPausedAt?: string | null, slaPausedMinutes: number, allowedTransitions: Array<TicketStatus>, csatScore?: number | null, csatComment?: string | null, csatRequestedAt?: string | null, csatRatedAt?: string | null, tags: Array<string>, id: string, number: number, subject: string, status: TicketStatus, priority: TicketPriority, type: TicketType, channel: TicketChannel, queueId?: string | null, categoryId?: string | null, createdAt: string, updatedAt: string, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, slaBreachedAt?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, city?: string | null, stage: LifecycleStage } | null, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: TicketMessageKind, body: string, channel: TicketChannel, createdAt: string, authorContactId?: string | null, author?: { __typename?: 'StaffMember', id: string, fullName: string } | null, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, sizeBytes: number, url: string }> }>, history: Array<{ __typename?: 'TicketHistoryEvent', id: string, kind: TicketEventKind, fromValue?: string | null, toValue?: string | null, data: unknown, createdAt: string, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type TicketMacrosQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketMacrosQuery = { __typename?: 'Query', ticketMacros: Array<{ __typename?: 'TicketMacro', id: string, name: string, body: string, updatedAt: string }> };

export type CreateTicketMacroMutationVariables = Exact<{
  input: TicketMacroInput;
}>;


export type CreateTicketMacroMutation = { __typename?: 'Mutation', createTicketMacro: { __typename?: 'TicketMacro', id: string } };

export type UpdateTicketMacroMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: TicketMacroInput;
}>;


export type UpdateTicketMacroMutation = { __typename?: 'Mutation', updateTicketMacro: { __typename?: 'TicketMacro', id: string } };

export type DeleteTicketMacroMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteTicketMacroMutation = { __typename?: 'Mutation', deleteTicketMacro: boolean };

export type RenderTicketMacroQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
}>;


export type RenderTicketMacroQuery = { __typename?: 'Query', renderTicketMacro: string };

export type TicketingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TicketingSettingsQuery = { __typename?: 'Query', ticketingSettings: { __typename?: 'TicketingSettings', autoCloseDays: number, smsKeywords: Array<string>, csatEnabled: boolean } };

export type UpdateTicketingSettingsMutationVariables = Exact<{
  input: UpdateTicketingSettingsInput;
}>;


export type UpdateTicketingSettingsMutation = { __typename?: 'Mutation', updateTicketingSettings: { __typename?: 'TicketingSettings', autoCloseDays: number, smsKeywords: Array<string>, csatEnabled: boolean } };

export type UpdateBusinessCalendarMutationVariables = Exact<{
  input: UpdateBusinessCalendarInput;
}>;


export type UpdateBusinessCalendarMutation = { __typename?: 'Mutation', updateBusinessCalendar: { __typename?: 'BusinessCalendarModel', timeZone: string, isDefault: boolean, openNow: boolean, nextOpeningAt?: string | null, week: Array<Array<{ __typename?: 'BusinessHoursRange', start: string, end: string }>>, holidays: Array<{ __typename?: 'BusinessHoliday', calendar: CalendarSystem, year?: number | null, month: number, day: number }> } };

export type UpdateTicketQueueMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTicketQueueInput;
}>;


export type UpdateTicketQueueMutation = { __typename?: 'Mutation', updateTicketQueue: { __typename?: 'TicketQueue', id: string, name: string, assignmentMode: TicketAssignmentMode, memberIds: Array<string>, fixedMemberId?: string | null, supervisorMemberId?: string | null } };

export type UpdateTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTicketInput;
}>;


export type UpdateTicketMutation = { __typename?: 'Mutation', updateTicket: { __typename?: 'Ticket', reopenedCount: number, slaWarnedAt?: string | null, resolutionWarnedAt?: string | null, slaPausedAt?: string | null, slaPausedMinutes: number, allowedTransitions: Array<TicketStatus>, csatScore?: number | null, csatComment?: string | null, csatRequestedAt?: string | null, csatRatedAt?: string | null, tags: Array<string>, id: string, number: number, subject: string, status: TicketStatus, priority: TicketPriority, type: TicketType, channel: TicketChannel, queueId?: string | null, categoryId?: string | null, createdAt: string, updatedAt: string, firstResponseAt?: string | null, firstResponseDueAt?: string | null, resolutionDueAt?: string | null, resolvedAt?: string | null, closedAt?: string | null, slaBreachedAt?: string | null, contact?: { __typename?: 'Contact', id: string, fullName: string, primaryPhone?: string | null, email?: string | null, city?: string | null, stage: LifecycleStage } | null, messages: Array<{ __typename?: 'TicketMessage', id: string, kind: TicketMessageKind, body: string, channel: TicketChannel, createdAt: string, authorContactId?: string | null, author?: { __typename?: 'StaffMember', id: string, fullName: string } | null, attachments: Array<{ __typename?: 'TicketAttachment', id: string, fileName: string, contentType: string, sizeBytes: number, url: string }> }>, history: Array<{ __typename?: 'TicketHistoryEvent', id: string, kind: TicketEventKind, fromValue?: string | null, toValue?: string | null, data: unknown, createdAt: string, actor?: { __typename?: 'StaffMember', id: string, fullName: string } | null }>, assignee?: { __typename?: 'StaffMember', id: string, fullName: string } | null } };

export type UpdateWorkspaceMutationVariables = Exact<{
  input: UpdateWorkspaceInput;
}>;


export type UpdateWorkspaceMutation = { __typename?: 'Mutation', updateWorkspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } };

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
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const FollowUpPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment FollowUpPlanFields on FollowUpPlan {
  id
  name
  description
  trigger
  active
  teamMemberIds
  activeEnrolments
  createdAt
  steps {
    id
    position
    kind
    delayDays
    templateKey
    subject
    body
    callScript
    maxAttempts
    skipIfPurchased
    skipIfReplied
  }
}
    `, {"fragmentName":"FollowUpPlanFields"}) as unknown as TypedDocumentString<FollowUpPlanFieldsFragment, unknown>;
export const JobRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobRunFields on JobRun {
  id
  job
  slot
  day
  workspaceOnly
  trigger
  status
  queuedAt
  startedAt
  finishedAt
  items
  errorCount
  errors {
    message
  }
}
    `, {"fragmentName":"JobRunFields"}) as unknown as TypedDocumentString<JobRunFieldsFragment, unknown>;
export const CouponFieldsFragmentDoc = new TypedDocumentString(`
    fragment CouponFields on Coupon {
  id
  code
  description
  kind
  value
  maxDiscount
  minOrderTotal
  productIds
  categoryIds
  contactId
  maxUses
  perContactLimit
  uses
  validFrom
  validTo
  active
  updatedAt
}
    `, {"fragmentName":"CouponFields"}) as unknown as TypedDocumentString<CouponFieldsFragment, unknown>;
export const PriceListFieldsFragmentDoc = new TypedDocumentString(`
    fragment PriceListFields on PriceList {
  id
  name
  kind
  target
  priority
  active
  validFrom
  validTo
  updatedAt
  items {
    id
    productId
    categoryId
    price
    discountBp
    minQuantity
  }
}
    `, {"fragmentName":"PriceListFields"}) as unknown as TypedDocumentString<PriceListFieldsFragment, unknown>;
export const ProductCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductCategoryFields on ProductCategory {
  id
  parentId
  nameFa
  nameEn
  slug
  tags
  position
  depth
}
    `, {"fragmentName":"ProductCategoryFields"}) as unknown as TypedDocumentString<ProductCategoryFieldsFragment, unknown>;
export const ProductListFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductListFields on Product {
  id
  sku
  nameFa
  nameEn
  categoryId
  unit
  basePrice
  taxRateBp
  active
  archivedAt
  lowStockThreshold
  availability {
    productId
    onHand
    reserved
    available
    lowStock
    status
  }
}
    `, {"fragmentName":"ProductListFields"}) as unknown as TypedDocumentString<ProductListFieldsFragment, unknown>;
export const ProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductFields on Product {
  ...ProductListFields
  description
  imageUrls
  createdAt
  updatedAt
  availability {
    productId
    lowStockThreshold
  }
}
    fragment ProductListFields on Product {
  id
  sku
  nameFa
  nameEn
  categoryId
  unit
  basePrice
  taxRateBp
  active
  archivedAt
  lowStockThreshold
  availability {
    productId
    onHand
    reserved
    available
    lowStock
    status
  }
}`, {"fragmentName":"ProductFields"}) as unknown as TypedDocumentString<ProductFieldsFragment, unknown>;
export const ClubMemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClubMemberFields on ClubMember {
  id
  contactId
  status
  joinedAt
  joinedVia
  lastSignInAt
  blockedAt
  blockedReason
  hasPassword
  balance
  tier {
    id
    code
    name
  }
  contact {
    id
    fullName
    primaryPhone
  }
}
    `, {"fragmentName":"ClubMemberFields"}) as unknown as TypedDocumentString<ClubMemberFieldsFragment, unknown>;
export const ClubNewsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClubNewsFields on ClubNewsItem {
  id
  kind
  endsAt
  closed
  responseCount
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
  title
  body
  titleEn
  bodyEn
  url
  imageUrl
  ownPoints
  points
  publishedAt
  archived
  createdAt
}
    `, {"fragmentName":"ClubNewsFields"}) as unknown as TypedDocumentString<ClubNewsFieldsFragment, unknown>;
export const ClubSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClubSettingsFields on ClubSettings {
  enabled
  approach
  afterSalesPanel
  displayNameFa
  displayNameEn
  logoUrl
  primaryColor
  slug
  url
}
    `, {"fragmentName":"ClubSettingsFields"}) as unknown as TypedDocumentString<ClubSettingsFieldsFragment, unknown>;
export const LoyaltySettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment LoyaltySettingsFields on LoyaltySettings {
  enabled
  purchasePoints
  purchaseUnit
  callPoints
  smsPoints
  newsPoints
  surveyPoints
  contestPoints
  referrerPoints
  refereePoints
  birthdayPoints
  dailyCaps {
    source
    points
  }
  tierMultipliers
  tierBasis
  tierWindowMonths
  expiryMonths
  expiryWarningDays
  nextVoucherEnabled
  nextVoucherKind
  nextVoucherValue
  nextVoucherMaxDiscount
  nextVoucherMinOrder
  nextVoucherValidDays
}
    `, {"fragmentName":"LoyaltySettingsFields"}) as unknown as TypedDocumentString<LoyaltySettingsFieldsFragment, unknown>;
export const RewardFieldsFragmentDoc = new TypedDocumentString(`
    fragment RewardFields on Reward {
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
  productId
  categoryId
  stampsRequired
  archived
  createdAt
}
    `, {"fragmentName":"RewardFields"}) as unknown as TypedDocumentString<RewardFieldsFragment, unknown>;
export const TierFieldsFragmentDoc = new TypedDocumentString(`
    fragment TierFields on Tier {
  id
  code
  name
  threshold
  multiplierPercent
  priceListId
  freeShipping
  benefits
}
    `, {"fragmentName":"TierFields"}) as unknown as TypedDocumentString<TierFieldsFragment, unknown>;
export const TimelineItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment TimelineItemFields on TimelineItem {
  id
  kind
  direction
  occurredAt
  summary
  body
  data
  actor {
    id
    fullName
  }
}
    `, {"fragmentName":"TimelineItemFields"}) as unknown as TypedDocumentString<TimelineItemFieldsFragment, unknown>;
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
  recurrence
  reminderDaysBefore
  channel
  messageTemplate
  nextOccurrence
  nextOccurrenceJalali
  daysUntil
}
    `, {"fragmentName":"ImportantDateFields"}) as unknown as TypedDocumentString<ImportantDateFieldsFragment, unknown>;
export const ContactDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactDetailFields on Contact {
  id
  firstName
  lastName
  fullName
  gender
  birthDate {
    calendar
    year
    month
    day
  }
  email
  phones {
    id
    e164
    kind
    label
    isPrimary
    national
  }
  primaryPhone
  province
  city
  address
  source
  tags
  owner {
    id
    fullName
  }
  notes
  stage
  consents {
    channel
    status
    changedAt
    source
  }
  customFields
  organizations {
    title
    organization {
      id
      name
      city
    }
  }
  relatedPeople {
    id
    relation
    name
    preferences
    notes
    birthDate {
      calendar
      year
      month
      day
    }
    relatedContact {
      id
      fullName
    }
  }
  importantDates {
    ...ImportantDateFields
  }
  stageHistory {
    id
    from
    to
    reason
    automatic
    changedBy {
      id
      fullName
    }
    changedAt
  }
  possibleDuplicates {
    id
    fullName
    primaryPhone
    email
    stage
    createdAt
  }
  createdAt
  updatedAt
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
  recurrence
  reminderDaysBefore
  channel
  messageTemplate
  nextOccurrence
  nextOccurrenceJalali
  daysUntil
}`, {"fragmentName":"ContactDetailFields"}) as unknown as TypedDocumentString<ContactDetailFieldsFragment, unknown>;
export const ContactListFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactListFields on Contact {
  id
  firstName
  lastName
  fullName
  primaryPhone
  stage
  tags
  source
  city
  owner {
    id
    fullName
  }
  createdAt
}
    `, {"fragmentName":"ContactListFields"}) as unknown as TypedDocumentString<ContactListFieldsFragment, unknown>;
export const StockLevelFieldsFragmentDoc = new TypedDocumentString(`
    fragment StockLevelFields on StockLevel {
  id
  productId
  warehouseId
  onHand
  reserved
  available
  updatedAt
  warehouse {
    id
    code
    name
  }
}
    `, {"fragmentName":"StockLevelFields"}) as unknown as TypedDocumentString<StockLevelFieldsFragment, unknown>;
export const StockMovementFieldsFragmentDoc = new TypedDocumentString(`
    fragment StockMovementFields on StockMovement {
  id
  kind
  productId
  warehouseId
  quantity
  deltaOnHand
  deltaReserved
  reason
  reference
  createdAt
  warehouse {
    id
    code
    name
  }
  actor {
    id
    fullName
    email
  }
}
    `, {"fragmentName":"StockMovementFields"}) as unknown as TypedDocumentString<StockMovementFieldsFragment, unknown>;
export const WarehouseFieldsFragmentDoc = new TypedDocumentString(`
    fragment WarehouseFields on Warehouse {
  id
  code
  name
  address
  isDefault
  active
  updatedAt
}
    `, {"fragmentName":"WarehouseFields"}) as unknown as TypedDocumentString<WarehouseFieldsFragment, unknown>;
export const BulkSendFieldsFragmentDoc = new TypedDocumentString(`
    fragment BulkSendFields on BulkSend {
  id
  status
  channel
  purpose
  templateKey
  queued
  skipped
  error
  createdAt
  finishedAt
}
    `, {"fragmentName":"BulkSendFields"}) as unknown as TypedDocumentString<BulkSendFieldsFragment, unknown>;
export const MessageTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment MessageTemplateFields on MessageTemplate {
  id
  key
  name
  channel
  language
  purpose
  subject
  body
  variables
  createdAt
  updatedAt
}
    `, {"fragmentName":"MessageTemplateFields"}) as unknown as TypedDocumentString<MessageTemplateFieldsFragment, unknown>;
export const MessageListFieldsFragmentDoc = new TypedDocumentString(`
    fragment MessageListFields on Message {
  id
  contactId
  contact {
    id
    fullName
  }
  memberId
  channel
  direction
  purpose
  recipient
  subject
  bodyText
  templateKey
  status
  statusReason
  attempts
  createdAt
}
    `, {"fragmentName":"MessageListFields"}) as unknown as TypedDocumentString<MessageListFieldsFragment, unknown>;
export const MessagingSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment MessagingSettingsFields on MessagingSettings {
  emailFromName
  emailFromAddress
  emailReplyTo
  emailFrom
  dkimDomain
  dkimSelector
  dkimKeySet
  smsProvider
  smsSender
  kavenegarUrl
  smsGateway {
    url
    method
    contentType
    headers
    body
    numberFormat
    idPath
    successPath
    successValue
  }
  smsCredentialsSet
  smsCredentialFields
  emailPerSecond
  smsPerSecond
  quietHoursStart
  quietHoursEnd
  updatedAt
}
    `, {"fragmentName":"MessagingSettingsFields"}) as unknown as TypedDocumentString<MessagingSettingsFieldsFragment, unknown>;
export const CommissionRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment CommissionRuleFields on CommissionRule {
  id
  name
  appliesTo
  memberId
  teamId
  basis
  tiers {
    fromAmount
    fromAttainmentPercent
    rateBp
  }
}
    `, {"fragmentName":"CommissionRuleFields"}) as unknown as TypedDocumentString<CommissionRuleFieldsFragment, unknown>;
export const OpportunityFieldsFragmentDoc = new TypedDocumentString(`
    fragment OpportunityFields on Opportunity {
  id
  title
  amount
  weightedAmount
  probability
  probabilityOverridden
  status
  stageId
  position
  expectedCloseDate
  expectedCloseDateJalali
  notes
  lostReason
  wonAt
  lostAt
  proformaId
  contactId
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
}
    `, {"fragmentName":"OpportunityFields"}) as unknown as TypedDocumentString<OpportunityFieldsFragment, unknown>;
export const PipelineStageFieldsFragmentDoc = new TypedDocumentString(`
    fragment PipelineStageFields on PipelineStage {
  id
  kind
  nameFa
  nameEn
  position
  probability
}
    `, {"fragmentName":"PipelineStageFields"}) as unknown as TypedDocumentString<PipelineStageFieldsFragment, unknown>;
export const StaffAlertPreferenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment StaffAlertPreferenceFields on StaffAlertPreference {
  event
  description
  channels
  defaultChannels
  customised
}
    `, {"fragmentName":"StaffAlertPreferenceFields"}) as unknown as TypedDocumentString<StaffAlertPreferenceFieldsFragment, unknown>;
export const MyProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment MyProfileFields on User {
  id
  email
  fullName
  locale
  phone
}
    `, {"fragmentName":"MyProfileFields"}) as unknown as TypedDocumentString<MyProfileFieldsFragment, unknown>;
export const InvoiceListFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvoiceListFields on Invoice {
  id
  number
  numberDisplay
  jalaliYear
  status
  paymentStatus
  issuedAt
  paidTotal
  balance
  totals {
    total
  }
  contact {
    id
    fullName
  }
  warehouseIssue {
    id
    status
  }
}
    `, {"fragmentName":"InvoiceListFields"}) as unknown as TypedDocumentString<InvoiceListFieldsFragment, unknown>;
export const SalesLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}
    `, {"fragmentName":"SalesLineFields"}) as unknown as TypedDocumentString<SalesLineFieldsFragment, unknown>;
export const WarehouseIssueFieldsFragmentDoc = new TypedDocumentString(`
    fragment WarehouseIssueFields on WarehouseIssue {
  id
  number
  status
  issuedAt
  issuedAtJalali
  shippedAt
  deliveredAt
  returnedAt
  cancelledAt
  trackingCode
  lines {
    productId
    productName
    productSku
    quantity
    returnedQuantity
  }
}
    `, {"fragmentName":"WarehouseIssueFields"}) as unknown as TypedDocumentString<WarehouseIssueFieldsFragment, unknown>;
export const InvoiceFieldsFragmentDoc = new TypedDocumentString(`
    fragment InvoiceFields on Invoice {
  ...InvoiceListFields
  issuedAtJalali
  cancelledAt
  cancelReason
  completedAt
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  seller {
    name
    displayCurrency
    timezone
  }
  contact {
    id
    fullName
    primaryPhone
    email
    address
    city
    province
  }
  owner {
    id
    fullName
  }
  proforma {
    id
    number
    couponCode
    notes
  }
  lines {
    ...SalesLineFields
  }
  payments {
    id
    amount
    method
    reference
    paidAt
    paidAtJalali
    recordedBy {
      id
      fullName
    }
  }
  warehouseIssue {
    ...WarehouseIssueFields
  }
}
    fragment WarehouseIssueFields on WarehouseIssue {
  id
  number
  status
  issuedAt
  issuedAtJalali
  shippedAt
  deliveredAt
  returnedAt
  cancelledAt
  trackingCode
  lines {
    productId
    productName
    productSku
    quantity
    returnedQuantity
  }
}
fragment InvoiceListFields on Invoice {
  id
  number
  numberDisplay
  jalaliYear
  status
  paymentStatus
  issuedAt
  paidTotal
  balance
  totals {
    total
  }
  contact {
    id
    fullName
  }
  warehouseIssue {
    id
    status
  }
}
fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}`, {"fragmentName":"InvoiceFields"}) as unknown as TypedDocumentString<InvoiceFieldsFragment, unknown>;
export const ProformaListFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProformaListFields on Proforma {
  id
  number
  status
  source
  createdAt
  expiresAt
  couponCode
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
  totals {
    subtotal
    discountTotal
    taxTotal
    total
  }
  invoice {
    id
    numberDisplay
  }
}
    `, {"fragmentName":"ProformaListFields"}) as unknown as TypedDocumentString<ProformaListFieldsFragment, unknown>;
export const ProformaFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProformaFields on Proforma {
  ...ProformaListFields
  notes
  confirmedAt
  cancelledAt
  cancelReason
  expiredAt
  createdAtJalali
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  lines {
    ...SalesLineFields
  }
}
    fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}
fragment ProformaListFields on Proforma {
  id
  number
  status
  source
  createdAt
  expiresAt
  couponCode
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
  totals {
    subtotal
    discountTotal
    taxTotal
    total
  }
  invoice {
    id
    numberDisplay
  }
}`, {"fragmentName":"ProformaFields"}) as unknown as TypedDocumentString<ProformaFieldsFragment, unknown>;
export const ProductOptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductOptionFields on Product {
  id
  sku
  nameFa
  nameEn
  unit
  basePrice
  taxRateBp
  availability {
    available
    status
  }
}
    `, {"fragmentName":"ProductOptionFields"}) as unknown as TypedDocumentString<ProductOptionFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaskFields on Task {
  id
  kind
  title
  notes
  dueAt
  status
  outcome
  completedAt
  createdAt
  assignee {
    id
    fullName
  }
  contact {
    id
    fullName
    primaryPhone
  }
}
    `, {"fragmentName":"TaskFields"}) as unknown as TypedDocumentString<TaskFieldsFragment, unknown>;
export const BusinessCalendarFieldsFragmentDoc = new TypedDocumentString(`
    fragment BusinessCalendarFields on BusinessCalendarModel {
  timeZone
  isDefault
  openNow
  nextOpeningAt
  week {
    start
    end
  }
  holidays {
    calendar
    year
    month
    day
  }
}
    `, {"fragmentName":"BusinessCalendarFields"}) as unknown as TypedDocumentString<BusinessCalendarFieldsFragment, unknown>;
export const TicketQueueFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketQueueFields on TicketQueue {
  id
  name
  assignmentMode
  memberIds
  fixedMemberId
  supervisorMemberId
}
    `, {"fragmentName":"TicketQueueFields"}) as unknown as TypedDocumentString<TicketQueueFieldsFragment, unknown>;
export const TicketListFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketListFields on Ticket {
  id
  number
  subject
  status
  priority
  type
  channel
  queueId
  categoryId
  createdAt
  updatedAt
  firstResponseAt
  firstResponseDueAt
  resolutionDueAt
  resolvedAt
  closedAt
  slaBreachedAt
  slaPausedAt
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}
    `, {"fragmentName":"TicketListFields"}) as unknown as TypedDocumentString<TicketListFieldsFragment, unknown>;
export const TicketFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketFields on Ticket {
  ...TicketListFields
  reopenedCount
  slaWarnedAt
  resolutionWarnedAt
  slaPausedAt
  slaPausedMinutes
  allowedTransitions
  csatScore
  csatComment
  csatRequestedAt
  csatRatedAt
  tags
  contact {
    id
    fullName
    primaryPhone
    email
    city
    stage
  }
  messages {
    id
    kind
    body
    channel
    createdAt
    authorContactId
    author {
      id
      fullName
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
    }
  }
  history {
    id
    kind
    fromValue
    toValue
    data
    createdAt
    actor {
      id
      fullName
    }
  }
}
    fragment TicketListFields on Ticket {
  id
  number
  subject
  status
  priority
  type
  channel
  queueId
  categoryId
  createdAt
  updatedAt
  firstResponseAt
  firstResponseDueAt
  resolutionDueAt
  resolvedAt
  closedAt
  slaBreachedAt
  slaPausedAt
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`, {"fragmentName":"TicketFields"}) as unknown as TypedDocumentString<TicketFieldsFragment, unknown>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
      prefix
      scopes
      createdAt
      lastUsedAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($first: Int, $after: String) {
  apiKeys(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        prefix
        scopes
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const ApiScopesDocument = new TypedDocumentString(`
    query ApiScopes {
  apiScopes
}
    `) as unknown as TypedDocumentString<ApiScopesQuery, ApiScopesQueryVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}`) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const CancelFollowUpEnrolmentDocument = new TypedDocumentString(`
    mutation CancelFollowUpEnrolment($id: ID!, $reason: String) {
  cancelFollowUpEnrolment(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelFollowUpEnrolmentMutation, CancelFollowUpEnrolmentMutationVariables>;
export const EnrolInFollowUpPlanDocument = new TypedDocumentString(`
    mutation EnrolInFollowUpPlan($planId: ID!, $contactId: ID!) {
  enrolInFollowUpPlan(planId: $planId, contactId: $contactId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EnrolInFollowUpPlanMutation, EnrolInFollowUpPlanMutationVariables>;
export const FollowUpEnrolmentsDocument = new TypedDocumentString(`
    query FollowUpEnrolments($planId: ID, $status: FollowUpEnrolmentStatus) {
  followUpEnrolments(planId: $planId, status: $status, first: 100) {
    id
    planId
    planName
    contactId
    contactName
    status
    source
    nextPosition
    nextDueAt
    enrolledAt
    finishedAt
    cancelReason
    steps {
      position
      kind
      status
      reason
      executedAt
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpEnrolmentsQuery, FollowUpEnrolmentsQueryVariables>;
export const FollowUpCallsDocument = new TypedDocumentString(`
    query FollowUpCalls($scope: FollowUpCallScope, $mine: Boolean) {
  followUpCalls(scope: $scope, mine: $mine) {
    id
    taskId
    enrolmentId
    planName
    contactId
    contactName
    contactPhone
    attempt
    maxAttempts
    callScript
    dueAt
  }
}
    `) as unknown as TypedDocumentString<FollowUpCallsQuery, FollowUpCallsQueryVariables>;
export const FollowUpPlansDocument = new TypedDocumentString(`
    query FollowUpPlans {
  followUpPlans {
    ...FollowUpPlanFields
  }
}
    fragment FollowUpPlanFields on FollowUpPlan {
  id
  name
  description
  trigger
  active
  teamMemberIds
  activeEnrolments
  createdAt
  steps {
    id
    position
    kind
    delayDays
    templateKey
    subject
    body
    callScript
    maxAttempts
    skipIfPurchased
    skipIfReplied
  }
}`) as unknown as TypedDocumentString<FollowUpPlansQuery, FollowUpPlansQueryVariables>;
export const JobRunsDocument = new TypedDocumentString(`
    query JobRuns($job: String, $status: JobRunStatus, $first: Int) {
  jobRuns(job: $job, status: $status, first: $first) {
    ...JobRunFields
  }
}
    fragment JobRunFields on JobRun {
  id
  job
  slot
  day
  workspaceOnly
  trigger
  status
  queuedAt
  startedAt
  finishedAt
  items
  errorCount
  errors {
    message
  }
}`) as unknown as TypedDocumentString<JobRunsQuery, JobRunsQueryVariables>;
export const ScheduledJobsDocument = new TypedDocumentString(`
    query ScheduledJobs {
  scheduledJobs {
    job
    kind
    cron
    timeZone
    lastCompletedDay
    lastRun {
      ...JobRunFields
    }
  }
}
    fragment JobRunFields on JobRun {
  id
  job
  slot
  day
  workspaceOnly
  trigger
  status
  queuedAt
  startedAt
  finishedAt
  items
  errorCount
  errors {
    message
  }
}`) as unknown as TypedDocumentString<ScheduledJobsQuery, ScheduledJobsQueryVariables>;
export const UpcomingImportantDatesDocument = new TypedDocumentString(`
    query UpcomingImportantDates($days: Int, $first: Int, $after: String) {
  upcomingImportantDates(days: $days, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        importantDateId
        kind
        title
        subjectName
        contactId
        occurrence
        sendDay
        channel
        handled
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpcomingImportantDatesQuery, UpcomingImportantDatesQueryVariables>;
export const RecordCallOutcomeDocument = new TypedDocumentString(`
    mutation RecordCallOutcome($input: RecordCallOutcomeInput!) {
  recordCallOutcome(input: $input) {
    id
    outcome
    attempt
  }
}
    `) as unknown as TypedDocumentString<RecordCallOutcomeMutation, RecordCallOutcomeMutationVariables>;
export const RunJobNowDocument = new TypedDocumentString(`
    mutation RunJobNow($job: String!, $day: String) {
  runJobNow(job: $job, day: $day) {
    ...JobRunFields
  }
}
    fragment JobRunFields on JobRun {
  id
  job
  slot
  day
  workspaceOnly
  trigger
  status
  queuedAt
  startedAt
  finishedAt
  items
  errorCount
  errors {
    message
  }
}`) as unknown as TypedDocumentString<RunJobNowMutation, RunJobNowMutationVariables>;
export const CreateFollowUpPlanDocument = new TypedDocumentString(`
    mutation CreateFollowUpPlan($input: FollowUpPlanInput!) {
  createFollowUpPlan(input: $input) {
    ...FollowUpPlanFields
  }
}
    fragment FollowUpPlanFields on FollowUpPlan {
  id
  name
  description
  trigger
  active
  teamMemberIds
  activeEnrolments
  createdAt
  steps {
    id
    position
    kind
    delayDays
    templateKey
    subject
    body
    callScript
    maxAttempts
    skipIfPurchased
    skipIfReplied
  }
}`) as unknown as TypedDocumentString<CreateFollowUpPlanMutation, CreateFollowUpPlanMutationVariables>;
export const UpdateFollowUpPlanDocument = new TypedDocumentString(`
    mutation UpdateFollowUpPlan($id: ID!, $input: FollowUpPlanInput!) {
  updateFollowUpPlan(id: $id, input: $input) {
    ...FollowUpPlanFields
  }
}
    fragment FollowUpPlanFields on FollowUpPlan {
  id
  name
  description
  trigger
  active
  teamMemberIds
  activeEnrolments
  createdAt
  steps {
    id
    position
    kind
    delayDays
    templateKey
    subject
    body
    callScript
    maxAttempts
    skipIfPurchased
    skipIfReplied
  }
}`) as unknown as TypedDocumentString<UpdateFollowUpPlanMutation, UpdateFollowUpPlanMutationVariables>;
export const IncomingCallDocument = new TypedDocumentString(`
    subscription IncomingCall {
  incomingCall {
    callId
    phone
    direction
    extension
    isNewCaller
    openTasks
    contact {
      id
      fullName
      stage
      primaryPhone
      owner {
        id
        fullName
      }
    }
    lastInteractions {
      id
      kind
      direction
      occurredAt
      summary
      body
      data
    }
  }
}
    `) as unknown as TypedDocumentString<IncomingCallSubscription, IncomingCallSubscriptionVariables>;
export const SetStaffExtensionDocument = new TypedDocumentString(`
    mutation SetStaffExtension($staffMemberId: ID!, $extension: String) {
  setStaffExtension(staffMemberId: $staffMemberId, extension: $extension) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetStaffExtensionMutation, SetStaffExtensionMutationVariables>;
export const ArchiveProductDocument = new TypedDocumentString(`
    mutation ArchiveProduct($id: ID!) {
  archiveProduct(id: $id) {
    ...ProductFields
  }
}
    fragment ProductFields on Product {
  ...ProductListFields
  description
  imageUrls
  createdAt
  updatedAt
  availability {
    productId
    lowStockThreshold
  }
}
fragment ProductListFields on Product {
  id
  sku
  nameFa
  nameEn
  categoryId
  unit
  basePrice
  taxRateBp
  active
  archivedAt
  lowStockThreshold
  availability {
    productId
    onHand
    reserved
    available
    lowStock
    status
  }
}`) as unknown as TypedDocumentString<ArchiveProductMutation, ArchiveProductMutationVariables>;
export const CreateCouponDocument = new TypedDocumentString(`
    mutation CreateCoupon($input: CreateCouponInput!) {
  createCoupon(input: $input) {
    ...CouponFields
  }
}
    fragment CouponFields on Coupon {
  id
  code
  description
  kind
  value
  maxDiscount
  minOrderTotal
  productIds
  categoryIds
  contactId
  maxUses
  perContactLimit
  uses
  validFrom
  validTo
  active
  updatedAt
}`) as unknown as TypedDocumentString<CreateCouponMutation, CreateCouponMutationVariables>;
export const CreatePriceListDocument = new TypedDocumentString(`
    mutation CreatePriceList($input: CreatePriceListInput!) {
  createPriceList(input: $input) {
    ...PriceListFields
  }
}
    fragment PriceListFields on PriceList {
  id
  name
  kind
  target
  priority
  active
  validFrom
  validTo
  updatedAt
  items {
    id
    productId
    categoryId
    price
    discountBp
    minQuantity
  }
}`) as unknown as TypedDocumentString<CreatePriceListMutation, CreatePriceListMutationVariables>;
export const CreateProductCategoryDocument = new TypedDocumentString(`
    mutation CreateProductCategory($input: CreateProductCategoryInput!) {
  createProductCategory(input: $input) {
    ...ProductCategoryFields
  }
}
    fragment ProductCategoryFields on ProductCategory {
  id
  parentId
  nameFa
  nameEn
  slug
  tags
  position
  depth
}`) as unknown as TypedDocumentString<CreateProductCategoryMutation, CreateProductCategoryMutationVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    ...ProductFields
  }
}
    fragment ProductFields on Product {
  ...ProductListFields
  description
  imageUrls
  createdAt
  updatedAt
  availability {
    productId
    lowStockThreshold
  }
}
fragment ProductListFields on Product {
  id
  sku
  nameFa
  nameEn
  categoryId
  unit
  basePrice
  taxRateBp
  active
  archivedAt
  lowStockThreshold
  availability {
    productId
    onHand
    reserved
    available
    lowStock
    status
  }
}`) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const DeactivateCouponDocument = new TypedDocumentString(`
    mutation DeactivateCoupon($id: ID!) {
  deactivateCoupon(id: $id) {
    ...CouponFields
  }
}
    fragment CouponFields on Coupon {
  id
  code
  description
  kind
  value
  maxDiscount
  minOrderTotal
  productIds
  categoryIds
  contactId
  maxUses
  perContactLimit
  uses
  validFrom
  validTo
  active
  updatedAt
}`) as unknown as TypedDocumentString<DeactivateCouponMutation, DeactivateCouponMutationVariables>;
export const CouponsDocument = new TypedDocumentString(`
    query Coupons($first: Int, $after: String, $filter: CouponFilter) {
  coupons(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...CouponFields
      }
    }
  }
}
    fragment CouponFields on Coupon {
  id
  code
  description
  kind
  value
  maxDiscount
  minOrderTotal
  productIds
  categoryIds
  contactId
  maxUses
  perContactLimit
  uses
  validFrom
  validTo
  active
  updatedAt
}`) as unknown as TypedDocumentString<CouponsQuery, CouponsQueryVariables>;
export const PriceListsDocument = new TypedDocumentString(`
    query PriceLists($first: Int, $after: String, $filter: PriceListFilter) {
  priceLists(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...PriceListFields
      }
    }
  }
}
    fragment PriceListFields on PriceList {
  id
  name
  kind
  target
  priority
  active
  validFrom
  validTo
  updatedAt
  items {
    id
    productId
    categoryId
    price
    discountBp
    minQuantity
  }
}`) as unknown as TypedDocumentString<PriceListsQuery, PriceListsQueryVariables>;
export const ProductCategoriesDocument = new TypedDocumentString(`
    query ProductCategories {
  productCategories {
    ...ProductCategoryFields
  }
}
    fragment ProductCategoryFields on ProductCategory {
  id
  parentId
  nameFa
  nameEn
  slug
  tags
  position
  depth
}`) as unknown as TypedDocumentString<ProductCategoriesQuery, ProductCategoriesQueryVariables>;
export const ProductNameDocument = new TypedDocumentString(`
    query ProductName($id: ID!) {
  product(id: $id) {
    id
    sku
    nameFa
    nameEn
    unit
  }
}
    `) as unknown as TypedDocumentString<ProductNameQuery, ProductNameQueryVariables>;
export const ProductDocument = new TypedDocumentString(`
    query Product($id: ID!) {
  product(id: $id) {
    ...ProductFields
  }
}
    fragment ProductFields on Product {
  ...ProductListFields
  description
  imageUrls
  createdAt
  updatedAt
  availability {
    productId
    lowStockThreshold
  }
}
fragment ProductListFields on Product {
  id
  sku
  nameFa
  nameEn
  categoryId
  unit
  basePrice
  taxRateBp
  active
  archivedAt
  lowStockThreshold
  availability {
    productId
    onHand
    reserved
    available
    lowStock
    status
  }
}`) as unknown as TypedDocumentString<ProductQuery, ProductQueryVariables>;
export const ProductsDocument = new TypedDocumentString(`
    query Products($first: Int, $after: String, $filter: ProductFilter) {
  products(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ProductListFields
      }
    }
  }
}
    fragment ProductListFields on Product {
  id
  sku
  nameFa
  nameEn
  categoryId
  unit
  basePrice
  taxRateBp
  active
  archivedAt
  lowStockThreshold
  availability {
    productId
    onHand
    reserved
    available
    lowStock
    status
  }
}`) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const QuoteDocument = new TypedDocumentString(`
    query Quote($input: QuoteInput!) {
  quote(input: $input) {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
    coupon {
      id
      code
    }
    problems {
      field
      message
    }
    lines {
      productId
      quantity
      unitBasePrice
      unitPrice
      appliedPriceListId
      discount
      couponDiscount
      taxRateBp
      tax
      total
    }
  }
}
    `) as unknown as TypedDocumentString<QuoteQuery, QuoteQueryVariables>;
export const SetPriceListItemsDocument = new TypedDocumentString(`
    mutation SetPriceListItems($priceListId: ID!, $items: [PriceListItemInput!]!) {
  setPriceListItems(priceListId: $priceListId, items: $items) {
    ...PriceListFields
  }
}
    fragment PriceListFields on PriceList {
  id
  name
  kind
  target
  priority
  active
  validFrom
  validTo
  updatedAt
  items {
    id
    productId
    categoryId
    price
    discountBp
    minQuantity
  }
}`) as unknown as TypedDocumentString<SetPriceListItemsMutation, SetPriceListItemsMutationVariables>;
export const UpdateCouponDocument = new TypedDocumentString(`
    mutation UpdateCoupon($id: ID!, $input: UpdateCouponInput!) {
  updateCoupon(id: $id, input: $input) {
    ...CouponFields
  }
}
    fragment CouponFields on Coupon {
  id
  code
  description
  kind
  value
  maxDiscount
  minOrderTotal
  productIds
  categoryIds
  contactId
  maxUses
  perContactLimit
  uses
  validFrom
  validTo
  active
  updatedAt
}`) as unknown as TypedDocumentString<UpdateCouponMutation, UpdateCouponMutationVariables>;
export const UpdatePriceListDocument = new TypedDocumentString(`
    mutation UpdatePriceList($id: ID!, $input: UpdatePriceListInput!) {
  updatePriceList(id: $id, input: $input) {
    ...PriceListFields
  }
}
    fragment PriceListFields on PriceList {
  id
  name
  kind
  target
  priority
  active
  validFrom
  validTo
  updatedAt
  items {
    id
    productId
    categoryId
    price
    discountBp
    minQuantity
  }
}`) as unknown as TypedDocumentString<UpdatePriceListMutation, UpdatePriceListMutationVariables>;
export const UpdateProductCategoryDocument = new TypedDocumentString(`
    mutation UpdateProductCategory($id: ID!, $input: UpdateProductCategoryInput!) {
  updateProductCategory(id: $id, input: $input) {
    ...ProductCategoryFields
  }
}
    fragment ProductCategoryFields on ProductCategory {
  id
  parentId
  nameFa
  nameEn
  slug
  tags
  position
  depth
}`) as unknown as TypedDocumentString<UpdateProductCategoryMutation, UpdateProductCategoryMutationVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
  updateProduct(id: $id, input: $input) {
    ...ProductFields
  }
}
    fragment ProductFields on Product {
  ...ProductListFields
  description
  imageUrls
  createdAt
  updatedAt
  availability {
    productId
    lowStockThreshold
  }
}
fragment ProductListFields on Product {
  id
  sku
  nameFa
  nameEn
  categoryId
  unit
  basePrice
  taxRateBp
  active
  archivedAt
  lowStockThreshold
  availability {
    productId
    onHand
    reserved
    available
    lowStock
    status
  }
}`) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const ClubMembersDocument = new TypedDocumentString(`
    query ClubMembers($first: Int!, $after: String, $search: String, $status: ClubMemberStatus, $tierId: ID, $joinedVia: ClubJoinVia) {
  clubMembers(
    first: $first
    after: $after
    search: $search
    status: $status
    tierId: $tierId
    joinedVia: $joinedVia
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ClubMemberFields
      }
    }
  }
}
    fragment ClubMemberFields on ClubMember {
  id
  contactId
  status
  joinedAt
  joinedVia
  lastSignInAt
  blockedAt
  blockedReason
  hasPassword
  balance
  tier {
    id
    code
    name
  }
  contact {
    id
    fullName
    primaryPhone
  }
}`) as unknown as TypedDocumentString<ClubMembersQuery, ClubMembersQueryVariables>;
export const ClubMemberDocument = new TypedDocumentString(`
    query ClubMember($contactId: ID!) {
  clubMember(contactId: $contactId) {
    ...ClubMemberFields
  }
}
    fragment ClubMemberFields on ClubMember {
  id
  contactId
  status
  joinedAt
  joinedVia
  lastSignInAt
  blockedAt
  blockedReason
  hasPassword
  balance
  tier {
    id
    code
    name
  }
  contact {
    id
    fullName
    primaryPhone
  }
}`) as unknown as TypedDocumentString<ClubMemberQuery, ClubMemberQueryVariables>;
export const EnrollClubMemberDocument = new TypedDocumentString(`
    mutation EnrollClubMember($contactId: ID!) {
  enrollClubMember(contactId: $contactId) {
    ...ClubMemberFields
  }
}
    fragment ClubMemberFields on ClubMember {
  id
  contactId
  status
  joinedAt
  joinedVia
  lastSignInAt
  blockedAt
  blockedReason
  hasPassword
  balance
  tier {
    id
    code
    name
  }
  contact {
    id
    fullName
    primaryPhone
  }
}`) as unknown as TypedDocumentString<EnrollClubMemberMutation, EnrollClubMemberMutationVariables>;
export const BlockClubMemberDocument = new TypedDocumentString(`
    mutation BlockClubMember($input: BlockClubMemberInput!) {
  blockClubMember(input: $input) {
    ...ClubMemberFields
  }
}
    fragment ClubMemberFields on ClubMember {
  id
  contactId
  status
  joinedAt
  joinedVia
  lastSignInAt
  blockedAt
  blockedReason
  hasPassword
  balance
  tier {
    id
    code
    name
  }
  contact {
    id
    fullName
    primaryPhone
  }
}`) as unknown as TypedDocumentString<BlockClubMemberMutation, BlockClubMemberMutationVariables>;
export const UnblockClubMemberDocument = new TypedDocumentString(`
    mutation UnblockClubMember($contactId: ID!) {
  unblockClubMember(contactId: $contactId) {
    ...ClubMemberFields
  }
}
    fragment ClubMemberFields on ClubMember {
  id
  contactId
  status
  joinedAt
  joinedVia
  lastSignInAt
  blockedAt
  blockedReason
  hasPassword
  balance
  tier {
    id
    code
    name
  }
  contact {
    id
    fullName
    primaryPhone
  }
}`) as unknown as TypedDocumentString<UnblockClubMemberMutation, UnblockClubMemberMutationVariables>;
export const ClubNewsItemsDocument = new TypedDocumentString(`
    query ClubNewsItems($first: Int!, $after: String) {
  clubNewsItems(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ClubNewsFields
      }
    }
  }
}
    fragment ClubNewsFields on ClubNewsItem {
  id
  kind
  endsAt
  closed
  responseCount
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
  title
  body
  titleEn
  bodyEn
  url
  imageUrl
  ownPoints
  points
  publishedAt
  archived
  createdAt
}`) as unknown as TypedDocumentString<ClubNewsItemsQuery, ClubNewsItemsQueryVariables>;
export const SaveClubNewsDocument = new TypedDocumentString(`
    mutation SaveClubNews($input: SaveClubNewsInput!) {
  saveClubNews(input: $input) {
    ...ClubNewsFields
  }
}
    fragment ClubNewsFields on ClubNewsItem {
  id
  kind
  endsAt
  closed
  responseCount
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
  title
  body
  titleEn
  bodyEn
  url
  imageUrl
  ownPoints
  points
  publishedAt
  archived
  createdAt
}`) as unknown as TypedDocumentString<SaveClubNewsMutation, SaveClubNewsMutationVariables>;
export const ClubNewsResultsDocument = new TypedDocumentString(`
    query ClubNewsResults($id: ID!) {
  clubNewsResults(id: $id) {
    respondents
    news {
      ...ClubNewsFields
    }
    questions {
      answered
      texts
      question {
        id
        text
        type
      }
      options {
        count
        option {
          id
          text
        }
      }
    }
    entrants {
      contactId
      name
      text
      points
      createdAt
    }
  }
}
    fragment ClubNewsFields on ClubNewsItem {
  id
  kind
  endsAt
  closed
  responseCount
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
  title
  body
  titleEn
  bodyEn
  url
  imageUrl
  ownPoints
  points
  publishedAt
  archived
  createdAt
}`) as unknown as TypedDocumentString<ClubNewsResultsQuery, ClubNewsResultsQueryVariables>;
export const ClubSettingsDocument = new TypedDocumentString(`
    query ClubSettings {
  clubSettings {
    ...ClubSettingsFields
  }
}
    fragment ClubSettingsFields on ClubSettings {
  enabled
  approach
  afterSalesPanel
  displayNameFa
  displayNameEn
  logoUrl
  primaryColor
  slug
  url
}`) as unknown as TypedDocumentString<ClubSettingsQuery, ClubSettingsQueryVariables>;
export const UpdateClubSettingsDocument = new TypedDocumentString(`
    mutation UpdateClubSettings($input: UpdateClubSettingsInput!) {
  updateClubSettings(input: $input) {
    ...ClubSettingsFields
  }
}
    fragment ClubSettingsFields on ClubSettings {
  enabled
  approach
  afterSalesPanel
  displayNameFa
  displayNameEn
  logoUrl
  primaryColor
  slug
  url
}`) as unknown as TypedDocumentString<UpdateClubSettingsMutation, UpdateClubSettingsMutationVariables>;
export const ContactLoyaltyDocument = new TypedDocumentString(`
    query ContactLoyalty($contactId: ID!, $entries: Int!) {
  contactLoyalty(contactId: $contactId) {
    contactId
    balance
    expiringSoon
    lifetimeEarned
    referralCode
    tier {
      basis
      qualifying
      progressPercent
      toNext
      windowMonths
      since
      current {
        id
        code
        name
      }
      next {
        id
        code
        name
        threshold
      }
    }
    vouchers {
      id
      code
      kind
      value
      maxDiscount
      minOrderTotal
      validTo
      origin
      description
    }
    stampCards {
      stamps
      required
      completed
      reward {
        id
        name
      }
    }
    entries(first: $entries) {
      totalCount
      edges {
        node {
          id
          kind
          source
          delta
          reason
          createdAt
          expiresAt
          actor {
            id
            fullName
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContactLoyaltyQuery, ContactLoyaltyQueryVariables>;
export const AdjustPointsDocument = new TypedDocumentString(`
    mutation AdjustPoints($input: AdjustPointsInput!) {
  adjustPoints(input: $input) {
    balance
    entry {
      id
      delta
    }
  }
}
    `) as unknown as TypedDocumentString<AdjustPointsMutation, AdjustPointsMutationVariables>;
export const LoyaltySettingsDocument = new TypedDocumentString(`
    query LoyaltySettings {
  loyaltySettings {
    ...LoyaltySettingsFields
  }
}
    fragment LoyaltySettingsFields on LoyaltySettings {
  enabled
  purchasePoints
  purchaseUnit
  callPoints
  smsPoints
  newsPoints
  surveyPoints
  contestPoints
  referrerPoints
  refereePoints
  birthdayPoints
  dailyCaps {
    source
    points
  }
  tierMultipliers
  tierBasis
  tierWindowMonths
  expiryMonths
  expiryWarningDays
  nextVoucherEnabled
  nextVoucherKind
  nextVoucherValue
  nextVoucherMaxDiscount
  nextVoucherMinOrder
  nextVoucherValidDays
}`) as unknown as TypedDocumentString<LoyaltySettingsQuery, LoyaltySettingsQueryVariables>;
export const UpdateLoyaltySettingsDocument = new TypedDocumentString(`
    mutation UpdateLoyaltySettings($input: UpdateLoyaltySettingsInput!) {
  updateLoyaltySettings(input: $input) {
    ...LoyaltySettingsFields
  }
}
    fragment LoyaltySettingsFields on LoyaltySettings {
  enabled
  purchasePoints
  purchaseUnit
  callPoints
  smsPoints
  newsPoints
  surveyPoints
  contestPoints
  referrerPoints
  refereePoints
  birthdayPoints
  dailyCaps {
    source
    points
  }
  tierMultipliers
  tierBasis
  tierWindowMonths
  expiryMonths
  expiryWarningDays
  nextVoucherEnabled
  nextVoucherKind
  nextVoucherValue
  nextVoucherMaxDiscount
  nextVoucherMinOrder
  nextVoucherValidDays
}`) as unknown as TypedDocumentString<UpdateLoyaltySettingsMutation, UpdateLoyaltySettingsMutationVariables>;
export const RewardsDocument = new TypedDocumentString(`
    query Rewards($first: Int!, $after: String, $includeArchived: Boolean!) {
  rewards(first: $first, after: $after, includeArchived: $includeArchived) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...RewardFields
      }
    }
  }
}
    fragment RewardFields on Reward {
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
  productId
  categoryId
  stampsRequired
  archived
  createdAt
}`) as unknown as TypedDocumentString<RewardsQuery, RewardsQueryVariables>;
export const SaveRewardDocument = new TypedDocumentString(`
    mutation SaveReward($input: SaveRewardInput!) {
  saveReward(input: $input) {
    ...RewardFields
  }
}
    fragment RewardFields on Reward {
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
  productId
  categoryId
  stampsRequired
  archived
  createdAt
}`) as unknown as TypedDocumentString<SaveRewardMutation, SaveRewardMutationVariables>;
export const ArchiveRewardDocument = new TypedDocumentString(`
    mutation ArchiveReward($id: ID!) {
  archiveReward(id: $id) {
    ...RewardFields
  }
}
    fragment RewardFields on Reward {
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
  productId
  categoryId
  stampsRequired
  archived
  createdAt
}`) as unknown as TypedDocumentString<ArchiveRewardMutation, ArchiveRewardMutationVariables>;
export const TiersDocument = new TypedDocumentString(`
    query Tiers {
  tiers {
    ...TierFields
  }
}
    fragment TierFields on Tier {
  id
  code
  name
  threshold
  multiplierPercent
  priceListId
  freeShipping
  benefits
}`) as unknown as TypedDocumentString<TiersQuery, TiersQueryVariables>;
export const SaveTierDocument = new TypedDocumentString(`
    mutation SaveTier($input: SaveTierInput!) {
  saveTier(input: $input) {
    ...TierFields
  }
}
    fragment TierFields on Tier {
  id
  code
  name
  threshold
  multiplierPercent
  priceListId
  freeShipping
  benefits
}`) as unknown as TypedDocumentString<SaveTierMutation, SaveTierMutationVariables>;
export const DeleteTierDocument = new TypedDocumentString(`
    mutation DeleteTier($id: ID!) {
  deleteTier(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteTierMutation, DeleteTierMutationVariables>;
export const AddImportantDateDocument = new TypedDocumentString(`
    mutation AddImportantDate($input: ImportantDateInput!) {
  addImportantDate(input: $input) {
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
  recurrence
  reminderDaysBefore
  channel
  messageTemplate
  nextOccurrence
  nextOccurrenceJalali
  daysUntil
}`) as unknown as TypedDocumentString<AddImportantDateMutation, AddImportantDateMutationVariables>;
export const AddRelatedPersonDocument = new TypedDocumentString(`
    mutation AddRelatedPerson($contactId: ID!, $input: RelatedPersonInput!) {
  addRelatedPerson(contactId: $contactId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddRelatedPersonMutation, AddRelatedPersonMutationVariables>;
export const BulkAssignContactsDocument = new TypedDocumentString(`
    mutation BulkAssignContacts($ids: [ID!]!, $ownerId: ID!) {
  bulkAssignContacts(ids: $ids, ownerId: $ownerId)
}
    `) as unknown as TypedDocumentString<BulkAssignContactsMutation, BulkAssignContactsMutationVariables>;
export const BulkTagContactsDocument = new TypedDocumentString(`
    mutation BulkTagContacts($ids: [ID!]!, $tags: [String!]!) {
  bulkTagContacts(ids: $ids, tags: $tags)
}
    `) as unknown as TypedDocumentString<BulkTagContactsMutation, BulkTagContactsMutationVariables>;
export const ChangeContactStageDocument = new TypedDocumentString(`
    mutation ChangeContactStage($contactId: ID!, $stage: LifecycleStage!, $reason: String!) {
  changeContactStage(contactId: $contactId, stage: $stage, reason: $reason) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<ChangeContactStageMutation, ChangeContactStageMutationVariables>;
export const CreateContactDocument = new TypedDocumentString(`
    mutation CreateContact($input: CreateContactInput!) {
  createContact(input: $input) {
    ...ContactDetailFields
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
  recurrence
  reminderDaysBefore
  channel
  messageTemplate
  nextOccurrence
  nextOccurrenceJalali
  daysUntil
}
fragment ContactDetailFields on Contact {
  id
  firstName
  lastName
  fullName
  gender
  birthDate {
    calendar
    year
    month
    day
  }
  email
  phones {
    id
    e164
    kind
    label
    isPrimary
    national
  }
  primaryPhone
  province
  city
  address
  source
  tags
  owner {
    id
    fullName
  }
  notes
  stage
  consents {
    channel
    status
    changedAt
    source
  }
  customFields
  organizations {
    title
    organization {
      id
      name
      city
    }
  }
  relatedPeople {
    id
    relation
    name
    preferences
    notes
    birthDate {
      calendar
      year
      month
      day
    }
    relatedContact {
      id
      fullName
    }
  }
  importantDates {
    ...ImportantDateFields
  }
  stageHistory {
    id
    from
    to
    reason
    automatic
    changedBy {
      id
      fullName
    }
    changedAt
  }
  possibleDuplicates {
    id
    fullName
    primaryPhone
    email
    stage
    createdAt
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateContactMutation, CreateContactMutationVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: OrganizationInput!) {
  createOrganization(input: $input) {
    id
    name
    city
  }
}
    `) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const DefineCustomFieldDocument = new TypedDocumentString(`
    mutation DefineCustomField($input: CustomFieldInput!) {
  defineCustomField(input: $input) {
    id
    key
    label
    type
    options
    required
    position
  }
}
    `) as unknown as TypedDocumentString<DefineCustomFieldMutation, DefineCustomFieldMutationVariables>;
export const DeleteContactDocument = new TypedDocumentString(`
    mutation DeleteContact($id: ID!) {
  deleteContact(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteContactMutation, DeleteContactMutationVariables>;
export const DeleteCustomFieldDocument = new TypedDocumentString(`
    mutation DeleteCustomField($id: ID!) {
  deleteCustomField(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCustomFieldMutation, DeleteCustomFieldMutationVariables>;
export const ExportContactsDocument = new TypedDocumentString(`
    query ExportContacts($filter: ContactFilter, $search: String, $format: ExportFormat!) {
  exportContacts(filter: $filter, search: $search, format: $format) {
    fileName
    contentType
    contentBase64
    rowCount
  }
}
    `) as unknown as TypedDocumentString<ExportContactsQuery, ExportContactsQueryVariables>;
export const ContactTimelineDocument = new TypedDocumentString(`
    query ContactTimeline($id: ID!, $first: Int, $after: String, $kinds: [TimelineKind!], $from: DateTime, $to: DateTime) {
  contact(id: $id) {
    id
    timeline(first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TimelineItemFields
        }
      }
    }
  }
}
    fragment TimelineItemFields on TimelineItem {
  id
  kind
  direction
  occurredAt
  summary
  body
  data
  actor {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<ContactTimelineQuery, ContactTimelineQueryVariables>;
export const ContactDocument = new TypedDocumentString(`
    query Contact($id: ID!) {
  contact(id: $id) {
    ...ContactDetailFields
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
  recurrence
  reminderDaysBefore
  channel
  messageTemplate
  nextOccurrence
  nextOccurrenceJalali
  daysUntil
}
fragment ContactDetailFields on Contact {
  id
  firstName
  lastName
  fullName
  gender
  birthDate {
    calendar
    year
    month
    day
  }
  email
  phones {
    id
    e164
    kind
    label
    isPrimary
    national
  }
  primaryPhone
  province
  city
  address
  source
  tags
  owner {
    id
    fullName
  }
  notes
  stage
  consents {
    channel
    status
    changedAt
    source
  }
  customFields
  organizations {
    title
    organization {
      id
      name
      city
    }
  }
  relatedPeople {
    id
    relation
    name
    preferences
    notes
    birthDate {
      calendar
      year
      month
      day
    }
    relatedContact {
      id
      fullName
    }
  }
  importantDates {
    ...ImportantDateFields
  }
  stageHistory {
    id
    from
    to
    reason
    automatic
    changedBy {
      id
      fullName
    }
    changedAt
  }
  possibleDuplicates {
    id
    fullName
    primaryPhone
    email
    stage
    createdAt
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ContactQuery, ContactQueryVariables>;
export const ContactsDocument = new TypedDocumentString(`
    query Contacts($first: Int, $after: String, $filter: ContactFilter, $search: String) {
  contacts(first: $first, after: $after, filter: $filter, search: $search) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ContactListFields
      }
    }
  }
}
    fragment ContactListFields on Contact {
  id
  firstName
  lastName
  fullName
  primaryPhone
  stage
  tags
  source
  city
  owner {
    id
    fullName
  }
  createdAt
}`) as unknown as TypedDocumentString<ContactsQuery, ContactsQueryVariables>;
export const CustomFieldDefinitionsDocument = new TypedDocumentString(`
    query CustomFieldDefinitions {
  customFieldDefinitions {
    id
    key
    label
    type
    options
    required
    position
  }
}
    `) as unknown as TypedDocumentString<CustomFieldDefinitionsQuery, CustomFieldDefinitionsQueryVariables>;
export const LifecycleSettingsDocument = new TypedDocumentString(`
    query LifecycleSettings {
  lifecycleSettings {
    clientMinOrders
    clientWindowMonths
    advocateMinReferrals
    inactiveAfterDays
    lostAfterDays
  }
}
    `) as unknown as TypedDocumentString<LifecycleSettingsQuery, LifecycleSettingsQueryVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($first: Int, $after: String, $search: String) {
  organizations(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        city
        memberCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const ImportContactsDocument = new TypedDocumentString(`
    mutation ImportContacts($input: ImportContactsInput!) {
  importContacts(input: $input) {
    totalRows
    created
    updated
    unchanged
    failed
    errors {
      row
      field
      code
      value
      reason
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportContactsMutation, ImportContactsMutationVariables>;
export const ImportPreviewDocument = new TypedDocumentString(`
    query ImportPreview($input: ImportContactsInput!) {
  importPreview(input: $input)
}
    `) as unknown as TypedDocumentString<ImportPreviewQuery, ImportPreviewQueryVariables>;
export const LinkContactToOrganizationDocument = new TypedDocumentString(`
    mutation LinkContactToOrganization($contactId: ID!, $organizationId: ID!, $title: String) {
  linkContactToOrganization(
    contactId: $contactId
    organizationId: $organizationId
    title: $title
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<LinkContactToOrganizationMutation, LinkContactToOrganizationMutationVariables>;
export const LogInteractionDocument = new TypedDocumentString(`
    mutation LogInteraction($input: LogInteractionInput!) {
  logInteraction(input: $input) {
    ...TimelineItemFields
  }
}
    fragment TimelineItemFields on TimelineItem {
  id
  kind
  direction
  occurredAt
  summary
  body
  data
  actor {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<LogInteractionMutation, LogInteractionMutationVariables>;
export const MergeContactsDocument = new TypedDocumentString(`
    mutation MergeContacts($primaryId: ID!, $duplicateId: ID!) {
  mergeContacts(primaryId: $primaryId, duplicateId: $duplicateId) {
    ...ContactDetailFields
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
  recurrence
  reminderDaysBefore
  channel
  messageTemplate
  nextOccurrence
  nextOccurrenceJalali
  daysUntil
}
fragment ContactDetailFields on Contact {
  id
  firstName
  lastName
  fullName
  gender
  birthDate {
    calendar
    year
    month
    day
  }
  email
  phones {
    id
    e164
    kind
    label
    isPrimary
    national
  }
  primaryPhone
  province
  city
  address
  source
  tags
  owner {
    id
    fullName
  }
  notes
  stage
  consents {
    channel
    status
    changedAt
    source
  }
  customFields
  organizations {
    title
    organization {
      id
      name
      city
    }
  }
  relatedPeople {
    id
    relation
    name
    preferences
    notes
    birthDate {
      calendar
      year
      month
      day
    }
    relatedContact {
      id
      fullName
    }
  }
  importantDates {
    ...ImportantDateFields
  }
  stageHistory {
    id
    from
    to
    reason
    automatic
    changedBy {
      id
      fullName
    }
    changedAt
  }
  possibleDuplicates {
    id
    fullName
    primaryPhone
    email
    stage
    createdAt
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<MergeContactsMutation, MergeContactsMutationVariables>;
export const RemoveImportantDateDocument = new TypedDocumentString(`
    mutation RemoveImportantDate($id: ID!) {
  removeImportantDate(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveImportantDateMutation, RemoveImportantDateMutationVariables>;
export const RemoveRelatedPersonDocument = new TypedDocumentString(`
    mutation RemoveRelatedPerson($id: ID!) {
  removeRelatedPerson(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveRelatedPersonMutation, RemoveRelatedPersonMutationVariables>;
export const SetContactConsentDocument = new TypedDocumentString(`
    mutation SetContactConsent($contactId: ID!, $channel: ConsentChannel!, $status: ConsentStatus!, $source: String!) {
  setContactConsent(
    contactId: $contactId
    channel: $channel
    status: $status
    source: $source
  ) {
    id
    consents {
      channel
      status
      changedAt
      source
    }
  }
}
    `) as unknown as TypedDocumentString<SetContactConsentMutation, SetContactConsentMutationVariables>;
export const UnlinkContactFromOrganizationDocument = new TypedDocumentString(`
    mutation UnlinkContactFromOrganization($contactId: ID!, $organizationId: ID!) {
  unlinkContactFromOrganization(
    contactId: $contactId
    organizationId: $organizationId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnlinkContactFromOrganizationMutation, UnlinkContactFromOrganizationMutationVariables>;
export const UpdateContactDocument = new TypedDocumentString(`
    mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {
  updateContact(id: $id, input: $input) {
    ...ContactDetailFields
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
  recurrence
  reminderDaysBefore
  channel
  messageTemplate
  nextOccurrence
  nextOccurrenceJalali
  daysUntil
}
fragment ContactDetailFields on Contact {
  id
  firstName
  lastName
  fullName
  gender
  birthDate {
    calendar
    year
    month
    day
  }
  email
  phones {
    id
    e164
    kind
    label
    isPrimary
    national
  }
  primaryPhone
  province
  city
  address
  source
  tags
  owner {
    id
    fullName
  }
  notes
  stage
  consents {
    channel
    status
    changedAt
    source
  }
  customFields
  organizations {
    title
    organization {
      id
      name
      city
    }
  }
  relatedPeople {
    id
    relation
    name
    preferences
    notes
    birthDate {
      calendar
      year
      month
      day
    }
    relatedContact {
      id
      fullName
    }
  }
  importantDates {
    ...ImportantDateFields
  }
  stageHistory {
    id
    from
    to
    reason
    automatic
    changedBy {
      id
      fullName
    }
    changedAt
  }
  possibleDuplicates {
    id
    fullName
    primaryPhone
    email
    stage
    createdAt
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateContactMutation, UpdateContactMutationVariables>;
export const UpdateLifecycleSettingsDocument = new TypedDocumentString(`
    mutation UpdateLifecycleSettings($input: LifecycleSettingsInput!) {
  updateLifecycleSettings(input: $input) {
    clientMinOrders
    clientWindowMonths
    advocateMinReferrals
    inactiveAfterDays
    lostAfterDays
  }
}
    `) as unknown as TypedDocumentString<UpdateLifecycleSettingsMutation, UpdateLifecycleSettingsMutationVariables>;
export const AdjustStockDocument = new TypedDocumentString(`
    mutation AdjustStock($input: AdjustStockInput!) {
  adjustStock(input: $input) {
    ...StockLevelFields
  }
}
    fragment StockLevelFields on StockLevel {
  id
  productId
  warehouseId
  onHand
  reserved
  available
  updatedAt
  warehouse {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<AdjustStockMutation, AdjustStockMutationVariables>;
export const CreateWarehouseDocument = new TypedDocumentString(`
    mutation CreateWarehouse($input: CreateWarehouseInput!) {
  createWarehouse(input: $input) {
    ...WarehouseFields
  }
}
    fragment WarehouseFields on Warehouse {
  id
  code
  name
  address
  isDefault
  active
  updatedAt
}`) as unknown as TypedDocumentString<CreateWarehouseMutation, CreateWarehouseMutationVariables>;
export const StockLevelsDocument = new TypedDocumentString(`
    query StockLevels($first: Int, $after: String, $filter: StockLevelFilter) {
  stockLevels(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...StockLevelFields
      }
    }
  }
}
    fragment StockLevelFields on StockLevel {
  id
  productId
  warehouseId
  onHand
  reserved
  available
  updatedAt
  warehouse {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<StockLevelsQuery, StockLevelsQueryVariables>;
export const StockMovementsDocument = new TypedDocumentString(`
    query StockMovements($first: Int, $after: String, $filter: StockMovementFilter) {
  stockMovements(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...StockMovementFields
      }
    }
  }
}
    fragment StockMovementFields on StockMovement {
  id
  kind
  productId
  warehouseId
  quantity
  deltaOnHand
  deltaReserved
  reason
  reference
  createdAt
  warehouse {
    id
    code
    name
  }
  actor {
    id
    fullName
    email
  }
}`) as unknown as TypedDocumentString<StockMovementsQuery, StockMovementsQueryVariables>;
export const WarehousesDocument = new TypedDocumentString(`
    query Warehouses {
  warehouses {
    ...WarehouseFields
  }
}
    fragment WarehouseFields on Warehouse {
  id
  code
  name
  address
  isDefault
  active
  updatedAt
}`) as unknown as TypedDocumentString<WarehousesQuery, WarehousesQueryVariables>;
export const ReceiveStockDocument = new TypedDocumentString(`
    mutation ReceiveStock($input: ReceiveStockInput!) {
  receiveStock(input: $input) {
    ...StockLevelFields
  }
}
    fragment StockLevelFields on StockLevel {
  id
  productId
  warehouseId
  onHand
  reserved
  available
  updatedAt
  warehouse {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<ReceiveStockMutation, ReceiveStockMutationVariables>;
export const TransferStockDocument = new TypedDocumentString(`
    mutation TransferStock($input: TransferStockInput!) {
  transferStock(input: $input) {
    from {
      ...StockLevelFields
    }
    to {
      ...StockLevelFields
    }
  }
}
    fragment StockLevelFields on StockLevel {
  id
  productId
  warehouseId
  onHand
  reserved
  available
  updatedAt
  warehouse {
    id
    code
    name
  }
}`) as unknown as TypedDocumentString<TransferStockMutation, TransferStockMutationVariables>;
export const UpdateWarehouseDocument = new TypedDocumentString(`
    mutation UpdateWarehouse($id: ID!, $input: UpdateWarehouseInput!) {
  updateWarehouse(id: $id, input: $input) {
    ...WarehouseFields
  }
}
    fragment WarehouseFields on Warehouse {
  id
  code
  name
  address
  isDefault
  active
  updatedAt
}`) as unknown as TypedDocumentString<UpdateWarehouseMutation, UpdateWarehouseMutationVariables>;
export const AddSuppressionDocument = new TypedDocumentString(`
    mutation AddSuppression($input: AddSuppressionInput!) {
  addSuppression(input: $input) {
    id
    channel
    address
    reason
  }
}
    `) as unknown as TypedDocumentString<AddSuppressionMutation, AddSuppressionMutationVariables>;
export const CreateMessageTemplateDocument = new TypedDocumentString(`
    mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {
  createMessageTemplate(input: $input) {
    ...MessageTemplateFields
  }
}
    fragment MessageTemplateFields on MessageTemplate {
  id
  key
  name
  channel
  language
  purpose
  subject
  body
  variables
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<CreateMessageTemplateMutation, CreateMessageTemplateMutationVariables>;
export const DeleteMessageTemplateDocument = new TypedDocumentString(`
    mutation DeleteMessageTemplate($id: ID!) {
  deleteMessageTemplate(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteMessageTemplateMutation, DeleteMessageTemplateMutationVariables>;
export const BulkSendDocument = new TypedDocumentString(`
    query BulkSend($id: ID!) {
  bulkSend(id: $id) {
    ...BulkSendFields
  }
}
    fragment BulkSendFields on BulkSend {
  id
  status
  channel
  purpose
  templateKey
  queued
  skipped
  error
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<BulkSendQuery, BulkSendQueryVariables>;
export const ContactNameDocument = new TypedDocumentString(`
    query ContactName($id: ID!) {
  contact(id: $id) {
    id
    fullName
  }
}
    `) as unknown as TypedDocumentString<ContactNameQuery, ContactNameQueryVariables>;
export const MessageTemplateDocument = new TypedDocumentString(`
    query MessageTemplate($id: ID!) {
  messageTemplate(id: $id) {
    ...MessageTemplateFields
  }
}
    fragment MessageTemplateFields on MessageTemplate {
  id
  key
  name
  channel
  language
  purpose
  subject
  body
  variables
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<MessageTemplateQuery, MessageTemplateQueryVariables>;
export const MessageTemplatesDocument = new TypedDocumentString(`
    query MessageTemplates($first: Int, $after: String, $filter: MessageTemplateFilter) {
  messageTemplates(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...MessageTemplateFields
      }
    }
  }
}
    fragment MessageTemplateFields on MessageTemplate {
  id
  key
  name
  channel
  language
  purpose
  subject
  body
  variables
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<MessageTemplatesQuery, MessageTemplatesQueryVariables>;
export const MessageDocument = new TypedDocumentString(`
    query Message($id: ID!) {
  message(id: $id) {
    ...MessageListFields
    bodyHtml
    providerMessageId
    lastError
    idempotencyKey
    sentAt
    deliveredAt
    smsPartCount {
      encoding
      units
      parts
      remaining
    }
    events {
      id
      status
      detail
      occurredAt
    }
  }
}
    fragment MessageListFields on Message {
  id
  contactId
  contact {
    id
    fullName
  }
  memberId
  channel
  direction
  purpose
  recipient
  subject
  bodyText
  templateKey
  status
  statusReason
  attempts
  createdAt
}`) as unknown as TypedDocumentString<MessageQuery, MessageQueryVariables>;
export const MessagesDocument = new TypedDocumentString(`
    query Messages($first: Int, $after: String, $filter: MessageFilter) {
  messages(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...MessageListFields
      }
    }
  }
}
    fragment MessageListFields on Message {
  id
  contactId
  contact {
    id
    fullName
  }
  memberId
  channel
  direction
  purpose
  recipient
  subject
  bodyText
  templateKey
  status
  statusReason
  attempts
  createdAt
}`) as unknown as TypedDocumentString<MessagesQuery, MessagesQueryVariables>;
export const MessagingSettingsDocument = new TypedDocumentString(`
    query MessagingSettings {
  messagingSettings {
    ...MessagingSettingsFields
  }
}
    fragment MessagingSettingsFields on MessagingSettings {
  emailFromName
  emailFromAddress
  emailReplyTo
  emailFrom
  dkimDomain
  dkimSelector
  dkimKeySet
  smsProvider
  smsSender
  kavenegarUrl
  smsGateway {
    url
    method
    contentType
    headers
    body
    numberFormat
    idPath
    successPath
    successValue
  }
  smsCredentialsSet
  smsCredentialFields
  emailPerSecond
  smsPerSecond
  quietHoursStart
  quietHoursEnd
  updatedAt
}`) as unknown as TypedDocumentString<MessagingSettingsQuery, MessagingSettingsQueryVariables>;
export const SuppressionsDocument = new TypedDocumentString(`
    query Suppressions($first: Int, $after: String, $filter: SuppressionFilter) {
  suppressions(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        channel
        address
        reason
        detail
        messageId
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuppressionsQuery, SuppressionsQueryVariables>;
export const TemplateVariablesDocument = new TypedDocumentString(`
    query TemplateVariables {
  templateVariables {
    name
    kind
    source
    descriptionFa
    descriptionEn
  }
}
    `) as unknown as TypedDocumentString<TemplateVariablesQuery, TemplateVariablesQueryVariables>;
export const PreviewMessageTemplateDocument = new TypedDocumentString(`
    query PreviewMessageTemplate($input: PreviewMessageTemplateInput!) {
  previewMessageTemplate(input: $input) {
    templateId
    language
    subject
    bodyText
    bodyHtml
    smsParts {
      encoding
      units
      parts
      remaining
    }
    sampleParams
  }
}
    `) as unknown as TypedDocumentString<PreviewMessageTemplateQuery, PreviewMessageTemplateQueryVariables>;
export const RemoveSuppressionDocument = new TypedDocumentString(`
    mutation RemoveSuppression($id: ID!) {
  removeSuppression(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveSuppressionMutation, RemoveSuppressionMutationVariables>;
export const SendBulkMessageDocument = new TypedDocumentString(`
    mutation SendBulkMessage($input: SendBulkMessageInput!) {
  sendBulkMessage(input: $input) {
    ...BulkSendFields
  }
}
    fragment BulkSendFields on BulkSend {
  id
  status
  channel
  purpose
  templateKey
  queued
  skipped
  error
  createdAt
  finishedAt
}`) as unknown as TypedDocumentString<SendBulkMessageMutation, SendBulkMessageMutationVariables>;
export const SendMessageDocument = new TypedDocumentString(`
    mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    ...MessageListFields
  }
}
    fragment MessageListFields on Message {
  id
  contactId
  contact {
    id
    fullName
  }
  memberId
  channel
  direction
  purpose
  recipient
  subject
  bodyText
  templateKey
  status
  statusReason
  attempts
  createdAt
}`) as unknown as TypedDocumentString<SendMessageMutation, SendMessageMutationVariables>;
export const SendTestMessageDocument = new TypedDocumentString(`
    mutation SendTestMessage($channel: MessagingChannel!, $to: String!) {
  sendTestMessage(channel: $channel, to: $to) {
    ok
    providerMessageId
    error
  }
}
    `) as unknown as TypedDocumentString<SendTestMessageMutation, SendTestMessageMutationVariables>;
export const UpdateMessageTemplateDocument = new TypedDocumentString(`
    mutation UpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {
  updateMessageTemplate(id: $id, input: $input) {
    ...MessageTemplateFields
  }
}
    fragment MessageTemplateFields on MessageTemplate {
  id
  key
  name
  channel
  language
  purpose
  subject
  body
  variables
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateMessageTemplateMutation, UpdateMessageTemplateMutationVariables>;
export const UpdateMessagingSettingsDocument = new TypedDocumentString(`
    mutation UpdateMessagingSettings($input: UpdateMessagingSettingsInput!) {
  updateMessagingSettings(input: $input) {
    ...MessagingSettingsFields
  }
}
    fragment MessagingSettingsFields on MessagingSettings {
  emailFromName
  emailFromAddress
  emailReplyTo
  emailFrom
  dkimDomain
  dkimSelector
  dkimKeySet
  smsProvider
  smsSender
  kavenegarUrl
  smsGateway {
    url
    method
    contentType
    headers
    body
    numberFormat
    idPath
    successPath
    successValue
  }
  smsCredentialsSet
  smsCredentialFields
  emailPerSecond
  smsPerSecond
  quietHoursStart
  quietHoursEnd
  updatedAt
}`) as unknown as TypedDocumentString<UpdateMessagingSettingsMutation, UpdateMessagingSettingsMutationVariables>;
export const CreateOpportunityDocument = new TypedDocumentString(`
    mutation CreateOpportunity($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) {
    ...OpportunityFields
  }
}
    fragment OpportunityFields on Opportunity {
  id
  title
  amount
  weightedAmount
  probability
  probabilityOverridden
  status
  stageId
  position
  expectedCloseDate
  expectedCloseDateJalali
  notes
  lostReason
  wonAt
  lostAt
  proformaId
  contactId
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<CreateOpportunityMutation, CreateOpportunityMutationVariables>;
export const CreatePipelineStageDocument = new TypedDocumentString(`
    mutation CreatePipelineStage($input: CreatePipelineStageInput!) {
  createPipelineStage(input: $input) {
    ...PipelineStageFields
  }
}
    fragment PipelineStageFields on PipelineStage {
  id
  kind
  nameFa
  nameEn
  position
  probability
}`) as unknown as TypedDocumentString<CreatePipelineStageMutation, CreatePipelineStageMutationVariables>;
export const CommissionRulesDocument = new TypedDocumentString(`
    query CommissionRules {
  commissionRules {
    ...CommissionRuleFields
  }
}
    fragment CommissionRuleFields on CommissionRule {
  id
  name
  appliesTo
  memberId
  teamId
  basis
  tiers {
    fromAmount
    fromAttainmentPercent
    rateBp
  }
}`) as unknown as TypedDocumentString<CommissionRulesQuery, CommissionRulesQueryVariables>;
export const OpportunityBoardDocument = new TypedDocumentString(`
    query OpportunityBoard($filter: OpportunityFilter, $perStage: Int) {
  opportunityBoard(filter: $filter, perStage: $perStage) {
    columns {
      count
      amount
      weightedAmount
      stage {
        ...PipelineStageFields
      }
      opportunities {
        ...OpportunityFields
      }
    }
  }
}
    fragment OpportunityFields on Opportunity {
  id
  title
  amount
  weightedAmount
  probability
  probabilityOverridden
  status
  stageId
  position
  expectedCloseDate
  expectedCloseDateJalali
  notes
  lostReason
  wonAt
  lostAt
  proformaId
  contactId
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
}
fragment PipelineStageFields on PipelineStage {
  id
  kind
  nameFa
  nameEn
  position
  probability
}`) as unknown as TypedDocumentString<OpportunityBoardQuery, OpportunityBoardQueryVariables>;
export const PipelineStagesDocument = new TypedDocumentString(`
    query PipelineStages {
  pipelineStages {
    ...PipelineStageFields
  }
}
    fragment PipelineStageFields on PipelineStage {
  id
  kind
  nameFa
  nameEn
  position
  probability
}`) as unknown as TypedDocumentString<PipelineStagesQuery, PipelineStagesQueryVariables>;
export const SalesPerformanceDocument = new TypedDocumentString(`
    query SalesPerformance($period: SalesPeriodInput!) {
  salesPerformance(period: $period) {
    period {
      kind
      jalaliYear
      index
      startsAt
      endsAt
    }
    reps {
      memberId
      member {
        id
        fullName
      }
      target
      achieved
      attainmentPercent
      commission
      commissionRuleId
    }
    teams {
      teamId
      name
      target
      achieved
      attainmentPercent
      commission
    }
  }
}
    `) as unknown as TypedDocumentString<SalesPerformanceQuery, SalesPerformanceQueryVariables>;
export const SalesQuotasDocument = new TypedDocumentString(`
    query SalesQuotas($period: SalesPeriodInput!) {
  salesQuotas(period: $period) {
    id
    memberId
    teamId
    jalaliYear
    periodKind
    periodIndex
    target
  }
}
    `) as unknown as TypedDocumentString<SalesQuotasQuery, SalesQuotasQueryVariables>;
export const SalesTeamsDocument = new TypedDocumentString(`
    query SalesTeams {
  salesTeams {
    id
    name
    leadMemberId
    memberIds
  }
}
    `) as unknown as TypedDocumentString<SalesTeamsQuery, SalesTeamsQueryVariables>;
export const LoseOpportunityDocument = new TypedDocumentString(`
    mutation LoseOpportunity($id: ID!, $input: LoseOpportunityInput!) {
  loseOpportunity(id: $id, input: $input) {
    ...OpportunityFields
  }
}
    fragment OpportunityFields on Opportunity {
  id
  title
  amount
  weightedAmount
  probability
  probabilityOverridden
  status
  stageId
  position
  expectedCloseDate
  expectedCloseDateJalali
  notes
  lostReason
  wonAt
  lostAt
  proformaId
  contactId
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<LoseOpportunityMutation, LoseOpportunityMutationVariables>;
export const MoveOpportunityDocument = new TypedDocumentString(`
    mutation MoveOpportunity($id: ID!, $input: MoveOpportunityInput!) {
  moveOpportunity(id: $id, input: $input) {
    ...OpportunityFields
  }
}
    fragment OpportunityFields on Opportunity {
  id
  title
  amount
  weightedAmount
  probability
  probabilityOverridden
  status
  stageId
  position
  expectedCloseDate
  expectedCloseDateJalali
  notes
  lostReason
  wonAt
  lostAt
  proformaId
  contactId
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<MoveOpportunityMutation, MoveOpportunityMutationVariables>;
export const ReorderPipelineStagesDocument = new TypedDocumentString(`
    mutation ReorderPipelineStages($stageIds: [ID!]!) {
  reorderPipelineStages(stageIds: $stageIds) {
    ...PipelineStageFields
  }
}
    fragment PipelineStageFields on PipelineStage {
  id
  kind
  nameFa
  nameEn
  position
  probability
}`) as unknown as TypedDocumentString<ReorderPipelineStagesMutation, ReorderPipelineStagesMutationVariables>;
export const SetCommissionRuleDocument = new TypedDocumentString(`
    mutation SetCommissionRule($input: SetCommissionRuleInput!) {
  setCommissionRule(input: $input) {
    ...CommissionRuleFields
  }
}
    fragment CommissionRuleFields on CommissionRule {
  id
  name
  appliesTo
  memberId
  teamId
  basis
  tiers {
    fromAmount
    fromAttainmentPercent
    rateBp
  }
}`) as unknown as TypedDocumentString<SetCommissionRuleMutation, SetCommissionRuleMutationVariables>;
export const SetSalesQuotaDocument = new TypedDocumentString(`
    mutation SetSalesQuota($input: SetSalesQuotaInput!) {
  setSalesQuota(input: $input) {
    id
    target
  }
}
    `) as unknown as TypedDocumentString<SetSalesQuotaMutation, SetSalesQuotaMutationVariables>;
export const UpdateOpportunityDocument = new TypedDocumentString(`
    mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {
  updateOpportunity(id: $id, input: $input) {
    ...OpportunityFields
  }
}
    fragment OpportunityFields on Opportunity {
  id
  title
  amount
  weightedAmount
  probability
  probabilityOverridden
  status
  stageId
  position
  expectedCloseDate
  expectedCloseDateJalali
  notes
  lostReason
  wonAt
  lostAt
  proformaId
  contactId
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<UpdateOpportunityMutation, UpdateOpportunityMutationVariables>;
export const UpdatePipelineStageDocument = new TypedDocumentString(`
    mutation UpdatePipelineStage($id: ID!, $input: UpdatePipelineStageInput!) {
  updatePipelineStage(id: $id, input: $input) {
    ...PipelineStageFields
  }
}
    fragment PipelineStageFields on PipelineStage {
  id
  kind
  nameFa
  nameEn
  position
  probability
}`) as unknown as TypedDocumentString<UpdatePipelineStageMutation, UpdatePipelineStageMutationVariables>;
export const WinOpportunityDocument = new TypedDocumentString(`
    mutation WinOpportunity($id: ID!) {
  winOpportunity(id: $id) {
    ...OpportunityFields
  }
}
    fragment OpportunityFields on Opportunity {
  id
  title
  amount
  weightedAmount
  probability
  probabilityOverridden
  status
  stageId
  position
  expectedCloseDate
  expectedCloseDateJalali
  notes
  lostReason
  wonAt
  lostAt
  proformaId
  contactId
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<WinOpportunityMutation, WinOpportunityMutationVariables>;
export const MyAlertPreferencesDocument = new TypedDocumentString(`
    query MyAlertPreferences {
  myAlertPreferences {
    ...StaffAlertPreferenceFields
  }
}
    fragment StaffAlertPreferenceFields on StaffAlertPreference {
  event
  description
  channels
  defaultChannels
  customised
}`) as unknown as TypedDocumentString<MyAlertPreferencesQuery, MyAlertPreferencesQueryVariables>;
export const MyProfileDocument = new TypedDocumentString(`
    query MyProfile {
  viewer {
    user {
      ...MyProfileFields
    }
  }
}
    fragment MyProfileFields on User {
  id
  email
  fullName
  locale
  phone
}`) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
export const SetMyAlertPreferenceDocument = new TypedDocumentString(`
    mutation SetMyAlertPreference($event: String!, $channels: [MessagingChannel!]!) {
  setMyAlertPreference(event: $event, channels: $channels) {
    ...StaffAlertPreferenceFields
  }
}
    fragment StaffAlertPreferenceFields on StaffAlertPreference {
  event
  description
  channels
  defaultChannels
  customised
}`) as unknown as TypedDocumentString<SetMyAlertPreferenceMutation, SetMyAlertPreferenceMutationVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) {
    ...MyProfileFields
  }
}
    fragment MyProfileFields on User {
  id
  email
  fullName
  locale
  phone
}`) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const CancelInvoiceDocument = new TypedDocumentString(`
    mutation CancelInvoice($id: ID!, $reason: String!) {
  cancelInvoice(id: $id, reason: $reason) {
    ...InvoiceFields
  }
}
    fragment WarehouseIssueFields on WarehouseIssue {
  id
  number
  status
  issuedAt
  issuedAtJalali
  shippedAt
  deliveredAt
  returnedAt
  cancelledAt
  trackingCode
  lines {
    productId
    productName
    productSku
    quantity
    returnedQuantity
  }
}
fragment InvoiceFields on Invoice {
  ...InvoiceListFields
  issuedAtJalali
  cancelledAt
  cancelReason
  completedAt
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  seller {
    name
    displayCurrency
    timezone
  }
  contact {
    id
    fullName
    primaryPhone
    email
    address
    city
    province
  }
  owner {
    id
    fullName
  }
  proforma {
    id
    number
    couponCode
    notes
  }
  lines {
    ...SalesLineFields
  }
  payments {
    id
    amount
    method
    reference
    paidAt
    paidAtJalali
    recordedBy {
      id
      fullName
    }
  }
  warehouseIssue {
    ...WarehouseIssueFields
  }
}
fragment InvoiceListFields on Invoice {
  id
  number
  numberDisplay
  jalaliYear
  status
  paymentStatus
  issuedAt
  paidTotal
  balance
  totals {
    total
  }
  contact {
    id
    fullName
  }
  warehouseIssue {
    id
    status
  }
}
fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}`) as unknown as TypedDocumentString<CancelInvoiceMutation, CancelInvoiceMutationVariables>;
export const CancelProformaDocument = new TypedDocumentString(`
    mutation CancelProforma($id: ID!, $reason: String!) {
  cancelProforma(id: $id, reason: $reason) {
    ...ProformaFields
  }
}
    fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}
fragment ProformaFields on Proforma {
  ...ProformaListFields
  notes
  confirmedAt
  cancelledAt
  cancelReason
  expiredAt
  createdAtJalali
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  lines {
    ...SalesLineFields
  }
}
fragment ProformaListFields on Proforma {
  id
  number
  status
  source
  createdAt
  expiresAt
  couponCode
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
  totals {
    subtotal
    discountTotal
    taxTotal
    total
  }
  invoice {
    id
    numberDisplay
  }
}`) as unknown as TypedDocumentString<CancelProformaMutation, CancelProformaMutationVariables>;
export const ConfirmProformaDocument = new TypedDocumentString(`
    mutation ConfirmProforma($id: ID!, $expiresInDays: Int) {
  confirmProforma(id: $id, expiresInDays: $expiresInDays) {
    ...ProformaFields
  }
}
    fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}
fragment ProformaFields on Proforma {
  ...ProformaListFields
  notes
  confirmedAt
  cancelledAt
  cancelReason
  expiredAt
  createdAtJalali
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  lines {
    ...SalesLineFields
  }
}
fragment ProformaListFields on Proforma {
  id
  number
  status
  source
  createdAt
  expiresAt
  couponCode
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
  totals {
    subtotal
    discountTotal
    taxTotal
    total
  }
  invoice {
    id
    numberDisplay
  }
}`) as unknown as TypedDocumentString<ConfirmProformaMutation, ConfirmProformaMutationVariables>;
export const CreateProformaDocument = new TypedDocumentString(`
    mutation CreateProforma($input: CreateProformaInput!, $idempotencyKey: String) {
  createProforma(input: $input, idempotencyKey: $idempotencyKey) {
    ...ProformaFields
  }
}
    fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}
fragment ProformaFields on Proforma {
  ...ProformaListFields
  notes
  confirmedAt
  cancelledAt
  cancelReason
  expiredAt
  createdAtJalali
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  lines {
    ...SalesLineFields
  }
}
fragment ProformaListFields on Proforma {
  id
  number
  status
  source
  createdAt
  expiresAt
  couponCode
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
  totals {
    subtotal
    discountTotal
    taxTotal
    total
  }
  invoice {
    id
    numberDisplay
  }
}`) as unknown as TypedDocumentString<CreateProformaMutation, CreateProformaMutationVariables>;
export const CreateWarehouseIssueDocument = new TypedDocumentString(`
    mutation CreateWarehouseIssue($invoiceId: ID!) {
  createWarehouseIssue(invoiceId: $invoiceId) {
    ...WarehouseIssueFields
    invoice {
      id
    }
  }
}
    fragment WarehouseIssueFields on WarehouseIssue {
  id
  number
  status
  issuedAt
  issuedAtJalali
  shippedAt
  deliveredAt
  returnedAt
  cancelledAt
  trackingCode
  lines {
    productId
    productName
    productSku
    quantity
    returnedQuantity
  }
}`) as unknown as TypedDocumentString<CreateWarehouseIssueMutation, CreateWarehouseIssueMutationVariables>;
export const InvoiceDocument = new TypedDocumentString(`
    query Invoice($id: ID!) {
  invoice(id: $id) {
    ...InvoiceFields
  }
}
    fragment WarehouseIssueFields on WarehouseIssue {
  id
  number
  status
  issuedAt
  issuedAtJalali
  shippedAt
  deliveredAt
  returnedAt
  cancelledAt
  trackingCode
  lines {
    productId
    productName
    productSku
    quantity
    returnedQuantity
  }
}
fragment InvoiceFields on Invoice {
  ...InvoiceListFields
  issuedAtJalali
  cancelledAt
  cancelReason
  completedAt
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  seller {
    name
    displayCurrency
    timezone
  }
  contact {
    id
    fullName
    primaryPhone
    email
    address
    city
    province
  }
  owner {
    id
    fullName
  }
  proforma {
    id
    number
    couponCode
    notes
  }
  lines {
    ...SalesLineFields
  }
  payments {
    id
    amount
    method
    reference
    paidAt
    paidAtJalali
    recordedBy {
      id
      fullName
    }
  }
  warehouseIssue {
    ...WarehouseIssueFields
  }
}
fragment InvoiceListFields on Invoice {
  id
  number
  numberDisplay
  jalaliYear
  status
  paymentStatus
  issuedAt
  paidTotal
  balance
  totals {
    total
  }
  contact {
    id
    fullName
  }
  warehouseIssue {
    id
    status
  }
}
fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}`) as unknown as TypedDocumentString<InvoiceQuery, InvoiceQueryVariables>;
export const InvoicesDocument = new TypedDocumentString(`
    query Invoices($first: Int, $after: String, $filter: InvoiceFilter) {
  invoices(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InvoiceListFields
      }
    }
  }
}
    fragment InvoiceListFields on Invoice {
  id
  number
  numberDisplay
  jalaliYear
  status
  paymentStatus
  issuedAt
  paidTotal
  balance
  totals {
    total
  }
  contact {
    id
    fullName
  }
  warehouseIssue {
    id
    status
  }
}`) as unknown as TypedDocumentString<InvoicesQuery, InvoicesQueryVariables>;
export const ProformaDocument = new TypedDocumentString(`
    query Proforma($id: ID!) {
  proforma(id: $id) {
    ...ProformaFields
  }
}
    fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}
fragment ProformaFields on Proforma {
  ...ProformaListFields
  notes
  confirmedAt
  cancelledAt
  cancelReason
  expiredAt
  createdAtJalali
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  lines {
    ...SalesLineFields
  }
}
fragment ProformaListFields on Proforma {
  id
  number
  status
  source
  createdAt
  expiresAt
  couponCode
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
  totals {
    subtotal
    discountTotal
    taxTotal
    total
  }
  invoice {
    id
    numberDisplay
  }
}`) as unknown as TypedDocumentString<ProformaQuery, ProformaQueryVariables>;
export const ProformasDocument = new TypedDocumentString(`
    query Proformas($first: Int, $after: String, $filter: ProformaFilter) {
  proformas(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...ProformaListFields
      }
    }
  }
}
    fragment ProformaListFields on Proforma {
  id
  number
  status
  source
  createdAt
  expiresAt
  couponCode
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
  totals {
    subtotal
    discountTotal
    taxTotal
    total
  }
  invoice {
    id
    numberDisplay
  }
}`) as unknown as TypedDocumentString<ProformasQuery, ProformasQueryVariables>;
export const IssueInvoiceDocument = new TypedDocumentString(`
    mutation IssueInvoice($proformaId: ID!) {
  issueInvoice(proformaId: $proformaId) {
    ...InvoiceFields
  }
}
    fragment WarehouseIssueFields on WarehouseIssue {
  id
  number
  status
  issuedAt
  issuedAtJalali
  shippedAt
  deliveredAt
  returnedAt
  cancelledAt
  trackingCode
  lines {
    productId
    productName
    productSku
    quantity
    returnedQuantity
  }
}
fragment InvoiceFields on Invoice {
  ...InvoiceListFields
  issuedAtJalali
  cancelledAt
  cancelReason
  completedAt
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  seller {
    name
    displayCurrency
    timezone
  }
  contact {
    id
    fullName
    primaryPhone
    email
    address
    city
    province
  }
  owner {
    id
    fullName
  }
  proforma {
    id
    number
    couponCode
    notes
  }
  lines {
    ...SalesLineFields
  }
  payments {
    id
    amount
    method
    reference
    paidAt
    paidAtJalali
    recordedBy {
      id
      fullName
    }
  }
  warehouseIssue {
    ...WarehouseIssueFields
  }
}
fragment InvoiceListFields on Invoice {
  id
  number
  numberDisplay
  jalaliYear
  status
  paymentStatus
  issuedAt
  paidTotal
  balance
  totals {
    total
  }
  contact {
    id
    fullName
  }
  warehouseIssue {
    id
    status
  }
}
fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}`) as unknown as TypedDocumentString<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const MarkIssueDeliveredDocument = new TypedDocumentString(`
    mutation MarkIssueDelivered($id: ID!) {
  markIssueDelivered(id: $id) {
    ...WarehouseIssueFields
    invoice {
      id
    }
  }
}
    fragment WarehouseIssueFields on WarehouseIssue {
  id
  number
  status
  issuedAt
  issuedAtJalali
  shippedAt
  deliveredAt
  returnedAt
  cancelledAt
  trackingCode
  lines {
    productId
    productName
    productSku
    quantity
    returnedQuantity
  }
}`) as unknown as TypedDocumentString<MarkIssueDeliveredMutation, MarkIssueDeliveredMutationVariables>;
export const MarkIssueShippedDocument = new TypedDocumentString(`
    mutation MarkIssueShipped($id: ID!, $trackingCode: String) {
  markIssueShipped(id: $id, trackingCode: $trackingCode) {
    ...WarehouseIssueFields
    invoice {
      id
    }
  }
}
    fragment WarehouseIssueFields on WarehouseIssue {
  id
  number
  status
  issuedAt
  issuedAtJalali
  shippedAt
  deliveredAt
  returnedAt
  cancelledAt
  trackingCode
  lines {
    productId
    productName
    productSku
    quantity
    returnedQuantity
  }
}`) as unknown as TypedDocumentString<MarkIssueShippedMutation, MarkIssueShippedMutationVariables>;
export const RecordPaymentDocument = new TypedDocumentString(`
    mutation RecordPayment($invoiceId: ID!, $input: RecordPaymentInput!, $idempotencyKey: String) {
  recordPayment(
    invoiceId: $invoiceId
    input: $input
    idempotencyKey: $idempotencyKey
  ) {
    ...InvoiceFields
  }
}
    fragment WarehouseIssueFields on WarehouseIssue {
  id
  number
  status
  issuedAt
  issuedAtJalali
  shippedAt
  deliveredAt
  returnedAt
  cancelledAt
  trackingCode
  lines {
    productId
    productName
    productSku
    quantity
    returnedQuantity
  }
}
fragment InvoiceFields on Invoice {
  ...InvoiceListFields
  issuedAtJalali
  cancelledAt
  cancelReason
  completedAt
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  seller {
    name
    displayCurrency
    timezone
  }
  contact {
    id
    fullName
    primaryPhone
    email
    address
    city
    province
  }
  owner {
    id
    fullName
  }
  proforma {
    id
    number
    couponCode
    notes
  }
  lines {
    ...SalesLineFields
  }
  payments {
    id
    amount
    method
    reference
    paidAt
    paidAtJalali
    recordedBy {
      id
      fullName
    }
  }
  warehouseIssue {
    ...WarehouseIssueFields
  }
}
fragment InvoiceListFields on Invoice {
  id
  number
  numberDisplay
  jalaliYear
  status
  paymentStatus
  issuedAt
  paidTotal
  balance
  totals {
    total
  }
  contact {
    id
    fullName
  }
  warehouseIssue {
    id
    status
  }
}
fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}`) as unknown as TypedDocumentString<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const ReturnWarehouseIssueDocument = new TypedDocumentString(`
    mutation ReturnWarehouseIssue($id: ID!) {
  returnWarehouseIssue(id: $id) {
    ...WarehouseIssueFields
    invoice {
      id
    }
  }
}
    fragment WarehouseIssueFields on WarehouseIssue {
  id
  number
  status
  issuedAt
  issuedAtJalali
  shippedAt
  deliveredAt
  returnedAt
  cancelledAt
  trackingCode
  lines {
    productId
    productName
    productSku
    quantity
    returnedQuantity
  }
}`) as unknown as TypedDocumentString<ReturnWarehouseIssueMutation, ReturnWarehouseIssueMutationVariables>;
export const SearchProductsDocument = new TypedDocumentString(`
    query SearchProducts($search: String, $first: Int) {
  products(first: $first, filter: {search: $search, active: true}) {
    edges {
      node {
        ...ProductOptionFields
      }
    }
  }
}
    fragment ProductOptionFields on Product {
  id
  sku
  nameFa
  nameEn
  unit
  basePrice
  taxRateBp
  availability {
    available
    status
  }
}`) as unknown as TypedDocumentString<SearchProductsQuery, SearchProductsQueryVariables>;
export const UpdateProformaDocument = new TypedDocumentString(`
    mutation UpdateProforma($id: ID!, $input: UpdateProformaInput!) {
  updateProforma(id: $id, input: $input) {
    ...ProformaFields
  }
}
    fragment SalesLineFields on SalesLine {
  id
  position
  productId
  productName
  productSku
  unit
  quantity
  unitBasePrice
  unitPrice
  discount
  couponDiscount
  taxRateBp
  tax
  total
}
fragment ProformaFields on Proforma {
  ...ProformaListFields
  notes
  confirmedAt
  cancelledAt
  cancelReason
  expiredAt
  createdAtJalali
  totals {
    subtotal
    discountTotal
    couponDiscount
    taxTotal
    total
  }
  lines {
    ...SalesLineFields
  }
}
fragment ProformaListFields on Proforma {
  id
  number
  status
  source
  createdAt
  expiresAt
  couponCode
  contact {
    id
    fullName
  }
  owner {
    id
    fullName
  }
  totals {
    subtotal
    discountTotal
    taxTotal
    total
  }
  invoice {
    id
    numberDisplay
  }
}`) as unknown as TypedDocumentString<UpdateProformaMutation, UpdateProformaMutationVariables>;
export const ChangeStaffRoleDocument = new TypedDocumentString(`
    mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {
  changeStaffRole(input: $input) {
    id
    role
    status
  }
}
    `) as unknown as TypedDocumentString<ChangeStaffRoleMutation, ChangeStaffRoleMutationVariables>;
export const DisableStaffMemberDocument = new TypedDocumentString(`
    mutation DisableStaffMember($id: ID!) {
  disableStaffMember(id: $id) {
    id
    role
    status
  }
}
    `) as unknown as TypedDocumentString<DisableStaffMemberMutation, DisableStaffMemberMutationVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations {
  invitations {
    id
    email
    role
    status
    expiresAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const StaffMembersDocument = new TypedDocumentString(`
    query StaffMembers($first: Int, $after: String) {
  staffMembers(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        email
        fullName
        role
        status
        createdAt
        lastLoginAt
        extension
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffMembersQuery, StaffMembersQueryVariables>;
export const InviteStaffDocument = new TypedDocumentString(`
    mutation InviteStaff($input: InviteStaffInput!, $idempotencyKey: String) {
  inviteStaff(input: $input, idempotencyKey: $idempotencyKey) {
    id
    email
    role
    status
    expiresAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<InviteStaffMutation, InviteStaffMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const CancelTaskDocument = new TypedDocumentString(`
    mutation CancelTask($id: ID!) {
  cancelTask(id: $id) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  kind
  title
  notes
  dueAt
  status
  outcome
  completedAt
  createdAt
  assignee {
    id
    fullName
  }
  contact {
    id
    fullName
    primaryPhone
  }
}`) as unknown as TypedDocumentString<CancelTaskMutation, CancelTaskMutationVariables>;
export const CompleteTaskDocument = new TypedDocumentString(`
    mutation CompleteTask($id: ID!, $outcome: String) {
  completeTask(id: $id, outcome: $outcome) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  kind
  title
  notes
  dueAt
  status
  outcome
  completedAt
  createdAt
  assignee {
    id
    fullName
  }
  contact {
    id
    fullName
    primaryPhone
  }
}`) as unknown as TypedDocumentString<CompleteTaskMutation, CompleteTaskMutationVariables>;
export const CreateTaskDocument = new TypedDocumentString(`
    mutation CreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  kind
  title
  notes
  dueAt
  status
  outcome
  completedAt
  createdAt
  assignee {
    id
    fullName
  }
  contact {
    id
    fullName
    primaryPhone
  }
}`) as unknown as TypedDocumentString<CreateTaskMutation, CreateTaskMutationVariables>;
export const ContactTasksDocument = new TypedDocumentString(`
    query ContactTasks($id: ID!, $status: TaskStatus) {
  contact(id: $id) {
    id
    tasks(status: $status) {
      ...TaskFields
    }
  }
}
    fragment TaskFields on Task {
  id
  kind
  title
  notes
  dueAt
  status
  outcome
  completedAt
  createdAt
  assignee {
    id
    fullName
  }
  contact {
    id
    fullName
    primaryPhone
  }
}`) as unknown as TypedDocumentString<ContactTasksQuery, ContactTasksQueryVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks($scope: TaskScope) {
  myTasks(scope: $scope) {
    ...TaskFields
  }
}
    fragment TaskFields on Task {
  id
  kind
  title
  notes
  dueAt
  status
  outcome
  completedAt
  createdAt
  assignee {
    id
    fullName
  }
  contact {
    id
    fullName
    primaryPhone
  }
}`) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const AssignTicketDocument = new TypedDocumentString(`
    mutation AssignTicket($id: ID!, $assigneeId: ID) {
  assignTicket(id: $id, assigneeId: $assigneeId) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  ...TicketListFields
  reopenedCount
  slaWarnedAt
  resolutionWarnedAt
  slaPausedAt
  slaPausedMinutes
  allowedTransitions
  csatScore
  csatComment
  csatRequestedAt
  csatRatedAt
  tags
  contact {
    id
    fullName
    primaryPhone
    email
    city
    stage
  }
  messages {
    id
    kind
    body
    channel
    createdAt
    authorContactId
    author {
      id
      fullName
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
    }
  }
  history {
    id
    kind
    fromValue
    toValue
    data
    createdAt
    actor {
      id
      fullName
    }
  }
}
fragment TicketListFields on Ticket {
  id
  number
  subject
  status
  priority
  type
  channel
  queueId
  categoryId
  createdAt
  updatedAt
  firstResponseAt
  firstResponseDueAt
  resolutionDueAt
  resolvedAt
  closedAt
  slaBreachedAt
  slaPausedAt
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<AssignTicketMutation, AssignTicketMutationVariables>;
export const CloseTicketDocument = new TypedDocumentString(`
    mutation CloseTicket($id: ID!) {
  closeTicket(id: $id) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  ...TicketListFields
  reopenedCount
  slaWarnedAt
  resolutionWarnedAt
  slaPausedAt
  slaPausedMinutes
  allowedTransitions
  csatScore
  csatComment
  csatRequestedAt
  csatRatedAt
  tags
  contact {
    id
    fullName
    primaryPhone
    email
    city
    stage
  }
  messages {
    id
    kind
    body
    channel
    createdAt
    authorContactId
    author {
      id
      fullName
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
    }
  }
  history {
    id
    kind
    fromValue
    toValue
    data
    createdAt
    actor {
      id
      fullName
    }
  }
}
fragment TicketListFields on Ticket {
  id
  number
  subject
  status
  priority
  type
  channel
  queueId
  categoryId
  createdAt
  updatedAt
  firstResponseAt
  firstResponseDueAt
  resolutionDueAt
  resolvedAt
  closedAt
  slaBreachedAt
  slaPausedAt
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<CloseTicketMutation, CloseTicketMutationVariables>;
export const CreateTicketCategoryDocument = new TypedDocumentString(`
    mutation CreateTicketCategory($input: CreateTicketCategoryInput!) {
  createTicketCategory(input: $input) {
    id
    nameFa
    nameEn
    queueId
  }
}
    `) as unknown as TypedDocumentString<CreateTicketCategoryMutation, CreateTicketCategoryMutationVariables>;
export const CreateTicketQueueDocument = new TypedDocumentString(`
    mutation CreateTicketQueue($input: TicketQueueInput!) {
  createTicketQueue(input: $input) {
    ...TicketQueueFields
  }
}
    fragment TicketQueueFields on TicketQueue {
  id
  name
  assignmentMode
  memberIds
  fixedMemberId
  supervisorMemberId
}`) as unknown as TypedDocumentString<CreateTicketQueueMutation, CreateTicketQueueMutationVariables>;
export const CreateTicketDocument = new TypedDocumentString(`
    mutation CreateTicket($input: CreateTicketInput!, $idempotencyKey: String) {
  createTicket(input: $input, idempotencyKey: $idempotencyKey) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  ...TicketListFields
  reopenedCount
  slaWarnedAt
  resolutionWarnedAt
  slaPausedAt
  slaPausedMinutes
  allowedTransitions
  csatScore
  csatComment
  csatRequestedAt
  csatRatedAt
  tags
  contact {
    id
    fullName
    primaryPhone
    email
    city
    stage
  }
  messages {
    id
    kind
    body
    channel
    createdAt
    authorContactId
    author {
      id
      fullName
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
    }
  }
  history {
    id
    kind
    fromValue
    toValue
    data
    createdAt
    actor {
      id
      fullName
    }
  }
}
fragment TicketListFields on Ticket {
  id
  number
  subject
  status
  priority
  type
  channel
  queueId
  categoryId
  createdAt
  updatedAt
  firstResponseAt
  firstResponseDueAt
  resolutionDueAt
  resolvedAt
  closedAt
  slaBreachedAt
  slaPausedAt
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<CreateTicketMutation, CreateTicketMutationVariables>;
export const BusinessCalendarDocument = new TypedDocumentString(`
    query BusinessCalendar {
  businessCalendar {
    ...BusinessCalendarFields
  }
}
    fragment BusinessCalendarFields on BusinessCalendarModel {
  timeZone
  isDefault
  openNow
  nextOpeningAt
  week {
    start
    end
  }
  holidays {
    calendar
    year
    month
    day
  }
}`) as unknown as TypedDocumentString<BusinessCalendarQuery, BusinessCalendarQueryVariables>;
export const SlaPoliciesDocument = new TypedDocumentString(`
    query SlaPolicies {
  slaPolicies {
    priority
    firstResponseMinutes
    resolutionMinutes
    warnBeforeMinutes
    isDefault
  }
}
    `) as unknown as TypedDocumentString<SlaPoliciesQuery, SlaPoliciesQueryVariables>;
export const TicketCategoriesDocument = new TypedDocumentString(`
    query TicketCategories {
  ticketCategories {
    id
    nameFa
    nameEn
    queueId
  }
}
    `) as unknown as TypedDocumentString<TicketCategoriesQuery, TicketCategoriesQueryVariables>;
export const TicketMetricsDocument = new TypedDocumentString(`
    query TicketMetrics($from: DateTime!, $to: DateTime!) {
  ticketMetrics(from: $from, to: $to) {
    total
    complaints
    complaintRate
    open
    byCategory {
      categoryId
      nameFa
      nameEn
      count
      complaints
    }
    firstResponse {
      count
      medianMinutes
    }
    resolution {
      count
      medianMinutes
    }
    sla {
      measured
      complianceRate
    }
    csat {
      responses
      averageScore
      satisfiedRate
    }
  }
}
    `) as unknown as TypedDocumentString<TicketMetricsQuery, TicketMetricsQueryVariables>;
export const TicketQueuesDocument = new TypedDocumentString(`
    query TicketQueues {
  ticketQueues {
    ...TicketQueueFields
  }
}
    fragment TicketQueueFields on TicketQueue {
  id
  name
  assignmentMode
  memberIds
  fixedMemberId
  supervisorMemberId
}`) as unknown as TypedDocumentString<TicketQueuesQuery, TicketQueuesQueryVariables>;
export const TicketDocument = new TypedDocumentString(`
    query Ticket($id: ID!) {
  ticket(id: $id) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  ...TicketListFields
  reopenedCount
  slaWarnedAt
  resolutionWarnedAt
  slaPausedAt
  slaPausedMinutes
  allowedTransitions
  csatScore
  csatComment
  csatRequestedAt
  csatRatedAt
  tags
  contact {
    id
    fullName
    primaryPhone
    email
    city
    stage
  }
  messages {
    id
    kind
    body
    channel
    createdAt
    authorContactId
    author {
      id
      fullName
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
    }
  }
  history {
    id
    kind
    fromValue
    toValue
    data
    createdAt
    actor {
      id
      fullName
    }
  }
}
fragment TicketListFields on Ticket {
  id
  number
  subject
  status
  priority
  type
  channel
  queueId
  categoryId
  createdAt
  updatedAt
  firstResponseAt
  firstResponseDueAt
  resolutionDueAt
  resolvedAt
  closedAt
  slaBreachedAt
  slaPausedAt
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<TicketQuery, TicketQueryVariables>;
export const TicketsDocument = new TypedDocumentString(`
    query Tickets($first: Int!, $after: String, $filter: TicketFilter) {
  tickets(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...TicketListFields
      }
    }
  }
}
    fragment TicketListFields on Ticket {
  id
  number
  subject
  status
  priority
  type
  channel
  queueId
  categoryId
  createdAt
  updatedAt
  firstResponseAt
  firstResponseDueAt
  resolutionDueAt
  resolvedAt
  closedAt
  slaBreachedAt
  slaPausedAt
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<TicketsQuery, TicketsQueryVariables>;
export const ReplyToTicketDocument = new TypedDocumentString(`
    mutation ReplyToTicket($id: ID!, $input: ReplyToTicketInput!) {
  replyToTicket(id: $id, input: $input) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  ...TicketListFields
  reopenedCount
  slaWarnedAt
  resolutionWarnedAt
  slaPausedAt
  slaPausedMinutes
  allowedTransitions
  csatScore
  csatComment
  csatRequestedAt
  csatRatedAt
  tags
  contact {
    id
    fullName
    primaryPhone
    email
    city
    stage
  }
  messages {
    id
    kind
    body
    channel
    createdAt
    authorContactId
    author {
      id
      fullName
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
    }
  }
  history {
    id
    kind
    fromValue
    toValue
    data
    createdAt
    actor {
      id
      fullName
    }
  }
}
fragment TicketListFields on Ticket {
  id
  number
  subject
  status
  priority
  type
  channel
  queueId
  categoryId
  createdAt
  updatedAt
  firstResponseAt
  firstResponseDueAt
  resolutionDueAt
  resolvedAt
  closedAt
  slaBreachedAt
  slaPausedAt
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<ReplyToTicketMutation, ReplyToTicketMutationVariables>;
export const ResolveTicketDocument = new TypedDocumentString(`
    mutation ResolveTicket($id: ID!) {
  resolveTicket(id: $id) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  ...TicketListFields
  reopenedCount
  slaWarnedAt
  resolutionWarnedAt
  slaPausedAt
  slaPausedMinutes
  allowedTransitions
  csatScore
  csatComment
  csatRequestedAt
  csatRatedAt
  tags
  contact {
    id
    fullName
    primaryPhone
    email
    city
    stage
  }
  messages {
    id
    kind
    body
    channel
    createdAt
    authorContactId
    author {
      id
      fullName
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
    }
  }
  history {
    id
    kind
    fromValue
    toValue
    data
    createdAt
    actor {
      id
      fullName
    }
  }
}
fragment TicketListFields on Ticket {
  id
  number
  subject
  status
  priority
  type
  channel
  queueId
  categoryId
  createdAt
  updatedAt
  firstResponseAt
  firstResponseDueAt
  resolutionDueAt
  resolvedAt
  closedAt
  slaBreachedAt
  slaPausedAt
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<ResolveTicketMutation, ResolveTicketMutationVariables>;
export const SetSlaPolicyDocument = new TypedDocumentString(`
    mutation SetSlaPolicy($input: SlaPolicyInput!) {
  setSlaPolicy(input: $input) {
    priority
    firstResponseMinutes
    resolutionMinutes
    warnBeforeMinutes
    isDefault
  }
}
    `) as unknown as TypedDocumentString<SetSlaPolicyMutation, SetSlaPolicyMutationVariables>;
export const SetTicketStatusDocument = new TypedDocumentString(`
    mutation SetTicketStatus($id: ID!, $status: TicketStatus!) {
  setTicketStatus(id: $id, status: $status) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  ...TicketListFields
  reopenedCount
  slaWarnedAt
  resolutionWarnedAt
  slaPausedAt
  slaPausedMinutes
  allowedTransitions
  csatScore
  csatComment
  csatRequestedAt
  csatRatedAt
  tags
  contact {
    id
    fullName
    primaryPhone
    email
    city
    stage
  }
  messages {
    id
    kind
    body
    channel
    createdAt
    authorContactId
    author {
      id
      fullName
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
    }
  }
  history {
    id
    kind
    fromValue
    toValue
    data
    createdAt
    actor {
      id
      fullName
    }
  }
}
fragment TicketListFields on Ticket {
  id
  number
  subject
  status
  priority
  type
  channel
  queueId
  categoryId
  createdAt
  updatedAt
  firstResponseAt
  firstResponseDueAt
  resolutionDueAt
  resolvedAt
  closedAt
  slaBreachedAt
  slaPausedAt
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<SetTicketStatusMutation, SetTicketStatusMutationVariables>;
export const TicketMacrosDocument = new TypedDocumentString(`
    query TicketMacros {
  ticketMacros {
    id
    name
    body
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<TicketMacrosQuery, TicketMacrosQueryVariables>;
export const CreateTicketMacroDocument = new TypedDocumentString(`
    mutation CreateTicketMacro($input: TicketMacroInput!) {
  createTicketMacro(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateTicketMacroMutation, CreateTicketMacroMutationVariables>;
export const UpdateTicketMacroDocument = new TypedDocumentString(`
    mutation UpdateTicketMacro($id: ID!, $input: TicketMacroInput!) {
  updateTicketMacro(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateTicketMacroMutation, UpdateTicketMacroMutationVariables>;
export const DeleteTicketMacroDocument = new TypedDocumentString(`
    mutation DeleteTicketMacro($id: ID!) {
  deleteTicketMacro(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteTicketMacroMutation, DeleteTicketMacroMutationVariables>;
export const RenderTicketMacroDocument = new TypedDocumentString(`
    query RenderTicketMacro($id: ID!, $ticketId: ID!) {
  renderTicketMacro(id: $id, ticketId: $ticketId)
}
    `) as unknown as TypedDocumentString<RenderTicketMacroQuery, RenderTicketMacroQueryVariables>;
export const TicketingSettingsDocument = new TypedDocumentString(`
    query TicketingSettings {
  ticketingSettings {
    autoCloseDays
    smsKeywords
    csatEnabled
  }
}
    `) as unknown as TypedDocumentString<TicketingSettingsQuery, TicketingSettingsQueryVariables>;
export const UpdateTicketingSettingsDocument = new TypedDocumentString(`
    mutation UpdateTicketingSettings($input: UpdateTicketingSettingsInput!) {
  updateTicketingSettings(input: $input) {
    autoCloseDays
    smsKeywords
    csatEnabled
  }
}
    `) as unknown as TypedDocumentString<UpdateTicketingSettingsMutation, UpdateTicketingSettingsMutationVariables>;
export const UpdateBusinessCalendarDocument = new TypedDocumentString(`
    mutation UpdateBusinessCalendar($input: UpdateBusinessCalendarInput!) {
  updateBusinessCalendar(input: $input) {
    ...BusinessCalendarFields
  }
}
    fragment BusinessCalendarFields on BusinessCalendarModel {
  timeZone
  isDefault
  openNow
  nextOpeningAt
  week {
    start
    end
  }
  holidays {
    calendar
    year
    month
    day
  }
}`) as unknown as TypedDocumentString<UpdateBusinessCalendarMutation, UpdateBusinessCalendarMutationVariables>;
export const UpdateTicketQueueDocument = new TypedDocumentString(`
    mutation UpdateTicketQueue($id: ID!, $input: UpdateTicketQueueInput!) {
  updateTicketQueue(id: $id, input: $input) {
    ...TicketQueueFields
  }
}
    fragment TicketQueueFields on TicketQueue {
  id
  name
  assignmentMode
  memberIds
  fixedMemberId
  supervisorMemberId
}`) as unknown as TypedDocumentString<UpdateTicketQueueMutation, UpdateTicketQueueMutationVariables>;
export const UpdateTicketDocument = new TypedDocumentString(`
    mutation UpdateTicket($id: ID!, $input: UpdateTicketInput!) {
  updateTicket(id: $id, input: $input) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  ...TicketListFields
  reopenedCount
  slaWarnedAt
  resolutionWarnedAt
  slaPausedAt
  slaPausedMinutes
  allowedTransitions
  csatScore
  csatComment
  csatRequestedAt
  csatRatedAt
  tags
  contact {
    id
    fullName
    primaryPhone
    email
    city
    stage
  }
  messages {
    id
    kind
    body
    channel
    createdAt
    authorContactId
    author {
      id
      fullName
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
    }
  }
  history {
    id
    kind
    fromValue
    toValue
    data
    createdAt
    actor {
      id
      fullName
    }
  }
}
fragment TicketListFields on Ticket {
  id
  number
  subject
  status
  priority
  type
  channel
  queueId
  categoryId
  createdAt
  updatedAt
  firstResponseAt
  firstResponseDueAt
  resolutionDueAt
  resolvedAt
  closedAt
  slaBreachedAt
  slaPausedAt
  contact {
    id
    fullName
  }
  assignee {
    id
    fullName
  }
}`) as unknown as TypedDocumentString<UpdateTicketMutation, UpdateTicketMutationVariables>;
export const UpdateWorkspaceDocument = new TypedDocumentString(`
    mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {
  updateWorkspace(input: $input) {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}
    `) as unknown as TypedDocumentString<UpdateWorkspaceMutation, UpdateWorkspaceMutationVariables>;