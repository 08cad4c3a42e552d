-- CreateTable
CREATE TABLE "CouncilYearSetting" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT,
    "year" INTEGER NOT NULL,
    "coCpCapPct" DECIMAL(5,2) NOT NULL,
    "coCpRounding" "Rounding" NOT NULL DEFAULT 'FLOOR',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CouncilYearSetting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
-- One row per council and year: the central level (provinceId NULL) too, so NULLS NOT DISTINCT.
CREATE UNIQUE INDEX "CouncilYearSetting_provinceId_year_key" ON "CouncilYearSetting"("provinceId", "year") NULLS NOT DISTINCT;

-- AddForeignKey
ALTER TABLE "CouncilYearSetting" ADD CONSTRAINT "CouncilYearSetting_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written (docs/decisions/0004-database-constraints.md): a percentage, and a plausible year.
ALTER TABLE "CouncilYearSetting" ADD CONSTRAINT "CouncilYearSetting_coCpCapPct_range" CHECK ("coCpCapPct" >= 0 AND "coCpCapPct" <= 100);
ALTER TABLE "CouncilYearSetting" ADD CONSTRAINT "CouncilYearSetting_year_range" CHECK ("year" BETWEEN 1945 AND 2200);
