-- CreateTable
CREATE TABLE "SealedBallot" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "voteId" TEXT NOT NULL,
    "envelope" BYTEA NOT NULL,

    CONSTRAINT "SealedBallot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SealedBallot_voteId_idx" ON "SealedBallot"("voteId");

-- AddForeignKey
ALTER TABLE "SealedBallot" ADD CONSTRAINT "SealedBallot_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "Vote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

