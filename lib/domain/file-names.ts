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
