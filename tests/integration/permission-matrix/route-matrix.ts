// The permission matrix of the routes under app/api (next-auth's own excepted): for every exported
// handler, the request a caller outside the record's scope would make, and what each caller gets.
// The guard test fails when a route handler is exported without a row here.
import type { ForeignWorld } from './foreign-world.ts';

export interface RouteRow {
  /** The URL and the dynamic segments' values for a request on another organisation's record. */
  outOfScope: (world: ForeignWorld) => { url: string; params: Record<string, string> };
  /** Without a session. */
  anonymous: number;
  /** The secretary, on the record above. */
  secretaryOutOfScope: number;
}

const BASE = 'http://127.0.0.1';

/** Keyed by "<route file under app/>#<method>". */
export const ROUTE_MATRIX: Record<string, RouteRow> = {
  'api/documents/[documentId]/route.ts#GET': {
    outOfScope: (world) => ({ url: `${BASE}/api/documents/${world.documentId}`, params: { documentId: world.documentId } }),
    anonymous: 401,
    secretaryOutOfScope: 404,
  },
  'api/conferences/[conferenceId]/calendar/route.ts#GET': {
    outOfScope: (world) => ({ url: `${BASE}/api/conferences/${world.conferenceId}/calendar`, params: { conferenceId: world.conferenceId } }),
    anonymous: 401,
    secretaryOutOfScope: 404,
  },
  'api/conferences/[conferenceId]/documents/[kind]/route.ts#GET': {
    outOfScope: (world) => ({ url: `${BASE}/api/conferences/${world.conferenceId}/documents/bien-ban`, params: { conferenceId: world.conferenceId, kind: 'bien-ban' } }),
    anonymous: 401,
    secretaryOutOfScope: 404,
  },
  // Public by design (a calendar app fetches it without a session): the secret token is the key, and a
  // token that is not one answers 404 to everybody.
  'api/calendar/[token]/route.ts#GET': {
    outOfScope: () => ({ url: `${BASE}/api/calendar/not-a-token`, params: { token: 'not-a-token' } }),
    anonymous: 404,
    secretaryOutOfScope: 404,
  },
  // The export filters within the caller's scope: another organisation's tasks are simply not in it
  // (tests/integration/task-export.test.ts checks the rows), so the answer is a file, not a refusal.
  'api/tasks/export/route.ts#GET': {
    outOfScope: (world) => ({ url: `${BASE}/api/tasks/export?ownerId=${world.organizationId}`, params: {} }),
    anonymous: 401,
    secretaryOutOfScope: 200,
  },
  // Like the task export, the members of the caller's scope only (tests/integration/members-import.test.ts).
  'api/members/export/route.ts#GET': {
    outOfScope: () => ({ url: `${BASE}/api/members/export`, params: {} }),
    anonymous: 401,
    secretaryOutOfScope: 200,
  },
  // One resolution by id: another organisation's is simply not found (tests/integration/target-export.test.ts).
  'api/resolutions/[resolutionId]/export/route.ts#GET': {
    outOfScope: (world) => ({ url: `${BASE}/api/resolutions/${world.resolutionId}/export`, params: { resolutionId: world.resolutionId } }),
    anonymous: 401,
    secretaryOutOfScope: 404,
  },
  // The template lists the caller's own units; there is no record of another organisation to ask for.
  'api/members/import-template/route.ts#GET': {
    outOfScope: () => ({ url: `${BASE}/api/members/import-template`, params: {} }),
    anonymous: 401,
    secretaryOutOfScope: 200,
  },
};
