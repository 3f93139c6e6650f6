-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "unitIds" UUID[] DEFAULT ARRAY[]::UUID[];

-- CreateIndex
CREATE INDEX "Task_unitIds_idx" ON "Task" USING GIN ("unitIds");

-- "unitIds" is the task's owner followed by its co-owners, kept by the database: a BEFORE trigger on
-- Task computes it on every insert and on a change of owner, and triggers on TaskCoOwner recompute it
-- for the task whose co-owners changed. Whatever writes (the app, a merge, a restore, hand-written SQL),
-- the array cannot drift from the rows it summarises.
CREATE FUNCTION task_unit_ids(owner uuid, task uuid) RETURNS uuid[]
  LANGUAGE sql STABLE
  AS $$ SELECT ARRAY[owner] || COALESCE((SELECT array_agg(c."organizationId" ORDER BY c."organizationId") FROM "TaskCoOwner" c WHERE c."taskId" = task), '{}') $$;

CREATE FUNCTION task_set_unit_ids() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  NEW."unitIds" := task_unit_ids(NEW."ownerOrganizationId", NEW.id);
  RETURN NEW;
END $$;

CREATE TRIGGER task_unit_ids_on_write BEFORE INSERT OR UPDATE OF "ownerOrganizationId", "unitIds" ON "Task"
  FOR EACH ROW EXECUTE FUNCTION task_set_unit_ids();

-- Setting "unitIds" (to anything) makes the BEFORE trigger above recompute it from the rows.
CREATE FUNCTION task_co_owner_refresh_unit_ids() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Task" SET "unitIds" = '{}' WHERE id = OLD."taskId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Task" SET "unitIds" = '{}' WHERE id = NEW."taskId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER task_co_owner_unit_ids AFTER INSERT OR UPDATE OR DELETE ON "TaskCoOwner"
  FOR EACH ROW EXECUTE FUNCTION task_co_owner_refresh_unit_ids();

-- The tasks there are already.
UPDATE "Task" SET "unitIds" = '{}';
