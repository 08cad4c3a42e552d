-- CreateTable
CREATE TABLE "PublicResult" (
    "publicationId" TEXT NOT NULL,
    "since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "madePublicById" TEXT,

    CONSTRAINT "PublicResult_pkey" PRIMARY KEY ("publicationId")
);

-- AddForeignKey
ALTER TABLE "PublicResult" ADD CONSTRAINT "PublicResult_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "ResultPublication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

