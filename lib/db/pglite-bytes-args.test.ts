import { describe, expect, it } from "vitest";
import { decodedBytesArgs } from "./pglite-bytes-args";

describe("decodedBytesArgs", () => {
  it("turns a base64 Bytes argument into the bytes it names, leaving the others alone", () => {
    const bytes = Buffer.from([1, 0, 255, 32]);
    const query = {
      args: ["vote-1", bytes.toString("base64"), 3],
      argTypes: [{ scalarType: "string" }, { scalarType: "bytes" }, { scalarType: "int" }],
    };
    const decoded = decodedBytesArgs(query);
    expect(decoded.args[0]).toBe("vote-1");
    expect(Buffer.isBuffer(decoded.args[1])).toBe(true);
    expect([...(decoded.args[1] as Buffer)]).toEqual([1, 0, 255, 32]);
    expect(decoded.args[2]).toBe(3);
    // The caller's query is not changed in place.
    expect(query.args[1]).toBe(bytes.toString("base64"));
  });

  it("takes a list of byte values too, and returns a query without Bytes as it was", () => {
    expect([...(decodedBytesArgs({ args: [[7, 8]], argTypes: [{ scalarType: "bytes" }] }).args[0] as Buffer)]).toEqual([7, 8]);
    const plain = { args: ["a"], argTypes: [{ scalarType: "string" }] };
    expect(decodedBytesArgs(plain)).toBe(plain);
  });
});
