import Link from 'next/link';

export interface RecoveryCodesText {
  heading: string;
  intro: string;
  continue: string;
}

/** The recovery codes, shown once after enrolment or a renewal: nothing keeps them but the user. */
export function RecoveryCodesPanel({ message, codes, text, continueHref }: { message: string; codes: readonly string[]; text: RecoveryCodesText; continueHref: string }) {
  return (
    <div className="space-y-3">
      <p role="status" data-testid="form-status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{message}</p>
      <h3 className="font-semibold" id="recovery-codes-heading">{text.heading}</h3>
      <p className="text-sm text-stone-700">{text.intro}</p>
      <ol aria-labelledby="recovery-codes-heading" data-testid="recovery-codes" className="grid max-w-md list-inside list-decimal grid-cols-1 gap-1 rounded-md border border-stone-300 bg-stone-50 p-3 font-mono text-base sm:grid-cols-2">
        {codes.map((code) => <li key={code}>{code}</li>)}
      </ol>
      <p><Link href={continueHref} className="font-medium">{text.continue}</Link></p>
    </div>
  );
}
