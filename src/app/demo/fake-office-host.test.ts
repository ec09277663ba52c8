import { describe, expect, it } from "vitest";
import { readFakeOfficeParams } from "./fake-office-host";

const read = (query: string) => readFakeOfficeParams(new URLSearchParams(query));

describe("readFakeOfficeParams", () => {
  it("reads the mode, the chat and the occurrence", () => {
    expect(read("mode=organizerCompose&chat=19%3Ameeting_x%40thread.v2&occurrence=2026-11-30T05:30:00.000Z")).toEqual({
      mode: "organizerCompose",
      target: { kind: "chat", chatId: "19:meeting_x@thread.v2", occurrence: "2026-11-30T05:30:00.000Z" },
      isNew: false,
    });
  });

  it("reads an appointment with no chat by its subject, in read mode by default", () => {
    expect(read("subject=仓库月度盘点")).toEqual({
      mode: "attendeeRead",
      target: { kind: "subject", subject: "仓库月度盘点" },
      isNew: false,
    });
  });

  it("makes a new unsaved item only in compose", () => {
    expect(read("mode=organizerCompose&item=new&chat=c")?.isNew).toBe(true);
    expect(read("mode=attendeeRead&item=new&chat=c")?.isNew).toBe(false);
  });

  it("has nothing to open without a chat or a subject", () => {
    expect(read("mode=organizerCompose")).toBeUndefined();
  });
});
