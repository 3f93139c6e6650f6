-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "pathIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "unitPathIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- CreateIndex
CREATE INDEX "Organization_pathIds_idx" ON "Organization" USING GIN ("pathIds");

-- CreateIndex
CREATE INDEX "Task_unitPathIds_idx" ON "Task" USING GIN ("unitPathIds");

-- Without a pending list, as Task_unitIds_idx (20261206031500): these are read on every page.
ALTER INDEX "Organization_pathIds_idx" SET (fastupdate = off);
ALTER INDEX "Task_unitPathIds_idx" SET (fastupdate = off);

-- "pathIds" is the organisation's path from the top of its tree down to itself, kept by the database: a
-- BEFORE trigger computes it from the parent's on insert and on a move (a written value is ignored), and
-- AFTER triggers pass a change down to the children (whose own AFTER trigger passes it on) and to the
-- tasks of the organisation, whose "unitPathIds" follow. On insert too: in a bulk insert a child can come
-- before its parent, and the parent's arrival then puts the child's path right.
--
-- The paths are read under the organisation tree's lock (lib/server/organizations/organization-rules.ts
-- takes it exclusively for every change to the tree), here shared: a task written while an organisation
-- moves would otherwise read the paths from before the move, and the move's pass-down, not seeing the
-- uncommitted task, would leave its "unitPathIds" stale (and a reader of the old subtree reading it).
CREATE FUNCTION organization_set_path_ids() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  parent_path uuid[];
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtext('organization-tree'));
  parent_path := COALESCE((SELECT p."pathIds" FROM "Organization" p WHERE p.id = NEW."parentId"), '{}');
  IF NEW.id = ANY(parent_path) THEN
    RAISE EXCEPTION 'organisation % would be its own ancestor', NEW.id USING ERRCODE = 'check_violation';
  END IF;
  NEW."pathIds" := parent_path || NEW.id;
  RETURN NEW;
END $$;

CREATE TRIGGER organization_path_ids_on_write BEFORE INSERT OR UPDATE OF id, "parentId", "pathIds" ON "Organization"
  FOR EACH ROW EXECUTE FUNCTION organization_set_path_ids();

CREATE FUNCTION organization_pass_path_ids_down() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  UPDATE "Organization" SET "pathIds" = '{}' WHERE "parentId" = NEW.id;
  UPDATE "Task" SET "unitIds" = '{}' WHERE "unitIds" @> ARRAY[NEW.id];
  RETURN NULL;
END $$;

CREATE TRIGGER organization_path_ids_passed_down AFTER UPDATE OF id, "parentId", "pathIds" ON "Organization"
  FOR EACH ROW WHEN (OLD."pathIds" IS DISTINCT FROM NEW."pathIds") EXECUTE FUNCTION organization_pass_path_ids_down();

CREATE TRIGGER organization_path_ids_passed_down_on_insert AFTER INSERT ON "Organization"
  FOR EACH ROW EXECUTE FUNCTION organization_pass_path_ids_down();

-- The task's trigger (20261125184008) computes "unitPathIds" with "unitIds" (under the tree's shared
-- lock, see above), and now also recomputes a hand-written "unitPathIds".
CREATE OR REPLACE FUNCTION task_set_unit_ids() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtext('organization-tree'));
  NEW."unitIds" := task_unit_ids(NEW."ownerOrganizationId", NEW.id);
  NEW."unitPathIds" := ARRAY(
    SELECT DISTINCT path.id FROM "Organization" o CROSS JOIN LATERAL unnest(o."pathIds") AS path(id)
    WHERE o.id = ANY(NEW."unitIds") ORDER BY path.id);
  RETURN NEW;
END $$;

DROP TRIGGER task_unit_ids_on_write ON "Task";
CREATE TRIGGER task_unit_ids_on_write BEFORE INSERT OR UPDATE OF "ownerOrganizationId", "unitIds", "unitPathIds" ON "Task"
  FOR EACH ROW EXECUTE FUNCTION task_set_unit_ids();

-- The organisations and tasks there are already: the tops of the trees, and the change runs down.
UPDATE "Organization" SET "pathIds" = '{}' WHERE "parentId" IS NULL;
