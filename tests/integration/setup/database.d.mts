export declare const PGLITE_PLACEHOLDER_URL: string;
export declare function serverUrl(env?: NodeJS.ProcessEnv): string | null;
export declare function siblingDatabaseUrl(url: string, suffix: string): { url: string; database: string };
export declare function recreatePostgresDatabase(url: string): Promise<void>;
export interface PreparedDatabase {
  kind: "postgres" | "pglite";
  label: string;
  env: { DATABASE_URL: string; PGLITE_DATA_DIR?: string };
}
export declare function prepareDatabase(options: { suffix: string; pgliteDir: string; env?: NodeJS.ProcessEnv }): Promise<PreparedDatabase>;
export declare function cloneDatabase(prepared: PreparedDatabase, count: number): Promise<PreparedDatabase["env"][]>;
export declare function existingDatabase(options: { suffix: string; pgliteDir: string; env?: NodeJS.ProcessEnv }): PreparedDatabase;
export declare function runQuiet(cmd: string, args: string[], env: NodeJS.ProcessEnv, options?: { cwd?: string }): Promise<string>;
export declare function migrateDeploy(env: NodeJS.ProcessEnv, cwd?: string): Promise<string>;
export declare function copyOfMigratedTemplate(options: { from: string; to: string; env?: NodeJS.ProcessEnv; cwd?: string }): Promise<PreparedDatabase | null>;
