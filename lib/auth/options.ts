import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { db } from '../db/client.ts';
import { serverEnv } from '../env.ts';
import { dummyPasswordHash, normalizeUsername, verifyPassword } from './password.ts';

const credentialsSchema = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1024),
});

/**
 * next-auth with username + password. The JWT carries only the user's id; roles, organisation and
 * "is this account still active" are read from the database on every request (lib/auth/session.ts),
 * so deactivating an account or changing its roles takes effect at once.
 */
export function authOptions(): NextAuthOptions {
  const env = serverEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: 'jwt', maxAge: env.SESSION_MAX_IDLE_MINUTES * 60, updateAge: 5 * 60 },
    pages: { signIn: '/login' },
    providers: [
      CredentialsProvider({
        name: 'credentials',
        credentials: { username: { type: 'text' }, password: { type: 'password' } },
        async authorize(raw) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const username = normalizeUsername(parsed.data.username);
          const user = await db().user.findUnique({
            where: { username },
            select: { id: true, passwordHash: true, deactivatedAt: true, member: { select: { fullName: true } } },
          });
          // Verify against a dummy hash when the user is unknown so the answer takes the same time.
          const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
          const ok = Boolean(user && valid && !user.deactivatedAt);
          await db().auditLog.create({
            data: { action: 'auth.login', entity: 'User', entityId: user?.id ?? null, actorUserId: ok ? user!.id : null, outcome: ok ? 'SUCCESS' : 'DENIED', after: { username } },
          });
          if (!ok || !user) return null;
          await db().user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
          return { id: user.id, name: user.member.fullName };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && token.sub) Object.assign(session.user, { id: token.sub });
        return session;
      },
    },
  };
}
