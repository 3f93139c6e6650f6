import { z } from 'zod';

export const SEARCH_QUERY_MIN = 2;
export const SEARCH_QUERY_MAX = 100;

/** What the search box sends (`/search?q=…`); messages are keys of the `errors` catalogue. */
export const searchQuerySchema = z
  .string('search.tooShort')
  .trim()
  .normalize('NFC')
  .min(SEARCH_QUERY_MIN, 'search.tooShort')
  .max(SEARCH_QUERY_MAX, 'search.tooLong');
