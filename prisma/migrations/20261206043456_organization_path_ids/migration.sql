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
CREATE FUNCTION organization_set_path_ids() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  NEW."pathIds" := COALESCE((SELECT p."pathIds" FROM "Organization" p WHERE p.id = NEW."parentId"), '{}') || NEW.id;
  RETURN NEW;
END $$;

CREATE TRIGGER organization_path_ids_on_write BEFORE INSERT OR UPDATE OF "parentId", "pathIds" ON "Organization"
  FOR EACH ROW EXECUTE FUNCTION organization_set_path_ids();

CREATE FUNCTION organization_pass_path_ids_down() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  UPDATE "Organization" SET "pathIds" = '{}' WHERE "parentId" = NEW.id;
  UPDATE "Task" SET "unitIds" = '{}' WHERE "unitIds" @> ARRAY[NEW.id];
  RETURN NULL;
END $$;

CREATE TRIGGER organization_path_ids_passed_down AFTER UPDATE OF "parentId", "pathIds" ON "Organization"
  FOR EACH ROW WHEN (OLD."pathIds" IS DISTINCT FROM NEW."pathIds") EXECUTE FUNCTION organization_pass_path_ids_down();

CREATE TRIGGER organization_path_ids_passed_down_on_insert AFTER INSERT ON "Organization"
  FOR EACH ROW EXECUTE FUNCTION organization_pass_path_ids_down();

-- The task's trigger (20261125184008) computes "unitPathIds" with "unitIds", and now also recomputes a
-- hand-written "unitPathIds".
CREATE OR REPLACE FUNCTION task_set_unit_ids() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
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
