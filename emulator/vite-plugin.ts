// Mounts the Graph emulator inside `vite` and `vite preview` for every URL under /graph/, so the
// demo app talks to it on its own origin. Runs in Node beside Vite; never in the client bundle.
// The scenario is the default one, or the file named by MEETLOOP_SCENARIO; the cloud is the app's
// (VITE_CLOUD=china: the emulator answers as Microsoft 365 operated by 21Vianet) or MEETLOOP_CLOUD.
import { createEmulator } from "./create-emulator.ts";
import { isEmulatorCloud } from "./http/national-cloud.ts";
import { defaultScenarioPath, loadScenarioFile } from "./scenario/load.ts";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin } from "vite";
import type { Emulator } from "./create-emulator.ts";

type Next = (error?: unknown) => void;

export function graphEmulator(): Plugin {
  let emulator: Emulator | undefined;
  const getEmulator = (): Emulator => {
    const cloud = process.env.MEETLOOP_CLOUD ?? process.env.VITE_CLOUD ?? "global";
    emulator ??= createEmulator({
      scenario: loadScenarioFile(process.env.MEETLOOP_SCENARIO ?? defaultScenarioPath),
      cloud: isEmulatorCloud(cloud) ? cloud : "global",
    });
    return emulator;
  };
  const middleware = (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (req.url?.startsWith("/graph/") !== true) {
      next();
      return;
    }
    getEmulator().handle(req, res);
  };
  return {
    name: "meetloop-graph-emulator",
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
