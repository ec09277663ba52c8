import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { SetupPerson } from "../model/default-config";

interface Props {
  label: string;
  people: SetupPerson[];
  value: string | undefined;
  onChange: (key: string | undefined) => void;
  placeholder?: string;
  required?: boolean;
  validationMessage?: string;
}

export function PersonPicker({ label, people, value, onChange, placeholder, required, validationMessage }: Props) {
  const selected = people.find((p) => p.key === value);
  return (
    <Field
      label={label}
      required={required}
      validationMessage={validationMessage}
      validationState={validationMessage ? "error" : "none"}
    >
      <Dropdown
        value={selected?.name ?? ""}
        placeholder={placeholder}
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_e, data) => {
          onChange(data.optionValue);
        }}
      >
        {people.map((person) => (
          <Option key={person.key} value={person.key} text={person.name}>
            {person.name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
