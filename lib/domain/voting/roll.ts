/**
 * The voter roll (VoterRollEntry: THAT an agency voted, never WHAT) — docs/domain/voting.md#secret-ballot:
 * one ballot per present member's representative, nobody votes twice, and closing checks
 * that the ballot box holds exactly as many ballots as the roll has entries.
 *
 * mayCast answers for an agency, not a user: whether the signed-in user speaks for that agency
 * ("representatives vote only for their own agency") is the permission check of the use case
 * (can(user, "vote:cast:own", { blocId, agencyId })). The database's primary key on
 * (voteId, agencyId) is what finally stops a second, parallel cast.
 */
import { electorate } from "./quorum";
import type { AttendanceInput, CandidateInput, VoteMethod, VoteStatus } from "./types";

export type CloseCheck = { ok: true } | { ok: false; message: string };

export function checkClose(ballotCount: number, rollCount: number): CloseCheck {
  if (ballotCount === rollCount) return { ok: true };
  return {
    ok: false,
    message:
      `Không thể kết thúc cuộc biểu quyết: hòm phiếu có ${ballotCount} phiếu nhưng danh sách đã bỏ phiếu có ${rollCount} đơn vị. ` +
      "Hai con số phải bằng nhau; hãy báo cho quản trị hệ thống kiểm tra.",
  };
}

export type CastRefusalCode = "NOT_ELECTRONIC" | "NOT_OPEN" | "NOT_SUMMONED" | "ABSENT" | "CANDIDATE_MAY_NOT_VOTE" | "ALREADY_VOTED";

export type CastCheck = { ok: true } | { ok: false; code: CastRefusalCode; message: string };

export interface CastContext {
  agencyId: string;
  method: VoteMethod;
  status: VoteStatus;
  attendance: readonly AttendanceInput[];
  candidates: readonly Pick<CandidateInput, "agencyId">[];
  candidateMayVote: boolean;
  /** Agencies already on the roll of this vote. */
  rollAgencyIds: readonly string[];
}

export function mayCast(context: CastContext): CastCheck {
  const { agencyId } = context;
  if (context.method !== "ELECTRONIC") {
    return { ok: false, code: "NOT_ELECTRONIC", message: "Cuộc biểu quyết này dùng phiếu giấy; kết quả do ban kiểm phiếu nhập." };
  }
  if (context.status !== "OPEN") {
    return {
      ok: false,
      code: "NOT_OPEN",
      message: context.status === "DRAFT" ? "Cuộc biểu quyết chưa được mở." : "Cuộc biểu quyết đã kết thúc.",
    };
  }
  const row = context.attendance.find((a) => a.agencyId === agencyId);
  if (!row) return { ok: false, code: "NOT_SUMMONED", message: "Đơn vị không có trong danh sách triệu tập hội nghị." };
  if (row.status === "ABSENT") {
    return { ok: false, code: "ABSENT", message: "Đơn vị vắng mặt tại hội nghị nên không được bỏ phiếu." };
  }
  if (!electorate(context.attendance, context.candidates, context.candidateMayVote).voterAgencyIds.includes(agencyId)) {
    return {
      ok: false,
      code: "CANDIDATE_MAY_NOT_VOTE",
      message: "Đơn vị là ứng viên của cuộc biểu quyết này nên không tham gia bỏ phiếu.",
    };
  }
  if (context.rollAgencyIds.includes(agencyId)) {
    return { ok: false, code: "ALREADY_VOTED", message: "Đơn vị đã bỏ phiếu trong cuộc biểu quyết này; mỗi đơn vị chỉ bỏ một phiếu." };
  }
  return { ok: true };
}
