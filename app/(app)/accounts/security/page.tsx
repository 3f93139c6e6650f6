import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SecondFactorPolicyForm } from '@/components/account/second-factor-policy-form.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { NotFoundError } from '@/lib/server/errors.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { getSecondFactorPolicy } from '@/lib/server/second-factor/get-second-factor-policy.ts';
import { setSecondFactorPolicyAction } from './actions.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.secondFactor.policy.title };
}

/** The admins' setting: which roles must sign in with a second factor. */
export default async function SecondFactorPolicyPage() {
  const actor = await requirePagePermission('security.manage');
  const [{ t }, view] = await Promise.all([
    getMessages(),
    // The policy is a top-level admin's (as the audit log): an admin of one cell under them gets not-found.
    getSecondFactorPolicy({ actor }).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
  ]);
  const text = t.secondFactor.policy;
  return (
    <>
      <PageHeader title={text.title} eyebrow={<Link href="/accounts">{t.accounts.back}</Link>} />
      <Section title={t.secondFactor.title} id="second-factor-policy">
        <p className="mb-4 max-w-2xl text-sm text-stone-700">{text.intro}</p>
        <SecondFactorPolicyForm
          action={setSecondFactorPolicyAction}
          version={view.version}
          roles={[
            { name: 'admin', label: t.roles.ADMIN, checked: view.policy.admin, note: interpolate(text.notEnrolled, { count: view.notEnrolled.admin }) },
            { name: 'secretary', label: t.roles.SECRETARY, checked: view.policy.secretary, note: interpolate(text.notEnrolled, { count: view.notEnrolled.secretary }) },
          ]}
          text={{ legend: text.legend, save: text.save, saving: text.saving }}
        />
      </Section>
    </>
  );
}
