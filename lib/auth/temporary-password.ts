import { randomInt } from "node:crypto";
import { passwordProblems } from "@/lib/domain/password-policy";

// No look-alikes (0/O, 1/l/I), so the password survives being read aloud or copied by hand.
const LOWER = "abcdefghijkmnpqrstuvwxyz";
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!;

/**
 * A temporary password from the system's random source, readable: three
 * groups of four joined by "-" (e.g. "Kfmq-7Rtw-b3Xp"), ~65 bits. Every group
 * has an upper-case letter, a lower-case letter and a digit; the dashes are
 * the symbol. Checked against the password rule (lib/domain/password-policy.ts)
 * and redrawn in the rare case it fails (a common word, the account's name).
 */
export function generateTemporaryPassword(account: { email?: string; name?: string } = {}): string {
  for (;;) {
    const groups = Array.from({ length: 3 }, () => {
      const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(LOWER + UPPER + DIGITS)];
      // Fisher–Yates with the same random source, so the kinds do not sit at fixed places.
      for (let i = chars.length - 1; i > 0; i--) {
        const j = randomInt(i + 1);
        [chars[i], chars[j]] = [chars[j]!, chars[i]!];
      }
      return chars.join("");
    });
    const password = groups.join("-");
    if (passwordProblems(password, account).length === 0) return password;
  }
}
