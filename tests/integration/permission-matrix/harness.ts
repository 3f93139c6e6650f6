// What the permission matrix and the hostile-input suite share: the lists of exported server actions
// and route handlers (read from the source, so a new one cannot be forgotten), loading them, building
// their FormData and Request, and the fingerprint of every table that proves "no row changed".
// The module mocks (session, next/headers) stay in each test file: vitest hoists vi.mock per file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../../lib/db/create-client.ts';
import type { ActionState } from '../../../lib/schemas/action-state.ts';

export const APP_DIR = path.resolve(import.meta.dirname, '../../../app');

export type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type FormFields = Record<string, string | string[] | File>;

/** Every exported function of every actions.ts under app/, as "<file>#<name>". */
export async function exportedActions(): Promise<string[]> {
  const files = (await readdir(APP_DIR, { recursive: true })).filter((file) => path.basename(file) === 'actions.ts');
  const keys: string[] = [];
  for (const file of files) {
    const source = await readFile(path.join(APP_DIR, file), 'utf8');
    for (const match of source.matchAll(/^export (?:async )?function (\w+)/gm)) keys.push(`${file.split(path.sep).join('/')}#${match[1]}`);
  }
  return keys.sort();
}

/** Every exported HTTP handler of every route.ts under app/api but next-auth's, as "<file>#<method>". */
export async function exportedRoutes(): Promise<string[]> {
  const files = (await readdir(path.join(APP_DIR, 'api'), { recursive: true })).filter((file) => path.basename(file) === 'route.ts' && !file.includes('[...nextauth]'));
  const keys: string[] = [];
  for (const file of files) {
    const source = await readFile(path.join(APP_DIR, 'api', file), 'utf8');
    for (const match of source.matchAll(/^export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/gm)) keys.push(`api/${file.split(path.sep).join('/')}#${match[1]}`);
  }
  return keys.sort();
}

export async function loadRoute(key: string): Promise<RouteHandler> {
  const [file, method] = key.split('#') as [string, string];
  const loaded = (await import(/* @vite-ignore */ path.join(APP_DIR, file))) as Record<string, RouteHandler>;
  return loaded[method]!;
}

export async function loadAction(key: string): Promise<Action> {
  const [file, name] = key.split('#') as [string, string];
  const loaded = (await import(/* @vite-ignore */ path.join(APP_DIR, file))) as Record<string, Action>;
  return loaded[name]!;
}

/** A form as the browser sends it: an array is a repeated key (a checkbox group). */
export function formData(fields: FormFields = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
  return form;
}

/** Every table but the audit log, as row counts and a hash of their contents: any change shows. */
export async function fingerprint(database: Database): Promise<Record<string, string>> {
  const tables = await database.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('AuditLog', '_prisma_migrations') ORDER BY tablename`;
  const sql = tables.map(({ name }) => `SELECT '${name}' AS name, count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS digest FROM "${name}" t`).join(' UNION ALL ');
  const rows = await database.$queryRawUnsafe<{ name: string; digest: string }[]>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

/** What no answer may show: a stack frame, a database or Prisma message, an exception's name. */
export const LEAK_PATTERN = /prisma|postgres|invalid input syntax|violates|duplicate key|\bat .+:\d+:\d+|\bat \/|node_modules|SELECT\b|Error:|TypeError|ReferenceError|undefined is not|stack/i;
