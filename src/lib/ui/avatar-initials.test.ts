import { describe, expect, it } from "vitest";
import { getAvatarInitials } from "./avatar-initials";

describe("getAvatarInitials", () => {
  it("uses the given name for Chinese names and leaves Latin names to Fluent", () => {
    expect(getAvatarInitials("王建国")).toBe("建国");
    expect(getAvatarInitials("李娜")).toBe("李娜");
    expect(getAvatarInitials("Alex Wilber")).toBeUndefined();
  });
});
