/**
 * Adding, renaming and merging provinces is "province:manage", held by the system administrator
 * alone (council staff keep their own province's agencies and accounts, not the list of provinces).
 */
export const PROVINCE_ADMINS_ONLY = "Chỉ quản trị hệ thống được thêm, đổi tên và hợp nhất tỉnh, thành phố.";
