"use server";

import { revalidatePath } from "next/cache";
import { PublishResultsInputSchema } from "@/lib/schemas/publication";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";
import { publishResults } from "@/lib/server/publication/publish-results";

export async function publishResultsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = PublishResultsInputSchema.safeParse({
    blocId: formData.get("blocId"),
    year: formData.get("year"),
    expectedVersion: formData.get("expectedVersion"),
    reason: formData.get("reason") ?? undefined,
  });
  if (!parsed.success) return invalid(parsed.error);
  let version = 0;
  const result = await runAction(async () => {
    version = (await publishResults(parsed.data)).version;
  });
  // Also after a refusal: a stale form must show the versions that exist now.
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/cong-bo", "page");
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem", "page");
  return result?.ok ? { ok: true, message: `Đã công bố kết quả, phiên bản ${version}.` } : result;
}
