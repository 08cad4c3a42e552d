import { compareVi } from "@/lib/format";
import { vnDay, type FieldErrors } from "./membership";

/**
 * Provinces and their 2025-style mergers (docs/decisions/0011): a merged
 * province keeps its row and points at the province that absorbed it; a
 * renamed one keeps its old names with the day each stopped being used.
 * Days are ISO "yyyy-MM-dd" strings; nothing here reads the clock.
 */
export interface ProvinceNode {
  id: string;
  name: string;
  mergedIntoId: string | null;
  mergedOn: string | null;
}

/** A name the province had until `until` (exclusive: the day the next name took effect). */
export interface FormerName {
  name: string;
  until: string;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("vi") === b.trim().toLocaleLowerCase("vi");

/** The name in force on `date`: the earliest former name not yet replaced that day, else the current one. */
export function provinceNameOn(currentName: string, formerNames: readonly FormerName[], date: string): string {
  const inForce = formerNames.filter((f) => f.until > date).sort((a, b) => (a.until < b.until ? -1 : a.until > b.until ? 1 : 0));
  return inForce[0]?.name ?? currentName;
}

/**
 * The day whose name a year's blocs and documents carry: 31/12 of the year,
 * or the merger day when the province was merged before the year ended (it
 * had no later name of its own).
 */
export function nameDayOfYear(year: number, mergedOn: string | null): string {
  const yearEnd = `${String(year).padStart(4, "0")}-12-31`;
  return mergedOn !== null && mergedOn < yearEnd ? mergedOn : yearEnd;
}

/** A province with every province it absorbed, through any chain of mergers; the root first. */
export function provinceFamily(provinces: readonly Pick<ProvinceNode, "id" | "mergedIntoId">[], rootId: string): string[] {
  const family = [rootId];
  for (let i = 0; i < family.length; i++) {
    for (const p of provinces) if (p.mergedIntoId === family[i] && !family.includes(p.id)) family.push(p.id);
  }
  return family;
}

/**
 * The registers a council scope is made of: each province of the scope that
 * no other province of the scope absorbed (its own and its absorbed ones'
 * agencies form one register).
 */
export function registerRoots(provinces: readonly Pick<ProvinceNode, "id" | "mergedIntoId">[], scopeIds: readonly string[]): string[] {
  const inScope = new Set(scopeIds);
  return provinces.filter((p) => inScope.has(p.id) && (p.mergedIntoId === null || !inScope.has(p.mergedIntoId))).map((p) => p.id);
}

/**
 * The register a province's agencies are listed in: the province that
 * absorbed it (following the chain) as far as `scopeIds` reaches (null: no
 * limit, a system administrator).
 */
export function registerRootOf(
  provinces: readonly Pick<ProvinceNode, "id" | "mergedIntoId">[],
  provinceId: string,
  scopeIds: readonly string[] | null,
): string {
  const byId = new Map(provinces.map((p) => [p.id, p]));
  const reachable = (id: string) => scopeIds === null || scopeIds.includes(id);
  let root = provinceId;
  const seen = new Set<string>([root]);
  for (let up = byId.get(root)?.mergedIntoId ?? null; up !== null && reachable(up) && !seen.has(up); up = byId.get(up)?.mergedIntoId ?? null) {
    root = up;
    seen.add(up);
  }
  return root;
}

/**
 * The province an agency of `provinceId` belongs to on `date`: its own, or
 * the one that absorbed it (following the chain) if the merger took effect by then.
 */
export function provinceInForceOn(provinces: readonly ProvinceNode[], provinceId: string, date: string): string {
  const byId = new Map(provinces.map((p) => [p.id, p]));
  let current = byId.get(provinceId);
  const seen = new Set<string>();
  while (current?.mergedIntoId && current.mergedOn !== null && current.mergedOn <= date && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.mergedIntoId) ?? current;
  }
  return current?.id ?? provinceId;
}

/** Current provinces first, then merged ones; each group in Vietnamese order. */
export function orderProvinces<T extends { name: string; mergedIntoId: string | null }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Number(a.mergedIntoId !== null) - Number(b.mergedIntoId !== null) || compareVi(a.name, b.name));
}

/** A new province's name must not repeat a current province's name. */
export function checkNewProvinceName(name: string, provinces: readonly ProvinceNode[], field = "name"): FieldErrors | null {
  const clash = provinces.find((p) => p.mergedIntoId === null && sameName(p.name, name));
  return clash ? { [field]: [`Đã có tỉnh, thành phố tên “${clash.name}”.`] } : null;
}

export interface RenameCheck {
  province: ProvinceNode & { formerNames: readonly FormerName[] };
  newName: string;
  effectiveOn: string;
  others: readonly ProvinceNode[];
}

/**
 * A rename keeps the old name for the years before it: the new name must
 * differ, must not be another current province's, and take effect after the
 * previous rename (names stay in date order). A merged province is not renamed.
 */
export function checkProvinceRename({ province, newName, effectiveOn, others }: RenameCheck): FieldErrors | null {
  const errors: FieldErrors = {};
  if (province.mergedIntoId !== null) {
    errors.name = [`${province.name} đã hợp nhất từ ngày ${vnDay(province.mergedOn!)}: không đổi tên tỉnh đã hợp nhất.`];
    return errors;
  }
  if (sameName(province.name, newName)) errors.name = ["Tên mới trùng với tên hiện tại."];
  else {
    const clash = checkNewProvinceName(
      newName,
      others.filter((p) => p.id !== province.id),
    );
    if (clash) Object.assign(errors, clash);
  }
  const last = province.formerNames.reduce<string | null>((max, f) => (max === null || f.until > max ? f.until : max), null);
  if (last !== null && effectiveOn <= last) {
    errors.effectiveOn = [`Lần đổi tên trước có hiệu lực từ ngày ${vnDay(last)}: ngày hiệu lực phải sau ngày đó.`];
  }
  return Object.keys(errors).length ? errors : null;
}

export type MergeTarget = { existingId: string } | { newName: string };

/** Whether `targetId`, following its own mergers, leads back to one of `sourceIds`. */
export function wouldCreateCycle(provinces: readonly ProvinceNode[], sourceIds: readonly string[], targetId: string): boolean {
  const byId = new Map(provinces.map((p) => [p.id, p]));
  const sources = new Set(sourceIds);
  const seen = new Set<string>();
  for (let id: string | null = targetId; id !== null && !seen.has(id); id = byId.get(id)?.mergedIntoId ?? null) {
    if (sources.has(id)) return true;
    seen.add(id);
  }
  return false;
}

/**
 * A merger (hợp nhất, sáp nhập): one or more current provinces join an
 * existing current province, or two or more form a new one. Refused: a
 * province merged into itself, into a province that was itself merged, a
 * source already merged, a cycle, an unknown province.
 */
export function checkProvinceMerger(provinces: readonly ProvinceNode[], sourceIds: readonly string[], target: MergeTarget): FieldErrors | null {
  const errors: FieldErrors = {};
  const push = (field: string, message: string) => void (errors[field] ??= []).push(message);
  const byId = new Map(provinces.map((p) => [p.id, p]));
  const ids = [...new Set(sourceIds)];
  const nameOf = (id: string | null) => (id ? (byId.get(id)?.name ?? "") : "");

  if (ids.length === 0) push("sourceIds", "Vui lòng chọn tỉnh, thành phố được hợp nhất.");
  if ("newName" in target && ids.length < 2) push("sourceIds", "Lập tỉnh, thành phố mới cần hợp nhất ít nhất hai tỉnh, thành phố.");
  for (const id of ids) {
    const p = byId.get(id);
    if (!p) push("sourceIds", "Không tìm thấy tỉnh, thành phố đã chọn.");
    else if (p.mergedIntoId !== null) push("sourceIds", `${p.name} đã hợp nhất vào ${nameOf(p.mergedIntoId)} từ ngày ${vnDay(p.mergedOn!)}.`);
  }

  if ("existingId" in target) {
    const t = byId.get(target.existingId);
    if (!t) push("targetId", "Không tìm thấy tỉnh, thành phố tiếp nhận.");
    else if (ids.includes(t.id)) push("targetId", `Không thể hợp nhất ${t.name} vào chính nó.`);
    else if (t.mergedIntoId !== null) push("targetId", `${t.name} đã hợp nhất vào ${nameOf(t.mergedIntoId)}: hãy chọn tỉnh, thành phố hiện hành.`);
    else if (wouldCreateCycle(provinces, ids, t.id)) push("targetId", "Hợp nhất này tạo thành vòng lặp giữa các tỉnh, thành phố.");
  } else {
    const clash = checkNewProvinceName(target.newName, provinces, "newName");
    if (clash) Object.assign(errors, clash);
  }
  return Object.keys(errors).length ? errors : null;
}

/** "đã hợp nhất vào Quảng Ngãi từ 01/07/2025", for lists. */
export function mergerLabel(targetName: string, mergedOn: string): string {
  return `đã hợp nhất vào ${targetName} từ ${vnDay(mergedOn)}`;
}
