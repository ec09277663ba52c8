// Generates a long-running series for benchmarks and tests: N weekly occurrences, each with its
// agenda, one report per speaker (with a KPI row), published minutes whose action items are Planner
// tasks, and the review of those items at the next occurrence. Two writers:
// - `generateHistory` writes through the emulator's Graph surface over HTTP — list items and tasks
//   POSTed in JSON $batch chunks of 20 — so the lists, columns and etags are exactly what the app
//   itself would have produced. Pass `setClock` (the clock an in-process emulator was started
//   with: `startEmulator({ now })`) to stamp completions on their historical dates.
// - `seedHistory` (seed-history.ts) puts the same records straight into an in-process emulator's
//   state, for histories too long to send: ten years of 40 speakers is over 20,000 list items.
//
// The scenario format could seed list items and tasks, but its lists have single-line text columns
// only (the app's Payload column is multi-line, up to 63,999 characters) and its tasks cannot carry
// a completion date; these writers avoid both.
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
  /** The bucket an occurrence's tasks go to (by its key); none: tasks in no bucket. */
  bucketNameOf?: (occurrenceKey: string) => string;
  /** The plannerTaskDetails a publish would have written for an action item; none: empty details. */
  detailsOf?: (action: GeneratedAction) => Record<string, unknown>;
}

export interface GeneratedHistory {
  occurrenceKeys: string[];
  listItems: number;
  tasks: number;
  batches: number;
}

export interface GeneratedAction {
  id: string;
  occurrenceKey: string;
  owner: { upn: string; name: string; department: string };
  done: boolean;
  late: boolean;
  what: string;
  standard: string;
  due: string;
}

export interface GeneratedItem {
  list: string;
  fields: Record<string, unknown>;
}

/** Where the generated records go. */
export interface HistoryWriter {
  resolveUserIds(upns: readonly string[]): Promise<Map<string, string>>;
  /** The id of the plan's bucket of that name, created the first time. */
  ensureBucket(name: string): Promise<string>;
  /** POST /planner/tasks bodies, completed (if at all) at `when`: the new tasks' ids, in order. */
  createTasks(bodies: Record<string, unknown>[], when: Date | undefined): Promise<string[]>;
  writeDetails(taskIds: readonly string[], details: readonly Record<string, unknown>[]): Promise<void>;
  createItems(items: readonly GeneratedItem[]): Promise<void>;
  readonly batches: number;
}

interface BatchItem {
  id: string;
  method: "POST" | "GET" | "PATCH";
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

const day = 86_400_000;
const metrics = [
  { metric: "销售额", unit: "万元", base: 120 },
  { metric: "毛利率", unit: "%", base: 32 },
];

function createHttpWriter(target: HistoryTarget, setClock: HistoryShape["setClock"]): HistoryWriter {
  let batches = 0;
  const send = async (items: BatchItem[]): Promise<{ id: string; status: number; body: unknown }[]> => {
    const answers: { id: string; status: number; body: unknown }[] = [];
    for (let i = 0; i < items.length; i += 20) {
      const chunk = items.slice(i, i + 20).map((item) => ({
        ...item,
        headers: { ...(item.body === undefined ? {} : { "content-type": "application/json" }), ...item.headers },
      }));
      batches += 1;
      const response = await fetch(`${target.graphBaseUrl}/$batch`, {
        method: "POST",
        headers: { authorization: `Bearer emu:${target.upn}`, "content-type": "application/json" },
        body: JSON.stringify({ requests: chunk }),
      });
      if (!response.ok) throw new Error(`$batch answered ${response.status}: ${await response.text()}`);
      const body = (await response.json()) as {
        responses: { id: string; status: number; body: unknown; headers?: Record<string, string> }[];
      };
      for (const answer of body.responses) {
        if (answer.status >= 400)
          throw new Error(`Inner request ${answer.id} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      }
      answers.push(...body.responses.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1))));
    }
    return answers;
  };
  const buckets = new Map<string, string>();
  return {
    get batches() {
      return batches;
    },
    async resolveUserIds(upns) {
      const answers = await send(
        upns.map((upn, i) => ({ id: `u${i}`, method: "GET", url: `/users/${upn}?$select=id` })),
      );
      return new Map(upns.map((upn, i) => [upn, (answers[i]?.body as { id: string }).id]));
    },
    async ensureBucket(name) {
      const known = buckets.get(name);
      if (known !== undefined) return known;
      const [answer] = await send([
        { id: "b0", method: "POST", url: "/planner/buckets", body: { name, planId: target.planId, orderHint: " !" } },
      ]);
      const id = (answer?.body as { id: string }).id;
      buckets.set(name, id);
      return id;
    },
    async createTasks(bodies, when) {
      setClock?.(when);
      const answers = await send(
        bodies.map((body, i) => ({ id: `t${i}`, method: "POST", url: "/planner/tasks", body })),
      );
      setClock?.(undefined);
      return answers.map((answer) => (answer.body as { id: string }).id);
    },
    async writeDetails(taskIds, details) {
      const reads = await send(
        taskIds.map((id, i) => ({ id: `r${i}`, method: "GET", url: `/planner/tasks/${id}/details` })),
      );
      await send(
        taskIds.map((id, i) => ({
          id: `d${i}`,
          method: "PATCH",
          url: `/planner/tasks/${id}/details`,
          body: details[i],
          headers: { "if-match": (reads[i]?.body as { "@odata.etag": string })["@odata.etag"] },
        })),
      );
    },
    async createItems(items) {
      await send(
        items.map((item, i) => ({
          id: `i${i}`,
          method: "POST",
          url: `/sites/${target.siteId}/lists/${item.list}/items`,
          body: { fields: item.fields },
        })),
      );
    },
  };
}

/** Writes the history through the emulator's Graph surface over HTTP. */
export function generateHistory(target: HistoryTarget, shape: HistoryShape): Promise<GeneratedHistory> {
  return writeHistory(createHttpWriter(target, shape.setClock), target, shape);
}

export async function writeHistory(
  writer: HistoryWriter,
  target: HistoryTarget,
  shape: HistoryShape,
): Promise<GeneratedHistory> {
  const userIds = await writer.resolveUserIds(shape.people.map((p) => p.upn));

  const listItems: GeneratedItem[] = [];
  const addItem = (list: string, key: string, occurrenceKey: string, owner: string | undefined, value: unknown) => {
    listItems.push({
      list,
      fields: {
        Title: key.slice(0, 255),
        RecordKey: key,
        SeriesId: target.chatId,
        OccurrenceKey: occurrenceKey,
        ...(owner === undefined ? {} : { Owner: owner }),
        Payload: JSON.stringify(value),
        SchemaVersion: 1,
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
    const bucketId = shape.bucketNameOf === undefined ? "" : await writer.ensureBucket(shape.bucketNameOf(key));

    // Planner tasks: older occurrences mostly done (some late), the last three still open.
    const actions: GeneratedAction[] = Array.from({ length: shape.actionsPerOccurrence }, (_v, a) => {
      const owner = person(o + a);
      const done = o < recent && (a + o) % 5 !== 0;
      return {
        id: `act-${o}-${a}`,
        occurrenceKey: key,
        owner,
        done,
        late: done && (a + o) % 4 === 0,
        what: `第 ${o + 1} 周 · ${owner.department}行动项 ${a + 1}`,
        standard: `${owner.department}完成并提交验收材料`,
        due: dueDate,
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
      const ids = await writer.createTasks(
        group.members.map((a, i) => ({
          planId: target.planId,
          ...(bucketId === "" ? {} : { bucketId }),
          title: a.what,
          dueDateTime: `${dueDate}T15:59:59Z`,
          ...(a.done ? { percentComplete: 100 } : o >= recent && i % 2 === 0 ? { percentComplete: 50 } : {}),
          assignments: {
            [userIds.get(a.owner.upn) ?? ""]: { "@odata.type": "#microsoft.graph.plannerAssignment", orderHint: " !" },
          },
        })),
        group.when,
      );
      group.members.forEach((action, i) => {
        links[action.id] = { taskId: ids[i] ?? "", bucketId, fingerprint: "generated" };
      });
      const { detailsOf } = shape;
      if (detailsOf !== undefined) await writer.writeDetails(ids, group.members.map(detailsOf));
      taskCount += group.members.length;
    }

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
  await writer.createItems(listItems);
  return { occurrenceKeys, listItems: listItems.length, tasks: taskCount, batches: writer.batches };
}
