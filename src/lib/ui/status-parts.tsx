import { Badge, Divider, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { BadgeProps, MessageBarProps } from "@fluentui/react-components";
import type { ReactNode } from "react";

/** Fluent's parts behind deferred-parts.tsx: a chunk the first screen does not wait for. */
export function NoticeBar({
  intent,
  layout,
  children,
}: {
  intent: MessageBarProps["intent"];
  layout?: MessageBarProps["layout"];
  children: ReactNode;
}) {
  return (
    <MessageBar intent={intent} {...(layout === undefined ? {} : { layout })}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

export function StatusBadge({ color, children }: { color: BadgeProps["color"]; children: ReactNode }) {
  return (
    <Badge appearance="tint" {...(color === undefined ? {} : { color })}>
      {children}
    </Badge>
  );
}

export function SectionDivider() {
  return <Divider />;
}
