-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('PROVINCIAL_COMMITTEE', 'BLOCK_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'PARTIAL_COMMITTEE', 'CELL');

-- CreateEnum
CREATE TYPE "CommitteeKind" AS ENUM ('EXECUTIVE', 'STANDING', 'CELL_COMMITTEE');

-- CreateEnum
CREATE TYPE "SeatPosition" AS ENUM ('SECRETARY', 'DEPUTY_SECRETARY', 'STANDING_MEMBER', 'EXECUTIVE_MEMBER', 'CELL_COMMITTEE_MEMBER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'SECRETARY', 'ATTENDEE');

-- CreateEnum
CREATE TYPE "TargetUnit" AS ENUM ('PERCENT', 'PEOPLE', 'HOUSEHOLDS', 'BILLION_VND');

-- CreateEnum
CREATE TYPE "GoalKind" AS ENUM ('AT_LEAST', 'AT_MOST', 'RANGE', 'REDUCTION_PER_YEAR', 'COUNT_OVER_TERM');

-- CreateEnum
CREATE TYPE "ResultPeriod" AS ENUM ('YEAR', 'MID_TERM', 'END_OF_TERM');

-- CreateEnum
CREATE TYPE "ResultQualifier" AS ENUM ('EXACT', 'ESTIMATE', 'BELOW', 'ABOVE');

-- CreateEnum
CREATE TYPE "ConferenceKind" AS ENUM ('MID_TERM_REVIEW', 'FINAL_REVIEW', 'REGULAR', 'THEMATIC', 'CONGRESS');

-- CreateEnum
CREATE TYPE "ConferenceStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'HELD', 'CONCLUDED', 'CLOSED');

-- CreateEnum
CREATE TYPE "InvitationKind" AS ENUM ('MEMBER', 'COMMITTEE', 'CELL_COMMITTEES', 'DELEGATION');

-- CreateEnum
CREATE TYPE "RsvpStatus" AS ENUM ('PENDING', 'ATTENDING', 'DECLINED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT');

-- CreateEnum
CREATE TYPE "TaskPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'PAUSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'DENIED', 'FAILED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "OrganizationKind" NOT NULL,
    "symbol" TEXT,
    "place" TEXT,
    "parentId" UUID,
    "mergedIntoId" UUID,
    "mergedAt" TIMESTAMPTZ(3),
    "deactivatedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Term" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "congressNumber" INTEGER NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Term_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Committee" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "kind" "CommitteeKind" NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeSeat" (
    "id" UUID NOT NULL,
    "committeeId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "position" "SeatPosition" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommitteeSeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" UUID NOT NULL,
    "fullName" TEXT NOT NULL,
    "organizationId" UUID NOT NULL,
    "title" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "isPartyMember" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "deactivatedAt" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserRole" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "organizationId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "issuedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Resolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" UUID NOT NULL,
    "resolutionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "unit" "TargetUnit" NOT NULL,
    "goalKind" "GoalKind" NOT NULL,
    "targetValue" DECIMAL(18,4),
    "targetMax" DECIMAL(18,4),
    "baselineValue" DECIMAL(18,4),
    "baselineYear" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetResult" (
    "id" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "period" "ResultPeriod" NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "qualifier" "ResultQualifier" NOT NULL DEFAULT 'EXACT',
    "source" TEXT,
    "note" TEXT,
    "breakdownLabel" TEXT,
    "conferenceId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TargetResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetResultPart" (
    "id" UUID NOT NULL,
    "resultId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,

    CONSTRAINT "TargetResultPart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "issuerId" UUID NOT NULL,
    "officialNumber" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT,
    "content" TEXT,
    "termId" UUID,
    "resolutionId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conference" (
    "id" UUID NOT NULL,
    "planId" UUID,
    "kind" "ConferenceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ConferenceStatus" NOT NULL DEFAULT 'DRAFT',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "venue" TEXT,
    "hostOrganizationId" UUID NOT NULL,
    "secretaryMemberId" UUID,
    "quorumCommitteeId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Conference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceChair" (
    "conferenceId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ConferenceChair_pkey" PRIMARY KEY ("conferenceId","memberId")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "conferenceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3),
    "durationMinutes" INTEGER,
    "title" TEXT NOT NULL,
    "presenterMemberId" UUID,
    "presenterName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "conferenceId" UUID NOT NULL,
    "kind" "InvitationKind" NOT NULL,
    "memberId" UUID,
    "committeeId" UUID,
    "organizationId" UUID,
    "label" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitee" (
    "id" UUID NOT NULL,
    "conferenceId" UUID NOT NULL,
    "memberId" UUID,
    "guestName" TEXT,
    "guestTitle" TEXT,
    "organizationId" UUID,
    "rsvp" "RsvpStatus" NOT NULL DEFAULT 'PENDING',
    "rsvpReason" TEXT,
    "rsvpAt" TIMESTAMPTZ(3),
    "attendance" "AttendanceStatus",
    "attendanceNote" TEXT,
    "attendanceRecordedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Invitee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID,
    "planId" UUID,
    "conferenceId" UUID,
    "agendaItemId" UUID,
    "taskUpdateId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Minutes" (
    "id" UUID NOT NULL,
    "conferenceId" UUID NOT NULL,
    "opening" TEXT,
    "reports" TEXT,
    "discussion" TEXT,
    "closing" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conclusion" (
    "id" UUID NOT NULL,
    "conferenceId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Conclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConclusionRevision" (
    "id" UUID NOT NULL,
    "conclusionId" UUID NOT NULL,
    "revision" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConclusionRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "termId" UUID NOT NULL,
    "conclusionId" UUID,
    "planId" UUID,
    "targetId" UUID,
    "ownerOrganizationId" UUID NOT NULL,
    "responsibleMemberId" UUID,
    "startDate" DATE,
    "dueDate" DATE,
    "priority" "TaskPriority" NOT NULL DEFAULT 'NORMAL',
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "cancelReason" TEXT,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskCoOwner" (
    "taskId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,

    CONSTRAINT "TaskCoOwner_pkey" PRIMARY KEY ("taskId","organizationId")
);

-- CreateTable
CREATE TABLE "TaskUpdate" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "authorId" UUID,
    "reportedOn" DATE NOT NULL,
    "progress" INTEGER NOT NULL,
    "status" "TaskStatus" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "outcome" "AuditOutcome" NOT NULL DEFAULT 'SUCCESS',
    "before" JSONB,
    "after" JSONB,
    "clientIp" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "dedupeKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_InvitationToInvitee" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_InvitationToInvitee_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");

-- CreateIndex
CREATE INDEX "Organization_mergedIntoId_idx" ON "Organization"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Term_organizationId_startYear_key" ON "Term"("organizationId", "startYear");

-- CreateIndex
CREATE INDEX "Committee_termId_idx" ON "Committee"("termId");

-- CreateIndex
CREATE UNIQUE INDEX "Committee_organizationId_termId_kind_key" ON "Committee"("organizationId", "termId", "kind");

-- CreateIndex
CREATE INDEX "CommitteeSeat_committeeId_idx" ON "CommitteeSeat"("committeeId");

-- CreateIndex
CREATE INDEX "CommitteeSeat_memberId_idx" ON "CommitteeSeat"("memberId");

-- CreateIndex
CREATE INDEX "Member_organizationId_idx" ON "Member"("organizationId");

-- CreateIndex
CREATE INDEX "Member_fullName_idx" ON "Member"("fullName");

-- CreateIndex
CREATE UNIQUE INDEX "User_memberId_key" ON "User"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "UserRole_organizationId_idx" ON "UserRole"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "UserRole_userId_role_organizationId_key" ON "UserRole"("userId", "role", "organizationId");

-- CreateIndex
CREATE INDEX "Resolution_termId_idx" ON "Resolution"("termId");

-- CreateIndex
CREATE INDEX "Resolution_organizationId_idx" ON "Resolution"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Target_resolutionId_position_key" ON "Target"("resolutionId", "position");

-- CreateIndex
CREATE INDEX "TargetResult_conferenceId_idx" ON "TargetResult"("conferenceId");

-- CreateIndex
CREATE UNIQUE INDEX "TargetResult_targetId_period_year_key" ON "TargetResult"("targetId", "period", "year");

-- CreateIndex
CREATE UNIQUE INDEX "TargetResultPart_resultId_position_key" ON "TargetResultPart"("resultId", "position");

-- CreateIndex
CREATE INDEX "Plan_issuedOn_idx" ON "Plan"("issuedOn");

-- CreateIndex
CREATE INDEX "Plan_termId_idx" ON "Plan"("termId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_issuerId_officialNumber_key" ON "Plan"("issuerId", "officialNumber");

-- CreateIndex
CREATE INDEX "Conference_startsAt_idx" ON "Conference"("startsAt");

-- CreateIndex
CREATE INDEX "Conference_status_startsAt_idx" ON "Conference"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Conference_hostOrganizationId_startsAt_idx" ON "Conference"("hostOrganizationId", "startsAt");

-- CreateIndex
CREATE INDEX "Conference_planId_idx" ON "Conference"("planId");

-- CreateIndex
CREATE INDEX "ConferenceChair_memberId_idx" ON "ConferenceChair"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_conferenceId_position_key" ON "AgendaItem"("conferenceId", "position");

-- CreateIndex
CREATE INDEX "Invitation_conferenceId_idx" ON "Invitation"("conferenceId");

-- CreateIndex
CREATE INDEX "Invitee_memberId_idx" ON "Invitee"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitee_conferenceId_memberId_key" ON "Invitee"("conferenceId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_planId_idx" ON "Document"("planId");

-- CreateIndex
CREATE INDEX "Document_conferenceId_idx" ON "Document"("conferenceId");

-- CreateIndex
CREATE INDEX "Document_agendaItemId_idx" ON "Document"("agendaItemId");

-- CreateIndex
CREATE INDEX "Document_taskUpdateId_idx" ON "Document"("taskUpdateId");

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_conferenceId_key" ON "Minutes"("conferenceId");

-- CreateIndex
CREATE UNIQUE INDEX "Conclusion_conferenceId_number_key" ON "Conclusion"("conferenceId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ConclusionRevision_conclusionId_revision_key" ON "ConclusionRevision"("conclusionId", "revision");

-- CreateIndex
CREATE INDEX "Task_ownerOrganizationId_status_dueDate_idx" ON "Task"("ownerOrganizationId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "Task_status_dueDate_idx" ON "Task"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Task_responsibleMemberId_idx" ON "Task"("responsibleMemberId");

-- CreateIndex
CREATE INDEX "Task_termId_dueDate_idx" ON "Task"("termId", "dueDate");

-- CreateIndex
CREATE INDEX "Task_conclusionId_idx" ON "Task"("conclusionId");

-- CreateIndex
CREATE INDEX "Task_planId_idx" ON "Task"("planId");

-- CreateIndex
CREATE INDEX "Task_targetId_idx" ON "Task"("targetId");

-- CreateIndex
CREATE INDEX "TaskCoOwner_organizationId_idx" ON "TaskCoOwner"("organizationId");

-- CreateIndex
CREATE INDEX "TaskUpdate_taskId_createdAt_idx" ON "TaskUpdate"("taskId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_at_idx" ON "AuditLog"("actorUserId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "_InvitationToInvitee_B_index" ON "_InvitationToInvitee"("B");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Term" ADD CONSTRAINT "Term_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeSeat" ADD CONSTRAINT "CommitteeSeat_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeSeat" ADD CONSTRAINT "CommitteeSeat_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserRole" ADD CONSTRAINT "UserRole_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetResult" ADD CONSTRAINT "TargetResult_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetResult" ADD CONSTRAINT "TargetResult_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetResultPart" ADD CONSTRAINT "TargetResultPart_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "TargetResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_issuerId_fkey" FOREIGN KEY ("issuerId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conference" ADD CONSTRAINT "Conference_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conference" ADD CONSTRAINT "Conference_hostOrganizationId_fkey" FOREIGN KEY ("hostOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conference" ADD CONSTRAINT "Conference_secretaryMemberId_fkey" FOREIGN KEY ("secretaryMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conference" ADD CONSTRAINT "Conference_quorumCommitteeId_fkey" FOREIGN KEY ("quorumCommitteeId") REFERENCES "Committee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceChair" ADD CONSTRAINT "ConferenceChair_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceChair" ADD CONSTRAINT "ConferenceChair_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_presenterMemberId_fkey" FOREIGN KEY ("presenterMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitee" ADD CONSTRAINT "Invitee_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitee" ADD CONSTRAINT "Invitee_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitee" ADD CONSTRAINT "Invitee_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_taskUpdateId_fkey" FOREIGN KEY ("taskUpdateId") REFERENCES "TaskUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conclusion" ADD CONSTRAINT "Conclusion_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConclusionRevision" ADD CONSTRAINT "ConclusionRevision_conclusionId_fkey" FOREIGN KEY ("conclusionId") REFERENCES "Conclusion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConclusionRevision" ADD CONSTRAINT "ConclusionRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_conclusionId_fkey" FOREIGN KEY ("conclusionId") REFERENCES "Conclusion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_ownerOrganizationId_fkey" FOREIGN KEY ("ownerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_responsibleMemberId_fkey" FOREIGN KEY ("responsibleMemberId") REFERENCES "Member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCoOwner" ADD CONSTRAINT "TaskCoOwner_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskCoOwner" ADD CONSTRAINT "TaskCoOwner_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskUpdate" ADD CONSTRAINT "TaskUpdate_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskUpdate" ADD CONSTRAINT "TaskUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InvitationToInvitee" ADD CONSTRAINT "_InvitationToInvitee_A_fkey" FOREIGN KEY ("A") REFERENCES "Invitation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InvitationToInvitee" ADD CONSTRAINT "_InvitationToInvitee_B_fkey" FOREIGN KEY ("B") REFERENCES "Invitee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CHECK constraints: values that would corrupt meaning (docs/decisions/003-check-constraints.md).
-- Prisma's schema language cannot express them and its diff ignores them; tests/integration/migrations.test.ts lists them.
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_not_own_parent_check" CHECK ("parentId" IS NULL OR "parentId" <> "id");
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_not_merged_into_itself_check" CHECK ("mergedIntoId" IS NULL OR "mergedIntoId" <> "id");
ALTER TABLE "Term" ADD CONSTRAINT "Term_years_check" CHECK ("endYear" > "startYear");
ALTER TABLE "CommitteeSeat" ADD CONSTRAINT "CommitteeSeat_dates_check" CHECK ("endDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "Target" ADD CONSTRAINT "Target_range_check" CHECK ("targetMax" IS NULL OR "targetValue" IS NULL OR "targetMax" >= "targetValue");
ALTER TABLE "Conference" ADD CONSTRAINT "Conference_ends_after_start_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_position_check" CHECK ("position" > 0);
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_duration_check" CHECK ("durationMinutes" IS NULL OR "durationMinutes" > 0);
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_route_check" CHECK (
  ("kind" <> 'MEMBER' OR "memberId" IS NOT NULL)
  AND ("kind" <> 'COMMITTEE' OR "committeeId" IS NOT NULL)
  AND ("kind" NOT IN ('CELL_COMMITTEES', 'DELEGATION') OR "organizationId" IS NOT NULL)
);
ALTER TABLE "Invitee" ADD CONSTRAINT "Invitee_member_or_guest_check" CHECK ("memberId" IS NOT NULL OR "guestName" IS NOT NULL);
ALTER TABLE "Document" ADD CONSTRAINT "Document_one_owner_check" CHECK (num_nonnulls("planId", "conferenceId", "agendaItemId", "taskUpdateId") = 1);
ALTER TABLE "Document" ADD CONSTRAINT "Document_size_check" CHECK ("sizeBytes" >= 0);
ALTER TABLE "Conclusion" ADD CONSTRAINT "Conclusion_number_check" CHECK ("number" > 0);
ALTER TABLE "Task" ADD CONSTRAINT "Task_progress_check" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "Task" ADD CONSTRAINT "Task_dates_check" CHECK ("dueDate" IS NULL OR "startDate" IS NULL OR "dueDate" >= "startDate");
ALTER TABLE "Task" ADD CONSTRAINT "Task_cancel_reason_check" CHECK ("status" <> 'CANCELLED' OR "cancelReason" IS NOT NULL);
ALTER TABLE "TaskUpdate" ADD CONSTRAINT "TaskUpdate_progress_check" CHECK ("progress" BETWEEN 0 AND 100);
