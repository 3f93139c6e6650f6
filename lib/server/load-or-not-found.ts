import 'server-only';
import { notFound } from 'next/navigation';
import { PermissionDeniedError } from '../auth/permissions.ts';
import { recordIdSchema } from '../schemas/ids.ts';
import { NotFoundError } from './errors.ts';

/**
 * For pages: runs a use case and answers 404 when the record is missing, out of scope or not allowed
 * (the three look the same from outside on purpose), or when the id in the URL is malformed.
 */
export async function loadOrNotFound<T>(id: string, load: (id: string) => Promise<T>): Promise<T> {
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return await load(parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof PermissionDeniedError) notFound();
    throw error;
  }
}
