/**
 * The plain data of a vote-count minutes (biên bản kiểm phiếu; docs/domain/documents.md#vote-count-minutes: the counting committee,
 * the purpose of the vote, members summoned and present, ballots issued / returned / valid /
 * invalid, per candidate the votes and the % of all members, the result against the threshold,
 * the committee's signatures). The printable page and the .docx are drawn from this; nothing here
 * formats for a medium, but every text is final Vietnamese.
 *
 * Secrecy (docs/domain/edge-cases.md#case-16): only totals reach the minutes.
 */
import { formatDay, formatNumber } from "@/lib/format";
import type { RankingComparison } from "./ranking-vote-view";
import type { CandidateStatus, TallyOutcome, TallyResult } from "./tally";
import type { VoteKind, VoteMethod } from "./types";

export interface MinutesInput {
  vote: {
    title: string;
    kind: VoteKind;
    method: VoteMethod;
    /** Counting committee (Vote.committee): the first is its head. */
    committee: readonly string[];
    /** The award form voted on (AWARD_PROPOSAL), if any. */
    awardFormName?: string | null;
  };
  meeting: { heldOn: Date | string; place: string; chairName: string; secretaryName?: string | null };
  /** "Khối thi đua các cơ quan Đảng tỉnh"; printed on the header line when given. */
  blocName?: string | null;
  /** The closed vote's tally (Vote.result). */
  result: TallyResult;
  /** A leading-unit vote beside the published ranking (docs/decisions/0043); null or absent: no such section. */
  ranking?: RankingComparison | null;
}

export interface MinutesRow {
  order: number;
  name: string;
  votes: number;
  notFor: number;
  /** "66,67%" or "—". */
  pctOfAllMembers: string;
  pctOfBase: string;
  rank: number;
  result: string;
}

export interface VoteMinutes {
  blocLine: string | null;
  title: "BIÊN BẢN KIỂM PHIẾU";
  purpose: string;
  date: string;
  place: string;
  roundLine: string | null;
  committee: { role: string; name: string }[];
  members: { summoned: number; present: number; absent: number; votingMembers: number; votingPresent: number };
  ballots: { issued: number; returned: number; valid: number; invalid: number; blank: number | null };
  thresholdText: string;
  /** In ballot order. */
  rows: MinutesRow[];
  outcome: TallyOutcome;
  outcomeText: string;
  /** The body under headings, for a signed document: the rows' lines are the table of the .docx. */
  sections: { heading: string; lines: string[] }[];
  /** The line the committee signs under. */
  closing: string;
  /** The whole minutes as paragraphs, in reading order (the printable page, the dossier). */
  lines: string[];
}

const KIND_PURPOSE: Record<VoteKind, string> = {
  ACCLAIM_LEADER: "Suy tôn đơn vị dẫn đầu phong trào thi đua của Khối",
  AWARD_PROPOSAL: "Bình xét, đề nghị khen thưởng",
  ELECT_HEAD: "Bầu Trưởng khối",
  ELECT_DEPUTY: "Bầu Phó khối",
};

const STATUS_TEXT: Record<VoteKind, Record<CandidateStatus, string>> = {
  ACCLAIM_LEADER: { SELECTED: "Được suy tôn", TIED: "Bằng phiếu", NOT_SELECTED: "Không được suy tôn" },
  AWARD_PROPOSAL: { SELECTED: "Được đề nghị", TIED: "Bằng phiếu", NOT_SELECTED: "Không được đề nghị" },
  ELECT_HEAD: { SELECTED: "Trúng cử", TIED: "Bằng phiếu", NOT_SELECTED: "Không trúng cử" },
  ELECT_DEPUTY: { SELECTED: "Trúng cử", TIED: "Bằng phiếu", NOT_SELECTED: "Không trúng cử" },
};

const pct = (value: number | null) => (value === null ? "—" : `${formatNumber(value)}%`);

function outcomeText(kind: VoteKind, result: TallyResult): string {
  const names = (ids: readonly string[]) => ids.map((id) => result.candidates.find((c) => c.candidateId === id)!.label).join(", ");
  const selected = STATUS_TEXT[kind].SELECTED.toLowerCase();
  switch (result.outcome) {
    case "INVALID_COUNTS":
      return "Số liệu kiểm phiếu chưa khớp nên chưa có kết quả.";
    case "NO_QUORUM":
      return "Cuộc biểu quyết không có giá trị vì không đủ số đơn vị tham dự.";
    case "FAILED":
      return "Không có ứng viên nào đạt ngưỡng nên chưa có kết quả.";
    case "TIE":
      return (result.winners.length > 0 ? `${names(result.winners)} ${selected}; ` : "") + `${names(result.tied)} bằng phiếu nhau ở vị trí cuối cùng.`;
    case "DECIDED":
      return `${names(result.winners)} ${selected}.`;
  }
}

export function buildVoteMinutes(input: MinutesInput): VoteMinutes {
  const { vote, meeting, result } = input;
  const purpose =
    vote.kind === "AWARD_PROPOSAL" && vote.awardFormName
      ? `${KIND_PURPOSE.AWARD_PROPOSAL} ${vote.awardFormName}: ${vote.title}`
      : `${KIND_PURPOSE[vote.kind]}: ${vote.title}`;
  const committee = vote.committee.map((name, i) => ({ role: i === 0 ? "Trưởng ban kiểm phiếu" : "Thành viên", name }));
  const rows: MinutesRow[] = result.candidates.map((c) => ({
    order: c.order,
    name: c.label,
    votes: c.votes,
    notFor: c.notFor,
    pctOfAllMembers: pct(c.pctOfAllMembers),
    pctOfBase: pct(c.pctOfBase),
    rank: c.rank,
    result: STATUS_TEXT[vote.kind][c.status],
  }));
  const { members, ballots } = result;
  const text = outcomeText(vote.kind, result);
  const roundLine = result.round > 1 ? `Bỏ phiếu lại, vòng ${result.round}.` : null;
  const date = formatDay(meeting.heldOn);

  const attendance = [
    `Hôm nay, ngày ${date}, tại ${meeting.place}, Ban kiểm phiếu gồm:`,
    ...(committee.length > 0 ? committee.map((m, i) => `${i + 1}. ${m.name} — ${m.role}`) : ["(Chưa ghi thành viên Ban kiểm phiếu)"]),
    `Chủ trì hội nghị: ${meeting.chairName}${meeting.secretaryName ? `; thư ký: ${meeting.secretaryName}` : ""}.`,
    `Hình thức: ${vote.method === "ELECTRONIC" ? "bỏ phiếu kín điện tử" : "bỏ phiếu kín bằng phiếu giấy"}.`,
    `Số đơn vị thành viên được triệu tập: ${members.summoned}; có mặt: ${members.present} ` +
      `(${pct(result.quorum.presentPct)}); vắng mặt: ${members.absent}.`,
    ...(members.excludedCandidates > 0
      ? [
          `Số đơn vị là ứng viên không tham gia bỏ phiếu: ${members.excludedCandidates}; ` +
            `số đơn vị có quyền biểu quyết: ${members.votingMembers}, trong đó có mặt: ${members.votingPresent}.`,
        ]
      : []),
  ];
  const count = [
    `Số phiếu phát ra: ${ballots.issued}; số phiếu thu về: ${ballots.returned}; ` +
      `số phiếu hợp lệ: ${ballots.valid}; số phiếu không hợp lệ: ${ballots.invalid}` +
      (ballots.blank !== null ? `; trong số phiếu hợp lệ có ${ballots.blank} phiếu trắng.` : "."),
    `Ngưỡng thông qua: ${result.threshold.text}.`,
    "Kết quả kiểm phiếu:",
  ];
  const rowLines = rows.map(
    (r) =>
      `${r.order}. ${r.name}: ${r.votes} phiếu đồng ý, bằng ${r.pctOfAllMembers} tổng số đơn vị thành viên ` +
      `(${r.pctOfBase} ${baseShort(result)}); ${r.notFor} phiếu không đồng ý hoặc không chọn — ${r.result}.`,
  );
  const conclusion = [`Kết luận: ${text}`, ...result.reasons.filter((r) => !text.includes(r))];
  const closing = "Ban kiểm phiếu lập biên bản này và cùng ký tên.";
  const ranking = input.ranking
    ? [`Kết quả chấm điểm đã công bố (bản số ${input.ranking.publicationVersion}) và kết quả suy tôn:`, ...input.ranking.lines, ...input.ranking.notes]
    : [];

  const lines: string[] = [];
  if (input.blocName) lines.push(input.blocName.toUpperCase());
  lines.push("BIÊN BẢN KIỂM PHIẾU", purpose);
  if (roundLine) lines.push(roundLine);
  lines.push(...attendance, ...count, ...rowLines, ...ranking, ...conclusion, closing);

  return {
    blocLine: input.blocName ? input.blocName.toUpperCase() : null,
    title: "BIÊN BẢN KIỂM PHIẾU",
    purpose,
    date,
    place: meeting.place,
    roundLine,
    committee,
    members: {
      summoned: members.summoned,
      present: members.present,
      absent: members.absent,
      votingMembers: members.votingMembers,
      votingPresent: members.votingPresent,
    },
    ballots,
    thresholdText: result.threshold.text,
    rows,
    outcome: result.outcome,
    outcomeText: text,
    sections: [
      { heading: "I. THÀNH PHẦN", lines: attendance },
      { heading: "II. KẾT QUẢ KIỂM PHIẾU", lines: count },
      ...(ranking.length > 0 ? [{ heading: "III. ĐỐI CHIẾU VỚI KẾT QUẢ CHẤM ĐIỂM", lines: ranking }] : []),
      { heading: ranking.length > 0 ? "IV. KẾT LUẬN" : "III. KẾT LUẬN", lines: conclusion },
    ],
    closing,
    lines,
  };
}

function baseShort(result: TallyResult): string {
  switch (result.threshold.base) {
    case "ALL_MEMBERS":
      return result.members.excludedCandidates > 0 ? "so với số đơn vị có quyền biểu quyết" : "so với tổng số đơn vị thành viên";
    case "PRESENT_MEMBERS":
      return "so với số đơn vị có mặt";
    case "VALID_BALLOTS":
      return "so với số phiếu hợp lệ";
  }
}
