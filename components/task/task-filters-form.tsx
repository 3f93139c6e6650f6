import Link from 'next/link';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import { formatDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import { TASK_SORTS, type TaskFilters } from '@/lib/schemas/task-filters.ts';
import type { TaskFilterOptions } from '@/lib/server/tasks/get-task-filter-options.ts';

const SELECT = 'mt-1 w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm';

function Choice({ name, label, value, all, options, hint }: { name: string; label: string; value?: string; all: string; options: { id: string; label: string }[]; hint?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-stone-700">{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''} className={SELECT} aria-describedby={hint ? `filter-${name}-hint` : undefined}>
        <option value="">{all}</option>
        {options.map((option) => <option key={option.id} value={option.id}>{option.label}</option>)}
      </select>
      {hint ? <p id={`filter-${name}-hint`} className="mt-1 text-xs text-stone-600">{hint}</p> : null}
    </div>
  );
}

/** A plain GET form: the filters land in the URL, so a filtered view can be bookmarked and shared. */
export function TaskFiltersForm({ filters, options, t, locale }: { filters: TaskFilters; options: TaskFilterOptions; t: Messages; locale: Locale }) {
  const l = t.tasks.list;
  return (
    <form action="/tasks" aria-label={l.filters} className="mb-4 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
      <Choice name="termId" label={l.term} value={filters.termId} all={l.all} options={options.terms.map((term) => ({ id: term.id, label: term.name }))} />
      {/* Plans are the office's: an attendee has none to choose from. */}
      {options.plans.length > 0 ? <Choice name="planId" label={l.plan} value={filters.planId} all={l.all} options={options.plans.map((plan) => ({ id: plan.id, label: plan.officialNumber }))} /> : null}
      <Choice
        name="conferenceId" label={l.conference} value={filters.conferenceId} all={l.all}
        options={options.conferences.map((conference) => ({ id: conference.id, label: `${formatDate(conference.startsAt, locale)} · ${conference.title}` }))}
        hint={options.moreConferences ? l.conferencesRecent : undefined}
      />
      <Choice name="targetId" label={t.tasks.target} value={filters.targetId} all={l.all} options={options.targets.map((target) => ({ id: target.id, label: target.name }))} />
      {/* The tree in order, each unit with the one it is under: choosing a unit and pressing Lọc offers the units under it. */}
      <Choice
        name="ownerId" label={t.tasks.owner} value={filters.ownerId} all={l.all}
        options={options.owners.map((owner) => ({ id: owner.id, label: owner.parentLabel === null ? owner.label : interpolate(l.unitUnder, { unit: owner.label, parent: owner.parentLabel }) }))}
        hint={l.ownerOpensTree}
      />
      <Choice
        name="personId" label={l.person} value={filters.personId} all={l.all}
        options={options.people.map((person) => ({ id: person.id, label: person.fullName }))}
        hint={filters.ownerId ? undefined : l.personNeedsOwner}
      />
      <Choice name="status" label={t.tasks.status} value={filters.status} all={l.all} options={Object.entries(t.tasks.statuses).map(([id, label]) => ({ id, label }))} />
      <div>
        <label htmlFor="filter-sort" className="block text-xs font-medium text-stone-700">{l.sort}</label>
        <select id="filter-sort" name="sort" defaultValue={filters.sort} className={SELECT}>
          {TASK_SORTS.map((sort) => <option key={sort} value={sort}>{l.sorts[sort]}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="filter-dueFrom" className="block text-xs font-medium text-stone-700">{l.dueFrom}</label>
        <input id="filter-dueFrom" name="dueFrom" type="date" defaultValue={filters.dueFrom} className={SELECT} />
      </div>
      <div>
        <label htmlFor="filter-dueTo" className="block text-xs font-medium text-stone-700">{l.dueTo}</label>
        <input id="filter-dueTo" name="dueTo" type="date" defaultValue={filters.dueTo} className={SELECT} />
      </div>
      <div className="flex items-end">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue === '1'} className="size-4" />
          {l.overdueOnly}
        </label>
      </div>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">{l.apply}</button>
        <Link href="/tasks" className="px-2 py-1.5 text-sm">{l.clear}</Link>
      </div>
    </form>
  );
}
