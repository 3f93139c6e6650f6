import Link from 'next/link';
import { Badge } from '@/components/ui/badge.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { MergedNote } from './merged-note.tsx';

export interface TreeRow {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  depth: number;
  state: 'active' | 'deactivated' | 'merged';
  mergedInto: { id: string; name: string } | null;
  /** dd/mm/yyyy of the merge, already formatted. */
  mergedOn: string | null;
  activeMembers: number;
}

export interface TreeText {
  kinds: Record<string, string>;
  membersCount: string;
  active: string;
  deactivated: string;
  mergedIntoOn: string;
}

interface Node {
  row: TreeRow;
  children: Node[];
}

/** Rows in tree order with their depth (lib/domain/organization-tree.ts inTreeOrder) back into a nesting. */
function nest(rows: readonly TreeRow[]): Node[] {
  const roots: Node[] = [];
  const path: Node[] = [];
  for (const row of rows) {
    const node = { row, children: [] };
    path.length = Math.min(path.length, row.depth);
    (path.at(-1)?.children ?? roots).push(node);
    path.push(node);
  }
  return roots;
}

/** The organisation tree as nested lists: screen readers announce each level, sighted readers see the indent. */
export function OrganizationTree({ rows, text }: { rows: readonly TreeRow[]; text: TreeText }) {
  const renderList = (nodes: Node[], depth: number) => (
    <ul className={depth === 0 ? 'space-y-1' : 'mt-1 space-y-1 border-l border-stone-200 pl-5'}>
      {nodes.map(({ row, children }) => (
        <li key={row.id} data-testid="organization-node">
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1 py-1">
            <Link href={`/organisations/${row.id}`} className={`font-medium ${row.state === 'active' ? '' : 'text-stone-600'}`}>{row.name}</Link>
            {row.shortName && row.shortName !== row.name ? <span className="text-sm text-stone-600">({row.shortName})</span> : null}
            <Badge tone="info">{text.kinds[row.kind] ?? row.kind}</Badge>
            <span className="text-sm text-stone-700">{interpolate(text.membersCount, { count: row.activeMembers })}</span>
            {row.state === 'active' ? <Badge tone="good">{text.active}</Badge> : null}
            {row.state === 'deactivated' ? <Badge tone="neutral">{text.deactivated}</Badge> : null}
            {row.state === 'merged' && row.mergedInto ? (
              <span className="text-sm text-stone-700"><MergedNote template={text.mergedIntoOn} into={row.mergedInto} date={row.mergedOn ?? ''} /></span>
            ) : null}
          </div>
          {children.length > 0 ? renderList(children, depth + 1) : null}
        </li>
      ))}
    </ul>
  );
  return renderList(nest(rows), 0);
}
