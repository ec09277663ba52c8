// Zod compiles object parsers with new Function() where eval is allowed, and probes for that the
// first time a module builds an object schema. The hosted Content-Security-Policy forbids eval
// (no 'unsafe-eval': scripts/hosting/security-headers.ts), and the refused probe is itself a
// reported violation, so Zod is told up front to interpret instead. Zod reads its configuration
// from globalThis.__zod_globalConfig (zod/v4/core/core.js), so setting it there keeps Zod itself out
// of the start-up chunk. main.tsx imports this first, before boot loads any module with a schema.
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };

export {};
