import type { Metadata } from 'next';
import { TargetTable } from '@/components/resolution/target-table.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { getMessages } from '@/lib/i18n/server.ts';
import { loadOncePerRequest } from '@/lib/server/load-once-per-request.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { getResolution } from '@/lib/server/resolutions/get-resolution.ts';

interface Props { params: Promise<{ resolutionId: string }> }

const load = loadOncePerRequest(async ({ resolutionId }: Awaited<Props['params']>) => {
  const actor = await requirePagePermission('resolution.read');
  return loadOrNotFound(resolutionId, (id) => getResolution({ actor, resolutionId: id }));
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await load(props)).title };
}

export default async function ResolutionPage(props: Props) {
  const [resolution, { t, locale }] = await Promise.all([load(props), getMessages()]);
  return (
    <>
      <PageHeader title={resolution.title} eyebrow={`${t.resolutions.term}: ${resolution.term.name} · ${resolution.organization.name}`} />
      <Section
        title={t.resolutions.targets}
        id="targets"
        // A plain download link: the route builds the sheet from the same targets and results as this page.
        actions={<a href={`/api/resolutions/${resolution.id}/export`} download className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium no-underline">{t.resolutions.export.link}</a>}
      >
        <TargetTable resolutionId={resolution.id} targets={resolution.targets} t={t} locale={locale} />
      </Section>
    </>
  );
}
