/**
 * Tables by their display names ("Project Task" for msdyn_projecttask), from the host's metadata: each
 * logical name asked for is read once, and the map is handed on anew when an answer adds a name. A
 * table the host cannot name keeps its logical name. At most MAX_TABLES names are read (a page of sync
 * errors names a handful). Nothing is asked once disposed.
 */
import type { TableNamesReader } from "../../common/host/hostApis";
import { Store } from "../../common/sources/store";

export const MAX_TABLES = 50;

export class TableDisplayNames extends Store<ReadonlyMap<string, string>> {
    private readonly asked = new Set<string>();

    constructor(private readonly read: TableNamesReader) {
        super(new Map());
    }

    /** Reads the names of the tables not asked for yet. */
    request(logicalNames: Iterable<string>): void {
        for (const name of logicalNames) {
            const key = name.trim().toLowerCase();
            if (this.disposed || key === "" || this.asked.has(key) || this.asked.size >= MAX_TABLES) continue;
            this.asked.add(key);
            void this.readOne(key);
        }
    }

    private async readOne(logicalName: string): Promise<void> {
        try {
            const { displayName } = await this.read(logicalName);
            if (!displayName || this.disposed) return;
            this.set(new Map([...this.current, [logicalName, displayName]]));
        } catch {
            // The logical name stays: it still names the table, if less kindly.
        }
    }
}
