import { describe, expect, it } from "vitest";
import type { BatchRequest, BatchResponse, GraphClient } from "@/lib/graph";
import { resolveMeetingPeople } from "../../model/directory/people-by-address";
import { buildAddressFilter, lookUpAddresses } from "./people-by-address";

function fakeClient(answer: (request: BatchRequest) => BatchResponse, sent: BatchRequest[]): GraphClient {
  const unused = () => Promise.reject(new Error("not used by this test"));
  return {
    get: unused,
    post: unused,
    patch: unused,
    put: unused,
    delete: unused,
    batch: (requests: BatchRequest[]) => {
      sent.push(...requests);
      return Promise.resolve(requests.map(answer));
    },
  };
}

const wang = {
  id: "id-wang",
  displayName: "王建国",
  userPrincipalName: "wjg@yunzhan.onmicrosoft.com",
  mail: "wang.jianguo@yunzhan.example",
};

describe("lookUpAddresses", () => {
  it("quotes the address in Graph's default filter forms", () => {
    expect(buildAddressFilter("o'neil@yunzhan.example")).toBe(
      "mail eq 'o''neil@yunzhan.example' or userPrincipalName eq 'o''neil@yunzhan.example' or " +
        "proxyAddresses/any(p:p eq 'smtp:o''neil@yunzhan.example')",
    );
  });

  it("asks once per distinct address and reads a user whose aliases are withheld", async () => {
    const sent: BatchRequest[] = [];
    const client = fakeClient((r) => ({ id: r.id, status: 200, headers: {}, body: { value: [wang] } }), sent);
    const answered = await lookUpAddresses(client, ["CEO@yunzhan.example", "ceo@yunzhan.example"]);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toContain("$select=id,displayName,userPrincipalName,mail,proxyAddresses,userType");
    const [person] = resolveMeetingPeople([{ name: "CEO", address: "ceo@yunzhan.example" }], answered);
    expect(person).toMatchObject({ id: "id-wang", upn: "wjg@yunzhan.onmicrosoft.com", kind: "member" });
  });

  it("keeps an address whose lookup the tenant refuses keyed as it is, not as an outsider", async () => {
    const client = fakeClient(
      (r) => ({
        id: r.id,
        status: 400,
        headers: {},
        body: { error: { code: "Request_UnsupportedQuery", message: "Unsupported query." } },
      }),
      [],
    );
    const answered = await lookUpAddresses(client, ["wang.jianguo@yunzhan.example"]);
    expect(resolveMeetingPeople([{ name: "王建国", address: "wang.jianguo@yunzhan.example" }], answered)).toEqual([
      { name: "王建国", email: "wang.jianguo@yunzhan.example", key: "wang.jianguo@yunzhan.example", kind: "member" },
    ]);
  });
});
