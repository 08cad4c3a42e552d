-- CreateTable
CREATE TABLE "RetentionSetting" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT,
    "kind" TEXT NOT NULL,
    "years" INTEGER,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetentionSetting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RetentionSetting_provinceId_kind_key" ON "RetentionSetting"("provinceId", "kind");

-- AddForeignKey
ALTER TABLE "RetentionSetting" ADD CONSTRAINT "RetentionSetting_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written (docs/decisions/0045-file-retention.md): one setting per council and kind, the central
-- level (provinceId NULL) included; a period is at least one year.
DROP INDEX "RetentionSetting_provinceId_kind_key";
CREATE UNIQUE INDEX "RetentionSetting_provinceId_kind_key" ON "RetentionSetting"("provinceId", "kind") NULLS NOT DISTINCT;
ALTER TABLE "RetentionSetting" ADD CONSTRAINT "RetentionSetting_years_check" CHECK ("years" IS NULL OR ("years" BETWEEN 1 AND 100));
ALTER TABLE "RetentionSetting" ADD CONSTRAINT "RetentionSetting_kind_check" CHECK ("kind" IN ('SCORE_EVIDENCE', 'PROGRESS_EVIDENCE', 'OBJECTION_EVIDENCE', 'ROLE_MODEL_EVIDENCE', 'PLEDGE_SCAN', 'OTHER'));
