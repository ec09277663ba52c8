import { describe, expect, it } from "vitest";
import { canTakeWork, findUserByAddress, pickUserForAddress, resolveMeetingPeople } from "./people-by-address";
import type { AddressableUser } from "./people-by-address";

const wang: AddressableUser = {
  id: "id-wang",
  displayName: "王建国",
  userPrincipalName: "wjg@yunzhan.onmicrosoft.com",
  mail: "wang.jianguo@yunzhan.example",
  proxyAddresses: ["SMTP:wang.jianguo@yunzhan.example", "smtp:ceo@yunzhan.example", "X500:/o=ExchangeLabs/cn=wjg"],
  userType: "Member",
};
const guest: AddressableUser = {
  id: "id-kim",
  displayName: "Kim Minjun",
  userPrincipalName: "kim.partner_supplier.example#EXT#@yunzhan.onmicrosoft.com",
  mail: "kim.partner@supplier.example",
  proxyAddresses: [],
  userType: undefined,
};
const users = [wang, guest];
const answered = new Map<string, AddressableUser[]>([
  ["ceo@yunzhan.example", [wang]],
  ["kim.partner@supplier.example", [guest]],
  ["managers@yunzhan.example", []],
  ["logistics@outside.example", []],
]);

describe("who an invitation address is", () => {
  it("finds a user by mail, by an smtp alias or by UPN, in any case, but not by another proxy type", () => {
    expect(findUserByAddress(users, "Wang.Jianguo@YunZhan.example")?.id).toBe("id-wang");
    expect(findUserByAddress(users, "ceo@yunzhan.example")?.id).toBe("id-wang");
    expect(findUserByAddress(users, "WJG@yunzhan.onmicrosoft.com")?.id).toBe("id-wang");
    expect(findUserByAddress(users, "/o=ExchangeLabs/cn=wjg")).toBeUndefined();
  });

  it("keys a user by object id, with the UPN beside, while showing the address they were invited by", () => {
    expect(resolveMeetingPeople([{ name: "CEO", address: "CEO@yunzhan.example" }], answered)[0]).toEqual({
      name: "王建国",
      email: "CEO@yunzhan.example",
      id: "id-wang",
      key: "id-wang",
      upn: "wjg@yunzhan.onmicrosoft.com",
      kind: "member",
    });
  });

  it("tells a guest (by its #EXT# UPN), a distribution list and an outside address apart", () => {
    const [kim, list, outside] = resolveMeetingPeople(
      [
        { name: "Kim", address: "kim.partner@supplier.example" },
        { name: "管理层通讯组", address: "managers@yunzhan.example" },
        { name: "", address: "logistics@outside.example" },
        { name: "CEO", address: "ceo@yunzhan.example" },
      ],
      answered,
    );
    expect(kim?.kind).toBe("guest");
    expect(list).toEqual({
      name: "管理层通讯组",
      email: "managers@yunzhan.example",
      key: "managers@yunzhan.example",
      kind: "distributionList",
    });
    expect(outside?.kind).toBe("external");
  });

  it("keeps an address the directory was not asked about as its key", () => {
    expect(resolveMeetingPeople([{ name: "周杰", address: "Zhou.Jie@yunzhan.example" }], answered)).toEqual([
      { name: "周杰", email: "Zhou.Jie@yunzhan.example", key: "zhou.jie@yunzhan.example", kind: "member" },
    ]);
  });

  it("takes the only user the directory answered when their aliases are withheld", () => {
    const basic = { ...wang, proxyAddresses: [] };
    expect(pickUserForAddress([basic], "ceo@yunzhan.example")?.id).toBe("id-wang");
    expect(pickUserForAddress([basic, guest], "ceo@yunzhan.example")).toBeUndefined();
  });

  it("lets only the organization's members take work", () => {
    expect(canTakeWork({ kind: "member" })).toBe(true);
    expect(canTakeWork({ kind: "guest" })).toBe(false);
    expect(canTakeWork({ kind: "distributionList" })).toBe(false);
    expect(canTakeWork({ kind: "external" })).toBe(false);
  });
});
