// Demo only (never loaded in Teams): reads the emulator's tenant to list personas and meetings
// for the start page. Production code never calls the emulator's control endpoints.
import { z } from "zod";

const stateSchema = z.object({
  meetings: z
    .array(
      z.looseObject({
        id: z.string(),
        subject: z.string(),
        organizerId: z.string(),
        attendeeIds: z.array(z.string()),
        chatId: z.string(),
      }),
    )
    .default([]),
  users: z.array(
    z.looseObject({
      id: z.string(),
      displayName: z.string(),
      userPrincipalName: z.string(),
      jobTitle: z.string().nullish(),
      department: z.string().nullish(),
    }),
  ),
  chats: z.record(
    z.string(),
    z.looseObject({
      id: z.string(),
      topic: z.string().nullish(),
      meetingId: z.string().nullish(),
      memberIds: z.array(z.string()),
    }),
  ),
});

export type DemoDirectory = z.infer<typeof stateSchema>;

export async function getDemoDirectory(origin: string): Promise<DemoDirectory> {
  const response = await fetch(`${origin}/graph/_admin/state`);
  if (!response.ok) throw new Error(`The Graph emulator answered ${response.status} for its state`);
  return stateSchema.parse(await response.json());
}
