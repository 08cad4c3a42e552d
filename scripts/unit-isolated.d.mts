/** Unit test files that run each in a process of its own (see unit-isolated.mjs). */
export declare const UNIT_ISOLATED: string[];
