import { describe, expect, it } from "vitest";
import { BAD_ADDRESS_MESSAGE, BODY_TOO_LARGE_MESSAGE, MALFORMED_REQUEST_MESSAGE } from "@/lib/domain/request-refusals";
import { ACTION_BODY_LIMIT_BYTES, refuseMalformed } from "./request-guard";

const URL_ = "http://app.test/khoi/KTD/2026/dang-ky/giao-uoc";
const action = (body: BodyInit, contentType: string, extra: Record<string, string> = {}) =>
  new Request(URL_, { method: "POST", body, headers: { "Next-Action": "7f00aa", "Content-Type": contentType, ...extra } });

const multipart = (boundary: string) => [`--${boundary}`, 'Content-Disposition: form-data; name="title"', "", "Giao ước", `--${boundary}--`, ""].join("\r\n");

describe("refuseMalformed: what would otherwise be a raw 500", () => {
  it("lets a well-formed multipart action through", async () => {
    expect(await refuseMalformed(action(multipart("abc"), "multipart/form-data; boundary=abc"))).toBeNull();
  });

  it("lets a fetch action with JSON arguments through, and every GET", async () => {
    expect(await refuseMalformed(action('["$K1",{"a":1}]', "text/plain;charset=UTF-8"))).toBeNull();
    expect(await refuseMalformed(new Request(URL_))).toBeNull();
  });

  it.each([
    ["a boundary other than the body's", multipart("abc"), "multipart/form-data; boundary=xyz"],
    ["no boundary at all", multipart("abc"), "multipart/form-data"],
    ["a body cut short", multipart("abc").slice(0, 40), "multipart/form-data; boundary=abc"],
    ["a fetch action whose body is not JSON", "{not json", "text/plain;charset=UTF-8"],
    ["a fetch action with another content type", "{}", "application/json"],
  ])("refuses %s with 400 and a Vietnamese message", async (_name, body, type) => {
    expect(await refuseMalformed(action(body, type))).toEqual({ status: 400, message: MALFORMED_REQUEST_MESSAGE });
  });

  it("refuses a body over the limit by its declared length, before reading it", async () => {
    const req = action(multipart("abc"), "multipart/form-data; boundary=abc", { "Content-Length": String(ACTION_BODY_LIMIT_BYTES + 1) });
    expect(await refuseMalformed(req)).toEqual({ status: 413, message: BODY_TOO_LARGE_MESSAGE });
  });

  it.each([["/khoi/%00/2026"], ["/khoi/KTD/2026?q=a%00b"], ["/khoi/KTD%1b/2026"]])("refuses control characters in the address %s", async (path) => {
    expect(await refuseMalformed(new Request(`http://app.test${path}`))).toEqual({ status: 400, message: BAD_ADDRESS_MESSAGE });
  });

  it("leaves non-action POSTs (route handlers parse their own) alone", async () => {
    expect(
      await refuseMalformed(
        new Request("http://app.test/api/auth/callback/credentials", {
          method: "POST",
          body: "x=%",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
        }),
      ),
    ).toBeNull();
  });
});
