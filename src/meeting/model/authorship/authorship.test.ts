import { describe, expect, it } from "vitest";
import type { Directory, DirectoryPerson } from "../directory/directory";
import { isOwn, judgeAuthorship } from "./authorship";
import type { ServerIdentity } from "./authorship";

function person(id: string, name: string, upn: string): DirectoryPerson {
  return { id, name, userPrincipalName: upn, account: "enabled" };
}

const liNa = person("id-li", "李娜", "li.na@yunzhan.example");
const wang = person("id-wang", "王建国", "wang.jianguo@yunzhan.example");
const leaver = person("id-gone", "陈晓东", "chen.xiaodong@yunzhan.example");
const directory: Directory = {
  members: new Map([liNa, wang].map((p) => [p.id, p])),
  others: new Map<string, DirectoryPerson | "gone">([
    ["id-gone", leaver],
    ["id-deleted", "gone"],
  ]),
};

const as = (p: { id: string; name: string }): ServerIdentity => ({ id: p.id, displayName: p.name });

describe("judgeAuthorship", () => {
  it("is the person's own when SharePoint names them as the last writer (ids compared case-insensitively)", () => {
    const authorship = judgeAuthorship(
      "Li.Na@yunzhan.example",
      { createdBy: as(liNa), lastModifiedBy: { id: "ID-LI", displayName: "李娜" } },
      directory,
    );
    expect(authorship).toEqual({ kind: "own" });
    expect(isOwn(authorship)).toBe(true);
  });

  it("is written on the person's behalf when someone else created it", () => {
    const authorship = judgeAuthorship(
      liNa.userPrincipalName,
      { createdBy: as(wang), lastModifiedBy: as(wang) },
      directory,
    );
    expect(authorship).toEqual({ kind: "onBehalf", by: as(wang), change: "created" });
    expect(isOwn(authorship)).toBe(false);
  });

  it("is on behalf, as changed, when the person wrote it and someone else changed it since", () => {
    expect(
      judgeAuthorship(liNa.userPrincipalName, { createdBy: as(liNa), lastModifiedBy: as(wang) }, directory),
    ).toEqual({ kind: "onBehalf", by: as(wang), change: "changed" });
  });

  it("becomes the person's own once they write it again themself", () => {
    expect(
      judgeAuthorship(liNa.userPrincipalName, { createdBy: as(wang), lastModifiedBy: as(liNa) }, directory),
    ).toEqual({ kind: "own" });
  });

  it("tells a writer who left the group by their userPrincipalName", () => {
    const gone = { id: "id-gone", displayName: "陈晓东" };
    expect(judgeAuthorship(leaver.userPrincipalName, { lastModifiedBy: gone }, directory)).toEqual({ kind: "own" });
    expect(judgeAuthorship("someone.else@yunzhan.example", { lastModifiedBy: gone }, directory)).toMatchObject({
      kind: "onBehalf",
      by: gone,
    });
  });

  it("is on behalf when the named person is known and the writer is not them, even if the writer is gone", () => {
    const deleted = { id: "id-deleted", displayName: "已删除用户" };
    expect(judgeAuthorship(wang.userPrincipalName, { lastModifiedBy: deleted }, directory)).toMatchObject({
      kind: "onBehalf",
      by: deleted,
    });
  });

  it("cannot be verified without a writer, or when the directory knows neither side", () => {
    expect(judgeAuthorship(liNa.userPrincipalName, {}, directory)).toEqual({ kind: "unverified" });
    const stranger = { id: "id-x", displayName: "X" };
    const outcome = judgeAuthorship("nobody@yunzhan.example", { lastModifiedBy: stranger }, directory);
    expect(outcome).toEqual({ kind: "unverified", by: stranger });
    expect(isOwn(outcome)).toBe(false);
  });
});
