import { PersonCombobox } from "@/lib/ui/person-combobox";
import type { PickablePerson } from "@/lib/ui/person-combobox";
import type { MinutesPerson } from "@/meeting/model/records/minutes-record";
import { useMinutesTranslation } from "./minutes-i18n";

export interface PersonPickerProps {
  /** The accessible name, e.g. "责任人". */
  label: string;
  value: MinutesPerson | undefined;
  onChange: (next: MinutesPerson | undefined) => void;
  /** Meeting attendees, listed first. */
  attendees: readonly MinutesPerson[];
  /** The workspace group's other members. */
  others: readonly MinutesPerson[];
  invalid?: boolean;
  className?: string;
}

/** Picks a person: meeting attendees first, then the group's other members; only a pick counts. */
export function PersonPicker({
  label,
  value,
  onChange,
  attendees,
  others,
  invalid = false,
  className,
}: PersonPickerProps) {
  const { t } = useMinutesTranslation();
  const toPickable = (person: MinutesPerson): PickablePerson =>
    person.kind === undefined || person.kind === "member"
      ? { key: person.upn, name: person.name }
      : // Shown, but Planner can assign only the organization's own users (docs/domain.md §2).
        {
          key: person.upn,
          name: person.name,
          disabledText: t(`action.notOwner.${person.kind}`, { name: person.name }),
        };
  return (
    <PersonCombobox
      ariaLabel={label}
      {...(className === undefined ? {} : { className })}
      invalid={invalid}
      placeholder={t("action.personPlaceholder")}
      expandLabel={t("action.showPeople", { label })}
      value={value === undefined ? undefined : { key: value.upn, name: value.name }}
      onChange={(next) => {
        // Typing searches; the owner is set only by a pick, since Planner needs a real person.
        onChange(next === undefined ? undefined : { upn: next.key, name: next.name });
      }}
      groups={[
        { label: t("action.attendeesGroup"), people: attendees.map(toPickable) },
        { label: t("action.othersGroup"), people: others.map(toPickable) },
      ]}
    />
  );
}
