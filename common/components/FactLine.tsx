import * as React from "react";
import { Text } from "@fluentui/react/lib/Text";
import { useSharedStyles } from "./styles";

/** Facts about one item (times, counts, codes) as one small secondary line, separated by " · "; nothing when there are none. */
export function FactLine({ facts }: { facts: readonly React.ReactNode[] }) {
    const styles = useSharedStyles();
    if (facts.length === 0) return null;
    return (
        <Text variant="small" className={styles.muted}>
            {facts.map((fact, i) => (
                <React.Fragment key={i}>
                    {i > 0 ? " · " : null}
                    {fact}
                </React.Fragment>
            ))}
        </Text>
    );
}
