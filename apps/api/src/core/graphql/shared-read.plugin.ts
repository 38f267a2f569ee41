import { ApolloServerPlugin } from '@apollo/server';
import { TenantDb } from '../database/tenant-db.service';

/** Queries read through one shared transaction per request (TenantDb.enableSharedRead); mutations do not. */
export function sharedReadPlugin(db: TenantDb): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'query') db.enableSharedRead();
        },
        async willSendResponse() {
          await db.finishSharedRead();
        },
      };
    },
  };
}
