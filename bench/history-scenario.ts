// A long 周例会 the app itself can open: the emulator started in process with 40 more members of
// the workspace group (speakers 01–40), the series configured as the organizer's page leaves it,
// and years of its weekly history — agendas, 40 reports, published minutes with Planner tasks and
// reviews per occurrence — seeded straight into the emulator's state (emulator/scenarios/seed-history.ts),
// on the calendar's own occurrence times. The demo build is served in front of it on one origin, as
// `npm run preview` serves it beside its own emulator.
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { build, createServer as createViteServer, preview } from "vite";
import { startEmulator } from "../emulator/start-emulator";
import type { StartedEmulator } from "../emulator/start-emulator";
import { seedHistory } from "../emulator/scenarios/seed-history";
import { createScenarioWithSpeakers, speakers } from "../emulator/scenarios/with-speakers";
import { findChatByTopic, getTenant } from "../test/support/emulator-admin";
import { planId, seedWeeklySeries } from "../test/support/seed-series";

export const organizer = "wang.jianguo@yunzhan.example";
export const noteTaker = "sun.li@yunzhan.example";
const week = 7 * 86_400_000;

export interface SeededHistory {
  chatId: string;
  /** The seeded occurrences' keys, oldest first. */
  occurrenceKeys: string[];
  occurrences: number;
  listItems: number;
  tasks: number;
}

/**
 * Configures 周例会 and seeds `weeks` weekly occurrences of history with `reporters` speakers each,
 * the last one the latest held occurrence on the calendar, so the records and the calendar agree
 * on every occurrence the calendar read returns. `origin` is where the app is served (the meeting
 * tab points there) with the emulator under /graph/.
 */
export async function seedSeriesHistory(
  started: StartedEmulator,
  origin: string,
  shape: { weeks: number; reporters: number },
): Promise<SeededHistory> {
  const chat = findChatByTopic(await getTenant(origin), "周例会");
  const { workspace, series } = await seedWeeklySeries(origin, chat.id, organizer, noteTaker);
  const now = Date.now();
  const last = series.occurrences.filter((o) => o.status !== "cancelled" && o.start.getTime() < now).at(-1);
  if (last === undefined) throw new Error("周例会 has no held occurrence on the calendar");
  const generated = await seedHistory(
    started.emulator.getState(),
    {
      graphBaseUrl: started.graphBaseUrl,
      upn: organizer,
      siteId: workspace.siteId,
      lists: workspace.lists,
      planId,
      chatId: chat.id,
    },
    {
      occurrences: shape.weeks,
      reportsPerOccurrence: shape.reporters,
      actionsPerOccurrence: 6,
      firstStart: new Date(last.start.getTime() - (shape.weeks - 1) * week),
      people: speakers.slice(0, shape.reporters),
    },
  );
  return {
    chatId: chat.id,
    occurrenceKeys: generated.occurrenceKeys,
    occurrences: shape.weeks,
    listItems: generated.listItems,
    tasks: generated.tasks,
  };
}

export interface AppWithEmulator {
  /** The app and, under /graph/, the emulator, on one origin. */
  url: string;
  emulator: StartedEmulator;
  close(): Promise<void>;
}

/**
 * The app served by Vite behind a front that sends /graph/… to `emulator` and everything else to
 * Vite: the demo build (built into `outDir` first unless `skipBuild`) by `vite preview`, as
 * `npm run preview` serves it, or without `outDir` the dev server, as `npm run dev` does.
 */
export async function serveAppWith(
  emulator: StartedEmulator,
  options: { outDir?: string; skipBuild?: boolean } = {},
): Promise<AppWithEmulator> {
  const { outDir } = options;
  let vite: { url: string; close(): Promise<void> };
  if (outDir === undefined) {
    // No HMR: its websocket would not pass the front, and nothing here edits files.
    const dev = await createViteServer({
      server: { port: 0, host: "127.0.0.1", hmr: false },
      logLevel: "warn",
      clearScreen: false,
    });
    await dev.listen();
    vite = { url: dev.resolvedUrls?.local[0] ?? "", close: () => dev.close() };
  } else {
    if (options.skipBuild !== true)
      await build({ mode: "demo", logLevel: "warn", build: { outDir, emptyOutDir: true } });
    const server = await preview({
      mode: "demo",
      preview: { port: 0, host: "127.0.0.1" },
      build: { outDir },
      logLevel: "warn",
    });
    vite = {
      url: server.resolvedUrls?.local[0] ?? "",
      close: () =>
        new Promise<void>((resolve) =>
          server.httpServer.close(() => {
            resolve();
          }),
        ),
    };
  }
  const target = new URL(vite.url);
  const front = createServer((req, res) => {
    if (req.url?.startsWith("/graph/") === true) {
      emulator.emulator.handle(req, res);
      return;
    }
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", (error) => {
      res.destroy(error);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  const { port } = front.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    emulator,
    close: async () => {
      front.closeAllConnections();
      await new Promise<void>((resolve) =>
        front.close(() => {
          resolve();
        }),
      );
      await vite.close();
      await emulator.close();
    },
  };
}

/** The emulator with the 40 speakers, 周例会 configured and `weeks` of its history, behind the app. */
export async function startAppWithHistory(options: {
  weeks: number;
  reporters: number;
  outDir?: string;
  skipBuild?: boolean;
}): Promise<AppWithEmulator & SeededHistory> {
  const app = await serveAppWith(await startEmulator({ port: 0, scenario: createScenarioWithSpeakers() }), options);
  try {
    return { ...app, ...(await seedSeriesHistory(app.emulator, app.url, options)) };
  } catch (error) {
    await app.close();
    throw error;
  }
}
