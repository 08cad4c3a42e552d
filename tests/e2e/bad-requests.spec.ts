import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

/**
 * What a raw 500 used to answer, sent to the production server as an
 * attacker or a broken client would: each gets a clear Vietnamese 400/413
 * instead (docs/decisions/0014). The bodies go to a real action of a public
 * page (the password-reset form), found in the build's action manifest: an
 * unknown action id Next already refuses by itself. Plus the health probes.
 */
function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const id = Object.entries(manifest.node).find(([, a]) => a.filename === file && a.exportedName === name)?.[0];
  if (!id) throw new Error(`${file}#${name} is not in the build's action manifest`);
  return id;
}
const RESET_PAGE = "/dat-lai-mat-khau/khong-phai-ma-that";
const ACTION = { "Next-Action": actionId("app/(auth)/dat-lai-mat-khau/[token]/actions.ts", "resetPasswordAction") };
const MALFORMED = "Yêu cầu không hợp lệ (dữ liệu gửi lên bị lỗi hoặc không đầy đủ). Vui lòng tải lại trang và thử lại.";
const multipart = (boundary: string) => [`--${boundary}`, 'Content-Disposition: form-data; name="email"', "", "a@b.vn", `--${boundary}--`, ""].join("\r\n");

test("health: liveness and readiness answer without signing in", async ({ request }) => {
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });
  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ready" });
});

for (const [name, contentType, body] of [
  ["a boundary other than the body's", "multipart/form-data; boundary=xyz", multipart("abc")],
  ["no boundary", "multipart/form-data", multipart("abc")],
  ["a body cut short", "multipart/form-data; boundary=abc", multipart("abc").slice(0, 45)],
  ["a fetch-action body that is not JSON", "text/plain;charset=UTF-8", "{oops"],
] as const) {
  test(`an action body with ${name} gets 400 with a Vietnamese message`, async ({ request }) => {
    const res = await request.post(RESET_PAGE, { headers: { ...ACTION, "Content-Type": contentType }, data: body });
    expect(res.status()).toBe(400);
    expect(res.headers()["content-type"]).toBe("text/plain");
    expect(await res.text()).toBe(MALFORMED);
  });
}

test("an action body over the 52 MB limit gets 413", async ({ request }) => {
  const big = Buffer.alloc(53 * 1024 * 1024, 0x61);
  const res = await request.post(RESET_PAGE, { headers: { ...ACTION, "Content-Type": "multipart/form-data; boundary=abc" }, data: big });
  expect(res.status()).toBe(413);
  expect(await res.text()).toMatch(/quá lớn/);
});

test("a NUL in the address gets a 400 page in Vietnamese, not a 500", async ({ page, signIn }) => {
  // Reads the seeded Kon Tum bloc only.
  await signIn("thuky.kontum@thiduakhoi.vn");
  await expect(page).toHaveURL(/\/khoi\//);
  // The bloc page looks its code up in the database, which refuses NUL.
  const res = await page.request.get("/khoi/KT-CQD%00/2024");
  expect(res.status()).toBe(400);
  expect(await res.text()).toContain("Địa chỉ trang không hợp lệ.");
});
