// `npm run files:move-to-db`: moves every file of the old upload folder (UPLOAD_DIR, default
// .data/uploads) into the database, once, on the server that kept them, before a second instance
// starts (docs/decisions/0027-uploaded-files-in-postgres.md). Safe to run again: files already
// moved are skipped; the files it could not find are listed.
import { createPrisma } from "../lib/db/client";
import { legacyUploadDir, moveAllDiskUploads } from "../lib/db/disk-uploads";

const dir = legacyUploadDir();
const { db, close } = createPrisma();
try {
  const { moved, missing } = await moveAllDiskUploads(db, dir);
  console.log(`Đã chuyển ${moved} tệp từ ${dir} vào cơ sở dữ liệu.`);
  if (missing.length > 0) {
    console.error(`✖ ${missing.length} tệp không có trong thư mục (khóa lưu trữ):\n  ${missing.join("\n  ")}`);
    process.exitCode = 1;
  }
} finally {
  await close();
}
