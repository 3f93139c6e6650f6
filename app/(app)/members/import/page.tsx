import type { Metadata } from 'next';
import Link from 'next/link';
import { MemberImport } from '@/components/member/member-import.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { MEMBER_IMPORT_MAX_ROWS } from '@/lib/domain/member-import.ts';
import { formatNumber } from '@/lib/i18n/format.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { MEMBER_IMPORT_MAX_BYTES } from '@/lib/schemas/member-import.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { confirmMemberImportAction, previewMemberImportAction } from './actions.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.members.import.title };
}

export default async function MemberImportPage() {
  await requirePagePermission('member.import');
  const { t, locale } = await getMessages();
  const text = t.members.import;
  return (
    <>
      <PageHeader title={text.title} eyebrow={<Link href="/members">{t.members.title}</Link>}>
        <p>{text.steps}</p>
      </PageHeader>
      <div className="mb-6 max-w-3xl space-y-2 text-sm text-stone-700">
        <p>{text.columnsHint}</p>
        <p>
          {/* A plain download: the route builds the template with the units this user may import into. */}
          <a href="/api/members/import-template" download className="font-medium">{text.templateLink}</a>
          {' — '}
          {text.templateHint}
        </p>
      </div>
      <MemberImport
        previewAction={previewMemberImportAction}
        confirmAction={confirmMemberImportAction}
        text={text}
        limits={{ rows: formatNumber(MEMBER_IMPORT_MAX_ROWS, locale), megabytes: formatNumber(MEMBER_IMPORT_MAX_BYTES / (1024 * 1024), locale) }}
      />
    </>
  );
}
