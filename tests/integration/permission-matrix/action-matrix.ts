// The permission matrix of the server actions: for every exported action, the permission it must
// enforce and a well-formed call on a record the demo secretary does not manage. The guard test fails
// when an action is exported without a row here (tests/integration/permission-matrix.test.ts).
import type { Permission } from '../../../lib/auth/permissions.ts';
import type { ForeignWorld } from './foreign-world.ts';

type FormFields = Record<string, string | string[] | File>;

export interface ActionRow {
  permission: Permission;
  /** A call that is valid in form but aimed outside the secretary's organisations; null when the action has no scope (the actor's own settings). */
  outOfScope: ((world: ForeignWorld) => FormFields) | null;
}

const pdf = () => new File(['%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'], 'bao-cao.pdf', { type: 'application/pdf' });
const conferenceFields = (world: ForeignWorld) => ({ kind: 'REGULAR', title: 'Hội nghị', date: '2026-12-20', startTime: '07:30', endTime: '09:00', hostOrganizationId: world.organizationId });
const taskFields = (world: ForeignWorld) => ({ title: 'Nhiệm vụ', ownerOrganizationId: world.organizationId, priority: 'NORMAL' });
const resultFields = { period: 'YEAR', year: '2024', value: '45', qualifier: 'EXACT' };

/** Keyed by "<actions file under app/>#<export>". */
export const ACTION_MATRIX: Record<string, ActionRow> = {
  '(app)/plans/actions.ts#createPlanAction': {
    permission: 'plan.create',
    outOfScope: (world) => ({ officialNumber: '2-KH/ĐUK', issuedOn: '2026-01-10', issuerId: world.organizationId, title: 'Kế hoạch' }),
  },
  '(app)/plans/actions.ts#updatePlanAction': {
    permission: 'plan.update',
    outOfScope: (world) => ({ planId: world.planId, version: '1', officialNumber: '1-KH/ĐUK', issuedOn: '2026-01-05', issuerId: world.organizationId, title: 'Đổi tên' }),
  },
  '(app)/tasks/actions.ts#createTaskAction': { permission: 'task.create', outOfScope: (world) => taskFields(world) },
  '(app)/tasks/actions.ts#updateTaskAction': { permission: 'task.update', outOfScope: (world) => ({ ...taskFields(world), taskId: world.taskId, version: '1' }) },
  '(app)/tasks/actions.ts#reportTaskProgressAction': {
    permission: 'task.report',
    outOfScope: (world) => ({ taskId: world.taskId, version: '1', reportedOn: '2025-01-02', progress: '10', status: 'IN_PROGRESS' }),
  },
  '(app)/resolutions/[resolutionId]/targets/[targetId]/actions.ts#addTargetResultAction': {
    permission: 'target.recordResult',
    outOfScope: (world) => ({ targetId: world.targetId, ...resultFields }),
  },
  '(app)/resolutions/[resolutionId]/targets/[targetId]/actions.ts#updateTargetResultAction': {
    permission: 'target.recordResult',
    outOfScope: (world) => ({ resultId: world.resultId, version: '1', ...resultFields, year: '2023' }),
  },
  '(app)/resolutions/[resolutionId]/targets/[targetId]/actions.ts#removeTargetResultAction': {
    permission: 'target.removeResult',
    outOfScope: (world) => ({ resultId: world.resultId, version: '1' }),
  },
  '(app)/conferences/actions.ts#createConferenceAction': { permission: 'conference.create', outOfScope: (world) => conferenceFields(world) },
  '(app)/conferences/actions.ts#updateConferenceAction': {
    permission: 'conference.update',
    outOfScope: (world) => ({ ...conferenceFields(world), conferenceId: world.conferenceId, version: '1' }),
  },
  '(app)/conferences/actions.ts#changeConferenceStatusAction': {
    permission: 'conference.changeStatus',
    outOfScope: (world) => ({ conferenceId: world.conferenceId, version: '1', to: 'HELD' }),
  },
  '(app)/conferences/actions.ts#duplicateConferenceAction': {
    permission: 'conference.duplicate',
    outOfScope: (world) => ({ conferenceId: world.conferenceId, date: '2026-12-21' }),
  },
  '(app)/conferences/[conferenceId]/attendance/actions.ts#recordAttendanceAction': {
    permission: 'attendance.record',
    outOfScope: (world) => ({ conferenceId: world.conferenceId, changes: JSON.stringify([{ inviteeId: world.inviteeId, version: 1, status: 'PRESENT', note: '' }]) }),
  },
  '(app)/conferences/[conferenceId]/agenda/actions.ts#addAgendaItemAction': {
    permission: 'agenda.edit',
    outOfScope: (world) => ({ conferenceId: world.conferenceId, title: 'Mục mới' }),
  },
  '(app)/conferences/[conferenceId]/agenda/actions.ts#updateAgendaItemAction': {
    permission: 'agenda.edit',
    outOfScope: (world) => ({ agendaItemId: world.agendaItemId, version: '1', title: 'Đổi tên' }),
  },
  '(app)/conferences/[conferenceId]/agenda/actions.ts#removeAgendaItemAction': {
    permission: 'agenda.edit',
    outOfScope: (world) => ({ agendaItemId: world.agendaItemId, version: '1' }),
  },
  '(app)/conferences/[conferenceId]/agenda/actions.ts#moveAgendaItemAction': {
    permission: 'agenda.edit',
    outOfScope: (world) => ({ agendaItemId: world.agendaItemId, version: '1', direction: 'down' }),
  },
  '(app)/conferences/[conferenceId]/minutes/actions.ts#saveMinutesAction': {
    permission: 'minutes.write',
    outOfScope: (world) => ({ conferenceId: world.conferenceId, version: '0', opening: 'Khai mạc', reports: '', discussion: '', closing: '' }),
  },
  '(app)/conferences/[conferenceId]/minutes/actions.ts#addConclusionAction': {
    permission: 'conclusion.edit',
    outOfScope: (world) => ({ conferenceId: world.conferenceId, content: 'Kết luận' }),
  },
  '(app)/conferences/[conferenceId]/minutes/actions.ts#updateConclusionAction': {
    permission: 'conclusion.edit',
    outOfScope: (world) => ({ conclusionId: world.draftConclusionId, version: '1', content: 'Sửa' }),
  },
  '(app)/conferences/[conferenceId]/minutes/actions.ts#removeConclusionAction': {
    permission: 'conclusion.edit',
    outOfScope: (world) => ({ conclusionId: world.draftConclusionId, version: '1' }),
  },
  '(app)/conferences/[conferenceId]/minutes/actions.ts#moveConclusionAction': {
    permission: 'conclusion.edit',
    outOfScope: (world) => ({ conclusionId: world.draftConclusionId, version: '1', direction: 'down' }),
  },
  '(app)/conferences/[conferenceId]/minutes/actions.ts#publishConclusionsAction': {
    permission: 'conclusion.publish',
    outOfScope: (world) => ({ conferenceId: world.conferenceId, shownDrafts: `${world.draftConclusionId}:1`, confirm: 'on' }),
  },
  '(app)/conferences/[conferenceId]/invitations/actions.ts#addInvitationAction': {
    permission: 'invitation.manage',
    outOfScope: (world) => ({ conferenceId: world.conferenceId, kind: 'MEMBER', memberIds: [world.memberId] }),
  },
  '(app)/conferences/[conferenceId]/invitations/actions.ts#removeInvitationAction': {
    permission: 'invitation.manage',
    outOfScope: (world) => ({ conferenceId: world.conferenceId, invitationId: world.invitationId }),
  },
  '(app)/conferences/[conferenceId]/invitations/actions.ts#answerInvitationAction': {
    permission: 'invitation.answer',
    // Someone else's invitation: every role may answer, but only its own.
    outOfScope: (world) => ({ inviteeId: world.inviteeId, version: '1', answer: 'ATTENDING' }),
  },
  '(app)/conferences/[conferenceId]/documents/actions.ts#uploadDocumentAction': {
    permission: 'document.upload',
    outOfScope: (world) => ({ owner: `conference:${world.conferenceId}`, title: '', file: pdf() }),
  },
  '(app)/conferences/[conferenceId]/documents/actions.ts#removeDocumentAction': {
    permission: 'document.delete',
    outOfScope: (world) => ({ documentId: world.documentId }),
  },
  '(app)/calendar/actions.ts#resetCalendarFeedAction': { permission: 'calendar.manageFeed', outOfScope: null },
  '(app)/accounts/actions.ts#createAccountAction': {
    permission: 'account.manage',
    outOfScope: (world) => ({ memberId: world.memberId, username: 'ngoai-pham-vi', password: 'rừng tràm mùa nước nổi', role: 'ATTENDEE', roleOrganizationId: world.organizationId }),
  },
  '(app)/accounts/actions.ts#changeAccountRolesAction': {
    permission: 'account.manage',
    outOfScope: (world) => ({ userId: world.userId, version: '1', role: 'SECRETARY', roleOrganizationId: world.organizationId }),
  },
  '(app)/accounts/actions.ts#setAccountActiveAction': {
    permission: 'account.manage',
    outOfScope: (world) => ({ userId: world.userId, version: '1', active: 'false' }),
  },
  // Always the caller's own password: there is no one else's to aim at.
  'account/password/actions.ts#changeOwnPasswordAction': { permission: 'account.changeOwnPassword', outOfScope: null },
  '(app)/members/import/actions.ts#previewMemberImportAction': {
    permission: 'member.import',
    // A row for the block committee (the demo secretary manages the department only): a row problem, and a
    // file with no valid row is refused. Nothing is written by a preview in any case.
    outOfScope: () => ({ file: new File(['Họ và tên;Đơn vị\nĐinh Văn Nhập;Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh An Giang\n'], 'ngoai.csv', { type: 'text/csv' }) }),
  },
  '(app)/members/import/actions.ts#confirmMemberImportAction': {
    permission: 'member.import',
    // Validly signed for the secretary, but its row's unit is outside his scope: checked again, refused.
    outOfScope: (world) => ({ payload: world.memberImportPayload }),
  },
};
