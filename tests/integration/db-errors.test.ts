import { describe, expect, it } from "vitest";
import { isCheckViolation, isOverlapViolation, isUniqueViolation } from "@/lib/server/db-errors";
import { makeAgency, makeBloc, makeMembership } from "../factories";
import { testDb } from "./setup/db";

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected the database to refuse");
}

// The same refusal must be recognised on PGlite and on the Postgres server.
describe("database refusals are recognised on either database", () => {
  it("a duplicate membership is a unique violation, not an overlap or check", async () => {
    const db = testDb();
    const [bloc, agency] = await Promise.all([makeBloc(db), makeAgency(db)]);
    await makeMembership(db, { blocId: bloc.id, agencyId: agency.id, year: 2026 });
    const e = await caught(makeMembership(db, { blocId: bloc.id, agencyId: agency.id, year: 2026 }));
    expect([isUniqueViolation(e), isOverlapViolation(e), isCheckViolation(e)]).toEqual([true, false, false]);
  });

  it("overlapping officer terms are an overlap violation", async () => {
    const db = testDb();
    const [bloc, a1, a2] = await Promise.all([makeBloc(db), makeAgency(db), makeAgency(db)]);
    const term = (agencyId: string, from: string, to: string) =>
      db.officerTerm.create({ data: { blocId: bloc.id, agencyId, role: "HEAD", method: "ELECTED", startsOn: new Date(from), endsOn: new Date(to) } });
    await term(a1.id, "2026-01-01", "2026-12-31");
    const e = await caught(term(a2.id, "2026-06-01", "2027-05-31"));
    expect([isOverlapViolation(e), isUniqueViolation(e)]).toEqual([true, false]);
  });

  it("a membership year out of range is a check violation", async () => {
    const db = testDb();
    const [bloc, agency] = await Promise.all([makeBloc(db), makeAgency(db)]);
    const e = await caught(makeMembership(db, { blocId: bloc.id, agencyId: agency.id, year: 1800 }));
    expect([isCheckViolation(e), isUniqueViolation(e)]).toEqual([true, false]);
  });
});
