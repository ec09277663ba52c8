import { describe, expect, it } from "vitest";
import { convertEwsIdToRestId, convertRestIdToEwsId } from "./item-ids";

// The same item in both formats, from https://github.com/microsoftgraph/microsoft-graph-docs/issues/14419.
const graphId =
  "AAMkAGUzMWEzZmRjLTkzY2EtNDMxNS1hOTMzLWRiZjQyNjE2MDc0NgFRAAgI2a_mhiqAAEYAAAAAsWi2nD1JzUqEiTxqPbFNSgcA2iKnZiVk1kCLU_Dw4WArgQAAAAABDQAA2iKnZiVk1kCLU_Dw4WArgQAASTCjRwAAEA==";
const ewsId =
  "AAMkAGUzMWEzZmRjLTkzY2EtNDMxNS1hOTMzLWRiZjQyNjE2MDc0NgFRAAgI2a+mhiqAAEYAAAAAsWi2nD1JzUqEiTxqPbFNSgcA2iKnZiVk1kCLU+Dw4WArgQAAAAABDQAA2iKnZiVk1kCLU+Dw4WArgQAASTCjRwAAEA==";

describe("item ids between Outlook (EWS) and Graph (REST)", () => {
  it("converts the documented EWS id to its Graph id and back", () => {
    expect(convertEwsIdToRestId(ewsId)).toBe(graphId);
    expect(convertRestIdToEwsId(graphId)).toBe(ewsId);
  });

  it("maps / to - and + to _, keeping the padding", () => {
    expect(convertEwsIdToRestId("AA/B+C=")).toBe("AA-B_C=");
    expect(convertRestIdToEwsId("AA-B_C=")).toBe("AA/B+C=");
  });
});
