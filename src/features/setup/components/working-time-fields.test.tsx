import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { stubResizeObserver } from "@/lib/testing/stub-resize-observer";
import { buildSeriesConfig } from "@/meeting/testing/build-series-config";
import type { SeriesConfig } from "@/meeting/model/series-config/series-config";
import { renderSetup } from "../testing/render-setup";
import { WorkingTimeFields } from "./working-time-fields";

beforeAll(stubResizeObserver);
afterEach(cleanup);

describe("WorkingTimeFields", () => {
  it("shows the default working week of a config stored before working time, and where the holidays come from", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn<(config: SeriesConfig) => void>();
    await renderSetup(<WorkingTimeFields config={buildSeriesConfig()} onChange={onChange} />);
    expect(screen.getByRole("checkbox", { name: "周一" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "周六" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "按中国大陆法定节假日与调休计算" })).toBeChecked();
    expect(screen.getByLabelText("上班时间")).toHaveValue("09:00");
    expect(screen.getByLabelText("下班时间")).toHaveValue("18:00");
    expect(screen.getByText(/节假日数据：chinese-days 1\.5\.\d+，覆盖 \d{4}–\d{4} 年/)).toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: "周六" }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        workingTime: { weekdays: [1, 2, 3, 4, 5, 6], start: "09:00", end: "18:00", publicHolidays: "cn-mainland" },
      }),
    );
  });

  it("says the same in English", async () => {
    await renderSetup(<WorkingTimeFields config={buildSeriesConfig()} onChange={vi.fn()} />, { locale: "en-US" });
    expect(screen.getByRole("checkbox", { name: "Sat" })).not.toBeChecked();
    expect(
      screen.getByRole("checkbox", { name: "Follow mainland China public holidays and makeup working days" }),
    ).toBeChecked();
    expect(screen.getByText(/Holiday data: chinese-days 1\.5\.\d+, covering \d{4}–\d{4}/)).toBeInTheDocument();
  });
});
