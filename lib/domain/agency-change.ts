import { checkAgencyExists, firstDay, isMemberOn, lastDay, addDays, vnDay, type FieldErrors } from "./membership";

import type {
  AgencyChangeInput,
  AgencyChangeKind,
  AgencyRef,
  BlocMembershipOps,
  BlocYearMembers,
  ChangeOperation,
  ChangePlan,
  KnownAgency,
  MemberSnapshot,
  RegisterAgency,
  RegisterPlan,
} from "./agency-change-types";

/**
 * Plans a merger, split, rename or dissolution of agencies (the 2025
 * reorganisation; lineage across changes, docs/decisions/0011) as plain operations for the use case to
 * apply in one transaction. Nothing is deleted: predecessors stop being
 * members the day before the change (leftOn) and are marked dissolved on the
 * effective day; successors join on it; lineage links keep results and
 * awards traceable. A change effective 01/01 of the next year is recorded on
 * the old year (predecessors stay to 31/12; successors join the next year).
 *
 * Two entry points share every rule: a bloc's set-up page records a change
 * among the year's members (planAgencyChange), the council's agency register
 * records it for the agency itself and carries it into every bloc the
 * predecessors belonged to that year (planRegisterChange,
 * docs/decisions/0011-provinces-and-the-agency-register.md).
 */
const KIND_NAMES: Record<AgencyChangeKind, string> = { MERGER: "Hợp nhất", SPLIT: "Chia tách", RENAME: "Đổi tên", DISSOLUTION: "Giải thể" };
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("vi") === b.trim().toLocaleLowerCase("vi");

type Push = (field: string, message: string) => void;
type Predecessor = { agencyId: string; name: string; type: string };

function collector() {
  const errors: FieldErrors = {};
  const push: Push = (field, message) => void (errors[field] ??= []).push(message);
  return { errors, push };
}

/** How many predecessors each kind takes; `noun` names them. */
function checkPredecessorCount(change: AgencyChangeInput, count: number, noun: string, push: Push) {
  if (change.kind === "MERGER" && count < 2) push("predecessorIds", `Hợp nhất cần chọn ít nhất hai ${noun}.`);
  if (change.kind !== "MERGER" && count !== 1) push("predecessorIds", `${KIND_NAMES[change.kind]} cần chọn đúng một ${noun}.`);
}

function checkSuccessorCount(change: AgencyChangeInput, push: Push) {
  const n = change.successors.length;
  if (change.kind === "SPLIT" && n < 2) push("successors", "Chia tách cần ít nhất hai cơ quan sau chia tách.");
  if ((change.kind === "MERGER" || change.kind === "RENAME") && n !== 1) push("successors", `${KIND_NAMES[change.kind]} cần đúng một cơ quan kế thừa.`);
  if (change.kind === "DISSOLUTION" && n !== 0) push("successors", "Giải thể không có cơ quan kế thừa: hãy ghi nhận hợp nhất hoặc chia tách.");
}

/**
 * The successors: new agencies need distinct names and a type (a rename keeps
 * the old one); existing ones must exist on the effective day. Returns the
 * predecessors that absorb the others (sáp nhập) and carry on.
 */
function checkSuccessors(
  change: AgencyChangeInput,
  preds: readonly Predecessor[],
  predIds: readonly string[],
  find: (id: string) => KnownAgency | undefined,
  isDateOk: boolean,
  push: Push,
  extraCheck?: (id: string) => string | null,
): Set<string> {
  const eff = change.effectiveOn;
  checkSuccessorCount(change, push);
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
    const agency = find(id);
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
    const extra = isDateOk ? extraCheck?.(id) : null;
    if (extra) push("successors", extra);
  }
  return absorbing;
}

/** Creates the new successors (a rename keeps the predecessor's type) and names every successor. */
function successorRefs(change: AgencyChangeInput, preds: readonly Predecessor[]): { creates: ChangeOperation[]; refs: AgencyRef[] } {
  const creates: ChangeOperation[] = [];
  const refs = change.successors.map((s): AgencyRef => {
    if ("existingId" in s) return { existingId: s.existingId };
    const newIndex = creates.length;
    creates.push({
      op: "CREATE_AGENCY",
      newIndex,
      name: s.newAgency.name,
      shortName: s.newAgency.shortName,
      type: s.newAgency.type ?? preds[0]!.type,
      establishedOn: change.effectiveOn,
    });
    return { newIndex };
  });
  return { creates, refs };
}

function endMembership(member: MemberSnapshot, dayBefore: string): ChangeOperation[] {
  return member.leftOn === null || member.leftOn > dayBefore ? [{ op: "END_MEMBERSHIP", agencyId: member.agencyId, leftOn: dayBefore }] : [];
}

/** Successors join the bloc's year from the effective day (not when it is 01/01 of the next year). */
function joinSuccessors(
  year: number,
  eff: string,
  refs: readonly AgencyRef[],
  members: ReadonlyMap<string, MemberSnapshot>,
  absorbing: ReadonlySet<string>,
): ChangeOperation[] {
  if (eff > lastDay(year)) return [];
  const ops: ChangeOperation[] = [];
  for (const ref of refs) {
    if ("newIndex" in ref) ops.push({ op: "ADD_MEMBERSHIP", agency: ref, joinedOn: eff });
    else if (absorbing.has(ref.existingId)) continue;
    else {
      const m = members.get(ref.existingId);
      if (!m) ops.push({ op: "ADD_MEMBERSHIP", agency: ref, joinedOn: eff });
      else if (m.joinedOn !== null && m.joinedOn > eff) ops.push({ op: "MOVE_JOINED_ON", agencyId: m.agencyId, joinedOn: eff });
    }
  }
  return ops;
}

function lineageLinks(change: AgencyChangeInput, leaving: readonly Predecessor[], refs: readonly AgencyRef[]): ChangeOperation[] {
  const link = (predecessorId: string, successor: AgencyRef | null): ChangeOperation => ({
    op: "LINK_LINEAGE",
    predecessorId,
    successor,
    kind: change.kind,
    effectiveOn: change.effectiveOn,
    decisionRef: change.decisionRef,
    note: change.note,
  });
  return leaving.flatMap((p) => (change.kind === "DISSOLUTION" ? [link(p.agencyId, null)] : refs.map((r) => link(p.agencyId, r))));
}

// ── A bloc's set-up page: a change among the year's members ──

export function planAgencyChange(year: number, members: readonly MemberSnapshot[], known: readonly KnownAgency[], change: AgencyChangeInput): ChangePlan {
  const { errors, push } = collector();
  const eff = change.effectiveOn;
  const dayBefore = addDays(eff, -1);
  const byId = new Map(members.map((m) => [m.agencyId, m]));
  const knownById = new Map(known.map((k) => [k.agencyId, k]));

  if (eff === firstDay(year)) {
    push(
      "effectiveOn",
      `Thay đổi có hiệu lực từ 01/01/${year} thì các cơ quan cũ là thành viên đến hết năm ${year - 1}: hãy ghi nhận ở danh sách thành viên năm ${year - 1}.`,
    );
  } else if (eff < firstDay(year) || eff > firstDay(year + 1)) {
    push("effectiveOn", `Ngày hiệu lực phải trong năm ${year} (hoặc 01/01/${year + 1} nếu thay đổi có hiệu lực từ đầu năm sau).`);
  }
  const isDateOk = !errors.effectiveOn;

  const predIds = [...new Set(change.predecessorIds)];
  checkPredecessorCount(change, predIds.length, "cơ quan thành viên", push);
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
  const absorbing = checkSuccessors(
    change,
    preds,
    predIds,
    (id) => byId.get(id) ?? knownById.get(id),
    isDateOk,
    push,
    (id) => {
      const m = byId.get(id);
      return m?.leftOn && m.leftOn < eff ? `${m.name} đã rời khối ngày ${vnDay(m.leftOn)}, trước ngày hiệu lực.` : null;
    },
  );

  if (Object.keys(errors).length) return { ok: false, errors };
  const { creates, refs } = successorRefs(change, preds);
  const leaving = preds.filter((p) => !absorbing.has(p.agencyId));
  return {
    ok: true,
    operations: [
      ...creates,
      ...leaving.flatMap((p): ChangeOperation[] => [...endMembership(p, dayBefore), { op: "DISSOLVE_AGENCY", agencyId: p.agencyId, dissolvedOn: eff }]),
      ...joinSuccessors(year, eff, refs, byId, absorbing),
      ...lineageLinks(change, leaving, refs),
    ],
  };
}

// ── The council's register: a change of the agencies themselves ──

/**
 * `register` holds the predecessors and any existing successors (already
 * scoped to the caller); `blocYears` the members, in the year of the day
 * before the change, of every bloc a predecessor belonged to that year.
 */
export function planRegisterChange(register: readonly RegisterAgency[], blocYears: readonly BlocYearMembers[], change: AgencyChangeInput): RegisterPlan {
  const { errors, push } = collector();
  const eff = change.effectiveOn;
  const dayBefore = addDays(eff, -1);
  const byId = new Map(register.map((a) => [a.agencyId, a]));

  const predIds = [...new Set(change.predecessorIds)];
  checkPredecessorCount(change, predIds.length, "cơ quan", push);
  const preds: RegisterAgency[] = [];
  for (const id of predIds) {
    const a = byId.get(id);
    if (!a) {
      push("predecessorIds", "Không tìm thấy cơ quan đã chọn trong danh sách cơ quan, đơn vị.");
      continue;
    }
    preds.push(a);
    // A recorded end, even a later one, is final: record changes in date order.
    if (a.dissolvedOn) push("predecessorIds", `${a.name} đã giải thể, sáp nhập hoặc đổi tên từ ngày ${vnDay(a.dissolvedOn)}.`);
    else if (a.establishedOn && a.establishedOn >= eff)
      push("predecessorIds", `${a.name} thành lập từ ngày ${vnDay(a.establishedOn)}: ngày hiệu lực phải sau ngày đó.`);
  }
  const absorbing = checkSuccessors(change, preds, predIds, (id) => byId.get(id), true, push);

  if (Object.keys(errors).length) return { ok: false, errors };
  const { creates, refs } = successorRefs(change, preds);
  const leaving = preds.filter((p) => !absorbing.has(p.agencyId));
  const memberships = blocYears.flatMap((b): BlocMembershipOps[] => {
    const members = new Map(b.members.map((m) => [m.agencyId, m]));
    const ending = leaving.flatMap((p) => {
      const m = members.get(p.agencyId);
      return m && isMemberOn(m, dayBefore) ? [m] : [];
    });
    if (ending.length === 0) return [];
    return [
      {
        blocId: b.blocId,
        year: b.year,
        operations: [...ending.flatMap((m) => endMembership(m, dayBefore)), ...joinSuccessors(b.year, eff, refs, members, absorbing)],
      },
    ];
  });
  return {
    ok: true,
    agencyOperations: [
      ...creates,
      ...leaving.map((p): ChangeOperation => ({ op: "DISSOLVE_AGENCY", agencyId: p.agencyId, dissolvedOn: eff })),
      ...lineageLinks(change, leaving, refs),
    ],
    memberships,
  };
}
