import { makeRoleUser, type RoleScope } from "../setup/bloc-world";
import type { AttendanceStatus, Role } from "@/lib/generated/prisma/client";
import { CreateVoteInputSchema } from "@/lib/schemas/votes";
import { createVote } from "@/lib/server/votes/create-vote";
import { makeAgency, makeBloc, makeCycle, makeMembership } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export const YEAR = 2026;

/**
 * Bloc A in 2026 with six members at its year-end conference: five present (one of them
 * represented), one absent; a leader per member; bloc B with one member. Users per role.
 */
async function buildWorld(statuses: AttendanceStatus[] = ["PRESENT", "PRESENT", "PRESENT", "REPRESENTED", "PRESENT", "ABSENT"]) {
  const db = testDb();
  const [blocA, blocB] = await Promise.all([makeBloc(db), makeBloc(db)]);
  const agencies = [];
  for (let i = 0; i < statuses.length; i++) {
    const a = await makeAgency(db, { name: `Ban số ${i + 1} Tỉnh ủy` });
    await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: YEAR });
    agencies.push(a);
  }
  const outsider = await makeAgency(db, { name: "Văn phòng Thành ủy" });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: YEAR });
  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR });
  const cycleB = await makeCycle(db, { blocId: blocB.id, year: YEAR });
  const meeting = await db.meeting.create({
    data: {
      cycleId: cycle.id,
      kind: "YEAR_END_CONFERENCE",
      heldOn: new Date(Date.UTC(YEAR, 11, 20)),
      place: "Hội trường Tỉnh ủy",
      chairName: "Nguyễn Văn Chủ",
      secretaryName: "Trần Thị Thư",
    },
  });
  await db.attendance.createMany({ data: agencies.map((a, i) => ({ meetingId: meeting.id, agencyId: a.id, status: statuses[i]! })) });
  const meetingB = await db.meeting.create({
    data: { cycleId: cycleB.id, kind: "YEAR_END_CONFERENCE", heldOn: new Date(Date.UTC(YEAR, 11, 21)), place: "Hội trường B", chairName: "Chủ trì B" },
  });
  await db.attendance.create({ data: { meetingId: meetingB.id, agencyId: outsider.id, status: "PRESENT" } });

  const user = (role: Role, scope: RoleScope) => makeRoleUser(db, role, scope);
  const leaders: string[] = [];
  for (const a of agencies) leaders.push(await user("AGENCY_LEADER", { agencyId: a.id }));
  const absentIndex = statuses.indexOf("ABSENT");
  const users = {
    ADMIN: await user("ADMIN", {}),
    SECRETARY: await user("SECRETARY", { blocId: blocA.id }),
    CHAIR: await user("CHAIR", { blocId: blocA.id }),
    OBSERVER: await user("OBSERVER", { blocId: blocA.id }),
    LEADER: leaders[0]!,
    ABSENT_LEADER: absentIndex >= 0 ? leaders[absentIndex]! : leaders[0]!,
    OFFICER: await user("AGENCY_OFFICER", { agencyId: agencies[0]!.id }),
    OTHER_SECRETARY: await user("SECRETARY", { blocId: blocB.id }),
    OTHER_CHAIR: await user("CHAIR", { blocId: blocB.id }),
    OTHER_LEADER: await user("AGENCY_LEADER", { agencyId: outsider.id }),
  };
  return { db, blocA, blocB, agencies, outsider, cycle, meeting, meetingB, leaders, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** A DRAFT vote made by the chair; candidates = the given member agencies (default: the first two). */
export async function draftVote(w: World, over: Record<string, unknown> = {}) {
  signInAs(w.users.CHAIR);
  const input = CreateVoteInputSchema.parse({
    meetingId: w.meeting.id,
    kind: "ACCLAIM_LEADER",
    method: "ELECTRONIC",
    title: "Suy tôn đơn vị dẫn đầu năm 2026",
    candidateAgencyIds: [w.agencies[0]!.id, w.agencies[1]!.id],
    committee: "Lê Văn A\nPhạm Thị B",
    ...over,
  });
  const { id } = await createVote(input);
  signInAs(null);
  return id;
}

export function candidatesOf(voteId: string) {
  return testDb().voteCandidate.findMany({ where: { voteId }, orderBy: { order: "asc" } });
}

export { expectRefused } from "../setup/bloc-world";

/** Publishes a ranking of bloc A: member 3 first (95), member 1 second (90), member 2 third (85); the others excluded. */
export async function publishRanking(w: World) {
  const rows = [
    [w.agencies[2]!, 1, 95],
    [w.agencies[0]!, 2, 90],
    [w.agencies[1]!, 3, 85],
  ].map(([a, rank, total]) => ({ agencyId: (a as { id: string }).id, agencyName: (a as { name: string }).name, rank, total }));
  const snapshot = {
    format: 1,
    version: 1,
    publishedAt: new Date().toISOString(),
    table: { id: "t", title: "Bảng", version: 1, scale: 100 },
    criteria: [],
    rows,
    withoutSheet: [],
    excluded: [],
  };
  await w.db.resultPublication.create({ data: { cycleId: w.cycle.id, version: 1, snapshot } });
}
