"use server";

import { revalidatePath } from "next/cache";
import { keepValues, type VoteFormState } from "@/components/votes/form-state";
import {
  castBallotFormFields,
  CastBallotInputSchema,
  createVoteFormFields,
  CreateVoteInputSchema,
  paperCountFormFields,
  PaperCountInputSchema,
  VoteIdInputSchema,
} from "@/lib/schemas/votes";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";
import { castBallot } from "@/lib/server/votes/cast-ballot";
import { closeVote } from "@/lib/server/votes/close-vote";
import { createVote } from "@/lib/server/votes/create-vote";
import { openVote } from "@/lib/server/votes/open-vote";
import { recordPaperCount } from "@/lib/server/votes/record-paper-count";
import { startRunoff } from "@/lib/server/votes/start-runoff";

function refresh() {
  revalidatePath("/(app)/khoi/[bloc]/[year]/tong-ket/bo-phieu", "page");
  revalidatePath("/(app)/khoi/[bloc]/[year]/tong-ket/bo-phieu/[voteId]", "page");
}

export async function createVoteAction(_prev: VoteFormState, formData: FormData): Promise<VoteFormState> {
  const parsed = CreateVoteInputSchema.safeParse(createVoteFormFields(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const result = await runAction(() => createVote(parsed.data), "Đã tạo cuộc biểu quyết.");
  refresh();
  return keepValues(result, formData);
}

function voteAction(fn: (input: { voteId: string }) => Promise<unknown>, success: string) {
  return async (formData: FormData): Promise<FormState> => {
    const parsed = VoteIdInputSchema.safeParse({ voteId: formData.get("voteId") });
    if (!parsed.success) return invalid(parsed.error);
    const result = await runAction(() => fn(parsed.data), success);
    refresh();
    return result;
  };
}

export async function openVoteAction(_prev: VoteFormState, formData: FormData): Promise<VoteFormState> {
  return voteAction(openVote, "Đã mở bỏ phiếu.")(formData);
}

export async function closeVoteAction(_prev: VoteFormState, formData: FormData): Promise<VoteFormState> {
  return voteAction(closeVote, "Đã kết thúc bỏ phiếu và kiểm phiếu.")(formData);
}

export async function startRunoffAction(_prev: VoteFormState, formData: FormData): Promise<VoteFormState> {
  return voteAction(startRunoff, "Đã tạo vòng bỏ phiếu lại.")(formData);
}

/** The ballot: nothing of the choice comes back, refused or not. */
export async function castBallotAction(_prev: VoteFormState, formData: FormData): Promise<VoteFormState> {
  const parsed = CastBallotInputSchema.safeParse(castBallotFormFields(formData));
  if (!parsed.success) return { ok: false, message: "Phiếu không hợp lệ. Vui lòng chọn lại." };
  const result = await runAction(() => castBallot(parsed.data), "Đã ghi nhận phiếu của cơ quan.");
  refresh();
  return result;
}

export async function recordPaperCountAction(_prev: VoteFormState, formData: FormData): Promise<VoteFormState> {
  const parsed = PaperCountInputSchema.safeParse(paperCountFormFields(formData));
  if (!parsed.success) return keepValues(invalid(parsed.error), formData);
  const result = await runAction(() => recordPaperCount(parsed.data), "Đã ghi nhận kết quả kiểm phiếu.");
  refresh();
  return keepValues(result, formData);
}
