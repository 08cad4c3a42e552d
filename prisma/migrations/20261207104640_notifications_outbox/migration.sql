-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('REGISTRATION_SUBMITTED', 'REGISTRATION_REVIEWED', 'SHEET_RETURNED', 'SHEET_VERIFIED', 'OBJECTION_DECIDED', 'PHASE_REMINDER', 'VOTE_OPENED', 'NOMINATION_REVIEWED', 'DECISION_RECORDED', 'CRITERIA_CHANGED');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable (hand-edited: the rows written before kinds existed get theirs from what wrote them —
-- a criteria table's new version links to its tieu-chi page, a returned registration says so)
ALTER TABLE "Notification" ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "kind" "NotificationKind";
UPDATE "Notification" SET "kind" = CASE
  WHEN "link" LIKE '%/cham-diem/tieu-chi' THEN 'CRITERIA_CHANGED'::"NotificationKind"
  WHEN "message" LIKE '%bị trả lại%' THEN 'REGISTRATION_REVIEWED'::"NotificationKind"
  ELSE 'REGISTRATION_SUBMITTED'::"NotificationKind" END;
ALTER TABLE "Notification" ALTER COLUMN "kind" SET NOT NULL;

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "email" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "MailOutbox" (
    "id" TEXT NOT NULL,
    "notificationId" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "toName" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "MailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MailOutbox_notificationId_key" ON "MailOutbox"("notificationId");

-- CreateIndex
CREATE INDEX "MailOutbox_status_nextAttemptAt_idx" ON "MailOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "Notification"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: a retry count is never negative.
ALTER TABLE "MailOutbox" ADD CONSTRAINT "MailOutbox_attempts_check" CHECK ("attempts" >= 0);
