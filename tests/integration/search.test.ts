// Search across kinds on the demo data, run on both databases `npm test` supports (the local PostgreSQL
// with DATABASE_URL, the embedded PGlite without): folding is the database's (public.search_fold).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/auth/load-actor.ts';
import type { Database } from '../../lib/db/create-client.ts';
import { withClient } from '../../lib/db/with-client.ts';
import { foldVietnamese } from '../../lib/domain/vietnamese-name.ts';
import { vi } from '../../lib/i18n/messages/vi.ts';
import { RuleViolationError } from '../../lib/server/errors.ts';
import { searchEverything, type SearchResults } from '../../lib/server/search/search-everything.ts';
import { countQueries } from '../helpers/count-queries.ts';
import { openDemoDatabase, type DemoDatabase } from '../helpers/demo-database.ts';

let demo: DemoDatabase;
let database: Database;
let secretary: Actor;
let attendee: Actor;

beforeAll(async () => {
  demo = await openDemoDatabase();
  database = demo.database;
  [secretary, attendee] = await Promise.all([demo.actorFor('vanphong'), demo.actorFor('daibieu')]);
});

afterAll(async () => {
  await demo?.close();
});

const search = (actor: Actor, query: string) => searchEverything({ actor, query });
/** The whole text each found record was searched in, folded (an excerpt may not show every match). */
async function searchedTexts(results: SearchResults): Promise<string[]> {
  const ids = (group: { items: { id: string }[] } | null) => ({ id: { in: (group?.items ?? []).map((item) => item.id) } });
  const [plans, conferences, conclusions, tasks, members] = await Promise.all([
    database.plan.findMany({ where: ids(results.plans), select: { officialNumber: true, title: true } }),
    database.conference.findMany({ where: ids(results.conferences), select: { title: true, venue: true } }),
    database.conclusion.findMany({ where: ids(results.conclusions), select: { content: true } }),
    database.task.findMany({ where: ids(results.tasks), select: { title: true, description: true } }),
    database.member.findMany({ where: ids(results.members), select: { fullName: true, title: true } }),
  ]);
  return [...plans, ...conferences, ...conclusions, ...tasks, ...members].map((row) => foldVietnamese(Object.values(row).join(' ')));
}
const totals = (results: SearchResults) =>
  Object.fromEntries((['plans', 'conferences', 'conclusions', 'tasks', 'members'] as const).map((kind) => [kind, results[kind]?.total ?? null]));

describe('search everywhere', () => {
  it('"hoi nghi so ket" finds the demo conference, its words marked as written', async () => {
    const results = await search(secretary, 'hoi nghi so ket');
    expect(results.conferences?.items.map((conference) => conference.title)).toEqual([
      'Hội nghị sơ kết, đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Sở LĐ-TBXH, nhiệm kỳ 2020 – 2025',
    ]);
    expect(results.conferences?.items[0]?.heading.filter((part) => part.match).map((part) => part.text).slice(0, 4)).toEqual(['Hội', 'nghị', 'sơ', 'kết']);
    // Case and diacritics typed either way, words in any order.
    expect((await search(secretary, 'KẾT SƠ Hội NGHI')).conferences?.total).toBe(1);
  });

  it('"dang uy" finds the records that say "Đảng ủy"', async () => {
    const results = await search(secretary, 'dang uy');
    // "Chánh Văn phòng Đảng ủy"
    expect(results.members?.items.map((member) => member.fullName)).toContain('Phạm Thị Thu Trang');
    expect(results.members?.items[0]?.excerpt?.filter((part) => part.match).map((part) => part.text)).toEqual(['Đảng', 'ủy']);
    // Words match anywhere, as parts of words too ("uy" in "quyết"), but every one of them.
    for (const text of await searchedTexts(results)) {
      expect(text).toContain('dang');
      expect(text).toContain('uy');
    }
  });

  it('"nguyen van" finds members, every word matching name or position', async () => {
    const results = await search(secretary, 'nguyen van');
    expect(results.members?.items.map((member) => member.fullName)).toContain('Nguyễn Văn Hùng');
    for (const text of await searchedTexts(results)) {
      expect(text).toContain('nguyen');
      expect(text).toContain('van');
    }
  });

  it('requires all words: one word that matches nothing empties every group', async () => {
    expect(totals(await search(secretary, 'hoi nghi so ket xyzzy'))).toEqual({ plans: 0, conferences: 0, conclusions: 0, tasks: 0, members: 0 });
  });

  it('limits each group and reports its total', async () => {
    const template = await database.task.findFirstOrThrow({ select: { termId: true, ownerOrganizationId: true } });
    await database.task.createMany({ data: Array.from({ length: 12 }, (_, index) => ({ ...template, title: `Rà soát hồ sơ đợt ${index + 1}` })) });
    const results = await search(secretary, 'ra soat ho so');
    expect(results.tasks?.total).toBe(12);
    expect(results.tasks?.items).toHaveLength(10);
    await database.task.deleteMany({ where: { title: { startsWith: 'Rà soát hồ sơ đợt' } } });
  });

  it('shows an attendee no members, no drafts and no other unit\'s tasks', async () => {
    const conference = await database.conference.findFirstOrThrow({ where: { invitees: { some: { memberId: attendee.memberId } } }, select: { id: true, hostOrganizationId: true } });
    const draft = await database.conference.create({
      data: {
        kind: 'THEMATIC', title: 'Hội nghị chuyên đề tìm kiếm thử', status: 'DRAFT', hostOrganizationId: conference.hostOrganizationId,
        startsAt: new Date('2026-12-01T01:00:00Z'), endsAt: new Date('2026-12-01T03:00:00Z'),
        invitees: { create: { memberId: attendee.memberId } },
      },
    });
    const last = await database.conclusion.findFirstOrThrow({ where: { conferenceId: conference.id }, orderBy: { number: 'desc' }, select: { number: true } });
    const draftConclusion = await database.conclusion.create({ data: { conferenceId: conference.id, number: last.number + 1, content: 'Kết luận chưa công bố về tìm kiếm thử' } });
    try {
      const mine = await search(attendee, 'tim kiem thu');
      expect(totals(mine)).toEqual({ plans: null, conferences: 0, conclusions: 0, tasks: 0, members: null });
      const office = await search(secretary, 'tim kiem thu');
      expect(totals(office)).toMatchObject({ conferences: 1, conclusions: 1 });

      // "Đẩy mạnh cải cách hành chính…" belongs to the office's cell, not to the attendee's unit.
      expect((await search(secretary, 'cai cach hanh chinh')).tasks?.total).toBe(1);
      expect((await search(attendee, 'cai cach hanh chinh')).tasks?.total).toBe(0);
      // His own unit's task, and the published conclusion it came from, he finds.
      expect((await search(attendee, 'giao duc nghe nghiep')).tasks?.total).toBe(1);
      expect((await search(attendee, 'giao duc nghe nghiep')).conclusions?.total).toBe(1);
      expect((await search(attendee, 'nguyen van')).members).toBeNull();
    } finally {
      await database.conclusion.delete({ where: { id: draftConclusion.id } });
      await database.conference.delete({ where: { id: draft.id } });
    }
  });

  it('takes % and _ in a query literally', async () => {
    const template = await database.task.findFirstOrThrow({ select: { termId: true, ownerOrganizationId: true } });
    await database.task.createMany({
      data: ['Tăng 50% số hộ thoát nghèo', 'Tăng 500 hộ thoát nghèo', 'Mã hồ sơ KH_01', 'Mã hồ sơ KHX01'].map((title) => ({ ...template, title })),
    });
    try {
      expect((await search(secretary, '50% thoat ngheo')).tasks?.items.map((task) => task.title)).toEqual(['Tăng 50% số hộ thoát nghèo']);
      expect((await search(secretary, 'kh_01')).tasks?.items.map((task) => task.title)).toEqual(['Mã hồ sơ KH_01']);
      expect((await search(secretary, '%%')).tasks?.total).toBe(0);
    } finally {
      await database.task.deleteMany({ where: { OR: [{ title: { startsWith: 'Tăng 50' } }, { title: { startsWith: 'Mã hồ sơ KH' } }] } });
    }
  });

  it.each([
    ['a', 'search.tooShort'],
    ['   x   ', 'search.tooShort'],
    ['a'.repeat(200), 'search.tooLong'],
  ])('refuses %j with a message', async (query, messageKey) => {
    const refusal = await search(secretary, query).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RuleViolationError);
    expect((refusal as RuleViolationError).messageKey).toBe(messageKey);
    expect(vi.errors[messageKey as keyof typeof vi.errors]).toBeTruthy();
  });

  it('asks the database a fixed number of queries, whatever it finds', async () => {
    const { queries } = await countQueries(demo.url, () => search(secretary, 'nhiem ky'));
    expect(queries).toBeLessThanOrEqual(10);
  });

  it('can answer from the trigram indexes on the folded text', async () => {
    const plan = await withClient(demo.url, async (client) => {
      await client.query('SET enable_seqscan = off');
      const result = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT id FROM "Task" t WHERE public.search_fold(t."title" || ' ' || coalesce(t."description", '')) LIKE '%' || public.search_fold($1) || '%'`,
        ['nghề nghiệp'],
      );
      return result.rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('Task_search_idx');
  });
});
