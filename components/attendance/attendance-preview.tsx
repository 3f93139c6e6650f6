import { computeQuorum, countAttendance } from '@/lib/domain/quorum.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { AttendanceRegister } from '@/lib/server/attendance/get-attendance-register.ts';
import type { RowDraft } from './attendance-row.tsx';

/** Counts and quorum as they will be once the drafts are saved, so the secretary sees the effect first. */
export function AttendancePreview({ register, drafts, countsTemplate, text }: {
  register: Pick<AttendanceRegister, 'rows' | 'quorum'>;
  drafts: ReadonlyMap<string, RowDraft>;
  countsTemplate: string;
  text: Messages['attendance'];
}) {
  const statuses = register.rows.map((row) => drafts.get(row.id)?.status ?? row.attendance);
  const counts = countAttendance(statuses);
  const quorum = register.quorum
    ? computeQuorum({
        expected: register.quorum.expected,
        present: register.rows.filter((row, index) => row.isQuorumMember && (statuses[index] === 'PRESENT' || statuses[index] === 'LATE')).length,
      })
    : null;
  return (
    <p className="text-sm text-stone-700" data-testid="attendance-preview">
      <span className="font-medium">{text.preview}: </span>
      {interpolate(countsTemplate, { ...counts })}
      {quorum && register.quorum ? (
        <span className={quorum.met ? 'text-green-800' : 'font-medium text-red-800'}>
          {' · '}{interpolate(text.previewQuorum, { committee: register.quorum.committee, present: quorum.present, expected: quorum.expected, required: quorum.required })}
        </span>
      ) : null}
    </p>
  );
}
