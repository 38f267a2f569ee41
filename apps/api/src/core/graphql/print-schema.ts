import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

const HEADER = '# Generated from the code-first API by `npm run schema:emit`. Do not edit.\n\n';

export function printAppSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
