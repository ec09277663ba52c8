// Generates a long-running series for benchmarks: N weekly occurrences, each with its agenda, one
// report per speaker (with a KPI row), published minutes whose action items are Planner tasks, and
// the review of those items at the next occurrence. Everything is written through the emulator's
// Graph surface over HTTP — list items and tasks POSTed in JSON $batch chunks of 20 — so the lists,
// columns and etags are exactly what the app itself would have produced.
//
// The scenario format could seed list items and tasks, but its lists have single-line text columns
// only (the app's Payload column is multi-line, up to 63,999 characters) and its tasks cannot carry
// a completion date; writing over HTTP avoids both. Pass `setClock` (the clock an in-process
// emulator was started with: `startEmulator({ now })`) to stamp completions on their historical
// dates; without it every completed task is completed "now".
export interface HistoryTarget {
  graphBaseUrl: string;
  /** A member of the workspace group, signing in as `emu:<upn>`. */
  upn: string;
  siteId: string;
  /** List ids of the workspace's record lists (openWorkspace creates them). */
  lists: { agendas: string; reports: string; minutes: string; reviews: string };
  planId: string;
  chatId: string;
}

export interface HistoryShape {
  occurrences: number;
  reportsPerOccurrence: number;
  actionsPerOccurrence: number;
  /** The first occurrence's start (UTC); the others follow weekly. */
  firstStart: Date;
  /** The people who report and own action items, in turn. */
  people: { upn: string; name: string; department: string }[];
  setClock?: (now: Date | undefined) => void;
}

export interface GeneratedHistory {
  occurrenceKeys: string[];
  listItems: number;
  tasks: number;
  batches: number;
}

interface BatchItem {
  id: string;
  method: "POST" | "GET";
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

const day = 86_400_000;
const metrics = [
  { metric: "销售额", unit: "万元", base: 120 },
  { metric: "毛利率", unit: "%", base: 32 },
];

export async function generateHistory(target: HistoryTarget, shape: HistoryShape): Promise<GeneratedHistory> {
  let batches = 0;
  const send = async (items: BatchItem[]): Promise<{ id: string; status: number; body: unknown }[]> => {
    const answers: { id: string; status: number; body: unknown }[] = [];
    for (let i = 0; i < items.length; i += 20) {
      const chunk = items.slice(i, i + 20).map((item) => ({
        ...item,
        ...(item.body === undefined ? {} : { headers: { "content-type": "application/json" } }),
      }));
      batches += 1;
      const response = await fetch(`${target.graphBaseUrl}/$batch`, {
        method: "POST",
        headers: { authorization: `Bearer emu:${target.upn}`, "content-type": "application/json" },
        body: JSON.stringify({ requests: chunk }),
      });
      if (!response.ok) throw new Error(`$batch answered ${response.status}: ${await response.text()}`);
      const body = (await response.json()) as { responses: { id: string; status: number; body: unknown }[] };
      for (const answer of body.responses) {
        if (answer.status >= 400)
          throw new Error(`Inner request ${answer.id} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      }
      answers.push(...body.responses);
    }
    return answers;
  };

  const userIds = new Map<string, string>();
  for (const answer of await send(
    shape.people.map((p, i) => ({ id: `u${i}`, method: "GET", url: `/users/${p.upn}?$select=id` })),
  )) {
    const person = shape.people[Number(answer.id.slice(1))];
    if (person) userIds.set(person.upn, (answer.body as { id: string }).id);
  }

  const listItems: BatchItem[] = [];
  const addItem = (list: string, key: string, occurrenceKey: string, owner: string | undefined, value: unknown) => {
    listItems.push({
      id: `i${listItems.length}`,
      method: "POST",
      url: `/sites/${target.siteId}/lists/${list}/items`,
      body: {
        fields: {
          Title: key.slice(0, 255),
          RecordKey: key,
          SeriesId: target.chatId,
          OccurrenceKey: occurrenceKey,
          ...(owner === undefined ? {} : { Owner: owner }),
          Payload: JSON.stringify(value),
          SchemaVersion: 1,
        },
      },
    });
  };
  const person = (i: number) =>
    shape.people[i % shape.people.length] ?? { upn: target.upn, name: target.upn, department: "" };
  const occurrenceKeys: string[] = [];
  let taskCount = 0;
  const recent = Math.max(0, shape.occurrences - 3);

  for (let o = 0; o < shape.occurrences; o++) {
    const start = new Date(shape.firstStart.getTime() + o * 7 * day);
    const key = start.toISOString();
    occurrenceKeys.push(key);
    const dueDate = new Date(start.getTime() + 4 * day).toISOString().slice(0, 10);

    // Planner tasks: older occurrences mostly done (some late), the last three still open.
    const actions = Array.from({ length: shape.actionsPerOccurrence }, (_v, a) => {
      const owner = person(o + a);
      const done = o < recent && (a + o) % 5 !== 0;
      const late = done && (a + o) % 4 === 0;
      return {
        id: `act-${o}-${a}`,
        owner,
        done,
        late,
        what: `第 ${o + 1} 周 · ${owner.department}行动项 ${a + 1}`,
        standard: `${owner.department}完成并提交验收材料`,
      };
    });
    const links: Record<string, { taskId: string; bucketId: string; fingerprint: string }> = {};
    const groups = [
      { when: undefined, members: actions.filter((a) => !a.done) },
      { when: new Date(start.getTime() + 3 * day), members: actions.filter((a) => a.done && !a.late) },
      { when: new Date(start.getTime() + 9 * day), members: actions.filter((a) => a.late) },
    ];
    for (const group of groups) {
      if (group.members.length === 0) continue;
      shape.setClock?.(group.when);
      const answers = await send(
        group.members.map((a, i) => ({
          id: `t${i}`,
          method: "POST",
          url: "/planner/tasks",
          body: {
            planId: target.planId,
            title: a.what,
            dueDateTime: `${dueDate}T15:59:59Z`,
            ...(a.done ? { percentComplete: 100 } : o >= recent && i % 2 === 0 ? { percentComplete: 50 } : {}),
            assignments: {
              [userIds.get(a.owner.upn) ?? ""]: {
                "@odata.type": "#microsoft.graph.plannerAssignment",
                orderHint: " !",
              },
            },
          },
        })),
      );
      answers.forEach((answer) => {
        const action = group.members[Number(answer.id.slice(1))];
        if (action)
          links[action.id] = { taskId: (answer.body as { id: string }).id, bucketId: "", fingerprint: "generated" };
      });
      taskCount += group.members.length;
    }
    shape.setClock?.(undefined);

    addItem(target.lists.agendas, `agenda|${target.chatId}|${key}`, key, undefined, {
      schemaVersion: 1,
      occurrenceKey: key,
      items: [
        {
          id: "review",
          kind: "review",
          title: { zh: "上次会议决策执行情况", en: "Review of last meeting's decisions" },
          minutes: 15,
          fields: [],
        },
        {
          id: "departments",
          sectionId: "departments",
          kind: "reports",
          title: { zh: "各部门负责人汇报", en: "Department heads' reports" },
          minutes: 40,
          fields: ["review", "kpis"],
        },
      ],
      revision: 1,
      posts: [],
      updatedBy: target.upn,
      updatedAt: key,
    });
    for (let r = 0; r < shape.reportsPerOccurrence; r++) {
      const author = person(r);
      const submittedAt = new Date(start.getTime() - (r % 7 === 0 ? 1 : 3) * day).toISOString();
      addItem(target.lists.reports, `report|${target.chatId}|${key}|departments|${author.upn}|${r}`, key, author.upn, {
        schemaVersion: 1,
        sectionId: "departments",
        author: author.upn,
        fields: {
          review: `${author.department}第 ${o + 1} 周工作回顾`,
          kpis: metrics.map((m) => ({
            metric: m.metric,
            unit: m.unit,
            target: String(m.base),
            actual: String(Math.round(m.base * (0.8 + ((o * 7 + r * 3) % 40) / 100))),
            lastYear: String(Math.round(m.base * 0.9)),
          })),
        },
        submittedAt,
        revision: 1,
      });
    }
    const end = new Date(start.getTime() + (80 + (o % 4) * 10) * 60_000).toISOString();
    addItem(target.lists.minutes, `minutes|${target.chatId}|${key}`, key, undefined, {
      schemaVersion: 1,
      occurrenceKey: key,
      meetingTitle: "周例会",
      start: key,
      end,
      attendees: shape.people.map((p) => ({ upn: p.upn, name: p.name })),
      attendance: Object.fromEntries(
        shape.people.map((p, i) => [
          p.upn,
          { status: (i + o) % 9 === 0 ? "leave" : (i + o) % 7 === 0 ? "late" : "present" },
        ]),
      ),
      items: actions.map((a, i) => ({
        id: `item-${i}`,
        title: `${a.owner.department}汇报`,
        notes: "",
        decisions: [{ id: `dec-${o}-${i}`, text: `${a.owner.department}：第 ${o + 1} 周决议 ${i + 1}` }],
      })),
      actions: actions.map((a, i) => ({
        id: a.id,
        itemId: `item-${i}`,
        decisionId: `dec-${o}-${i}`,
        what: a.what,
        owner: a.owner.upn,
        ownerName: a.owner.name,
        due: dueDate,
        standard: a.standard,
        priority: "medium",
      })),
      status: "published",
      version: 1,
      published: { version: 1, at: end, by: target.upn, planner: links },
      history: [],
      updatedBy: target.upn,
      updatedAt: end,
    });
    // The next occurrence reviews this one's items: done ones accepted, the rest not (yet).
    if (o + 1 < shape.occurrences) {
      const reviewKey = new Date(start.getTime() + 7 * day).toISOString();
      for (const a of actions) {
        addItem(target.lists.reviews, `review|${target.chatId}|${a.id}|${reviewKey}`, reviewKey, a.owner.upn, {
          schemaVersion: 1,
          actionId: a.id,
          occurrenceKey: reviewKey,
          verdict: a.done ? "accepted" : "notAccepted",
          by: target.upn,
          at: reviewKey,
        });
      }
    }
  }
  await send(listItems);
  return { occurrenceKeys, listItems: listItems.length, tasks: taskCount, batches };
}
