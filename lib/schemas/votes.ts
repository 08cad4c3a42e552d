import { z } from "zod";
import { formFields, listOf } from "@/lib/forms/form-fields";
import { ON_REJECTION, RANKING_VOTE_MODES } from "@/lib/domain/voting/ranking-vote";
import { id, requiredText, text } from "./common";

/**
 * Inputs of the vote use cases (docs/domain/voting.md). Settings left empty take the defaults of
 * lib/domain/year-rules.ts (the year's rules, else docs/decisions/0008-vote-rules.md).
 */
const pct = (label: string) =>
  z
    .union([text(), z.number()])
    .nullish()
    .transform((v) => (v === "" || v === null || v === undefined ? null : Number(v)))
    .pipe(
      z
        .number({ error: `${label} phải là một số.` })
        .min(0, `${label} phải từ 0 đến 100.`)
        .max(100, `${label} phải từ 0 đến 100.`)
        .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, `${label} có tối đa 2 chữ số thập phân.`)
        .nullable(),
    );

/** An optional choice: "" and missing are null. */
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.literal("")])
    .nullish()
    .transform((v) => (v ? v : null));

const lines = (max: number, label: string) =>
  text()
    .max(max * 200, `${label} quá dài.`)
    .nullish()
    .transform((v) =>
      (v ?? "")
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(text().max(200, `Mỗi dòng ${label.toLowerCase()} tối đa 200 ký tự.`)).max(max, `${label} tối đa ${max} dòng.`));

export const VOTE_KINDS = ["ACCLAIM_LEADER", "AWARD_PROPOSAL", "ELECT_HEAD", "ELECT_DEPUTY"] as const;
export const VOTE_METHODS = ["ELECTRONIC", "PAPER"] as const;
export const THRESHOLD_BASES = ["ALL_MEMBERS", "PRESENT_MEMBERS", "VALID_BALLOTS"] as const;

export const CreateVoteInputSchema = z
  .object({
    meetingId: id,
    kind: z.enum(VOTE_KINDS, { error: "Vui lòng chọn loại biểu quyết." }),
    method: z.enum(VOTE_METHODS, { error: "Vui lòng chọn hình thức bỏ phiếu." }),
    title: requiredText("nội dung biểu quyết", 300),
    /** Member agencies standing (suy tôn, elections, collective proposals). */
    candidateAgencyIds: z.array(id).max(200).default([]),
    /** People standing (individual award proposals), one name a line. */
    candidatePersons: lines(200, "Danh sách cá nhân"),
    quorumPct: pct("Tỷ lệ tham dự tối thiểu"),
    thresholdPct: pct("Ngưỡng thông qua"),
    thresholdBase: optionalEnum(THRESHOLD_BASES),
    /** null: the default; the form sends "yes" / "no". */
    candidateMayVote: z
      .union([z.boolean(), z.enum(["yes", "no", ""])])
      .nullish()
      .transform((v) => (v === "yes" || v === true ? true : v === "no" || v === false ? false : null)),
    maxChoices: z
      .union([text(), z.number()])
      .nullish()
      .transform((v) => (v === "" || v === null || v === undefined ? null : Number(v)))
      .pipe(
        z
          .number({ error: "Số lựa chọn tối đa phải là một số." })
          .int("Số lựa chọn tối đa phải là số nguyên.")
          .min(1, "Mỗi phiếu được chọn ít nhất 1 ứng viên.")
          .max(200)
          .nullable(),
      ),
    tieRule: optionalEnum(["RUNOFF", "TOP_TWO", "NONE"] as const),
    awardFormId: z
      .union([id, z.literal("")])
      .nullish()
      .transform((v) => (v ? v : null)),
    committee: lines(15, "Ban kiểm phiếu"),
  })
  .superRefine((v, ctx) => {
    if (v.candidateAgencyIds.length + v.candidatePersons.length === 0) {
      ctx.addIssue({ code: "custom", path: ["candidateAgencyIds"], message: "Vui lòng chọn ít nhất một ứng viên (đơn vị hoặc cá nhân)." });
    }
    if (new Set(v.candidateAgencyIds).size !== v.candidateAgencyIds.length) {
      ctx.addIssue({ code: "custom", path: ["candidateAgencyIds"], message: "Mỗi đơn vị chỉ được chọn một lần." });
    }
    if ((v.kind === "ELECT_HEAD" || v.kind === "ELECT_DEPUTY") && v.candidatePersons.length > 0) {
      ctx.addIssue({ code: "custom", path: ["candidatePersons"], message: "Bầu Trưởng khối, Phó khối chỉ có ứng viên là đơn vị thành viên." });
    }
  });
export type CreateVoteInput = z.infer<typeof CreateVoteInputSchema>;

export const VoteIdInputSchema = z.object({ voteId: id });
export type VoteIdInput = z.infer<typeof VoteIdInputSchema>;

export const CastBallotInputSchema = z.object({
  voteId: id,
  /** The agency the representative speaks for; optional when the user leads one agency only. */
  agencyId: z
    .union([id, z.literal("")])
    .nullish()
    .transform((v) => (v ? v : null)),
  choices: z.array(id).max(200, "Phiếu có quá nhiều lựa chọn."),
});
export type CastBallotInput = z.infer<typeof CastBallotInputSchema>;

export function castBallotFormFields(formData: FormData) {
  const fields = formFields(formData);
  return { voteId: fields.voteId, agencyId: fields.agencyId, choices: listOf(fields.choices).filter(Boolean) };
}

/** A count field: empty stays null so the pure check can say "chưa nhập". */
const count = z
  .union([text(), z.number()])
  .nullish()
  .transform((v) => (v === "" || v === null || v === undefined ? null : typeof v === "number" ? v : v.trim() === "" ? null : Number(v)));

export const PaperCountInputSchema = z.object({
  voteId: id,
  ballotsIssued: count,
  ballotsReturned: count,
  ballotsValid: count,
  ballotsInvalid: count,
  /** Votes per candidate id. */
  votes: z.record(text(), count),
});
export type PaperCountInput = z.infer<typeof PaperCountInputSchema>;

export function paperCountFormFields(formData: FormData) {
  const fields = formFields(formData);
  const votes = Object.fromEntries(Object.entries(fields).flatMap(([k, v]) => (k.startsWith("votes.") ? [[k.slice("votes.".length), v]] : [])));
  return { ...fields, votes };
}

/** The year's link between the ranking and the leading-unit vote (docs/decisions/0043). */
export const SaveRankingVoteRuleInputSchema = z.object({
  cycleId: id,
  /** The cycle's updatedAt the form loaded: the concurrency token (Cycle has no version column). */
  updatedAt: text({ error: "Thiếu phiên bản dữ liệu." })
    .max(40)
    .refine((v) => !Number.isNaN(Date.parse(v)), "Thiếu phiên bản dữ liệu."),
  mode: z.enum(RANKING_VOTE_MODES, { error: "Vui lòng chọn cách chọn ứng viên suy tôn." }),
  onRejection: z.enum(ON_REJECTION, { error: "Vui lòng chọn cách xử lý khi đơn vị không được tán thành." }),
  leaders: z
    .union([text(), z.number()])
    .transform((v) => (typeof v === "string" && v.trim() === "" ? Number.NaN : Number(v)))
    .pipe(
      z
        .number({ error: "Số đơn vị dẫn đầu phải là một số." })
        .int("Số đơn vị dẫn đầu phải là số nguyên.")
        .min(1, "Số đơn vị dẫn đầu từ 1 đến 50.")
        .max(50, "Số đơn vị dẫn đầu từ 1 đến 50."),
    ),
});
export type SaveRankingVoteRuleInput = z.infer<typeof SaveRankingVoteRuleInputSchema>;
