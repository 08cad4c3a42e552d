import path from "node:path";
import { describe, expect, it } from "vitest";
import { PGLITE_PLACEHOLDER_URL, resolveDatabaseTarget } from "@/lib/db/target";

// Pure: each case passes its own env, so the integration database settings of
// this worker do not leak in.
describe("resolveDatabaseTarget", () => {
  it("uses embedded PGlite in .data/pglite when DATABASE_URL is unset or empty", () => {
    const expected = { kind: "pglite", dataDir: path.resolve(".data/pglite") };
    expect(resolveDatabaseTarget({})).toEqual(expected);
    expect(resolveDatabaseTarget({ DATABASE_URL: "" })).toEqual(expected);
    expect(resolveDatabaseTarget({ DATABASE_URL: "   " })).toEqual(expected);
  });

  it("never takes the CLI placeholder URL for a server", () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: PGLITE_PLACEHOLDER_URL })).toEqual({
      kind: "pglite",
      dataDir: path.resolve(".data/pglite"),
    });
  });

  it("honours PGLITE_DATA_DIR, including an in-memory database", () => {
    expect(resolveDatabaseTarget({ PGLITE_DATA_DIR: "/tmp/khoi-x" })).toEqual({ kind: "pglite", dataDir: "/tmp/khoi-x" });
    expect(resolveDatabaseTarget({ PGLITE_DATA_DIR: "memory://" })).toEqual({ kind: "pglite", dataDir: "memory://" });
  });

  it("uses the Postgres server a postgres:// or postgresql:// URL names", () => {
    for (const url of ["postgresql://postgres@127.0.0.1:5432/khoi_dev", "postgres://u:p@db.example:6543/khoi?sslmode=require"]) {
      expect(resolveDatabaseTarget({ DATABASE_URL: url, PGLITE_DATA_DIR: "/ignored" })).toEqual({ kind: "postgres", url });
    }
  });

  it("rejects a malformed URL with a message in Vietnamese", () => {
    for (const url of ["mysql://root@localhost/khoi", "localhost:5432/khoi", "khoi_dev"]) {
      expect(() => resolveDatabaseTarget({ DATABASE_URL: url })).toThrow(/Cấu hình cơ sở dữ liệu không hợp lệ.*postgresql:\/\//);
    }
  });
});
