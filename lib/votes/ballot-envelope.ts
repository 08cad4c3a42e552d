import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * The sealed envelope of an open vote's ballot (docs/decisions/0006-ballot-secrecy.md): the
 * choices encrypted with AES-256-GCM under a key derived (HKDF-SHA256) from the app's secret and
 * the vote's id, the vote's id bound as associated data so an envelope cannot be moved to another
 * vote. Every envelope of one vote has the same length, blank or four marks, because the
 * plaintext is padded to the longest ballot the vote allows; the length would otherwise tell a
 * database reader how many candidates a voter marked.
 */
export interface BallotContent {
  isBlank: boolean;
  choices: string[];
}

const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFor(secret: string, voteId: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "khoi-thi-dua/hom-phieu", voteId, 32));
}

/** The padded plaintext length: the JSON of a ballot marking every candidate, whatever is marked. */
function plaintextLength(candidateIds: readonly string[]): number {
  return Buffer.byteLength(JSON.stringify({ b: false, c: candidateIds }));
}

export function sealBallot(secret: string, voteId: string, candidateIds: readonly string[], ballot: BallotContent): Uint8Array<ArrayBuffer> {
  const json = Buffer.from(JSON.stringify({ b: ballot.isBlank, c: ballot.choices }));
  const plain = Buffer.alloc(plaintextLength(candidateIds), 0x20);
  if (json.length > plain.length) throw new Error("sealBallot: the ballot names more than the vote's candidates");
  json.copy(plain);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret, voteId), iv);
  cipher.setAAD(Buffer.from(voteId));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  // A plain Uint8Array over its own ArrayBuffer: what Prisma takes for a Bytes column.
  return new Uint8Array(Buffer.concat([Buffer.from([FORMAT]), iv, cipher.getAuthTag(), body]));
}

/** The ballot inside, or null when the envelope was not sealed for this vote with this secret. */
export function openEnvelope(secret: string, voteId: string, envelope: Uint8Array): BallotContent | null {
  const bytes = Buffer.from(envelope);
  if (bytes.length <= 1 + IV_BYTES + TAG_BYTES || bytes[0] !== FORMAT) return null;
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret, voteId), iv);
    decipher.setAAD(Buffer.from(voteId));
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    const parsed = JSON.parse(plain.toString("utf8").trimEnd()) as { b: unknown; c: unknown };
    if (typeof parsed.b !== "boolean" || !Array.isArray(parsed.c) || !parsed.c.every((c) => typeof c === "string")) return null;
    return { isBlank: parsed.b, choices: parsed.c as string[] };
  } catch {
    return null;
  }
}
