import 'server-only';
import { Prisma } from '../../db/client.ts';
import { OPEN_TASK_STATUSES } from '../../domain/task-status.ts';

/** "Still owed" (lib/domain/task-status.ts) as SQL on "Task" t, for the counts Prisma's query API cannot write. */
export const OPEN_TASK_SQL = Prisma.sql`t."status" IN (${Prisma.join(OPEN_TASK_STATUSES.map((status) => Prisma.sql`${status}::"TaskStatus"`))})`;
