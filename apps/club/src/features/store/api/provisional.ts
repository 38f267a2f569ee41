// PROVISIONAL until the club store API lands in schema.graphql: hand-typed documents, replaced by codegen ones.
import { TypedDocumentString } from '@/gql/graphql';

export const provisional = <R, V>(source: string) => new TypedDocumentString<R, V>(source);
