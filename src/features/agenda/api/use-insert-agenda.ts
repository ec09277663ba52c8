// Puts the agenda at the top of an Outlook invitation through the host's appointment (given by
// src/app). Outlook can only add to the body, not replace part of it (Body.prependAsync,
// https://learn.microsoft.com/en-us/office/dev/add-ins/outlook/insert-data-in-the-body), so an
// agenda already there is reported first and inserted again only when the organizer asks.
import { useMutation } from "@tanstack/react-query";
import { hasAgendaHtml } from "../model/agenda-html";

export interface InvitationBody {
  readBodyHtml(): Promise<string>;
  prependBodyHtml(html: string): Promise<void>;
}

export type InsertAgendaResult = "inserted" | "alreadyThere";

export function useInsertAgenda(body: InvitationBody) {
  return useMutation({
    mutationFn: async ({ html, force }: { html: string; force: boolean }): Promise<InsertAgendaResult> => {
      if (!force && hasAgendaHtml(await body.readBodyHtml())) return "alreadyThere";
      await body.prependBodyHtml(html);
      return "inserted";
    },
  });
}
