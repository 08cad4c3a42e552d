-- CreateTable
CREATE TABLE "StoredFileContent" (
    "storageKey" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "StoredFileContent_pkey" PRIMARY KEY ("storageKey")
);

-- AddForeignKey
ALTER TABLE "StoredFileContent" ADD CONSTRAINT "StoredFileContent_storageKey_fkey" FOREIGN KEY ("storageKey") REFERENCES "StoredFile"("storageKey") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: a stored file is at most 10 MB (lib/domain/file-type MAX_UPLOAD_BYTES), and never empty.
ALTER TABLE "StoredFileContent" ADD CONSTRAINT "StoredFileContent_size_check" CHECK (octet_length("bytes") BETWEEN 1 AND 10485760);
