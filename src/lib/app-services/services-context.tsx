import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import type { GraphClient } from "@/lib/graph";
import type { HostPort } from "@/lib/teams";
import type { KeyValueStore } from "@/lib/query-store/key-value-store";

export interface Viewer {
  locale: string;
  timeZone: string;
  /** From the host: may be an e-mail address rather than the UPN. */
  userPrincipalName?: string;
  /** The Entra object id, when the host gives it (Teams does). */
  userObjectId?: string;
}

/** What every surface needs from the outside world, created once at start-up by src/app. */
export interface AppServices {
  graph: GraphClient;
  host: HostPort;
  viewer: Viewer;
  /** Where an administrator grants the app's permissions for the tenant; absent without an app registration (demo). */
  adminConsentUrl?: string;
  /**
   * What features keep between opens for this account (IndexedDB), only when the host names the
   * tenant and user, as for the persisted queries; absent: kept in memory for this page only.
   */
  localStore?: KeyValueStore;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The services when inside <ServicesProvider>, else null (a start-up failure is drawn without them). */
export function useOptionalServices(): AppServices | null {
  return useContext(ServicesContext);
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices must be used inside <ServicesProvider>");
  return services;
}
