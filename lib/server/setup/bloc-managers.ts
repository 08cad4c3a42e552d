/** Why a bloc's settings (members, officers, details) are refused: "bloc:manage" is the bloc's secretary and chair. */
export const BLOC_MANAGERS_ONLY = "Chỉ Thư ký khối và Trưởng khối được thay đổi thiết lập của khối.";
