import { Input } from "@fluentui/react-components";
import { useMinutesTranslation } from "./minutes-i18n";

export interface LateMinutesInputProps {
  personName: string;
  minutes: number | undefined;
  disabled: boolean;
  onChange: (minutes: number) => void;
  className?: string;
  size?: "small" | "medium";
}

/** How late someone marked 迟到 was, in minutes (0–1,440), named after the person for screen readers. */
export function LateMinutesInput({ personName, minutes, disabled, onChange, className, size }: LateMinutesInputProps) {
  const { t } = useMinutesTranslation();
  return (
    <Input
      {...(className === undefined ? {} : { className })}
      {...(size === undefined ? {} : { size })}
      type="number"
      min={0}
      max={1440}
      aria-label={t("attendance.lateMinutesFor", { name: personName })}
      disabled={disabled}
      value={String(minutes ?? 0)}
      onChange={(_, data) => {
        onChange(Number(data.value));
      }}
    />
  );
}
