/**
 * The counting committee's numbers (ban kiểm phiếu; docs/domain/edge-cases.md#case-18:
 * valid + invalid = returned ≤ issued ≤ present). The same checks guard the counts the tally is
 * given for an electronic vote.
 *
 * Each issue names the field it is about (the Vote column, or "paperVotes" with the candidate),
 * so the form can show the message beside it. A relation is only checked when every number in it
 * is a valid entry, so one typo gives one message.
 */
import type { BallotCounts } from "./types";

export type CountField = "ballotsIssued" | "ballotsReturned" | "ballotsValid" | "ballotsInvalid" | "paperVotes";

export interface CountIssue {
  field: CountField;
  /** For field "paperVotes": the candidate concerned; null for the candidates' total. */
  candidateId: string | null;
  message: string;
}

export interface PaperCountContext {
  /** Present agencies with a vote (electorate().present): ballots cannot outnumber them. */
  presentVoters: number;
  maxChoices: number;
  /** Candidates in ballot order, with their names for the messages. */
  candidates: readonly { id: string; label: string }[];
}

const FIELD_LABELS: Record<Exclude<CountField, "paperVotes">, string> = {
  ballotsIssued: "Số phiếu phát ra",
  ballotsReturned: "Số phiếu thu về",
  ballotsValid: "Số phiếu hợp lệ",
  ballotsInvalid: "Số phiếu không hợp lệ",
};

function isCount(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function entryIssue(value: number | null | undefined, label: string): string | null {
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value))) return `${label}: chưa nhập.`;
  if (!isCount(value)) return `${label} phải là số nguyên không âm.`;
  return null;
}

export function validatePaperCount(counts: BallotCounts, context: PaperCountContext): CountIssue[] {
  const issues: CountIssue[] = [];
  const field = (f: CountField, message: string, candidateId: string | null = null) => issues.push({ field: f, candidateId, message });
  const { issued, returned, valid, invalid } = counts;
  const values = { ballotsIssued: issued, ballotsReturned: returned, ballotsValid: valid, ballotsInvalid: invalid };
  for (const key of Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]) {
    const message = entryIssue(values[key], FIELD_LABELS[key]);
    if (message) field(key, message);
  }
  for (const c of context.candidates) {
    const message = entryIssue(counts.votes[c.id], `Số phiếu của ${c.label}`);
    if (message) field("paperVotes", message, c.id);
  }

  if (isCount(issued) && issued > context.presentVoters) {
    field("ballotsIssued", `Số phiếu phát ra (${issued}) không được nhiều hơn số đơn vị có mặt có quyền biểu quyết (${context.presentVoters}).`);
  }
  if (isCount(returned) && isCount(issued) && returned > issued) {
    field("ballotsReturned", `Số phiếu thu về (${returned}) không được nhiều hơn số phiếu phát ra (${issued}).`);
  }
  if (isCount(valid) && isCount(invalid) && isCount(returned) && valid + invalid !== returned) {
    field("ballotsInvalid", `Số phiếu hợp lệ (${valid}) cộng số phiếu không hợp lệ (${invalid}) phải bằng số phiếu thu về (${returned}).`);
  }
  if (counts.blank !== null && isCount(valid) && (!isCount(counts.blank) || counts.blank > valid)) {
    field("ballotsValid", `Số phiếu trắng (${counts.blank}) phải là số nguyên không âm và không nhiều hơn số phiếu hợp lệ (${valid}).`);
  }
  if (isCount(valid)) {
    let total = 0;
    let allEntered = true;
    for (const c of context.candidates) {
      const v = counts.votes[c.id];
      if (!isCount(v)) {
        allEntered = false;
        continue;
      }
      total += v;
      if (v > valid) field("paperVotes", `Số phiếu của ${c.label} (${v}) không được nhiều hơn số phiếu hợp lệ (${valid}).`, c.id);
    }
    const cap = valid * context.maxChoices;
    if (allEntered && total > cap) {
      field(
        "paperVotes",
        `Tổng số phiếu của các ứng viên (${total}) không được vượt quá số phiếu hợp lệ × số được chọn tối đa trên một phiếu ` +
          `(${valid} × ${context.maxChoices} = ${cap}).`,
      );
    }
  }
  return issues;
}
