/** Events the contacts module publishes (the timeline and later modules subscribe). */
export const ContactEvents = {
  Created: 'contact.created',
  StageChanged: 'contact.stage_changed',
  ConsentChanged: 'contact.consent_changed',
  Merged: 'contact.merged',
  Imported: 'contacts.imported',
} as const;

/** New contacts created in bulk by an import (one event per batch). */
export interface ContactsImportedEvent {
  workspaceId: string;
  contactIds: string[];
  actorMemberId: string | null;
}

export interface ContactCreatedEvent {
  workspaceId: string;
  contactId: string;
  source: string;
  actorMemberId: string | null;
}

export interface ContactStageChangedEvent {
  workspaceId: string;
  contactId: string;
  from: string | null;
  to: string;
  reason: string;
  automatic: boolean;
  actorMemberId: string | null;
}

export interface ContactConsentChangedEvent {
  workspaceId: string;
  contactId: string;
  channel: string;
  status: string;
  source: string;
  actorMemberId: string | null;
}

export interface ContactMergedEvent {
  workspaceId: string;
  survivorId: string;
  mergedId: string;
  mergedName: string;
  actorMemberId: string | null;
}

/** Events other modules publish that move the lifecycle ladder (the sales and club modules emit these). */
export const LifecycleInputEvents = {
  OrderCompleted: 'sales.order_completed',
  ReferralSucceeded: 'club.referral_succeeded',
} as const;

export interface OrderCompletedEvent {
  workspaceId: string;
  contactId: string;
  orderId: string;
  completedAt: string;
}

export interface ReferralSucceededEvent {
  workspaceId: string;
  referrerContactId: string;
  referredContactId: string;
}
