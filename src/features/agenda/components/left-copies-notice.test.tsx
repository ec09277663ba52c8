import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { screen } from "@testing-library/react";
import { renderWithProviders } from "@/lib/testing/render-with-providers";
import { stubResizeObserver } from "@/lib/testing/stub-resize-observer";
import { agendaStrings } from "../strings";
import { LeftCopiesNotice } from "./left-copies-notice";

const post = {
  messageId: "1",
  revision: 2,
  postedAt: "2026-11-29T09:00:00Z",
  postedBy: "sun.li@yunzhan.example",
  leftCopies: [{ messageId: "2", senderName: "王建国" }],
};

beforeAll(stubResizeObserver);
afterAll(() => {
  vi.unstubAllGlobals();
});

describe("LeftCopiesNotice", () => {
  it("names who sent the copy left in the chat, in both languages", async () => {
    const { unmount } = await renderWithProviders(<LeftCopiesNotice post={post} />, { agenda: agendaStrings });
    expect(screen.getByText(/还有 1 张重复的第 2 版议程卡片，由 王建国 发出/)).toBeInTheDocument();
    unmount();
    await renderWithProviders(<LeftCopiesNotice post={post} />, { agenda: agendaStrings }, { locale: "en-US" });
    expect(screen.getByText(/a duplicate of the version 2 agenda card, sent by 王建国/)).toBeInTheDocument();
  });

  it("says nothing when the chat has one card", async () => {
    await renderWithProviders(<LeftCopiesNotice post={{ ...post, leftCopies: [] }} />, { agenda: agendaStrings });
    expect(screen.queryByText(/重复/)).toBeNull();
  });
});
