/**
 * Which view column plays which role on the board. A maker can bind a role's property-set to any column
 * of the view; a role left unbound is found by its logical name on the three tables the board knows
 * (backgroundoperation, msdyn_integrationjob, asyncoperation). Pure: reads the data set's column list only.
 */

/** The property-sets of the `operations` data set (a public contract: makers bind these names). */
export const ROLES = ["status", "createdOn", "startTime", "endTime", "retryCount", "errorCode", "expectedPackets", "errorMessage"] as const;
export type Role = (typeof ROLES)[number];

export type TableKind = "backgroundoperation" | "integrationjob" | "asyncoperation" | "other";

/** What the board reads of a data set column (ComponentFramework.PropertyHelper.DataSetApi.Column). */
export interface ColumnLike {
    name: string;
    displayName?: string;
    dataType?: string;
    alias?: string;
    order?: number;
    isHidden?: boolean;
    isPrimary?: boolean;
    disableSorting?: boolean;
}

/** Logical names found automatically when the role's property-set is not bound; of a list, the first the view has. */
export const AUTOMATIC_COLUMNS: Readonly<Record<Exclude<TableKind, "other">, Partial<Record<Role, string | readonly string[]>>>> = {
    backgroundoperation: {
        status: "backgroundoperationstatuscode",
        startTime: "starttime",
        endTime: "endtime",
        createdOn: "createdon",
        retryCount: "retrycount",
        errorCode: "errorcode",
        errorMessage: "errormessage",
    },
    integrationjob: {
        status: "msdyn_status",
        expectedPackets: "msdyn_numberofpackets",
        createdOn: "createdon",
    },
    // System Jobs: the status reason carries the run's status (statecode only groups it).
    asyncoperation: {
        status: "statuscode",
        startTime: "startedon",
        endTime: "completedon",
        createdOn: "createdon",
        retryCount: "retrycount",
        errorCode: "errorcode",
        // The friendly message is written for users; the technical one stands in where the view lacks it.
        errorMessage: ["friendlymessage", "message"],
    },
};

/** Primary name columns of the two tables, for views whose columns do not say which one is primary. */
const PRIMARY_NAMES: Readonly<Record<Exclude<TableKind, "other">, string>> = {
    backgroundoperation: "name",
    integrationjob: "msdyn_name",
    asyncoperation: "name",
};

export interface RoleColumn {
    /** The data set column's name, as getValue wants it. */
    column: string;
    /** The view's header for it. */
    displayName: string;
    source: "maker" | "automatic";
    sortable: boolean;
}

/** A view column the board shows as it is (formatted text), besides the roles. */
export interface ExtraColumn {
    column: string;
    displayName: string;
    sortable: boolean;
}

export interface ColumnMapping {
    kind: TableKind;
    entityName: string;
    roles: Readonly<Partial<Record<Role, RoleColumn>>>;
    /** The column whose value is the row's name (the link that opens the record), if the view has one. */
    primary?: RoleColumn;
    /** Roles the board would show for this table that no column of the view fills. */
    unmapped: readonly Role[];
    extras: readonly ExtraColumn[];
}

export function tableKindOf(entityName: string | undefined): TableKind {
    if (entityName === "backgroundoperation") return "backgroundoperation";
    if (entityName === "msdyn_integrationjob") return "integrationjob";
    if (entityName === "asyncoperation") return "asyncoperation";
    return "other";
}

/** Roles a table's board is expected to show; on other tables only what a maker binds. */
function expectedRoles(kind: TableKind): readonly Role[] {
    if (kind === "other") return ["status"];
    return ROLES.filter((role) => AUTOMATIC_COLUMNS[kind][role] !== undefined);
}

const isRole = (name: string): name is Role => (ROLES as readonly string[]).includes(name);

function usable(column: unknown): column is ColumnLike {
    return !!column && typeof column === "object" && typeof (column as ColumnLike).name === "string" && (column as ColumnLike).name !== "";
}

/**
 * Maps the view's columns to the board's roles: a column whose alias names a role (the maker bound that
 * property-set to it) wins; otherwise the table's logical name for the role, if the view has that column.
 */
export function mapColumns(entityName: string | undefined, columns: readonly unknown[] | null | undefined): ColumnMapping {
    const kind = tableKindOf(entityName);
    const list = (Array.isArray(columns) ? columns : []).filter(usable);
    const roles: Partial<Record<Role, RoleColumn>> = {};
    const used = new Set<string>();
    const headerOf = (column: ColumnLike): string =>
        typeof column.displayName === "string" && column.displayName.trim() !== "" ? column.displayName : column.name;
    const sortableOf = (column: ColumnLike): boolean => column.disableSorting !== true;

    for (const column of list) {
        const alias = typeof column.alias === "string" ? column.alias : "";
        // An unbound property-set can show up under its own name; only a real column counts as bound.
        if (isRole(alias) && column.name !== alias && !roles[alias]) {
            roles[alias] = { column: column.name, displayName: headerOf(column), source: "maker", sortable: sortableOf(column) };
            used.add(column.name);
        }
    }
    if (kind !== "other") {
        for (const role of ROLES) {
            const names = [AUTOMATIC_COLUMNS[kind][role] ?? []].flat();
            if (roles[role] || names.length === 0) continue;
            const named = (hidden: boolean) => names.map((n) => list.find((c) => c.name === n && (hidden || c.isHidden !== true))).find(Boolean);
            const column = named(false) ?? named(true);
            if (column) {
                roles[role] = { column: column.name, displayName: headerOf(column), source: "automatic", sortable: sortableOf(column) };
                used.add(column.name);
            }
        }
    }

    const visible = list.filter((c) => c.isHidden !== true && !isRole(c.alias ?? "") && !used.has(c.name));
    const primaryColumn =
        visible.find((c) => c.isPrimary === true) ??
        (kind !== "other" ? visible.find((c) => c.name === PRIMARY_NAMES[kind]) : undefined) ??
        visible.find((c) => c.dataType === "SingleLine.Text");
    const primary = primaryColumn
        ? { column: primaryColumn.name, displayName: headerOf(primaryColumn), source: "automatic" as const, sortable: sortableOf(primaryColumn) }
        : undefined;
    const extras = visible
        .filter((c) => c !== primaryColumn)
        .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
        .map((c) => ({ column: c.name, displayName: headerOf(c), sortable: sortableOf(c) }));
    const unmapped = expectedRoles(kind).filter((role) => !roles[role]);
    return { kind, entityName: entityName ?? "", roles, primary, unmapped, extras };
}

/** A key that changes exactly when the mapping would: the entity and every column's identity. */
export function columnsKey(entityName: string | undefined, columns: readonly unknown[] | null | undefined): string {
    const list = (Array.isArray(columns) ? columns : []).filter(usable);
    return [
        entityName ?? "",
        ...list.map((c) =>
            [
                c.name,
                c.alias ?? "",
                c.displayName ?? "",
                c.dataType ?? "",
                c.order ?? "",
                c.isHidden ? 1 : 0,
                c.isPrimary ? 1 : 0,
                c.disableSorting ? 1 : 0,
            ].join("\u0001"),
        ),
    ].join("\u0002");
}
