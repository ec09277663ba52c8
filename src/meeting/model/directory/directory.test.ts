import { describe, expect, it } from "vitest";
import { buildDirectory, buildPerson } from "../../testing/build-directory";
import { findPerson, getStanding, listCandidates, listUnknownPeople } from "./directory";

const liNa = buildPerson();
const disabled = buildPerson({
  id: "id-zhou",
  name: "周杰",
  userPrincipalName: "zhou.jie@yunzhan.example",
  account: "disabled",
});
const outsider = buildPerson({ id: "id-out", name: "外部顾问", userPrincipalName: "guwen@yunzhan.example" });

describe("a person's standing in the series", () => {
  const directory = buildDirectory([liNa, disabled], { "id-out": outsider, "id-gone": "gone" });

  it("finds a member by id or by UPN in any case", () => {
    expect(findPerson(directory, "id-li-na")?.name).toBe("李娜");
    expect(findPerson(directory, " Li.Na@YunZhan.example ")?.name).toBe("李娜");
  });

  it("tells an active member, a disabled one, a deleted user, one outside the group and one not looked up", () => {
    expect(getStanding(directory, "li.na@yunzhan.example")).toBe("active");
    expect(getStanding(directory, "id-zhou")).toBe("disabled");
    expect(getStanding(directory, "id-gone")).toBe("gone");
    expect(getStanding(directory, "id-out")).toBe("notMember");
    expect(getStanding(directory, "id-new")).toBe("unknown");
    expect(findPerson(directory, "id-gone")).toBeUndefined();
  });

  it("lists only the people it still has to look up, once each", () => {
    expect(listUnknownPeople(directory, ["id-li-na", "ID-NEW", "id-new", "id-gone"])).toEqual(["id-new"]);
  });
});

describe("who can take an action item over", () => {
  it("is every member not known to be disabled, by name", () => {
    const zhang = buildPerson({ id: "id-zhang", name: "张敏", account: "unknown" });
    const directory = buildDirectory([liNa, disabled, zhang], { "id-out": outsider });
    expect(listCandidates(directory).map((p) => p.name)).toEqual(["李娜", "张敏"]);
  });
});
