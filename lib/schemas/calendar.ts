import { z } from 'zod';

/** The calendar page's two buttons: make the first feed link, or replace the current one. */
export const resetCalendarFeedSchema = z.object({
  intent: z.enum(['create', 'reset']),
});
