import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import type { GraphClient } from "@/lib/graph";
import type { HostPort } from "@/lib/teams";

export interface Viewer {
  locale: string;
  timeZone: string;
  userPrincipalName?: string;
}

/** What every surface needs from the outside world, created once at start-up by src/app. */
export interface AppServices {
  graph: GraphClient;
  host: HostPort;
  viewer: Viewer;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices must be used inside <ServicesProvider>");
  return services;
}
