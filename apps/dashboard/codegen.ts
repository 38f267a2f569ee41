import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // TEMPORARY (issue 3): schema-pending.graphql holds the contract's import/export operations the API does not emit yet.
  schema: ['../api/schema.graphql', 'schema-pending.graphql'],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
