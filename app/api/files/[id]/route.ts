import { downloadRoute } from "@/lib/server/files/download";
import { getFile } from "@/lib/server/files/get-file";

/** A stored file (evidence, a signed scan), to whoever lib/server/files/get-file lets read it (others: 404). */
export const GET = downloadRoute<{ id: string }>(async ({ id }) => {
  const file = await getFile(id);
  return { bytes: file.bytes, name: file.name, contentType: file.mimeType };
});
