import { describe, expect, it } from "vitest";
import { buildOnBehalf, buildOwn, testWriters } from "@/meeting/testing/build-attributed";
import { buildConfirmation, testPeople } from "../testing/build-minutes";
import { summarizeConfirmations } from "./confirmations";

const attendees = [testPeople.host, testPeople.noteTaker, testPeople.ops, testPeople.service];

describe("summarizeConfirmations", () => {
  it("counts only attendees who confirmed the published version themselves", () => {
    const summary = summarizeConfirmations(
      attendees,
      [
        buildOwn(buildConfirmation({ upn: testPeople.ops.upn, version: 2 })),
        buildOwn(buildConfirmation({ upn: "Sun.Li@yunzhan.example", version: 1 })),
        buildOnBehalf(buildConfirmation({ upn: testPeople.service.upn, version: 2 }), testWriters.ops),
      ],
      2,
    );
    expect(summary).toMatchObject({ done: 1, total: 4, notCounted: 1 });
    expect(summary.rows.map((row) => [row.person.name, row.confirmedVersion, row.isCurrent])).toEqual([
      ["王建国", undefined, false],
      ["孙丽", 1, false],
      ["李娜", 2, true],
      ["张敏", undefined, false],
    ]);
    expect(summary.rows[3]?.notCounted).toEqual({ reason: "onBehalf", by: "李娜", version: 2 });
  });

  it("matches an attendee named by UPN to records keyed by their id, and drops what others wrote once they confirmed", () => {
    const ops = { ...testPeople.ops, id: "id-li-na" };
    const summary = summarizeConfirmations(
      [ops],
      [
        buildOnBehalf(buildConfirmation({ upn: ops.upn, version: 2 }), testWriters.gm),
        buildOwn(buildConfirmation({ upn: "ID-LI-NA", version: 2 })),
      ],
      2,
    );
    expect(summary).toMatchObject({ done: 1, total: 1, notCounted: 0 });
  });

  it("tells a confirmation changed by someone else, and one nobody can verify, from one written for them", () => {
    const summary = summarizeConfirmations(
      [testPeople.ops, testPeople.service],
      [
        {
          value: buildConfirmation({ upn: testPeople.ops.upn, version: 1 }),
          authorship: { kind: "onBehalf", by: testWriters.gm, change: "changed" },
        },
        { value: buildConfirmation({ upn: testPeople.service.upn, version: 1 }), authorship: { kind: "unverified" } },
      ],
      1,
    );
    expect(summary.done).toBe(0);
    expect(summary.rows.map((row) => row.notCounted)).toEqual([
      { reason: "changedBy", by: "王建国", version: 1 },
      { reason: "unverified", by: "", version: 1 },
    ]);
  });
});
