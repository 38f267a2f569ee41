/** Events the pipeline publishes inside the transaction of the change (the timeline writes them on the contact's file). */
export const PipelineEvents = {
  OpportunityCreated: 'pipeline.opportunity_created',
  OpportunityMoved: 'pipeline.opportunity_moved',
  OpportunityWon: 'pipeline.opportunity_won',
  OpportunityLost: 'pipeline.opportunity_lost',
} as const;

export interface OpportunityEvent {
  workspaceId: string;
  opportunityId: string;
  contactId: string;
  title: string;
  /** Rial */
  amount: number;
  ownerMemberId: string | null;
  actorMemberId: string | null;
  /** The stage it is in after the change (names fa/en). */
  stage: { id: string; nameFa: string; nameEn: string };
}

export interface OpportunityMovedEvent extends OpportunityEvent {
  from: { id: string; nameFa: string; nameEn: string };
}

export interface OpportunityLostEvent extends OpportunityEvent {
  reason: string;
}
