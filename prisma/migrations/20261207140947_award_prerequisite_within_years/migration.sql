-- AlterTable
ALTER TABLE "AwardForm" ADD COLUMN     "prerequisiteWithinYears" INTEGER;


-- Hand-written (docs/decisions/0004): a window of 1 to 30 years, and only with prerequisites to look for.
ALTER TABLE "AwardForm" ADD CONSTRAINT "AwardForm_prerequisite_window_check" CHECK (
  "prerequisiteWithinYears" IS NULL OR ("prerequisiteWithinYears" BETWEEN 1 AND 30 AND cardinality("prerequisiteCodes") > 0)
);
