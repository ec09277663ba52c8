import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import { myObjectIdQueryOptions } from "@/meeting/api/authorship";
import type { Workspace } from "@/meeting/api/workspace";
import type { ReportFields } from "@/meeting/model/records/report-record";
import { submitReport } from "./report-records";
import { reportQueryKeys } from "./query-keys";

export interface SubmitReportInput {
  sectionId: string;
  fields: ReportFields;
}

/**
 * Submits the signed-in speaker's report, as themself. On success the speaker's own query gets the stored
 * record at once and the occurrence's queries (the host's tracker included) are invalidated.
 */
export function useSubmitReport(ws: Workspace, seriesId: string, occurrenceKey: string) {
  const { graph, viewer } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ sectionId, fields }: SubmitReportInput) => {
      const upn = viewer.userPrincipalName;
      if (upn === undefined || upn === "") throw new Error("Cannot submit a report without a signed-in user");
      const author = await queryClient.query(myObjectIdQueryOptions(graph));
      return submitReport(graph, ws, { seriesId, occurrenceKey, sectionId, upn }, fields, new Date(), { author });
    },
    onSuccess: async (record, { sectionId }) => {
      queryClient.setQueryData(reportQueryKeys.mine(seriesId, occurrenceKey, sectionId, record.value.author), record);
      await queryClient.invalidateQueries({ queryKey: reportQueryKeys.occurrence(seriesId, occurrenceKey) });
    },
  });
}
