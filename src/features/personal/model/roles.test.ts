import { describe, expect, it } from "vitest";
import { buildSeriesConfig, me } from "@/meeting/testing/build-series-config";
import { detectRoles, hasAnyRole, listSpeakerSections } from "./roles";

const held = [
  "2026-11-16T05:30:00.000Z",
  "2026-11-23T05:30:00.000Z",
  "2026-11-30T05:30:00.000Z",
  "2026-12-07T05:30:00.000Z",
  "2026-12-14T05:30:00.000Z",
];

describe("detectRoles", () => {
  it("follows a rotating host once per held meeting from where the rotation starts", () => {
    const config = buildSeriesConfig();
    expect(held.map((key) => detectRoles(config, key, held, me).isHost)).toEqual([false, true, false, false, true]);
  });

  it("does not count a cancelled meeting: the next held one takes the turn it would have had", () => {
    const config = buildSeriesConfig();
    const withoutNov30 = held.filter((key) => key !== "2026-11-30T05:30:00.000Z");
    // 16 Nov 张敏, 23 Nov 李娜, (30 Nov cancelled), 7 Dec 陈晓东, 14 Dec 张敏.
    expect(withoutNov30.map((key) => detectRoles(config, key, withoutNov30, me).isHost)).toEqual([
      false,
      true,
      false,
      false,
    ]);
  });

  it("applies a fixed host, the note-taker and the speaker sections, ignoring the case of UPNs", () => {
    const config = buildSeriesConfig({
      host: { mode: "fixed", host: "LI.NA@yunzhan.example" },
      noteTaker: "Li.Na@Yunzhan.Example",
    });
    expect(detectRoles(config, held[0] ?? "", held, me)).toEqual({
      isHost: true,
      isNoteTaker: true,
      speaks: [{ sectionId: "departments", title: { zh: "部门负责人", en: "Department head" } }],
    });
  });

  it("is an ordinary attendee without any role", () => {
    const roles = detectRoles(buildSeriesConfig({ speakers: {} }), held[0] ?? "", held, me);
    expect(roles).toEqual({ isHost: false, isNoteTaker: false, speaks: [] });
    expect(hasAnyRole(roles)).toBe(false);
  });

  it("lists speaker sections in template order with their speaker label", () => {
    const config = buildSeriesConfig({ speakers: { conclusions: [me], departments: [me] } });
    expect(listSpeakerSections(config, me).map((s) => s.sectionId)).toEqual(["departments", "conclusions"]);
    expect(listSpeakerSections(config, me)[1]?.title.zh).toBe("复述结论，明确责任人、完成时间及标准");
  });
});
