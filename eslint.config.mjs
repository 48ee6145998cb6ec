import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // STYLE.md: the environment is read in one place (app/lib/env.ts; the database module reads its own).
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through app/lib/env.ts.' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/lib/env.ts', 'db/client.ts', 'db/migrate.ts', 'instrumentation.ts', 'proxy.ts', 'scripts/**', 'tests/**', '*.config.*', 'next.config.js'],
    rules: { 'no-restricted-properties': 'off' },
  },
  { files: ['next.config.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  globalIgnores(['.next/**', 'node_modules/**', '.data/**', 'test-results/**', 'next-env.d.ts', 'db/migrations/**']),
]);
