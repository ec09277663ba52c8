// Emulator sign-in for demo builds: the Graph emulator accepts `Bearer emu:<userPrincipalName>`
// and acts as that persona. Loaded only behind `isDemoBuild` through a dynamic import, so a
// production bundle does not contain it.
import type { AuthPort } from "./auth-port";

export function createDemoAuth(userPrincipalName: string): AuthPort {
  const token = `emu:${userPrincipalName}`;
  return {
    account: { upn: userPrincipalName },
    getToken: () => Promise.resolve(token),
  };
}
