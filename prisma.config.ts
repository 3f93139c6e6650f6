// Prisma CLI configuration. The app itself connects through @prisma/adapter-pg (lib/db/client.ts);
// migrations run offline through the WebAssembly schema engine (lib/db/migrate.ts), so the CLI needs
// the URL only for commands such as `prisma migrate deploy` where its native engine is available.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
});
