-- CreateEnum
CREATE TYPE "LateStep" AS ENUM ('REGISTRATION', 'SELF_SCORING');

-- CreateTable
CREATE TABLE "DeadlineOverride" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "step" "LateStep" NOT NULL,
    "extendedUntil" DATE,
    "extensionReason" TEXT,
    "waived" BOOLEAN NOT NULL DEFAULT false,
    "waiverReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeadlineOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LateSubmission" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "step" "LateStep" NOT NULL,
    "submittedOn" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "daysLate" INTEGER NOT NULL,
    "points" DECIMAL(8,2) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LateSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineOverride_cycleId_agencyId_step_key" ON "DeadlineOverride"("cycleId", "agencyId", "step");

-- CreateIndex
CREATE UNIQUE INDEX "LateSubmission_cycleId_agencyId_step_key" ON "LateSubmission"("cycleId", "agencyId", "step");

-- AddForeignKey
ALTER TABLE "DeadlineOverride" ADD CONSTRAINT "DeadlineOverride_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineOverride" ADD CONSTRAINT "DeadlineOverride_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LateSubmission" ADD CONSTRAINT "LateSubmission_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LateSubmission" ADD CONSTRAINT "LateSubmission_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (docs/decisions/0004-database-constraints.md, 0042-late-submission.md): a waiver and an
-- extension each carry their reason; a recorded late submission is at least one day late, its deduction not negative.
ALTER TABLE "DeadlineOverride" ADD CONSTRAINT "DeadlineOverride_waiver_reason" CHECK (NOT "waived" OR "waiverReason" IS NOT NULL);
ALTER TABLE "DeadlineOverride" ADD CONSTRAINT "DeadlineOverride_extension_reason" CHECK ("extendedUntil" IS NULL OR "extensionReason" IS NOT NULL);
ALTER TABLE "LateSubmission" ADD CONSTRAINT "LateSubmission_days_late" CHECK ("daysLate" >= 1 AND "submittedOn" > "deadline");
ALTER TABLE "LateSubmission" ADD CONSTRAINT "LateSubmission_points" CHECK ("points" >= 0);
