import crypto from "node:crypto";

/** A uniformly shuffled copy (Fisher–Yates on a cryptographic source): the order says nothing. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = crypto.randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
