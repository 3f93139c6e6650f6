import Link from 'next/link';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge.tsx';
import { Section } from '@/components/ui/section.tsx';
import type { SnippetPart } from '@/lib/domain/search-text.ts';
import { formatCalendarDate, formatDate, formatNumber } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { SearchGroupKind, SearchResults } from '@/lib/server/search/search-everything.ts';

/** Text with the query's matched words marked. */
function Marked({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, index) => (part.match ? <mark key={index} className="rounded-sm bg-amber-100 px-0.5 text-inherit">{part.text}</mark> : part.text));
}

interface Row { key: string; href: string; heading: ReactNode; meta?: ReactNode; excerpt: SnippetPart[] | null }

function Group({ kind, total, rows, t, locale }: { kind: SearchGroupKind; total: number; rows: Row[]; t: Messages; locale: Locale }) {
  return (
    <Section title={`${t.search.groups[kind]} (${formatNumber(total, locale)})`} id={`search-${kind}`}>
      <ul className="divide-y divide-stone-100">
        {rows.map((row) => (
          <li key={row.key} className="py-2" data-testid={`search-${kind}`}>
            <p>
              <Link href={row.href} className="font-medium">{row.heading}</Link>
              {row.meta ? <span className="ml-2 text-sm text-stone-600">{row.meta}</span> : null}
            </p>
            {row.excerpt ? <p className="text-sm text-stone-700"><Marked parts={row.excerpt} /></p> : null}
          </li>
        ))}
      </ul>
      {total > rows.length ? (
        <p className="mt-2 text-sm text-stone-600">{interpolate(t.search.shownOf, { shown: formatNumber(rows.length, locale), total: formatNumber(total, locale) })}</p>
      ) : null}
    </Section>
  );
}

/** The groups that matched, in a fixed order, each with its total; groups without a match are left out. */
export function SearchResultGroups({ results, t, locale }: { results: SearchResults; t: Messages; locale: Locale }) {
  const { plans, conferences, conclusions, tasks, members } = results;
  return (
    <>
      {plans && plans.total > 0 ? (
        <Group kind="plans" total={plans.total} t={t} locale={locale} rows={plans.items.map((plan) => ({
          key: plan.id, href: `/plans/${plan.id}`, heading: <Marked parts={plan.heading} />,
          meta: formatCalendarDate(plan.issuedOn, locale), excerpt: plan.excerpt,
        }))} />
      ) : null}
      {conferences && conferences.total > 0 ? (
        <Group kind="conferences" total={conferences.total} t={t} locale={locale} rows={conferences.items.map((conference) => ({
          key: conference.id, href: `/conferences/${conference.id}`, heading: <Marked parts={conference.heading} />,
          meta: <>{formatDate(conference.startsAt, locale)} <Badge>{t.conferences.statuses[conference.status]}</Badge></>,
          excerpt: conference.excerpt,
        }))} />
      ) : null}
      {conclusions && conclusions.total > 0 ? (
        <Group kind="conclusions" total={conclusions.total} t={t} locale={locale} rows={conclusions.items.map((conclusion) => ({
          key: conclusion.id, href: `/conferences/${conclusion.conference.id}#conclusions`,
          heading: interpolate(t.search.conclusionOf, { number: conclusion.number, conference: formatDate(conclusion.conference.startsAt, locale) }),
          meta: <>{conclusion.publishedAt ? null : <><Badge tone="warn">{t.search.draft}</Badge>{' '}</>}{conclusion.conference.title}</>,
          excerpt: conclusion.excerpt,
        }))} />
      ) : null}
      {tasks && tasks.total > 0 ? (
        <Group kind="tasks" total={tasks.total} t={t} locale={locale} rows={tasks.items.map((task) => ({
          key: task.id, href: `/tasks/${task.id}`, heading: <Marked parts={task.heading} />,
          meta: (
            <>
              <Badge>{t.tasks.statuses[task.status]}</Badge>{' '}
              {task.ownerName}
              {task.dueDate ? ` · ${interpolate(t.search.dueOn, { date: formatCalendarDate(task.dueDate, locale) })}` : ''}
            </>
          ),
          excerpt: task.excerpt,
        }))} />
      ) : null}
      {members && members.total > 0 ? (
        <Group kind="members" total={members.total} t={t} locale={locale} rows={members.items.map((member) => ({
          key: member.id, href: `/members/${member.id}`, heading: <Marked parts={member.heading} />,
          meta: member.organizationName, excerpt: member.excerpt,
        }))} />
      ) : null}
    </>
  );
}
