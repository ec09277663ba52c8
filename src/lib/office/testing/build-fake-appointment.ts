import type { AppointmentMode, AppointmentPort } from "../appointment-port";

export interface FakeAppointment extends AppointmentPort {
  /** The body as it stands after every insert. */
  readonly body: string;
  /** How many times HTML was prepended. */
  readonly prependCount: number;
}

export interface FakeAppointmentOptions {
  mode?: AppointmentMode;
  itemId?: string;
  body?: string;
  /** Every prepend fails with this, as Office.js reports a failed AsyncResult. */
  failWith?: string;
}

/** An appointment held in memory: prepends as Outlook does in compose, and refuses in read mode. */
export function buildFakeAppointment(options: FakeAppointmentOptions = {}): FakeAppointment {
  const mode = options.mode ?? "organizerCompose";
  const itemId = options.itemId ?? "AAMkAGfake=";
  let body = options.body ?? "<p>周例会</p>";
  let prependCount = 0;
  return {
    mode,
    get body() {
      return body;
    },
    get prependCount() {
      return prependCount;
    },
    readItemId: () => Promise.resolve({ kind: "saved", itemId }),
    toRestId: (id) => id.replace(/\//g, "-").replace(/\+/g, "_"),
    readBodyHtml: () => Promise.resolve(body),
    prependBodyHtml: (html) => {
      if (options.failWith !== undefined) return Promise.reject(new Error(options.failWith));
      if (mode !== "organizerCompose") return Promise.reject(new Error("The body of a received item is read-only."));
      body = `${html}${body}`;
      prependCount += 1;
      return Promise.resolve();
    },
  };
}
