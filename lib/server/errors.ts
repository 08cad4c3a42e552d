import "server-only";

/** Expected failures of a use case; anything else is a bug (error.tsx). */
export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "PHASE_CLOSED" | "CONFLICT" | "INVALID_INPUT";

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Vui lòng đăng nhập để tiếp tục.",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
  NOT_FOUND: "Không tìm thấy dữ liệu yêu cầu.",
  PHASE_CLOSED: "Giai đoạn này đang đóng.",
  CONFLICT: "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại.",
  INVALID_INPUT: "Dữ liệu nhập chưa hợp lệ.",
};

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PHASE_CLOSED: 409,
  CONFLICT: 409,
  INVALID_INPUT: 400,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

export function toResponse(e: unknown): Response {
  if (isAppError(e)) return Response.json({ code: e.code, message: e.message }, { status: HTTP_STATUS[e.code] });
  throw e;
}
