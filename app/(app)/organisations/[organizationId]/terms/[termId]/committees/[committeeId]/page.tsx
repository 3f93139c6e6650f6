import type { Metadata } from 'next';
import Link from 'next/link';
import { CommitteeAdminForm } from '@/components/committee/committee-admin-form.tsx';
import { EndSeatForm } from '@/components/committee/end-seat-form.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { PageHeader } from '@/components/ui/page-header.tsx';
import { Section } from '@/components/ui/section.tsx';
import { Table, Td, Th } from '@/components/ui/table.tsx';
import { can } from '@/lib/auth/permissions.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import { getMessages } from '@/lib/i18n/server.ts';
import { addSeatAction, endSeatAction, renameCommitteeAction } from '../../../actions.ts';
import { loadCommittee } from './load-committee.ts';
import { seatFields } from './seat-fields.ts';

interface Props { params: Promise<{ organizationId: string; termId: string; committeeId: string }>; searchParams: Promise<{ done?: string }> }

const shown = (day: string) => day.split('-').reverse().join('/');

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { committee } = await loadCommittee(props.params);
  return { title: `${committee.name} — ${committee.term.name}` };
}

export default async function CommitteePage(props: Props) {
  const [{ actor, committee }, { t }, { done }] = await Promise.all([loadCommittee(props.params), getMessages(), props.searchParams]);
  const text = t.committees;
  const manage = can(actor.roles, 'committee.manage');
  const termPath = `/organisations/${committee.organization.id}/terms/${committee.term.id}`;
  const doneMessage = ({ created: text.committeeCreated, renamed: text.renamed, added: text.seatAdded, ended: text.seatEnded, corrected: text.seatCorrected } as Record<string, string>)[done ?? ''];
  // Ending a seat today is the usual case, unless the term is already over.
  const endDefault = committee.today.slice(0, 4) <= String(committee.term.endYear) ? committee.today : `${committee.term.endYear}-12-31`;
  return (
    <>
      <PageHeader title={committee.name} eyebrow={<Link href={termPath}>{interpolate(text.backToTerm, { term: committee.term.name })}</Link>}>
        <p>{`${text.kinds[committee.kind]} · ${committee.organization.name} · ${committee.term.name}`}</p>
      </PageHeader>
      {doneMessage ? <p role="status" data-testid="form-status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{doneMessage}</p> : null}

      <Section title={text.seats} id="seats">
        <p className="mb-3 text-sm text-stone-700">{interpolate(text.today, { date: shown(committee.today) })}</p>
        {committee.seats.length === 0 ? <p>{text.noSeats}</p> : (
          <Table caption={interpolate(text.seatsCaption, { committee: committee.name })} minWidth="min-w-[48rem]">
            <thead>
              <tr><Th>{text.member}</Th><Th>{text.position}</Th><Th>{text.from}</Th><Th>{text.to}</Th><Th>{text.status}</Th>{manage ? <Th>{text.actions}</Th> : null}</tr>
            </thead>
            <tbody>
              {committee.seats.map((seat) => {
                const status = seat.held ? <Badge tone="good">{text.held}</Badge> : seat.startDate > committee.today ? <Badge tone="info">{text.notYet}</Badge> : <Badge>{text.ended}</Badge>;
                return (
                  <tr key={seat.id} data-testid="seat-row">
                    <Td className="font-medium">
                      {seat.fullName}
                      <span className="block text-xs font-normal text-stone-600">{seat.unit}{seat.memberLeft ? ` · ${text.memberLeft}` : ''}</span>
                    </Td>
                    <Td>{text.positions[seat.position]}</Td>
                    <Td className="tabular-nums">{shown(seat.startDate)}</Td>
                    <Td className="tabular-nums">{seat.endDate ? shown(seat.endDate) : ''}</Td>
                    <Td>{status}</Td>
                    {manage ? (
                      <Td>
                        <div className="space-y-2">
                          {seat.endDate === null ? (
                            <EndSeatForm action={endSeatAction} seatId={seat.id} version={seat.version} label={interpolate(text.endSeatDate, { name: seat.fullName })} submit={text.endSeat} saving={text.saving} initial={endDefault} />
                          ) : null}
                          <Link href={`${termPath}/committees/${committee.id}/seats/${seat.id}`} aria-label={interpolate(text.correctLabel, { name: seat.fullName })} className="text-sm">{text.correct}</Link>
                        </div>
                      </Td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Section>

      {manage ? (
        <>
          <Section title={text.addSeat} id="add-seat">
            <CommitteeAdminForm action={addSeatAction} idPrefix="add-seat" hidden={{ committeeId: committee.id }} fields={seatFields(t, committee)} submit={text.addSeat} saving={text.saving} />
          </Section>
          <Section title={text.rename} id="rename-committee">
            <CommitteeAdminForm
              action={renameCommitteeAction}
              idPrefix="rename-committee"
              hidden={{ committeeId: committee.id, version: committee.version }}
              fields={[{ name: 'name', label: text.committeeName, hint: text.committeeNameHint, kind: 'text', initial: committee.name }]}
              submit={text.rename}
              saving={text.saving}
            />
          </Section>
        </>
      ) : null}
    </>
  );
}
