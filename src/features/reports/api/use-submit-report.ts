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
  const { graph } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ sectionId, fields }: SubmitReportInput) => {
      // The speaker is keyed by their object id, which is also who SharePoint will say wrote it.
      const author = await queryClient.query(myObjectIdQueryOptions(graph));
      const person = author.toLowerCase();
      return submitReport(graph, ws, { seriesId, occurrenceKey, sectionId, person }, fields, new Date(), { author });
    },
    onSuccess: async (record, { sectionId }) => {
      queryClient.setQueryData(reportQueryKeys.mine(seriesId, occurrenceKey, sectionId, record.value.author), record);
      await queryClient.invalidateQueries({ queryKey: reportQueryKeys.occurrence(seriesId, occurrenceKey) });
    },
  });
}
