import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // CLUB_SCHEMA: generate against another emitted schema (e.g. an API change not committed yet).
  schema: process.env.CLUB_SCHEMA ?? '../api/schema.graphql',
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
        scalars: { DateTime: 'string', JSON: 'unknown', SafeInt: 'number' },
      },
    },
  },
};

export default config;
