-- CreateTable
CREATE TABLE "YearEndReport" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "assessment" TEXT NOT NULL DEFAULT '',
    "shortcomings" TEXT NOT NULL DEFAULT '',
    "directions" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "YearEndReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "YearEndReport_cycleId_key" ON "YearEndReport"("cycleId");

-- AddForeignKey
ALTER TABLE "YearEndReport" ADD CONSTRAINT "YearEndReport_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written (docs/decisions/0004-database-constraints.md): the form's limits hold in the database too.
ALTER TABLE "YearEndReport" ADD CONSTRAINT "YearEndReport_version_check" CHECK ("version" >= 1);
ALTER TABLE "YearEndReport" ADD CONSTRAINT "YearEndReport_text_length_check"
  CHECK (char_length("assessment") <= 8000 AND char_length("shortcomings") <= 8000 AND char_length("directions") <= 8000);
