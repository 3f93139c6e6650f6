/**
 * The organisation tree's rules (issue 5): which kind of organisation may sit under which, and what a
 * move or a merge may not do to the tree. Pure: the use cases load the rows, these decide.
 *
 * Kinds from the top down (Điều lệ Đảng, chương III):
 *   Đảng bộ tỉnh → Đảng ủy Khối → Đảng bộ cơ sở → Đảng bộ bộ phận → Chi bộ
 * A child is never of a higher kind than its parent. The same kind is allowed for committees, since a
 * grassroots committee given the powers of a superior one (đảng ủy cơ sở được giao quyền cấp trên cơ sở)
 * holds grassroots committees; but a partial committee (đảng bộ bộ phận) holds only cells, and a cell
 * (chi bộ) holds no organisation at all: its members are people.
 */

export type OrganizationKind = 'PROVINCIAL_COMMITTEE' | 'BLOCK_COMMITTEE' | 'GRASSROOTS_COMMITTEE' | 'PARTIAL_COMMITTEE' | 'CELL';

/** From the highest kind to the lowest. */
export const ORGANIZATION_KINDS: readonly OrganizationKind[] = ['PROVINCIAL_COMMITTEE', 'BLOCK_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'PARTIAL_COMMITTEE', 'CELL'];

const rank = (kind: OrganizationKind) => ORGANIZATION_KINDS.indexOf(kind);

/** Why an organisation of kind `child` may not sit directly under one of kind `parent`, or null when it may. */
export type ChildKindProblem = 'cellHasNoChildren' | 'partialHoldsOnlyCells' | 'childAboveParent';

export function childKindProblem(parent: OrganizationKind, child: OrganizationKind): ChildKindProblem | null {
  if (parent === 'CELL') return 'cellHasNoChildren';
  if (parent === 'PARTIAL_COMMITTEE' && child !== 'CELL') return 'partialHoldsOnlyCells';
  if (rank(child) < rank(parent)) return 'childAboveParent';
  return null;
}

/** The kinds that may sit directly under a parent of this kind, highest first (a form's choices). */
export function allowedChildKinds(parent: OrganizationKind): OrganizationKind[] {
  return ORGANIZATION_KINDS.filter((child) => childKindProblem(parent, child) === null);
}

/**
 * Whether an organisation of `kind` fits between its parent (if any) and its children: the first
 * problem found, against the parent first. Used when an organisation is created, edited or moved.
 */
export function placementProblem(placement: { kind: OrganizationKind; parentKind: OrganizationKind | null; childKinds: readonly OrganizationKind[] }): ChildKindProblem | null {
  if (placement.parentKind) {
    const problem = childKindProblem(placement.parentKind, placement.kind);
    if (problem) return problem;
  }
  for (const childKind of placement.childKinds) {
    const problem = childKindProblem(placement.kind, childKind);
    if (problem) return problem;
  }
  return null;
}

/**
 * Whether putting `organizationId` under `newParentId` would close a loop: the new parent is the
 * organisation itself or lies in its subtree. `parentOf` maps each known organisation to its parent;
 * the walk stops at an organisation it does not know (above the scope) or at a root.
 */
export function wouldCreateCycle(parentOf: ReadonlyMap<string, string | null>, organizationId: string, newParentId: string): boolean {
  const seen = new Set<string>();
  for (let current: string | null | undefined = newParentId; current; current = parentOf.get(current)) {
    if (current === organizationId) return true;
    if (seen.has(current)) return true; // A loop already in the data: never make it worse.
    seen.add(current);
  }
  return false;
}

/** The ids of an organisation and everything under it, from the parent links. */
export function subtreeIds(parentOf: ReadonlyMap<string, string | null>, rootId: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const [id, parentId] of parentOf) if (parentId) childrenOf.set(parentId, [...(childrenOf.get(parentId) ?? []), id]);
  const found = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    stack.push(...(childrenOf.get(id) ?? []));
  }
  return found;
}

export interface TreeNode<T> {
  item: T;
  depth: number;
}

/**
 * The organisations in tree order (each followed by its subtree, siblings by `compare`), with their
 * depth under the highest ones listed. An organisation whose parent is not in the list starts a tree
 * of its own, so a scope of several subtrees shows each from its top.
 */
export function inTreeOrder<T extends { id: string; parentId: string | null }>(items: readonly T[], compare: (a: T, b: T) => number): TreeNode<T>[] {
  const known = new Set(items.map((item) => item.id));
  const childrenOf = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId && known.has(item.parentId) ? item.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), item]);
  }
  const result: TreeNode<T>[] = [];
  const visited = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const item of [...(childrenOf.get(parent) ?? [])].sort(compare)) {
      if (visited.has(item.id)) continue;
      visited.add(item.id);
      result.push({ item, depth });
      walk(item.id, depth + 1);
    }
  };
  walk(null, 0);
  return result;
}

/** What still holds an organisation that is to be deactivated: each must be moved or merged first. */
export interface DeactivationBlockers {
  activeChildren: number;
  activeMembers: number;
  openTasks: number;
}

export function mayDeactivate(blockers: DeactivationBlockers): boolean {
  return blockers.activeChildren === 0 && blockers.activeMembers === 0 && blockers.openTasks === 0;
}

/** Why organisation A may not be merged into B, or null when it may; `subtreeOfA` holds A and everything under it. */
export type MergeProblem = 'sameOrganization' | 'intoOwnSubtree' | 'sourceClosed' | 'targetClosed' | ChildKindProblem;

export function mergeProblem(merge: {
  source: { id: string; closed: boolean };
  target: { id: string; kind: OrganizationKind; closed: boolean };
  subtreeOfSource: ReadonlySet<string>;
  childKindsOfSource: readonly OrganizationKind[];
}): MergeProblem | null {
  if (merge.source.id === merge.target.id) return 'sameOrganization';
  if (merge.subtreeOfSource.has(merge.target.id)) return 'intoOwnSubtree';
  if (merge.source.closed) return 'sourceClosed';
  if (merge.target.closed) return 'targetClosed';
  for (const childKind of merge.childKindsOfSource) {
    const problem = childKindProblem(merge.target.kind, childKind);
    if (problem) return problem;
  }
  return null;
}
