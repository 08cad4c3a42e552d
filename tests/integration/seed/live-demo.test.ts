import { describe, expect, it, vi } from "vitest";
import { validatePhaseDates } from "@/lib/domain/calendar";
import { checkPhaseOpen, PHASE_KEYS, phaseState } from "@/lib/domain/cycle-phase";
import { activityProposals } from "@/lib/domain/bloc-activity";
import { readSnapshot } from "@/lib/domain/publication";
import { criterionPoints } from "@/lib/domain/scoring";
import { storablePoints, submissionGaps, toEngineEntry } from "@/lib/domain/self-scoring";
import { electorate } from "@/lib/domain/voting";
import { parseYearRules } from "@/lib/domain/year-rules";
import { eligibilityOf, loadEligibilityContext } from "@/lib/server/awards/eligibility-facts";
import { reviewNomination } from "@/lib/server/awards/review-nomination";
import { buildPublication } from "@/lib/server/publication/build-publication";
import { getBlocResults } from "@/lib/server/results/compute-bloc-results";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { completeVerification } from "@/lib/server/verification/complete-verification";
import { castBallot } from "@/lib/server/votes/cast-ballot";
import { closeVote } from "@/lib/server/votes/close-vote";
import { getVoteMinutes } from "@/lib/server/votes/get-vote";
import { buildVoteMinutesDocx } from "@/lib/documents/minutes-docx";
import { isoDay } from "@/lib/format";
import { TRUNG_UONG_CONTEST, TRUNG_UONG_CONTEST_CRITERION } from "../../../prisma/seed/live/trung-uong-contest";
import { vietnamDay } from "../../../prisma/seed/live/today";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { liveCycle, seedAsOf, STAGES } from "./live-helpers";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const n = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());
const userId = async (local: string) => (await testDb().user.findUniqueOrThrow({ where: { email: `${local}@thiduakhoi.vn` }, select: { id: true } })).id;

async function sheetsOf(blocCode: string, year: number) {
  return testDb().scoreSheet.findMany({
    where: { cycle: { year, bloc: { code: blocCode } } },
    include: { agency: { select: { code: true } }, entries: { include: { criterion: { include: { levels: true } }, _count: { select: { files: true } } } } },
  });
}

async function openVoteOf(year: number) {
  return testDb().vote.findFirstOrThrow({
    where: { meeting: { kind: "YEAR_END_CONFERENCE", cycle: { year, bloc: { code: "TW-CQD" } } } },
    include: { candidates: { orderBy: { order: "asc" } }, meeting: { include: { attendances: true } } },
  });
}

describe("seed: the live demo (docs/decisions/0005)", () => {
  it("opens each bloc's stage today, with the data to look at", { timeout: 300_000 }, async () => {
    const today = vietnamDay();
    const year = Number(today.slice(0, 4));
    await seedAsOf();
    const db = testDb();

    // ── Every live bloc: its stage open today, the phases valid and in order ──
    for (const [code, stage] of Object.entries(STAGES)) {
      const cycle = await liveCycle(code, year);
      expect(validatePhaseDates(year, cycle.phases), code).toBeNull();
      expect(checkPhaseOpen(cycle.phases, stage, today), `${code} ${stage}`).toEqual({ open: true });
      const at = PHASE_KEYS.indexOf(stage);
      for (const [i, p] of cycle.phases.entries()) {
        if (i > 0) expect(p.opensOn >= cycle.phases[i - 1]!.opensOn, `${code} ${p.key} in order`).toBe(true);
        if (i > at) expect(phaseState(p, today), `${code} ${p.key}`).toBe("UPCOMING");
        // On 1 January there is no earlier day for the earlier phases (calendar.ts).
        if (i < at && !today.endsWith("-01-01")) expect(phaseState(p, today), `${code} ${p.key}`).toBe("CLOSED");
      }
    }

    // ── Cần Thơ, self-scoring: submitted sheets, a half-filled draft, members not started ──
    const ct = await sheetsOf("CT-CQD", year);
    const ctMembers = await db.membership.count({ where: { year, bloc: { code: "CT-CQD" } } });
    expect(ct.filter((s) => s.status === "SUBMITTED").length).toBeGreaterThanOrEqual(2);
    const draft = ct.find((s) => s.status === "DRAFT")!;
    expect(draft.entries.length).toBeGreaterThan(0);
    const criteria = await db.criterion.findMany({ where: { tableId: draft.tableId } });
    const gaps = (s: (typeof ct)[number]) =>
      submissionGaps(
        criteria,
        s.entries.map((e) => ({
          criterionId: e.criterionId,
          isNA: e.isNA,
          selfInput: n(e.selfInput),
          actual: n(e.actual),
          target: n(e.target),
          fileCount: e._count.files,
        })),
      );
    expect(gaps(draft).length).toBeGreaterThan(0);
    expect(ct.filter((s) => s.status === "SUBMITTED").every((s) => gaps(s).length === 0)).toBe(true);
    expect(ct.length).toBeLessThan(ctMembers); // someone has not started
    // Every self score is the engine's, from the stored input (save-score-entry's computation).
    for (const e of ct.flatMap((s) => s.entries)) {
      const c = e.criterion;
      const def = {
        id: c.id,
        code: c.code,
        parentId: c.parentId,
        type: c.type,
        maxPoints: c.maxPoints.toNumber(),
        minPoints: c.minPoints.toNumber(),
        floorPct: n(c.floorPct),
        allowNA: c.allowNA,
        useLeaderFormula: c.useLeaderFormula,
        pointsPerUnit: n(c.pointsPerUnit),
        cap: n(c.cap),
        levels: c.levels.map((l) => ({ order: l.order, points: l.points.toNumber() })),
      };
      const stored = { isNA: e.isNA, selfInput: n(e.selfInput), actual: n(e.actual), target: n(e.target) };
      expect(n(e.selfPoints), c.code).toBe(storablePoints(criterionPoints(def, toEngineEntry(def.type, def.id, stored)), def));
    }

    // ── Quảng Ngãi, verification: every sheet submitted, some entries verified ──
    const qng = await sheetsOf("QNG-CQD", year);
    expect(qng.length).toBe(await db.membership.count({ where: { year, bloc: { code: "QNG-CQD" } } }));
    expect(qng.every((s) => s.status === "SUBMITTED" || s.status === "VERIFIED")).toBe(true);
    expect(qng.some((s) => s.status === "SUBMITTED")).toBe(true);
    const verified = qng.flatMap((s) => s.entries).filter((e) => e.verifiedAt !== null);
    expect(verified.length).toBeGreaterThan(0);
    expect(verified.some((e) => e.verifyReason && n(e.verifiedPoints) !== n(e.selfPoints))).toBe(true);

    // ── The central bloc, conference: published results, an open vote with some ballots ──
    const twCycle = await liveCycle("TW-CQD", year);
    // A bloc at its conference has its year's paperwork: nobody is late on registration or pledge.
    const twRegistrations = await db.registration.findMany({ where: { cycleId: twCycle.id }, select: { status: true } });
    expect(twRegistrations.map((r) => r.status)).toEqual(Array(14).fill("ACCEPTED"));
    const twPledge = await db.pledge.findFirstOrThrow({ where: { cycleId: twCycle.id }, select: { status: true, _count: { select: { signatures: true } } } });
    expect(twPledge).toEqual({ status: "LOCKED", _count: { signatures: 14 } });
    // Its register of role models has an entry at each of the four stages, in order and not in the future.
    const roleModels = await db.roleModel.findMany({ where: { cycleId: twCycle.id }, orderBy: { foundOn: "asc" } });
    expect(roleModels.map((r) => r.stage).sort()).toEqual(["FOSTERED", "FOUND", "REPLICATED", "REVIEWED"]);
    for (const r of roleModels) {
      const days = [r.foundOn, r.fosteredOn, r.reviewedOn, r.replicatedOn].filter((x) => x !== null).map((x) => x.toISOString().slice(0, 10));
      expect(days).toEqual([...days].sort());
      expect(days.every((x) => x <= today && x.startsWith(String(year)))).toBe(true);
    }
    const publication = await db.resultPublication.findUniqueOrThrow({ where: { cycleId_version: { cycleId: twCycle.id, version: 1 } } });
    const snapshot = readSnapshot(publication.snapshot)!;
    expect(snapshot.rows).toHaveLength(14);
    expect(snapshot.rows[0]!.label).toBe("Nhất");
    // The snapshot is exactly what the publish use case's builder makes of the current scores.
    const rebuilt = await buildPublication(db, twCycle, { version: 1, reason: null, publishedAt: publication.publishedAt });
    expect(rebuilt).toEqual({ ok: true, snapshot });
    const vote = await openVoteOf(year);
    expect(vote).toMatchObject({ status: "OPEN", method: "ELECTRONIC", result: null });
    const [rolled, boxed] = [await db.voterRollEntry.count({ where: { voteId: vote.id } }), await db.sealedBallot.count({ where: { voteId: vote.id } })];
    const voters = electorate(vote.meeting.attendances, vote.candidates, vote.candidateMayVote).present;
    expect(boxed).toBe(rolled);
    expect(boxed).toBeGreaterThan(0);
    expect(boxed).toBeLessThan(voters);
    // While the vote is open the box holds only sealed envelopes, as the app's casts leave it (docs/decisions/0006).
    expect(await db.ballot.count({ where: { voteId: vote.id } })).toBe(0);

    // ── The central bloc's contest (docs/decisions/0040): in the live year, linked to criterion 17, with results ──
    const contest = await db.blocActivity.findFirstOrThrow({
      where: { cycleId: twCycle.id, title: TRUNG_UONG_CONTEST },
      include: { participants: { include: { agency: { select: { code: true } } } }, organiser: { select: { code: true } } },
    });
    expect(contest).toMatchObject({ kind: "CONTEST", criterionCode: TRUNG_UONG_CONTEST_CRITERION, isDemoData: true });
    expect(isoDay(contest.startsOn) <= today && contest.startsOn.getUTCFullYear() === year).toBe(true);
    expect(contest.endsOn && isoDay(contest.endsOn) <= today && contest.endsOn >= contest.startsOn).toBe(true);
    expect(await db.membership.count({ where: { blocId: twCycle.blocId, year, agency: { code: contest.organiser.code } } })).toBe(1);
    expect(contest.participants.length).toBeGreaterThan(3);
    const twTable = await db.criteriaTable.findFirstOrThrow({
      where: { cycleId: twCycle.id, status: "LOCKED" },
      orderBy: { version: "desc" },
      include: { criteria: true },
    });
    const ranges = twTable.criteria.map((c) => ({ code: c.code, minPoints: c.minPoints.toNumber(), maxPoints: c.maxPoints.toNumber() }));
    const pointsOf = contest.participants.map((p) => ({
      activityId: contest.id,
      title: contest.title,
      criterionCode: contest.criterionCode,
      agencyId: p.agencyId,
      points: n(p.points),
    }));
    const btc = contest.participants.find((p) => p.agency.code === "TW-BTC")!;
    expect(activityProposals(pointsOf, btc.agencyId, ranges).get(TRUNG_UONG_CONTEST_CRITERION)).toEqual({ points: 3, titles: [TRUNG_UONG_CONTEST] });

    // ── Ninh Bình, nominations: published earlier, proposals under review, each eligible ──
    const nb = await liveCycle("NB-CQD", year);
    expect(await db.resultPublication.count({ where: { cycleId: nb.id } })).toBe(1);
    const proposed = await db.nomination.findMany({ where: { cycleId: nb.id, status: "PROPOSED" } });
    expect(proposed.length).toBeGreaterThan(0);
    const ctx = await loadEligibilityContext(db, { ...nb, rules: parseYearRules(nb.rules) });
    for (const p of proposed) expect(eligibilityOf(ctx, p.agencyId, p.awardFormId, null)).toMatchObject({ eligible: true });

    // ── Invented rows are flagged ──
    expect(await db.cycle.count({ where: { year, bloc: { code: { in: Object.keys(STAGES) } }, isDemoData: false } })).toBe(0);
    expect(await db.bloc.count({ where: { code: { in: ["QNG-CQD", "NB-CQD"] }, isDemoData: false } })).toBe(0);
    expect(await db.agency.count({ where: { code: { startsWith: "QNG-" }, isDemoData: false } })).toBe(0);

    // ── The evidence PDFs are stored in the database, as uploads are ──
    const files = await db.storedFile.findMany({ select: { sizeBytes: true, content: { select: { bytes: true } } } });
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.content?.bytes.byteLength).toBe(f.sizeBytes);
  });

  it("is usable through the app's use cases today", { timeout: 300_000 }, async () => {
    const today = vietnamDay();
    const year = Number(today.slice(0, 4));
    await seedAsOf();
    const db = testDb();

    // Cần Thơ: Ban Tổ chức's officer goes on with the half-filled draft.
    const draft = (await sheetsOf("CT-CQD", year)).find((s) => s.agency.code === "CT-BTC")!;
    const nine = await db.criterion.findFirstOrThrow({ where: { tableId: draft.tableId, code: "9" } });
    signInAs(await userId("canbo.btc.cantho"));
    const saved = await saveScoreEntry({
      criterionId: nine.id,
      agencyId: draft.agencyId,
      version: draft.version,
      value: 1,
      actual: null,
      target: null,
      isNA: false,
      explanation: null,
      files: [],
    });
    expect(saved).toEqual({ version: draft.version + 1, selfPoints: 3 });

    // Quảng Ngãi: the chair completes a sheet; the deputy agency's leader completes the head's.
    const qng = await sheetsOf("QNG-CQD", year);
    const bnc = qng.find((s) => s.agency.code === "QNG-BNC")!;
    signInAs(await userId("truongkhoi.quangngai"));
    await completeVerification({ sheetId: bnc.id, version: bnc.version });
    const head = qng.find((s) => s.agency.code === "QNG-BTC")!;
    signInAs(await userId("lanhdao.vp.quangngai"));
    await completeVerification({ sheetId: head.id, version: head.version });
    expect(await db.scoreSheet.count({ where: { id: { in: [bnc.id, head.id] }, status: "VERIFIED" } })).toBe(2);

    // The central bloc: the ranking reads; an agency that has not voted votes; the chair closes
    // the vote and gets the vote-count minutes.
    const tw = await liveCycle("TW-CQD", year);
    signInAs(await userId("truongkhoi.trunguong"));
    expect(await getBlocResults(tw.blocId, year)).toMatchObject({ status: "READY", scope: "ALL" });
    const vote = await openVoteOf(year);
    signInAs(await userId("lanhdao.btc.trunguong"));
    await castBallot({ voteId: vote.id, agencyId: null, choices: vote.candidates.slice(0, 3).map((c) => c.id) });
    signInAs(await userId("truongkhoi.trunguong"));
    await closeVote({ voteId: vote.id });
    const closed = await db.vote.findUniqueOrThrow({ where: { id: vote.id } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.ballotsReturned).toBe(await db.voterRollEntry.count({ where: { voteId: vote.id } }));
    const minutes = await getVoteMinutes(tw.blocId, year, vote.id);
    expect((await buildVoteMinutesDocx(minutes)).byteLength).toBeGreaterThan(1000);

    // Ninh Bình: the chair sends the flag proposal up.
    const nb = await liveCycle("NB-CQD", year);
    const flag = await db.nomination.findFirstOrThrow({ where: { cycleId: nb.id, status: "PROPOSED", awardForm: { code: "CO_TINH" } } });
    signInAs(await userId("truongkhoi.ninhbinh"));
    await reviewNomination({ nominationId: flag.id, version: flag.version, decision: "send", reason: "" });
    expect(await db.nomination.findUniqueOrThrow({ where: { id: flag.id } })).toMatchObject({ status: "SENT" });
    signInAs(null);
  });
});
