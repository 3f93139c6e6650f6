import Link from 'next/link';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';

/** "Xem tất cả (12)": the full, filtered task list behind a dashboard's short one. */
export function SeeAllLink({ href, count, t }: { href: string; count: number; t: Messages }) {
  if (count === 0) return null;
  return <Link href={href} className="text-sm">{interpolate(t.dashboard.seeAll, { count })}</Link>;
}
