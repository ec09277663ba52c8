import { describe, expect, it } from "vitest";
import { buildSeriesConfig } from "@/meeting/testing/build-series-config";
import { buildPersonKeys, keyConfigPeople, listOlderNames } from "./person-keys";
import { getMeetingRoles } from "./meeting-roles";

const liNa = {
  key: "A1C2E3F4-2222-4A5B-8C6D-000000000002",
  upn: "ln@yunzhan.onmicrosoft.com",
  email: "nana@yunzhan.example",
  aliases: ["li.na@yunzhan.example"],
};
const wang = { key: "a1c2e3f4-1111-4a5b-8c6d-000000000001", upn: "wjg@yunzhan.onmicrosoft.com" };

describe("one key per person", () => {
  it("maps a key, a UPN, the invitation address or an alias, in any case, to the object id", () => {
    const keyOf = buildPersonKeys([liNa, wang]);
    for (const name of [liNa.key, "LN@yunzhan.onmicrosoft.com", " nana@yunzhan.example", "Li.Na@YunZhan.example"])
      expect(keyOf(name)).toBe("a1c2e3f4-2222-4a5b-8c6d-000000000002");
    expect(keyOf("Someone@Outside.example")).toBe("someone@outside.example");
  });

  it("lets a person's own key win over someone else's alias of the same string", () => {
    const keyOf = buildPersonKeys([
      { key: "shared@yunzhan.example", aliases: [] },
      { key: "id-x", aliases: ["shared@yunzhan.example"] },
    ]);
    expect(keyOf("shared@yunzhan.example")).toBe("shared@yunzhan.example");
  });

  it("lists the older names a person's records may be under, without the key", () => {
    expect(listOlderNames(liNa)).toEqual([
      "ln@yunzhan.onmicrosoft.com",
      "nana@yunzhan.example",
      "li.na@yunzhan.example",
    ]);
  });

  it("reads a configuration written by UPN or address as one keyed by id, roles and all", () => {
    const stored = buildSeriesConfig({
      host: {
        mode: "rotating",
        order: ["wjg@yunzhan.onmicrosoft.com", "LN@yunzhan.onmicrosoft.com"],
        startsAt: "2026-11-30T05:30:00.000Z",
      },
      noteTaker: "nana@yunzhan.example",
      speakers: { departments: ["ln@yunzhan.onmicrosoft.com"] },
      departments: { "ln@yunzhan.onmicrosoft.com": "运营部" },
    });
    const config = keyConfigPeople(stored, buildPersonKeys([liNa, wang]));
    expect(config.host).toMatchObject({ order: [wang.key, liNa.key.toLowerCase()] });
    expect(config.noteTaker).toBe(liNa.key.toLowerCase());
    expect(config.departments).toEqual({ [liNa.key.toLowerCase()]: "运营部" });
    const roles = getMeetingRoles({
      config,
      organizer: wang.key,
      me: liNa.key,
      occurrenceKey: "2026-12-07T05:30:00.000Z",
      heldKeys: ["2026-11-30T05:30:00.000Z", "2026-12-07T05:30:00.000Z"],
    });
    expect(roles).toMatchObject({ isHost: true, isNoteTaker: true, isOrganizer: false });
    expect(roles.mySections.map((s) => s.sectionId)).toEqual(["departments"]);
    // Keyed, it no longer depends on any name: a later change of UPN leaves it as it is.
    expect(keyConfigPeople(config, buildPersonKeys([{ ...liNa, upn: "li.na.2027@yunzhan.onmicrosoft.com" }]))).toEqual(
      config,
    );
  });
});
