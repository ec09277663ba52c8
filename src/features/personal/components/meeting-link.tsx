import { Link } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * A link to a meeting tab. Inside Teams, Outlook and the Microsoft 365 app a deep link must be opened
 * by the host (an iframe navigating to it would load Teams inside the tab), so `onOpen` takes the
 * click; without a host the link opens in a new browser tab.
 */
export function MeetingLink({
  href,
  label,
  onOpen,
  children,
}: {
  href: string;
  label?: string;
  onOpen?: (url: string) => void;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      target="_blank"
      rel="noreferrer"
      {...(label === undefined ? {} : { "aria-label": label })}
      onClick={(event) => {
        if (onOpen === undefined) return;
        event.preventDefault();
        onOpen(href);
      }}
    >
      {children}
    </Link>
  );
}
