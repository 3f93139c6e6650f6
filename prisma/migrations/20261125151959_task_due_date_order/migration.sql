-- CreateIndex
CREATE INDEX "Task_dueDate_id_idx" ON "Task"("dueDate", "id");
