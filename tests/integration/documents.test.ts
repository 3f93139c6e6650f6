import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import { PermissionDeniedError } from '../../lib/auth/permissions.ts';
import type { Database } from '../../lib/db/create-client.ts';
import type { ConferenceStatus } from '../../lib/db/generated/prisma/enums.ts';
import { uploadDocumentSchema, type DocumentOwner } from '../../lib/schemas/document.ts';
import { downloadHeaders } from '../../lib/server/documents/download-headers.ts';
import { findConferenceDocuments } from '../../lib/server/documents/find-conference-documents.ts';
import { openDocument } from '../../lib/server/documents/open-document.ts';
import { removeDocument } from '../../lib/server/documents/remove-document.ts';
import { uploadDocument } from '../../lib/server/documents/upload-document.ts';
import { NotFoundError, RuleViolationError } from '../../lib/server/errors.ts';
import type { FileStore } from '../../lib/server/storage/file-store.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';
import { minimalDocx, minimalPdf, minimalXlsx } from '../helpers/zip-archive.ts';

// The download route reads the session through next-auth; here the test says who is signed in.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('../../lib/auth/session.ts', () => ({ getActor: async () => session.actor }));
const { GET } = await import('../../app/api/documents/[documentId]/route.ts');

const MAX_BYTES = 256 * 1024;

let demo: DemoDatabase;
let database: Database;
let storageDir: string;
let secretary: Actor;
let attendee: Actor;
let departmentId: string;
let planId: string;

const actorFor = (username: string): Promise<Actor> => demo.actorFor(username);

/** A conference of the department with one agenda item; the attendee is invited only when asked. */
async function conferenceAt(status: ConferenceStatus, { inviteAttendee = false } = {}) {
  const conference = await database.conference.create({
    data: {
      kind: 'REGULAR', title: `Hội nghị (${status})`, status, hostOrganizationId: departmentId,
      startsAt: new Date('2026-12-01T07:30:00+07:00'), endsAt: new Date('2026-12-01T11:00:00+07:00'),
      agendaItems: { create: { position: 1, title: 'Báo cáo sơ kết' } },
      ...(inviteAttendee ? { invitees: { create: { memberId: attendee.memberId } } } : {}),
    },
    select: { id: true, agendaItems: { select: { id: true } } },
  });
  return { conferenceId: conference.id, agendaItemId: conference.agendaItems[0]!.id };
}

function upload(owner: DocumentOwner, fileName: string, bytes: Uint8Array, extra: { actor?: Actor; store?: FileStore; title?: string } = {}) {
  const { actor = secretary, store, title = '' } = extra;
  // The same parsing as the form's action, with a real File.
  const fields = uploadDocumentSchema.parse({ owner: `${owner.kind}:${owner.id}`, title, file: new File([new Uint8Array(bytes)], fileName) });
  return uploadDocument({ actor, owner: fields.owner, title: fields.title, fileName: fields.file.name, bytes, ...(store ? { store } : {}) });
}

/** Every file under the storage folder, temporary ones included. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(storageDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(storageDir, path.join(entry.parentPath, entry.name)));
}

const counts = async () => ({ documents: await database.document.count(), audit: await database.auditLog.count(), files: (await storedFiles()).length });

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

beforeAll(async () => {
  demo = await openDemoDatabase();
  storageDir = await mkdtemp(path.join(tmpdir(), 'hoinghi-documents-'));
  // lib/env.ts reads these on first use: a small limit keeps the over-size test light.
  process.env.FILE_STORAGE_DIR = storageDir;
  process.env.DOCUMENT_MAX_BYTES = String(MAX_BYTES);
  database = demo.database;
  secretary = await actorFor('vanphong');
  attendee = await actorFor('daibieu');
  departmentId = (await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUSLĐTBXH' } })).id;
  planId = (await database.plan.findFirstOrThrow({ select: { id: true } })).id;
});

beforeEach(() => {
  session.actor = null;
});

afterAll(async () => {
  await demo?.close();
  if (storageDir) await rm(storageDir, { recursive: true, force: true });
});

describe('uploading', () => {
  it('stores a PDF with its row, hash and audit entry, under its final key only', async () => {
    const { conferenceId } = await conferenceAt('SCHEDULED');
    const bytes = minimalPdf();
    const before = await counts();
    const { id, title } = await upload({ kind: 'conference', id: conferenceId }, 'Báo cáo sơ kết giữa nhiệm kỳ.pdf', bytes);
    expect(await counts()).toEqual({ documents: before.documents + 1, audit: before.audit + 1, files: before.files + 1 });
    expect(title).toBe('Báo cáo sơ kết giữa nhiệm kỳ');

    const document = await database.document.findUniqueOrThrow({ where: { id } });
    expect(document).toMatchObject({
      conferenceId, planId: null, agendaItemId: null, uploadedById: secretary.userId,
      fileName: 'Báo cáo sơ kết giữa nhiệm kỳ.pdf', mimeType: 'application/pdf', sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(document.storageKey).toMatch(/^documents\/\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(await readFile(path.join(storageDir, document.storageKey))).toEqual(Buffer.from(bytes));
    expect((await storedFiles()).filter((file) => file.startsWith('tmp'))).toEqual([]);
    expect(await database.auditLog.findFirstOrThrow({ where: { entity: 'Document', entityId: id } })).toMatchObject({ action: 'document.upload', actorUserId: secretary.userId });
  });

  it('attaches Word and Excel files to an agenda item and a plan, the type read from the content', async () => {
    const { agendaItemId } = await conferenceAt('HELD');
    const word = await upload({ kind: 'agendaItem', id: agendaItemId }, 'C:\\Users\\trang\\Du thao bao cao.docx', minimalDocx(), { title: 'Dự thảo báo cáo' });
    const sheet = await upload({ kind: 'plan', id: planId }, 'chi-tieu', minimalXlsx());
    expect(await database.document.findUniqueOrThrow({ where: { id: word.id } })).toMatchObject({
      agendaItemId, conferenceId: null, title: 'Dự thảo báo cáo', fileName: 'Du thao bao cao.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(await database.document.findUniqueOrThrow({ where: { id: sheet.id } })).toMatchObject({
      planId, fileName: 'chi-tieu.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  it('refuses a “.pdf” that is really an executable or a web page: no row, no file', async () => {
    const { conferenceId } = await conferenceAt('SCHEDULED');
    const executable = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
    const page = new TextEncoder().encode('<!DOCTYPE html><html><body><script>document.location="http://x"</script></body></html>');
    for (const bytes of [executable, page]) {
      const before = await counts();
      const error = await upload({ kind: 'conference', id: conferenceId }, 'Giay moi.pdf', bytes).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RuleViolationError);
      expect(error).toMatchObject({ messageKey: 'document.unsupportedType', field: 'file' });
      expect(await counts()).toEqual(before);
    }
  });

  it('refuses a file over the configured size limit (DOCUMENT_MAX_BYTES), writing nothing', async () => {
    const { conferenceId } = await conferenceAt('SCHEDULED');
    const big = new Uint8Array(MAX_BYTES + 1);
    big.set(minimalPdf());
    const before = await counts();
    const error = await upload({ kind: 'conference', id: conferenceId }, 'quet-tai-lieu.pdf', big).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ messageKey: 'document.tooLarge', field: 'file', values: { max: '0,25' } });
    expect(await counts()).toEqual(before);
    // Exactly at the limit is fine.
    await expect(upload({ kind: 'conference', id: conferenceId }, 'vua-du.pdf', big.subarray(0, MAX_BYTES))).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('refuses uploads to a closed conference and removes the file it had already written', async () => {
    const { conferenceId, agendaItemId } = await conferenceAt('CLOSED');
    const before = await counts();
    await expect(upload({ kind: 'conference', id: conferenceId }, 'muon.pdf', minimalPdf())).rejects.toMatchObject({ messageKey: 'document.conferenceClosed' });
    await expect(upload({ kind: 'agendaItem', id: agendaItemId }, 'muon.pdf', minimalPdf())).rejects.toMatchObject({ messageKey: 'document.conferenceClosed' });
    expect(await counts()).toEqual(before);
  });

  it('leaves neither row nor file when the store fails after the row was written', async () => {
    const { conferenceId } = await conferenceAt('SCHEDULED');
    const { fileStore } = await import('../../lib/server/storage/file-store.ts');
    const disk = fileStore();
    const failingMove: FileStore = { ...bind(disk), move: async () => { throw new Error('disk full'); } };
    const before = await counts();
    await expect(upload({ kind: 'conference', id: conferenceId }, 'bao-cao.pdf', minimalPdf(), { store: failingMove })).rejects.toThrow('disk full');
    expect(await counts()).toEqual(before);
  });

  it('refuses an attendee, and a conference or plan outside the secretary’s organisations', async () => {
    const { conferenceId } = await conferenceAt('SCHEDULED', { inviteAttendee: true });
    const block = await database.organization.findFirstOrThrow({ where: { symbol: 'ĐUK' } });
    const foreign = await database.conference.create({
      data: { kind: 'REGULAR', title: 'Hội nghị của Đảng ủy Khối', hostOrganizationId: block.id, startsAt: new Date('2026-12-02T07:30:00+07:00'), endsAt: new Date('2026-12-02T09:00:00+07:00') },
    });
    const before = await counts();
    await expect(upload({ kind: 'conference', id: conferenceId }, 'a.pdf', minimalPdf(), { actor: attendee })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(upload({ kind: 'conference', id: foreign.id }, 'a.pdf', minimalPdf())).rejects.toBeInstanceOf(NotFoundError);
    await expect(upload({ kind: 'plan', id: crypto.randomUUID() }, 'a.pdf', minimalPdf())).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });
});

describe('the one-owner rule', () => {
  it('the database refuses a document with two owners or none', async () => {
    const { conferenceId } = await conferenceAt('DRAFT');
    const row = { title: 'x', fileName: 'x.pdf', mimeType: 'application/pdf', sizeBytes: 1, sha256: '0'.repeat(64) };
    const before = await database.document.count();
    await expect(database.document.create({ data: { ...row, storageKey: 'documents/test/two', planId, conferenceId } })).rejects.toThrow(/Document_one_owner_check/);
    await expect(database.document.create({ data: { ...row, storageKey: 'documents/test/none' } })).rejects.toThrow(/Document_one_owner_check/);
    expect(await database.document.count()).toBe(before);
  });

  it('the form’s owner choice names exactly one owner of a known kind', () => {
    const file = new File([new Uint8Array(minimalPdf())], 'a.pdf');
    expect(uploadDocumentSchema.safeParse({ owner: `task:${crypto.randomUUID()}`, file }).success).toBe(false);
    expect(uploadDocumentSchema.safeParse({ owner: 'conference:not-an-id', file }).success).toBe(false);
    expect(uploadDocumentSchema.safeParse({ owner: `conference:${crypto.randomUUID()}`, file: new File([], '') }).error?.issues[0]?.message).toBe('document.fileRequired');
  });
});

describe('downloading', () => {
  it('serves the file byte for byte to whoever may see the conference, with safe headers', async () => {
    const { conferenceId } = await conferenceAt('SCHEDULED', { inviteAttendee: true });
    const bytes = minimalPdf('Giấy mời');
    const { id } = await upload({ kind: 'conference', id: conferenceId }, 'Giấy mời (hội nghị); 2023.pdf', bytes);

    const opened = await openDocument({ actor: attendee, documentId: id });
    expect(await bytesOf(opened.body)).toEqual(Buffer.from(bytes));
    expect(downloadHeaders(opened)).toEqual({
      'Content-Type': 'application/pdf',
      'Content-Length': String(bytes.length),
      'Content-Disposition': `attachment; filename="Giay moi (hoi nghi); 2023.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20m%E1%BB%9Di%20%28h%E1%BB%99i%20ngh%E1%BB%8B%29%3B%202023.pdf`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
  });

  it('the route answers 404 to someone who cannot see the conference, and the file to someone who can', async () => {
    const { conferenceId, agendaItemId } = await conferenceAt('SCHEDULED');
    const { id } = await upload({ kind: 'agendaItem', id: agendaItemId }, 'chuong-trinh.pdf', minimalPdf());
    const request = new Request(`http://localhost/api/documents/${id}`);
    const params = { params: Promise.resolve({ documentId: id }) };

    expect((await GET(request, params)).status).toBe(401);

    session.actor = attendee; // not invited to this conference
    const refused = await GET(request, params);
    expect(refused.status).toBe(404);
    expect(await refused.text()).toBe('Not found');

    // Once invited, the same attendee may download it.
    await database.invitee.create({ data: { conferenceId, memberId: attendee.memberId } });
    const served = await GET(request, params);
    expect(served.status).toBe(200);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('private, no-store');
    expect(served.headers.get('content-disposition')).toContain(`filename*=UTF-8''chuong-trinh.pdf`);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(Buffer.from(minimalPdf()));

    expect((await GET(request, { params: Promise.resolve({ documentId: 'khong-phai-id' }) })).status).toBe(404);
  });

  it('plan documents are for the plan’s managers only', async () => {
    const { id } = await upload({ kind: 'plan', id: planId }, 'ke-hoach.pdf', minimalPdf());
    await expect(openDocument({ actor: attendee, documentId: id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(openDocument({ actor: secretary, documentId: id })).resolves.toMatchObject({ fileName: 'ke-hoach.pdf' });
  });

  it('lists a conference’s documents by owner for anyone who may see it; only managers may change them', async () => {
    const { conferenceId, agendaItemId } = await conferenceAt('HELD', { inviteAttendee: true });
    await upload({ kind: 'conference', id: conferenceId }, 'giay-moi.pdf', minimalPdf());
    await upload({ kind: 'agendaItem', id: agendaItemId }, 'bao-cao.docx', minimalDocx());
    const forAttendee = await findConferenceDocuments({ actor: attendee, conferenceId });
    expect(forAttendee).toMatchObject({ count: 2, manages: false, canChange: false });
    expect(forAttendee.documents.map((document) => document.fileName)).toEqual(['giay-moi.pdf']);
    expect(forAttendee.agendaItems[0]!.documents.map((document) => document.fileName)).toEqual(['bao-cao.docx']);
    expect(JSON.stringify(forAttendee)).not.toMatch(/storageKey|sha256/);
    expect(await findConferenceDocuments({ actor: secretary, conferenceId })).toMatchObject({ manages: true, canChange: true });
  });
});

describe('removing', () => {
  it('removes the row with its audit entry, then the file', async () => {
    const { conferenceId } = await conferenceAt('HELD');
    const { id } = await upload({ kind: 'conference', id: conferenceId }, 'xoa.pdf', minimalPdf());
    const { storageKey } = await database.document.findUniqueOrThrow({ where: { id } });
    const before = await counts();
    await removeDocument({ actor: secretary, documentId: id });
    expect(await counts()).toEqual({ documents: before.documents - 1, audit: before.audit + 1, files: before.files - 1 });
    expect(await database.auditLog.findFirstOrThrow({ where: { entity: 'Document', entityId: id, action: 'document.delete' } })).toMatchObject({ actorUserId: secretary.userId });
    expect(await storedFiles()).not.toContain(storageKey);
    await expect(removeDocument({ actor: secretary, documentId: id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses while the conference is closed, and for an attendee; nothing changes', async () => {
    const { conferenceId } = await conferenceAt('HELD', { inviteAttendee: true });
    const { id } = await upload({ kind: 'conference', id: conferenceId }, 'giu-lai.pdf', minimalPdf());
    await database.conference.update({ where: { id: conferenceId }, data: { status: 'CLOSED' } });
    const before = await counts();
    await expect(removeDocument({ actor: secretary, documentId: id })).rejects.toMatchObject({ messageKey: 'document.conferenceClosed' });
    await expect(removeDocument({ actor: attendee, documentId: id })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await counts()).toEqual(before);
    expect(await findConferenceDocuments({ actor: secretary, conferenceId })).toMatchObject({ manages: true, canChange: false });
  });
});

/** The store's methods as plain functions, so a test can replace one of them. */
function bind(store: FileStore): FileStore {
  return { put: store.put.bind(store), get: store.get.bind(store), move: store.move.bind(store), delete: store.delete.bind(store) };
}
