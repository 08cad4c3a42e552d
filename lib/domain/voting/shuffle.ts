/**
 * A uniform random order (Fisher–Yates) of the opened ballots, so that the order they are written
 * in at closing tells nothing of the order they were cast in (docs/decisions/0006-ballot-secrecy.md).
 * `randomInt(n)` returns an integer in [0, n); the server passes node:crypto's, tests a fixed one.
 */
export function shuffled<T>(items: readonly T[], randomInt: (n: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
