-- CreateEnum
CREATE TYPE "RoleModelStage" AS ENUM ('FOUND', 'FOSTERED', 'REVIEWED', 'REPLICATED');

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "roleModelId" TEXT;

-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "roleModelId" TEXT;

-- CreateTable
CREATE TABLE "RoleModel" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "target" "AwardTarget" NOT NULL,
    "collectiveName" TEXT,
    "personId" TEXT,
    "personName" TEXT,
    "achievement" TEXT NOT NULL,
    "stage" "RoleModelStage" NOT NULL DEFAULT 'FOUND',
    "foundOn" DATE NOT NULL,
    "fosteredOn" DATE,
    "reviewedOn" DATE,
    "replicatedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoleModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RoleModel_cycleId_agencyId_idx" ON "RoleModel"("cycleId", "agencyId");

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_roleModelId_fkey" FOREIGN KEY ("roleModelId") REFERENCES "RoleModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_roleModelId_fkey" FOREIGN KEY ("roleModelId") REFERENCES "RoleModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleModel" ADD CONSTRAINT "RoleModel_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleModel" ADD CONSTRAINT "RoleModel_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleModel" ADD CONSTRAINT "RoleModel_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (docs/decisions/0039): a collective has no person, an individual has a name;
-- each stage reached has its day, the ones not reached have none, and the days do not go back.
ALTER TABLE "RoleModel" ADD CONSTRAINT "RoleModel_target_check" CHECK (
  ("target" = 'COLLECTIVE' AND "personId" IS NULL AND "personName" IS NULL)
  OR ("target" = 'INDIVIDUAL' AND "personName" IS NOT NULL AND "collectiveName" IS NULL)
);
ALTER TABLE "RoleModel" ADD CONSTRAINT "RoleModel_stage_days_check" CHECK (
  ("fosteredOn" IS NOT NULL) = ("stage" IN ('FOSTERED', 'REVIEWED', 'REPLICATED'))
  AND ("reviewedOn" IS NOT NULL) = ("stage" IN ('REVIEWED', 'REPLICATED'))
  AND ("replicatedOn" IS NOT NULL) = ("stage" = 'REPLICATED')
  AND ("fosteredOn" IS NULL OR "fosteredOn" >= "foundOn")
  AND ("reviewedOn" IS NULL OR "reviewedOn" >= "fosteredOn")
  AND ("replicatedOn" IS NULL OR "replicatedOn" >= "reviewedOn")
);
