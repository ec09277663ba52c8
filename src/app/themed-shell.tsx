import { useEffect, useState } from "react";
import type { ReactNode } from "react";
import type { HostPort } from "@/lib/teams";
import { Shell } from "./shell";

/** Follows the host's theme as the user switches Teams between light, dark and high contrast. */
export function ThemedShell({ host, children }: { host: HostPort; children: ReactNode }) {
  const [theme, setTheme] = useState(host.context.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  return <Shell theme={theme}>{children}</Shell>;
}
