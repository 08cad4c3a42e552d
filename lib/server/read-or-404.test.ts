import { describe, expect, it } from "vitest";
import { AppError } from "./errors";
import { readOr404 } from "./read-or-404";

// next/navigation's notFound() throws an error whose digest names the 404.
async function digestOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as { digest?: string }).digest ?? String(e);
  }
}

describe("readOr404", () => {
  it("passes a successful read through", async () => {
    await expect(readOr404(Promise.resolve(7))).resolves.toBe(7);
  });

  it("turns NOT_FOUND into the not-found page unless the page says what to show", async () => {
    expect(await digestOf(readOr404(Promise.reject(new AppError("NOT_FOUND", "Không có"))))).toMatch(/404/);
    await expect(readOr404(Promise.reject(new AppError("NOT_FOUND", "Không có")), { missing: (m) => ({ missing: m }) })).resolves.toEqual({
      missing: "Không có",
    });
  });

  it("lets a refusal through, hides it as a 404, or shows what the page makes of it", async () => {
    await expect(readOr404(Promise.reject(new AppError("FORBIDDEN", "Chỉ Trưởng khối")))).rejects.toThrow("Chỉ Trưởng khối");
    expect(await digestOf(readOr404(Promise.reject(new AppError("FORBIDDEN", "x")), { forbidden: "404" }))).toMatch(/404/);
    await expect(readOr404(Promise.reject(new AppError("FORBIDDEN", "Chỉ Trưởng khối")), { forbidden: (m) => ({ refused: m }) })).resolves.toEqual({
      refused: "Chỉ Trưởng khối",
    });
  });

  it("lets any other error through", async () => {
    await expect(readOr404(Promise.reject(new Error("hỏng")), { missing: () => null, forbidden: () => null })).rejects.toThrow("hỏng");
  });
});
