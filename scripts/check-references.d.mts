export interface Reference {
  text: string;
  file: string;
  anchor: string | null;
  loose?: boolean;
}
export interface RepoFs {
  kind(path: string): "file" | "dir" | null;
  read(path: string): string;
  list(dir: string): string[];
}
export declare const SCAN_ROOTS: string[];
export declare const SKIP_DIRS: string[];
export declare const EXEMPT_FROM_FORBIDDEN: string[];
export declare const SKIP_FILES: string[];
export declare const FORBIDDEN: { re: RegExp; message: string }[];
export declare function slugify(heading: string): string;
export declare function anchorsIn(markdown: string): Set<string>;
export declare function referencesIn(line: string, from: string): Reference[];
export declare function checkText(from: string, text: string, fs: RepoFs): string[];
export declare function checkReference(ref: Reference, fs: RepoFs): string | null;
export declare function filesToScan(root: string): string[];
export declare function repoFs(root: string): RepoFs;
export declare function checkRepository(root: string): string[];
