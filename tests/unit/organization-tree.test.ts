import { describe, expect, it } from 'vitest';
import {
  allowedChildKinds, childKindProblem, inTreeOrder, mayDeactivate, mergeProblem, ORGANIZATION_KINDS, placementProblem, subtreeIds, wouldCreateCycle,
  type OrganizationKind,
} from '../../lib/domain/organization-tree.ts';

describe('which kind may sit under which', () => {
  it.each<[OrganizationKind, OrganizationKind, ReturnType<typeof childKindProblem>]>([
    ['PROVINCIAL_COMMITTEE', 'BLOCK_COMMITTEE', null],
    ['BLOCK_COMMITTEE', 'GRASSROOTS_COMMITTEE', null],
    ['GRASSROOTS_COMMITTEE', 'PARTIAL_COMMITTEE', null],
    ['GRASSROOTS_COMMITTEE', 'CELL', null],
    ['PARTIAL_COMMITTEE', 'CELL', null],
    ['BLOCK_COMMITTEE', 'CELL', null],
    // A grassroots committee with the powers of a superior one holds grassroots committees.
    ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_COMMITTEE', null],
    ['BLOCK_COMMITTEE', 'PROVINCIAL_COMMITTEE', 'childAboveParent'],
    ['GRASSROOTS_COMMITTEE', 'BLOCK_COMMITTEE', 'childAboveParent'],
    ['PARTIAL_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'partialHoldsOnlyCells'],
    ['PARTIAL_COMMITTEE', 'PARTIAL_COMMITTEE', 'partialHoldsOnlyCells'],
    ['CELL', 'CELL', 'cellHasNoChildren'],
    ['CELL', 'PARTIAL_COMMITTEE', 'cellHasNoChildren'],
  ])('under %s, a %s: %s', (parent, child, problem) => {
    expect(childKindProblem(parent, child)).toBe(problem);
  });

  it('never lets a child be of a higher kind than its parent, and a cell holds nothing', () => {
    for (const parent of ORGANIZATION_KINDS) {
      for (const child of ORGANIZATION_KINDS) {
        if (ORGANIZATION_KINDS.indexOf(child) < ORGANIZATION_KINDS.indexOf(parent)) expect(childKindProblem(parent, child)).not.toBeNull();
      }
    }
    expect(allowedChildKinds('CELL')).toEqual([]);
    expect(allowedChildKinds('PARTIAL_COMMITTEE')).toEqual(['CELL']);
    expect(allowedChildKinds('GRASSROOTS_COMMITTEE')).toEqual(['GRASSROOTS_COMMITTEE', 'PARTIAL_COMMITTEE', 'CELL']);
  });

  it('checks an organisation against its parent and its children', () => {
    expect(placementProblem({ kind: 'CELL', parentKind: 'GRASSROOTS_COMMITTEE', childKinds: [] })).toBeNull();
    expect(placementProblem({ kind: 'CELL', parentKind: 'CELL', childKinds: [] })).toBe('cellHasNoChildren');
    // A partial committee with cells turned into a cell would hold cells.
    expect(placementProblem({ kind: 'CELL', parentKind: 'GRASSROOTS_COMMITTEE', childKinds: ['CELL'] })).toBe('cellHasNoChildren');
    expect(placementProblem({ kind: 'PARTIAL_COMMITTEE', parentKind: 'GRASSROOTS_COMMITTEE', childKinds: ['PARTIAL_COMMITTEE'] })).toBe('partialHoldsOnlyCells');
    expect(placementProblem({ kind: 'BLOCK_COMMITTEE', parentKind: 'GRASSROOTS_COMMITTEE', childKinds: [] })).toBe('childAboveParent');
    expect(placementProblem({ kind: 'PROVINCIAL_COMMITTEE', parentKind: null, childKinds: ['BLOCK_COMMITTEE'] })).toBeNull();
  });
});

// province → block → department → { school → { tech, general }, office }
const parentOf = new Map<string, string | null>([
  ['province', null], ['block', 'province'], ['department', 'block'], ['school', 'department'], ['tech', 'school'], ['general', 'school'], ['office', 'department'],
]);

describe('moving within the tree', () => {
  it('refuses a move under the organisation itself or anything in its subtree', () => {
    expect(wouldCreateCycle(parentOf, 'school', 'school')).toBe(true);
    expect(wouldCreateCycle(parentOf, 'school', 'tech')).toBe(true);
    expect(wouldCreateCycle(parentOf, 'department', 'general')).toBe(true);
  });

  it('allows a move beside or above', () => {
    expect(wouldCreateCycle(parentOf, 'tech', 'office')).toBe(false);
    expect(wouldCreateCycle(parentOf, 'school', 'block')).toBe(false);
    // A parent unknown to the map (above the admin's scope) ends the walk.
    expect(wouldCreateCycle(new Map([['a', 'outside'], ['b', null]]), 'b', 'a')).toBe(false);
  });

  it('does not loop forever on a loop already in the data', () => {
    expect(wouldCreateCycle(new Map([['x', 'y'], ['y', 'x'], ['z', null]]), 'z', 'x')).toBe(true);
  });

  it('finds a subtree', () => {
    expect([...subtreeIds(parentOf, 'school')].sort()).toEqual(['general', 'school', 'tech']);
    expect([...subtreeIds(parentOf, 'office')]).toEqual(['office']);
  });
});

describe('listing in tree order', () => {
  it('puts each organisation before its subtree, siblings sorted, with its depth', () => {
    const items = [...parentOf].map(([id, parentId]) => ({ id, parentId })).reverse();
    const order = inTreeOrder(items, (a, b) => a.id.localeCompare(b.id));
    expect(order.map((node) => `${'-'.repeat(node.depth)}${node.item.id}`)).toEqual(['province', '-block', '--department', '---office', '---school', '----general', '----tech']);
  });

  it('starts a tree at each organisation whose parent is not listed (a scope of several subtrees)', () => {
    const order = inTreeOrder([{ id: 'tech', parentId: 'school' }, { id: 'office', parentId: 'department' }, { id: 'x', parentId: 'office' }], (a, b) => a.id.localeCompare(b.id));
    expect(order.map((node) => [node.item.id, node.depth])).toEqual([['office', 0], ['x', 1], ['tech', 0]]);
  });
});

describe('deactivating and merging', () => {
  it('deactivates only an organisation holding no active child, member or open task', () => {
    expect(mayDeactivate({ activeChildren: 0, activeMembers: 0, openTasks: 0 })).toBe(true);
    expect(mayDeactivate({ activeChildren: 1, activeMembers: 0, openTasks: 0 })).toBe(false);
    expect(mayDeactivate({ activeChildren: 0, activeMembers: 3, openTasks: 0 })).toBe(false);
    expect(mayDeactivate({ activeChildren: 0, activeMembers: 0, openTasks: 2 })).toBe(false);
  });

  const merge = (sourceId: string, targetId: string, targetKind: OrganizationKind = 'GRASSROOTS_COMMITTEE', childKinds: OrganizationKind[] = [], closed = { source: false, target: false }) => mergeProblem({
    source: { id: sourceId, closed: closed.source },
    target: { id: targetId, kind: targetKind, closed: closed.target },
    subtreeOfSource: subtreeIds(parentOf, sourceId),
    childKindsOfSource: childKinds,
  });

  it('merges a cell into a sibling cell, and a partial committee with cells into a committee', () => {
    expect(merge('tech', 'general', 'CELL')).toBeNull();
    expect(merge('school', 'office', 'GRASSROOTS_COMMITTEE', ['CELL', 'CELL'])).toBeNull();
  });

  it('refuses a merge into itself or its own subtree', () => {
    expect(merge('school', 'school')).toBe('sameOrganization');
    expect(merge('school', 'tech', 'CELL')).toBe('intoOwnSubtree');
  });

  it('refuses an organisation already merged or deactivated, on either side', () => {
    expect(merge('tech', 'general', 'CELL', [], { source: true, target: false })).toBe('sourceClosed');
    expect(merge('tech', 'general', 'CELL', [], { source: false, target: true })).toBe('targetClosed');
  });

  it('refuses a merge that would put the children under a cell', () => {
    expect(merge('school', 'office', 'CELL', ['CELL'])).toBe('cellHasNoChildren');
  });
});
