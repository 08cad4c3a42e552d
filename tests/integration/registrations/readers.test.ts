import { beforeEach, describe, expect, it, vi } from "vitest";
import { findRegistrations } from "@/lib/server/registrations/find-registrations";
import { getRegistration } from "@/lib/server/registrations/get-registration";
import { saveRegistration } from "@/lib/server/registrations/save-registration";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, input, world, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

// Who may open BTG's registration page of bloc A, and what they may do there.
const GET_OUTCOMES: [Who, "NOT_FOUND" | { canEdit: boolean; canSubmit: boolean; canReview: boolean }][] = [
  ["AGENCY_LEADER", { canEdit: true, canSubmit: true, canReview: false }],
  ["AGENCY_OFFICER", { canEdit: true, canSubmit: false, canReview: false }],
  ["SECRETARY", { canEdit: false, canSubmit: false, canReview: true }],
  ["CHAIR", { canEdit: false, canSubmit: false, canReview: true }],
  ["ADMIN", { canEdit: false, canSubmit: false, canReview: false }],
  ["OBSERVER", "NOT_FOUND"],
  ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
  ["OTHER_AGENCY_OFFICER", "NOT_FOUND"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("getRegistration", () => {
  beforeEach(() => signInAs(null));

  it.each(GET_OUTCOMES)("%s → %j", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const p = getRegistration(w.blocA.id, 2026, w.btg.code);
    if (outcome === "NOT_FOUND") await expectRefused(p, "NOT_FOUND");
    else expect((await p).actor).toEqual(outcome);
  });

  it("gives the saved registration, who changed it last, and only the year's collective titles in catalogue order", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveRegistration(input(w, { titleIds: [w.titles.ttldxs.id, w.titles.flag.id] }));
    signInAs(w.users.SECRETARY);
    const data = await getRegistration(w.blocA.id, 2026, w.btg.code);
    expect(data.agency).toEqual({ id: w.btg.id, code: w.btg.code, name: "Ban Tuyên giáo Tỉnh ủy" });
    expect(data.cycleId).toBe(w.cycleA.id);
    expect(data.catalogue.map((t) => t.code)).toEqual(["CO_TINH", "TTLDXS"]);
    expect(data.registration).toMatchObject({
      status: "DRAFT",
      version: 1,
      titles: [{ code: "CO_TINH" }, { code: "TTLDXS" }],
      targets: [
        { order: 1, text: "≥ 90% cán bộ đạt Lao động tiên tiến", kind: "PERCENT", value: 90, comparator: "AT_LEAST" },
        { order: 2, kind: "TEXT", value: null, comparator: "EXACTLY" },
      ],
    });
    expect(data.lastChangedBy).toBe("Nguyễn Minh Châu");
  });

  it("gives no registration before the agency saves one", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    expect(await getRegistration(w.blocA.id, 2026, w.btg.code)).toMatchObject({ registration: null, lastChangedBy: null });
  });

  it.each([
    ["an agency of another bloc", "outsider"],
    ["an unknown agency code", "nope"],
  ] as const)("is not found for %s, even for the secretary", async (_name, which) => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await expectRefused(getRegistration(w.blocA.id, 2026, which === "outsider" ? w.outsider.code : "KHONG-CO"), "NOT_FOUND");
  });

  it("is not found for a year the agency is not a member", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    await expectRefused(getRegistration(w.blocA.id, 2025, w.btg.code), "NOT_FOUND");
  });
});

describe("findRegistrations", () => {
  beforeEach(() => signInAs(null));

  it("gives the secretary every member with status, number of targets and version", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveRegistration(input(w));
    signInAs(w.users.SECRETARY);
    const overview = await findRegistrations(w.blocA.id, 2026);
    expect(overview.scope).toBe("ALL");
    expect(overview.rows.map((r) => [r.agencyCode, r.status, r.targetCount, r.version, r.registrationId])).toEqual([
      [w.bdv.code, null, 0, 0, null],
      [w.btg.code, "DRAFT", 2, 1, id],
    ]);
  });

  it("gives an agency's officer only its own agency", async () => {
    const w = await world();
    signInAs(w.users.OTHER_AGENCY_OFFICER);
    const overview = await findRegistrations(w.blocA.id, 2026);
    expect(overview).toMatchObject({ scope: "OWN", rows: [{ agencyId: w.bdv.id }] });
  });
});
