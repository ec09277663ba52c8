import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { AgendaRecord } from "@/meeting/model/records/agenda-record";

export interface LeftCopiesNoticeProps {
  post: AgendaRecord["posts"][number] | undefined;
}

/** Copies of the posted card left in the chat (a post the browser resent) that only their sender can delete. */
export function LeftCopiesNotice({ post }: LeftCopiesNoticeProps) {
  const { t } = useTranslation("agenda");
  const copies = post?.leftCopies ?? [];
  if (post === undefined || copies.length === 0) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        {t("leftCopies", {
          count: copies.length,
          revision: post.revision,
          names: [...new Set(copies.map((copy) => copy.senderName))].join(t("nameSeparator")),
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
