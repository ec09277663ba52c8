import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { LeaveRequestRecord } from "@/meeting/model/records/minutes-record";
import { buildLeaveRequest } from "../testing/build-minutes";
import { renderWithProviders } from "../testing/render-with-providers";
import { stubResizeObserver } from "@/lib/testing/stub-resize-observer";
import { LeaveRequestForm } from "./leave-request-form";
import type { LeaveRequestFormProps } from "./leave-request-form";

beforeAll(stubResizeObserver);
afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(() => {
  cleanup();
});

function buildProps(overrides: Partial<LeaveRequestFormProps> = {}): LeaveRequestFormProps {
  return {
    cutoff: new Date("2026-11-27T05:30:00.000Z"),
    cutoffWorkingDays: 1,
    timeZone: "Asia/Shanghai",
    submit: (reason) => Promise.resolve(buildLeaveRequest({ reason })),
    now: () => new Date("2026-11-26T09:00:00.000Z"),
    ...overrides,
  };
}

describe("LeaveRequestForm", () => {
  it("says a request before the cut-off is approved leave, and sends the reason", async () => {
    const user = userEvent.setup();
    const submit = vi.fn((reason: string): Promise<LeaveRequestRecord> =>
      Promise.resolve(buildLeaveRequest({ reason })),
    );
    await renderWithProviders(<LeaveRequestForm {...buildProps({ submit })} />);
    expect(screen.getByText("请在 11月27日 13:30 前申请（会前 1 个工作日）")).toBeInTheDocument();
    expect(screen.getByText("现在申请在截止时间之前，将记为正常请假。")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "提交请假" }));
    expect(screen.getByText("请填写请假事由")).toBeInTheDocument();
    expect(submit).not.toHaveBeenCalled();
    await user.click(screen.getByRole("textbox", { name: /请假事由/ }));
    await user.paste("外出拜访客户");
    await user.click(screen.getByRole("button", { name: "提交请假" }));
    expect(submit).toHaveBeenCalledWith("外出拜访客户");
    expect(await screen.findByText("已于 11月28日 17:00 提交请假")).toBeInTheDocument();
  });

  it("warns that a request after the cut-off will be marked late notice", async () => {
    await renderWithProviders(
      <LeaveRequestForm {...buildProps({ now: () => new Date("2026-11-30T01:00:00.000Z") })} />,
    );
    expect(
      screen.getByText("已过请假截止时间（11月27日 13:30）。仍可申请，但会被记为“请假未提前申请”。"),
    ).toBeInTheDocument();
  });

  it("shows a request already sent as late notice", async () => {
    await renderWithProviders(
      <LeaveRequestForm
        {...buildProps({ existing: buildLeaveRequest({ requestedAt: "2026-11-30T01:00:00.000Z", isLate: true }) })}
      />,
    );
    expect(screen.getByText("已于 11月30日 09:00 提交请假（未提前申请）")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "更新请假事由" })).toBeInTheDocument();
  });

  it("tells the attendee that someone else asked for leave for them, and lets them ask themself", async () => {
    await renderWithProviders(
      <LeaveRequestForm {...buildProps({ writtenForMe: { by: "王建国", reason: "代为请假" } })} />,
    );
    expect(
      screen.getByText("王建国 已代你提交请假（事由：代为请假）。由你本人提交后才算你的请假申请。"),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "提交请假" })).toBeInTheDocument();
  });

  it("gives an attendee in Berlin the cut-off on the meeting's clock and on theirs", async () => {
    await renderWithProviders(<LeaveRequestForm {...buildProps({ viewerTimeZone: "Europe/Berlin" })} />);
    expect(
      screen.getByText("请在 11月27日 13:30 中国标准时间（你的时间 06:30） 前申请（会前 1 个工作日）"),
    ).toBeInTheDocument();
  });

  it("withdraws one's own request before the cut-off, by keyboard, and lets one ask again", async () => {
    const user = userEvent.setup();
    const withdraw = vi.fn(() => Promise.resolve());
    await renderWithProviders(
      <LeaveRequestForm {...buildProps({ existing: buildLeaveRequest({ reason: "出差" }), withdraw })} />,
    );
    screen.getByRole("button", { name: "撤回请假" }).focus();
    await user.keyboard("{Enter}");
    expect(withdraw).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("button", { name: "提交请假" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "撤回请假" })).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /请假事由/ })).toHaveValue("");
  });

  it("says clearly when a withdrawal failed, keeps the request, and retries", async () => {
    const user = userEvent.setup();
    const withdraw = vi.fn().mockRejectedValueOnce(new TypeError("Failed to fetch")).mockResolvedValueOnce(undefined);
    await renderWithProviders(
      <LeaveRequestForm {...buildProps({ existing: buildLeaveRequest({ reason: "出差" }), withdraw })} />,
    );
    await user.click(screen.getByRole("button", { name: "撤回请假" }));
    expect(await screen.findByText("撤回请假未成功，请假仍然有效。请重试。")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "更新请假事由" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "撤回请假" }));
    expect(await screen.findByRole("button", { name: "提交请假" })).toBeInTheDocument();
    expect(withdraw).toHaveBeenCalledTimes(2);
  });

  it("offers no withdrawal after the cut-off, and says why", async () => {
    await renderWithProviders(
      <LeaveRequestForm
        {...buildProps({
          existing: buildLeaveRequest({ requestedAt: "2026-11-30T01:00:00.000Z", isLate: true }),
          withdraw: () => Promise.resolve(),
          now: () => new Date("2026-11-30T01:00:00.000Z"),
        })}
      />,
    );
    expect(screen.queryByRole("button", { name: "撤回请假" })).not.toBeInTheDocument();
    expect(screen.getByText("已过请假截止时间（11月27日 13:30），不能再撤回请假。")).toBeInTheDocument();
  });

  it("shows a recorded leave read-only once the minutes are published", async () => {
    await renderWithProviders(
      <LeaveRequestForm
        {...buildProps({
          existing: buildLeaveRequest({ reason: "出差" }),
          withdraw: () => Promise.resolve(),
          isPublished: true,
        })}
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("已请假（事由：出差）");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
  });

  it("shows nothing after publish to someone who did not ask", async () => {
    await renderWithProviders(<LeaveRequestForm {...buildProps({ isPublished: true })} />);
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expect(screen.queryByText("请假申请")).not.toBeInTheDocument();
  });
});
