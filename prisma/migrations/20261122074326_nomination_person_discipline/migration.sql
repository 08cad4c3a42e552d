-- AlterTable
ALTER TABLE "Nomination" ADD COLUMN     "personDiscipline" TEXT;


-- Hand-written: the levels of lib/domain/awards/eligibility.ts DISCIPLINE_LEVELS, only on individual nominations.
ALTER TABLE "Nomination" ADD CONSTRAINT "Nomination_person_discipline_check" CHECK (
  "personDiscipline" IS NULL
  OR ("target" = 'INDIVIDUAL' AND "personDiscipline" IN ('KHIEN_TRACH', 'CANH_CAO', 'HA_BAC_LUONG', 'GIANG_CHUC', 'CACH_CHUC', 'BUOC_THOI_VIEC'))
);
