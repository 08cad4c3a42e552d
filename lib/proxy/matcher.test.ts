import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";

const runs = (url: string, method = "GET") => unstable_doesMiddlewareMatch({ config, url, headers: { method } });

describe("the proxy's matcher", () => {
  it.each([
    "/",
    "/login",
    "/khoi/KT-CQD/2026/cham-diem/tu-cham",
    "/api/files/abc",
    "/api/khoi/KT-CQD/2026/tu-cham/BTG/docx",
    // Only the upload route itself is left out, not what merely starts like it.
    "/api/khoi/KT-CQD/2026/tu-cham/BTG/minh-chung/x",
    "/api/khoi/KT-CQD/2026/tu-cham/BTG/minh-chung-khac",
    "/api/khoi/KT-CQD/2026/cham-cheo/BTG/minh-chung",
  ])("runs for %s", (url) => {
    expect(runs(url)).toBe(true);
  });

  it.each(["/api/khoi/KT-CQD/2026/tu-cham/BTG/minh-chung", "/api/khoi/KT-CQD/2026/tu-cham/BTG/minh-chung?criterionId=x&version=1", "/_next/static/chunk.js"])(
    "does not run for %s",
    (url) => {
      expect(runs(url)).toBe(false);
    },
  );
});
