// The minutes feature's public surface, composed by src/app.
export { MinutesEditor } from "./components/minutes-editor";
export type { MinutesEditorProps, PublishState } from "./components/minutes-editor";
export { MinutesPanel } from "./components/minutes-panel";
export type { MinutesPanelProps } from "./components/minutes-panel";
export { LeaveRequestForm } from "./components/leave-request-form";
export type { LeaveRequestFormProps } from "./components/leave-request-form";
export { ConfirmationPanel } from "./components/confirmation-panel";
export type { ConfirmationPanelProps } from "./components/confirmation-panel";
export { MinutesHistory } from "./components/minutes-history";
export type { MinutesHistoryProps } from "./components/minutes-history";
export type { SaveMinutes } from "./components/use-working-minutes";
export { useMinutes, useSaveMinutes } from "./api/use-minutes";
export { useLeaveRequests, useRequestLeave, useWithdrawLeave } from "./api/use-leave-requests";
export { useConfirmations, useConfirmMinutes } from "./api/use-confirmations";
export { minutesQueryKeys } from "./api/query-keys";
export { MinutesLockedError, isMinutesLockedError } from "./api/minutes-store";
export type { SaveMinutesRequest, SaveMinutesResult } from "./api/minutes-store";
export { createMinutes } from "./model/create-minutes";
export type { CreateMinutesInput, MinutesAgendaItem, MinutesOccurrence } from "./model/create-minutes";
export { applyLeaveRequests } from "./model/attendance";
export type { ActionCandidate, HelpRequest } from "./model/help-to-action";
export type { MinutesConflict } from "./model/merge-minutes";
export type {
  ActionItem,
  ConfirmationRecord,
  LeaveRequestRecord,
  MinutesPerson,
  MinutesRecord,
} from "@/meeting/model/records/minutes-record";
export { minutesStrings } from "./strings";
export { publishMinutes } from "./publish-minutes/publish-minutes";
export type { PublishMinutesInput, PublishStep } from "./publish-minutes/publish-minutes";
