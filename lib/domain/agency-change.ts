import { checkAgencyExists, firstDay, isMemberOn, lastDay, addDays, vnDay, type FieldErrors } from "./membership";

/**
 * Plans a merger, split or rename of member agencies (domain §0 "2025
 * reorganisation", §8 edge case 2) as plain operations for the use case to
 * apply in one transaction. Nothing is deleted: predecessors stop being
 * members the day before the change (leftOn) and are marked dissolved on the
 * effective day; successors join on it; lineage links keep results and
 * awards traceable. A change effective 01/01 of the next year is recorded on
 * the old year (predecessors stay to 31/12; successors join the next year).
 */
export type AgencyChangeKind = "MERGER" | "SPLIT" | "RENAME";

export interface MemberSnapshot {
  agencyId: string;
  name: string;
  type: string;
  joinedOn: string | null;
  leftOn: string | null;
  dissolvedOn: string | null;
}

/** Agencies named as existing successors that may not be members (yet). */
export interface KnownAgency {
  agencyId: string;
  name: string;
  dissolvedOn: string | null;
}

export interface NewAgency {
  name: string;
  shortName: string;
  /** Null for a rename: the renamed agency keeps its type. */
  type: string | null;
}

export type SuccessorInput = { existingId: string } | { newAgency: NewAgency };

export interface AgencyChangeInput {
  kind: AgencyChangeKind;
  effectiveOn: string;
  predecessorIds: readonly string[];
  successors: readonly SuccessorInput[];
  decisionRef: string | null;
  note: string | null;
}

/** A successor in the plan: an existing agency or the n-th agency the plan creates. */
export type AgencyRef = { existingId: string } | { newIndex: number };

export type ChangeOperation =
  | { op: "CREATE_AGENCY"; newIndex: number; name: string; shortName: string; type: string; establishedOn: string }
  | { op: "END_MEMBERSHIP"; agencyId: string; leftOn: string }
  | { op: "DISSOLVE_AGENCY"; agencyId: string; dissolvedOn: string }
  | { op: "ADD_MEMBERSHIP"; agency: AgencyRef; joinedOn: string }
  | { op: "MOVE_JOINED_ON"; agencyId: string; joinedOn: string }
  | { op: "LINK_LINEAGE"; predecessorId: string; successor: AgencyRef; kind: AgencyChangeKind; effectiveOn: string; decisionRef: string | null; note: string | null };

export type ChangePlan = { ok: true; operations: ChangeOperation[] } | { ok: false; errors: FieldErrors };

const KIND_NAMES: Record<AgencyChangeKind, string> = { MERGER: "Hợp nhất", SPLIT: "Chia tách", RENAME: "Đổi tên" };
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("vi") === b.trim().toLocaleLowerCase("vi");

export function planAgencyChange(
  year: number,
  members: readonly MemberSnapshot[],
  known: readonly KnownAgency[],
  change: AgencyChangeInput,
): ChangePlan {
  const errors: FieldErrors = {};
  const push = (field: string, message: string) => void (errors[field] ??= []).push(message);
  const eff = change.effectiveOn;
  const dayBefore = addDays(eff, -1);
  const byId = new Map(members.map((m) => [m.agencyId, m]));
  const knownById = new Map(known.map((k) => [k.agencyId, k]));

  if (eff === firstDay(year)) {
    push("effectiveOn", `Thay đổi có hiệu lực từ 01/01/${year} thì các cơ quan cũ là thành viên đến hết năm ${year - 1}: hãy ghi nhận ở danh sách thành viên năm ${year - 1}.`);
  } else if (eff < firstDay(year) || eff > firstDay(year + 1)) {
    push("effectiveOn", `Ngày hiệu lực phải trong năm ${year} (hoặc 01/01/${year + 1} nếu thay đổi có hiệu lực từ đầu năm sau).`);
  }
  const isDateOk = !errors.effectiveOn;

  const predIds = [...new Set(change.predecessorIds)];
  if (change.kind === "MERGER" && predIds.length < 2) push("predecessorIds", "Hợp nhất cần chọn ít nhất hai cơ quan thành viên.");
  if (change.kind !== "MERGER" && predIds.length !== 1) push("predecessorIds", `${KIND_NAMES[change.kind]} cần chọn đúng một cơ quan thành viên.`);
  const preds: MemberSnapshot[] = [];
  for (const id of predIds) {
    const m = byId.get(id);
    if (!m) {
      push("predecessorIds", `Cơ quan được chọn không thuộc danh sách thành viên năm ${year}.`);
      continue;
    }
    preds.push(m);
    if (!isDateOk) continue;
    if (!isMemberOn(m, dayBefore)) push("predecessorIds", `${m.name} không còn là thành viên của khối vào ngày ${vnDay(dayBefore)} (trước ngày hiệu lực).`);
    else {
      // Dissolved on or before the effective day: an earlier change already ended it.
      const gone = checkAgencyExists(m, eff);
      if (gone) push("predecessorIds", gone);
    }
  }

  const n = change.successors.length;
  if (change.kind === "SPLIT" && n < 2) push("successors", "Chia tách cần ít nhất hai cơ quan sau chia tách.");
  if (change.kind !== "SPLIT" && n !== 1) push("successors", `${KIND_NAMES[change.kind]} cần đúng một cơ quan kế thừa.`);
  const absorbing = new Set<string>();
  const seenIds = new Set<string>();
  const newNames: string[] = [];
  for (const s of change.successors) {
    if ("newAgency" in s) {
      const a = s.newAgency;
      if (newNames.some((x) => sameName(x, a.name))) push("successors", "Các cơ quan mới phải có tên khác nhau.");
      newNames.push(a.name);
      if (!a.type && change.kind !== "RENAME") push("successors", `Vui lòng chọn loại cơ quan cho “${a.name}”.`);
      if (change.kind === "RENAME" && preds[0] && sameName(preds[0].name, a.name)) push("successors", "Tên mới trùng với tên hiện tại của cơ quan.");
      continue;
    }
    if (change.kind === "RENAME") {
      push("successors", "Đổi tên cần nhập tên mới của cơ quan.");
      continue;
    }
    const id = s.existingId;
    const agency = byId.get(id) ?? knownById.get(id);
    if (!agency) {
      push("successors", "Không tìm thấy cơ quan kế thừa được chọn.");
      continue;
    }
    if (seenIds.has(id)) push("successors", `${agency.name} được chọn hai lần.`);
    seenIds.add(id);
    if (predIds.includes(id)) {
      // Sáp nhập: one of the merging agencies absorbs the others and carries on.
      if (change.kind === "MERGER") absorbing.add(id);
      else push("successors", `${agency.name} không thể vừa là cơ quan bị chia tách vừa là cơ quan sau chia tách.`);
      continue;
    }
    const gone = isDateOk ? checkAgencyExists(agency, eff) : null;
    if (gone) push("successors", gone);
    const m = byId.get(id);
    if (isDateOk && m?.leftOn && m.leftOn < eff) push("successors", `${m.name} đã rời khối ngày ${vnDay(m.leftOn)}, trước ngày hiệu lực.`);
  }

  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, operations: operationsFor(year, change, preds, byId, absorbing) };
}

function operationsFor(
  year: number,
  change: AgencyChangeInput,
  preds: readonly MemberSnapshot[],
  byId: ReadonlyMap<string, MemberSnapshot>,
  absorbing: ReadonlySet<string>,
): ChangeOperation[] {
  const eff = change.effectiveOn;
  const dayBefore = addDays(eff, -1);
  const ops: ChangeOperation[] = [];
  let created = 0;
  const refs: AgencyRef[] = change.successors.map((s) => {
    if ("existingId" in s) return { existingId: s.existingId };
    const type = s.newAgency.type ?? preds[0]!.type; // a rename keeps the agency's type
    ops.push({ op: "CREATE_AGENCY", newIndex: created, name: s.newAgency.name, shortName: s.newAgency.shortName, type, establishedOn: eff });
    return { newIndex: created++ };
  });

  const leaving = preds.filter((p) => !absorbing.has(p.agencyId));
  for (const p of leaving) {
    if (p.leftOn === null || p.leftOn > dayBefore) ops.push({ op: "END_MEMBERSHIP", agencyId: p.agencyId, leftOn: dayBefore });
    ops.push({ op: "DISSOLVE_AGENCY", agencyId: p.agencyId, dissolvedOn: eff });
  }

  // Effective 01/01 next year: successors join next year's list, not this one.
  if (eff <= lastDay(year)) {
    for (const ref of refs) {
      if ("newIndex" in ref) ops.push({ op: "ADD_MEMBERSHIP", agency: ref, joinedOn: eff });
      else if (absorbing.has(ref.existingId)) continue;
      else {
        const m = byId.get(ref.existingId);
        if (!m) ops.push({ op: "ADD_MEMBERSHIP", agency: ref, joinedOn: eff });
        else if (m.joinedOn !== null && m.joinedOn > eff) ops.push({ op: "MOVE_JOINED_ON", agencyId: m.agencyId, joinedOn: eff });
      }
    }
  }

  for (const p of leaving) {
    for (const successor of refs) {
      ops.push({ op: "LINK_LINEAGE", predecessorId: p.agencyId, successor, kind: change.kind, effectiveOn: eff, decisionRef: change.decisionRef, note: change.note });
    }
  }
  return ops;
}
