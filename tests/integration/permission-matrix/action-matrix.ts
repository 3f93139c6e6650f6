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
const conferenceFields = (world: ForeignWorld) => ({ kind: 'REGULAR', title: 'Hội nghị', date: '2026-12-20', startTime: '07:30', endTime: '09:00', hostOrganizationId: world.organizationId, chairMemberIds: world.memberId });
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
  // A set-password link for another organisation's account: not found, no link, no outbox message.
  '(app)/accounts/actions.ts#issuePasswordSetupLinkAction': { permission: 'account.manage', outOfScope: (world) => ({ userId: world.userId }) },
  '(app)/accounts/actions.ts#setAccountActiveAction': {
    permission: 'account.manage',
    outOfScope: (world) => ({ userId: world.userId, version: '1', active: 'false' }),
  },
  // The block committee lies above the demo admin's department: out of every organisation action's scope.
  '(app)/organisations/actions.ts#createOrganizationAction': {
    permission: 'organization.manage',
    outOfScope: (world) => ({ parentId: world.organizationId, name: 'Chi bộ ngoài phạm vi', kind: 'CELL' }),
  },
  '(app)/organisations/actions.ts#updateOrganizationAction': {
    permission: 'organization.manage',
    outOfScope: (world) => ({ organizationId: world.organizationId, version: '1', name: 'Đổi tên', kind: 'BLOCK_COMMITTEE' }),
  },
  '(app)/organisations/actions.ts#moveOrganizationAction': {
    permission: 'organization.manage',
    outOfScope: (world) => ({ organizationId: world.organizationId, version: '1', parentId: world.organizationId }),
  },
  '(app)/organisations/actions.ts#setOrganizationActiveAction': {
    permission: 'organization.manage',
    outOfScope: (world) => ({ organizationId: world.organizationId, version: '1', active: 'false' }),
  },
  '(app)/organisations/actions.ts#mergeOrganizationAction': {
    permission: 'organization.manage',
    outOfScope: (world) => ({ organizationId: world.organizationId, version: '1', targetId: world.organizationId, mergedOn: '2025-07-01', confirm: 'on' }),
  },
  // Terms, committees and seats of the block committee, above the demo admin's department.
  '(app)/organisations/[organizationId]/terms/actions.ts#openTermAction': {
    permission: 'committee.manage',
    outOfScope: (world) => ({ organizationId: world.organizationId, name: 'Nhiệm kỳ 2025–2030', congressNumber: '6', startYear: '2025', endYear: '2030' }),
  },
  '(app)/organisations/[organizationId]/terms/actions.ts#updateTermAction': {
    permission: 'committee.manage',
    outOfScope: (world) => ({ termId: world.termId, version: '1', name: 'Đổi tên', congressNumber: '5', startYear: '2020', endYear: '2025' }),
  },
  '(app)/organisations/[organizationId]/terms/actions.ts#createCommitteeAction': {
    permission: 'committee.manage',
    outOfScope: (world) => ({ organizationId: world.organizationId, termId: world.termId, kind: 'STANDING', name: 'Ban Thường vụ Đảng ủy Khối' }),
  },
  '(app)/organisations/[organizationId]/terms/actions.ts#renameCommitteeAction': {
    permission: 'committee.manage',
    outOfScope: (world) => ({ committeeId: world.committeeId, version: '1', name: 'Đổi tên' }),
  },
  '(app)/organisations/[organizationId]/terms/actions.ts#addSeatAction': {
    permission: 'committee.manage',
    outOfScope: (world) => ({ committeeId: world.committeeId, memberId: world.memberId, position: 'DEPUTY_SECRETARY', startDate: '2021-01-04' }),
  },
  '(app)/organisations/[organizationId]/terms/actions.ts#endSeatAction': {
    permission: 'committee.manage',
    outOfScope: (world) => ({ seatId: world.seatId, version: '1', endDate: '2024-06-30' }),
  },
  '(app)/organisations/[organizationId]/terms/actions.ts#correctSeatAction': {
    permission: 'committee.manage',
    outOfScope: (world) => ({ seatId: world.seatId, version: '1', memberId: world.memberId, position: 'EXECUTIVE_MEMBER', startDate: '2020-08-01' }),
  },
  // Always the caller's own password: there is no one else's to aim at.
  'account/password/actions.ts#changeOwnPasswordAction': { permission: 'account.changeOwnPassword', outOfScope: null },
  // The second factor: always the caller's own (no form names a user); the policy is one setting for everyone.
  'account/security/actions.ts#confirmSecondFactorAction': { permission: 'account.manageOwnSecondFactor', outOfScope: null },
  'account/security/actions.ts#regenerateRecoveryCodesAction': { permission: 'account.manageOwnSecondFactor', outOfScope: null },
  'account/security/actions.ts#disableSecondFactorAction': { permission: 'account.manageOwnSecondFactor', outOfScope: null },
  '(app)/accounts/security/actions.ts#setSecondFactorPolicyAction': { permission: 'security.manage', outOfScope: null },
  '(app)/accounts/security/actions.ts#resetSecondFactorAction': {
    permission: 'account.manage',
    outOfScope: (world) => ({ userId: world.userId, version: '1' }),
  },
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
  '(app)/members/actions.ts#createMemberAction': {
    permission: 'member.manage',
    outOfScope: (world) => ({ fullName: 'Đinh Văn Mới', organizationId: world.organizationId, isPartyMember: 'yes' }),
  },
  '(app)/members/actions.ts#updateMemberAction': {
    permission: 'member.manage',
    outOfScope: (world) => ({ memberId: world.memberId, version: '1', fullName: 'Đinh Văn Đổi Tên', isPartyMember: 'yes' }),
  },
  '(app)/members/actions.ts#setMemberActiveAction': {
    permission: 'member.deactivate',
    outOfScope: (world) => ({ memberId: world.memberId, version: '1', active: 'false', confirm: 'on' }),
  },
  '(app)/members/actions.ts#transferMemberAction': {
    permission: 'member.manage',
    outOfScope: (world) => ({ memberId: world.memberId, version: '1', toOrganizationId: world.childOrganizationId, effectiveDate: '2024-01-15' }),
  },
};

/**
 * Public actions: no session and no permission, a secret in the form is the credential. Each is called
 * with a well-formed secret that is not one, by anonymous, deactivated and every role alike: the same
 * refusal for all, and not one row changed.
 */
export interface PublicActionRow {
  call: () => FormFields;
}

/** Keyed like ACTION_MATRIX; the guard counts both. */
export const PUBLIC_ACTION_MATRIX: Record<string, PublicActionRow> = {
  'set-password/[token]/actions.ts#setPasswordWithLinkAction': {
    call: () => ({ token: 'A'.repeat(43), newPassword: 'rừng tràm mùa nước nổi', confirmPassword: 'rừng tràm mùa nước nổi' }),
  },
};
