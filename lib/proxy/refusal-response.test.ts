import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_MESSAGE, refusalShownToUser, RETRY_AFTER_SECONDS } from "@/lib/domain/request-refusals";
import { refusalResponse } from "./refusal-response";

describe("refusalResponse: one refusal in the form each caller reads", () => {
  it("answers a server action with exactly text/plain, which Next's client throws as the message", async () => {
    const res = refusalResponse(new Request("http://app.test/khoi", { method: "POST", headers: { "Next-Action": "1" } }), 503, DATABASE_UNAVAILABLE_MESSAGE);
    expect(res.status).toBe(503);
    expect(res.headers.get("Content-Type")).toBe("text/plain");
    expect(res.headers.get("Retry-After")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await res.text()).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(refusalShownToUser(DATABASE_UNAVAILABLE_MESSAGE)).toBe(DATABASE_UNAVAILABLE_MESSAGE);
  });

  it("answers a download with JSON, as the routes do", async () => {
    const res = refusalResponse(new Request("http://app.test/api/khoi/A/2026/ket-qua/xlsx"), 503, DATABASE_UNAVAILABLE_MESSAGE);
    expect(await res.json()).toEqual({ code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE });
  });

  it("answers a page with a Vietnamese HTML page, escaped", async () => {
    const res = refusalResponse(new Request("http://app.test/khoi/A/2026"), 400, "a <b> & c");
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("Retry-After")).toBeNull();
    const html = await res.text();
    expect(html).toContain('lang="vi"');
    expect(html).toContain("a &lt;b&gt; &amp; c");
  });

  it("shows no other message verbatim on the error page", () => {
    expect(refusalShownToUser("TypeError: cannot read properties of undefined")).toBeNull();
    expect(refusalShownToUser(undefined)).toBeNull();
  });
});
