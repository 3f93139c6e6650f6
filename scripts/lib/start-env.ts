// `npm start`'s own environment, validated once so a mistake fails with the variable's name.
// (The app validates its server variables again in lib/env.ts when it starts.)
import { z } from 'zod';

const optional = <T extends z.ZodType>(schema: T) =>
  // An empty variable (`DATABASE_URL= npm start`) means "not set", not "invalid".
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const startEnvSchema = z.object({
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL (unset it to use the embedded database)'),
  ),
  DATABASE_POOL_MAX: optional(z.coerce.number().int().min(1, 'must be from 1 to 100').max(100, 'must be from 1 to 100')),
  PORT: optional(z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535, 'must be a port number')).transform(
    (port) => port ?? 3000,
  ),
  // Loopback by default: the demo accounts' passwords are public. HOSTNAME=0.0.0.0 serves the office network.
  HOSTNAME: optional(z.string().min(1)).transform((host) => host ?? '127.0.0.1'),
  NEXTAUTH_SECRET: optional(z.string().min(32, 'must be at least 32 characters (or unset it: one is generated in .data/auth-secret)')),
  NEXTAUTH_URL: optional(z.url()),
});

export type StartEnv = z.infer<typeof startEnvSchema>;

export function parseStartEnv(env: NodeJS.ProcessEnv): StartEnv {
  const parsed = startEnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid environment:\n${problems.join('\n')}`);
}
