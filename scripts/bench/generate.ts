/**
 * The benchmark's data set (docs/benchmarks/scoring.md): provinces × blocs × agencies ×
 * criteria, every value from a seeded PRNG so two runs build the same rows. Plain data out —
 * one province at a time, so the national scale never sits in memory at once.
 *
 * Each bloc: a Cycle (year BENCH_YEAR) with one LOCKED CriteriaTable of `criteria` scorable
 * criteria (graded with levels, quantitative — half with the leader formula —, yes/no, count,
 * bonus, penalty, a gate) under groups; every member a ScoreSheet with an entry per criterion,
 * in the state the results rank (docs/decisions/0007): VERIFIED in VERIFICATION blocs — a quarter
 * of the entries verified (points, or corrected inputs for quantitative ones), a few final —,
 * SUBMITTED in CROSS_SCORING blocs (every third), where every member scores every other member
 * on every criterion and submits (CrossScore + CrossScoreSubmission).
 */

export const BENCH_YEAR = 2025;
export const SCALE = 100;

export interface ProvinceSpec {
  /** Unique tag of the province inside the data set ("01", "SMALL"). */
  tag: string;
  blocs: number;
  agencies: number;
  criteria: number;
  seed: number;
}

export type Value = string | number | boolean | null | { raw: string };
export interface Rows {
  columns: readonly string[];
  rows: Value[][];
}
/** Rows by table, in an order that satisfies the foreign keys. */
export type ProvinceRows = Record<(typeof TABLE_ORDER)[number], Rows>;

export const TABLE_ORDER = [
  "Province",
  "Bloc",
  "Agency",
  "Membership",
  "Cycle",
  "CriteriaTable",
  "Criterion",
  "CriterionLevel",
  "ScoreSheet",
  "ScoreEntry",
  "CrossScoreSubmission",
  "CrossScore",
] as const;

const NOW = { raw: "now()" } as const;

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = "GRADED" | "QUANTITATIVE" | "YES_NO" | "COUNT" | "BONUS" | "PENALTY" | "GATE";

/**
 * How `n` scorable criteria split by type. At n = 60: 20 graded, 15 quantitative, 15 yes/no,
 * 5 count (the 55 base criteria, 100 points), 2 bonus, 2 penalty, 1 gate.
 */
export function criteriaMix(n: number): Record<Kind, number> {
  const GATE = n >= 5 ? 1 : 0;
  const BONUS = n >= 20 ? 2 : n >= 8 ? 1 : 0;
  const PENALTY = BONUS;
  const base = n - GATE - BONUS - PENALTY;
  const GRADED = Math.round((base * 20) / 55);
  const QUANTITATIVE = Math.round((base * 15) / 55);
  const COUNT = Math.round((base * 5) / 55);
  const YES_NO = base - GRADED - QUANTITATIVE - COUNT;
  return { GRADED, QUANTITATIVE, YES_NO, COUNT, BONUS, PENALTY, GATE };
}

interface Leaf {
  id: string;
  kind: Kind;
  max: number;
  min: number;
  allowNA: boolean;
  leader: boolean;
  perUnit: number | null;
  cap: number | null;
  /** GRADED: points of levels 1..4. */
  levels: number[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const quarter = (x: number) => Math.round(x * 4) / 4;

/** Every row of one province. */
export function generateProvince(spec: ProvinceSpec): ProvinceRows {
  const rand = prng(spec.seed);
  const out = Object.fromEntries(TABLE_ORDER.map((t) => [t, { columns: COLUMNS[t], rows: [] as Value[][] }])) as ProvinceRows;
  const add = (table: keyof ProvinceRows, row: Value[]) => out[table].rows.push(row);

  const provinceId = `bp_${spec.tag}`;
  add("Province", [provinceId, `BENCH-${spec.tag}`, `Tỉnh thử tải ${spec.tag}`]);
  const mix = criteriaMix(spec.criteria);

  for (let b = 1; b <= spec.blocs; b++) {
    const bk = `${spec.tag}_${b}`;
    const blocId = `bb_${bk}`;
    const cross = b % 3 === 0;
    add("Bloc", [blocId, `BENCH-${spec.tag}-K${b}`, `Khối thử tải ${b} (${spec.tag})`, "KHOI", "PROVINCE", provinceId, "Ban Thi đua tỉnh", NOW]);
    const cycleId = `bcy_${bk}`;
    const rules = cross ? JSON.stringify({ crossScoring: { spreadThreshold: null, trimFrom: 5 } }) : null;
    add("Cycle", [cycleId, blocId, BENCH_YEAR, cross ? "CROSS_SCORING" : "VERIFICATION", rules, NOW]);
    const tableId = `bt_${bk}`;
    add("CriteriaTable", [tableId, cycleId, 1, `Bảng tiêu chí ${BENCH_YEAR}`, SCALE, 4, "LOCKED", NOW]);

    // Criteria: groups I (graded), II (quantitative), III (yes/no + count), IV bonus, V penalty; the gate at the root.
    const leaves: Leaf[] = [];
    const weight = 2 * mix.GRADED + 2 * mix.QUANTITATIVE + 1.5 * (mix.YES_NO + mix.COUNT);
    const unit = weight > 0 ? SCALE / weight : 0;
    let k = 0;
    const leaf = (kind: Kind, extra: Partial<Leaf> = {}): Leaf => {
      k++;
      return { id: `bc_${bk}_${k}`, kind, max: 0, min: 0, allowNA: false, leader: false, perUnit: null, cap: null, levels: [], ...extra };
    };
    const groups: { code: string; name: string; items: Leaf[] }[] = [
      {
        code: "I",
        name: "Thực hiện nhiệm vụ chuyên môn",
        items: Array.from({ length: mix.GRADED }, () => {
          const max = round2(2 * unit);
          return leaf("GRADED", { max, levels: [max, round2(max * 0.75), round2(max * 0.5), round2(max * 0.25)] });
        }),
      },
      {
        code: "II",
        name: "Chỉ tiêu định lượng",
        items: Array.from({ length: mix.QUANTITATIVE }, (_, i) => leaf("QUANTITATIVE", { max: round2(2 * unit), leader: i % 2 === 0 })),
      },
      {
        code: "III",
        name: "Xây dựng tổ chức, chấp hành kỷ luật",
        items: [
          ...Array.from({ length: mix.YES_NO }, (_, i) => leaf("YES_NO", { max: round2(1.5 * unit), allowNA: i % 5 === 4 })),
          ...Array.from({ length: mix.COUNT }, () => leaf("COUNT", { max: round2(1.5 * unit), perUnit: -0.5 })),
        ],
      },
      { code: "IV", name: "Điểm thưởng", items: Array.from({ length: mix.BONUS }, () => leaf("BONUS", { max: 2, perUnit: 0.5, cap: 2 })) },
      { code: "V", name: "Điểm trừ", items: Array.from({ length: mix.PENALTY }, () => leaf("PENALTY", { max: 3, perUnit: -1, cap: 3 })) },
    ];
    let order = 0;
    for (const g of groups) {
      if (g.items.length === 0) continue;
      const groupId = `bc_${bk}_${g.code}`;
      const groupMax = g.code === "IV" ? 4 : round2(g.items.reduce((s, l) => s + l.max, 0));
      add("Criterion", criterionRow(groupId, tableId, null, g.code, g.name, "GROUP", order++, groupMax, 0, false, false, null, null));
      g.items.forEach((l, i) => {
        add(
          "Criterion",
          criterionRow(
            l.id,
            tableId,
            groupId,
            `${g.code}.${i + 1}`,
            `Tiêu chí ${g.code}.${i + 1}`,
            l.kind,
            order++,
            l.max,
            l.min,
            l.allowNA,
            l.leader,
            l.perUnit,
            l.cap,
          ),
        );
        l.levels.forEach((points, j) => add("CriterionLevel", [`${l.id}_l${j + 1}`, l.id, j + 1, `Mức ${j + 1}`, points]));
        leaves.push(l);
      });
    }
    for (let i = 0; i < mix.GATE; i++) {
      const l = leaf("GATE");
      add(
        "Criterion",
        criterionRow(l.id, tableId, null, `VI.${i + 1}`, "Có vi phạm đến mức phải xử lý kỷ luật", "GATE", order++, 0, 0, false, false, null, null),
      );
      leaves.push(l);
    }

    // Agencies, memberships, sheets and entries.
    const agencyIds: string[] = [];
    const quality = new Map<string, number>(); // agency|criterion → how well it did, 0..1
    for (let a = 1; a <= spec.agencies; a++) {
      const agencyId = `ba_${bk}_${a}`;
      agencyIds.push(agencyId);
      add("Agency", [agencyId, `BENCH-${spec.tag}-K${b}-A${a}`, `Cơ quan thử tải ${a} khối ${b} (${spec.tag})`, `CQ${a}`, "BAN_DANG", provinceId]);
      add("Membership", [`bm_${bk}_${a}`, blocId, agencyId, BENCH_YEAR]);
      const sheetId = `bs_${bk}_${a}`;
      add("ScoreSheet", [sheetId, cycleId, tableId, agencyId, cross ? "SUBMITTED" : "VERIFIED", { raw: "now()" }, NOW]);
      const strength = 0.55 + 0.45 * rand();
      for (const l of leaves) {
        const q = Math.min(1, Math.max(0, strength + (rand() - 0.5) * 0.4));
        quality.set(`${agencyId}|${l.id}`, q);
        const e = entryValues(l, q, rand, !cross);
        add("ScoreEntry", [
          `${sheetId}_${l.id}`,
          sheetId,
          l.id,
          l.min,
          l.max,
          e.isNA,
          e.selfInput,
          e.actual,
          e.target,
          e.verifiedPoints,
          e.verifiedActual,
          e.verifiedTarget,
          e.finalPoints,
          NOW,
        ]);
      }
    }

    if (cross) {
      for (const s of agencyIds) {
        for (const t of agencyIds) {
          if (s === t) continue;
          add("CrossScoreSubmission", [`bxs_${s}_${t.slice(t.lastIndexOf("_") + 1)}`, cycleId, s, t]);
          for (const l of leaves) {
            const q = quality.get(`${t}|${l.id}`)!;
            const seen = Math.min(1, Math.max(0, q + (rand() - 0.5) * 0.2));
            add("CrossScore", [
              `bx_${s}_${t.slice(t.lastIndexOf("_") + 1)}_${l.id.slice(l.id.lastIndexOf("_") + 1)}`,
              cycleId,
              s,
              t,
              l.id,
              crossPoints(l, seen),
              NOW,
            ]);
          }
        }
      }
    }
  }
  return out;
}

function criterionRow(
  id: string,
  tableId: string,
  parentId: string | null,
  code: string,
  name: string,
  type: string,
  order: number,
  max: number,
  min: number,
  allowNA: boolean,
  leader: boolean,
  perUnit: number | null,
  cap: number | null,
): Value[] {
  return [id, tableId, parentId, code, name, type, order, max, min, allowNA, leader, perUnit, cap];
}

interface EntryValues {
  isNA: boolean;
  selfInput: number | null;
  actual: number | null;
  target: number | null;
  verifiedPoints: number | null;
  verifiedActual: number | null;
  verifiedTarget: number | null;
  finalPoints: number | null;
}

/** One agency's entry for one criterion; `q` 0..1 is how well it did. */
function entryValues(l: Leaf, q: number, rand: () => number, verify: boolean): EntryValues {
  const e: EntryValues = {
    isNA: false,
    selfInput: null,
    actual: null,
    target: null,
    verifiedPoints: null,
    verifiedActual: null,
    verifiedTarget: null,
    finalPoints: null,
  };
  const verified = verify && rand() < 0.25;
  switch (l.kind) {
    case "GRADED": {
      const level = Math.min(4, Math.max(1, 4 - Math.floor(q * 4)));
      e.selfInput = level;
      if (verified) e.verifiedPoints = l.levels[Math.min(3, level)];
      break;
    }
    case "QUANTITATIVE": {
      const target = Math.round(50 + rand() * 150);
      e.target = target;
      e.actual = Math.round(target * (0.5 + q * 0.8));
      if (verified) {
        e.verifiedActual = Math.round(e.actual * 0.9);
        if (rand() < 0.3) e.verifiedTarget = target + 10;
      }
      break;
    }
    case "YES_NO":
      if (l.allowNA && rand() < 0.05) e.isNA = true;
      else e.selfInput = q > 0.3 ? 1 : 0;
      if (verified && !e.isNA) e.verifiedPoints = q > 0.45 ? l.max : 0;
      break;
    case "COUNT":
      e.selfInput = Math.floor((1 - q) * 4);
      if (verified) e.verifiedPoints = round2(Math.max(0, l.max - 0.5 * (e.selfInput + 1)));
      break;
    case "BONUS":
      e.selfInput = Math.floor(q * 5);
      if (verified) e.verifiedPoints = Math.min(l.max, 0.5 * Math.max(0, e.selfInput - 1));
      break;
    case "PENALTY":
      e.selfInput = rand() < 0.8 ? 0 : 1 + Math.floor(rand() * 2);
      if (verified) e.verifiedPoints = Math.min(l.cap ?? l.max, e.selfInput);
      break;
    case "GATE":
      e.selfInput = rand() < 0.02 ? 1 : 0;
      break;
  }
  // A few points settled after an objection (docs/domain/score-review.md#three-columns): final wins over everything else.
  if (verify && l.kind !== "GATE" && l.kind !== "QUANTITATIVE" && !e.isNA && rand() < 0.02) e.finalPoints = Math.min(l.max, quarter(l.max * q));
  return e;
}

/** The points a scorer gives for a criterion it sees at `q` (a deduction for PENALTY). */
function crossPoints(l: Leaf, q: number): number {
  if (l.kind === "GATE") return 0;
  if (l.kind === "PENALTY") return quarter((1 - q) * (l.cap ?? l.max) * 0.5);
  return Math.min(l.max, quarter(l.max * q));
}

const COLUMNS: Record<(typeof TABLE_ORDER)[number], readonly string[]> = {
  Province: ["id", "code", "name"],
  Bloc: ["id", "code", "name", "kind", "level", "provinceId", "organiser", "updatedAt"],
  Agency: ["id", "code", "name", "shortName", "type", "provinceId"],
  Membership: ["id", "blocId", "agencyId", "year"],
  Cycle: ["id", "blocId", "year", "scoringMode", "rules", "updatedAt"],
  CriteriaTable: ["id", "cycleId", "version", "title", "scale", "bonusCap", "status", "lockedAt"],
  Criterion: ["id", "tableId", "parentId", "code", "name", "type", "order", "maxPoints", "minPoints", "allowNA", "useLeaderFormula", "pointsPerUnit", "cap"],
  CriterionLevel: ["id", "criterionId", "order", "label", "points"],
  ScoreSheet: ["id", "cycleId", "tableId", "agencyId", "status", "submittedAt", "updatedAt"],
  ScoreEntry: [
    "id",
    "sheetId",
    "criterionId",
    "minPoints",
    "maxPoints",
    "isNA",
    "selfInput",
    "actual",
    "target",
    "verifiedPoints",
    "verifiedActual",
    "verifiedTarget",
    "finalPoints",
    "updatedAt",
  ],
  CrossScoreSubmission: ["id", "cycleId", "scorerAgencyId", "targetAgencyId"],
  CrossScore: ["id", "cycleId", "scorerAgencyId", "targetAgencyId", "criterionId", "points", "updatedAt"],
};

/** SQL literal of a generated value (ids and texts are ours; quotes are still escaped). */
export function literal(v: Value): string {
  if (v === null) return "NULL";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return String(v);
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return `'${v.replaceAll("'", "''")}'`;
  return v.raw;
}

/** Multi-row INSERT statements of at most `chunk` rows each. */
export function insertStatements(table: string, data: Rows, chunk = 2000): string[] {
  const head = `INSERT INTO "${table}" (${data.columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const out: string[] = [];
  for (let i = 0; i < data.rows.length; i += chunk) {
    out.push(
      head +
        data.rows
          .slice(i, i + chunk)
          .map((r) => `(${r.map(literal).join(", ")})`)
          .join(",\n"),
    );
  }
  return out;
}
