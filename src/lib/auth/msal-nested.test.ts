import { describe, expect, it } from "vitest";
import { createNestedClient } from "./msal-nested";

const configuration = {
  auth: {
    clientId: "0f2c4a1e-6b7d-4c3e-9a8b-1d2e3f4a5b6c",
    authority: "https://login.microsoftonline.com/organizations",
  },
};

describe("createNestedClient", () => {
  it("finds no nested app auth in a page no host has given the bridge", async () => {
    await expect(createNestedClient(configuration)).resolves.toBeUndefined();
  });

  it("answers through the host's bridge once there is one", async () => {
    const sent: string[] = [];
    const listeners: ((message: string) => void)[] = [];
    Object.assign(window, {
      nestedAppAuthBridge: {
        addEventListener: (_type: string, listener: (message: string) => void) => listeners.push(listener),
        removeEventListener: () => undefined,
        postMessage: (message: string) => {
          sent.push(message);
          const request = JSON.parse(message) as { requestId: string };
          const initContext = { sdkName: "Teams", sdkVersion: "2.58.0", capabilities: { queryAccount: false } };
          for (const listener of listeners)
            listener(
              JSON.stringify({
                messageType: "NestedAppAuthResponse",
                requestId: request.requestId,
                success: true,
                initContext,
              }),
            );
        },
      },
    });
    try {
      const client = await createNestedClient(configuration);
      expect(client?.getAllAccounts()).toEqual([]);
      expect(sent.map((m) => (JSON.parse(m) as { method: string }).method)).toEqual(["GetInitContext"]);
    } finally {
      Reflect.deleteProperty(window, "nestedAppAuthBridge");
    }
  });
});
