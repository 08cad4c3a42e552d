import "server-only";
import { checkPersonPeriods, type PeriodDraft } from "@/lib/domain/people/person-periods";
import { isoDay } from "@/lib/format";
import type { EditPersonInput } from "@/lib/schemas/people";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadEditablePerson, loadPerson, personSnapshot, STALE_PERSON } from "./internal/editable-person";
import { PEOPLE_EDITORS_ONLY } from "./people-messages";

type FieldErrors = Record<string, string[]>;
const day = (d: Date | null) => (d ? isoDay(d) : null);

/**
 * "Sửa thông tin cá nhân" (docs/decisions/0041): a person's name, birth year and where they
 * worked, found through the bloc-year's member agencies. The bloc's secretary and chair edit any
 * member's people and their periods at member agencies; an agency's leader and officer their
 * own people and the periods at their own agency — periods elsewhere are kept as they are. The
 * periods must not overlap (lib/domain/people/person-periods). Nominations and role models keep
 * the name they were made with. Optimistic concurrency on Person.version; audited.
 */
export async function editPerson(input: EditPersonInput): Promise<{ version: number }> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId: input.blocId });
  const found = await loadEditablePerson(db(), user, input.blocId, input.year, input.personId);
  authorize(user, ["person:manage", "person:edit:own"], found.scope, { forbidden: PEOPLE_EDITORS_ONLY });
  const { person, editable, members } = found;

  const errors: FieldErrors = {};
  const byId = new Map(person.agencies.map((a) => [a.id, a]));
  for (const r of input.period) {
    const existing = r.id ? byId.get(r.id) : undefined;
    if (r.id && !existing) errors[`period.${r.row}.agencyId`] = ["Nơi công tác này không còn: vui lòng tải lại trang."];
    else if (existing && !editable.has(existing.agencyId))
      errors[`period.${r.row}.agencyId`] = [`Bạn không được sửa thời gian công tác tại ${existing.agency.name}.`];
    else if (!r.remove && (!r.agencyId || !editable.has(r.agencyId)))
      errors[`period.${r.row}.agencyId`] = [r.agencyId ? "Bạn không được ghi nơi công tác tại cơ quan này." : "Vui lòng chọn cơ quan."];
  }
  const sent = new Map(input.period.filter((r) => r.id).map((r) => [r.id!, r]));
  const name = (agencyId: string) => members.get(agencyId) ?? person.agencies.find((a) => a.agencyId === agencyId)?.agency.name ?? "";
  const after: (PeriodDraft & { agencyId: string })[] = [
    ...person.agencies
      .filter((a) => !sent.has(a.id))
      .map((a) => ({ row: null, agencyId: a.agencyId, agencyName: a.agency.name, fromOn: day(a.fromOn), toOn: day(a.toOn) })),
    ...input.period
      .filter((r) => !r.remove && r.agencyId)
      .map((r) => ({ row: r.row, agencyId: r.agencyId!, agencyName: name(r.agencyId!), fromOn: r.fromOn && isoDay(r.fromOn), toOn: r.toOn && isoDay(r.toOn) })),
  ];
  Object.assign(errors, checkPersonPeriods(after));
  if (!after.some((p) => members.has(p.agencyId))) errors._ = ["Cá nhân phải còn ít nhất một nơi công tác thuộc khối năm nay."];
  if (Object.keys(errors).length > 0) throw new AppError("INVALID_INPUT", errors._?.[0] ?? "Thông tin cá nhân chưa hợp lệ, chưa lưu.", errors);

  return db().$transaction(async (tx) => {
    const bumped = await tx.person.updateMany({
      where: { id: person.id, version: input.version },
      data: { name: input.name, birthYear: input.birthYear, version: { increment: 1 } },
    });
    if (bumped.count === 0) throw new AppError("CONFLICT", STALE_PERSON);
    for (const r of input.period) {
      const data = { agencyId: r.agencyId!, position: r.position, fromOn: r.fromOn, toOn: r.toOn };
      if (r.id && r.remove) await tx.personAgency.delete({ where: { id: r.id } });
      else if (r.id) await tx.personAgency.update({ where: { id: r.id }, data });
      else if (!r.remove) await tx.personAgency.create({ data: { ...data, personId: person.id } });
    }
    const saved = (await loadPerson(tx, person.id))!;
    await writeAudit(tx, {
      actorId: user.userId,
      action: "person.edit",
      entity: "Person",
      entityId: person.id,
      blocId: input.blocId,
      before: personSnapshot(person),
      after: personSnapshot(saved),
    });
    return { version: saved.version };
  });
}
