// Minutes of a conference and of a vote, as test data for the documents that include them.
import type { BlocLetterhead } from "@/lib/domain/official-document";
import { buildVoteMinutes, tally } from "@/lib/domain/voting";
import type { ConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";
import type { VoteMinutesDocument } from "./minutes-docx";

export function conferenceFixture(letterhead: BlocLetterhead): ConferenceMinutes {
  return {
    meetingId: "m",
    isParty: true,
    blocName: letterhead.blocName,
    blocKind: "KHOI",
    province: "Kon Tum",
    letterhead,
    year: 2024,
    kind: "YEAR_END_CONFERENCE",
    title: "BIÊN BẢN HỘI NGHỊ TỔNG KẾT",
    heldOn: "2024-12-20",
    place: "Hội trường Tỉnh ủy",
    chairName: "Trần Văn A",
    secretaryName: "Lê Thị B",
    agenda: ["Tổng kết"],
    notes: null,
    present: ["Ban Tuyên giáo Tỉnh ủy"],
    represented: [],
    absent: [],
    unrecorded: [],
    quorum: {
      members: 1,
      present: 1,
      represented: 0,
      absent: 0,
      unrecorded: 0,
      presentPct: 100,
      quorumPct: 66.67,
      reached: true,
      line: "Có mặt 1/1 cơ quan — đủ số lượng",
    },
    disputes: [],
    votes: [],
  };
}

export function voteFixture(letterhead: BlocLetterhead): VoteMinutesDocument {
  const result = tally({
    rules: {
      kind: "ACCLAIM_LEADER",
      method: "PAPER",
      quorumPct: 50,
      thresholdPct: 50,
      thresholdBase: "ALL_MEMBERS",
      candidateMayVote: true,
      maxChoices: 1,
      tieRule: "RUNOFF",
      round: 1,
    },
    attendance: [{ agencyId: "btg", status: "PRESENT" }],
    candidates: [{ id: "c1", agencyId: "btg", label: "Ban Tuyên giáo Tỉnh ủy" }],
    counts: { issued: 1, returned: 1, valid: 1, invalid: 0, blank: null, votes: { c1: 1 } },
  });
  const minutes = buildVoteMinutes({
    vote: { title: "Suy tôn", kind: "ACCLAIM_LEADER", method: "PAPER", committee: ["Nguyễn Kiểm Phiếu"] },
    meeting: { heldOn: "2024-12-20", place: "Hội trường", chairName: "Trần Văn A", secretaryName: null },
    blocName: letterhead.blocName,
    result,
  });
  return { ...minutes, heldOn: "2024-12-20", letterhead };
}
