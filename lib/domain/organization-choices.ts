/**
 * The units a filter offers out of a whole tree, bounded by the tree's breadth rather than its size: the
 * tops of the reader's tree and the units directly under them, then the way down to the chosen unit and
 * the units directly under it. A province's office has hundreds of units; a select of all of them (in the
 * page's HTML and again in its RSC payload) grew with the province, and was no easier to use than
 * choosing a level and pressing "Lọc" to go down one more. In tree order, each with its depth and the
 * label of the unit it is under (a select cannot indent for a screen reader, nor for typing a name to jump).
 */
export interface TreeUnit {
  id: string;
  parentId: string | null;
  label: string;
}

export interface UnitChoice {
  id: string;
  label: string;
  depth: number;
  /** The label of the unit it is under; null for a top of the tree. */
  parentLabel: string | null;
}

export function organizationChoices(units: readonly TreeUnit[], chosenId: string | undefined, compare: (a: string, b: string) => number): UnitChoice[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const children = new Map<string | null, TreeUnit[]>();
  for (const unit of units) {
    // A unit whose parent is not in the reader's tree is one of its tops.
    const parent = unit.parentId !== null && byId.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  for (const list of children.values()) list.sort((a, b) => compare(a.label, b.label));

  // Open: the tops, and every unit on the way down to the chosen one (itself included).
  const open = new Set<string | null>([null]);
  for (const top of children.get(null) ?? []) open.add(top.id);
  for (let unit = chosenId ? byId.get(chosenId) : undefined; unit; unit = unit.parentId ? byId.get(unit.parentId) : undefined) open.add(unit.id);

  const choices: UnitChoice[] = [];
  const walk = (parent: string | null, depth: number) => {
    if (!open.has(parent)) return;
    for (const unit of children.get(parent) ?? []) {
      choices.push({ id: unit.id, label: unit.label, depth, parentLabel: parent === null ? null : byId.get(parent)!.label });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return choices;
}
