import "fake-indexeddb/auto";
import { IDBFactory as FakeIDBFactory } from "fake-indexeddb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildDraftKey, buildDraftKeyPrefix } from "./draft-key";
import type { DraftKeyParts } from "./draft-key";
import { DraftStoreError } from "./draft-store-error";
import { createDraftStore, openDraftStore } from "./draft-store";
import { createMemoryBackend } from "./memory-backend";
import type { DraftChange, DraftStore } from "./draft-types";

const base: DraftKeyParts = {
  kind: "report",
  seriesId: "19:meeting_x@thread.v2",
  occurrenceKey: "2025-03-03T01:00:00Z",
  userId: "alice",
};
const aliceReport = buildDraftKey(base);
const bobReport = buildDraftKey({ ...base, userId: "bob" });

const opened: DraftStore[] = [];
let channelCount = 0;

/** One "browser profile": a fresh IndexedDB and channel per test, shared by the tabs it opens. */
function createProfile() {
  const factory = new FakeIDBFactory();
  channelCount += 1;
  const channelName = `drafts-test-${channelCount}`;
  return {
    factory,
    openTab: async (options: { now?: () => number } = {}) => {
      const store = await openDraftStore({ factory, channelName, dbName: "meetloop-drafts", ...options });
      opened.push(store);
      return store;
    },
  };
}

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe("openDraftStore", () => {
  it("saves, gets, lists and deletes a draft", async () => {
    const store = await createProfile().openTab({ now: () => Date.UTC(2025, 2, 3, 8) });
    expect(store.isPersistent).toBe(true);
    expect(store.error).toBeUndefined();
    expect(await store.getDraft(aliceReport)).toBeUndefined();

    const saved = await store.saveDraft(aliceReport, { progress: "done", risks: ["none"] }, { baseEtag: 'W/"3"' });
    expect(saved).toEqual({
      key: aliceReport,
      value: { progress: "done", risks: ["none"] },
      updatedAt: new Date(Date.UTC(2025, 2, 3, 8)),
      revision: 1,
      baseEtag: 'W/"3"',
      status: "editing",
    });
    expect(await store.getDraft(aliceReport)).toEqual(saved);
    expect(await store.listDrafts(buildDraftKeyPrefix({ userId: "alice" }))).toEqual([saved]);

    await store.deleteDraft(aliceReport);
    expect(await store.getDraft(aliceReport)).toBeUndefined();
    expect(await store.listDrafts(buildDraftKeyPrefix({ userId: "alice" }))).toEqual([]);
  });

  it("increments the revision on every write and keeps the base etag unless given a new one", async () => {
    const store = await createProfile().openTab();
    await store.saveDraft(aliceReport, "a", { baseEtag: "e1" });
    await store.saveDraft(aliceReport, "ab");
    const third = await store.saveDraft(aliceReport, "abc");
    expect(third).toMatchObject({ revision: 3, baseEtag: "e1", value: "abc" });
  });

  it("finds the draft intact after a reload, with structured-clone values", async () => {
    const profile = createProfile();
    const first = await profile.openTab();
    const long = "例会通 weekly sync 🙂👩‍👩‍👧 — 周报；".repeat(400).slice(0, 10_000);
    expect(long.length).toBe(10_000);
    const value = {
      text: long,
      due: new Date(Date.UTC(2025, 3, 1)),
      owners: new Map([["u-1", "阿丽"]]),
      blank: undefined,
      nested: [1, [2, { three: 3 }]],
    };
    await first.saveDraft(aliceReport, value);
    first.close();

    const reloaded = await profile.openTab();
    const draft = await reloaded.getDraft<typeof value>(aliceReport);
    expect(draft?.value).toEqual(value);
    expect(draft?.value.text).toBe(long);
    expect(draft?.value.due).toBeInstanceOf(Date);
    expect(draft?.value.owners.get("u-1")).toBe("阿丽");
    expect(draft?.value).toHaveProperty("blank", undefined);
  });

  it("keeps the value and the server etag through submitting → submitted until deleted", async () => {
    const store = await createProfile().openTab();
    await store.saveDraft(aliceReport, "final text", { baseEtag: "e1" });
    expect(await store.markSubmitting(aliceReport)).toMatchObject({ status: "submitting", value: "final text" });
    const submitted = await store.markSubmitted(aliceReport, { etag: "e2" });
    expect(submitted).toMatchObject({ status: "submitted", value: "final text", baseEtag: "e2" });
    expect(await store.getDraft(aliceReport)).toEqual(submitted);
  });

  it("survives a crash mid-submit: the reloaded draft still says submitting and holds the text", async () => {
    const profile = createProfile();
    const tab = await profile.openTab();
    await tab.saveDraft(aliceReport, "sent?", { baseEtag: "e1" });
    await tab.markSubmitting(aliceReport);
    tab.close();
    expect(await (await profile.openTab()).getDraft(aliceReport)).toMatchObject({
      status: "submitting",
      value: "sent?",
      baseEtag: "e1",
    });
  });

  it("does not call edits typed during a submit submitted", async () => {
    const store = await createProfile().openTab();
    await store.saveDraft(aliceReport, "v1");
    await store.markSubmitting(aliceReport);
    expect(await store.saveDraft(aliceReport, "v1 plus more")).toMatchObject({ status: "submitting" });
    expect(await store.markSubmitted(aliceReport, { etag: "e2" })).toMatchObject({
      status: "editing",
      value: "v1 plus more",
      baseEtag: "e2",
    });
  });

  it("finishes a write that was in flight when the store closed, then refuses new ones", async () => {
    const profile = createProfile();
    const store = await profile.openTab();
    const inFlight = store.saveDraft(aliceReport, "typed just before the tab closed");
    store.close();
    await expect(inFlight).resolves.toMatchObject({ revision: 1 });
    await expect(store.saveDraft(aliceReport, "after close")).rejects.toMatchObject({ kind: "unavailable" });
    expect((await (await profile.openTab()).getDraft(aliceReport))?.value).toBe("typed just before the tab closed");
  });

  it("resolves undefined when marking a draft that does not exist", async () => {
    const store = await createProfile().openTab();
    expect(await store.markSubmitting(aliceReport)).toBeUndefined();
    expect(await store.markSubmitted(aliceReport, { etag: "e" })).toBeUndefined();
    expect(await store.getDraft(aliceReport)).toBeUndefined();
  });

  it("never shows one user's drafts to another in the same profile", async () => {
    const store = await createProfile().openTab();
    await store.saveDraft(aliceReport, "alice's");
    await store.saveDraft(bobReport, "bob's");
    expect(aliceReport).not.toBe(bobReport);
    expect((await store.getDraft(aliceReport))?.value).toBe("alice's");
    expect((await store.getDraft(bobReport))?.value).toBe("bob's");
    expect((await store.listDrafts(buildDraftKeyPrefix({ userId: "bob" }))).map((d) => d.value)).toEqual(["bob's"]);
  });
});

describe("two tabs", () => {
  it("hand out increasing revisions for the same key and tell each other", async () => {
    const profile = createProfile();
    const [tabA, tabB] = await Promise.all([profile.openTab(), profile.openTab()]);
    const heard = new Promise<DraftChange>((resolve) => {
      const unsubscribe = tabB.subscribe(aliceReport, (change) => {
        unsubscribe();
        resolve(change);
      });
    });
    await tabA.saveDraft(aliceReport, "from A", { origin: "a" });
    expect(await heard).toMatchObject({ type: "saved", origin: "a", draft: { value: "from A", revision: 1 } });

    const revisions = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? tabA : tabB).saveDraft(aliceReport, i)),
    );
    expect(revisions.map((d) => d.revision).sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect((await tabB.getDraft(aliceReport))?.revision).toBe(11);
  });

  it("tell each other about deletes, and only for the key subscribed to", async () => {
    const profile = createProfile();
    const [tabA, tabB] = await Promise.all([profile.openTab(), profile.openTab()]);
    const bobListener = vi.fn();
    tabB.subscribe(bobReport, bobListener);
    const heardDelete = new Promise<DraftChange>((resolve) =>
      tabB.subscribe(aliceReport, (change) => {
        if (change.type === "deleted") resolve(change);
      }),
    );
    await tabA.saveDraft(aliceReport, "x");
    await tabA.deleteDraft(aliceReport, { origin: "a" });
    await expect(heardDelete).resolves.toEqual({ type: "deleted", key: aliceReport, origin: "a" });
    expect(await tabB.getDraft(aliceReport)).toBeUndefined();
    expect(bobListener).not.toHaveBeenCalled();
  });
});

describe("faults", () => {
  it("falls back to memory when indexedDB.open throws, and says why", async () => {
    const factory = new FakeIDBFactory();
    vi.spyOn(factory, "open").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    const store = await openDraftStore({ factory });
    opened.push(store);
    expect(store.isPersistent).toBe(false);
    expect(store.error).toBeInstanceOf(DraftStoreError);
    expect(store.error?.kind).toBe("unavailable");
    await store.saveDraft(aliceReport, "still works in memory");
    expect((await store.getDraft(aliceReport))?.value).toBe("still works in memory");
  });

  it("falls back to memory when there is no IndexedDB at all", async () => {
    const store = await openDraftStore({ factory: undefined });
    opened.push(store);
    expect(store).toMatchObject({ isPersistent: false, error: { kind: "unavailable" } });
  });

  it("falls back to memory when an older tab blocks the upgrade", async () => {
    const factory = new FakeIDBFactory();
    const oldTab = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open("meetloop-drafts", 1);
      request.onsuccess = () => {
        resolve(request.result);
      };
    });
    // Our code asks for a newer version than the old tab holds, and the old tab never closes.
    const newerFactory = { open: (name: string) => factory.open(name, 2) } as unknown as IDBFactory;
    const store = await openDraftStore({ factory: newerFactory });
    opened.push(store);
    expect(store).toMatchObject({ isPersistent: false, error: { kind: "blocked" } });
    oldTab.close();
  });

  it("closes for a newer tab's upgrade and then fails writes as blocked", async () => {
    const profile = createProfile();
    const store = await profile.openTab();
    await new Promise<void>((resolve, reject) => {
      const request = profile.factory.open("meetloop-drafts", 2);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onblocked = () => {
        reject(new Error("the store did not give way to the upgrade"));
      };
    });
    await expect(store.saveDraft(aliceReport, "x")).rejects.toMatchObject({ name: "DraftStoreError", kind: "blocked" });
  });

  it("rejects a write over quota as quotaExceeded but keeps the text readable in this page", async () => {
    const memory = createMemoryBackend();
    const quotaBackend = {
      ...memory,
      update: vi.fn<typeof memory.update>((key, change) => {
        change(undefined);
        return Promise.reject(new DOMException("quota", "QuotaExceededError"));
      }),
    };
    const store = createDraftStore(quotaBackend, { dbName: "q", isPersistent: true, hasChannel: false });
    const error: unknown = await store.saveDraft(aliceReport, "typed").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftStoreError);
    expect(error).toMatchObject({ kind: "quotaExceeded" });
    expect((await store.getDraft(aliceReport))?.value).toBe("typed");
    expect((await store.listDrafts(buildDraftKeyPrefix({ userId: "alice" }))).map((d) => d.value)).toEqual(["typed"]);
  });

  it("lets caller bugs through unwrapped", async () => {
    const store = await createProfile().openTab();
    await expect(store.saveDraft(aliceReport, { callback: () => undefined })).rejects.toMatchObject({
      name: "DataCloneError",
    });
  });
});
