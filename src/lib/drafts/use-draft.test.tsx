import "fake-indexeddb/auto";
import { IDBFactory as FakeIDBFactory } from "fake-indexeddb";
import { StrictMode } from "react";
import type { ReactNode } from "react";
import { act, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildDraftKey } from "./draft-key";
import type { DraftKey } from "./draft-key";
import { DraftStoreError } from "./draft-store-error";
import { createMemoryDraftStore, openDraftStore } from "./draft-store";
import type { DraftStore } from "./draft-types";
import { DraftStoreProvider, useDraftStore } from "./drafts-context";
import { useDraft } from "./use-draft";

const key = buildDraftKey({
  kind: "minutes",
  seriesId: "19:meeting_x@thread.v2",
  occurrenceKey: "2025-03-03T01:00:00Z",
  userId: "alice",
});

const opened: DraftStore[] = [];
let profileCount = 0;

function createProfile() {
  const factory = new FakeIDBFactory();
  profileCount += 1;
  const channelName = `use-draft-test-${profileCount}`;
  return {
    openTab: async () => {
      const store = await openDraftStore({ factory, channelName });
      opened.push(store);
      return store;
    },
  };
}

/** The same store, but its reads wait until the test lets them through: a slow first load. */
function gateReads(store: DraftStore): { store: DraftStore; release: () => void } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    release,
    store: {
      ...store,
      getDraft: async <T,>(draftKey: DraftKey) => {
        await gate;
        return store.getDraft<T>(draftKey);
      },
    },
  };
}

function StrictWrapper({ children }: { children: ReactNode }) {
  return <StrictMode>{children}</StrictMode>;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const store of opened.splice(0)) store.close();
});

describe("useDraft", () => {
  it("shows the stored draft and never writes the initial value over it on mount", async () => {
    const store = await createProfile().openTab();
    await store.saveDraft(key, "stored text");
    const save = vi.spyOn(store, "saveDraft");
    const { result } = renderHook(() => useDraft(store, key, ""), { wrapper: StrictWrapper });
    expect(result.current).toMatchObject({ status: "loading", value: "", isPersistent: true });
    await waitFor(() => {
      expect(result.current.status).toBe("ready");
    });
    expect(result.current.value).toBe("stored text");
    expect(result.current.savedAt).toBeInstanceOf(Date);
    expect(save).not.toHaveBeenCalled();
    expect((await store.getDraft(key))?.value).toBe("stored text");
  });

  it("keeps what was typed through an unmount and a reload, long CJK and emoji text included", async () => {
    const profile = createProfile();
    const store = await profile.openTab();
    const first = renderHook(() => useDraft(store, key, ""), { wrapper: StrictWrapper });
    await waitFor(() => {
      expect(first.result.current.status).toBe("ready");
    });
    const text = "会议纪要：决定下周上线 ✅🚀 ".repeat(600).slice(0, 10_000);
    act(() => {
      first.result.current.setValue(text.slice(0, 10));
      first.result.current.setValue(text);
    });
    // Unmount well before the 300 ms write would fire: the flush on unmount must write it.
    first.unmount();
    expect((await store.getDraft(key))?.value).toBe(text);

    store.close();
    const reloaded = await profile.openTab();
    const second = renderHook(() => useDraft(reloaded, key, ""));
    await waitFor(() => {
      expect(second.result.current.status).toBe("ready");
    });
    expect(second.result.current.value).toBe(text);
  });

  it("keeps edits typed before the load finished and merges them over the stored form", async () => {
    const store = await createProfile().openTab();
    await store.saveDraft(key, { title: "Q3 review", notes: "old notes", decisions: ["ship"] });
    const gated = gateReads(store);
    const initial = { title: "", notes: "", decisions: [] as string[] };
    const { result, unmount } = renderHook(() => useDraft(gated.store, key, initial));
    act(() => {
      result.current.setValue((previous) => ({ ...previous, notes: "typed while loading" }));
    });
    expect(result.current).toMatchObject({ status: "loading", value: { notes: "typed while loading" } });

    gated.release();
    await waitFor(() => {
      expect(result.current.status).toBe("ready");
    });
    const merged = { title: "Q3 review", notes: "typed while loading", decisions: ["ship"] };
    expect(result.current.value).toEqual(merged);
    unmount();
    expect((await store.getDraft(key))?.value).toEqual(merged);
  });

  it("keeps text typed before the load over the stored text, even when unmounted before the load ends", async () => {
    const store = await createProfile().openTab();
    await store.saveDraft(key, "stored");
    const gated = gateReads(store);
    const { result, unmount } = renderHook(() => useDraft(gated.store, key, ""));
    act(() => {
      result.current.setValue("typed early");
    });
    unmount();
    const written = new Promise((resolve) => store.subscribe(key, resolve));
    gated.release();
    await written;
    expect((await store.getDraft(key))?.value).toBe("typed early");
  });

  it("coalesces rapid keystrokes into one trailing write, and writes at least once a second while typing", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const store = createMemoryDraftStore();
    const save = vi.spyOn(store, "saveDraft");
    const { result } = renderHook(() => useDraft(store, key, ""));
    await act(async () => {
      await Promise.resolve();
    });
    expect(result.current.status).toBe("ready");

    for (const value of ["a", "ab", "abc"]) {
      act(() => {
        result.current.setValue(value);
      });
      await act(() => vi.advanceTimersByTimeAsync(100));
    }
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(save.mock.calls.map(([, value]) => value)).toEqual(["abc"]);
    expect(result.current.savedAt).toBeInstanceOf(Date);

    save.mockClear();
    for (let i = 0; i < 6; i += 1) {
      act(() => {
        result.current.setValue(`typing ${i}`);
      });
      await act(() => vi.advanceTimersByTimeAsync(250));
    }
    // 1.5 s of steady typing with no 300 ms pause: the one-second ceiling forced a write.
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("writes at once when the page is hidden or left", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const store = createMemoryDraftStore();
    const save = vi.spyOn(store, "saveDraft");
    const { result } = renderHook(() => useDraft(store, key, ""));
    await act(async () => {
      await Promise.resolve();
    });

    act(() => {
      result.current.setValue("before pagehide");
    });
    window.dispatchEvent(new Event("pagehide"));
    expect(save).toHaveBeenLastCalledWith(key, "before pagehide", expect.anything());

    act(() => {
      result.current.setValue("before hidden");
    });
    const visibility = vi.spyOn(document, "visibilityState", "get").mockReturnValue("hidden");
    document.dispatchEvent(new Event("visibilitychange"));
    expect(save).toHaveBeenLastCalledWith(key, "before hidden", expect.anything());
    expect(save).toHaveBeenCalledTimes(2);
    visibility.mockRestore();
  });

  it("takes in another tab's change when nothing typed here is waiting", async () => {
    const profile = createProfile();
    const [tabA, tabB] = await Promise.all([profile.openTab(), profile.openTab()]);
    const { result } = renderHook(() => useDraft(tabB, key, ""));
    await waitFor(() => {
      expect(result.current.status).toBe("ready");
    });
    await tabA.saveDraft(key, "from the other tab");
    await waitFor(() => {
      expect(result.current.value).toBe("from the other tab");
    });
  });

  it("lets what is typed here win over another tab's change that arrives while it waits to be written", async () => {
    const profile = createProfile();
    const [tabA, tabB] = await Promise.all([profile.openTab(), profile.openTab()]);
    const { result, unmount } = renderHook(() => useDraft(tabB, key, "", { delayMs: 60_000, maxWaitMs: 60_000 }));
    await waitFor(() => {
      expect(result.current.status).toBe("ready");
    });
    act(() => {
      result.current.setValue("typed here");
    });
    const reads = vi.spyOn(tabB, "getDraft");
    const heard = new Promise((resolve) => tabB.subscribe(key, resolve));
    await tabA.saveDraft(key, "from the other tab");
    await act(async () => {
      await heard;
      // Whatever the hook read in response to the notice has arrived and been rendered.
      await Promise.all(reads.mock.results.map((read): unknown => read.value));
    });
    expect(result.current.value).toBe("typed here");
    unmount();
    expect((await tabB.getDraft(key))?.value).toBe("typed here");
  });

  it("works in memory and says so when IndexedDB cannot be opened", async () => {
    const factory = new FakeIDBFactory();
    vi.spyOn(factory, "open").mockImplementation(() => {
      throw new DOMException(
        "A mutation operation was attempted on a database that did not allow mutations.",
        "InvalidStateError",
      );
    });
    const store = await openDraftStore({ factory });
    opened.push(store);
    const { result } = renderHook(() => useDraft(store, key, "", { delayMs: 0 }));
    await waitFor(() => {
      expect(result.current.status).toBe("ready");
    });
    expect(result.current.isPersistent).toBe(false);
    expect(result.current.error).toBeInstanceOf(DraftStoreError);
    expect(result.current.error?.kind).toBe("unavailable");
    act(() => {
      result.current.setValue("kept in memory");
    });
    await waitFor(async () => {
      expect((await store.getDraft(key))?.value).toBe("kept in memory");
    });
  });

  it("surfaces a failed write and keeps the text on screen", async () => {
    const store = createMemoryDraftStore();
    vi.spyOn(store, "saveDraft").mockRejectedValue(new DraftStoreError("quotaExceeded", "full"));
    const { result } = renderHook(() => useDraft(store, key, "", { delayMs: 0 }));
    await waitFor(() => {
      expect(result.current.status).toBe("ready");
    });
    act(() => {
      result.current.setValue("not lost");
    });
    await waitFor(() => {
      expect(result.current.error?.kind).toBe("quotaExceeded");
    });
    expect(result.current.value).toBe("not lost");
  });

  it("starts a new session when the key changes", async () => {
    const store = createMemoryDraftStore();
    const other = buildDraftKey({
      kind: "minutes",
      seriesId: "19:meeting_x@thread.v2",
      occurrenceKey: "2025-03-10T01:00:00Z",
      userId: "alice",
    });
    await store.saveDraft(key, "this week");
    await store.saveDraft(other, "next week");
    const { result, rerender } = renderHook(({ draftKey }) => useDraft(store, draftKey, ""), {
      initialProps: { draftKey: key },
    });
    await waitFor(() => {
      expect(result.current.value).toBe("this week");
    });
    rerender({ draftKey: other });
    await waitFor(() => {
      expect(result.current.value).toBe("next week");
    });
  });
});

describe("DraftStoreProvider", () => {
  it("provides the store, and useDraftStore outside it throws", () => {
    const store = createMemoryDraftStore();
    const { result } = renderHook(() => useDraftStore(), {
      wrapper: ({ children }) => <DraftStoreProvider store={store}>{children}</DraftStoreProvider>,
    });
    expect(result.current).toBe(store);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => renderHook(() => useDraftStore())).toThrow(/DraftStoreProvider/);
  });
});
