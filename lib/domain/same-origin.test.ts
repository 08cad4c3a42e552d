import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const URL_ = "http://app.local/api/upload";
const check = (headers: Record<string, string>) => isSameOriginRequest(new Headers(headers), URL_);

describe("isSameOriginRequest", () => {
  it.each<[string, Record<string, string>, boolean]>([
    ["the page's own origin", { origin: "http://app.local", host: "app.local" }, true],
    ["the host of the address when no Host header is given", { origin: "http://app.local" }, true],
    [
      "behind a reverse proxy: the forwarded host",
      { origin: "https://thidua.example.vn", host: "127.0.0.1:3000", "x-forwarded-host": "thidua.example.vn" },
      true,
    ],
    ["the browser says same-origin", { origin: "http://app.local", host: "app.local", "sec-fetch-site": "same-origin" }, true],
    ["no Origin", { host: "app.local" }, false],
    ["an opaque origin", { origin: "null", host: "app.local" }, false],
    ["another site", { origin: "http://evil.example", host: "app.local" }, false],
    ["another port", { origin: "http://app.local:8080", host: "app.local" }, false],
    ["a sibling subdomain", { origin: "http://x.app.local", host: "app.local" }, false],
    ["the browser says cross-site", { origin: "http://app.local", host: "app.local", "sec-fetch-site": "cross-site" }, false],
    ["the browser says same-site (another subdomain)", { origin: "http://app.local", host: "app.local", "sec-fetch-site": "same-site" }, false],
    ["a malformed Origin", { origin: "not a url", host: "app.local" }, false],
  ])("%s → %s", (_name, headers, ok) => {
    expect(check(headers)).toBe(ok);
  });
});
