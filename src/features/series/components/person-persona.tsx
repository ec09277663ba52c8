import { Persona } from "@fluentui/react-components";
import { getAvatarInitials } from "@/lib/ui/avatar-initials";
import type { PersonLineProps } from "./person-line";

/** The person with Fluent's avatar: loaded once the series is on screen (person-line.tsx). */
export function PersonPersona({ name, email, note, size }: PersonLineProps) {
  return (
    <Persona
      {...(size === undefined ? {} : { size })}
      name={name}
      secondaryText={email}
      {...(note === undefined ? {} : { tertiaryText: note })}
      avatar={{ color: "colorful", initials: getAvatarInitials(name) }}
    />
  );
}
