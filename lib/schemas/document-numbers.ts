import { z } from "zod";
import { NUMBERED_DOCUMENTS, type NumberedDocument } from "@/lib/domain/document-numbers";
import { day, id, optionalText, requiredText } from "./common";

const document = z.enum(NUMBERED_DOCUMENTS as [NumberedDocument, ...NumberedDocument[]], { error: "Không rõ văn bản cần cấp số." });

/** "Cấp số": the next number of the bloc's series for one document (docs/decisions/0044-document-numbers.md). */
export const IssueDocumentNumberInputSchema = z.object({
  document,
  subjectId: id,
  note: optionalText(500),
});
export type IssueDocumentNumberInput = z.infer<typeof IssueDocumentNumberInputSchema>;

/** A number the document received outside the app (the agency's văn thư), with the day it was given. */
export const RecordDocumentNumberInputSchema = z.object({
  document,
  subjectId: id,
  symbol: requiredText("số, ký hiệu", 60),
  issuedOn: day("ngày cấp số"),
  note: optionalText(500),
});
export type RecordDocumentNumberInput = z.infer<typeof RecordDocumentNumberInputSchema>;
