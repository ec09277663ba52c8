import { describe, expect, it } from "vitest";
import { createInMemoryAppointment } from "./in-memory-appointment";

const ewsId = "AAMkAG/x+y=";

describe("the in-memory appointment", () => {
  it("hands over the EWS id and converts it as Office.js does", async () => {
    const port = createInMemoryAppointment({
      mode: "attendeeRead",
      findItemId: () => Promise.resolve(ewsId),
      bodyHtml: "",
    });
    await expect(port.readItemId()).resolves.toEqual({ kind: "saved", itemId: ewsId });
    expect(port.toRestId(ewsId)).toBe("AAMkAG-x_y=");
  });

  it("has no id for a new item until it is saved", async () => {
    const port = createInMemoryAppointment({
      mode: "organizerCompose",
      findItemId: () => Promise.resolve(ewsId),
      isNew: true,
      bodyHtml: "",
    });
    await expect(port.readItemId()).resolves.toMatchObject({ kind: "notSaved" });
    expect(port.isSaved).toBe(false);
    port.save();
    expect(port.isSaved).toBe(true);
    await expect(port.readItemId()).resolves.toEqual({ kind: "saved", itemId: ewsId });
  });

  it("prepends to the body in compose and refuses in read", async () => {
    const compose = createInMemoryAppointment({
      mode: "organizerCompose",
      findItemId: () => Promise.resolve(ewsId),
      bodyHtml: "<p>invite</p>",
    });
    const seen: string[] = [];
    compose.onBodyChange((html) => seen.push(html));
    await compose.prependBodyHtml("<p>agenda</p>");
    expect(compose.bodyHtml).toBe("<p>agenda</p><p>invite</p>");
    expect(seen).toEqual(["<p>agenda</p><p>invite</p>"]);
    const read = createInMemoryAppointment({
      mode: "attendeeRead",
      findItemId: () => Promise.resolve(ewsId),
      bodyHtml: "x",
    });
    await expect(read.prependBodyHtml("<p>agenda</p>")).rejects.toThrow(/organizer/);
    expect(read.bodyHtml).toBe("x");
  });

  it("reads the item's own body once, before the first read or change, and again after a failure", async () => {
    let reads = 0;
    const compose = createInMemoryAppointment({
      mode: "organizerCompose",
      findItemId: () => Promise.resolve(ewsId),
      bodyHtml: "<p>placeholder</p>",
      loadBodyHtml: () => {
        reads += 1;
        return reads === 1 ? Promise.reject(new Error("offline")) : Promise.resolve("<p>invite</p>");
      },
    });
    await expect(compose.readBodyHtml()).rejects.toThrow("offline");
    expect(compose.bodyHtml).toBe("<p>placeholder</p>");
    const seen: string[] = [];
    compose.onBodyChange((html) => seen.push(html));
    await compose.prependBodyHtml("<p>agenda</p>");
    await expect(compose.readBodyHtml()).resolves.toBe("<p>agenda</p><p>invite</p>");
    expect(seen).toEqual(["<p>invite</p>", "<p>agenda</p><p>invite</p>"]);
    expect(reads).toBe(2);
  });
});
