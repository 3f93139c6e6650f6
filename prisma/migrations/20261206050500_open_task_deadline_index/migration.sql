-- The dashboard's deadline counts (lib/server/tasks/count-tasks-by-deadline.ts) read every open task in
-- the reader's scope: with the scope's columns in the index, they read the index only, never the table.
-- Only open tasks are in it (a partial index), so it stays as small as the work still owed.
-- Prisma's schema has no word for a partial or covering index: it lives here, and Prisma's diff keeps it.
CREATE INDEX "Task_open_dueDate_scope_idx" ON "Task" ("dueDate")
  INCLUDE ("unitPathIds", "unitIds", "responsibleMemberId")
  WHERE "status" IN ('NOT_STARTED', 'IN_PROGRESS', 'PAUSED');
