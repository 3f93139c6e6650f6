import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('./', import.meta.url));
const alias = {
  '@/': root,
  'server-only': fileURLToPath(new URL('./tests/helpers/server-only-empty.ts', import.meta.url)),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Each file gets its own database cloned from the run's template (tests/helpers/test-database.ts).
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { NEXTAUTH_SECRET: 'integration-tests-secret-at-least-32-characters' },
        },
      },
    ],
  },
});
