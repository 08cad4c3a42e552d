-- CreateEnum
CREATE TYPE "BlocActivityKind" AS ENUM ('CONTEST', 'JOINT');

-- CreateTable
CREATE TABLE "BlocActivity" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "kind" "BlocActivityKind" NOT NULL,
    "title" TEXT NOT NULL,
    "organiserId" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "description" TEXT,
    "criterionCode" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "isDemoData" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BlocActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlocActivityParticipant" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "personName" TEXT,
    "result" TEXT,
    "prize" TEXT,
    "points" DECIMAL(8,2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlocActivityParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BlocActivity_cycleId_startsOn_idx" ON "BlocActivity"("cycleId", "startsOn");

-- CreateIndex
CREATE INDEX "BlocActivityParticipant_activityId_idx" ON "BlocActivityParticipant"("activityId");

-- CreateIndex
CREATE INDEX "BlocActivityParticipant_agencyId_idx" ON "BlocActivityParticipant"("agencyId");

-- AddForeignKey
ALTER TABLE "BlocActivity" ADD CONSTRAINT "BlocActivity_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocActivity" ADD CONSTRAINT "BlocActivity_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocActivityParticipant" ADD CONSTRAINT "BlocActivityParticipant_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "BlocActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlocActivityParticipant" ADD CONSTRAINT "BlocActivityParticipant_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: dates in order, points not negative, the title not blank.
ALTER TABLE "BlocActivity" ADD CONSTRAINT "BlocActivity_dates_check" CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "BlocActivity" ADD CONSTRAINT "BlocActivity_title_check" CHECK (btrim("title") <> '');
ALTER TABLE "BlocActivityParticipant" ADD CONSTRAINT "BlocActivityParticipant_points_check" CHECK ("points" IS NULL OR "points" >= 0);
