import { queryOptions } from "@tanstack/react-query";
import * as z from "zod/mini";
import type { GraphClient } from "@/lib/graph";
import type { Viewer } from "@/lib/app-services/services-context";
import { loadMyMeetings } from "./load-my-meetings";
import { personalQueryKeys } from "./query-keys";
import { getTaskDescription } from "./task-progress";

const meSchema = z.object({ userPrincipalName: z.string() });

/** Everything "My meetings" shows for the signed-in viewer. */
export function myMeetingsQueryOptions(client: GraphClient, viewer: Viewer) {
  return queryOptions({
    queryKey: personalQueryKeys.myMeetings(viewer.userPrincipalName ?? "me"),
    queryFn: async () => {
      // The host names the viewer in Teams; a plain browser may not, and /me always does.
      const me =
        viewer.userPrincipalName ??
        meSchema.parse((await client.get<unknown>("/me?$select=userPrincipalName", { operation: "getMe" })).body)
          .userPrincipalName;
      return loadMyMeetings(client, { me, now: new Date(), timeZone: viewer.timeZone });
    },
    staleTime: 60_000,
  });
}

export function taskDescriptionQueryOptions(client: GraphClient, taskId: string) {
  return queryOptions({
    queryKey: personalQueryKeys.taskDescription(taskId),
    queryFn: () => getTaskDescription(client, taskId),
    staleTime: 5 * 60_000,
  });
}
