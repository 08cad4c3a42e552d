// The two provincial blocs that exist only for the live demo (docs/decisions/0005). The 2025
// reorganisation is real (docs/decisions/0005: Ban Tuyên giáo and Ban Dân vận merged; provinces merged —
// Quảng Ngãi absorbed Kon Tum, Ninh Bình absorbed Hà Nam and Nam Định), and each province does have
// a Party-agency emulation bloc; but no source article describes these two blocs.
// DEMO: both blocs, their member lists and every agency row below are invented (isDemoData).
import type { AgencySeed } from "../util";

export interface NewBloc {
  code: string;
  name: string;
  province: { code: string; name: string };
  organiser: string;
  agencies: AgencySeed[];
  head: string;
  deputy: string;
}

/** The eight agencies of a merged province's Party bloc after 2025, named for `province`. */
export function partyAgencies(prefix: string, province: string): AgencySeed[] {
  const a = (code: string, name: string, shortName: string, type: AgencySeed["type"]): AgencySeed => ({
    code: `${prefix}-${code}`,
    name: `${name} ${province}`,
    shortName,
    type,
    isDemoData: true,
  });
  return [
    a("BTC", "Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "BAN_DANG"),
    a("UBKT", "Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "UY_BAN_KIEM_TRA"),
    a("BTGDV", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "BAN_DANG"),
    a("BNC", "Ban Nội chính Tỉnh ủy", "Ban Nội chính Tỉnh ủy", "BAN_DANG"),
    a("VP", "Văn phòng Tỉnh ủy", "Văn phòng Tỉnh ủy", "VAN_PHONG"),
    a("DUK", "Đảng ủy các cơ quan Đảng tỉnh", "Đảng ủy các cơ quan Đảng tỉnh", "DANG_UY_KHOI"),
    a("BAO", "Báo và Phát thanh, Truyền hình", "Báo và Phát thanh, Truyền hình tỉnh", "BAO"),
    a("TCT", "Trường Chính trị tỉnh", "Trường Chính trị tỉnh", "TRUONG_CHINH_TRI"),
  ];
}

export const QUANG_NGAI: NewBloc = {
  code: "QNG-CQD",
  name: "Khối thi đua các cơ quan Đảng tỉnh Quảng Ngãi",
  province: { code: "QNG", name: "Quảng Ngãi" },
  organiser: "Hội đồng Thi đua – Khen thưởng tỉnh Quảng Ngãi",
  agencies: partyAgencies("QNG", "Quảng Ngãi"),
  head: "QNG-BTC", // DEMO
  deputy: "QNG-VP", // DEMO
};

export const NINH_BINH: NewBloc = {
  code: "NB-CQD",
  name: "Khối thi đua các cơ quan Đảng tỉnh Ninh Bình",
  province: { code: "NB", name: "Ninh Bình" },
  organiser: "Hội đồng Thi đua – Khen thưởng tỉnh Ninh Bình",
  agencies: partyAgencies("NB", "Ninh Bình"),
  head: "NB-BTGDV", // DEMO
  deputy: "NB-UBKT", // DEMO
};
