import { describe, expect, it } from "vitest";
import { findExactPerson } from "./person-combobox";

const groups = [
  { label: "参会人员", people: [{ key: "id-1", name: "李娜", address: "li.na@yunzhan.example" }] },
  {
    label: "其他",
    people: [
      { key: "id-2", name: "王芳" },
      { key: "id-3", name: "王芳" },
      { key: "id-4", name: "外部嘉宾", disabledText: "外部嘉宾（不能指派）" },
    ],
  },
];

describe("findExactPerson", () => {
  it("takes a name or address typed exactly, in any case, as that person", () => {
    expect(findExactPerson(groups, " 李娜 ")?.key).toBe("id-1");
    expect(findExactPerson(groups, "LI.NA@yunzhan.example")?.key).toBe("id-1");
  });

  it("takes nobody for a partial name, a name two people share, or someone who cannot be picked", () => {
    expect(findExactPerson(groups, "李")).toBeUndefined();
    expect(findExactPerson(groups, "王芳")).toBeUndefined();
    expect(findExactPerson(groups, "外部嘉宾")).toBeUndefined();
    expect(findExactPerson(groups, "")).toBeUndefined();
  });
});
