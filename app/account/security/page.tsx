import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SecondFactorCodeForm } from '@/components/account/second-factor-code-form.tsx';
import { SecondFactorEnrolForm } from '@/components/account/second-factor-enrol-form.tsx';
import { SignOutButton } from '@/components/layout/sign-out-button.tsx';
import { Section } from '@/components/ui/section.tsx';
import { requireSignedIn } from '@/lib/auth/session.ts';
import { formatDate, formatTime } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { getOwnSecondFactor } from '@/lib/server/second-factor/get-own-second-factor.ts';
import { confirmSecondFactorAction, disableSecondFactorAction, regenerateRecoveryCodesAction } from './actions.ts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).t.secondFactor.title };
}

/** "abcd efgh …": the base32 key in groups of four, easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

// Outside the (app) group on purpose, like /account/password: its layout sends a user whom the policy
// requires to have a second factor here, so this page must not be under it.
export default async function SecondFactorPage() {
  const actor = await requireSignedIn();
  if (actor.mustChangePassword) redirect('/account/password');
  const [{ t, locale }, own] = await Promise.all([getMessages(), getOwnSecondFactor({ actor })]);
  const text = t.secondFactor;
  // After the codes are saved the user goes on to the home page (which, enrolled, now opens).
  const continueHref = '/';
  return (
    <>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-3">
          <p className="font-semibold">{t.app.name}</p>
          <p className="text-sm">
            <span data-testid="current-user">{actor.name}</span> <SignOutButton label={t.nav.signOut} />
          </p>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="mb-2 text-2xl font-semibold text-stone-900">{text.title}</h1>
        <p className="mb-4 max-w-2xl text-sm text-stone-700">{text.intro}</p>
        {actor.mustEnrolSecondFactor ? (
          <p role="status" className="mb-4 max-w-2xl rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{text.mustEnrol}</p>
        ) : (
          <p className="mb-4"><Link href="/">{text.backToApp}</Link></p>
        )}
        {own.offer ? (
          <Section title={text.enrol.heading} id="enrol">
            <ol className="mb-4 max-w-2xl list-inside list-decimal space-y-1 text-sm text-stone-800">
              <li>{text.enrol.step1}</li>
              <li>{text.enrol.step2}</li>
              <li>{text.enrol.step3}</li>
            </ol>
            <div className="mb-4 flex flex-wrap items-start gap-6">
              {/* SVG drawn on the server from the otpauth:// URI (qrcode): markup only, no script or external image. */}
              <div role="img" aria-label={text.enrol.qrLabel} data-testid="totp-qr" className="size-52 shrink-0 bg-white [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: own.offer.qrSvg }} />
              <div className="text-sm">
                <p className="font-medium text-stone-800" id="totp-secret-label">{text.enrol.secretLabel}</p>
                <p aria-labelledby="totp-secret-label" data-testid="totp-secret" data-secret={own.offer.secret} className="mt-1 select-all break-all rounded bg-stone-100 px-2 py-1 font-mono text-base">{grouped(own.offer.secret)}</p>
                <p className="mt-1 text-xs text-stone-600">{text.enrol.secretHint}</p>
              </div>
            </div>
            <SecondFactorEnrolForm
              action={confirmSecondFactorAction}
              pendingSecret={own.offer.pendingSecret}
              continueHref={continueHref}
              text={{ code: text.enrol.code, submit: text.enrol.submit, submitting: text.enrol.submitting, codes: text.codes }}
            />
          </Section>
        ) : (
          <>
            <Section title={text.title} id="second-factor-status">
              <p data-testid="second-factor-status" className="text-sm">
                {own.enabledAt ? interpolate(text.statusOn, { time: formatTime(own.enabledAt, locale), date: formatDate(own.enabledAt, locale) }) : text.statusOff}{' '}
                {interpolate(text.recoveryLeft, { count: own.unusedRecoveryCodes })}
              </p>
            </Section>
            <Section title={text.regenerate.heading} id="regenerate-codes">
              <SecondFactorCodeForm
                action={regenerateRecoveryCodesAction}
                name="regenerate"
                continueHref={continueHref}
                text={{ code: text.anyCode, hint: text.regenerate.hint, submit: text.regenerate.submit, submitting: text.regenerate.submitting, codes: text.codes }}
              />
            </Section>
            <Section title={text.disable.heading} id="disable-second-factor">
              {own.requiredByPolicy ? (
                <p className="text-sm text-stone-700">{text.disable.requiredByPolicy}</p>
              ) : (
                <SecondFactorCodeForm
                  action={disableSecondFactorAction}
                  name="disable"
                  danger
                  continueHref={continueHref}
                  text={{ code: text.anyCode, hint: text.disable.hint, submit: text.disable.submit, submitting: text.disable.submitting, codes: text.codes }}
                />
              )}
            </Section>
          </>
        )}
      </main>
    </>
  );
}
