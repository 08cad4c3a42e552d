/** Names of downloaded files: the Vietnamese name made safe, and its ASCII stand-in. */

/** File names keep Vietnamese letters but drop what file systems refuse. */
export function safeFileName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 150);
}

export function dossierZipName(blocName: string, year: number): string {
  return safeFileName(`Hồ sơ đề nghị khen thưởng năm ${year} - ${blocName}`) + ".zip";
}

/** An ASCII stand-in for the Content-Disposition `filename=` fallback. */
export function asciiFileName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9._ -]+/g, "")
    .replace(/\s+/g, "-");
}

/** A document of one agency for the year: "Đăng ký thi đua năm 2026 - Ban Tổ chức Tỉnh ủy.docx". */
export function agencyDocxName(document: string, year: number, agencyName: string): string {
  return safeFileName(`${document} năm ${year} - ${agencyName}`) + ".docx";
}

/** A recorded decision: "Quyết định 68-QĐ-KTĐCQĐTW ngày 2020-03-04.docx" (the number's "/" is not a file name's). */
export function decisionDocxName(number: string, issuedOn: string): string {
  return safeFileName(`Quyết định ${number} ngày ${issuedOn}`) + ".docx";
}

/** The bloc's year-end report: "Báo cáo tổng kết năm 2026 - Khối thi đua ….docx". */
export function yearEndReportDocxName(blocName: string, year: number): string {
  return safeFileName(`Báo cáo tổng kết năm ${year} - ${blocName}`) + ".docx";
}

/** The province summary across blocs: "Tổng hợp các khối thi đua năm 2026 - Quảng Ngãi.xlsx". */
export function provinceSummaryFileName(scopeName: string, year: number, extension: "docx" | "xlsx"): string {
  return safeFileName(`Tổng hợp các khối thi đua năm ${year} - ${scopeName}`) + `.${extension}`;
}

/** An activity's plan or result notice: "Thông báo kết quả - Hội thi văn hóa công sở (2026).docx". */
export function activityDocxName(document: "Kế hoạch" | "Thông báo kết quả", title: string, year: number): string {
  return safeFileName(`${document} - ${title.slice(0, 100)} (${year})`) + ".docx";
}
