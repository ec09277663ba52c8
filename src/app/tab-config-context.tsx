import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import type { TabConfigPort } from "./tab-config";

const TabConfigContext = createContext<TabConfigPort | null>(null);

export function TabConfigProvider({ port, children }: { port: TabConfigPort; children: ReactNode }) {
  return <TabConfigContext.Provider value={port}>{children}</TabConfigContext.Provider>;
}

export function useTabConfig(): TabConfigPort {
  const port = useContext(TabConfigContext);
  if (!port) throw new Error("useTabConfig must be used inside <TabConfigProvider>");
  return port;
}
