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
});
