// The central bloc's live year is at its year-end conference (docs/decisions/0005): the members
// registered and signed the pledge (year-paperwork.ts), every sheet
// verified, results published (version 1) before the conference, and today's conference with an
// OPEN electronic secret vote on proposing the Government's flag (as the bloc did for 2019, seed
// 004), in which nine of the thirteen agencies present have voted. The chair
// (truongkhoi.trunguong) can close it in the app and read the vote-count minutes; the leaders of
// the four others (e.g. lanhdao.btc.trunguong) can still vote.
//
// Ballot secrecy (docs/decisions/0006): this step writes the vote and its roll (THAT an agency
// voted) in its own transaction; the ballots (WHAT was chosen) are written by the next step,
// seedTrungUongBallots, as the app writes them while a vote is open: sealed envelopes, which the
// chair's closing opens, shuffles and writes as readable ballots.
// Seed 004 facts kept: the 14 members and the four named agencies. DEMO: the live year, every
// score, the conference and the vote.
import { readSnapshot } from "../../../lib/domain/publication";
import { computeBlocResultsWith } from "../../../lib/server/results/compute-bloc-results-with";
import { randomInt } from "node:crypto";
import { checkQuorum, mayCast, shuffled, validateBallot } from "../../../lib/domain/voting";
import { appEnv } from "../../../lib/env";
import { sealBallot } from "../../../lib/votes/ballot-envelope";
import { TRUNG_UONG_BLOC } from "../trung-uong";
import type { Tx } from "../util";
import { addDays } from "./calendar";
import { agencyOf, demoEmail, loadLiveCycle, loadLockedTable, moment, phaseOf, userIds, type LiveCycle } from "./context";
import type { Profile } from "./demo-inputs";
import { ensureLiveMeeting } from "./meetings";
import { liveBloc, type LiveBloc } from "./organisation";
import { ensurePublished } from "./publication";
import { seedSheet } from "./sheets";
import { verifierFor } from "./verifier";
import { seedAcceptedRegistrations, seedSignedPledge } from "./year-paperwork";

// DEMO: [agency, profile, n] — the scores the engine turns into the ranking.
const SHEETS: [string, Profile, number][] = [
  ["TW-BTC", "XUAT_SAC", 0],
  ["TW-HVCTQG", "XUAT_SAC", 1],
  ["TW-DUK", "XUAT_SAC", 2],
  ["TW-BDV", "TOT", 0],
  ["TW-VP", "TOT", 1],
  ["TW-BTG", "XUAT_SAC", 3],
  ["TW-BKT", "TOT", 2],
  ["TW-BDN", "HOAN_THANH", 0],
  ["TW-UBKT", "TOT", 3],
  ["TW-BNC", "HOAN_THANH", 1],
  ["TW-BAO", "TOT", 4],
  ["TW-TCCS", "HOAN_THANH", 2],
  ["TW-NXB", "HOAN_THANH", 3],
  ["TW-HDLL", "TOT", 5],
];

// DEMO: what each agency registered for, by the band it aimed at (the central catalogue's codes).
const REGISTERED: Record<Profile, string[]> = {
  XUAT_SAC: ["CO_CP", "CO_TINH", "TTLDXS"],
  TOT: ["BK_TINH", "TTLDXS"],
  HOAN_THANH: ["TTLDTT"],
  KHONG_HOAN_THANH: ["TTLDTT"],
};
// The pledge's commitments follow the bloc's 2020 programme in seed 004; DEMO: their wording.
const COMMITMENTS = [
  "Học tập, quán triệt tư tưởng của Chủ tịch Hồ Chí Minh về thi đua ái quốc; thực hiện Chỉ thị số 41-CT/TW của Bộ Chính trị về công tác thi đua, khen thưởng.",
  "Tổ chức các phong trào thi đua gắn với việc thực hiện Chỉ thị 05-CT/TW, phấn đấu hoàn thành xuất sắc nhiệm vụ chính trị trọng tâm được giao.",
  "Đồng bộ 4 khâu: phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến trong phạm vi toàn Khối.",
  "Xây dựng cơ quan, tổ chức đảng, đoàn thể trong sạch, vững mạnh; không có cán bộ, đảng viên vi phạm kỷ luật.",
];

// DEMO: who is at the conference and who has voted so far.
const ABSENT = "TW-TCCS";
const REPRESENTED = "TW-NXB";
const VOTED = ["TW-HVCTQG", "TW-DUK", "TW-BDV", "TW-VP", "TW-BTG", "TW-BKT", "TW-BDN", "TW-UBKT", "TW-BNC"];
const CANDIDATES = 4;
const MAX_CHOICES = 3;
// DEMO: the marks of the nine ballots, as positions in the candidate list (ranking order).
// Against 14 members and "more than 50%": the first two pass, the third is one vote short.
const MARKS = [
  [0, 1, 2],
  [0, 1, 2],
  [0, 1, 3],
  [0, 1, 2],
  [0, 1],
  [0, 2, 3],
  [1, 2, 3],
  [0, 1, 2],
  [0, 1, 2],
];

/**
 * Where the conference is written: the seeded central bloc, or a copy of it under other codes and
 * accounts (the end-to-end tests close a vote on their own copy, tests/e2e/worlds.ts). `code` maps
 * a seeded agency code (TW-BTC) to the bloc's, `email` a demo account's local part to the bloc's.
 */
export interface ConferencePlacement {
  bloc: LiveBloc;
  code: (seeded: string) => string;
  email: (local: string) => string;
}
const seededPlacement = (): ConferencePlacement => ({ bloc: liveBloc(TRUNG_UONG_BLOC), code: (c) => c, email: demoEmail });

const slug = (code: string) => code.split("-")[1]!.toLowerCase();
const leaderEmailOf = (at: ConferencePlacement) => (code: string) => at.email(`lanhdao.${slug(code)}.trunguong`);

/** The seeded code (TW-…) of one of the bloc's agency codes. */
function seededCode(at: ConferencePlacement, code: string): string {
  const seeded = SHEETS.map(([c]) => c).find((c) => at.code(c) === code);
  if (!seeded) throw new Error(`seed: ${code} không phải thành viên khối ${at.bloc.code}`);
  return seeded;
}

async function findVote(tx: Tx, cycle: LiveCycle) {
  const form = await tx.awardForm.findUniqueOrThrow({ where: { cycleId_code: { cycleId: cycle.id, code: "CO_CP" } }, select: { id: true, name: true } });
  const vote = await tx.vote.findFirst({
    where: { kind: "AWARD_PROPOSAL", awardFormId: form.id, meeting: { cycleId: cycle.id, kind: "YEAR_END_CONFERENCE" } },
    orderBy: { round: "asc" },
    select: { id: true, status: true, maxChoices: true, candidates: { select: { id: true, order: true }, orderBy: { order: "asc" } } },
  });
  return { form, vote };
}

/** The year's accepted registrations and signed pledge, before the sheets (year-paperwork.ts). */
async function seedTrungUongPaperwork(tx: Tx, cycle: LiveCycle, at: ConferencePlacement, emails: { chair: string; secretary: string }): Promise<void> {
  const leaderEmail = leaderEmailOf(at);
  const people = new Map(
    (
      await tx.user.findMany({
        where: { email: { in: [emails.chair, emails.secretary, ...SHEETS.map(([code]) => leaderEmail(code))] } },
        select: { email: true, name: true, title: true },
      })
    ).map((x) => [x.email, { name: x.name, title: x.title }]),
  );
  await seedAcceptedRegistrations(
    tx,
    cycle,
    SHEETS.map(([code, profile]) => ({ agencyId: agencyOf(cycle, at.code(code)).id, formCodes: REGISTERED[profile] })),
  );
  await seedSignedPledge(tx, cycle, {
    place: "Hà Nội", // DEMO
    chairName: people.get(emails.chair)!.name,
    secretaryName: people.get(emails.secretary)!.name,
    bases: ["Luật Thi đua, khen thưởng số 06/2022/QH15", "Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị"],
    commitments: COMMITMENTS.map((text) => ({ text })),
    signers: SHEETS.map(([code]) => ({ agencyId: agencyOf(cycle, at.code(code)).id, ...people.get(leaderEmail(code))! })),
  });
}

export async function seedTrungUongConference(tx: Tx, at: ConferencePlacement = seededPlacement()): Promise<void> {
  const bloc = at.bloc;
  const leaderEmail = leaderEmailOf(at);
  const cycle = await loadLiveCycle(tx, bloc.code);
  const table = await loadLockedTable(tx, cycle);
  if (!table) return;
  const chairEmail = at.email("truongkhoi.trunguong");
  const secretaryEmail = at.email("thuky.trunguong");
  const u = await userIds(tx, [chairEmail, secretaryEmail, ...SHEETS.map(([code]) => leaderEmail(code))]);
  const ids = { chair: u.get(chairEmail)!, deputyLeader: u.get(leaderEmail(seededCode(at, bloc.deputy)))! };
  const scoring = phaseOf(cycle, "SELF_SCORING");
  const verification = phaseOf(cycle, "VERIFICATION");
  await seedTrungUongPaperwork(tx, cycle, at, { chair: chairEmail, secretary: secretaryEmail });

  for (const [i, [agency, profile, n]] of SHEETS.entries()) {
    const leader = u.get(leaderEmail(agency))!;
    await seedSheet(tx, cycle, table, {
      agency: at.code(agency),
      profile,
      n,
      state: "VERIFIED",
      // DEMO: one changed value, with its reason, so the verified column differs somewhere.
      checks:
        agency === "TW-BTG"
          ? [{ code: "2", points: 12, reason: "Một đề án trình chậm so với chương trình công tác của Bộ Chính trị, Ban Bí thư." }]
          : undefined,
      savedBy: leader,
      submittedBy: leader,
      submittedOn: [addDays(scoring.opensOn, 3 + i), scoring.closesOn].sort()[0],
      verifiedBy: verifierFor(bloc, at.code(agency), ids),
      verifiedOn: [addDays(verification.opensOn, i % 4), verification.closesOn].sort()[0],
    });
  }
  // Published after the objection window closed, before the conference.
  await ensurePublished(tx, cycle, { publishedById: ids.chair, publishedAt: moment(cycle, phaseOf(cycle, "OBJECTION").closesOn, 16, 30) });

  const chair = await tx.user.findUniqueOrThrow({ where: { id: ids.chair }, select: { name: true } });
  const secretary = await tx.user.findUniqueOrThrow({ where: { email: secretaryEmail }, select: { name: true } });
  const leaderNames = new Map(
    (await tx.user.findMany({ where: { email: { in: SHEETS.map(([code]) => leaderEmail(code)) } }, select: { email: true, name: true } })).map((x) => [
      x.email,
      x.name,
    ]),
  );
  const meetingId = await ensureLiveMeeting(tx, {
    cycleId: cycle.id,
    kind: "YEAR_END_CONFERENCE",
    heldOn: cycle.today,
    place: "Hà Nội", // DEMO: where the live year's conference is held (seed 004's was in Hà Nội)
    chairName: chair.name,
    secretaryName: secretary.name,
    agenda: [
      `Tổng kết công tác thi đua, khen thưởng năm ${cycle.year}`,
      `Biểu quyết đề nghị tặng Cờ thi đua của Chính phủ năm ${cycle.year}`,
      `Triển khai nhiệm vụ năm ${cycle.year + 1}`,
    ],
    attendances: SHEETS.map(([code]) => ({
      agencyId: agencyOf(cycle, at.code(code)).id,
      status: code === ABSENT ? ("ABSENT" as const) : code === REPRESENTED ? ("REPRESENTED" as const) : ("PRESENT" as const),
      representativeName:
        code === ABSENT ? null : code === REPRESENTED ? "Lê Văn Hòa (Phó Giám đốc, được ủy quyền)" : (leaderNames.get(leaderEmail(code)) ?? null),
      absenceReason: code === ABSENT ? "Lãnh đạo đi công tác nước ngoài, có báo cáo bằng văn bản." : null,
    })),
  });

  const { form, vote } = await findVote(tx, cycle);
  if (vote) return; // the vote, its roll and its ballots are the app's once they exist

  // The candidates: the top of the published ranking (the current results if none), in ranking order.
  const publication = await tx.resultPublication.findFirst({ where: { cycleId: cycle.id }, orderBy: { version: "desc" }, select: { snapshot: true } });
  const published = readSnapshot(publication?.snapshot ?? null)?.rows;
  const current = published ? null : await computeBlocResultsWith(tx, cycle.blocId, cycle.year);
  const ranking = published ?? (current?.status === "READY" ? current.rows : []);
  const attendance = await tx.attendance.findMany({ where: { meetingId }, select: { agencyId: true, status: true } });
  // Open-vote's check (lib/server/votes/open-vote.ts): quorum of the conference attendance.
  const QUORUM_PCT = 66.67;
  const quorum = checkQuorum(attendance, QUORUM_PCT);
  if (ranking.length < CANDIDATES || !quorum.reached) {
    console.warn(`seed: chưa mở cuộc bỏ phiếu minh họa của ${bloc.code} ${cycle.year}: ${quorum.message ?? "chưa có kết quả để chọn ứng viên"}`);
    return;
  }

  const created = await tx.vote.create({
    data: {
      meetingId,
      kind: "AWARD_PROPOSAL",
      method: "ELECTRONIC",
      title: `Đề nghị tặng ${form.name} năm ${cycle.year}`,
      awardFormId: form.id,
      status: "OPEN",
      // The defaults of docs/decisions/0008 (lib/server/votes/vote-defaults.ts), with up to three
      // choices per ballot: seed 004's bloc proposed three agencies.
      quorumPct: QUORUM_PCT,
      thresholdPct: 50,
      thresholdBase: "ALL_MEMBERS",
      candidateMayVote: true,
      maxChoices: MAX_CHOICES,
      tieRule: "RUNOFF",
      committee: [],
      openedAt: moment(cycle, cycle.today, 9, 0),
      candidates: { create: ranking.slice(0, CANDIDATES).map((r, i) => ({ agencyId: r.agencyId, order: i + 1 })) },
    },
    select: { id: true, candidates: { select: { agencyId: true } } },
  });

  // The roll, checked with cast-ballot's rule (mayCast), in an order unrelated to the ballots'.
  const roll: string[] = [];
  for (const code of shuffled(VOTED, randomInt)) {
    const agencyId = agencyOf(cycle, at.code(code)).id;
    const check = mayCast({
      agencyId,
      method: "ELECTRONIC",
      status: "OPEN",
      attendance,
      candidates: created.candidates,
      candidateMayVote: true,
      rollAgencyIds: roll,
    });
    if (!check.ok) continue; // e.g. the meeting's attendance was recorded otherwise in the app
    await tx.voterRollEntry.create({ data: { voteId: created.id, agencyId, userId: u.get(leaderEmail(code))! } });
    roll.push(agencyId);
  }
}

/**
 * The ballots of the seeded vote, in a transaction of their own (see the file comment). Only the
 * ballots the roll is missing are written — none on a re-run, when the box already matches the
 * roll — so closing the vote finds as many ballots as roll entries (close-vote.ts checkClose).
 */
export async function seedTrungUongBallots(tx: Tx, at: ConferencePlacement = seededPlacement()): Promise<void> {
  const cycle = await loadLiveCycle(tx, at.bloc.code);
  const { vote } = await findVote(tx, cycle);
  if (!vote || vote.status !== "OPEN") return;
  const rolled = await tx.voterRollEntry.count({ where: { voteId: vote.id } });
  const boxed = (await tx.sealedBallot.count({ where: { voteId: vote.id } })) + (await tx.ballot.count({ where: { voteId: vote.id } }));
  const candidateIds = vote.candidates.map((c) => c.id);
  for (const mark of shuffled(MARKS.slice(0, Math.max(0, rolled - boxed)), randomInt)) {
    const ballot = validateBallot(
      mark.map((i) => candidateIds[i]!),
      candidateIds,
      vote.maxChoices,
    );
    if (!ballot.ok) throw new Error(`seed: phiếu không hợp lệ: ${ballot.error.message}`);
    // As cast-ballot.ts writes it: sealed with the app's secret for this vote; the id is the database's.
    const envelope = sealBallot(appEnv().NEXTAUTH_SECRET, vote.id, candidateIds, ballot);
    await tx.sealedBallot.create({ data: { voteId: vote.id, envelope }, select: { id: true } });
  }
}
