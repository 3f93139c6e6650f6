-- The GIN index on Task.unitIds without a pending list: with fastupdate (the default) new entries wait in
-- an unsorted list until the next vacuum, and every search scans that list one entry at a time (18 ms
-- for one unit's tasks after 100,000 inserts, measured by `npm run bench`). Tasks are written a few
-- times a day and read on every page: each write pays to place its entries at once instead.
-- Prisma's schema has no word for index storage parameters, so its diff neither sees nor undoes this.
ALTER INDEX "Task_unitIds_idx" SET (fastupdate = off);
