import { beforeEach, describe, expect, it, vi } from "vitest";
import { createVoteAction, saveRankingVoteRuleAction } from "@/app/(app)/khoi/[bloc]/[year]/tong-ket/bo-phieu/actions";
import { signInAs } from "../setup/current-user-stub";
import { publishRanking, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

/**
 * The answers of the votes page's two forms carry a `stamp` that counts up, and a refusal echoes
 * what was chosen: the forms remount on every answer (components/votes/create-vote-form.tsx,
 * ranking-vote-rule-form.tsx), because React applies a changed default to neither a drawn <select>
 * nor a drawn box. Without it, a creation refused under the ranking rule put "Hình thức" back to
 * electronic, and the chair's corrected paper vote was created as an electronic one (found by
 * tests/e2e/ranking-vote.spec.ts).
 */
function form(fields: Record<string, string | string[]>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) fd.append(k, x);
  return fd;
}

const token = async (w: World) => (await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycle.id }, select: { updatedAt: true } })).updatedAt.toISOString();

describe("the votes page's forms", () => {
  beforeEach(() => signInAs(null));

  it("the ranking rule: a refusal keeps the chosen selects and counts the answers; then it saves", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    const fields = { cycleId: w.cycle.id, updatedAt: await token(w), mode: "CONFIRM_RANKING", onRejection: "NONE", leaders: "0" };
    const refused = await saveRankingVoteRuleAction(null, form(fields));
    expect(refused).toMatchObject({ ok: false, stamp: 1, values: { mode: "CONFIRM_RANKING", onRejection: "NONE", leaders: "0" } });
    expect(refused && !refused.ok && refused.fieldErrors?.leaders).toBeTruthy();
    expect((await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycle.id } })).rules).toBeNull();

    const saved = await saveRankingVoteRuleAction(refused, form({ ...fields, leaders: "1" }));
    expect(saved).toMatchObject({ ok: true, message: "Đã lưu quy tắc suy tôn.", stamp: 2 });
    expect((await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycle.id } })).rules).toEqual({
      rankingVote: { mode: "CONFIRM_RANKING", onRejection: "NONE", leaders: 1 },
    });
  });

  it("a leading-unit vote refused under the ranking rule echoes the paper method and the units picked, stamped; the corrected one is a paper vote", async () => {
    const w = await world();
    await w.db.cycle.update({
      where: { id: w.cycle.id },
      data: { rules: { rankingVote: { mode: "CONFIRM_RANKING", onRejection: "NEXT_RANKED", leaders: 1 } } },
    });
    await publishRanking(w);
    signInAs(w.users.CHAIR);
    const fields = { meetingId: w.meeting.id, kind: "ACCLAIM_LEADER", method: "PAPER", title: "Suy tôn đơn vị dẫn đầu năm 2026" };

    // Member 1 is ranked second; the ranking proposes member 3.
    const refused = await createVoteAction(null, form({ ...fields, candidateAgencyIds: [w.agencies[0]!.id] }));
    expect(refused).toMatchObject({ ok: false, stamp: 1, values: { method: "PAPER", kind: "ACCLAIM_LEADER", candidateAgencyIds: [w.agencies[0]!.id] } });
    expect(refused && !refused.ok && refused.fieldErrors?.candidateAgencyIds?.[0]).toContain(`Không thuộc danh sách đề xuất: ${w.agencies[0]!.name}.`);
    expect(await w.db.vote.count({ where: { meetingId: w.meeting.id } })).toBe(0);

    const created = await createVoteAction(refused, form({ ...fields, candidateAgencyIds: [w.agencies[2]!.id] }));
    expect(created).toMatchObject({ ok: true, message: "Đã tạo cuộc biểu quyết.", stamp: 2 });
    const vote = await w.db.vote.findFirstOrThrow({ where: { meetingId: w.meeting.id }, include: { candidates: true } });
    expect(vote).toMatchObject({ method: "PAPER", kind: "ACCLAIM_LEADER", maxChoices: 1 });
    expect(vote.candidates.map((c) => c.agencyId)).toEqual([w.agencies[2]!.id]);
  });
});
