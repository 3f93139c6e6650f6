import { z } from 'zod';

// The task list's filters, read from the URL so a view can be shared as a link. Anything malformed is
// dropped rather than refused: a stale or hand-edited link still shows a list.

const id = z.uuid().optional().catch(undefined);
const day = z.iso.date().optional().catch(undefined);

export const TASK_SORTS = ['due', 'priority', 'updated', 'title'] as const;
export const TASK_PAGE_SIZE = 50;

export const taskFiltersSchema = z.object({
  termId: id,
  planId: id,
  conferenceId: id,
  ownerId: id,
  personId: id,
  targetId: id,
  status: z.enum(['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'PAUSED', 'CANCELLED']).optional().catch(undefined),
  overdue: z.literal('1').optional().catch(undefined),
  dueFrom: day,
  dueTo: day,
  sort: z.enum(TASK_SORTS).default('due').catch('due'),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type TaskFilters = z.output<typeof taskFiltersSchema>;

/** Search params as Next passes them (a key may repeat) to the plain record the schema reads. */
export function firstValues(searchParams: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(searchParams).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined || first === '' ? [] : [[key, first]];
    }),
  );
}
