export const VOTE_NOT_FOUND = "Không tìm thấy cuộc biểu quyết này.";

export const CHAIR_ONLY = "Chỉ Trưởng khối (chủ trì hội nghị) được điều hành cuộc biểu quyết.";
