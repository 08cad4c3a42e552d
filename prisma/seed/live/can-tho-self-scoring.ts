// Cần Thơ's live year is in self-scoring (docs/decisions/0005): two agencies have submitted,
// Ban Tổ chức has filled part of its sheet, Văn phòng and Ban Tuyên giáo và Dân vận have not
// started — so lanhdao.btc.cantho can finish a draft and canbo.vp.cantho can start from nothing.
// DEMO: every score.
import { CAN_THO_BLOC } from "../can-tho";
import type { Tx } from "../util";
import { addDays } from "./calendar";
import { demoEmail, loadLiveCycle, loadLockedTable, phaseOf, userIds } from "./context";
import { seedSheet } from "./sheets";

export async function seedCanThoSelfScoring(tx: Tx): Promise<void> {
  const cycle = await loadLiveCycle(tx, CAN_THO_BLOC);
  const table = await loadLockedTable(tx, cycle);
  if (!table) return;
  const u = await userIds(tx, ["lanhdao.bnc.cantho", "canbo.bnc.cantho", "lanhdao.ubkt.cantho", "canbo.ubkt.cantho", "canbo.btc.cantho"].map(demoEmail));
  const user = (local: string) => u.get(demoEmail(local))!;
  const opens = phaseOf(cycle, "SELF_SCORING").opensOn;

  await seedSheet(tx, cycle, table, {
    agency: "CT-BNC",
    profile: "XUAT_SAC",
    n: 0,
    state: "SUBMITTED",
    savedBy: user("canbo.bnc.cantho"),
    submittedBy: user("lanhdao.bnc.cantho"),
    submittedOn: addDays(opens, 6),
  });
  await seedSheet(tx, cycle, table, {
    agency: "CT-UBKT",
    profile: "TOT",
    n: 1,
    state: "SUBMITTED",
    savedBy: user("canbo.ubkt.cantho"),
    submittedBy: user("lanhdao.ubkt.cantho"),
    submittedOn: addDays(opens, 9),
  });
  // Half done: groups I and II typed, the rest still empty, nothing submitted.
  await seedSheet(tx, cycle, table, { agency: "CT-BTC", profile: "TOT", n: 2, state: "DRAFT", groups: ["I", "II"], savedBy: user("canbo.btc.cantho") });
}
