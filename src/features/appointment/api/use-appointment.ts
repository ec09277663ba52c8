import { useQuery } from "@tanstack/react-query";
import { useServices } from "@/lib/app-services/services-context";
import type { AppointmentPort } from "@/lib/office/appointment-port";
import { appointmentQueryKeys } from "./query-keys";
import { resolveAppointment } from "./resolve-appointment";

/**
 * The series and occurrence of the appointment the Outlook pane is open on, or the problem that
 * keeps it from being one. Resolved once per pane: refetch (the notice's Try again) after the user
 * saved the item or turned on the Teams meeting.
 */
export function useAppointment(appointment: AppointmentPort) {
  const { graph } = useServices();
  return useQuery({
    queryKey: appointmentQueryKeys.current(),
    queryFn: () => resolveAppointment(graph, appointment),
    staleTime: Infinity,
  });
}
