import { describe, expect, test } from "vitest";
import { isHttpsUrl, strictTransportSecurity } from "./secure-transport";

describe("isHttpsUrl: the public URL (NEXTAUTH_URL) is served over https", () => {
  test.each<[string | undefined, boolean]>([
    ["https://thidua.example.vn", true],
    ["https://thidua.example.vn/", true],
    ["HTTPS://thidua.example.vn", true],
    ["http://localhost:3000", false],
    ["http://thidua.example.vn", false],
    ["", false],
    [undefined, false],
    ["không-phải-url", false],
  ])("%s → %s", (url, expected) => {
    expect(isHttpsUrl(url)).toBe(expected);
  });
});

describe("strictTransportSecurity", () => {
  test("a year, subdomains included, when the public URL is https", () => {
    expect(strictTransportSecurity("https://thidua.example.vn")).toBe("max-age=31536000; includeSubDomains");
  });

  test.each([["http://localhost:3000"], [undefined]])("none for %s: a browser must still reach plain http there", (url) => {
    expect(strictTransportSecurity(url)).toBeNull();
  });
});
