import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConferenceList } from '@/components/conference/conference-list.tsx';
import { ResultTable } from '@/components/resolution/result-table.tsx';
import { goalText, STATUS_TONE, withUnit } from '@/components/resolution/target-format.ts';
import { TargetResultForm, type ResultFormValues } from '@/components/resolution/target-result-form.tsx';
import { TaskTable } from '@/components/task/task-table.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { DetailsList } from '@/components/ui/details-list.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { now } from '@/lib/clock.ts';
import { todayInVietnam } from '@/lib/domain/task-deadline.ts';
import { formatDate, formatPercent } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { recordIdSchema } from '@/lib/schemas/ids.ts';
import { loadOncePerRequest } from '@/lib/server/load-once-per-request.ts';
import { loadOrNotFound } from '@/lib/server/load-or-not-found.ts';
import { requirePagePermission } from '@/lib/server/require-page-permission.ts';
import { getResultFormOptions } from '@/lib/server/targets/get-result-form-options.ts';
import { getTarget, type TargetDetail } from '@/lib/server/targets/get-target.ts';
import { addTargetResultAction, removeTargetResultAction, updateTargetResultAction } from './actions.ts';

interface Props {
  params: Promise<{ resolutionId: string; targetId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const load = loadOncePerRequest(async ({ resolutionId, targetId }: Awaited<Props['params']>) => {
  const actor = await requirePagePermission('resolution.read');
  if (!recordIdSchema.safeParse(resolutionId).success) notFound();
  const target = await loadOrNotFound(targetId, (id) => getTarget({ actor, resolutionId, targetId: id }));
  return { actor, target };
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await load(props)).target.name };
}

const BLANK_RESULT = { period: 'YEAR', value: '', qualifier: 'EXACT', source: '', note: '', conferenceId: '', breakdownLabel: '', parts: [] };

function formValuesOf(result: TargetDetail['results'][number]): ResultFormValues {
  return {
    period: result.period, year: String(result.year), value: String(result.value), qualifier: result.qualifier,
    source: result.source ?? '', note: result.note ?? '', conferenceId: result.conferenceId ?? '', breakdownLabel: result.breakdownLabel ?? '',
    parts: result.parts.map((part) => ({ label: part.label, value: String(part.value) })),
  };
}

/**
 * The thread from one target of the congress resolution: the goal, every result over the term with its
 * achievement and breakdown check, the conferences that reviewed them and the tasks that serve it. The
 * office records, edits and removes results here; `?edit=<result id>` opens a result in the form.
 */
export default async function TargetPage({ params, searchParams }: Props) {
  const [{ actor, target }, { t, locale }, query] = await Promise.all([load({ params }), getMessages(), searchParams]);
  const mayRecord = can(actor.roles, 'target.recordResult');
  const mayRemove = can(actor.roles, 'target.removeResult');
  const options = mayRecord ? await getResultFormOptions({ actor }) : null;
  const today = todayInVietnam(now());
  const { term } = target.resolution;
  const pageHref = `/resolutions/${target.resolution.id}/targets/${target.id}`;
  const editing = typeof query.edit === 'string' ? (target.results.find((result) => result.id === query.edit) ?? null) : null;
  const periodOf = (result: { period: TargetDetail['results'][number]['period']; year: number }) => interpolate(t.resolutions.periods[result.period], { year: result.year });

  const conferenceOptions = (options?.conferences ?? []).map((conference) => ({ id: conference.id, label: `${formatDate(conference.startsAt, locale)} — ${conference.title}` }));
  // The conference of the result being edited stays choosable even when it is older than the list.
  if (editing?.conference && !conferenceOptions.some((option) => option.id === editing.conference?.id)) {
    conferenceOptions.push({ id: editing.conference.id, label: `${formatDate(editing.conference.startsAt, locale)} — ${editing.conference.title}` });
  }
  const currentYear = Number(today.slice(0, 4));
  const latest = target.latest;

  return (
    <>
      <PageHeader
        title={target.name}
        eyebrow={<><Link href={`/resolutions/${target.resolution.id}`}>{target.resolution.title}</Link> · {t.resolutions.term}: {term.name}</>}
      >
        {latest ? (
          <p className="flex flex-wrap items-center gap-2" data-testid="target-latest">
            <span>{t.targets.latest}:</span>
            <span className="font-medium tabular-nums">
              {interpolate(t.targets.latestText, { value: `${t.resolutions.qualifiers[latest.qualifier]} ${withUnit(latest.value, target.unit, t, locale)}`.trim(), period: periodOf(latest) })}
            </span>
            {latest.achievement.percent != null ? <span className="font-medium tabular-nums">{formatPercent(latest.achievement.percent, locale)}</span> : null}
            <Badge tone={STATUS_TONE[latest.achievement.status]}>{t.resolutions.statuses[latest.achievement.status]}</Badge>
          </p>
        ) : null}
      </PageHeader>

      <Section title={t.targets.goalSection} id="goal">
        <DetailsList
          items={[
            { label: t.resolutions.goal, value: goalText(target, t, locale) },
            { label: t.targets.goalKind, value: t.targets.goalKinds[target.goalKind] },
            { label: t.targets.unit, value: t.resolutions.units[target.unit] },
            {
              label: t.targets.baseline,
              value: target.baselineValue === null ? t.common.none
                : target.baselineYear === null ? withUnit(target.baselineValue, target.unit, t, locale)
                : interpolate(t.targets.baselineValue, { value: withUnit(target.baselineValue, target.unit, t, locale), year: target.baselineYear }),
            },
            ...(target.description ? [{ label: t.targets.description, value: target.description }] : []),
          ]}
        />
      </Section>

      <Section title={t.targets.resultsSection} id="results">
        {target.results.length === 0 ? (
          <p className="text-sm text-stone-600">{t.targets.noResults}</p>
        ) : (
          <ResultTable
            target={target} t={t} locale={locale} editingId={editing?.id ?? null}
            controls={mayRecord && mayRemove ? { editHref: (resultId) => `${pageHref}?edit=${resultId}#result-form`, removeAction: removeTargetResultAction } : null}
          />
        )}
      </Section>

      {mayRecord ? (
        <Section title={editing ? interpolate(t.targets.form.editTitle, { period: periodOf(editing) }) : t.targets.form.addTitle} id="result-form">
          <TargetResultForm
            key={editing ? `edit-${editing.id}` : 'add'}
            action={editing ? updateTargetResultAction : addTargetResultAction}
            hidden={editing ? { resultId: editing.id, version: String(editing.version) } : { targetId: target.id }}
            initial={editing ? formValuesOf(editing) : { ...BLANK_RESULT, year: String(Math.min(term.endYear, Math.max(term.startYear, currentYear))) }}
            unitLabel={t.resolutions.units[target.unit]}
            term={{ startYear: term.startYear, endYear: term.endYear }}
            conferences={conferenceOptions}
            text={t.targets.form}
            checkText={{ matches: t.resolutions.breakdownMatches, mismatch: t.resolutions.breakdownMismatch }}
            locale={locale}
            cancelHref={editing ? `${pageHref}#results` : undefined}
          />
        </Section>
      ) : null}

      <Section title={t.targets.conferencesSection} id="conferences">
        <ConferenceList conferences={target.conferences} t={t} locale={locale} emptyText={t.targets.noConferences} />
      </Section>

      <Section
        title={t.targets.tasksSection}
        id="tasks"
        actions={
          <span className="flex gap-3 text-sm">
            {target.tasks.length > 0 ? <Link href={`/tasks?targetId=${target.id}`}>{t.targets.allTasks}</Link> : null}
            {can(actor.roles, 'task.create') ? <Link href={`/tasks/new?targetId=${target.id}`}>{t.tasks.detail.assign}</Link> : null}
          </span>
        }
      >
        {target.tasks.length === 0 ? <p className="text-sm text-stone-600">{t.targets.noTasks}</p> : <TaskTable rows={target.tasks} today={today} caption={t.targets.tasksSection} t={t} locale={locale} />}
      </Section>

      <p><Link href={`/resolutions/${target.resolution.id}`}>{t.targets.backToResolution}</Link></p>
    </>
  );
}
