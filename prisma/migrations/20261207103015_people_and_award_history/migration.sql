-- CreateEnum
CREATE TYPE "PersonRecordSource" AS ENUM ('IMPORT');

-- AlterTable
ALTER TABLE "AwardForm" ADD COLUMN     "recordCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "recordMinCode" TEXT,
ADD COLUMN     "recordMinCount" INTEGER,
ADD COLUMN     "recordYears" INTEGER;

-- AlterTable
ALTER TABLE "DecisionItem" ADD COLUMN     "personId" TEXT;

-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "personId" TEXT;

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "birthYear" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAgency" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "position" TEXT,
    "fromOn" DATE,
    "toOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonAgency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonRecord" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "agencyId" TEXT,
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "decisionRef" TEXT,
    "source" "PersonRecordSource" NOT NULL DEFAULT 'IMPORT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE INDEX "PersonAgency_agencyId_idx" ON "PersonAgency"("agencyId");

-- CreateIndex
CREATE INDEX "PersonAgency_personId_idx" ON "PersonAgency"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonRecord_personId_year_code_key" ON "PersonRecord"("personId", "year", "code");

-- AddForeignKey
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionItem" ADD CONSTRAINT "DecisionItem_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAgency" ADD CONSTRAINT "PersonAgency_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAgency" ADD CONSTRAINT "PersonAgency_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRecord" ADD CONSTRAINT "PersonRecord_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRecord" ADD CONSTRAINT "PersonRecord_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Hand-written: the rules' ranges (lib/schemas/awards.ts, lib/domain/people/person-import.ts say the same in words).
ALTER TABLE "AwardForm" ADD CONSTRAINT "AwardForm_record_rule_check" CHECK (
  ("recordYears" IS NULL AND "recordMinCode" IS NULL AND "recordMinCount" IS NULL)
  OR (
    "target" = 'INDIVIDUAL'
    AND "recordYears" BETWEEN 1 AND 30
    AND cardinality("recordCodes") >= 1
    AND (("recordMinCode" IS NULL) = ("recordMinCount" IS NULL))
    AND ("recordMinCount" IS NULL OR "recordMinCount" BETWEEN 1 AND "recordYears")
  )
);
ALTER TABLE "Person" ADD CONSTRAINT "Person_birth_year_check" CHECK ("birthYear" IS NULL OR "birthYear" BETWEEN 1900 AND 2100);
ALTER TABLE "PersonAgency" ADD CONSTRAINT "PersonAgency_period_check" CHECK ("fromOn" IS NULL OR "toOn" IS NULL OR "toOn" >= "fromOn");
ALTER TABLE "PersonRecord" ADD CONSTRAINT "PersonRecord_year_check" CHECK ("year" BETWEEN 1945 AND 2200);
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_person_individual_check" CHECK ("personId" IS NULL OR "target" = 'INDIVIDUAL');

-- Hand-written: the individual nominees typed before people existed become people (docs/decisions/0036).
-- One person per agency and name (trimmed, case-insensitive): the same name in one agency is taken
-- to be the same person, as the "one achievement, one reward" warning already does; the same name
-- in two agencies gives two people. Their agency link has no dates (not known).
CREATE TEMPORARY TABLE "_named_person" AS
SELECT gen_random_uuid()::text AS "id", "agencyId", "name", "key", "position"
FROM (
  SELECT DISTINCT ON ("agencyId", "key") "agencyId", "name", "key", "position"
  FROM (
    SELECT "agencyId", btrim("personName") AS "name", lower(btrim("personName")) AS "key", "personPosition" AS "position", "createdAt" AS "at"
    FROM "Nomination"
    WHERE "target" = 'INDIVIDUAL' AND "personName" IS NOT NULL AND btrim("personName") <> ''
    UNION ALL
    SELECT "agencyId", btrim("personName"), lower(btrim("personName")), NULL, 'epoch'::timestamp
    FROM "DecisionItem"
    WHERE "personName" IS NOT NULL AND btrim("personName") <> ''
  ) AS "named"
  ORDER BY "agencyId", "key", "at" DESC
) AS "distinct_named";

INSERT INTO "Person" ("id", "name") SELECT "id", "name" FROM "_named_person";
INSERT INTO "PersonAgency" ("id", "personId", "agencyId", "position") SELECT gen_random_uuid()::text, "id", "agencyId", "position" FROM "_named_person";
UPDATE "Nomination" AS n SET "personId" = p."id"
FROM "_named_person" AS p
WHERE n."target" = 'INDIVIDUAL' AND n."agencyId" = p."agencyId" AND lower(btrim(n."personName")) = p."key";
UPDATE "DecisionItem" AS d SET "personId" = p."id"
FROM "_named_person" AS p
WHERE d."agencyId" = p."agencyId" AND lower(btrim(d."personName")) = p."key";
DROP TABLE "_named_person";
