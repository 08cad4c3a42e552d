import JSZip from "jszip";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/khoi/[bloc]/[year]/bo-phieu/[voteId]/docx/route";
import { castBallot } from "@/lib/server/votes/cast-ballot";
import { closeVote } from "@/lib/server/votes/close-vote";
import { openVote } from "@/lib/server/votes/open-vote";
import { signInAs } from "../setup/current-user-stub";
import { candidatesOf, draftVote, world, YEAR } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const get = (bloc: string, voteId: string) => GET(new Request("http://test/"), { params: Promise.resolve({ bloc, year: String(YEAR), voteId }) });

describe("GET /api/khoi/[bloc]/[year]/bo-phieu/[voteId]/docx", () => {
  beforeEach(() => signInAs(null));

  it("is sealed (409) while open, then gives the minutes with the totals; other blocs get 404", async () => {
    const w = await world();
    const voteId = await draftVote(w);
    signInAs(w.users.CHAIR);
    await openVote({ voteId });
    const [c1, c2] = await candidatesOf(voteId);
    for (const [i, leader] of w.leaders.slice(0, 5).entries()) {
      signInAs(leader);
      await castBallot({ voteId, agencyId: null, choices: [i < 4 ? c1!.id : c2!.id] });
    }
    signInAs(w.users.ADMIN);
    expect((await get(w.blocA.code, voteId)).status).toBe(409);
    signInAs(w.users.CHAIR);
    expect((await get(w.blocA.code, voteId)).status).toBe(409);
    await closeVote({ voteId });

    signInAs(w.users.LEADER);
    const res = await get(w.blocA.code, voteId);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("wordprocessingml");
    const xml = await (await JSZip.loadAsync(await res.arrayBuffer())).file("word/document.xml")!.async("string");
    expect(xml).toContain("BIÊN BẢN KIỂM PHIẾU");
    expect(xml).toContain("Số phiếu phát ra: 5; số phiếu thu về: 5");
    expect(xml).toContain(w.agencies[0]!.name);
    expect(xml).toContain("Lê Văn A");

    signInAs(w.users.OTHER_LEADER);
    expect((await get(w.blocA.code, voteId)).status).toBe(404);
    expect((await get(w.blocB.code, voteId)).status).toBe(404);
  });
});
