import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { serverEnv } from '../env.ts';
import { authenticate } from './authenticate.ts';
import { clientAddressOf } from './client-address.ts';
import { SECOND_FACTOR_REQUIRED, SIGN_IN_BUSY, THROTTLED_PREFIX } from './throttle-message.ts';

const credentialsSchema = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1024),
  /** The second factor's code (authenticator or recovery code), sent on the form's second step only. */
  code: z.string().max(64).optional(),
});

/**
 * next-auth with username + password, and a second-factor code for accounts that have one. The JWT
 * carries only the user's id; roles, organisation and "is this account still active" are read from the
 * database on every request (lib/auth/session.ts), so deactivating an account or changing its roles
 * takes effect at once.
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
        credentials: { username: { type: 'text' }, password: { type: 'password' }, code: { type: 'text' } },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const result = await authenticate({ ...parsed.data, clientAddress: clientAddressOf(request?.headers) });
          if (result.ok) return result.user;
          // next-auth hands a thrown message to the form (signIn(...).error), which shows the time.
          if (result.reason === 'throttled') throw new Error(`${THROTTLED_PREFIX}${result.retryAt.toISOString()}`);
          if (result.reason === 'secondFactorRequired') throw new Error(SECOND_FACTOR_REQUIRED);
          if (result.reason === 'busy') throw new Error(SIGN_IN_BUSY);
          return null;
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
