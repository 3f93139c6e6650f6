-- CreateTable
CREATE TABLE "TaskTally" (
    "id" BIGSERIAL NOT NULL,
    "ownerOrganizationId" UUID NOT NULL,
    "status" "TaskStatus" NOT NULL,
    "tasks" INTEGER NOT NULL,

    CONSTRAINT "TaskTally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaskTally_ownerOrganizationId_idx" ON "TaskTally"("ownerOrganizationId");

-- The tally is written by the database only. Statement-level triggers see a statement's rows at once
-- (transition tables): a createMany of 40 tasks, or the 50,000 of a bulk load, appends one row per
-- (owner, status) it changed, not one per task. Rows are appended, never updated, so two transactions
-- writing tasks of the same units never wait on a tally row (nor deadlock over two of them).
CREATE FUNCTION task_tally_append() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "TaskTally" ("ownerOrganizationId", "status", "tasks")
    SELECT "ownerOrganizationId", "status", count(*) FROM new_tasks GROUP BY 1, 2;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "TaskTally" ("ownerOrganizationId", "status", "tasks")
    SELECT "ownerOrganizationId", "status", -count(*) FROM old_tasks GROUP BY 1, 2;
  ELSE
    -- Most updates (progress, dates, text) change neither owner nor status: they append nothing.
    INSERT INTO "TaskTally" ("ownerOrganizationId", "status", "tasks")
    SELECT "ownerOrganizationId", "status", sum(change)
    FROM (
      SELECT "ownerOrganizationId", "status", 1 AS change FROM new_tasks
      UNION ALL
      SELECT "ownerOrganizationId", "status", -1 FROM old_tasks
    ) changes
    GROUP BY 1, 2
    HAVING sum(change) <> 0;
  END IF;
  RETURN NULL;
END $$;

-- One trigger per event: PostgreSQL allows transition tables only on single-event triggers, and on
-- triggers without a column list (hence every UPDATE, filtered by the HAVING above).
CREATE TRIGGER task_tally_on_insert AFTER INSERT ON "Task"
  REFERENCING NEW TABLE AS new_tasks FOR EACH STATEMENT EXECUTE FUNCTION task_tally_append();
CREATE TRIGGER task_tally_on_update AFTER UPDATE ON "Task"
  REFERENCING OLD TABLE AS old_tasks NEW TABLE AS new_tasks FOR EACH STATEMENT EXECUTE FUNCTION task_tally_append();
CREATE TRIGGER task_tally_on_delete AFTER DELETE ON "Task"
  REFERENCING OLD TABLE AS old_tasks FOR EACH STATEMENT EXECUTE FUNCTION task_tally_append();

-- Folds the rows into one per (owner, status), dropping the zeros. It deletes only the rows its
-- snapshot sees and writes back exactly their sums: a task written meanwhile keeps its own row, and a
-- second compaction at the same moment finds the first one's rows gone and skips them. Returns the
-- number of rows folded.
CREATE FUNCTION task_tally_compact() RETURNS integer
LANGUAGE sql AS $$
  WITH folded AS (
    DELETE FROM "TaskTally" RETURNING "ownerOrganizationId", "status", "tasks"
  ), written AS (
    INSERT INTO "TaskTally" ("ownerOrganizationId", "status", "tasks")
    SELECT "ownerOrganizationId", "status", sum("tasks") FROM folded GROUP BY 1, 2 HAVING sum("tasks") <> 0
  )
  SELECT count(*)::integer FROM folded;
$$;

-- The tasks already there.
INSERT INTO "TaskTally" ("ownerOrganizationId", "status", "tasks")
SELECT "ownerOrganizationId", "status", count(*) FROM "Task" GROUP BY 1, 2;
