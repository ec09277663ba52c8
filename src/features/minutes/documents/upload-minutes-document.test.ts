import { describe, expect, it } from "vitest";
import type { GraphClient, GraphResult, RequestOptions } from "@/lib/graph";
import {
  buildMinutesFileName,
  DOCX_CONTENT_TYPE,
  encodeDrivePath,
  SIMPLE_UPLOAD_MAX_BYTES,
  toSafeName,
  uploadMinutesDocument,
} from "./upload-minutes-document";

interface PutCall {
  path: string;
  body: unknown;
  options: RequestOptions;
}

function fakeClient(answer: GraphResult<unknown>, calls: PutCall[]): GraphClient {
  const unused = () => Promise.reject(new Error("not used by this test"));
  return {
    get: unused,
    post: unused,
    patch: unused,
    delete: unused,
    batch: unused,
    put: <T>(path: string, body: unknown, options: RequestOptions) => {
      calls.push({ path, body, options });
      return Promise.resolve(answer as GraphResult<T>);
    },
  };
}

const driveItem = {
  id: "01ABC",
  webUrl: "https://yunzhan.sharepoint.com/sites/mgmt/Shared%20Documents/x.docx",
  eTag: '"{01ABC},1"',
};

describe("uploadMinutesDocument", () => {
  it("PUTs the bytes by encoded path with the docx content type, as uploadFile", async () => {
    const calls: PutCall[] = [];
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const result = await uploadMinutesDocument(fakeClient({ status: 201, body: driveItem, headers: {} }, calls), {
      groupId: "5b9fcea3-2a7b-42a4-bf6e-1927c23bacca",
      folder: "例会通/周例会",
      fileName: "2026-11-30 周例会 会议记录.docx",
      bytes,
    });
    expect(result).toEqual({ webUrl: driveItem.webUrl, itemId: "01ABC", eTag: '"{01ABC},1"' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.path).toBe(
      "/groups/5b9fcea3-2a7b-42a4-bf6e-1927c23bacca/drive/root:/%E4%BE%8B%E4%BC%9A%E9%80%9A/%E5%91%A8%E4%BE%8B%E4%BC%9A/2026-11-30%20%E5%91%A8%E4%BE%8B%E4%BC%9A%20%E4%BC%9A%E8%AE%AE%E8%AE%B0%E5%BD%95.docx:/content",
    );
    expect(calls[0]?.body).toBe(bytes);
    expect(calls[0]?.options).toEqual({ operation: "uploadFile", headers: { "Content-Type": DOCX_CONTENT_TYPE } });
  });

  it("takes the eTag header when the body has none, and fails on an answer that is not a driveItem", async () => {
    const input = { groupId: "g", folder: "", fileName: "a.docx", bytes: new Uint8Array(1) };
    const { eTag } = await uploadMinutesDocument(
      fakeClient({ status: 200, body: { id: "1", webUrl: "https://x" }, headers: {}, etag: '"e"' }, []),
      input,
    );
    expect(eTag).toBe('"e"');
    await expect(
      uploadMinutesDocument(fakeClient({ status: 200, body: "oops", headers: {} }, []), input),
    ).rejects.toThrow();
  });

  it("refuses a file too big for a simple upload before sending it", async () => {
    const calls: PutCall[] = [];
    const input = { groupId: "g", folder: "f", fileName: "a.docx", bytes: new Uint8Array(SIMPLE_UPLOAD_MAX_BYTES + 1) };
    await expect(
      uploadMinutesDocument(fakeClient({ status: 201, body: driveItem, headers: {} }, calls), input),
    ).rejects.toThrow(RangeError);
    expect(calls).toEqual([]);
  });
});

describe("drive paths and file names", () => {
  it("encodes each segment on its own and drops empty ones", () => {
    expect(encodeDrivePath("/例会通//周例会/", "a b#1.docx")).toBe(
      "%E4%BE%8B%E4%BC%9A%E9%80%9A/%E5%91%A8%E4%BE%8B%E4%BC%9A/a%20b_1.docx",
    );
    expect(encodeDrivePath("", "x.docx")).toBe("x.docx");
    expect(() => encodeDrivePath("", " ")).toThrow(TypeError);
  });

  it("replaces characters SharePoint refuses", () => {
    expect(toSafeName(`~ Q4: "A/B" <x>? | 100% #1.`)).toBe("Q4_ _A_B_ _x__ _ 100_ _1");
    expect(() => toSafeName("...")).toThrow(TypeError);
  });

  it("names each version its own file, so an amendment keeps the earlier ones", () => {
    const base = { date: "2026-11-30", meetingTitle: "周例会", language: "zh-CN" as const };
    expect(buildMinutesFileName({ ...base, version: 1 })).toBe("2026-11-30 周例会 会议记录.docx");
    expect(buildMinutesFileName({ ...base, version: 2 })).toBe("2026-11-30 周例会 会议记录（第2版）.docx");
    expect(buildMinutesFileName({ ...base, language: "en-US", meetingTitle: "Weekly: ops/sales", version: 3 })).toBe(
      "2026-11-30 Weekly_ ops_sales Minutes (version 3).docx",
    );
  });
});
