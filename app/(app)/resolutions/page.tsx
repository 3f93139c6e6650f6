import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { getMessages } from '@/lib/i18n/server.ts';
import { findResolutions } from '@/lib/server/resolutions/find-resolutions.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.resolutions.title };
}

export default async function ResolutionsPage() {
  const actor = await requirePagePermission('resolution.read');
  const [{ t }, resolutions] = await Promise.all([getMessages(), findResolutions({ actor })]);
  return (
    <>
      <PageHeader title={t.resolutions.title} />
      {resolutions.length === 0 ? <p>{t.resolutions.empty}</p> : (
        <ul className="space-y-3">
          {resolutions.map((resolution) => (
            <li key={resolution.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <Link href={`/resolutions/${resolution.id}`} className="font-medium">{resolution.title}</Link>
              <p className="text-sm text-stone-600">{resolution.term.name} · {resolution.organization.shortName} · {resolution._count.targets} {t.resolutions.targets.toLowerCase()}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
