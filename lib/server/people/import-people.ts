import "server-only";
import { normCode, sortImportErrors } from "@/lib/domain/account-import";
import { checkXlsxUpload } from "@/lib/domain/criteria-import";
import { readPersonRows, resolvePersonRows } from "@/lib/domain/people/person-import";
import type { ImportPeopleInput } from "@/lib/schemas/people";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { stopIfChecking } from "@/lib/server/check-step";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import type { Step } from "@/lib/forms/step";
import { blocMembers, importScope, importsPeopleOf, knownTitles } from "./internal/people-scope";
import { PEOPLE_IMPORTERS_ONLY } from "./people-messages";
import { readPeopleXlsx } from "./people-workbook";

/** A refusal listing every problem; the page shows fieldErrors.file as a list. Nothing was written. */
function refuse(errors: readonly string[]): never {
  throw new AppError("INVALID_INPUT", `Tệp chưa hợp lệ (${errors.length} lỗi), chưa ghi dòng nào.`, { file: [...errors] });
}

export interface ImportPeopleResult {
  people: number;
  records: number;
  alreadyThere: number;
}

/**
 * "Nhập từ tệp .xlsx" (docs/decisions/0037): people's titles and awards of past years for the
 * bloc's member agencies of the year — any member for the secretary and chair, their own for an
 * agency's leader and officer. The file is checked by content and size, every row on its own
 * and against the database (lib/domain/people/person-import.ts); any problem refuses the whole
 * file, naming row and column. Otherwise the new people, their agency links, the records
 * (source "nhập từ tệp") and one audit row per person are written in one transaction.
 */
export async function importPeople(input: ImportPeopleInput, step: Step = "write"): Promise<ImportPeopleResult> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId: input.blocId });
  const client = db();
  const members = await blocMembers(client, input.blocId, input.year);
  authorize(user, ["person:manage", "person:edit:own"], importScope(user, input.blocId, members), { forbidden: PEOPLE_IMPORTERS_ONLY });

  const file = input.file;
  if (!file) refuse(["Vui lòng chọn tệp lịch sử khen thưởng cá nhân (.xlsx)."]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkXlsxUpload(bytes.byteLength, bytes.subarray(0, 8), "lịch sử khen thưởng cá nhân");
  if (!check.ok) refuse([check.message]);
  const book = await readPeopleXlsx(bytes);
  if (!book.ok) refuse([book.message]);
  const read = readPersonRows(book.rows, input.year);
  if (!read.letters || read.drafts.length === 0) refuse(read.errors);

  const agencies = new Map(members.map((m) => [normCode(m.code), { ...m, mayImport: importsPeopleOf(user, input.blocId, m.id) }]));
  const agencyIds = [...new Set(read.drafts.flatMap((d) => agencies.get(d.agencyCode)?.id ?? []))];
  const people = agencyIds.length
    ? await client.person.findMany({
        where: { agencies: { some: { agencyId: { in: agencyIds } } } },
        select: { id: true, name: true, birthYear: true, agencies: { select: { agencyId: true } } },
      })
    : [];
  const existing = people.length
    ? await client.personRecord.findMany({ where: { personId: { in: people.map((p) => p.id) } }, select: { personId: true, year: true, code: true } })
    : [];
  const resolved = resolvePersonRows(read.drafts, read.letters, {
    agencies,
    forms: (await knownTitles(client, input.blocId)).slice(),
    people: people.map((p) => ({ id: p.id, name: p.name, birthYear: p.birthYear, agencyIds: p.agencies.map((a) => a.agencyId) })),
    existing: new Set(existing.map((r) => `${r.personId}|${r.year}|${r.code}`)),
  });
  const errors = sortImportErrors([...read.errors, ...(resolved.ok ? [] : resolved.errors)]);
  if (errors.length > 0 || !resolved.ok) refuse(errors);
  const { plan } = resolved;
  stopIfChecking(step);

  const fileName = file.name
    .normalize("NFC")
    .replace(/[\u0000-\u001f]/g, "")
    .slice(0, 200);
  try {
    return await client.$transaction(
      async (tx) => {
        const idOf = new Map<string, string>();
        for (const p of plan.newPeople) {
          const created = await tx.person.create({
            data: { name: p.name, birthYear: p.birthYear, agencies: { create: { agencyId: p.agencyId } } },
            select: { id: true },
          });
          idOf.set(p.key, created.id);
        }
        const rows = plan.records.map((r) => ({
          personId: r.person.kind === "EXISTING" ? r.person.personId : idOf.get(r.person.key)!,
          agencyId: r.agencyId,
          year: r.year,
          code: r.code,
          name: r.name,
          decisionRef: r.decisionRef,
          source: "IMPORT" as const,
        }));
        await tx.personRecord.createMany({ data: rows });
        const names = new Map([...plan.newPeople.map((p) => [idOf.get(p.key)!, p] as const)]);
        const existingById = new Map(people.map((p) => [p.id, p]));
        for (const personId of new Set(rows.map((r) => r.personId))) {
          const mine = rows.filter((r) => r.personId === personId);
          const person = names.get(personId) ?? existingById.get(personId)!;
          await writeAudit(tx, {
            actorId: user.userId,
            action: names.has(personId) ? "person.import-create" : "person.import",
            entity: "Person",
            entityId: personId,
            blocId: input.blocId,
            after: {
              name: person.name,
              birthYear: person.birthYear,
              records: mine.map((r) => ({ year: r.year, code: r.code, agencyId: r.agencyId, decisionRef: r.decisionRef, source: r.source })),
              fileName,
            },
          });
        }
        return { people: plan.newPeople.length, records: rows.length, alreadyThere: plan.alreadyThere };
      },
      // A file of up to 2,000 rows writes a few rows per person: more than the default 5 s.
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "Một năm trong tệp vừa được ghi bởi lần nhập khác; chưa ghi dòng nào, vui lòng nhập lại tệp.");
    throw e;
  }
}
