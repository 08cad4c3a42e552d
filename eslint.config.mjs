// Lint: Next's recommended rules (core web vitals, TypeScript) and the layer boundaries of
// docs/ARCHITECTURE.md, so a wrong import fails `npm run validate` instead of a review.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { UNIT_ISOLATED } from "./scripts/unit-isolated.mjs";

/**
 * An import boundary: files matching `files` may not import the `patterns`. Each file must fall
 * under ONE boundary: a later block setting the same rule replaces an earlier one, it does not add.
 */
function boundary(files, patterns, message, ignores = []) {
  return {
    files,
    ignores,
    rules: { "no-restricted-imports": ["error", { patterns: patterns.map((group) => ({ group: [group], message })) }] },
  };
}

const DATA = ["@/lib/db", "@/lib/db/*", "@/lib/generated/*", "@prisma/*", "@/prisma/*"];
const ROUTES = ["@/app/*", "@/components/*"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  // Tests: Playwright's fixture callback is named `use`, and test worlds are set up by `use…`
  // functions; neither is a React hook.
  { files: ["tests/**", "**/*.test.ts", "**/*.test.tsx"], rules: { "react-hooks/rules-of-hooks": "off" } },
  // Unit files share modules (vitest.config.ts): what changes a module for one file would change it
  // for the files after it. Such a file goes in scripts/unit-isolated.mjs, where it runs alone.
  {
    files: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    ignores: UNIT_ISOLATED,
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|unmock|doUnmock|resetModules|stubGlobal|stubEnv)$/]",
          message: "Unit files share modules: list this file in scripts/unit-isolated.mjs to mock or re-import modules.",
        },
        {
          selector: "AssignmentExpression[left.object.object.name='process'][left.object.property.name='env']",
          message: "Unit files share one process: list this file in scripts/unit-isolated.mjs to change process.env.",
        },
      ],
    },
  },
  // Routes and components never reach the database: they go through lib/server's use cases and
  // readers, never its internal/ helpers (those take a transaction and check nothing).
  boundary(
    ["app/**"],
    [...DATA, "@/lib/server/*/internal/*", "@/lib/notifications/*"],
    "Trang và component đọc/ghi qua use case của lib/server: không gọi thẳng cơ sở dữ liệu, không dùng lib/server/*/internal hay lib/notifications (docs/CONVENTIONS.md).",
  ),
  // Components are presentational: they may name lib/server types, never call it.
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/server/*"], allowTypeImports: true, message: "Component chỉ nhận dữ liệu qua props; kiểu (import type) thì được." },
            ...[...DATA, "@/app/*"].map((group) => ({ group: [group], message: "Component không gọi cơ sở dữ liệu, không dùng mã của trang." })),
          ],
        },
      ],
    },
  },
  // The rules are pure: only themselves, the formatting helpers and zod.
  boundary(
    ["lib/domain/**"],
    [...ROUTES, "@/lib/server/*", "@/lib/auth/*", "@/lib/documents/*", "@/lib/votes/*", "@/lib/proxy/*", "@/lib/env", "next", "next/*", "react", ...DATA],
    "lib/domain là quy tắc thuần: chỉ dùng chính nó, lib/format và zod (docs/ARCHITECTURE.md).",
  ),
  // …and their tests may take the seed's catalogues as fixtures.
  boundary(
    ["lib/domain/**/*.test.ts"],
    [...ROUTES, "@/lib/server/*", "@/lib/db", "@/lib/db/*", "@prisma/*"],
    "Kiểm thử quy tắc thuần không dùng máy chủ hay cơ sở dữ liệu.",
  ),
  boundary(["lib/schemas/**"], [...ROUTES, "@/lib/server/*", ...DATA], "lib/schemas chỉ dùng lib/domain và zod."),
  // The server layer serves the routes, never the other way round.
  boundary(["lib/**"], ROUTES, "lib không phụ thuộc app hay components.", ["lib/domain/**", "lib/schemas/**"]),
  globalIgnores([
    ".next/**",
    "scripts/bench-pages/bare-next/.next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
    ".data/**",
  ]),
]);
