// Lint is part of `npm test` with zero warnings. The import rules below are the architecture:
// features never import each other, only src/app composes them, and vendor SDKs are reached
// only through their wrappers in src/lib.
import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import prettier from "eslint-config-prettier";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

// Every folder in src/features is a feature; a new one is covered without touching this file.
const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const vendorWrappers = [
  { name: "@microsoft/teams-js", message: "Use the host port in src/lib/teams instead." },
  { name: "@azure/msal-browser", message: "Use the auth port in src/lib/auth instead." },
  { name: "@microsoft/microsoft-graph-client", message: "Use the typed operations in src/lib/graph instead." },
  { name: "chinese-days", message: "Use src/lib/holidays/china-holidays (its data only) instead." },
  {
    name: "chinese-days/dist/chinese-days.json",
    message: "Use src/lib/holidays/china-holidays instead.",
  },
  {
    name: "cldr-core/supplemental/windowsZones.json",
    message: "Use src/lib/time/windows-zones (the table generated from it) instead.",
  },
];

// The layers (docs/architecture.md §3): app composes features; features use the meeting kernel and
// lib; the kernel uses lib only; lib is infrastructure and imports nothing above it.
const architectureZones = [
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: "./src/features",
    except: [`./${f}`],
    message: "Features never import each other: compose them in src/app.",
  })),
  { target: "./src/features", from: "./src/app", message: "Features must not import from src/app." },
  {
    target: "./src/meeting",
    from: ["./src/app", "./src/features"],
    message: "The meeting kernel imports only src/lib: move what features share into it instead.",
  },
  {
    target: "./src/meeting/model",
    from: "./src/meeting/api",
    message: "The kernel's model is pure: Graph operations live in src/meeting/api.",
  },
  {
    target: "./src/lib",
    from: ["./src/app", "./src/features", "./src/meeting"],
    message: "src/lib is infrastructure: it imports no app, feature or meeting code.",
  },
];

const bundleZone = {
  target: "./src",
  from: ["./emulator", "./test", "./bench", "./scripts"],
  message: "The emulator and test code never reach the app bundle.",
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", ".bench/**"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "no-empty": ["error", { allowEmptyCatch: false }],
      "import-x/no-cycle": "error",
      "import-x/no-duplicates": ["error", { "prefer-inline": false }],
      "import-x/no-restricted-paths": ["error", { zones: [...architectureZones, bundleZone] }],
      "no-restricted-imports": ["error", { paths: vendorWrappers }],
    },
  },
  {
    files: ["src/lib/teams/**", "src/lib/auth/**", "src/lib/graph/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["src/lib/holidays/china-holidays.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // The table's own test compares it with the package it was generated from.
    files: ["src/lib/time/windows-zones.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // The kernel's model is pure domain logic: no React, no Graph client, no I/O.
    files: ["src/meeting/model/**"],
    ignores: ["src/meeting/model/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...vendorWrappers,
            { name: "react", message: "The kernel's model is pure: no React." },
            { name: "@tanstack/react-query", message: "The kernel's model is pure: queries live in api/." },
          ],
          patterns: [
            {
              group: ["@/lib/graph", "@/lib/graph/*"],
              message: "The kernel's model does no I/O: use src/meeting/api.",
            },
            { group: ["@fluentui/*"], message: "The kernel's model is pure: no UI." },
          ],
        },
      ],
    },
  },
  {
    // Unit tests beside the code may use the shared test helpers (e.g. the card schema validator).
    files: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    rules: { "import-x/no-restricted-paths": ["error", { zones: architectureZones }] },
  },
  {
    // One import style per runtime: what Vite bundles (src, test, bench) names modules without an
    // extension; what Node loads itself (the emulator, scripts, the Vite config and what it imports)
    // names the file, as Node's own resolution and Vite's native config loader need.
    files: ["src/**/*.{ts,tsx}", "test/**/*.ts", "bench/**/*.ts"],
    rules: { "import-x/extensions": ["error", "never", { json: "always" }] },
  },
  {
    files: ["emulator/**/*.ts", "scripts/**/*.ts", "vite.config.ts"],
    rules: {
      "import-x/extensions": [
        "error",
        "always",
        // The app's own modules, reached by the @/ alias, follow the app's style.
        { ignorePackages: true, pathGroupOverrides: [{ pattern: "@/**", action: "ignore" }] },
      ],
    },
  },
  prettier,
  {
    files: ["**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
