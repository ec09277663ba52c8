// Every value a writer's strict schema accepts must read back through the tolerant schema the
// series-wide readers use, or the review and history would drop records their writers consider fine.
import { describe, expect, it } from "vitest";
import { buildFullAgendaRecord, buildFullMinutesRecord, buildFullReportValue } from "../../testing/build-records";
import { agendaRecordSchema } from "./agenda-record";
import { minutesRecordSchema } from "./minutes-record";
import { agendaReadSchema, minutesReadSchema, reportReadSchema } from "./read-schemas";
import { reportValueSchema } from "./report-record";
import type { ReportValue } from "./report-record";

const cases = [
  { name: "an agenda", write: agendaRecordSchema, read: agendaReadSchema, build: buildFullAgendaRecord },
  { name: "minutes", write: minutesRecordSchema, read: minutesReadSchema, build: buildFullMinutesRecord },
  { name: "a report", write: reportValueSchema, read: reportReadSchema, build: buildFullReportValue },
];

describe("every written record reads back", () => {
  for (const { name, write, read, build } of cases) {
    it(`reads ${name} as written, each field the reader knows unchanged`, () => {
      const written = write.parse(build());
      const readBack = read.parse(JSON.parse(JSON.stringify(written)));
      expect(written).toMatchObject(readBack);
    });
  }

  it("reads a minimal draft's minutes, and an older report without a submit time", () => {
    const draft = buildFullMinutesRecord({ status: "draft", actions: [], items: [] });
    delete draft.published;
    expect(minutesReadSchema.safeParse(minutesRecordSchema.parse(draft)).success).toBe(true);
    const older: Partial<ReportValue> = buildFullReportValue();
    delete older.submittedAt;
    expect(reportReadSchema.parse(older).submittedAt).toBeUndefined();
  });

  it("reads a record a newer writer extended, instead of failing the series", () => {
    const newer = { ...buildFullMinutesRecord({ status: "published" }), status: "archived", extra: { a: 1 } };
    expect(minutesReadSchema.safeParse(newer).success).toBe(true);
    expect(minutesRecordSchema.safeParse(newer).success).toBe(false);
  });
});
