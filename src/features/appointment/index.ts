export { useAppointment } from "./api/use-appointment";
export { resolveAppointment } from "./api/resolve-appointment";
export { AppointmentErrorNotice, AppointmentProblemNotice } from "./components/appointment-problem-notice";
export type { AppointmentProblemNoticeProps } from "./components/appointment-problem-notice";
export type { AppointmentProblemKind, AppointmentResolution, ResolvedAppointment } from "./model/appointment-problem";
export { appointmentProblemKinds } from "./model/appointment-problem";
export { appointmentStrings } from "./strings";
