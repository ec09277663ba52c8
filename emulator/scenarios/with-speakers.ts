// The default tenant with 40 more members of the workspace group — speakers 01–40, one department
// each — for the long series the benches and the history tests seed (seed-history.ts).
import { defaultScenarioPath, loadScenarioFile } from "../scenario/load.ts";
import type { Scenario } from "../scenario/schema.ts";
import type { HistoryShape } from "./generate-history.ts";

/** The workspace group of the default scenario, where the speakers are members. */
const workspaceGroupId = "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca";

export const speakers: HistoryShape["people"] = Array.from({ length: 40 }, (_v, i) => {
  const n = String(i + 1).padStart(2, "0");
  return { upn: `speaker${n}@yunzhan.example`, name: `发言人${n}`, department: `第${n}部` };
});

export function createScenarioWithSpeakers(): Scenario {
  const scenario = loadScenarioFile(defaultScenarioPath);
  return {
    ...scenario,
    users: [
      ...scenario.users,
      ...speakers.map((s, i) => ({
        id: `00000000-0000-4000-8000-0000000020${String(i).padStart(2, "0")}`,
        userPrincipalName: s.upn,
        mail: s.upn,
        displayName: s.name,
        department: s.department,
        preferredLanguage: "zh-CN",
        timeZone: "China Standard Time",
        accountEnabled: true,
        userType: "Member" as const,
      })),
    ],
    groups: scenario.groups.map((g) =>
      g.id === workspaceGroupId ? { ...g, members: [...g.members, ...speakers.map((s) => s.upn)] } : g,
    ),
  };
}
