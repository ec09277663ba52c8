// Demo only: the fake Office host behind `?frame=outlook&as=<upn>` — an in-memory appointment
// (lib/office/in-memory-appointment.ts) standing for an event of the persona's emulator calendar,
// handed over in Outlook's EWS id format, with its event's own invitation body (read from the
// emulator), which the pane can prepend to. Tests and the demo's body panel read it through
// `window.__meetloopFakeOffice` and getFakeOffice().
import type { GraphClient } from "@/lib/graph";
import type { AppointmentMode } from "@/lib/office/appointment-port";
import { createInMemoryAppointment } from "@/lib/office/in-memory-appointment";
import type { InMemoryAppointment } from "@/lib/office/in-memory-appointment";
import { convertRestIdToEwsId } from "@/lib/office/item-ids";
import { findDemoEvent } from "./find-demo-event";
import type { DemoEventTarget } from "./find-demo-event";

export interface FakeOfficeParams {
  mode: AppointmentMode;
  target: DemoEventTarget;
  /** `item=new`: a compose item not saved yet, to show what the pane says until it is. */
  isNew: boolean;
}

declare global {
  interface Window {
    __meetloopFakeOffice?: { readonly body: string; save(): void };
  }
}

/**
 * `mode=organizerCompose|attendeeRead` (default: read), `chat=<thread id>` with an optional
 * `occurrence=<key>|master` (default: the next meeting), or `subject=<event subject>` for an
 * appointment with no chat; `item=new` for an unsaved compose item.
 */
export function readFakeOfficeParams(params: URLSearchParams): FakeOfficeParams | undefined {
  const mode: AppointmentMode = params.get("mode") === "organizerCompose" ? "organizerCompose" : "attendeeRead";
  const chatId = params.get("chat");
  const subject = params.get("subject");
  const occurrence = params.get("occurrence");
  let target: DemoEventTarget;
  if (chatId) target = { kind: "chat", chatId, ...(occurrence ? { occurrence } : {}) };
  else if (subject) target = { kind: "subject", subject };
  else return undefined;
  return { mode, target, isNew: mode === "organizerCompose" && params.get("item") === "new" };
}

/** The invitation body of an appointment whose event has none: the demo's own courtesy line. */
export function buildInvitationHtml(): string {
  return "<div><p>请准时参加。/ Please be on time.</p></div>";
}

/**
 * The invitation body the appointment shows: its event's own (`$select=body`,
 * https://learn.microsoft.com/graph/api/resources/event) — for a Teams meeting with the Teams block
 * the emulator writes as Teams does — or the demo's own line when the event has none.
 */
export async function readInvitationHtml(client: GraphClient, restId: string): Promise<string> {
  const { body } = await client.get<{ body?: { contentType?: string | null; content?: string | null } | null }>(
    `/me/events/${encodeURIComponent(restId)}?$select=body`,
    { operation: "getEvent" },
  );
  const content = body.body?.content;
  return content ? content : buildInvitationHtml();
}

let current: InMemoryAppointment | undefined;

export function getFakeOffice(): InMemoryAppointment | undefined {
  return current;
}

export function createFakeOfficeAppointment(
  client: GraphClient,
  params: FakeOfficeParams,
  now: Date,
): InMemoryAppointment {
  // One look-up of the event for its id and its body; a failed one is not kept: the pane's Try
  // again looks again.
  let restId: Promise<string> | undefined;
  const findRestId = (): Promise<string> => {
    restId ??= findDemoEvent(client, params.target, now).catch((error: unknown) => {
      restId = undefined;
      throw error;
    });
    return restId;
  };
  const appointment = createInMemoryAppointment({
    mode: params.mode,
    isNew: params.isNew,
    bodyHtml: "",
    loadBodyHtml: async () => readInvitationHtml(client, await findRestId()),
    findItemId: async () => convertRestIdToEwsId(await findRestId()),
  });
  current = appointment;
  // Read now, for the body panel below the pane; a failure goes to the console, and the pane's own
  // read of the body tries again.
  appointment.readBodyHtml().catch(reportError);
  window.__meetloopFakeOffice = {
    get body() {
      return appointment.bodyHtml;
    },
    save: () => {
      appointment.save();
    },
  };
  return appointment;
}
