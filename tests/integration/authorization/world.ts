import { randomBytes } from "node:crypto";
import type { PhaseKey, Role } from "@/lib/generated/prisma/client";
import { CreateVoteInputSchema } from "@/lib/schemas/votes";
import { hashResetToken } from "@/lib/server/accounts/reset-password-with-token";
import { todayInVietnam } from "@/lib/server/clock";
import { saveUpload } from "@/lib/server/files/save-upload";
import { closeVote } from "@/lib/server/votes/close-vote";
import { createVote } from "@/lib/server/votes/create-vote";
import { openVote } from "@/lib/server/votes/open-vote";
import { makeAgency, makeBloc, makeCycle, makeMembership, makeUser, uniq } from "../../factories";
import { publish } from "../awards/world";
import { makeLockedTable, makeSheet } from "../results/world";
import { dayFromToday, makeRoleUser } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-at-least-32-chars";
process.env.NEXTAUTH_URL ??= "http://test.local";

/** The bloc-year of the world: this year, whose phases are all open today. */
export const YEAR = Number(todayInVietnam().slice(0, 4));

/**
 * Texts only BTG (and those who read every agency's records) may see: the matrix looks for them
 * in what each page hands to its components, so "renders for every member" is not the end of it.
 */
export const SECRETS = {
  selfScore: "BÍ-MẬT-TỰ-CHẤM-BTG",
  registration: "BÍ-MẬT-ĐĂNG-KÝ-BTG",
  progress: "BÍ-MẬT-TIẾN-ĐỘ-BTG",
  draftNomination: "BÍ-MẬT-ĐỀ-NGHỊ-NHÁP-BTG",
} as const;
export type Secret = keyof typeof SECRETS;

/**
 * Who calls: one user per role and scope. Bloc A (province A) is the resource's bloc and BTG its
 * "own" agency; BDV is another member of bloc A (the deputy's agency) and BTC the head's agency
 * (the chair works there). Bloc B lies in province B; its chair and a member's leader reach
 * nothing of bloc A, nor do council staff of province B. ADMIN reaches everything.
 */
export const PERSONAS = [
  "anon",
  "admin",
  "council",
  "councilB",
  "secretary",
  "chair",
  "observer",
  "leader",
  "officer",
  "otherLeader",
  "chairB",
  "leaderB",
] as const;
export type Who = (typeof PERSONAS)[number];

export const PERSONA_LABELS: Record<Who, string> = {
  anon: "signed out",
  admin: "ADMIN",
  council: "COUNCIL_STAFF of bloc A's province",
  councilB: "COUNCIL_STAFF of bloc B's province",
  secretary: "SECRETARY of bloc A",
  chair: "CHAIR of bloc A",
  observer: "OBSERVER of bloc A",
  leader: "AGENCY_LEADER of BTG (own agency, bloc A)",
  officer: "AGENCY_OFFICER of BTG (own agency, bloc A)",
  otherLeader: "AGENCY_LEADER of BDV (other agency, bloc A; the deputy)",
  chairB: "CHAIR of bloc B",
  leaderB: "AGENCY_LEADER of bloc B's member",
};

export const PDF = () => new File([Buffer.from("%PDF-1.7\n% minh chứng\n")], "minh-chung.pdf", { type: "application/pdf" });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const PHASES: PhaseKey[] = [
  "REGISTRATION",
  "PLEDGE_SIGNING",
  "EXECUTION",
  "MID_YEAR_REVIEW",
  "SELF_SCORING",
  "VERIFICATION",
  "OBJECTION",
  "CONFERENCE",
  "NOMINATION",
];

async function storedFile(
  blocId: string,
  uploadedById: string,
  link: { scoreEntryId?: string; progressId?: string; objectionId?: string; activityId?: string },
) {
  return testDb().$transaction((tx) => saveUpload(tx, PDF(), { blocId, uploadedById, link }));
}

/**
 * Bloc A this year with every phase open today (so a refusal is never a closed phase), a LOCKED
 * criteria table and a SUBMITTED sheet per member, an open objection, published results, a
 * superseded signed pledge v1 with a DRAFT v2, registrations, progress, the year-end conference
 * with votes in each state, an award catalogue, nominations in each state and a recorded
 * decision; stored evidence files; an account of province A with a role and a reset link.
 */
export async function buildWorld() {
  const db = testDb();
  const provinceA = await db.province.create({ data: { code: uniq("PA").slice(0, 10).toUpperCase(), name: "Tỉnh A" } });
  const provinceB = await db.province.create({ data: { code: uniq("PB").slice(0, 10).toUpperCase(), name: "Tỉnh B" } });
  const provinceC = await db.province.create({ data: { code: uniq("PC").slice(0, 10).toUpperCase(), name: "Tỉnh C" } });
  const blocA = await makeBloc(db, { name: "Khối các cơ quan Đảng tỉnh A", provinceId: provinceA.id });
  const blocB = await makeBloc(db, { name: "Khối thi đua tỉnh B", provinceId: provinceB.id });

  const agency = (name: string, provinceId: string) => makeAgency(db, { name, provinceId });
  const btg = await agency("Ban Tuyên giáo Tỉnh ủy", provinceA.id);
  const bdv = await agency("Ban Dân vận Tỉnh ủy", provinceA.id);
  const btc = await agency("Ban Tổ chức Tỉnh ủy", provinceA.id);
  const bnc = await agency("Ban Nội chính Tỉnh ủy", provinceA.id);
  const free = await agency("Văn phòng Tỉnh ủy", provinceA.id);
  const outsider = await agency("Sở Tư pháp tỉnh B", provinceB.id);
  const membersA = [btg, bdv, btc, bnc];
  for (const y of [YEAR - 1, YEAR]) for (const a of membersA) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: y });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: YEAR });
  const bncMembership = await db.membership.findUniqueOrThrow({ where: { blocId_agencyId_year: { blocId: blocA.id, agencyId: bnc.id, year: YEAR } } });

  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR, scoringMode: "VERIFICATION" });
  const cycleB = await makeCycle(db, { blocId: blocB.id, year: YEAR });
  for (const c of [cycle, cycleB]) {
    await db.cyclePhase.createMany({ data: PHASES.map((key) => ({ cycleId: c.id, key, opensOn: dayFromToday(-5), closesOn: dayFromToday(20) })) });
  }
  const phase = await db.cyclePhase.findUniqueOrThrow({ where: { cycleId_key: { cycleId: cycle.id, key: "REGISTRATION" } } });
  const term = { blocId: blocA.id, startsOn: day(`${YEAR}-01-01`), endsOn: day(`${YEAR}-12-31`), method: "ELECTED" as const };
  const headTerm = await db.officerTerm.create({ data: { ...term, role: "HEAD", agencyId: btc.id } });
  await db.officerTerm.create({ data: { ...term, role: "DEPUTY", agencyId: bdv.id } });

  const user = (role: Role, scope: Parameters<typeof makeRoleUser>[2] = {}, agencyId?: string) => makeRoleUser(db, role, scope, agencyId ? { agencyId } : {});
  const users: Record<Exclude<Who, "anon">, string> = {
    admin: await user("ADMIN"),
    council: await user("COUNCIL_STAFF", { provinceId: provinceA.id }),
    councilB: await user("COUNCIL_STAFF", { provinceId: provinceB.id }),
    secretary: await user("SECRETARY", { blocId: blocA.id }),
    chair: await user("CHAIR", { blocId: blocA.id }, btc.id),
    observer: await user("OBSERVER", { blocId: blocA.id }),
    leader: await user("AGENCY_LEADER", { agencyId: btg.id }),
    officer: await user("AGENCY_OFFICER", { agencyId: btg.id }),
    otherLeader: await user("AGENCY_LEADER", { agencyId: bdv.id }),
    chairB: await user("CHAIR", { blocId: blocB.id }),
    leaderB: await user("AGENCY_LEADER", { agencyId: outsider.id }),
  };
  await db.user.updateMany({
    where: { id: { in: [users.council, users.secretary, users.chair, users.observer, users.leader, users.officer, users.otherLeader] } },
    data: { provinceId: provinceA.id },
  });
  await db.user.updateMany({ where: { id: { in: [users.councilB, users.chairB, users.leaderB] } }, data: { provinceId: provinceB.id } });

  // ── An account of province A that council staff manage ──
  const account = await makeUser(db, { name: "Trần Thị Tài Khoản", provinceId: provinceA.id, agencyId: btg.id });
  const accountGrant = await db.roleAssignment.create({ data: { userId: account.id, role: "AGENCY_OFFICER", agencyId: btg.id } });
  const resetToken = randomBytes(32).toString("base64url");
  await db.passwordResetToken.create({
    data: { userId: account.id, tokenHash: hashResetToken(resetToken), expiresAt: new Date(Date.now() + 86_400_000), createdById: users.admin },
  });

  // ── Scoring: a LOCKED table, every member's sheet SUBMITTED, an objection, results published ──
  const t = await makeLockedTable(cycle.id);
  const inputs = { "I.1": 1, "I.2": [12, 10] as [number, number], "II.1": 1, III: 2, IV: 0, V: 0 };
  const sheets = {
    btg: await makeSheet(t, cycle.id, btg.id, inputs),
    bdv: await makeSheet(t, cycle.id, bdv.id, inputs),
    btc: await makeSheet(t, cycle.id, btc.id, inputs),
  };
  const entry = await db.scoreEntry.update({
    where: { id: sheets.btg.entries.find((e) => e.criterionId === t.ids["I.1"]!.id)!.id },
    data: { explanation: `Giải trình: ${SECRETS.selfScore}` },
  });
  const objection = await db.objection.create({ data: { entryId: entry.id, agencyId: btg.id, reason: "Điểm tiêu chí I.1 chưa đúng với minh chứng đã nộp." } });
  await publish(
    cycle.id,
    membersA.map((a, i) => ({ agencyId: a.id, name: a.name, bandKey: i < 2 ? "XUAT_SAC" : "TOT", vetoed: false })),
  );

  // ── Registration, pledge, progress ──
  const ttldxs = await db.awardForm.create({
    data: {
      cycleId: cycle.id,
      code: "TTLDXS",
      name: "Tập thể lao động xuất sắc",
      target: "COLLECTIVE",
      authorityKind: "PROVINCE_CHAIR",
      authorityName: "Chủ tịch UBND tỉnh",
      order: 1,
    },
  });
  const cstd = await db.awardForm.create({
    data: {
      cycleId: cycle.id,
      code: "CSTD",
      name: "Chiến sĩ thi đua cơ sở",
      target: "INDIVIDUAL",
      authorityKind: "PROVINCE_CHAIR",
      authorityName: "Chủ tịch UBND tỉnh",
      order: 2,
    },
  });
  const registration = await db.registration.create({
    data: {
      cycleId: cycle.id,
      agencyId: btg.id,
      status: "SUBMITTED",
      submittedAt: new Date(),
      note: `Ghi chú: ${SECRETS.registration}`,
      titles: { create: [{ awardFormId: ttldxs.id }] },
      targets: { create: [{ order: 1, text: "Hoàn thành 100% nhiệm vụ", kind: "TEXT" }] },
    },
  });
  const commitments = [
    { number: 1, text: "Cán bộ đạt Lao động tiên tiến", targetKind: "PERCENT" as const, targetValue: 90, targetUnit: "% cán bộ" },
    { number: 2, text: "Học tập và làm theo Bác", targetKind: "TEXT" as const },
  ];
  const pledgeV1 = await db.pledge.create({
    data: {
      cycleId: cycle.id,
      version: 1,
      title: `Giao ước thi đua năm ${YEAR}`,
      status: "SUPERSEDED",
      lockedAt: new Date(),
      commitments: { create: commitments },
      signatures: { create: membersA.map((a) => ({ agencyId: a.id, signerName: "Nguyễn Văn Ký", signerTitle: "Trưởng ban", signedOn: dayFromToday(-30) })) },
    },
    include: { commitments: { orderBy: { number: "asc" } } },
  });
  const pledgeV2 = await db.pledge.create({
    data: {
      cycleId: cycle.id,
      version: 2,
      previousId: pledgeV1.id,
      changeReason: "Điều chỉnh chỉ tiêu giữa năm",
      title: `Giao ước thi đua năm ${YEAR}`,
      commitments: { create: commitments },
    },
  });
  const commitment = pledgeV1.commitments[0]!;
  const progress = await db.commitmentProgress.create({
    data: { commitmentId: commitment.id, agencyId: btg.id, status: "ON_TRACK", value: 50, note: `Ghi chú: ${SECRETS.progress}` },
  });

  // ── Awards: nominations in each state and a recorded decision ──
  const nominate = (status: "DRAFT" | "PROPOSED" | "SENT", over: { agencyId?: string; priority?: number } = {}) =>
    db.nomination.create({
      data: {
        cycleId: cycle.id,
        awardFormId: ttldxs.id,
        target: "COLLECTIVE",
        agencyId: btg.id,
        status,
        ...over,
        achievements: status === "DRAFT" ? `Thành tích: ${SECRETS.draftNomination}` : "Hoàn thành xuất sắc nhiệm vụ năm.",
      },
    });
  const nominations = {
    draft: await nominate("DRAFT"),
    proposed: await nominate("PROPOSED"),
    sent: await nominate("SENT", { priority: 1 }),
    decided: await nominate("SENT"),
  };
  const decision = await db.decision.create({
    data: {
      cycleId: cycle.id,
      number: "123/QĐ-UBND",
      issuedOn: dayFromToday(-2),
      signer: "Chủ tịch UBND tỉnh",
      authorityKind: "PROVINCE_CHAIR",
      authorityName: "UBND tỉnh A",
      items: { create: [{ nominationId: nominations.decided.id, agencyId: btg.id, awardFormId: ttldxs.id, outcome: "APPROVED" }] },
    },
  });

  // ── A role model of BTG at its first stage (docs/decisions/0039) ──
  const roleModel = await db.roleModel.create({
    data: {
      cycleId: cycle.id,
      agencyId: btg.id,
      target: "COLLECTIVE",
      collectiveName: "Chi đoàn Ban",
      achievement: "Mô hình tiêu biểu",
      foundOn: new Date(`${YEAR}-01-15T00:00:00Z`),
    },
  });

  // ── The year-end conference and its votes, through the use cases ──
  const meeting = await db.meeting.create({
    data: {
      cycleId: cycle.id,
      kind: "YEAR_END_CONFERENCE",
      heldOn: dayFromToday(-1),
      place: "Hội trường Tỉnh ủy",
      chairName: "Nguyễn Văn Chủ",
      secretaryName: "Trần Thị Thư",
      agenda: ["Tổng kết"],
    },
  });
  await db.attendance.createMany({ data: membersA.map((a) => ({ meetingId: meeting.id, agencyId: a.id, status: "PRESENT" as const })) });
  const vote = async (title: string, method: "ELECTRONIC" | "PAPER" = "ELECTRONIC") => {
    signInAs(users.chair);
    const input = CreateVoteInputSchema.parse({
      meetingId: meeting.id,
      kind: "ACCLAIM_LEADER",
      method,
      title,
      candidateAgencyIds: [btc.id, bnc.id],
      candidateMayVote: "yes",
      committee: "Lê Văn A",
    });
    const { id } = await createVote(input);
    return id;
  };
  const votes = {
    draft: await vote("Suy tôn đơn vị dẫn đầu (dự thảo)"),
    open: await vote("Suy tôn đơn vị dẫn đầu"),
    paper: await vote("Suy tôn (bỏ phiếu giấy)", "PAPER"),
    closed: await vote("Suy tôn (đã kết thúc)"),
  };
  signInAs(users.chair);
  for (const id of [votes.open, votes.paper, votes.closed]) await openVote({ voteId: id });
  // Closed without ballots: the matrix needs a closed vote, not a count (sealed ballots are votes/ tests' work).
  await closeVote({ voteId: votes.closed });
  signInAs(null);
  const openCandidates = await db.voteCandidate.findMany({ where: { voteId: votes.open }, orderBy: { order: "asc" } });
  const paperCandidates = await db.voteCandidate.findMany({ where: { voteId: votes.paper }, orderBy: { order: "asc" } });

  // ── Stored files: evidence of BTG's entry, progress and objection ──
  const files = {
    entry: await storedFile(blocA.id, users.officer, { scoreEntryId: entry.id }),
    progress: await storedFile(blocA.id, users.officer, { progressId: progress.id }),
    objection: await storedFile(blocA.id, users.officer, { objectionId: objection.id }),
  };

  // ── Notifications: one in each user's own inbox ──
  const notifications: Record<string, string> = {};
  for (const [who, userId] of Object.entries(users)) {
    const n = await db.notification.create({ data: { userId, kind: "SHEET_RETURNED", message: `Thông báo của ${who}`, link: null } });
    notifications[who] = n.id;
  }
  // ── A contest organised by BTG, BDV taking part (docs/decisions/0038) ──
  const activity = await db.blocActivity.create({
    data: {
      cycleId: cycle.id,
      kind: "CONTEST",
      title: "Hội thi văn hóa công sở",
      organiserId: btg.id,
      startsOn: new Date(`${YEAR}-05-10T00:00:00Z`),
      participants: { create: { agencyId: bdv.id, prize: "Giải Nhất", points: 2 } },
    },
    include: { participants: true },
  });
  // Its plan, attached by BTG's officer.
  const activityFile = await storedFile(blocA.id, users.officer, { activityId: activity.id });

  // Concurrency tokens as the forms would carry them.
  const stamps = new Map((await db.user.findMany({ select: { id: true, updatedAt: true } })).map((u) => [u.id, u.updatedAt.toISOString()]));
  const tokens = {
    cycle: (await db.cycle.findUniqueOrThrow({ where: { id: cycle.id } })).updatedAt.toISOString(),
    bloc: (await db.bloc.findUniqueOrThrow({ where: { id: blocA.id } })).updatedAt.toISOString(),
    user: (id: string) => stamps.get(id) ?? new Date().toISOString(),
  };

  return {
    db,
    year: YEAR,
    tokens,
    provinceA,
    provinceB,
    provinceC,
    blocA,
    blocB,
    btg,
    bdv,
    btc,
    bnc,
    free,
    outsider,
    bncMembership,
    cycle,
    cycleB,
    phase,
    headTerm,
    activity,
    activityFile,
    users,
    account,
    accountGrant,
    resetToken,
    table: t,
    sheets,
    entry,
    objection,
    ttldxs,
    cstd,
    registration,
    pledgeV1,
    pledgeV2,
    commitment,
    progress,
    nominations,
    roleModel,
    decision,
    meeting,
    votes,
    openCandidates,
    paperCandidates,
    files,
    notifications,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** The persona's user id; null when signed out. */
export function userOf(w: World, who: Who): string | null {
  return who === "anon" ? null : w.users[who];
}
