import "server-only";
import { isDatabaseUnavailable } from "./db-errors";
import { DATABASE_UNAVAILABLE_MESSAGE, RETRY_AFTER_SECONDS } from "@/lib/domain/request-refusals";

/** Expected failures of a use case; anything else is a bug (error.tsx). */
export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "PHASE_CLOSED" | "CONFLICT" | "INVALID_INPUT" | "UNAVAILABLE";

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "Vui lòng đăng nhập để tiếp tục.",
  FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
  NOT_FOUND: "Không tìm thấy dữ liệu yêu cầu.",
  PHASE_CLOSED: "Giai đoạn này đang đóng.",
  CONFLICT: "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại.",
  INVALID_INPUT: "Dữ liệu nhập chưa hợp lệ.",
  UNAVAILABLE: DATABASE_UNAVAILABLE_MESSAGE,
};

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PHASE_CLOSED: 409,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  UNAVAILABLE: 503,
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

/**
 * The failure a user should read, or null for a bug. A database that cannot
 * be reached is expected (a restart, a network cut): the user gets the outage
 * message and can retry, instead of a raw 500.
 */
export function expectedFailure(e: unknown): AppError | null {
  if (isAppError(e)) return e;
  if (isDatabaseUnavailable(e)) return new AppError("UNAVAILABLE");
  return null;
}

export function toResponse(e: unknown): Response {
  const failure = expectedFailure(e);
  if (!failure) throw e;
  const headers: HeadersInit = failure.code === "UNAVAILABLE" ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {};
  return Response.json({ code: failure.code, message: failure.message }, { status: HTTP_STATUS[failure.code], headers });
}
