import { z } from 'zod';

// The task list's filters, read from the URL so a view can be shared as a link. One set of fields, read
// two ways: the list drops anything malformed (a stale or hand-edited link still shows a list), while
// the XLSX export refuses it, because a file that silently ignored a filter would hold more tasks than
// the user asked for and nothing in the file would say so.

export const TASK_SORTS = ['due', 'priority', 'updated', 'title'] as const;
/** A page of the list: two screens on an office laptop; more is the filters' job (and each row is sent twice, as HTML and as the RSC payload). */
export const TASK_PAGE_SIZE = 25;
/** How many plans and conferences the filters offer at most (the most recent), beside the chosen one. */
export const RECENT_CHOICES = 30;

const id = z.uuid().optional();
const day = z.iso.date().optional();

const FILTER_FIELDS = {
  termId: id,
  planId: id,
  conferenceId: id,
  ownerId: id,
  personId: id,
  targetId: id,
  status: z.enum(['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'PAUSED', 'CANCELLED']).optional(),
  overdue: z.literal('1').optional(),
  dueFrom: day,
  dueTo: day,
  sort: z.enum(TASK_SORTS).default('due'),
};

export type TaskFilterName = keyof typeof FILTER_FIELDS;

/** Each field falls back to what an absent one gives (undefined, or its default) instead of failing. */
function lenient<Shape extends Record<string, z.ZodType>>(shape: Shape): { [Key in keyof Shape]: z.ZodCatch<Shape[Key]> } {
  const entries = Object.entries(shape).map(([key, field]) => [key, field.catch(() => field.parse(undefined))]);
  return Object.fromEntries(entries) as { [Key in keyof Shape]: z.ZodCatch<Shape[Key]> };
}

/** The list page's reading: never fails. */
export const taskFiltersSchema = z.object({
  ...lenient(FILTER_FIELDS),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

/** The export's reading: the same filters, without paging, refused when one is malformed. */
export const taskExportFiltersSchema = z.object(FILTER_FIELDS);

export type TaskFilters = z.output<typeof taskFiltersSchema>;
/** The filters that choose and order the tasks, whichever reading produced them. */
export type TaskCriteria = z.output<typeof taskExportFiltersSchema>;

/**
 * Search params as Next passes them to a page (a key may repeat) or as a route reads them from its URL,
 * to the plain record the schemas read: the first value of each key, empty ones ("all") left out.
 */
export function firstValues(searchParams: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const record = searchParams instanceof URLSearchParams ? Object.fromEntries([...searchParams.keys()].map((key) => [key, searchParams.getAll(key)])) : searchParams;
  return Object.fromEntries(
    Object.entries(record).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined || first === '' ? [] : [[key, first]];
    }),
  );
}

/** The query string of the filters (not the page), e.g. for the export link of the list being shown. */
export function taskCriteriaQuery(criteria: TaskCriteria): string {
  const entries = (Object.keys(FILTER_FIELDS) as TaskFilterName[]).flatMap((name) => {
    const value = criteria[name];
    return value === undefined ? [] : [[name, value]];
  });
  return new URLSearchParams(entries).toString();
}
