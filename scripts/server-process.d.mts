import type { ChildProcess } from "node:child_process";

export interface ServerChild extends ChildProcess {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}
export declare const APP_BUILD_INPUTS: string[];
export declare function buildIsCurrent(distDir?: string, inputs?: string[]): boolean;
export declare function portInUse(port: number): Promise<boolean>;
export declare function startServer(options: {
  args: string[];
  env: NodeJS.ProcessEnv;
  readyUrl: string;
  timeoutMs?: number;
  echo?: boolean;
}): Promise<ServerChild>;
export declare function stopServer(child: ServerChild): Promise<void>;
