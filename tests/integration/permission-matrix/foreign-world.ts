// Records of an organisation the demo secretary does not manage (the superior block committee, ĐUK):
// the "out of scope" half of the permission matrix points every action at one of these.
import type { Database } from '../../../lib/db/create-client.ts';
import { signMemberImportPayload } from '../../../lib/server/members/member-import-payload.ts';

export interface ForeignWorld {
  organizationId: string;
  memberId: string;
  planId: string;
  conferenceId: string;
  agendaItemId: string;
  inviteeId: string;
  invitationId: string;
  draftConclusionId: string;
  documentId: string;
  taskId: string;
  resolutionId: string;
  targetId: string;
  resultId: string;
  /** The account of a member of this organisation. */
  userId: string;
  /** A member-import preview signed for the demo secretary whose one row is a member of this organisation. */
  memberImportPayload: string;
  /** A cell under this organisation: where its member may be transferred to (within the same scope). */
  childOrganizationId: string;
  /** The block's own term, its executive committee and a seat on it. */
  termId: string;
  committeeId: string;
  seatId: string;
}

/**
 * `symbol` picks the organisation: the block committee (ĐUK) by default; the hostile-input suite builds
 * the same records in a new cell of the demo department, where the demo admin and secretary may act.
 */
export async function buildForeignWorld(database: Database, symbol = 'ĐUK'): Promise<ForeignWorld> {
  const block = await database.organization.findFirstOrThrow({ where: { symbol }, select: { id: true } });
  const term = await database.term.findFirstOrThrow({ select: { id: true } });
  const member = await database.member.create({ data: { fullName: 'Đinh Văn Ngoại', organizationId: block.id }, select: { id: true } });
  const child = await database.organization.create({ data: { name: `Chi bộ trực thuộc ${symbol}`, kind: 'CELL', parentId: block.id }, select: { id: true } });
  const plan = await database.plan.create({ data: { officialNumber: '1-KH/ĐUK', issuedOn: new Date('2026-01-05'), issuerId: block.id, title: 'Kế hoạch của Đảng ủy Khối' }, select: { id: true } });
  const conference = await database.conference.create({
    data: {
      kind: 'REGULAR', title: 'Hội nghị của Đảng ủy Khối', status: 'SCHEDULED', hostOrganizationId: block.id,
      startsAt: new Date('2026-12-10T07:30:00+07:00'), endsAt: new Date('2026-12-10T11:00:00+07:00'),
      agendaItems: { create: { position: 1, title: 'Báo cáo' } },
      invitations: { create: { kind: 'MEMBER', memberId: member.id } },
      conclusions: { create: { number: 1, content: 'Dự thảo kết luận' } },
    },
    select: { id: true, agendaItems: { select: { id: true } }, invitations: { select: { id: true } }, conclusions: { select: { id: true } } },
  });
  const invitee = await database.invitee.create({ data: { conferenceId: conference.id, memberId: member.id }, select: { id: true } });
  const document = await database.document.create({
    data: { title: 'Tài liệu', fileName: 'tai-lieu.pdf', mimeType: 'application/pdf', sizeBytes: 10, sha256: '0'.repeat(64), storageKey: `foreign/${conference.id}`, conferenceId: conference.id },
    select: { id: true },
  });
  const task = await database.task.create({ data: { title: 'Nhiệm vụ của Khối', termId: term.id, ownerOrganizationId: block.id }, select: { id: true } });
  const resolution = await database.resolution.create({
    data: { organizationId: block.id, termId: term.id, title: 'Nghị quyết của Đảng bộ Khối', targets: { create: { position: 1, name: 'Chỉ tiêu', unit: 'PERCENT', goalKind: 'AT_LEAST', targetValue: 50 } } },
    select: { id: true, targets: { select: { id: true } } },
  });
  const targetId = resolution.targets[0]!.id;
  const result = await database.targetResult.create({ data: { targetId, period: 'YEAR', year: 2023, value: 40 }, select: { id: true } });
  const secretary = await database.user.findUniqueOrThrow({ where: { username: 'vanphong' }, select: { id: true } });
  const accountHolder = await database.member.create({ data: { fullName: 'Đinh Thị Có Tài Khoản', organizationId: block.id }, select: { id: true } });
  const user = await database.user.create({ data: { memberId: accountHolder.id, username: 'ngoai', passwordHash: 'x', roles: { create: { role: 'ATTENDEE', organizationId: block.id } } }, select: { id: true } });
  const memberImportPayload = signMemberImportPayload({
    userId: secretary.id, fileName: 'ngoai.csv', sha256: '0'.repeat(64), now: new Date(),
    rows: [{ line: 2, cells: { fullName: 'Đinh Văn Nhập', unit: 'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh An Giang', title: '', email: '', phone: '', partyMember: '' } }],
  });
  const blockTerm = await database.term.create({ data: { organizationId: block.id, name: 'Nhiệm kỳ 2020–2025', congressNumber: 5, startYear: 2020, endYear: 2025 }, select: { id: true } });
  const blockCommittee = await database.committee.create({
    data: { organizationId: block.id, termId: blockTerm.id, kind: 'EXECUTIVE', name: 'Ban Chấp hành Đảng bộ Khối', seats: { create: { memberId: member.id, position: 'SECRETARY', startDate: new Date('2020-08-01') } } },
    select: { id: true, seats: { select: { id: true } } },
  });
  return {
    termId: blockTerm.id, committeeId: blockCommittee.id, seatId: blockCommittee.seats[0]!.id,
    childOrganizationId: child.id,
    organizationId: block.id, memberId: member.id, planId: plan.id, conferenceId: conference.id, agendaItemId: conference.agendaItems[0]!.id,
    inviteeId: invitee.id, invitationId: conference.invitations[0]!.id, draftConclusionId: conference.conclusions[0]!.id, documentId: document.id,
    taskId: task.id, resolutionId: resolution.id, targetId, resultId: result.id, userId: user.id, memberImportPayload,
  };
}
