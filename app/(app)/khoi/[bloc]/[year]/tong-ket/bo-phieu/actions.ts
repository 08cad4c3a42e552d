"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import {
  castBallotFormFields,
  CastBallotInputSchema,
  CreateVoteInputSchema,
  paperCountFormFields,
  PaperCountInputSchema,
  SaveRankingVoteRuleInputSchema,
  VoteIdInputSchema,
} from "@/lib/schemas/votes";
import { invalid, runAction } from "@/lib/server/run-action";
import { castBallot } from "@/lib/server/votes/cast-ballot";
import { closeVote } from "@/lib/server/votes/close-vote";
import { createVote } from "@/lib/server/votes/create-vote";
import { openVote } from "@/lib/server/votes/open-vote";
import { recordPaperCount } from "@/lib/server/votes/record-paper-count";
import { saveRankingVoteRule } from "@/lib/server/votes/save-ranking-vote-rule";
import { startNextRankedVote } from "@/lib/server/votes/start-next-ranked-vote";
import { startRunoff } from "@/lib/server/votes/start-runoff";
import { stepOf, type Step } from "@/lib/forms/step";

const revalidate = ["/(app)/khoi/[bloc]/[year]/tong-ket/bo-phieu/page", "/(app)/khoi/[bloc]/[year]/tong-ket/bo-phieu/[voteId]/page"];

/** `stamp`: the form remounts on every answer, so its selects show what was chosen before a refusal, not their first defaults. */
export async function createVoteAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CreateVoteInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  return runAction(() => createVote(parsed.data), { revalidate, echo: formData, stamp: prev, success: "Đã tạo cuộc biểu quyết." });
}

async function voteStep(formData: FormData, useCase: (input: { voteId: string }, step: Step) => Promise<unknown>, success: string): Promise<ActionState> {
  const parsed = VoteIdInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => useCase(parsed.data, step), { step: stepOf(formData), revalidate, success });
}

export async function openVoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return voteStep(formData, openVote, "Đã mở bỏ phiếu.");
}

export async function closeVoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return voteStep(formData, closeVote, "Đã kết thúc bỏ phiếu và kiểm phiếu.");
}

export async function startRunoffAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return voteStep(formData, startRunoff, "Đã tạo vòng bỏ phiếu lại.");
}

export async function startNextRankedVoteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return voteStep(formData, startNextRankedVote, "Đã tạo cuộc suy tôn đơn vị xếp hạng kế tiếp.");
}

/** `stamp`, as for createVoteAction: the rule's two selects keep what was chosen before a refusal. */
export async function saveRankingVoteRuleAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SaveRankingVoteRuleInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData, stamp: prev });
  return runAction(() => saveRankingVoteRule(parsed.data), {
    revalidate,
    refresh: "success-or-conflict",
    echo: formData,
    stamp: prev,
    success: "Đã lưu quy tắc suy tôn.",
  });
}

/** The ballot: nothing of the choice comes back, refused or not. */
export async function castBallotAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CastBallotInputSchema.safeParse(castBallotFormFields(formData));
  if (!parsed.success) return { ok: false, message: "Phiếu không hợp lệ. Vui lòng chọn lại." };
  return runAction((step) => castBallot(parsed.data, step), { step: stepOf(formData), revalidate, success: "Đã ghi nhận phiếu của cơ quan." });
}

export async function recordPaperCountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = PaperCountInputSchema.safeParse(paperCountFormFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction((step) => recordPaperCount(parsed.data, step), {
    step: stepOf(formData),
    revalidate,
    echo: formData,
    success: "Đã ghi nhận kết quả kiểm phiếu.",
  });
}
