-- CreateTable
CREATE TABLE "TaskTally" (
    "id" BIGSERIAL NOT NULL,
    "ownerOrganizationId" UUID NOT NULL,
    "status" "TaskStatus" NOT NULL,
    "tasks" INTEGER NOT NULL,

    CONSTRAINT "TaskTally_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubtreeTaskTally" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" UUID NOT NULL,
    "status" "TaskStatus" NOT NULL,
    "tasks" INTEGER NOT NULL,

    CONSTRAINT "SubtreeTaskTally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaskTally_ownerOrganizationId_idx" ON "TaskTally"("ownerOrganizationId");

-- CreateIndex
CREATE INDEX "SubtreeTaskTally_organizationId_idx" ON "SubtreeTaskTally"("organizationId");

-- The tallies are written by the database only. Statement-level triggers see a statement's rows at
-- once (transition tables): a createMany of 40 tasks, or the 50,000 of a bulk load, appends one row per
-- (organisation, status) it changed, not one per task. Rows are appended, never updated, so two
-- transactions writing tasks of the same units never wait on a tally row (nor deadlock over two).
--   TaskTally: by the task's owner.
--   SubtreeTaskTally: by every organisation on the paths of the task's units (unitPathIds, kept by the
--   BEFORE trigger task_set_unit_ids, so the transition tables hold the new paths; a unit that moves
--   rewrites its tasks' paths with an UPDATE, which this trigger then sees like any other).
CREATE FUNCTION task_tallies_append() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "TaskTally" ("ownerOrganizationId", "status", "tasks")
    SELECT "ownerOrganizationId", "status", count(*) FROM new_tasks GROUP BY 1, 2;
    INSERT INTO "SubtreeTaskTally" ("organizationId", "status", "tasks")
    SELECT unit, "status", count(*) FROM new_tasks, unnest("unitPathIds") AS unit GROUP BY 1, 2;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "TaskTally" ("ownerOrganizationId", "status", "tasks")
    SELECT "ownerOrganizationId", "status", -count(*) FROM old_tasks GROUP BY 1, 2;
    INSERT INTO "SubtreeTaskTally" ("organizationId", "status", "tasks")
    SELECT unit, "status", -count(*) FROM old_tasks, unnest("unitPathIds") AS unit GROUP BY 1, 2;
  ELSE
    -- Most updates (progress, dates, text) change neither owner, paths nor status: they append nothing.
    INSERT INTO "TaskTally" ("ownerOrganizationId", "status", "tasks")
    SELECT "ownerOrganizationId", "status", sum(change)
    FROM (
      SELECT "ownerOrganizationId", "status", 1 AS change FROM new_tasks
      UNION ALL
      SELECT "ownerOrganizationId", "status", -1 FROM old_tasks
    ) changes
    GROUP BY 1, 2
    HAVING sum(change) <> 0;
    INSERT INTO "SubtreeTaskTally" ("organizationId", "status", "tasks")
    SELECT unit, "status", sum(change)
    FROM (
      SELECT unit, "status", 1 AS change FROM new_tasks, unnest("unitPathIds") AS unit
      UNION ALL
      SELECT unit, "status", -1 FROM old_tasks, unnest("unitPathIds") AS unit
    ) changes
    GROUP BY 1, 2
    HAVING sum(change) <> 0;
  END IF;
  RETURN NULL;
END $$;

-- One trigger per event: PostgreSQL allows transition tables only on single-event triggers, and on
-- triggers without a column list (hence every UPDATE, filtered by the HAVING above).
CREATE TRIGGER task_tallies_on_insert AFTER INSERT ON "Task"
  REFERENCING NEW TABLE AS new_tasks FOR EACH STATEMENT EXECUTE FUNCTION task_tallies_append();
CREATE TRIGGER task_tallies_on_update AFTER UPDATE ON "Task"
  REFERENCING OLD TABLE AS old_tasks NEW TABLE AS new_tasks FOR EACH STATEMENT EXECUTE FUNCTION task_tallies_append();
CREATE TRIGGER task_tallies_on_delete AFTER DELETE ON "Task"
  REFERENCING OLD TABLE AS old_tasks FOR EACH STATEMENT EXECUTE FUNCTION task_tallies_append();

-- A TRUNCATE fires no row or statement trigger of the kinds above: it empties the tallies with the tasks.
CREATE FUNCTION task_tallies_clear() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "TaskTally";
  DELETE FROM "SubtreeTaskTally";
  RETURN NULL;
END $$;

CREATE TRIGGER task_tallies_on_truncate AFTER TRUNCATE ON "Task"
  FOR EACH STATEMENT EXECUTE FUNCTION task_tallies_clear();

-- Folds each tally into one row per (organisation, status), dropping the zeros. It deletes only the
-- rows its snapshot sees and writes back exactly their sums: a task written meanwhile keeps its own
-- rows, and a second compaction at the same moment finds the first one's rows gone and skips them.
-- Returns the number of rows folded.
CREATE FUNCTION task_tally_compact() RETURNS integer
LANGUAGE sql AS $$
  WITH folded_by_owner AS (
    DELETE FROM "TaskTally" RETURNING "ownerOrganizationId", "status", "tasks"
  ), written_by_owner AS (
    INSERT INTO "TaskTally" ("ownerOrganizationId", "status", "tasks")
    SELECT "ownerOrganizationId", "status", sum("tasks") FROM folded_by_owner GROUP BY 1, 2 HAVING sum("tasks") <> 0
  ), folded_by_subtree AS (
    DELETE FROM "SubtreeTaskTally" RETURNING "organizationId", "status", "tasks"
  ), written_by_subtree AS (
    INSERT INTO "SubtreeTaskTally" ("organizationId", "status", "tasks")
    SELECT "organizationId", "status", sum("tasks") FROM folded_by_subtree GROUP BY 1, 2 HAVING sum("tasks") <> 0
  )
  SELECT ((SELECT count(*) FROM folded_by_owner) + (SELECT count(*) FROM folded_by_subtree))::integer;
$$;

-- The overdue tasks per owner (completion by unit) are a range of the index of open tasks: its entries
-- now hold the owner too, so that count reads the index only.
DROP INDEX "Task_open_dueDate_scope_idx";
CREATE INDEX "Task_open_dueDate_scope_idx" ON "Task" ("dueDate")
  INCLUDE ("ownerOrganizationId", "unitPathIds", "unitIds", "responsibleMemberId")
  WHERE "status" IN ('NOT_STARTED', 'IN_PROGRESS', 'PAUSED');

-- The dashboard's open tasks in scope, for a reader who manages one subtree, are its tally plus the open
-- tasks outside it that the reader answers for: this index answers that from its own entries (index-only),
-- however many tasks the reader has answered for over the years.
CREATE INDEX "Task_open_responsibleMemberId_idx" ON "Task" ("responsibleMemberId")
  INCLUDE ("unitPathIds")
  WHERE "status" IN ('NOT_STARTED', 'IN_PROGRESS', 'PAUSED');

-- The tasks already there.
INSERT INTO "TaskTally" ("ownerOrganizationId", "status", "tasks")
SELECT "ownerOrganizationId", "status", count(*) FROM "Task" GROUP BY 1, 2;
INSERT INTO "SubtreeTaskTally" ("organizationId", "status", "tasks")
SELECT unit, "status", count(*) FROM "Task", unnest("unitPathIds") AS unit GROUP BY 1, 2;
