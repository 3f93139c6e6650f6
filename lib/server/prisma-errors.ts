import { Prisma } from '../db/generated/prisma/client.ts';

/** A unique constraint refused the write (two saves raced past the friendly pre-check). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
