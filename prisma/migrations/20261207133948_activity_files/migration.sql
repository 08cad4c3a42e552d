-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "activityId" TEXT;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "BlocActivity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

