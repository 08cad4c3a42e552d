-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Level" AS ENUM ('CENTRAL', 'PROVINCE', 'DISTRICT');

-- CreateEnum
CREATE TYPE "BlocKind" AS ENUM ('KHOI', 'CUM');

-- CreateEnum
CREATE TYPE "AgencyType" AS ENUM ('BAN_DANG', 'UY_BAN_KIEM_TRA', 'VAN_PHONG', 'DANG_UY_KHOI', 'BAO', 'TRUONG_CHINH_TRI', 'HOC_VIEN', 'DON_VI_SU_NGHIEP', 'KHAC');

-- CreateEnum
CREATE TYPE "AgencyChangeKind" AS ENUM ('MERGER', 'SPLIT', 'RENAME', 'DISSOLUTION');

-- CreateEnum
CREATE TYPE "OfficerRole" AS ENUM ('HEAD', 'DEPUTY');

-- CreateEnum
CREATE TYPE "SelectionMethod" AS ENUM ('ELECTED', 'ACCLAIMED', 'APPOINTED', 'ROTATION');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'SECRETARY', 'CHAIR', 'AGENCY_LEADER', 'AGENCY_OFFICER', 'OBSERVER');

-- CreateEnum
CREATE TYPE "ScoringMode" AS ENUM ('VERIFICATION', 'CROSS_SCORING');

-- CreateEnum
CREATE TYPE "PhaseKey" AS ENUM ('REGISTRATION', 'PLEDGE_SIGNING', 'EXECUTION', 'MID_YEAR_REVIEW', 'SELF_SCORING', 'VERIFICATION', 'OBJECTION', 'CONFERENCE', 'NOMINATION');

-- CreateEnum
CREATE TYPE "AuthorityKind" AS ENUM ('PRIME_MINISTER', 'PROVINCE_CHAIR', 'PARTY_COMMITTEE', 'BLOC_HEAD_AGENCY', 'AGENCY_HEAD', 'OTHER');

-- CreateEnum
CREATE TYPE "AwardTarget" AS ENUM ('COLLECTIVE', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "QuotaKind" AS ENUM ('NONE', 'COUNT', 'PERCENT_OF_MEMBERS');

-- CreateEnum
CREATE TYPE "Rounding" AS ENUM ('FLOOR', 'CEIL', 'HALF_UP');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('TEXT', 'NUMBER', 'PERCENT', 'YES_NO');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('DRAFT', 'SIGNING', 'LOCKED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "ProgressStatus" AS ENUM ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'ACHIEVED');

-- CreateEnum
CREATE TYPE "TableStatus" AS ENUM ('DRAFT', 'LOCKED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "CriterionType" AS ENUM ('GROUP', 'GRADED', 'QUANTITATIVE', 'YES_NO', 'COUNT', 'BONUS', 'PENALTY', 'GATE');

-- CreateEnum
CREATE TYPE "SheetStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('OPEN', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('PLEDGE_SIGNING', 'MID_YEAR_REVIEW', 'YEAR_END_CONFERENCE');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'ABSENT', 'REPRESENTED');

-- CreateEnum
CREATE TYPE "VoteKind" AS ENUM ('ACCLAIM_LEADER', 'AWARD_PROPOSAL', 'ELECT_HEAD', 'ELECT_DEPUTY');

-- CreateEnum
CREATE TYPE "VoteMethod" AS ENUM ('ELECTRONIC', 'PAPER');

-- CreateEnum
CREATE TYPE "VoteStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ThresholdBase" AS ENUM ('ALL_MEMBERS', 'PRESENT_MEMBERS', 'VALID_BALLOTS');

-- CreateEnum
CREATE TYPE "NominationStatus" AS ENUM ('DRAFT', 'PROPOSED', 'SENT', 'RETURNED', 'REJECTED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('APPROVED', 'CHANGED', 'REJECTED');

-- CreateTable
CREATE TABLE "Province" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Province_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bloc" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "BlocKind" NOT NULL DEFAULT 'KHOI',
    "level" "Level" NOT NULL,
    "provinceId" TEXT,
    "organiser" TEXT NOT NULL,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bloc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "type" "AgencyType" NOT NULL,
    "provinceId" TEXT,
    "establishedOn" DATE,
    "dissolvedOn" DATE,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyLineage" (
    "id" TEXT NOT NULL,
    "predecessorId" TEXT NOT NULL,
    "successorId" TEXT,
    "kind" "AgencyChangeKind" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "decisionRef" TEXT,
    "note" TEXT,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgencyLineage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "joinedOn" DATE,
    "leftOn" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficerTerm" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "role" "OfficerRole" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "method" "SelectionMethod" NOT NULL,
    "decisionRef" TEXT,
    "personName" TEXT,
    "handoverOn" DATE,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficerTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT,
    "passwordHash" TEXT NOT NULL,
    "agencyId" TEXT,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "blocId" TEXT,
    "agencyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Cycle" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "theme" TEXT,
    "movements" TEXT[],
    "legalBases" TEXT[],
    "scoringMode" "ScoringMode" NOT NULL DEFAULT 'VERIFICATION',
    "rules" JSONB,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CyclePhase" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "key" "PhaseKey" NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "reopenedUntil" DATE,
    "reopenReason" TEXT,

    CONSTRAINT "CyclePhase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyKeyTask" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "AgencyKeyTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardForm" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "target" "AwardTarget" NOT NULL,
    "authorityKind" "AuthorityKind" NOT NULL,
    "authorityName" TEXT NOT NULL,
    "isFlag" BOOLEAN NOT NULL DEFAULT false,
    "quotaKind" "QuotaKind" NOT NULL DEFAULT 'NONE',
    "quotaValue" DECIMAL(6,2),
    "quotaRounding" "Rounding" NOT NULL DEFAULT 'FLOOR',
    "minBand" TEXT,
    "requiresRegistration" BOOLEAN NOT NULL DEFAULT true,
    "requiresPledge" BOOLEAN NOT NULL DEFAULT true,
    "requiresNoDiscipline" BOOLEAN NOT NULL DEFAULT true,
    "prerequisiteCodes" TEXT[],
    "order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AwardForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "note" TEXT,
    "returnReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationTitle" (
    "registrationId" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,

    CONSTRAINT "RegistrationTitle_pkey" PRIMARY KEY ("registrationId","awardFormId")
);

-- CreateTable
CREATE TABLE "RegistrationTarget" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "TargetKind" NOT NULL DEFAULT 'TEXT',
    "value" DECIMAL(12,2),

    CONSTRAINT "RegistrationTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "previousId" TEXT,
    "changeReason" TEXT,
    "title" TEXT NOT NULL,
    "theme" TEXT,
    "bases" TEXT[],
    "status" "PledgeStatus" NOT NULL DEFAULT 'DRAFT',
    "rowVersion" INTEGER NOT NULL DEFAULT 1,
    "signingMeetingId" TEXT,
    "lockedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeCommitment" (
    "id" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "targetKind" "TargetKind" NOT NULL DEFAULT 'TEXT',
    "targetValue" DECIMAL(12,2),
    "targetUnit" TEXT,

    CONSTRAINT "PledgeCommitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentCriterion" (
    "commitmentId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,

    CONSTRAINT "CommitmentCriterion_pkey" PRIMARY KEY ("commitmentId","criterionId")
);

-- CreateTable
CREATE TABLE "PledgeSignature" (
    "id" TEXT NOT NULL,
    "pledgeId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "signedOn" DATE NOT NULL,
    "scanFileId" TEXT,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PledgeSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentProgress" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "status" "ProgressStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "value" DECIMAL(12,2),
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommitmentProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriteriaTable" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "previousId" TEXT,
    "changeReason" TEXT,
    "title" TEXT NOT NULL,
    "scale" DECIMAL(8,2) NOT NULL,
    "bonusCap" DECIMAL(8,2),
    "status" "TableStatus" NOT NULL DEFAULT 'DRAFT',
    "lockedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CriteriaTable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "parentId" TEXT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "CriterionType" NOT NULL,
    "order" INTEGER NOT NULL,
    "maxPoints" DECIMAL(8,2) NOT NULL,
    "minPoints" DECIMAL(8,2) NOT NULL DEFAULT 0,
    "guidance" TEXT,
    "evidenceRequired" BOOLEAN NOT NULL DEFAULT false,
    "floorPct" DECIMAL(5,2),
    "allowNA" BOOLEAN NOT NULL DEFAULT false,
    "useLeaderFormula" BOOLEAN NOT NULL DEFAULT false,
    "pointsPerUnit" DECIMAL(8,2),
    "cap" DECIMAL(8,2),

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionLevel" (
    "id" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "points" DECIMAL(8,2) NOT NULL,
    "descriptor" TEXT,

    CONSTRAINT "CriterionLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSheet" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "status" "SheetStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreSheet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreEntry" (
    "id" TEXT NOT NULL,
    "sheetId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "minPoints" DECIMAL(8,2) NOT NULL,
    "maxPoints" DECIMAL(8,2) NOT NULL,
    "isNA" BOOLEAN NOT NULL DEFAULT false,
    "selfInput" DECIMAL(14,4),
    "actual" DECIMAL(14,4),
    "target" DECIMAL(14,4),
    "selfPoints" DECIMAL(8,2),
    "explanation" TEXT,
    "verifiedPoints" DECIMAL(8,2),
    "verifyReason" TEXT,
    "verifiedById" TEXT,
    "finalPoints" DECIMAL(8,2),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrossScore" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "scorerAgencyId" TEXT NOT NULL,
    "targetAgencyId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "points" DECIMAL(8,2) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CrossScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrossScoreSubmission" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "scorerAgencyId" TEXT NOT NULL,
    "targetAgencyId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CrossScoreSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'OPEN',
    "decisionReason" TEXT,
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultPublication" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reason" TEXT,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "ResultPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "uploadedById" TEXT,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "scoreEntryId" TEXT,
    "progressId" TEXT,
    "objectionId" TEXT,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "heldOn" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "chairName" TEXT NOT NULL,
    "secretaryName" TEXT,
    "agenda" TEXT[],
    "notes" TEXT,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "representativeName" TEXT,
    "absenceReason" TEXT,

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "kind" "VoteKind" NOT NULL,
    "method" "VoteMethod" NOT NULL,
    "title" TEXT NOT NULL,
    "awardFormId" TEXT,
    "status" "VoteStatus" NOT NULL DEFAULT 'DRAFT',
    "quorumPct" DECIMAL(5,2) NOT NULL,
    "thresholdPct" DECIMAL(5,2) NOT NULL,
    "thresholdBase" "ThresholdBase" NOT NULL,
    "candidateMayVote" BOOLEAN NOT NULL DEFAULT true,
    "maxChoices" INTEGER NOT NULL DEFAULT 1,
    "tieRule" TEXT NOT NULL DEFAULT 'RUNOFF',
    "round" INTEGER NOT NULL DEFAULT 1,
    "parentVoteId" TEXT,
    "committee" TEXT[],
    "ballotsIssued" INTEGER,
    "ballotsReturned" INTEGER,
    "ballotsValid" INTEGER,
    "ballotsInvalid" INTEGER,
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "result" JSONB,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoteCandidate" (
    "id" TEXT NOT NULL,
    "voteId" TEXT NOT NULL,
    "agencyId" TEXT,
    "personName" TEXT,
    "order" INTEGER NOT NULL,
    "paperVotes" INTEGER,

    CONSTRAINT "VoteCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoterRollEntry" (
    "voteId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "VoterRollEntry_pkey" PRIMARY KEY ("voteId","agencyId")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "voteId" TEXT NOT NULL,
    "isBlank" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotChoice" (
    "ballotId" UUID NOT NULL,
    "candidateId" TEXT NOT NULL,

    CONSTRAINT "BallotChoice_pkey" PRIMARY KEY ("ballotId","candidateId")
);

-- CreateTable
CREATE TABLE "Nomination" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "awardFormId" TEXT NOT NULL,
    "target" "AwardTarget" NOT NULL,
    "agencyId" TEXT NOT NULL,
    "collectiveName" TEXT,
    "personName" TEXT,
    "personPosition" TEXT,
    "achievements" TEXT,
    "status" "NominationStatus" NOT NULL DEFAULT 'DRAFT',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "statusReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Nomination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "signer" TEXT NOT NULL,
    "authorityKind" "AuthorityKind" NOT NULL,
    "authorityName" TEXT NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "cancelRef" TEXT,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionItem" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "nominationId" TEXT,
    "agencyId" TEXT NOT NULL,
    "collectiveName" TEXT,
    "personName" TEXT,
    "awardFormId" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "changedToFormId" TEXT,
    "reason" TEXT,

    CONSTRAINT "DecisionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "link" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "blocId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Province_code_key" ON "Province"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Bloc_code_key" ON "Bloc"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_code_key" ON "Agency"("code");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyLineage_predecessorId_successorId_kind_key" ON "AgencyLineage"("predecessorId", "successorId", "kind");

-- CreateIndex
CREATE INDEX "Membership_agencyId_year_idx" ON "Membership"("agencyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_blocId_agencyId_year_key" ON "Membership"("blocId", "agencyId", "year");

-- CreateIndex
CREATE INDEX "OfficerTerm_blocId_role_startsOn_idx" ON "OfficerTerm"("blocId", "role", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "RoleAssignment_userId_idx" ON "RoleAssignment"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_userId_role_blocId_agencyId_key" ON "RoleAssignment"("userId", "role", "blocId", "agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Cycle_blocId_year_key" ON "Cycle"("blocId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "CyclePhase_cycleId_key_key" ON "CyclePhase"("cycleId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "AgencyKeyTask_cycleId_agencyId_order_key" ON "AgencyKeyTask"("cycleId", "agencyId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "AwardForm_cycleId_code_key" ON "AwardForm"("cycleId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_cycleId_agencyId_key" ON "Registration"("cycleId", "agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationTarget_registrationId_order_key" ON "RegistrationTarget"("registrationId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_previousId_key" ON "Pledge"("previousId");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_cycleId_version_key" ON "Pledge"("cycleId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeCommitment_pledgeId_number_key" ON "PledgeCommitment"("pledgeId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeSignature_scanFileId_key" ON "PledgeSignature"("scanFileId");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeSignature_pledgeId_agencyId_key" ON "PledgeSignature"("pledgeId", "agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitmentProgress_commitmentId_agencyId_key" ON "CommitmentProgress"("commitmentId", "agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaTable_previousId_key" ON "CriteriaTable"("previousId");

-- CreateIndex
CREATE UNIQUE INDEX "CriteriaTable_cycleId_version_key" ON "CriteriaTable"("cycleId", "version");

-- CreateIndex
CREATE INDEX "Criterion_tableId_parentId_order_idx" ON "Criterion"("tableId", "parentId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_tableId_code_key" ON "Criterion"("tableId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionLevel_criterionId_order_key" ON "CriterionLevel"("criterionId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSheet_tableId_agencyId_key" ON "ScoreSheet"("tableId", "agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreEntry_sheetId_criterionId_key" ON "ScoreEntry"("sheetId", "criterionId");

-- CreateIndex
CREATE INDEX "CrossScore_cycleId_targetAgencyId_idx" ON "CrossScore"("cycleId", "targetAgencyId");

-- CreateIndex
CREATE UNIQUE INDEX "CrossScore_scorerAgencyId_targetAgencyId_criterionId_key" ON "CrossScore"("scorerAgencyId", "targetAgencyId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "CrossScoreSubmission_cycleId_scorerAgencyId_targetAgencyId_key" ON "CrossScoreSubmission"("cycleId", "scorerAgencyId", "targetAgencyId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultPublication_cycleId_version_key" ON "ResultPublication"("cycleId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_meetingId_agencyId_key" ON "Attendance"("meetingId", "agencyId");

-- CreateIndex
CREATE UNIQUE INDEX "VoteCandidate_voteId_order_key" ON "VoteCandidate"("voteId", "order");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "AuditLog_blocId_at_idx" ON "AuditLog"("blocId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- AddForeignKey
ALTER TABLE "Bloc" ADD CONSTRAINT "Bloc_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyLineage" ADD CONSTRAINT "AgencyLineage_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyLineage" ADD CONSTRAINT "AgencyLineage_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficerTerm" ADD CONSTRAINT "OfficerTerm_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficerTerm" ADD CONSTRAINT "OfficerTerm_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cycle" ADD CONSTRAINT "Cycle_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CyclePhase" ADD CONSTRAINT "CyclePhase_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyKeyTask" ADD CONSTRAINT "AgencyKeyTask_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyKeyTask" ADD CONSTRAINT "AgencyKeyTask_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardForm" ADD CONSTRAINT "AwardForm_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationTitle" ADD CONSTRAINT "RegistrationTitle_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationTitle" ADD CONSTRAINT "RegistrationTitle_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "AwardForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationTarget" ADD CONSTRAINT "RegistrationTarget_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Pledge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_signingMeetingId_fkey" FOREIGN KEY ("signingMeetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeCommitment" ADD CONSTRAINT "PledgeCommitment_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentCriterion" ADD CONSTRAINT "CommitmentCriterion_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "PledgeCommitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentCriterion" ADD CONSTRAINT "CommitmentCriterion_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeSignature" ADD CONSTRAINT "PledgeSignature_scanFileId_fkey" FOREIGN KEY ("scanFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentProgress" ADD CONSTRAINT "CommitmentProgress_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "PledgeCommitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentProgress" ADD CONSTRAINT "CommitmentProgress_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaTable" ADD CONSTRAINT "CriteriaTable_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriteriaTable" ADD CONSTRAINT "CriteriaTable_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "CriteriaTable"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "CriteriaTable"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionLevel" ADD CONSTRAINT "CriterionLevel_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "CriteriaTable"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSheet" ADD CONSTRAINT "ScoreSheet_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_sheetId_fkey" FOREIGN KEY ("sheetId") REFERENCES "ScoreSheet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossScore" ADD CONSTRAINT "CrossScore_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossScore" ADD CONSTRAINT "CrossScore_scorerAgencyId_fkey" FOREIGN KEY ("scorerAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossScore" ADD CONSTRAINT "CrossScore_targetAgencyId_fkey" FOREIGN KEY ("targetAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossScore" ADD CONSTRAINT "CrossScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossScoreSubmission" ADD CONSTRAINT "CrossScoreSubmission_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossScoreSubmission" ADD CONSTRAINT "CrossScoreSubmission_scorerAgencyId_fkey" FOREIGN KEY ("scorerAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrossScoreSubmission" ADD CONSTRAINT "CrossScoreSubmission_targetAgencyId_fkey" FOREIGN KEY ("targetAgencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ScoreEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultPublication" ADD CONSTRAINT "ResultPublication_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_scoreEntryId_fkey" FOREIGN KEY ("scoreEntryId") REFERENCES "ScoreEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_progressId_fkey" FOREIGN KEY ("progressId") REFERENCES "CommitmentProgress"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "AwardForm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_parentVoteId_fkey" FOREIGN KEY ("parentVoteId") REFERENCES "Vote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteCandidate" ADD CONSTRAINT "VoteCandidate_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoteCandidate" ADD CONSTRAINT "VoteCandidate_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterRollEntry" ADD CONSTRAINT "VoterRollEntry_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterRollEntry" ADD CONSTRAINT "VoterRollEntry_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterRollEntry" ADD CONSTRAINT "VoterRollEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotChoice" ADD CONSTRAINT "BallotChoice_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotChoice" ADD CONSTRAINT "BallotChoice_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "VoteCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "AwardForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionItem" ADD CONSTRAINT "DecisionItem_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionItem" ADD CONSTRAINT "DecisionItem_nominationId_fkey" FOREIGN KEY ("nominationId") REFERENCES "Nomination"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionItem" ADD CONSTRAINT "DecisionItem_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionItem" ADD CONSTRAINT "DecisionItem_awardFormId_fkey" FOREIGN KEY ("awardFormId") REFERENCES "AwardForm"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionItem" ADD CONSTRAINT "DecisionItem_changedToFormId_fkey" FOREIGN KEY ("changedToFormId") REFERENCES "AwardForm"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ───────────── Hand-written constraints (docs/decisions/0004) ─────────────
-- Prisma cannot express these, and migrate dev leaves them alone.

ALTER TABLE "Membership" ADD CONSTRAINT "Membership_year_check" CHECK ("year" BETWEEN 1945 AND 2200);
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_dates_check" CHECK ("leftOn" IS NULL OR "joinedOn" IS NULL OR "leftOn" >= "joinedOn");
ALTER TABLE "Cycle" ADD CONSTRAINT "Cycle_year_check" CHECK ("year" BETWEEN 1945 AND 2200);
ALTER TABLE "CyclePhase" ADD CONSTRAINT "CyclePhase_dates_check" CHECK ("closesOn" >= "opensOn");
ALTER TABLE "OfficerTerm" ADD CONSTRAINT "OfficerTerm_dates_check" CHECK ("endsOn" >= "startsOn");

ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_scope_check" CHECK (
  ("role" = 'ADMIN' AND "blocId" IS NULL AND "agencyId" IS NULL) OR
  ("role" IN ('SECRETARY', 'CHAIR', 'OBSERVER') AND "blocId" IS NOT NULL AND "agencyId" IS NULL) OR
  ("role" IN ('AGENCY_LEADER', 'AGENCY_OFFICER') AND "agencyId" IS NOT NULL AND "blocId" IS NULL)
);

ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_bounds_check" CHECK ("minPoints" <= "maxPoints");
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_floor_check" CHECK ("floorPct" IS NULL OR "floorPct" BETWEEN 0 AND 100);
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_bounds_check" CHECK ("minPoints" <= "maxPoints");
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_self_check" CHECK ("selfPoints" IS NULL OR "selfPoints" BETWEEN "minPoints" AND "maxPoints");
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_verified_check" CHECK ("verifiedPoints" IS NULL OR "verifiedPoints" BETWEEN "minPoints" AND "maxPoints");
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_final_check" CHECK ("finalPoints" IS NULL OR "finalPoints" BETWEEN "minPoints" AND "maxPoints");
ALTER TABLE "CrossScore" ADD CONSTRAINT "CrossScore_not_self_check" CHECK ("scorerAgencyId" <> "targetAgencyId");
ALTER TABLE "CrossScoreSubmission" ADD CONSTRAINT "CrossScoreSubmission_not_self_check" CHECK ("scorerAgencyId" <> "targetAgencyId");

ALTER TABLE "Vote" ADD CONSTRAINT "Vote_pct_check" CHECK ("quorumPct" BETWEEN 0 AND 100 AND "thresholdPct" BETWEEN 0 AND 100);
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_choices_check" CHECK ("maxChoices" >= 1);
-- Paper count: valid + invalid = returned <= issued (edge case 18).
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_paper_count_check" CHECK (
  "ballotsReturned" IS NULL OR (
    "ballotsValid" + "ballotsInvalid" = "ballotsReturned" AND "ballotsReturned" <= "ballotsIssued"
    AND "ballotsValid" >= 0 AND "ballotsInvalid" >= 0
  )
);
ALTER TABLE "VoteCandidate" ADD CONSTRAINT "VoteCandidate_subject_check" CHECK ("agencyId" IS NOT NULL OR "personName" IS NOT NULL);
ALTER TABLE "VoteCandidate" ADD CONSTRAINT "VoteCandidate_paper_check" CHECK ("paperVotes" IS NULL OR "paperVotes" >= 0);
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_person_check" CHECK ("target" = 'COLLECTIVE' OR "personName" IS NOT NULL);
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_size_check" CHECK ("sizeBytes" > 0);

-- Officer terms of the same role in the same bloc never overlap (edge case 29).
-- Locking the bloc row serialises concurrent inserts for that bloc.
CREATE FUNCTION "officer_term_no_overlap"() RETURNS trigger AS $$
BEGIN
  PERFORM 1 FROM "Bloc" WHERE "id" = NEW."blocId" FOR UPDATE;
  IF EXISTS (
    SELECT 1 FROM "OfficerTerm" t
    WHERE t."blocId" = NEW."blocId" AND t."role" = NEW."role" AND t."id" <> NEW."id"
      AND daterange(t."startsOn", t."endsOn", '[]') && daterange(NEW."startsOn", NEW."endsOn", '[]')
  ) THEN
    RAISE EXCEPTION 'officer_term_overlap' USING ERRCODE = '23P01';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "OfficerTerm_no_overlap" BEFORE INSERT OR UPDATE ON "OfficerTerm"
  FOR EACH ROW EXECUTE FUNCTION "officer_term_no_overlap"();

-- A role is granted once per scope. Prisma's unique key treats the unused
-- NULL scope column as distinct, so the index is rebuilt NULLS NOT DISTINCT
-- (same name and columns: migrate diff sees no change).
DROP INDEX "RoleAssignment_userId_role_blocId_agencyId_key";
CREATE UNIQUE INDEX "RoleAssignment_userId_role_blocId_agencyId_key" ON "RoleAssignment"("userId", "role", "blocId", "agencyId") NULLS NOT DISTINCT;
DROP INDEX "AgencyLineage_predecessorId_successorId_kind_key";
CREATE UNIQUE INDEX "AgencyLineage_predecessorId_successorId_kind_key" ON "AgencyLineage"("predecessorId", "successorId", "kind") NULLS NOT DISTINCT;
