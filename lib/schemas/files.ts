/**
 * The files a user actually chose in a file input. A file input left empty
 * still sends one part: no name (or "blob"/"undefined", depending on the
 * parser), no bytes, typed application/octet-stream. A real empty file keeps
 * its name and type and is passed on, so the server refuses it with a message.
 */
function isEmptyPart(f: File): boolean {
  return f.size === 0 && (["", "blob", "undefined"].includes(f.name) || f.type === "" || f.type === "application/octet-stream");
}

export function chosenFiles(form: FormData, key: string): File[] {
  return form.getAll(key).filter((v): v is File => typeof v !== "string" && !isEmptyPart(v));
}

export function chosenFile(form: FormData, key: string): File | null {
  return chosenFiles(form, key)[0] ?? null;
}
