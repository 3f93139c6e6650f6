-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarTokenCreatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "calendarTokenHash" TEXT,
ADD COLUMN     "calendarTokenSalt" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarTokenHash_key" ON "User"("calendarTokenHash");

-- CHECK constraint (docs/decisions/003-check-constraints.md): a feed token is all there or not at all.
ALTER TABLE "User" ADD CONSTRAINT "User_calendar_token_check" CHECK (("calendarTokenHash" IS NULL) = ("calendarTokenSalt" IS NULL) AND ("calendarTokenHash" IS NULL) = ("calendarTokenCreatedAt" IS NULL));
