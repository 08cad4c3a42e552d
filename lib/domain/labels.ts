// Vietnamese names of the schema's enumerations, for pages and documents.
export const AGENCY_TYPE_LABELS: Record<string, string> = {
  BAN_DANG: "Ban Đảng",
  UY_BAN_KIEM_TRA: "Ủy ban Kiểm tra",
  VAN_PHONG: "Văn phòng",
  DANG_UY_KHOI: "Đảng ủy khối",
  BAO: "Báo",
  TRUONG_CHINH_TRI: "Trường Chính trị",
  HOC_VIEN: "Học viện",
  DON_VI_SU_NGHIEP: "Đơn vị sự nghiệp",
  KHAC: "Khác",
};

export const LEVEL_LABELS: Record<string, string> = { CENTRAL: "Trung ương", PROVINCE: "Tỉnh, thành phố", DISTRICT: "Huyện, quận" };
export const BLOC_KIND_LABELS: Record<string, string> = { KHOI: "Khối thi đua", CUM: "Cụm thi đua" };
export const OFFICER_ROLE_LABELS: Record<string, string> = { HEAD: "Trưởng khối", DEPUTY: "Phó khối" };
export const SELECTION_LABELS: Record<string, string> = {
  ELECTED: "Bầu tại hội nghị",
  ACCLAIMED: "Suy tôn",
  APPOINTED: "Cấp trên chỉ định",
  ROTATION: "Luân phiên",
};
export const SCORING_MODE_LABELS: Record<string, string> = { VERIFICATION: "Tự chấm và thẩm định", CROSS_SCORING: "Chấm chéo" };
