import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, BREAK, DocumentNode } from 'graphql';
import { RequestContext } from '../context/request-context';

function isIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The schema is described only to signed-in callers (staff or API keys). */
export function introspectionGate(context: RequestContext): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          if (!context.principal() && document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION) && isIntrospection(document)) {
            throw new GraphQLError('Introspection requires authentication', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
        },
      };
    },
  };
}
