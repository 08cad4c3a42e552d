-- CreateEnum
CREATE TYPE "TargetComparator" AS ENUM ('AT_LEAST', 'AT_MOST', 'EXACTLY');

-- AlterTable
ALTER TABLE "PledgeCommitment" ADD COLUMN     "targetComparator" "TargetComparator" NOT NULL DEFAULT 'EXACTLY';

-- AlterTable
ALTER TABLE "RegistrationTarget" ADD COLUMN     "comparator" "TargetComparator" NOT NULL DEFAULT 'EXACTLY';


-- ───── Hand-written (docs/decisions/0004) ─────
-- Only a number or a share is compared with its target (lib/domain/target-comparator.ts
-- takesComparator); a text, yes/no or empty target keeps EXACTLY. Compared as text, like the
-- other enum checks, so the check never depends on when the type's values became usable.
ALTER TABLE "PledgeCommitment" ADD CONSTRAINT "PledgeCommitment_comparator_check" CHECK (
  "targetComparator"::text = 'EXACTLY' OR "targetKind"::text IN ('NUMBER', 'PERCENT')
);
ALTER TABLE "RegistrationTarget" ADD CONSTRAINT "RegistrationTarget_comparator_check" CHECK (
  "comparator"::text = 'EXACTLY' OR "kind"::text IN ('NUMBER', 'PERCENT')
);

-- Until now every number or share was judged "at least" (value >= target): the rows written
-- before the comparator keep that meaning (lib/domain/target-comparator.ts NUMERIC_DEFAULT_COMPARATOR).
UPDATE "PledgeCommitment" SET "targetComparator" = 'AT_LEAST' WHERE "targetKind"::text IN ('NUMBER', 'PERCENT');
UPDATE "RegistrationTarget" SET "comparator" = 'AT_LEAST' WHERE "kind"::text IN ('NUMBER', 'PERCENT');
