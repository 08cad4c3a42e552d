-- DropIndex
DROP INDEX "CrossScore_cycleId_targetAgencyId_idx";

-- CreateIndex
CREATE INDEX "CrossScore_cycleId_targetAgencyId_criterionId_scorerAgencyI_idx" ON "CrossScore"("cycleId", "targetAgencyId", "criterionId", "scorerAgencyId", "points");

