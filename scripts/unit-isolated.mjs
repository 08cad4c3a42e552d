// Unit test files that mock or re-import modules (vi.mock, vi.resetModules, process.env changes).
// The unit project shares modules between files (isolate: false, vitest.config.ts), so these run
// apart, each in a process of its own; ESLint (eslint.config.mjs) refuses those calls elsewhere.
export const UNIT_ISOLATED = ["lib/server/run-action.test.ts", "lib/format.test.ts"];
