/**
 * A short Vietnamese description of the browser behind a session ("Chrome
 * trên Windows"), from its User-Agent header, so a user can recognise their
 * own sessions in the list. A description only: never a security decision.
 */
const BROWSERS: [RegExp, string][] = [
  [/coc_coc_browser/i, "Cốc Cốc"],
  [/Edg(e|A|iOS)?\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/SamsungBrowser/, "Samsung Internet"],
  [/Firefox\/|FxiOS/, "Firefox"],
  [/Chrome\/|CriOS|Chromium/, "Chrome"],
  [/Safari\//, "Safari"],
];

const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad|iPod/, "iOS"],
  [/Android/, "Android"],
  [/CrOS/, "ChromeOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
];

export function describeBrowser(userAgent: string | null | undefined): string {
  if (!userAgent?.trim()) return "Trình duyệt không xác định";
  const browser = BROWSERS.find(([re]) => re.test(userAgent))?.[1];
  const system = SYSTEMS.find(([re]) => re.test(userAgent))?.[1];
  if (browser && system) return `${browser} trên ${system}`;
  return browser ?? (system ? `Trình duyệt trên ${system}` : "Trình duyệt không xác định");
}
