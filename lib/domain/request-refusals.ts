/**
 * What the app answers when a request cannot be served at all: the database
 * is unreachable, or the request itself is malformed or too large. The proxy
 * answers with these before any page or action runs, the use cases with the
 * outage message when the database goes away mid-request, and the error page
 * shows them as they are (they are the only messages it shows verbatim: any
 * other error could carry internals). docs/decisions/0014 says why.
 */
export const DATABASE_UNAVAILABLE_MESSAGE = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu, vui lòng thử lại sau.";
export const MALFORMED_REQUEST_MESSAGE = "Yêu cầu không hợp lệ (dữ liệu gửi lên bị lỗi hoặc không đầy đủ). Vui lòng tải lại trang và thử lại.";
export const BODY_TOO_LARGE_MESSAGE = "Dữ liệu gửi lên quá lớn (tối đa 50 MB mỗi lần). Vui lòng gửi ít tệp hơn hoặc tệp nhỏ hơn.";
export const BAD_ADDRESS_MESSAGE = "Địa chỉ trang không hợp lệ.";

/** Seconds a client is asked to wait before retrying during an outage. */
export const RETRY_AFTER_SECONDS = 5;

const SHOWN_VERBATIM = new Set([DATABASE_UNAVAILABLE_MESSAGE, MALFORMED_REQUEST_MESSAGE, BODY_TOO_LARGE_MESSAGE, BAD_ADDRESS_MESSAGE]);

/** The message an error page may show for an error, or null for the generic one. */
export function refusalShownToUser(message: string | undefined): string | null {
  return message && SHOWN_VERBATIM.has(message) ? message : null;
}
