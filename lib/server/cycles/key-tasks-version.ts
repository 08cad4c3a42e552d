import "server-only";
import { createHash } from "node:crypto";

/**
 * AgencyKeyTask has no version column: an agency's list is versioned by its
 * content. The form carries the fingerprint of the list it showed, and a save
 * over a list that has changed since is refused.
 */
export function keyTasksVersion(texts: readonly string[]): string {
  return createHash("sha256").update(JSON.stringify(texts)).digest("hex").slice(0, 32);
}
