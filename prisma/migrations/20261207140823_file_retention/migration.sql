-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "disposalId" TEXT,
ADD COLUMN     "disposedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "FileDisposal" (
    "id" TEXT NOT NULL,
    "provinceId" TEXT,
    "disposedById" TEXT,
    "disposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "fileCount" INTEGER NOT NULL,
    "files" JSONB NOT NULL,

    CONSTRAINT "FileDisposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StoredFile_blocId_disposedAt_idx" ON "StoredFile"("blocId", "disposedAt");

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_disposalId_fkey" FOREIGN KEY ("disposalId") REFERENCES "FileDisposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FileDisposal" ADD CONSTRAINT "FileDisposal_disposedById_fkey" FOREIGN KEY ("disposedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (docs/decisions/0045-file-retention.md): a file is disposed of by a record, or not at all.
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_disposal_check" CHECK (("disposedAt" IS NULL) = ("disposalId" IS NULL));
ALTER TABLE "FileDisposal" ADD CONSTRAINT "FileDisposal_fileCount_check" CHECK ("fileCount" > 0);
