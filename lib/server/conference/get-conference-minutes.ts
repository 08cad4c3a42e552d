import "server-only";
import type { BlocLetterhead } from "@/lib/domain/official-document";
import { buildVoteMinutes, compareWithRanking, type LeadingVoteRecord, type TallyResult } from "@/lib/domain/voting";
import { parseYearRules } from "@/lib/domain/year-rules";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocLetterhead } from "@/lib/server/blocs/internal/letterhead";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { LATEST_PUBLICATION_SELECT, rankingOfPublications } from "@/lib/server/votes/internal/leading-votes";
import { conferenceQuorum, type ConferenceQuorum } from "./quorum-summary";

export interface ConferenceMinutes {
  meetingId: string;
  isParty: boolean;
  blocName: string;
  blocKind: "KHOI" | "CUM";
  /** Province named before the date (Hà Nội for central blocs). */
  province: string | null;
  /** The header of the .docx: the bloc over its head's agency. */
  letterhead: BlocLetterhead;
  year: number;
  kind: string;
  title: string;
  heldOn: string;
  place: string;
  chairName: string;
  secretaryName: string | null;
  agenda: string[];
  notes: string | null;
  present: string[];
  represented: { agencyName: string; representativeName: string }[];
  absent: { agencyName: string; reason: string }[];
  /** Members without an attendance row. */
  unrecorded: string[];
  quorum: ConferenceQuorum;
  /**
   * The year's objections to scores (year-end conference only), still open first, each with the
   * chair's decision when there is one (docs/domain/edge-cases.md#case-15).
   */
  disputes: { agencyName: string; criterion: string; reason: string; status: "OPEN" | "ACCEPTED" | "REJECTED"; decisionReason: string | null }[];
  /**
   * Closed votes of the meeting with their outcome line; open or draft votes never appear. A
   * leading-unit vote also has its candidates' published rank and total beside their result, and
   * why a lower-ranked unit was confirmed (docs/decisions/0043); other votes an empty list.
   */
  votes: { title: string; round: number; outcome: string; ranking: string[] }[];
}

const TITLES: Record<string, string> = {
  YEAR_END_CONFERENCE: "BIÊN BẢN HỘI NGHỊ TỔNG KẾT",
  PLEDGE_SIGNING: "BIÊN BẢN HỘI NGHỊ KÝ KẾT GIAO ƯỚC THI ĐUA",
  MID_YEAR_REVIEW: "BIÊN BẢN HỘI NGHỊ SƠ KẾT",
};

function isTally(value: unknown): value is TallyResult {
  return (
    !!value && typeof value === "object" && (value as { version?: unknown }).version === 1 && Array.isArray((value as { candidates?: unknown }).candidates)
  );
}

/**
 * The minutes of one meeting of the bloc-year (biên bản hội nghị, docs/domain/documents.md#conference-minutes): any reader of the
 * bloc; a meeting of another bloc or year is NOT_FOUND. With no meetingId, the year-end
 * conference. Vote.result is read only for CLOSED votes. Six queries (the published ranking comes with the meeting).
 */
export async function getConferenceMinutes(blocId: string, year: number, meetingId?: string): Promise<ConferenceMinutes> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const [meeting, bloc, letterhead] = await Promise.all([
    db().meeting.findFirst({
      where: meetingId ? { id: meetingId, cycle: { blocId, year } } : { cycle: { blocId, year }, kind: "YEAR_END_CONFERENCE" },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        heldOn: true,
        place: true,
        chairName: true,
        secretaryName: true,
        agenda: true,
        notes: true,
        cycle: { select: { rules: true, publications: LATEST_PUBLICATION_SELECT } },
        attendances: { select: { agencyId: true, status: true, representativeName: true, absenceReason: true } },
      },
    }),
    db().bloc.findUnique({
      where: { id: blocId },
      select: {
        name: true,
        kind: true,
        memberships: { where: { year }, select: { agencyId: true, agency: { select: { name: true } } } },
      },
    }),
    blocLetterhead(blocId, year),
  ]);
  if (!meeting || !bloc || !letterhead) throw new AppError("NOT_FOUND", "Không tìm thấy hội nghị này.");
  const [votes, objections] = await Promise.all([
    db().vote.findMany({
      where: { meetingId: meeting.id, status: "CLOSED" },
      select: { title: true, kind: true, method: true, round: true, committee: true, result: true, awardForm: { select: { name: true } } },
      orderBy: [{ closedAt: "asc" }, { round: "asc" }, { id: "asc" }],
    }),
    meeting.kind === "YEAR_END_CONFERENCE"
      ? db().objection.findMany({
          where: { entry: { sheet: { table: { cycle: { blocId, year } } } } },
          select: {
            agencyId: true,
            reason: true,
            status: true,
            decisionReason: true,
            createdAt: true,
            entry: { select: { criterion: { select: { code: true, name: true } } } },
          },
          orderBy: { createdAt: "asc" },
        })
      : Promise.resolve([]),
  ]);

  const ranking = rankingOfPublications(meeting.cycle.publications);
  const leading: LeadingVoteRecord[] = votes.flatMap((v) =>
    v.kind === "ACCLAIM_LEADER" && isTally(v.result)
      ? [{ id: "", title: v.title, status: "CLOSED" as const, agencyIds: [], result: v.result, hasRunoff: false }]
      : [],
  );
  const names = new Map(bloc.memberships.map((m) => [m.agencyId, m.agency.name]));
  const rows = meeting.attendances.filter((a) => names.has(a.agencyId));
  const recorded = new Set(rows.map((r) => r.agencyId));
  const nameOf = (id: string) => names.get(id)!;
  const byName = <T>(items: T[], key: (t: T) => string) => sortVi(items, key);
  return {
    meetingId: meeting.id,
    isParty: letterhead.isParty,
    blocName: bloc.name,
    blocKind: bloc.kind,
    province: letterhead.place,
    letterhead,
    year,
    kind: meeting.kind,
    title: TITLES[meeting.kind] ?? "BIÊN BẢN HỘI NGHỊ",
    heldOn: isoDay(meeting.heldOn),
    place: meeting.place,
    chairName: meeting.chairName,
    secretaryName: meeting.secretaryName,
    agenda: meeting.agenda,
    notes: meeting.notes,
    present: byName(
      rows.filter((r) => r.status === "PRESENT").map((r) => nameOf(r.agencyId)),
      (n) => n,
    ),
    represented: byName(
      rows.filter((r) => r.status === "REPRESENTED").map((r) => ({ agencyName: nameOf(r.agencyId), representativeName: r.representativeName ?? "" })),
      (r) => r.agencyName,
    ),
    absent: byName(
      rows.filter((r) => r.status === "ABSENT").map((r) => ({ agencyName: nameOf(r.agencyId), reason: r.absenceReason ?? "" })),
      (r) => r.agencyName,
    ),
    unrecorded: byName(
      bloc.memberships.filter((m) => !recorded.has(m.agencyId)).map((m) => m.agency.name),
      (n) => n,
    ),
    quorum: conferenceQuorum([...names.keys()], rows, parseYearRules(meeting.cycle.rules).conference.quorumPct),
    disputes: [...objections.filter((o) => o.status === "OPEN"), ...objections.filter((o) => o.status !== "OPEN")]
      .filter((o) => names.has(o.agencyId))
      .map((o) => ({
        agencyName: nameOf(o.agencyId),
        criterion: `${o.entry.criterion.code}. ${o.entry.criterion.name}`,
        reason: o.reason,
        status: o.status,
        decisionReason: o.decisionReason,
      })),
    votes: votes.map((v) => ({
      title: v.title,
      round: v.round,
      ranking: rankingLines(v.kind === "ACCLAIM_LEADER" && isTally(v.result) ? compareWithRanking(v.result, ranking, leading) : null),
      outcome: isTally(v.result)
        ? buildVoteMinutes({
            vote: { title: v.title, kind: v.kind, method: v.method, committee: v.committee, awardFormName: v.awardForm?.name ?? null },
            meeting: { heldOn: meeting.heldOn, place: meeting.place, chairName: meeting.chairName, secretaryName: meeting.secretaryName },
            result: v.result,
          }).outcomeText
        : "Chưa có kết quả kiểm phiếu.",
    })),
  };
}

function rankingLines(c: ReturnType<typeof compareWithRanking>): string[] {
  return c ? [`Đối chiếu với kết quả chấm điểm đã công bố (bản số ${c.publicationVersion}):`, ...c.lines, ...c.notes] : [];
}
