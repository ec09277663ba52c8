import { describe, expect, it } from "vitest";
import { findInitiatorUrls, findScriptLevels } from "./initiator-levels";

const doc = "https://app.example/?ws=1";
const at = (file: string) => `https://app.example/assets/${file}`;

describe("findScriptLevels", () => {
  it("counts each script one level below whoever asked for it", () => {
    const levels = findScriptLevels(
      doc,
      [
        { url: at("main.js"), initiator: { type: "parser", url: doc } },
        { url: at("vendor.js"), initiator: { type: "parser", url: doc } },
        { url: at("boot.js"), initiator: { type: "script", stack: { callFrames: [{ url: at("main.js") }] } } },
        {
          url: at("teams.js"),
          initiator: { type: "script", stack: { callFrames: [], parent: { callFrames: [{ url: at("boot.js") }] } } },
        },
        { url: at("orphan.js"), initiator: { type: "other" } },
        {
          url: at("msal.js"),
          initiator: {
            type: "script",
            stack: { callFrames: [{ url: at("main.js") }, { url: at("teams.js") }, { url: at("boot.js") }] },
          },
        },
      ],
      [at("main.js"), at("vendor.js"), at("boot.js"), at("teams.js"), at("orphan.js"), at("msal.js")],
    );
    expect([...levels.values()]).toEqual([1, 1, 2, 3, 1, 4]);
  });
});

describe("findInitiatorUrls", () => {
  it("lists the initiator's own URL and every script on its stack once", () => {
    expect(
      findInitiatorUrls({
        type: "script",
        url: doc,
        stack: { callFrames: [{ url: at("x.js") }, { url: "" }], parent: { callFrames: [{ url: at("x.js") }] } },
      }),
    ).toEqual([doc, at("x.js")]);
    expect(findInitiatorUrls({ type: "other" })).toEqual([]);
  });
});
