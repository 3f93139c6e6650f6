import { z } from 'zod';

/** Record ids in URLs; anything else is "not found" rather than a database error. */
export const recordIdSchema = z.uuid();
