/**
 * On paper only the official sheet prints (components/documents/official-sheet.tsx), on A4 with
 * the administrative margins: everything around it — menus, forms, buttons — is hidden.
 */
const PRINT_CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@media print {
  body *:not(:has(.official-sheet)):not(.official-sheet):not(.official-sheet *) { display: none !important; }
  body *:has(.official-sheet) { position: static !important; padding: 0 !important; margin: 0 !important; max-width: none !important; background: white !important; overflow: visible !important; border: none !important; }
  .official-sheet { width: auto !important; padding: 0 !important; box-shadow: none !important; border: none !important; }
}`;

export function SheetPrintStyle() {
  return <style>{PRINT_CSS}</style>;
}
