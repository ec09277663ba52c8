import type { Plugin } from "vite";

// Placeholder until the emulator lands: mounts nothing.
export function graphEmulator(): Plugin {
  return { name: "meetloop-graph-emulator" };
}
