import type { StartedEmulator } from "../../../emulator/start-emulator";

/** What a flow of the sweep is run with: faults are switched on when the flow's setup is done. */
export interface SweepContext {
  emulator: StartedEmulator;
  random: () => number;
  /** The meeting chat of the default tenant's 周例会. */
  chatId: string;
  startFaults: () => Promise<void>;
  stopFaults: () => Promise<void>;
}
