// Every query key of this feature, in one place: what a mutation invalidates is named here.

export const setupQueryKeys = {
  groups: ["setup", "groups"] as const,
  plans: (groupId: string) => ["setup", "plans", groupId] as const,
};
