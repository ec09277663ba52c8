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

describe("the 餐饮周会 preset", () => {
  const restaurant = presetTemplates.find((t) => t.id === "restaurant-weekly");

  it("asks each department for the four topics of the documents, then this week's plan", () => {
    const departments = restaurant?.sections.find((s) => s.id === "departments");
    expect(departments?.fields).toEqual([
      "review",
      "staffing",
      "revenue",
      "financialAnalysis",
      "complaints",
      "onlineReviews",
      "problems",
      "plan",
      "expectedResult",
      "helpNeeded",
    ]);
    expect(departments?.minutesPerSpeaker).toBe(15);
  });

  it("keeps company news and other arrangements within the documents' 5–15 minutes, starting Monday 15:00", () => {
    expect(restaurant?.slot).toEqual({ weekday: 1, start: "15:00" });
    for (const id of ["company-news", "other"]) {
      const minutes = restaurant?.sections.find((s) => s.id === id)?.minutesPerSpeaker ?? 0;
      expect(minutes).toBeGreaterThanOrEqual(5);
      expect(minutes).toBeLessThanOrEqual(15);
    }
  });
});
