import { AttachEvidenceInputSchema } from "@/lib/schemas/self-scoring";
import { AppError } from "@/lib/server/errors";
import { requestedBlocYear } from "@/lib/server/files/download";
import { uploadRoute } from "@/lib/server/files/upload";
import { attachEvidence } from "@/lib/server/self-scoring/attach-evidence";

/**
 * One evidence file for one criterion row of an agency's self-scoring sheet, sent by the sheet's
 * form with XMLHttpRequest so that it shows the bytes sent (docs/decisions/0022-evidence-upload-route.md).
 * Query: criterionId, version (the sheet's, as the form holds it), name; body: the file. Answers
 * `{ version, name }`: the sheet's version now and the stored file's name.
 */
export const POST = uploadRoute<{ bloc: string; year: string; agencyCode: string }>(async (params, request, body) => {
  const { bloc, year } = await requestedBlocYear(params);
  const parsed = AttachEvidenceInputSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues[0]!.message);
  return attachEvidence({ ...parsed.data, blocId: bloc.id, year, agencyCode: decodeURIComponent(params.agencyCode) }, body);
});
