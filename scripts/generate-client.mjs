// Generates the Prisma client. `prisma generate` never runs the schema engine, but the CLI tries to
// download a native one unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file — and downloads fail
// on offline machines. Pointing it at the node binary satisfies the check without a download.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
  },
});
process.exit(result.status ?? 1);
