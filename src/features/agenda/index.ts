export { AgendaPanel } from "./components/agenda-panel";
export type { AgendaInvitation, AgendaPanelProps } from "./components/agenda-panel";
export { agendaStrings } from "./strings";
export { agendaQueryKeys } from "./api/query-keys";
export { useAgendaItems } from "./api/use-agenda-items";
export type { AgendaItem } from "./model/agenda";
