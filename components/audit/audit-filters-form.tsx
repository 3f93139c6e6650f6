import Link from 'next/link';
import { INPUT_CLASS } from '@/components/ui/field.tsx';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { AUDIT_OUTCOMES, type AuditFilters } from '@/lib/schemas/audit-filters.ts';

const LABEL = 'block text-sm font-medium text-stone-800';

/** A plain GET form: the filters go into the URL (a view can be shared), no script needed. */
export function AuditFiltersForm({ filters, t }: { filters: AuditFilters; t: Messages }) {
  const text = (name: 'actor' | 'action' | 'entity' | 'entityId', hint?: string) => (
    <div>
      <label htmlFor={`audit-${name}`} className={LABEL}>{t.audit[name]}</label>
      <input id={`audit-${name}`} name={name} defaultValue={filters[name] ?? ''} maxLength={100} aria-describedby={hint ? `audit-${name}-hint` : undefined} className={INPUT_CLASS} />
      {hint ? <p id={`audit-${name}-hint`} className="mt-1 text-xs text-stone-600">{hint}</p> : null}
    </div>
  );
  return (
    <form method="get" action="/audit" aria-label={t.audit.filters} className="mb-6 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <div>
        <label htmlFor="audit-from" className={LABEL}>{t.audit.from}</label>
        <input id="audit-from" type="date" name="from" defaultValue={filters.from ?? ''} className={INPUT_CLASS} />
      </div>
      <div>
        <label htmlFor="audit-to" className={LABEL}>{t.audit.to}</label>
        <input id="audit-to" type="date" name="to" defaultValue={filters.to ?? ''} className={INPUT_CLASS} />
      </div>
      {text('actor', t.audit.actorHint)}
      {text('action', t.audit.actionHint)}
      {text('entity')}
      {text('entityId')}
      <div>
        <label htmlFor="audit-outcome" className={LABEL}>{t.audit.outcome}</label>
        <select id="audit-outcome" name="outcome" defaultValue={filters.outcome ?? ''} className={INPUT_CLASS}>
          <option value="">{t.audit.anyOutcome}</option>
          {AUDIT_OUTCOMES.map((outcome) => <option key={outcome} value={outcome}>{t.audit.outcomes[outcome]}</option>)}
        </select>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">{t.audit.apply}</button>
        <Link href="/audit" className="px-2 py-2 text-sm">{t.audit.clear}</Link>
      </div>
    </form>
  );
}
