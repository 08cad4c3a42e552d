-- CreateEnum
CREATE TYPE "NumberedDocument" AS ENUM ('DOSSIER_MEMO', 'CONFERENCE_MINUTES', 'YEAR_END_REPORT');

-- CreateEnum
CREATE TYPE "DocumentNumberSource" AS ENUM ('ISSUED', 'RECORDED');

-- CreateTable
CREATE TABLE "DocumentNumber" (
    "id" TEXT NOT NULL,
    "blocId" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "seriesKey" TEXT NOT NULL,
    "issuerCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "sequence" INTEGER,
    "symbol" TEXT NOT NULL,
    "document" "NumberedDocument" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "source" "DocumentNumberSource" NOT NULL,
    "issuedOn" DATE NOT NULL,
    "issuedById" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentNumber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentNumberCounter" (
    "seriesKey" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DocumentNumberCounter_pkey" PRIMARY KEY ("seriesKey","year")
);

-- CreateIndex
CREATE INDEX "DocumentNumber_blocId_year_idx" ON "DocumentNumber"("blocId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentNumber_document_subjectId_key" ON "DocumentNumber"("document", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentNumber_seriesKey_year_sequence_key" ON "DocumentNumber"("seriesKey", "year", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentNumber_seriesKey_year_symbol_key" ON "DocumentNumber"("seriesKey", "year", "symbol");

-- AddForeignKey
ALTER TABLE "DocumentNumber" ADD CONSTRAINT "DocumentNumber_blocId_fkey" FOREIGN KEY ("blocId") REFERENCES "Bloc"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentNumber" ADD CONSTRAINT "DocumentNumber_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentNumber" ADD CONSTRAINT "DocumentNumber_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (docs/decisions/0044-document-numbers.md): a number of the series is positive and
-- an issued row carries it; a recorded one does not.
ALTER TABLE "DocumentNumber" ADD CONSTRAINT "DocumentNumber_sequence_check"
  CHECK (("source" = 'ISSUED' AND "sequence" IS NOT NULL AND "sequence" > 0) OR ("source" = 'RECORDED' AND "sequence" IS NULL));
ALTER TABLE "DocumentNumberCounter" ADD CONSTRAINT "DocumentNumberCounter_last_check" CHECK ("last" >= 0);
