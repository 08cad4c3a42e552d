export declare function findChromium(env?: NodeJS.ProcessEnv): string | null;
export declare function missingChromiumMessage(env?: NodeJS.ProcessEnv): string;
