// Zod compiles object parsers with new Function() where eval is allowed, and probes for that the
// first time a module builds an object schema. The hosted Content-Security-Policy forbids eval
// (no 'unsafe-eval': scripts/hosting/security-headers.ts), and the refused probe is itself a
// reported violation, so Zod is told up front to interpret instead. main.tsx imports this first,
// before boot loads any module that defines a schema.
import { config } from "zod/v4/core";

config({ jitless: true });
