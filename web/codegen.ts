import type { CodegenConfig } from '@graphql-codegen/cli';

// Operation types from the server's schema. GQL_OUT redirects the output so
// that `make test` can compare a fresh generation with the committed src/gql.
const config: CodegenConfig = {
  schema: '../graph/schema.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    [process.env.GQL_OUT ?? 'src/gql/']: {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Decimal: 'string', Time: 'string', Date: 'string', JSON: 'unknown' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
