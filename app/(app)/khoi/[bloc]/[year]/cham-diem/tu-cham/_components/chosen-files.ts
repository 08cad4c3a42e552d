import { checkUpload } from "@/lib/domain/file-type";
import { MAX_EVIDENCE_PER_SAVE } from "@/lib/schemas/self-scoring";

/**
 * The browser's own check of the evidence a user just chose, by the same rule the server applies
 * (lib/domain/file-type.ts: content, not name; at most 10 MB), so that a file the server would
 * refuse is refused at once instead of after its upload. Null when every file may be sent.
 */
export async function checkChosenFiles(files: FileList | null): Promise<string | null> {
  const chosen = [...(files ?? [])];
  if (chosen.length > MAX_EVIDENCE_PER_SAVE) return `Mỗi lần lưu gửi tối đa ${MAX_EVIDENCE_PER_SAVE} tệp minh chứng cho một tiêu chí.`;
  for (const file of chosen) {
    const check = checkUpload(file.size, new Uint8Array(await file.slice(0, 16).arrayBuffer()));
    if (!check.ok) return `${file.name}: ${check.message} Tệp chưa được gửi.`;
  }
  return null;
}
