import "server-only";
import { randomUUID } from "node:crypto";
import { checkXlsxUpload, MAX_IMPORT_ROWS, parseCriteriaRows } from "@/lib/domain/criteria-import";
import { toCriterionDefs } from "@/lib/domain/criteria-table";
import { validateTable } from "@/lib/domain/scoring/validate-table";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { tableCycleScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import type { ImportCriteriaInput } from "@/lib/schemas/criteria";
import { createTableVersion } from "./create-table-version";
import { readCriteriaXlsx } from "./criteria-workbook";
import { MANAGERS_ONLY, TABLE_NOT_FOUND, readTableForUpdate } from "./table-rows";
import { insertNodes, tableSnapshot } from "./internal/write-nodes";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

export type ImportResult =
  | { kind: "REPLACED"; count: number }
  | { kind: "NEW_VERSION"; tableId: string; version: number; count: number; notified: number; affectedSheets: number; returnedSheets: number };

/** A refusal listing every problem; the page shows fieldErrors.file as a list. Nothing was written. */
function refuse(errors: readonly string[]): never {
  throw new AppError("INVALID_INPUT", `Tệp chưa hợp lệ (${errors.length} lỗi), chưa nhập gì.`, { file: [...errors] });
}

/**
 * "Nhập từ tệp .xlsx": the secretary or chair uploads the table as exported. The file is
 * checked by its content and size, parsed (parseCriteriaRows) and validated in full with the
 * engine's validateTable; any problem refuses the import and nothing is written. A DRAFT table
 * has its criteria, scale and bonus cap replaced in one transaction; a locked table gets a new
 * version through createTableVersion (reason required; sheets re-validated, agencies told).
 */
export async function importCriteriaXlsx(input: ImportCriteriaInput, step: Step = "write"): Promise<ImportResult> {
  const user = await requireUser();
  const cycle = await tableCycleScope(input.tableId);
  authorize(user, "cycle:manage", cycle, { notFound: TABLE_NOT_FOUND, forbidden: MANAGERS_ONLY });
  const file = input.file;
  if (!file) refuse(["Vui lòng chọn tệp bảng tiêu chí (.xlsx)."]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkXlsxUpload(bytes.byteLength, bytes.subarray(0, 8));
  if (!check.ok) refuse([check.message]);
  const book = await readCriteriaXlsx(bytes, MAX_IMPORT_ROWS + 50);
  if (!book.ok) refuse([book.message]);
  const parsed = parseCriteriaRows(book.rows, () => randomUUID());
  if (!parsed.ok) refuse(parsed.errors);
  const { nodes, scale, bonusCap, rowOf } = parsed;
  const issues = validateTable(toCriterionDefs(nodes), { scale, bonusCap });
  if (issues.length > 0) refuse(issues.map((i) => (i.criterionId && rowOf.has(i.criterionId) ? `Dòng ${rowOf.get(i.criterionId)}: ${i.message}` : i.message)));
  const fileName = file.name
    .normalize("NFC")
    .replace(/[\u0000-\u001f]/g, "")
    .slice(0, 200);

  const replaced = await db()
    .$transaction(async (tx) => {
      const table = await readTableForUpdate(tx, input.tableId);
      if (table.mode === "READ_ONLY") throw new AppError("CONFLICT", "Phiên bản này đã được thay thế; hãy mở phiên bản hiện hành của bảng tiêu chí.");
      if (table.mode !== "EDIT") return null;
      if (table.nodes.length > 0 && (await tx.scoreEntry.count({ where: { criterion: { tableId: table.id } } })) > 0) {
        throw new AppError("CONFLICT", "Đã có cơ quan chấm điểm theo bảng này; hãy khóa bảng rồi nhập để tạo phiên bản mới.");
      }
      stopIfChecking(step);
      // Children cascade with their parents, levels with their criteria.
      await tx.criterion.deleteMany({ where: { tableId: table.id } });
      await insertNodes(tx, table.id, nodes);
      await tx.criteriaTable.update({ where: { id: table.id }, data: { scale, bonusCap } });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "criteria-table.import",
        entity: "CriteriaTable",
        entityId: table.id,
        blocId: cycle.blocId,
        before: tableSnapshot({ version: table.version, title: table.title, scale: table.scale, bonusCap: table.bonusCap, status: table.status }, table.nodes),
        after: { ...tableSnapshot({ version: table.version, title: table.title, scale, bonusCap, status: table.status }, nodes), fileName },
      });
      return { kind: "REPLACED" as const, count: nodes.length };
    })
    .catch((e: unknown) => {
      if (isUniqueViolation(e)) throw new AppError("CONFLICT", "Bảng tiêu chí vừa được người khác thay đổi; vui lòng tải lại trang rồi nhập lại.");
      throw e;
    });
  if (replaced) return replaced;
  const v = await createTableVersion(
    {
      tableId: input.tableId,
      changeReason: input.changeReason,
      change: { kind: "REPLACE", nodes, scale, bonusCap, fileName },
    },
    step,
  );
  return { kind: "NEW_VERSION", ...v, count: nodes.length };
}
