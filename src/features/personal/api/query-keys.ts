// The personal tab's cache keys, in one place: the loader, the progress mutation and the details
// reader all address the cache through these.
export const personalQueryKeys = {
  all: ["personal"] as const,
  myMeetings: (userPrincipalName: string) => ["personal", "my-meetings", userPrincipalName.toLowerCase()] as const,
  taskDescription: (taskId: string) => ["personal", "task-description", taskId] as const,
};
