/**
 * The counts a tally starts from: the electronic ballot box or the paper committee's figures, and
 * the threshold in the words of the minutes.
 */
import { formatNumber } from "@/lib/format";
import { validateBallot } from "./ballot";
import type { BallotCounts, BlankBallots, StoredBallot, ThresholdBase } from "./types";

const BASE_TEXT: Record<ThresholdBase, string> = {
  ALL_MEMBERS: "tổng số đơn vị thành viên",
  PRESENT_MEMBERS: "số đơn vị có mặt",
  VALID_BALLOTS: "số phiếu hợp lệ",
};

/** "trên 50% tổng số đơn vị thành viên (quá bán)", "từ 66,67% số phiếu hợp lệ trở lên". */
export function thresholdText(pct: number, strict: boolean, base: ThresholdBase, excludesCandidates = false): string {
  const baseText = BASE_TEXT[base] + (excludesCandidates && base !== "VALID_BALLOTS" ? " có quyền biểu quyết" : "");
  if (strict) return `trên ${formatNumber(pct)}% ${baseText}${pct === 50 ? " (quá bán)" : ""}`;
  return `từ ${formatNumber(pct)}% ${baseText} trở lên`;
}

/**
 * The counts of an electronic vote from its ballot box. A stored ballot that no longer passes
 * validateBallot (a candidate removed, the limit lowered) is invalid; a blank one is valid or
 * invalid as the rules say. issued = present members with a vote (one ballot each).
 */
export function countElectronicBallots(
  ballots: readonly StoredBallot[],
  candidateIds: readonly string[],
  maxChoices: number,
  issued: number,
  blankBallots: BlankBallots = "VALID",
): BallotCounts {
  const votes: Record<string, number> = Object.fromEntries(candidateIds.map((id) => [id, 0]));
  let valid = 0;
  let invalid = 0;
  let blank = 0;
  for (const b of ballots) {
    const check = validateBallot(b.isBlank ? [] : b.choices, candidateIds, maxChoices);
    if (!check.ok || (b.isBlank && b.choices.length > 0)) {
      invalid++;
    } else if (check.isBlank) {
      if (blankBallots === "VALID") {
        valid++;
        blank++;
      } else invalid++;
    } else {
      valid++;
      for (const id of check.choices) votes[id]++;
    }
  }
  return { issued, returned: ballots.length, valid, invalid, blank, votes };
}

/** The paper committee's counts from the Vote and VoteCandidate columns. */
export function countsFromPaper(
  vote: { ballotsIssued: number | null; ballotsReturned: number | null; ballotsValid: number | null; ballotsInvalid: number | null },
  candidates: readonly { id: string; paperVotes: number | null }[],
): BallotCounts {
  return {
    issued: vote.ballotsIssued,
    returned: vote.ballotsReturned,
    valid: vote.ballotsValid,
    invalid: vote.ballotsInvalid,
    blank: null,
    votes: Object.fromEntries(candidates.map((c) => [c.id, c.paperVotes])),
  };
}
