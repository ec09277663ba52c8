// A person picked from groups of people (e.g. the meeting's, then the rest of the directory the app
// has read), searched by name or address as one types. Only a pick names a person: typed text is
// kept as it is (key "") for the caller to judge, and an exact match of one name or address is
// taken as the pick when the field is left.
import { Combobox, Option, OptionGroup } from "@fluentui/react-components";

export interface PickablePerson {
  /** The person's key (object id or UPN); "" while only a name is typed. */
  key: string;
  name: string;
  /** Another address to search by, e.g. the UPN. */
  address?: string;
  /** Shown in place of the name when the person cannot be picked here, with the reason. */
  disabledText?: string;
}

export interface PersonGroup {
  label: string;
  people: readonly PickablePerson[];
}

export interface PersonComboboxProps {
  /** The accessible name, unless a surrounding Field labels it. */
  ariaLabel?: string;
  value: { key: string; name: string } | undefined;
  onChange: (next: { key: string; name: string } | undefined) => void;
  groups: readonly PersonGroup[];
  placeholder: string;
  /** The name of the button that opens the list, in the user's language (Fluent's own is the English "Open"). */
  expandLabel: string;
  invalid?: boolean;
  className?: string;
}

function matchesText(person: PickablePerson, text: string): boolean {
  return (
    text === "" ||
    person.name.toLowerCase().includes(text) ||
    person.key.toLowerCase().includes(text) ||
    (person.address ?? "").toLowerCase().includes(text)
  );
}

/** The one pickable person whose name or address is exactly `typed`, if there is exactly one. */
export function findExactPerson(groups: readonly PersonGroup[], typed: string): PickablePerson | undefined {
  const text = typed.trim().toLowerCase();
  if (text === "") return undefined;
  const found = new Map<string, PickablePerson>();
  for (const person of groups.flatMap((g) => g.people)) {
    if (person.disabledText !== undefined) continue;
    if (person.name.toLowerCase() === text || (person.address ?? "").toLowerCase() === text)
      found.set(person.key.toLowerCase(), person);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

export function PersonCombobox({
  ariaLabel,
  value,
  onChange,
  groups,
  placeholder,
  expandLabel,
  invalid = false,
  className,
}: PersonComboboxProps) {
  const seen = new Set<string>();
  // A person listed in an earlier group is not listed again in a later one.
  const shown = groups.map((group) => ({
    label: group.label,
    people: group.people.filter((p) => {
      const key = p.key.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  }));
  // A picked person shows every choice again, so changing one's mind needs no clearing first.
  const typed = value?.key ? "" : (value?.name.trim().toLowerCase() ?? "");
  const all = shown.flatMap((g) => g.people);
  return (
    <Combobox
      {...(className === undefined ? {} : { className })}
      {...(ariaLabel === undefined ? {} : { "aria-label": ariaLabel })}
      aria-invalid={invalid}
      freeform
      expandIcon={{ "aria-label": expandLabel }}
      placeholder={placeholder}
      value={value?.name ?? ""}
      selectedOptions={value?.key ? [value.key] : []}
      onChange={(event) => {
        onChange(event.target.value === "" ? undefined : { key: "", name: event.target.value });
      }}
      onOptionSelect={(_, data) => {
        const person = all.find((p) => p.key === data.optionValue);
        onChange(person ? { key: person.key, name: person.name } : undefined);
      }}
      onBlur={() => {
        if (value === undefined || value.key !== "") return;
        const exact = findExactPerson(shown, value.name);
        if (exact) onChange({ key: exact.key, name: exact.name });
      }}
    >
      {shown
        .filter((group) => group.people.length > 0)
        .map((group) => (
          <OptionGroup key={group.label} label={group.label}>
            {group.people
              .filter((p) => matchesText(p, typed))
              .map((person) =>
                person.disabledText === undefined ? (
                  <Option key={person.key} value={person.key} text={person.name}>
                    {person.name}
                  </Option>
                ) : (
                  <Option key={person.key} value={person.key} text={person.name} disabled>
                    {person.disabledText}
                  </Option>
                ),
              )}
          </OptionGroup>
        ))}
    </Combobox>
  );
}
