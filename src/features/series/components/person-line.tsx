import { Suspense, lazy } from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";

export interface PersonLineProps {
  name: string;
  email: string;
  /** A third line, e.g. that the person is a guest. */
  note?: string;
  size?: "small";
}

// Fluent's Persona and Avatar are JavaScript the series does not wait for: the names show as text
// first, and the avatars follow once their chunk has loaded (docs/architecture.md §6).
const PersonPersona = lazy(() => import("./person-persona").then((m) => ({ default: m.PersonPersona })));

const useStyles = makeStyles({
  plain: { display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
});

function PlainPerson({ name, email, note }: PersonLineProps) {
  const styles = useStyles();
  return (
    <span className={styles.plain}>
      <Text>{name}</Text>
      <Text size={200} className={styles.muted}>
        {email}
      </Text>
      {note !== undefined && (
        <Text size={200} className={styles.muted}>
          {note}
        </Text>
      )}
    </span>
  );
}

export function PersonLine(props: PersonLineProps) {
  return (
    <Suspense fallback={<PlainPerson {...props} />}>
      <PersonPersona {...props} />
    </Suspense>
  );
}
