/**
 * One electronic ballot, checked before it goes into the ballot box (how many choices a
 * ballot may mark: docs/domain/voting.md#ballot-counting; edge cases 16, 18).
 *
 * - Every choice is a candidate of this vote, none twice, at most maxChoices of them.
 * - No choice at all is a blank ballot (phiếu trắng): an abstention, accepted here; how it counts
 *   is the tally's business (docs/decisions/0008-vote-rules.md).
 * - A candidate agency that is on the voter list may mark itself: the domain says the leading
 *   unit's representative "may vote (configurable)" and never forbids a vote for oneself, so the
 *   only switch is Vote.candidateMayVote (who is on the list). The check also never needs to know
 *   who is voting, which keeps the voter out of the ballot's path.
 *
 * The choices come back in ballot (candidate) order, so not even the order a voter clicked in is
 * stored.
 */
export type BallotErrorCode = "UNKNOWN_CANDIDATE" | "DUPLICATE_CHOICE" | "TOO_MANY_CHOICES" | "NO_CANDIDATES";

export interface BallotError {
  code: BallotErrorCode;
  message: string;
}

export type BallotCheck = { ok: true; isBlank: boolean; choices: string[] } | { ok: false; error: BallotError };

export function validateBallot(choices: readonly string[], candidateIds: readonly string[], maxChoices: number): BallotCheck {
  if (candidateIds.length === 0) {
    return { ok: false, error: { code: "NO_CANDIDATES", message: "Cuộc biểu quyết chưa có ứng viên nào nên chưa thể bỏ phiếu." } };
  }
  const known = new Set(candidateIds);
  const seen = new Set<string>();
  for (const id of choices) {
    if (!known.has(id)) {
      return { ok: false, error: { code: "UNKNOWN_CANDIDATE", message: "Phiếu có lựa chọn không thuộc danh sách ứng viên của cuộc biểu quyết này." } };
    }
    if (seen.has(id)) {
      return { ok: false, error: { code: "DUPLICATE_CHOICE", message: "Mỗi ứng viên chỉ được chọn một lần trên một phiếu." } };
    }
    seen.add(id);
  }
  if (seen.size > maxChoices) {
    return {
      ok: false,
      error: { code: "TOO_MANY_CHOICES", message: `Phiếu chọn ${seen.size} ứng viên, vượt quá số được chọn tối đa (${maxChoices}).` },
    };
  }
  return { ok: true, isBlank: seen.size === 0, choices: candidateIds.filter((id) => seen.has(id)) };
}
