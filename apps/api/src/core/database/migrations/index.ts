import { Foundation1763900000000 } from './1763900000000-foundation';
import { Contacts1764000000000 } from './1764000000000-contacts';
import { Telephony1764000000001 } from './1764000000001-telephony';
import { SearchAndBulkAudit1764000000002 } from './1764000000002-search-and-bulk-audit';
import { Messaging1764000000003 } from './1764000000003-messaging';
import { MessagingDelivery1764000000004 } from './1764000000004-messaging-delivery';
import { BulkSends1764000000005 } from './1764000000005-bulk-sends';
import { Catalog1764000000006 } from './1764000000006-catalog';
import { Inventory1764000000007 } from './1764000000007-inventory';
import { Sales1764000000008 } from './1764000000008-sales';
import { Pipeline1764000000009 } from './1764000000009-pipeline';
import { BusinessCalendar1764000000010 } from './1764000000010-business-calendar';
import { Ticketing1764000000011 } from './1764000000011-ticketing';
import { ClubMembers1764000000012 } from './1764000000012-club-members';
import { Loyalty1764000000013 } from './1764000000013-loyalty';
import { Automation1764000000014 } from './1764000000014-automation';
import { TicketingService1764000000015 } from './1764000000015-ticketing-service';
import { ClubStore1764000000016 } from './1764000000016-club-store';
import { ClubNewsI18n1764000000017 } from './1764000000017-club-news-i18n';
import { ImportantDatesDueIndex1764000000018 } from './1764000000018-important-dates-due-index';
import { FollowUpFirstWebOrder1764000000019 } from './1764000000019-followup-first-web-order';
import { ClubSurveys1764000000021 } from './1764000000021-club-surveys';
import { ClubPluginReturns1764000000022 } from './1764000000022-club-plugin-returns';
import { AvailabilityHotUpdates1764000000023 } from './1764000000023-availability-hot-updates';

/** Every migration, in order. Later modules append theirs here. */
export const MIGRATIONS = [Foundation1763900000000, Contacts1764000000000, Telephony1764000000001, SearchAndBulkAudit1764000000002, Messaging1764000000003, MessagingDelivery1764000000004, BulkSends1764000000005, Catalog1764000000006, Inventory1764000000007, Sales1764000000008, Pipeline1764000000009, BusinessCalendar1764000000010, Ticketing1764000000011,
  ClubMembers1764000000012, Loyalty1764000000013, Automation1764000000014, TicketingService1764000000015, ClubStore1764000000016,
  ClubNewsI18n1764000000017, ImportantDatesDueIndex1764000000018, FollowUpFirstWebOrder1764000000019,
  ClubSurveys1764000000021, ClubPluginReturns1764000000022, AvailabilityHotUpdates1764000000023];
