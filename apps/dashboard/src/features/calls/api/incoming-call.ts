import { graphql } from '@/gql';

/** Screen pop: pushed only to the staff member whose extension rings. Consumed over graphql-ws. */
export const IncomingCallSubscription = graphql(`
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
`);
