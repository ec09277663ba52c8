import { describe, expect, it } from "vitest";
import { presetTemplates } from "./presets";
import { reportFields } from "./report-fields";
import { getTemplateMinutes } from "./time-boxes";

describe("preset templates", () => {
  it.each(presetTemplates.map((t) => [t.name.zh, t] as const))(
    "%s fits its cap and opens with a review",
    (_name, template) => {
      expect(getTemplateMinutes(template)).toBeLessThanOrEqual(template.capMinutes);
      expect(template.sections.filter((s) => s.kind === "review")).toHaveLength(1);
      expect(new Set(template.sections.map((s) => s.id)).size).toBe(template.sections.length);
      for (const s of template.sections) {
        for (const f of s.fields) expect(reportFields[f]).toBeDefined();
        if (s.role === "speaker") expect(s.fields.length).toBeGreaterThan(0);
      }
    },
  );

  it("keeps the documents' own numbers for the weekly and branch meetings", () => {
    const weekly = presetTemplates.find((t) => t.id === "weekly");
    expect(weekly?.capMinutes).toBe(90);
    expect(weekly?.slot).toEqual({ weekday: 1, start: "13:30" });
    const branch = presetTemplates.find((t) => t.id === "branch-weekly");
    expect(branch && getTemplateMinutes(branch)).toBe(60);
  });
});
