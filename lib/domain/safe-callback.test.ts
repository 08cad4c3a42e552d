import { describe, expect, test } from "vitest";
import { safeCallback } from "./safe-callback";

const ORIGIN = "https://thidua.example.vn";

describe("safeCallback keeps paths of this site", () => {
  test.each<[string, string]>([
    ["/", "/"],
    ["/khoi/KT-CQD/2024", "/khoi/KT-CQD/2024"],
    ["/khoi?nam=2024#diem", "/khoi?nam=2024#diem"],
    ["/quan-tri/tai-khoan?q=nguy%E1%BB%85n", "/quan-tri/tai-khoan?q=nguy%E1%BB%85n"],
    // An encoded slash or backslash stays encoded: browsers never read it as a separator.
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    // Dot segments are resolved, never above the root.
    ["/a/../../b", "/b"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallback(input)).toBe(expected);
  });

  test("an absolute URL of this origin becomes its path when the origin is given", () => {
    expect(safeCallback(`${ORIGIN}/khoi/KT-CQD/2024?x=1#y`, ORIGIN)).toBe("/khoi/KT-CQD/2024?x=1#y");
  });
});

describe("safeCallback refuses anything that could leave the site", () => {
  test.each<[string, unknown]>([
    // Browsers read "\" as "/": "/\evil.example" is "//evil.example".
    ["a backslash after the slash", "/\\evil.example"],
    ["a backslash then a slash", "/\\/evil.example"],
    ["a backslash anywhere", "/khoi\\..\\..\\evil"],
    ["a tab, which browsers drop", "/\t/evil.example"],
    ["a newline", "/\n/evil.example"],
    ["a carriage return", "/\r/evil.example"],
    ["a NUL", "/\u0000/evil.example"],
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with three slashes", "///evil.example"],
    ["protocol-relative after leading spaces", "  //evil.example"],
    ["an absolute URL to another site", "https://evil.example/khoi"],
    ["an absolute URL to this site when no origin is given", `${ORIGIN}/khoi`],
    ["a scheme without slashes", "https:evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["a path that resolves to two leading slashes", "/.//evil.example"],
    ["an empty string", ""],
    ["missing", undefined],
    ["a repeated query parameter (an array)", ["/khoi", "//evil.example"]],
  ])("%s → /", (_name, input) => {
    expect(safeCallback(input)).toBe("/");
  });

  test.each<[string, string]>([
    ["another origin", "https://evil.example/khoi"],
    ["the same host over http", "http://thidua.example.vn/khoi"],
    ["another port", "https://thidua.example.vn:8443/khoi"],
    ["a look-alike host", "https://thidua.example.vn.evil.example/khoi"],
    ["user info that hides another host", "https://thidua.example.vn@evil.example/khoi"],
  ])("with the origin given, %s → /", (_name, input) => {
    expect(safeCallback(input, ORIGIN)).toBe("/");
  });
});
