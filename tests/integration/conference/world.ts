import { makeRoleUser, type RoleScope } from "../setup/bloc-world";
import type { Role } from "@/lib/generated/prisma/client";
import { SaveAttendanceInputSchema, SaveConferenceInputSchema } from "@/lib/schemas/conference";
import { todayInVietnam } from "@/lib/server/clock";
import { makeAgency, makeBloc, makeCycle, makeMembership } from "../../factories";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export const YEAR = 2026;

function dayFromToday(offset: number): Date {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}

/** CONFERENCE from `opens` to `closes` days from today; null removes the phase. */
export async function setConferencePhase(cycleId: string, w: [number, number] | null) {
  await testDb().cyclePhase.deleteMany({ where: { cycleId, key: "CONFERENCE" } });
  if (w) await testDb().cyclePhase.create({ data: { cycleId, key: "CONFERENCE", opensOn: dayFromToday(w[0]), closesOn: dayFromToday(w[1]) } });
}

/**
 * Bloc A in 2026 (btg, bdv, btc members; CONFERENCE open) and bloc B with one member. One user
 * per role on bloc A or btg, a secretary and an officer of bloc B.
 */
async function buildWorld(rules?: object) {
  const db = testDb();
  const [blocA, blocB] = await Promise.all([makeBloc(db, { name: "Khối thi đua các cơ quan Đảng tỉnh" }), makeBloc(db)]);
  const btg = await makeAgency(db, { name: "Ban Tuyên giáo Tỉnh ủy" });
  const bdv = await makeAgency(db, { name: "Ban Dân vận Tỉnh ủy" });
  const btc = await makeAgency(db, { name: "Ban Tổ chức Tỉnh ủy" });
  for (const a of [btg, bdv, btc]) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: YEAR });
  const outsider = await makeAgency(db, { name: "Văn phòng Thành ủy" });
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: YEAR });
  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR, ...(rules ? { rules } : {}) });
  const cycleB = await makeCycle(db, { blocId: blocB.id, year: YEAR });
  await setConferencePhase(cycle.id, [-5, 5]);
  await setConferencePhase(cycleB.id, [-5, 5]);

  const user = (role: Role, scope: RoleScope) => makeRoleUser(db, role, scope);
  const users = {
    ADMIN: await user("ADMIN", {}),
    SECRETARY: await user("SECRETARY", { blocId: blocA.id }),
    CHAIR: await user("CHAIR", { blocId: blocA.id }),
    OBSERVER: await user("OBSERVER", { blocId: blocA.id }),
    AGENCY_LEADER: await user("AGENCY_LEADER", { agencyId: btg.id }),
    AGENCY_OFFICER: await user("AGENCY_OFFICER", { agencyId: btg.id }),
    OTHER_SECRETARY: await user("SECRETARY", { blocId: blocB.id }),
    OTHER_OFFICER: await user("AGENCY_OFFICER", { agencyId: outsider.id }),
  };
  return { db, year: YEAR, blocA, blocB, btg, bdv, btc, outsider, cycle, cycleB, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** The conference form's fields, parsed as the action does. */
export function conferenceInput(w: World, over: Record<string, unknown> = {}) {
  return SaveConferenceInputSchema.parse({
    cycleId: w.cycle.id,
    heldOn: "2026-12-20",
    place: "Hội trường Tỉnh ủy",
    chairName: "Nguyễn Văn An",
    secretaryName: "Trần Thị Bình",
    agenda: "Báo cáo tổng kết phong trào thi đua năm 2026\nCông bố kết quả chấm điểm\nBỏ phiếu suy tôn đơn vị dẫn đầu",
    notes: "Hội nghị thống nhất thông qua báo cáo.",
    ...over,
  });
}

/** A full valid table: btg present, bdv represented, btc absent. */
export function attendanceInput(w: World, meetingId: string, version: string | null, rows?: Record<string, unknown>[]) {
  return SaveAttendanceInputSchema.parse({
    meetingId,
    version: version ?? undefined,
    rows: rows ?? [
      { agencyId: w.btg.id, status: "PRESENT" },
      { agencyId: w.bdv.id, status: "REPRESENTED", representativeName: "Lê Văn Cường" },
      { agencyId: w.btc.id, status: "ABSENT", absenceReason: "Đi công tác Trung ương" },
    ],
  });
}

/** A year-end conference stored directly (the form is tested in its own file). */
export async function makeConference(w: World) {
  return testDb().meeting.create({
    data: {
      cycleId: w.cycle.id,
      kind: "YEAR_END_CONFERENCE",
      heldOn: new Date("2026-12-20T00:00:00Z"),
      place: "Hội trường Tỉnh ủy",
      chairName: "Nguyễn Văn An",
      secretaryName: "Trần Thị Bình",
      agenda: ["Báo cáo tổng kết", "Bỏ phiếu suy tôn"],
      notes: null,
    },
  });
}

export function auditOf(entity: string) {
  return testDb().auditLog.findMany({ where: { entity }, orderBy: { at: "asc" } });
}

export { expectRefused } from "../setup/bloc-world";
