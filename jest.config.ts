import type { Config } from 'jest';

// @swc/jest: transpile only (types are checked by `npm run typecheck`), legacy decorators + metadata for Nest.
const swc: [string, Record<string, unknown>] = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs', ignoreDynamic: true },
    sourceMaps: 'inline',
  },
];

const libsMapper = {
  '^@peyvand/(calendar|phone|text|web)$': '<rootDir>/libs/$1/src/index.ts',
};

const config: Config = {
  // Each file boots its own app on its own database: two workers keep both cores busy.
  maxWorkers: 2,
  // Integration files boot the real app and database in their hooks (a global option: projects cannot set it).
  testTimeout: 120_000,
  projects: [
    {
      displayName: 'libs',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/libs/*/src/**/*.spec.ts'],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper: libsMapper,
    },
    {
      displayName: 'api',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/apps/api/test/**/*.spec.ts'],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper: libsMapper,
      globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
    },
    {
      // Pure modules of the web apps (formatters, helpers), without a browser.
      displayName: 'web',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/dashboard/src/**/*.spec.ts', '<rootDir>/apps/club/src/**/*.spec.ts'],
      transform: { '^.+\\.tsx?$': swc },
      moduleNameMapper: { ...libsMapper, '^@/(.*)$': '<rootDir>/apps/dashboard/src/$1' },
    },
    {
      displayName: 'browser',
      rootDir: __dirname,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/apps/dashboard/test/**/*.spec.ts', '<rootDir>/apps/club/test/**/*.spec.ts'],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper: libsMapper,
      globalSetup: '<rootDir>/apps/api/test/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.ts',
    },
  ],
};

export default config;
