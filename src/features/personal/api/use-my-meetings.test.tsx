import { QueryClient } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { GraphRequestError } from "@/lib/graph";
import type { GraphClient, GraphResult } from "@/lib/graph";
import { buildMyMeetings, buildTask } from "../testing/build-my-meetings";
import { createPersonalWrapper } from "../testing/render-personal";
import type { MyMeetings } from "../model/types";
import { personalQueryKeys } from "./query-keys";
import { TaskChangedError } from "./task-progress";
import { useUpdateTaskProgress } from "./use-my-meetings";

afterEach(cleanup);

const key = personalQueryKeys.myMeetings("li.na@yunzhan.example");
const task = buildTask({ percentComplete: 50, etag: 'W/"old"' });

function plannerTask(percentComplete: number, etag: string) {
  return {
    "@odata.etag": etag,
    id: task.id,
    planId: task.planId,
    title: task.title,
    percentComplete,
    dueDateTime: task.dueDateTime,
  };
}

/** A Graph client whose PATCH waits for the test to settle it, and whose GET answers `fresh`. */
function buildPlannerGraph(fresh: ReturnType<typeof plannerTask>) {
  let settle: { resolve: (body: unknown) => void; reject: (error: unknown) => void } | undefined;
  const refuse = (): Promise<never> => Promise.reject(new Error("not expected"));
  const graph: GraphClient = {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- GraphClient.get is generic; the stub answers one shape
    get: <T,>() => Promise.resolve({ status: 200, body: fresh as T, headers: {} }),
    patch: <T,>() =>
      new Promise<GraphResult<T>>((resolve, reject) => {
        settle = {
          resolve: (body) => {
            resolve({ status: 200, body: body as T, headers: {} });
          },
          reject,
        };
      }),
    post: refuse,
    put: refuse,
    delete: refuse,
    batch: refuse,
  };
  return {
    graph,
    settle: () => {
      if (settle === undefined) throw new Error("no PATCH was sent");
      return settle;
    },
  };
}

async function setUp(fresh = plannerTask(0, 'W/"fresh"')) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(key, buildMyMeetings({ tasks: [task, buildTask({ id: "task-2", percentComplete: 0 })] }));
  const planner = buildPlannerGraph(fresh);
  const { result } = renderHook(() => useUpdateTaskProgress(), {
    wrapper: await createPersonalWrapper({ graph: planner.graph, queryClient }),
  });
  const read = (id = task.id) => queryClient.getQueryData<MyMeetings>(key)?.tasks.find((t) => t.id === id);
  return { result, planner, read };
}

describe("useUpdateTaskProgress", () => {
  it("shows the new progress at once and keeps Planner's new etag", async () => {
    const { result, planner, read } = await setUp();
    act(() => {
      result.current.mutate({ task, progress: "done" });
    });
    await waitFor(() => {
      expect(read()?.percentComplete).toBe(100);
    });
    act(() => {
      planner.settle().resolve(plannerTask(100, 'W/"new"'));
    });
    await waitFor(() => {
      expect(result.current.isSuccess).toBe(true);
    });
    expect(read()).toMatchObject({ percentComplete: 100, etag: 'W/"new"' });
  });

  it("puts back only that task's previous state when the write fails", async () => {
    const { result, planner, read } = await setUp();
    act(() => {
      result.current.mutate({ task, progress: "done" });
    });
    await waitFor(() => {
      expect(read()?.percentComplete).toBe(100);
    });
    act(() => {
      planner.settle().reject(new GraphRequestError({ status: 503, code: "serviceUnavailable", message: "busy" }));
    });
    await waitFor(() => {
      expect(result.current.isError).toBe(true);
    });
    expect(read()).toMatchObject({ percentComplete: 50, etag: 'W/"old"' });
    expect(read("task-2")?.percentComplete).toBe(0);
  });

  it("shows the task as someone else left it after a 412", async () => {
    const { result, planner, read } = await setUp(plannerTask(0, 'W/"theirs"'));
    act(() => {
      result.current.mutate({ task, progress: "done" });
    });
    await waitFor(() => {
      expect(read()?.percentComplete).toBe(100);
    });
    act(() => {
      planner.settle().reject(new GraphRequestError({ status: 412, code: "PreconditionFailed", message: "stale" }));
    });
    await waitFor(() => {
      expect(result.current.error).toBeInstanceOf(TaskChangedError);
    });
    expect(read()).toMatchObject({ percentComplete: 0, etag: 'W/"theirs"' });
  });
});
