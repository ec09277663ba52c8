// Files in the workspace group's document library (the minutes .docx). The pages' examples use
// the signed-in user's OneDrive (/me/drive), which the emulator does not have; the same pages
// document the group's drive forms used here.
import { expect } from "vitest";
import { uploadMinutesDocument } from "@/features/minutes/documents/upload-minutes-document";
import { createDocumentedGraph } from "../support/documented-graph";
import { adaptRequest } from "./types";
import type { ConformanceCase } from "./types";

export const fileCases: ConformanceCase[] = [
  {
    operation: "uploadFile",
    request: (session, example) => adaptRequest(example, { "/me/drive/": `/groups/${session.ids.groupId}/drive/` }),
    map: async () => {
      const upload = uploadMinutesDocument(createDocumentedGraph(), {
        groupId: "group",
        folder: "FolderA",
        fileName: "FileB.txt",
        bytes: new TextEncoder().encode("The contents of the file goes here."),
      });
      // The minutes card links the document: a driveItem without webUrl (this shortened example)
      // is refused rather than linked to nothing.
      await expect(upload).rejects.toThrow(/webUrl/);
      return "uploadMinutesDocument refuses: no webUrl shown (the card links the file)";
    },
  },
  {
    operation: "getDriveItem",
    request: (session, example) => adaptRequest(example, { "/me/drive/": `/groups/${session.ids.groupId}/drive/` }),
    map: () => "no mapper in src/: the tenant smoke test's clean-up reads id and parentReference.driveId",
  },
  {
    operation: "deleteDriveItem",
    // DELETE /drives/{drive-id}/items/{item-id}, the page's first form, is the one the app sends.
    request: async (session, example) => {
      const file = await session.uploadedFile();
      return adaptRequest(example, { "/me/drive/items/{item-id}": `/drives/${session.ids.driveId}/items/${file.id}` });
    },
    map: () => "no mapper: 204 No Content (the tenant smoke test's clean-up)",
  },
];
