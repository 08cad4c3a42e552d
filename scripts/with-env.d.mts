export declare const PGLITE_PLACEHOLDER_URL: string;
export declare function localEnv(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number>;
export declare function bin(name: string): string;
