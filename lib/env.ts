import 'server-only';
import { z } from 'zod';

// Validated once, at first use, so a misconfigured server fails with the variable's name instead of
// a confusing error deep inside a request. `scripts/start.ts` fills these in for the embedded database.
const serverEnvSchema = z.object({
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgres:// URL' }),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters'),
  NEXTAUTH_URL: z.url().optional(),
  SESSION_MAX_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(120),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Largest upload. An upload is held in memory while it is checked, so the ceiling is 100 MB;
  // next.config.js reads the same variable to size Next's request-body limits to match.
  DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(20 * 1024 * 1024),
  FILE_STORAGE_DIR: z.string().trim().min(1, 'FILE_STORAGE_DIR must name a folder').default('.data/files'),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}
