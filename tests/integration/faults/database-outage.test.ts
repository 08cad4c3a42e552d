import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { GET as pledgeDocx } from "@/app/api/khoi/[bloc]/[year]/giao-uoc/[version]/docx/route";
import { closeDb } from "@/lib/db/client";
import { resetReachability } from "@/lib/db/reachability";
import { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_SECONDS } from "@/lib/domain/request-refusals";
import { runAction } from "@/lib/server/run-action";
import { savePledgeDraft } from "@/lib/server/pledges/save-pledge-draft";
import { proxy } from "@/proxy";
import { draftInput, world } from "../pledges/world";
import { signInAs } from "../setup/current-user-stub";
import { startFaultProxy, type FaultProxy } from "../setup/tcp-fault-proxy";
import { NEEDS_POSTGRES, onPostgres, pledgeFootprint } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/**
 * The database goes away for a few seconds (every connection cut, new ones
 * refused) while the app keeps running, then comes back. Pages, actions and
 * downloads answer 503 / the outage message with Retry-After, the health
 * probes tell liveness from readiness, nothing is half-written, and the same
 * process serves again once the database is back: no restart.
 */
const save = (w: Awaited<ReturnType<typeof world>>) => runAction(() => savePledgeDraft(draftInput(w)), { success: "Đã lưu dự thảo giao ước." });
const docx = (w: Awaited<ReturnType<typeof world>>) =>
  pledgeDocx(new Request("http://test.local/"), { params: Promise.resolve({ bloc: w.blocA.code, year: String(w.year), version: "1" }) });
const page = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) => proxy(new NextRequest(`http://test.local${path}`, init));

async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!onPostgres())(`the database stopped for seconds (${NEEDS_POSTGRES})`, () => {
  let fault: FaultProxy;
  let realUrl: string;

  beforeAll(async () => {
    realUrl = process.env.DATABASE_URL!;
    fault = await startFaultProxy(realUrl);
  });

  afterAll(async () => {
    await closeDb();
    await resetReachability();
    process.env.DATABASE_URL = realUrl;
    await fault.close();
  });

  it("answers 503 with the outage message everywhere, writes nothing, and recovers by itself", async () => {
    const w = await world(); // built on the real server; the app now goes through the relay
    await closeDb();
    await resetReachability();
    process.env.DATABASE_URL = fault.url;
    signInAs(w.users.SECRETARY);
    expect((await ready()).status).toBe(200);

    await fault.cut();
    const down = Date.now();

    expect(await save(w)).toEqual({ ok: false, message: DATABASE_UNAVAILABLE_MESSAGE, fieldErrors: undefined });

    const file = await docx(w);
    expect(file.status).toBe(503);
    expect(file.headers.get("Retry-After")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await file.json()).toEqual({ code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE });

    const html = await page("/login");
    expect(html.status).toBe(503);
    expect(html.headers.get("Retry-After")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await html.text()).toContain(DATABASE_UNAVAILABLE_MESSAGE);

    const action = await page("/login", { method: "POST", body: '["$K1"]', headers: { "Next-Action": "7f00aa", "Content-Type": "text/plain;charset=UTF-8" } });
    expect(action.status).toBe(503);
    expect(action.headers.get("Content-Type")).toBe("text/plain");
    expect(await action.text()).toBe(DATABASE_UNAVAILABLE_MESSAGE);

    const readiness = await ready();
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toMatchObject({ status: "unavailable", reason: "DATABASE_UNREACHABLE" });
    expect((await live()).status).toBe(200);

    // Down for a few seconds, as a restart of the server would be.
    await new Promise((r) => setTimeout(r, Math.max(0, 2000 - (Date.now() - down))));
    expect(await save(w)).toEqual({ ok: false, message: DATABASE_UNAVAILABLE_MESSAGE, fieldErrors: undefined });
    await fault.restore();

    expect(
      await eventually(
        () => save(w),
        (s) => s?.ok === true,
      ),
    ).toEqual({ ok: true, message: "Đã lưu dự thảo giao ước." });
    expect(await pledgeFootprint()).toEqual({ pledges: 1, commitments: 2, audits: 1 });
    expect((await ready()).status).toBe(200);
    expect(
      (
        await eventually(
          () => page("/login"),
          (r) => r.status !== 503,
        )
      ).status,
    ).not.toBe(503);
  });
});
