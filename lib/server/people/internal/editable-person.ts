import "server-only";
import type { Principal } from "@/lib/domain/roles";
import { isoDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { blocMembers, importsPeopleOf } from "./people-scope";

type Client = Prisma.TransactionClient;

export const PERSON_NOT_FOUND = "Không tìm thấy cá nhân này trong các cơ quan thành viên của khối năm nay.";
export const STALE_PERSON = "Thông tin cá nhân đã được người khác cập nhật. Trang đã tải lại dữ liệu mới nhất, vui lòng xem lại.";

const PERSON_SELECT = {
  id: true,
  name: true,
  birthYear: true,
  version: true,
  agencies: {
    select: { id: true, agencyId: true, position: true, fromOn: true, toOn: true, agency: { select: { name: true } } },
    orderBy: [{ fromOn: "asc" }, { createdAt: "asc" }],
  },
} as const satisfies Prisma.PersonSelect;

export type EditablePersonRow = Prisma.PersonGetPayload<{ select: typeof PERSON_SELECT }>;

export async function loadPerson(client: Client, personId: string): Promise<EditablePersonRow | null> {
  return client.person.findUnique({ where: { id: personId }, select: PERSON_SELECT });
}

/**
 * A person as the people use cases edit them (docs/decisions/0041): found through the bloc-year's
 * member agencies (NOT_FOUND when linked to none), with the member agencies whose people the user
 * edits and the scope to authorize — the first of the person's agencies the user edits, else their
 * first member agency, so `authorize` answers FORBIDDEN to everyone else. Checks nothing itself.
 * Its two reads run together: pass the client, never a transaction.
 */
export async function loadEditablePerson(client: Client, user: Principal, blocId: string, year: number, personId: string) {
  const [list, person] = await Promise.all([blocMembers(client, blocId, year), loadPerson(client, personId)]);
  const members = new Map(list.map((m) => [m.id, m.name]));
  const theirs = person?.agencies.filter((a) => members.has(a.agencyId)) ?? [];
  if (!person || theirs.length === 0) throw new AppError("NOT_FOUND", PERSON_NOT_FOUND);
  const editable = new Set(list.filter((m) => importsPeopleOf(user, blocId, m.id)).map((m) => m.id));
  const scopeAgency = (theirs.find((a) => editable.has(a.agencyId)) ?? theirs[0]!).agencyId;
  return { person, members, editable, scope: { blocId, agencyId: scopeAgency } };
}

/** What the audit keeps of a person: name, birth year and periods as stored. */
export function personSnapshot(p: EditablePersonRow) {
  return {
    name: p.name,
    birthYear: p.birthYear,
    version: p.version,
    periods: p.agencies.map((a) => ({
      agencyId: a.agencyId,
      agencyName: a.agency.name,
      position: a.position,
      fromOn: a.fromOn ? isoDay(a.fromOn) : null,
      toOn: a.toOn ? isoDay(a.toOn) : null,
    })),
  };
}
