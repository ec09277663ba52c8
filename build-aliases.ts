import { fileURLToPath } from "node:url";

/**
 * Module aliases shared by vite.config.ts and vitest.config.ts. `@/` is src/;
 * `msal-browser-internals/<path>` is a module of @azure/msal-browser's own ES build, which the
 * package's exports do not list: src/lib/auth/msal-nested.ts takes only nested app auth from it
 * (tsconfig.json points the same name at the package's type declarations).
 */
export const appAliases = [
  { find: "@", replacement: fileURLToPath(new URL("./src", import.meta.url)) },
  {
    find: /^msal-browser-internals\/(.*)$/,
    replacement: `${fileURLToPath(new URL("./node_modules/@azure/msal-browser/dist/", import.meta.url))}$1.mjs`,
  },
];
