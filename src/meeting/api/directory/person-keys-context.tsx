// The person index of the meeting on screen (src/meeting/model/roles/person-keys.ts), given by the
// surface that knows the meeting's people so that every view maps names in older records to keys.
import { createContext, useContext } from "react";
import type { ReactNode } from "react";
import { keepPersonKeys } from "@/meeting/model/roles/person-keys";
import type { PersonKeyOf } from "@/meeting/model/roles/person-keys";

const PersonKeysContext = createContext<PersonKeyOf>(keepPersonKeys);

export function PersonKeysProvider({ keyOf, children }: { keyOf: PersonKeyOf; children: ReactNode }) {
  return <PersonKeysContext.Provider value={keyOf}>{children}</PersonKeysContext.Provider>;
}

export function usePersonKeys(): PersonKeyOf {
  return useContext(PersonKeysContext);
}
