import { describe, expect, it } from "vitest";
import { buildSeriesConfig } from "../../testing/build-series-config";
import { seriesConfigRecordSchema, seriesConfigSchema, toStoredSeriesConfig } from "./series-config";
import type { StoredSeriesConfig } from "./series-config";

describe("the stored series configuration", () => {
  it("keeps the stored name chatId for the series, and reads it back as seriesId", () => {
    const config = buildSeriesConfig();
    const stored = JSON.parse(JSON.stringify(toStoredSeriesConfig(config))) as Record<string, unknown>;
    expect(stored.chatId).toBe(config.seriesId);
    expect(stored).not.toHaveProperty("seriesId");
    expect(seriesConfigRecordSchema.safeParse(stored)).toEqual({ success: true, data: config });
    expect(seriesConfigSchema.safeParse(config).success).toBe(true);
  });

  it("refuses a payload without the series", () => {
    const withoutSeries: Partial<StoredSeriesConfig> = toStoredSeriesConfig(buildSeriesConfig());
    delete withoutSeries.chatId;
    expect(seriesConfigRecordSchema.safeParse(withoutSeries).success).toBe(false);
  });

  it("reads a config stored before working time, and keeps the working time a newer one stores", () => {
    const old = toStoredSeriesConfig(buildSeriesConfig());
    expect(old).not.toHaveProperty("workingTime");
    expect(old.attendance).not.toHaveProperty("leaveCutoffWorkingDays");
    expect(seriesConfigRecordSchema.safeParse(old).success).toBe(true);
    const workingTime = { weekdays: [1, 2, 3, 4, 5, 6], start: "08:30", end: "17:30", publicHolidays: "none" as const };
    const newer = buildSeriesConfig({
      workingTime,
      attendance: { leaveCutoffHours: 12, leaveCutoffWorkingDays: 0.5, lateness: { kind: "none" } },
    });
    expect(seriesConfigRecordSchema.safeParse(JSON.parse(JSON.stringify(toStoredSeriesConfig(newer))))).toEqual({
      success: true,
      data: newer,
    });
  });
});
