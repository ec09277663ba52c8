import { describe, expect, it } from "vitest";
import { dropStyleAttributes, readBodyText } from "./fake-office-panel";

describe("readBodyText", () => {
  it("shows markup that reached the body as text literally, and runs nothing", () => {
    const text = readBodyText("<p>议程：&lt;img src=x onerror=alert(1)&gt;</p><div>Teams<br>Join</div>");
    expect(text).toBe("议程：<img src=x onerror=alert(1)>\nTeams\nJoin");
  });

  it("reads a Teams block's text without its style attributes", () => {
    const text = readBodyText(
      `<div style="width:100%"><span style='color:gray'>会议 ID: </span><span style="font-size:16px;">212 345</span></div>`,
    );
    expect(text).toBe("会议 ID: 212 345");
  });

  it("keeps a table's cells apart, one row a line, as Outlook lays them out", () => {
    const text = readBodyText("<table><tr><th>时间</th><th>议题</th></tr><tr><td>09:00</td><td>回顾</td></tr></table>");
    expect(text).toBe("时间  议题\n09:00  回顾");
  });
});

describe("dropStyleAttributes", () => {
  it("drops the inline styles of real tags and leaves text that only looks like one", () => {
    expect(
      dropStyleAttributes(`<td style="padding:4px" colspan=2>a style="b"</td><p style='x' >&lt;i style="c"&gt;</p>`),
    ).toBe(`<td colspan=2>a style="b"</td><p >&lt;i style="c"&gt;</p>`);
  });
});
