import { z } from "zod";
import { day, id, optionalText, requiredText, text } from "./common";

/**
 * Agency fields and the merger / split / rename / dissolution form, shared by
 * a bloc's set-up page and the council's agency register (both record the
 * change through one planner, lib/domain/agency-change.ts).
 */
export const AGENCY_TYPES = [
  "BAN_DANG",
  "UY_BAN_KIEM_TRA",
  "VAN_PHONG",
  "DANG_UY_KHOI",
  "BAO",
  "TRUONG_CHINH_TRI",
  "HOC_VIEN",
  "DON_VI_SU_NGHIEP",
  "KHAC",
] as const;
export type AgencyTypeName = (typeof AGENCY_TYPES)[number];

export const optionalId = text()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));
export const pick = (label: string) =>
  text({ error: `Vui lòng chọn ${label}.` })
    .trim()
    .min(1, `Vui lòng chọn ${label}.`)
    .max(64);
export const agencyType = z.enum(AGENCY_TYPES, { error: "Vui lòng chọn loại cơ quan." });
export const optionalAgencyType = z
  .union([z.literal("").transform(() => null), agencyType])
  .optional()
  .transform((v) => v ?? null);
const ids = z.array(id).default([]);

const changeFields = {
  effectiveOn: day("ngày hiệu lực"),
  decisionRef: optionalText(300),
  note: optionalText(1000),
};
const newAgency = (name: string | null, shortName: string | null, type: AgencyTypeName | null) => ({
  newAgency: { name: name!, shortName: shortName ?? name!, type },
});

const mergerSchema = z.object({
  kind: z.literal("MERGER"),
  ...changeFields,
  predecessorIds: ids,
  successorId: optionalId,
  newName: optionalText(300),
  newShortName: optionalText(150),
  newType: optionalAgencyType,
});
// A split names up to three new agencies in fixed slots (blank slots are ignored).
const splitSchema = z.object({
  kind: z.literal("SPLIT"),
  ...changeFields,
  predecessorId: pick("cơ quan bị chia tách"),
  successorIds: ids,
  newName0: optionalText(300),
  newShortName0: optionalText(150),
  newType0: optionalAgencyType,
  newName1: optionalText(300),
  newShortName1: optionalText(150),
  newType1: optionalAgencyType,
  newName2: optionalText(300),
  newShortName2: optionalText(150),
  newType2: optionalAgencyType,
});
const splitSlots = (v: z.infer<typeof splitSchema>) => [
  { i: 0, name: v.newName0, shortName: v.newShortName0, type: v.newType0 },
  { i: 1, name: v.newName1, shortName: v.newShortName1, type: v.newType1 },
  { i: 2, name: v.newName2, shortName: v.newShortName2, type: v.newType2 },
];
const renameSchema = z.object({
  kind: z.literal("RENAME"),
  ...changeFields,
  predecessorId: pick("cơ quan đổi tên"),
  newName: requiredText("tên mới của cơ quan", 300),
  newShortName: optionalText(150),
});
const dissolutionSchema = z.object({
  kind: z.literal("DISSOLUTION"),
  ...changeFields,
  predecessorId: pick("cơ quan giải thể"),
});

/** The change itself, in the planner's shape (lib/domain/agency-change.ts AgencyChangeInput, with a Date). */
export const AgencyChangeFieldsSchema = z
  .discriminatedUnion("kind", [mergerSchema, splitSchema, renameSchema, dissolutionSchema], { error: "Vui lòng chọn hình thức thay đổi." })
  .superRefine((v, ctx) => {
    if (v.kind === "MERGER") {
      if (v.successorId && v.newName)
        ctx.addIssue({ code: "custom", path: ["successorId"], message: "Chọn cơ quan có sẵn hoặc nhập cơ quan mới, không chọn cả hai." });
      if (!v.successorId && !v.newName)
        ctx.addIssue({ code: "custom", path: ["successorId"], message: "Vui lòng chọn cơ quan kế thừa có sẵn hoặc nhập tên cơ quan mới." });
      if (!v.successorId && v.newName && !v.newType) ctx.addIssue({ code: "custom", path: ["newType"], message: "Vui lòng chọn loại cơ quan." });
    }
    if (v.kind === "SPLIT") {
      for (const slot of splitSlots(v)) {
        if (slot.name && !slot.type) ctx.addIssue({ code: "custom", path: [`newType${slot.i}`], message: "Vui lòng chọn loại cơ quan." });
      }
    }
  })
  .transform((v) => {
    const common = { kind: v.kind, effectiveOn: v.effectiveOn, decisionRef: v.decisionRef, note: v.note };
    if (v.kind === "MERGER") {
      const successor = v.successorId ? { existingId: v.successorId } : newAgency(v.newName, v.newShortName, v.newType);
      return { ...common, predecessorIds: v.predecessorIds, successors: [successor] };
    }
    if (v.kind === "RENAME") return { ...common, predecessorIds: [v.predecessorId], successors: [newAgency(v.newName, v.newShortName, null)] };
    if (v.kind === "DISSOLUTION") return { ...common, predecessorIds: [v.predecessorId], successors: [] };
    const slots = splitSlots(v)
      .filter((slot) => slot.name)
      .map((slot) => newAgency(slot.name, slot.shortName, slot.type));
    return { ...common, predecessorIds: [v.predecessorId], successors: [...v.successorIds.map((existingId) => ({ existingId })), ...slots] };
  });
export type AgencyChangeFields = z.infer<typeof AgencyChangeFieldsSchema>;
