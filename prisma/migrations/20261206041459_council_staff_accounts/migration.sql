-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'COUNCIL_STAFF';

-- DropIndex
DROP INDEX "RoleAssignment_userId_role_blocId_agencyId_key";

-- AlterTable
ALTER TABLE "Province" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "isDemoData" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "mergedOn" DATE,
ADD COLUMN     "mergerRef" TEXT;

-- AlterTable
ALTER TABLE "RoleAssignment" ADD COLUMN     "endsOn" DATE,
ADD COLUMN     "provinceId" TEXT,
ADD COLUMN     "startsOn" DATE;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "passwordChangedAt" TIMESTAMP(3),
ADD COLUMN     "phone" TEXT,
ADD COLUMN     "provinceId" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "ProvinceFormerName" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "until" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProvinceFormerName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProvinceFormerName_provinceId_until_idx" ON "ProvinceFormerName"("provinceId", "until");

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleAssignment_userId_role_blocId_agencyId_provinceId_key" ON "RoleAssignment"("userId", "role", "blocId", "agencyId", "provinceId");

-- AddForeignKey
ALTER TABLE "Province" ADD CONSTRAINT "Province_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvinceFormerName" ADD CONSTRAINT "ProvinceFormerName_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ───── Hand-written (docs/decisions/0004, 0010) ─────
-- The role scope pairing, now with council staff (a province, or none for the
-- central level). The new enum value is compared as text: Postgres refuses to
-- use an enum value in the transaction that adds it.
ALTER TABLE "RoleAssignment" DROP CONSTRAINT "RoleAssignment_scope_check";
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_scope_check" CHECK (
  ("role"::text = 'ADMIN' AND "blocId" IS NULL AND "agencyId" IS NULL AND "provinceId" IS NULL) OR
  ("role"::text = 'COUNCIL_STAFF' AND "blocId" IS NULL AND "agencyId" IS NULL) OR
  ("role"::text IN ('SECRETARY', 'CHAIR', 'OBSERVER') AND "blocId" IS NOT NULL AND "agencyId" IS NULL AND "provinceId" IS NULL) OR
  ("role"::text IN ('AGENCY_LEADER', 'AGENCY_OFFICER') AND "agencyId" IS NOT NULL AND "blocId" IS NULL AND "provinceId" IS NULL)
);
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_dates_check" CHECK ("startsOn" IS NULL OR "endsOn" IS NULL OR "startsOn" <= "endsOn");

-- One grant per user, role and scope; NULL scopes count as equal.
DROP INDEX "RoleAssignment_userId_role_blocId_agencyId_provinceId_key";
CREATE UNIQUE INDEX "RoleAssignment_userId_role_blocId_agencyId_provinceId_key" ON "RoleAssignment"("userId", "role", "blocId", "agencyId", "provinceId") NULLS NOT DISTINCT;

ALTER TABLE "Province" ADD CONSTRAINT "Province_merger_check" CHECK (
  ("mergedIntoId" IS NULL AND "mergedOn" IS NULL) OR ("mergedIntoId" IS NOT NULL AND "mergedOn" IS NOT NULL AND "mergedIntoId" <> "id")
);
