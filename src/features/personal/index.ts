// "My meetings" (我的例会): the personal tab across every series the viewer is in. src/app composes
// it (registers personalStrings under the "personal" namespace and passes buildMeetingLink).
export { MyMeetings } from "./components/my-meetings";
export type { MyMeetingsProps } from "./components/my-meetings";
export type { MeetingView, OccurrenceRef } from "./components/view-props";
export { loadMyMeetings, defaultWindowDays } from "./api/load-my-meetings";
export type { LoadMyMeetingsOptions } from "./api/load-my-meetings";
export { updateTaskProgress, getTaskState, getTaskDescription, TaskChangedError } from "./api/task-progress";
export type { TaskState } from "./api/task-progress";
export { myMeetingsQueryOptions, taskDescriptionQueryOptions } from "./api/use-my-meetings";
export { personalQueryKeys } from "./api/query-keys";
export type { MyMeetings as MyMeetingsData, MyOccurrence, MyRoles, MyTask, OwedReport } from "./model/types";
export type { TaskProgress } from "@/meeting/model/planner/planner-task";
export { personalStrings } from "./strings";
