// Starts the emulator on a real HTTP port (0 = any free port); used by tests, the CLI and
// benchmarks. close() also ends keep-alive connections so test runs exit promptly.
import { createServer } from "node:http";
import { createEmulator } from "./create-emulator.ts";
import type { AddressInfo } from "node:net";
import type { Emulator } from "./create-emulator.ts";
import type { EmulatorCloud } from "./http/national-cloud.ts";
import type { Scenario } from "./scenario/schema.ts";

export interface StartedEmulator {
  readonly url: string;
  readonly graphBaseUrl: string;
  readonly emulator: Emulator;
  close(): Promise<void>;
}

export async function startEmulator(
  options: { port?: number; scenario?: Scenario; host?: string; now?: () => Date; cloud?: EmulatorCloud } = {},
): Promise<StartedEmulator> {
  const emulator = createEmulator({
    ...(options.scenario ? { scenario: options.scenario } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.cloud ? { cloud: options.cloud } : {}),
  });
  const server = createServer((req, res) => {
    emulator.handle(req, res);
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    url,
    graphBaseUrl: `${url}/graph/v1.0`,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
