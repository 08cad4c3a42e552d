// The paperwork at the start of a live year that a bloc further on in its year already has
// (docs/decisions/0005): each member's registration, sent and accepted by the secretary, and the
// pledge signed at the pledge-signing conference. Without them a bloc at its conference would show
// every member as late on registration and pledge (the council overview counts them).
// DEMO: the dates (inside the year's windows), the targets and the meeting.
import { upsertLockedPledge } from "../pledge";
import { d, type Tx } from "../util";
import { addDays } from "./calendar";
import { moment, phaseOf, type LiveCycle } from "./context";
import { ensureLiveMeeting } from "./meetings";

const isoDate = (iso: string) => {
  const [y, m, day] = iso.split("-").map(Number);
  return d(y!, m!, day!);
};
const earlier = (a: string, b: string) => (a < b ? a : b);

/** One member's registration: the agency and the codes of the titles it registered for. */
export interface SeededRegistration {
  agencyId: string;
  formCodes: readonly string[];
}

/** Accepted registrations, sent one a day from the window's ninth day (capped at its last). */
export async function seedAcceptedRegistrations(tx: Tx, cycle: LiveCycle, entries: readonly SeededRegistration[]): Promise<void> {
  const window = phaseOf(cycle, "REGISTRATION");
  const forms = new Map((await tx.awardForm.findMany({ where: { cycleId: cycle.id }, select: { id: true, code: true } })).map((f) => [f.code, f.id]));
  for (const [i, { agencyId, formCodes }] of entries.entries()) {
    if (await tx.registration.findUnique({ where: { cycleId_agencyId: { cycleId: cycle.id, agencyId } }, select: { id: true } })) continue;
    const submitted = earlier(addDays(window.opensOn, 8 + i), window.closesOn);
    await tx.registration.create({
      data: {
        cycleId: cycle.id,
        agencyId,
        status: "ACCEPTED",
        version: 3, // saved, submitted, accepted
        submittedAt: moment(cycle, submitted, 10, 0),
        decidedAt: moment(cycle, earlier(addDays(submitted, 2), window.closesOn), 15, 0),
        titles: { create: formCodes.filter((c) => forms.has(c)).map((c) => ({ awardFormId: forms.get(c)! })) },
        targets: {
          create: [
            { order: 1, text: "Hoàn thành 100% nhiệm vụ trong chương trình công tác năm", kind: "PERCENT", value: 100 },
            { order: 2, text: "Tổ chức đảng của cơ quan được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên", kind: "YES_NO" },
          ],
        },
      },
    });
  }
}

/** What the signed pledge says and who signed it. */
export interface SeededPledge {
  place: string;
  chairName: string;
  secretaryName: string;
  bases: readonly string[];
  commitments: Parameters<typeof upsertLockedPledge>[1]["commitments"];
  signers: readonly { agencyId: string; name: string; title: string | null }[];
}

/** The pledge, signed and locked at a conference on the pledge window's 21st day (capped at its last). */
export async function seedSignedPledge(tx: Tx, cycle: LiveCycle, p: SeededPledge): Promise<void> {
  if (await tx.pledge.findFirst({ where: { cycleId: cycle.id }, select: { id: true } })) return;
  const window = phaseOf(cycle, "PLEDGE_SIGNING");
  const day = earlier(addDays(window.opensOn, 20), window.closesOn);
  const meetingId = await ensureLiveMeeting(tx, {
    cycleId: cycle.id,
    kind: "PLEDGE_SIGNING",
    heldOn: day,
    place: p.place,
    chairName: p.chairName,
    secretaryName: p.secretaryName,
    agenda: [`Phát động phong trào thi đua năm ${cycle.year}`, `Ký kết giao ước thi đua năm ${cycle.year}`],
    attendances: p.signers.map((s) => ({ agencyId: s.agencyId, representativeName: s.name })),
  });
  await upsertLockedPledge(tx, {
    cycleId: cycle.id,
    title: `Giao ước thi đua năm ${cycle.year}`,
    theme: `Đoàn kết, kỷ cương, đổi mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ chính trị năm ${cycle.year}`,
    bases: [...p.bases],
    signingMeetingId: meetingId,
    lockedAt: moment(cycle, day, 17, 0),
    signedOn: isoDate(day),
    commitments: p.commitments,
    signatures: p.signers.map((s) => ({ agencyId: s.agencyId, signerName: s.name, signerTitle: s.title ?? "Thủ trưởng cơ quan", isDemoData: true })),
  });
}
