// The limit of `npm run bench`: the two measured pages written by hand on node:http and pg, no framework.
// The same session check (next-auth's JWT in the cookie, then the account, its roles and managed subtree
// read fresh), the same rows (the conference with its agenda, invitees and conclusions with the tasks in
// scope; the unit's task list, 50 rows, its capped count and the filter choices) and equivalent HTML
// (the same header and navigation, tables and filter form, without the styling classes and React's
// payload). What these pages cost on this machine with nothing between the SQL and the socket.
// Run as its own process: PORT, DATABASE_URL, NEXTAUTH_SECRET.
import http from 'node:http';
import { decode } from 'next-auth/jwt';
import pg from 'pg';
import { organizationChoices } from '../../../lib/domain/organization-choices.ts';
import { compareVietnameseNames } from '../../../lib/domain/vietnamese-name.ts';
import { RECENT_CHOICES } from '../../../lib/schemas/task-filters.ts';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c jit=off' });
const secret = process.env.NEXTAUTH_SECRET!;
const COUNT_CAP = 1000;
const PAGE_SIZE = 50;
const byName = new Intl.Collator('vi');

const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
const day = (value: Date | string | null) => {
  if (!value) return '';
  const date = new Date(value);
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
};
const time = (value: Date | string) => new Date(value).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' });

interface Actor { userId: string; memberId: string; name: string; organizationId: string; roles: string[]; roots: string[]; managed: string[] }

async function loadActor(request: http.IncomingMessage): Promise<Actor | null> {
  const cookie = /(?:^|;\s*)next-auth\.session-token=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  const token = cookie ? await decode({ token: cookie, secret }).catch(() => null) : null;
  if (!token?.sub) return null;
  const user = (
    await pool.query<{ id: string; deactivatedAt: Date | null; memberId: string; fullName: string; organizationId: string; memberDeactivatedAt: Date | null; roles: { role: string; organizationId: string }[] }>(
      `SELECT u.id, u."deactivatedAt", m.id AS "memberId", m."fullName", m."organizationId", m."deactivatedAt" AS "memberDeactivatedAt",
         coalesce((SELECT json_agg(json_build_object('role', r.role, 'organizationId', r."organizationId")) FROM "UserRole" r WHERE r."userId" = u.id), '[]') AS roles
       FROM "User" u JOIN "Member" m ON m.id = u."memberId" WHERE u.id = $1`,
      [token.sub],
    )
  ).rows[0];
  if (!user || user.deactivatedAt || user.memberDeactivatedAt) return null;
  const roots = user.roles.filter((entry) => entry.role !== 'ATTENDEE').map((entry) => entry.organizationId);
  const managed = roots.length === 0 ? [] : (
    await pool.query<{ id: string }>(
      `WITH RECURSIVE subtree AS (SELECT id FROM "Organization" WHERE id = ANY($1::uuid[])
         UNION SELECT child.id FROM "Organization" child JOIN subtree ON child."parentId" = subtree.id)
       SELECT id::text AS id FROM subtree`,
      [roots],
    )
  ).rows.map((row) => row.id);
  return { userId: user.id, memberId: user.memberId, name: user.fullName, organizationId: user.organizationId, roles: [...new Set(user.roles.map((entry) => entry.role))], roots, managed };
}

function layout(actor: Actor, title: string, main: string): string {
  const nav = [['/', 'Trang chủ'], ['/plans', 'Kế hoạch'], ['/conferences', 'Hội nghị'], ['/tasks', 'Nhiệm vụ'], ['/resolutions', 'Nghị quyết'], ['/members', 'Đảng viên'], ['/calendar', 'Lịch']];
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Hội nghị</title></head><body>`
    + `<a href="#main">Chuyển đến nội dung chính</a><header><p>Hội nghị</p><p>${escapeHtml(actor.name)} <span>${actor.roles.join(', ')}</span></p>`
    + `<form action="/search"><label>Tìm kiếm <input name="q" type="search"></label><button>Tìm</button></form><a href="/account/password">Đổi mật khẩu</a><button>Đăng xuất</button></header>`
    + `<nav aria-label="Điều hướng chính"><ul>${nav.map(([href, label]) => `<li><a href="${href}">${label}</a></li>`).join('')}</ul></nav>`
    + `<main id="main">${main}</main></body></html>`;
}

// The tasks of the reader's subtrees, of his own unit, and those he answers for, by the columns the
// database keeps for it (Task.unitPathIds and unitIds, decisions 016 and 018), as the app scopes them:
// the best a hand-written server could do on this schema.
const taskScopeSql = (roots: string, own: string, member: string, alias = 't') =>
  `(${alias}."unitPathIds" && ${roots}::uuid[] OR ${alias}."unitIds" @> ARRAY[${own}::uuid] OR ${alias}."responsibleMemberId" = ${member}::uuid)`;

async function conferencePage(actor: Actor, conferenceId: string): Promise<string | null> {
  const row = (
    await pool.query(
      `SELECT c.id, c.title, c.kind, c.status, c."startsAt", c."endsAt", c.venue, c."hostOrganizationId", h.name AS "hostName", s."fullName" AS "secretaryName",
         p.id AS "planId", p."officialNumber", p."issuedOn",
         (SELECT coalesce(json_agg(m."fullName" ORDER BY ch.position), '[]') FROM "ConferenceChair" ch JOIN "Member" m ON m.id = ch."memberId" WHERE ch."conferenceId" = c.id) AS chairs,
         (SELECT coalesce(json_agg(json_build_object('position', a.position, 'startsAt', a."startsAt", 'durationMinutes', a."durationMinutes", 'title', a.title,
             'presenter', coalesce(pm."fullName", a."presenterName"), 'presenterTitle', pm.title) ORDER BY a.position), '[]')
           FROM "AgendaItem" a LEFT JOIN "Member" pm ON pm.id = a."presenterMemberId" WHERE a."conferenceId" = c.id) AS agenda,
         (SELECT coalesce(json_agg(json_build_object('memberId', i."memberId", 'name', coalesce(m."fullName", i."guestName"), 'title', coalesce(m.title, i."guestTitle"),
             'unit', coalesce(mo."shortName", mo.name, io."shortName", io.name), 'rsvp', i.rsvp, 'rsvpReason', i."rsvpReason", 'attendance', i.attendance, 'attendanceNote', i."attendanceNote")), '[]')
           FROM "Invitee" i LEFT JOIN "Member" m ON m.id = i."memberId" LEFT JOIN "Organization" mo ON mo.id = m."organizationId" LEFT JOIN "Organization" io ON io.id = i."organizationId"
           WHERE i."conferenceId" = c.id) AS invitees,
         (SELECT coalesce(json_agg(json_build_object('number', k.number, 'content', k.content, 'publishedAt', k."publishedAt", 'tasks',
             (SELECT coalesce(json_agg(json_build_object('id', t.id, 'title', t.title, 'status', t.status, 'progress', t.progress, 'dueDate', t."dueDate",
                 'owner', coalesce(o."shortName", o.name), 'responsible', rm."fullName") ORDER BY t."createdAt"), '[]')
              FROM "Task" t JOIN "Organization" o ON o.id = t."ownerOrganizationId" LEFT JOIN "Member" rm ON rm.id = t."responsibleMemberId"
              WHERE t."conclusionId" = k.id AND ${taskScopeSql('$3', '$5', '$4')})) ORDER BY k.number), '[]')
           FROM "Conclusion" k WHERE k."conferenceId" = c.id) AS conclusions
       FROM "Conference" c JOIN "Organization" h ON h.id = c."hostOrganizationId" LEFT JOIN "Member" s ON s.id = c."secretaryMemberId" LEFT JOIN "Plan" p ON p.id = c."planId"
       WHERE c.id = $1 AND (c."hostOrganizationId" = ANY($2::uuid[]) OR (c.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM "Invitee" x WHERE x."conferenceId" = c.id AND x."memberId" = $4::uuid)))`,
      [conferenceId, actor.managed, actor.roots, actor.memberId, actor.organizationId],
    )
  ).rows[0];
  if (!row) return null;
  const office = actor.managed.includes(row.hostOrganizationId);
  const invitees = (row.invitees as { name: string; title: string | null; unit: string | null; rsvp: string; rsvpReason: string | null; attendance: string | null; attendanceNote: string | null }[])
    .sort((a, b) => compareVietnameseNames(a.name, b.name));
  const present = invitees.filter((invitee) => invitee.attendance === 'PRESENT' || invitee.attendance === 'LATE').length;
  const main = `<h1>${escapeHtml(row.title)}</h1><p><span>${row.kind}</span> <span>${row.status}</span></p>`
    + `<section id="details"><h2>Hội nghị</h2><dl><dt>Thời gian</dt><dd><time datetime="${new Date(row.startsAt).toISOString()}">${day(row.startsAt)}, ${time(row.startsAt)}–${time(row.endsAt)}</time></dd>`
    + `<dt>Địa điểm</dt><dd>${escapeHtml(row.venue)}</dd><dt>Đơn vị chủ trì</dt><dd>${escapeHtml(row.hostName)}</dd><dt>Chủ trì</dt><dd>${escapeHtml((row.chairs as string[]).join(', '))}</dd>`
    + `<dt>Thư ký</dt><dd>${escapeHtml(row.secretaryName)}</dd><dt>Kế hoạch</dt><dd>${row.planId ? `<a href="/plans/${row.planId}">${escapeHtml(row.officialNumber)} (${day(row.issuedOn)})</a>` : 'Không có'}</dd></dl>`
    + `<p><a href="/api/conferences/${row.id}/calendar" download>Tải lịch (.ics)</a></p></section>`
    + `<section id="agenda"><h2>Chương trình</h2><table><caption>Chương trình</caption><thead><tr><th>#</th><th>Giờ</th><th>Nội dung</th><th>Trình bày</th></tr></thead><tbody>`
    + (row.agenda as { position: number; startsAt: string | null; durationMinutes: number | null; title: string; presenter: string | null; presenterTitle: string | null }[])
      .map((item) => `<tr><td>${item.position}</td><td>${item.startsAt ? time(item.startsAt) : ''} (${item.durationMinutes ?? ''} phút)</td><td>${escapeHtml(item.title)}</td><td>${escapeHtml(item.presenter)}<span>${escapeHtml(item.presenterTitle)}</span></td></tr>`).join('')
    + `</tbody></table></section>`
    + `<section id="invitees"><h2>Thành phần mời (${invitees.length} người)</h2>${office ? `<p>Có mặt ${present} / ${invitees.length}</p>` : ''}`
    + `<table><caption>Thành phần mời</caption><thead><tr><th>#</th><th>Người được mời</th><th>Đơn vị</th><th>Trả lời</th>${office ? '<th>Điểm danh</th>' : ''}</tr></thead><tbody>`
    + invitees.map((invitee, index) => `<tr><td>${index + 1}</td><td><span>${escapeHtml(invitee.name)}</span><span>${escapeHtml(invitee.title)}</span></td><td>${escapeHtml(invitee.unit)}</td>`
      + `<td><span>${invitee.rsvp}</span>${invitee.rsvpReason ? `<span>${escapeHtml(invitee.rsvpReason)}</span>` : ''}</td>${office ? `<td><span>${invitee.attendance ?? 'UNRECORDED'}</span></td>` : ''}</tr>`).join('')
    + `</tbody></table></section>`
    + `<section id="conclusions"><h2>Kết luận</h2><ol>`
    + (row.conclusions as { number: number; content: string; publishedAt: string | null; tasks: { id: string; title: string; status: string; progress: number; dueDate: string | null; owner: string; responsible: string | null }[] }[])
      .filter((conclusion) => office || conclusion.publishedAt)
      .map((conclusion) => `<li><p>${conclusion.number}. ${escapeHtml(conclusion.content)}</p><ul>${conclusion.tasks.map((task) => `<li><a href="/tasks/${task.id}">${escapeHtml(task.title)}</a> ${escapeHtml(task.owner)} ${escapeHtml(task.responsible)} ${day(task.dueDate)} ${task.progress} % ${task.status}</li>`).join('')}</ul></li>`).join('')
    + `</ol></section>`;
  return layout(actor, row.title, main);
}

async function tasksPage(actor: Actor, ownerId: string | null): Promise<string> {
  const units = [...actor.managed, actor.organizationId];
  const scoped = [actor.roots, actor.memberId, actor.organizationId];
  const scope = taskScopeSql('$1', '$3', '$2');
  const filter = ownerId ? `AND t."unitIds" @> ARRAY[$4::uuid]` : '';
  const values = ownerId ? [...scoped, ownerId] : scoped;
  const visible = (alias: string) => taskScopeSql('$1', '$3', '$2', alias);
  // The same choices as the app's filters (lib/server/tasks/get-task-filter-options.ts), each bounded: the
  // 30 most recent plans and conferences, the units opening down to the chosen one, the chosen unit's people.
  const [count, rows, terms, plans, conferences, tree, people, targets] = await Promise.all([
    pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM (SELECT 1 FROM "Task" t WHERE ${scope} ${filter} LIMIT ${COUNT_CAP + 1}) x`, values),
    // The page's rows first, then their relations (as the app loads them, decision 017): joined in one
    // query, the planner walks the due-date index past a province's thousands of other tasks.
    pool.query(
      `WITH page AS MATERIALIZED (
         SELECT t.id, t.title, t.status, t.progress, t."dueDate", t."ownerOrganizationId", t."responsibleMemberId", t."conclusionId"
         FROM "Task" t WHERE ${scope} ${filter} ORDER BY t."dueDate" ASC NULLS LAST, t.id LIMIT ${PAGE_SIZE + 1})
       SELECT t.id, t.title, t.status, t.progress, t."dueDate", o."shortName", o.name AS "ownerName", rm."fullName" AS responsible, k.number AS "conclusionNumber", cf.id AS "conferenceId", cf."startsAt"
       FROM page t JOIN "Organization" o ON o.id = t."ownerOrganizationId" LEFT JOIN "Member" rm ON rm.id = t."responsibleMemberId"
         LEFT JOIN "Conclusion" k ON k.id = t."conclusionId" LEFT JOIN "Conference" cf ON cf.id = k."conferenceId"
       ORDER BY t."dueDate" ASC NULLS LAST, t.id`,
      values,
    ),
    pool.query(`SELECT id, name FROM "Term" x WHERE EXISTS (SELECT 1 FROM "Task" t WHERE t."termId" = x.id AND ${visible('t')}) ORDER BY "startYear" DESC`, scoped),
    pool.query(`SELECT id, "officialNumber" AS name FROM "Plan" WHERE "issuerId" = ANY($1::uuid[]) ORDER BY "issuedOn" DESC, id LIMIT ${RECENT_CHOICES}`, [actor.managed]),
    pool.query(
      `SELECT c.id, c.title AS name FROM "Conference" c WHERE (c."hostOrganizationId" = ANY($4::uuid[]) OR (c.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM "Invitee" x WHERE x."conferenceId" = c.id AND x."memberId" = $2::uuid)))
         AND EXISTS (SELECT 1 FROM "Conclusion" k JOIN "Task" t ON t."conclusionId" = k.id WHERE k."conferenceId" = c.id AND ${visible('t')}) ORDER BY c."startsAt" DESC, c.id LIMIT ${RECENT_CHOICES}`,
      [...scoped, actor.managed],
    ),
    pool.query<{ id: string; parentId: string | null; label: string }>(`SELECT id, "parentId", coalesce("shortName", name) AS label FROM "Organization" WHERE id = ANY($1::uuid[])`, [units]),
    ownerId
      ? pool.query<{ id: string; name: string }>(`SELECT m.id, m."fullName" AS name FROM "Member" m WHERE m."organizationId" = $4::uuid AND EXISTS (SELECT 1 FROM "Task" t WHERE t."responsibleMemberId" = m.id AND ${visible('t')})`, [...scoped, ownerId])
      : { rows: [] as { id: string; name: string }[] },
    pool.query(`SELECT x.id, x.name FROM "Target" x JOIN "Resolution" r ON r.id = x."resolutionId" WHERE r."organizationId" = ANY($1::uuid[]) ORDER BY x."resolutionId", x.position`, [actor.managed]),
  ]);
  const owners = organizationChoices(tree.rows, ownerId ?? undefined, byName.compare).map((unit) => ({ id: unit.id, name: unit.parentLabel === null ? unit.label : `${unit.label} (thuộc ${unit.parentLabel})` }));
  const counted = count.rows[0]!.count;
  const select = (name: string, label: string, options: { id: string; name: string }[], selected: string | null = null) =>
    `<label>${label} <select name="${name}"><option value="">Tất cả</option>${options.map((option) => `<option value="${option.id}"${option.id === selected ? ' selected' : ''}>${escapeHtml(option.name)}</option>`).join('')}</select></label>`;
  const main = `<h1>Nhiệm vụ</h1><p>${counted > COUNT_CAP ? `Hơn ${COUNT_CAP}` : counted} nhiệm vụ · <a href="/api/tasks/export${ownerId ? `?ownerId=${ownerId}` : ''}" download>Xuất Excel</a> · <a href="/tasks/new">Giao nhiệm vụ</a></p>`
    + `<form>${select('termId', 'Nhiệm kỳ', terms.rows)}${select('planId', 'Kế hoạch', plans.rows)}${select('conferenceId', 'Hội nghị', conferences.rows)}${select('ownerId', 'Đơn vị', owners, ownerId)}`
    + `${select('personId', 'Người phụ trách', people.rows.sort((a, b) => compareVietnameseNames(a.name, b.name)))}${select('targetId', 'Chỉ tiêu', targets.rows)}`
    + `${select('status', 'Trạng thái', ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'PAUSED', 'CANCELLED'].map((id) => ({ id, name: id })))}<label><input type="checkbox" name="overdue" value="1"> Quá hạn</label>`
    + `<label>Hạn từ <input type="date" name="dueFrom"></label><label>đến <input type="date" name="dueTo"></label><button>Lọc</button></form>`
    + `<table><caption>Nhiệm vụ</caption><thead><tr><th>Nhiệm vụ</th><th>Đơn vị</th><th>Hạn</th><th>Tiến độ</th><th>Trạng thái</th></tr></thead><tbody>`
    + rows.rows.slice(0, PAGE_SIZE).map((task) => `<tr><td><a href="/tasks/${task.id}">${escapeHtml(task.title)}</a>${task.conferenceId ? `<span><a href="/conferences/${task.conferenceId}#conclusions">Kết luận ${task.conclusionNumber}, hội nghị ${day(task.startsAt)}</a></span>` : ''}</td>`
      + `<td>${escapeHtml(task.shortName ?? task.ownerName)}${task.responsible ? `<span>${escapeHtml(task.responsible)}</span>` : ''}</td><td>${day(task.dueDate)}</td><td>${task.progress} %</td><td><span>${task.status}</span></td></tr>`).join('')
    + `</tbody></table>${rows.rows.length > PAGE_SIZE ? `<nav aria-label="Trang"><span>Trang 1${counted > COUNT_CAP ? '' : ` / ${Math.ceil(counted / PAGE_SIZE)}`}</span> <a rel="next" href="?page=2">Sau</a></nav>` : ''}`;
  return layout(actor, 'Nhiệm vụ', main);
}

const server = http.createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const actor = await loadActor(request);
    if (!actor) {
      response.writeHead(307, { location: '/login' }).end();
      return;
    }
    const conference = /^\/conferences\/([0-9a-f-]{36})$/.exec(url.pathname);
    const html = conference ? await conferencePage(actor, conference[1]!) : url.pathname === '/tasks' ? await tasksPage(actor, url.searchParams.get('ownerId')) : null;
    if (html === null) {
      response.writeHead(404).end('Not found');
      return;
    }
    const body = Buffer.from(html);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'private, no-store' }).end(body);
  } catch (error) {
    console.error(error);
    response.writeHead(500).end();
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
