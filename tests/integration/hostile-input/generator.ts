// Hostile forms and requests, generated with fast-check from a well-formed call (the permission
// matrix's rows): wrong types, Files where text belongs, repeated keys, prototype keys, 2 MB strings,
// lone surrogates and invalid UTF-8, NUL bytes, HTML and SQL, absurd numbers and dates, ids that are
// not UUIDs, and unknown extra fields (role, version, deletedAt, another organisation's id …) added to
// an otherwise well-formed call. A form is a list of entries, not an object: a `__proto__` key must
// stay a key.
import fc from 'fast-check';

export type FormEntry = readonly [name: string, value: string | File];

/** Values that are recognisable wherever they land: an extra field must leave none of them in a row. */
export const SENTINELS = {
  id: 'dead0000-0000-4000-8000-00000000dead',
  version: '7777777',
  day: '1999-09-09',
};

const TWO_MB = 'A'.repeat(2 * 1024 * 1024);
const TWO_MB_MULTIBYTE = 'Đ'.repeat(1024 * 1024);

const WRONG_TYPES = ['', ' ', '[object Object]', '{}', '{"a":1}', '[]', '[1,2]', 'null', 'undefined', 'true', 'false', 'NaN', '0', '-1', '1.5', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"admin":true}}}'];
const PROTOTYPE_WORDS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];
const ENCODING = ['\uD800', 'a\uDFFFb', '\uDBFF\uDBFF', '\u0000', 'a\u0000b', '\u0000'.repeat(50), '\uFFFD', '\uFEFFx', '\u202Eevil', 'a\u200Bb', 'e\u0301\u0301\u0301', '\r\n\r\n', '\t', '\\', '%00', '%C3%28'];
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "javascript:alert('x')", '{{7*7}}', '${7*7}', '<!--', ']]>'];
const SQL = [`'; DROP TABLE "Conference"; --`, `' OR '1'='1`, `1; SELECT pg_sleep(5)`, `") OR 1=1 --`, `\\'; DELETE FROM "User" WHERE ''='`, `$1`, `' UNION SELECT "passwordHash" FROM "User" --`];
const NUMBERS = ['1e309', '-1e309', 'Infinity', '-Infinity', 'NaN', '-0', '9007199254740993', '99999999999999999999999999', '-2147483649', '2147483648', '0x10', '1_000', '1,5', '٣', '１２', '1e-400', '.', '-'];
const DATES = ['0000-00-00', '99999-01-01', '2026-02-30', '2026-13-01', '1899-12-31', '9999-12-31', '2026-1-1', '31/12/2026', '2026-12-20T25:00', 'yesterday', '24:00', '25:61', '-1:00', '07:30:99'];
const IDS = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '12345678-1234-1234-1234-1234567890ab', '{dead0000-0000-4000-8000-00000000dead}', 'DEAD0000-0000-4000-8000-00000000DEAD', '1', '../../etc/passwd', 'dead0000-0000-4000-8000-00000000dead\u0000'];
const INVALID_UTF8 = [[0xc3, 0x28], [0xff, 0xfe, 0xfd], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xc0, 0xaf], [0x00, 0x00, 0xfe, 0xff]];

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 8 });
const invalidUtf8 = fc.constantFrom(...INVALID_UTF8).map((bytes) => Uint8Array.from(bytes));

const fileOf = (parts: BlobPart[], name: string, type: string) => new File(parts, name, { type });
const hostileFile: fc.Arbitrary<File> = fc.oneof(
  fc.record({ bytes: fc.uint8Array({ maxLength: 64 }), name: fc.constantFrom('a.pdf', '../../x.pdf', 'a\u0000.pdf', '<script>.csv', '', '.docx', 'Đ'.repeat(300) + '.xlsx'), type: fc.constantFrom('', 'application/pdf', 'text/csv', 'text/html', 'application/x-msdownload', 'image/svg+xml') })
    .map(({ bytes, name, type }) => fileOf([bytes], name, type)),
  invalidUtf8.map((bytes) => fileOf([bytes], 'khong-hop-le.csv', 'text/csv')),
  // Well-formed content under a hostile name, and hostile content in a well-formed CSV.
  fc.constantFrom('a\u0000.pdf', '../../etc/passwd.pdf', '<img src=x onerror=alert(1)>.pdf', `'; DROP TABLE "Document"; --.pdf`, '\uD800.pdf', 'CON.pdf', ' .pdf', 'Đ'.repeat(400) + '.pdf')
    .map((name) => fileOf(['%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'], name, 'application/pdf')),
  fc.constantFrom('\u0000', '<script>alert(1)</script>', `'; DROP TABLE "Member"; --`, '=HYPERLINK("http://x")', '+1+1', '@SUM(A1)', '\uD800', 'Đ'.repeat(3000))
    .map((cell) => fileOf([`Họ và tên;Đơn vị\n${cell};${cell}\n`], 'danh-sach.csv', 'text/csv')),
  fc.constant(null).map(() => fileOf([], 'rong.pdf', 'application/pdf')),
  fc.constant(null).map(() => fileOf([TWO_MB], 'lon.csv', 'text/csv')),
);

/**
 * One hostile text value; `original` is the well-formed value it replaces, when there is one. `long`
 * is the longest: 2 MB in a form (Next takes action bodies up to the upload limit, next.config.js),
 * 8 KB in a URL or header (Node refuses a request head over 16 KB before any route sees it).
 */
export function hostileText(original = '', long: 'form' | 'url' = 'form'): fc.Arbitrary<string> {
  const [big, bigMultibyte] = long === 'form' ? [TWO_MB, TWO_MB_MULTIBYTE] : [TWO_MB.slice(0, 8192), TWO_MB_MULTIBYTE.slice(0, 1365)];
  const often = (arbitrary: fc.Arbitrary<string>) => ({ arbitrary, weight: 10 });
  return fc.oneof(
    often(fc.constantFrom(...WRONG_TYPES, ...PROTOTYPE_WORDS, ...ENCODING, ...MARKUP, ...SQL, ...NUMBERS, ...DATES, ...IDS)),
    // Rare: each costs some 50 ms to build, send and parse, so a long run has tens of them, not hundreds.
    { arbitrary: fc.constantFrom(big, bigMultibyte, `${original}${big}`), weight: 1 },
    often(loneSurrogates),
    often(invalidUtf8.map((bytes) => new TextDecoder().decode(bytes))),
    often(invalidUtf8.map((bytes) => Buffer.from(bytes).toString('latin1'))),
    often(fc.string({ unit: 'binary', maxLength: 40 })),
    often(fc.json({ maxDepth: 2 })),
    often(fc.double().map(String)),
    often(fc.bigInt().map(String)),
    often(fc.uuid()),
    often(fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? 'Invalid Date' : date.toISOString()))),
    // The well-formed value, spoiled: what a tampered form or a careless paste sends.
    { arbitrary: fc.constantFrom(`${original}\u0000`, `${original}<script>alert(1)</script>`, `${original}'; DROP TABLE "User"; --`, `\u0000${original}`, `${original}\uD800`, ` ${original} `, original.toUpperCase(), original.repeat(long === 'form' ? 1000 : 50)), weight: 20 },
  );
}

const hostileValue = (original?: string): fc.Arbitrary<string | File> => fc.oneof({ arbitrary: hostileText(original), weight: 5 }, { arbitrary: hostileFile, weight: 1 });

const hostileKey = fc.oneof(
  fc.constantFrom(...PROTOTYPE_WORDS, '$ACTION_ID_deadbeef', '$ACTION_REF_1', '$ACTION_KEY', '', ' ', '[]', 'a[b]', 'a.b', '\u0000', 'Đ'.repeat(2000), 'role', 'roles', 'isAdmin', 'permission'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

type Mutation =
  | { op: 'replace' | 'repeat'; at: number; value: (original: string) => fc.Arbitrary<string | File> }
  | { op: 'remove'; at: number }
  | { op: 'add'; key: string; value: string | File };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: fc.constant(hostileValue) }), weight: 6 },
  { arbitrary: fc.record({ op: fc.constant('repeat' as const), at: fc.nat(), value: fc.constant(hostileValue) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('remove' as const), at: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('add' as const), key: hostileKey, value: hostileValue() }), weight: 2 },
);

/** A well-formed form with one to four hostile changes. */
export function mutatedForm(base: readonly FormEntry[]): fc.Arbitrary<FormEntry[]> {
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).chain((mutations) => {
    // A replacement's value depends on the value it replaces, so the changes are laid out on a copy of
    // the form first (`shape`, same length as the result at every step) and their values drawn after.
    const shape: FormEntry[] = [...base];
    const steps: fc.Arbitrary<(current: FormEntry[]) => void>[] = [];
    for (const change of mutations) {
      if (change.op === 'add' || shape.length === 0) {
        const added = change.op === 'add' ? fc.constant(change) : fc.record({ key: hostileKey, value: hostileValue() });
        steps.push(added.map(({ key, value }) => (current) => void current.push([key, value])));
        shape.push(['', '']);
      } else if (change.op === 'remove') {
        const at = change.at % shape.length;
        steps.push(fc.constant((current) => void current.splice(at, 1)));
        shape.splice(at, 1);
      } else {
        const at = change.at % shape.length;
        const [name, original] = shape[at]!;
        const op = change.op;
        steps.push(change.value(typeof original === 'string' ? original : '').map((value) => (current) => {
          if (op === 'replace') current[at] = [current[at]![0], value];
          else current.push([current[at]![0], value]);
        }));
        if (op === 'repeat') shape.push([name, '']);
      }
    }
    return fc.tuple(...steps).map((drawn) => {
      const entries: FormEntry[] = [...base];
      for (const step of drawn) step(entries);
      return entries;
    });
  });
}

/**
 * Fields no form has, each with a value the written rows must not take: the role, the version, the
 * audit and deletion dates, an id, another organisation. Only names the form does not already send.
 */
export function extraFields(base: readonly FormEntry[], otherOrganizationId: string): fc.Arbitrary<FormEntry[]> {
  const names = new Set(base.map(([name]) => name));
  const extras: FormEntry[] = ([
    ['role', 'ADMIN'], ['roles', 'ADMIN'], ['version', SENTINELS.version], ['deletedAt', SENTINELS.day], ['deactivatedAt', SENTINELS.day],
    ['createdAt', `${SENTINELS.day}T09:09:09.000Z`], ['updatedAt', `${SENTINELS.day}T09:09:09.000Z`], ['id', SENTINELS.id],
    ['organizationId', otherOrganizationId], ['hostOrganizationId', otherOrganizationId], ['ownerOrganizationId', otherOrganizationId], ['issuerId', otherOrganizationId],
    ['mergedIntoId', otherOrganizationId], ['userId', SENTINELS.id], ['memberId', SENTINELS.id], ['createdById', SENTINELS.id], ['updatedById', SENTINELS.id],
    ['mustChangePassword', 'false'], ['passwordHash', SENTINELS.version], ['status', 'DONE'], ['publishedAt', SENTINELS.day], ['__proto__', '{"role":"ADMIN"}'],
  ] as FormEntry[]).filter(([name]) => !names.has(name));
  return fc.subarray(extras, { minLength: 1 }).map((chosen) => [...base, ...chosen]);
}

export interface HostileCall {
  kind: 'mutated' | 'extra';
  actor: 'admin' | 'secretary';
  entries: FormEntry[];
}

/** The cases of one action, by the given actors: mostly hostile changes, one in four unknown extra fields. */
export function hostileCalls(base: readonly FormEntry[], otherOrganizationId: string, actors: readonly HostileCall['actor'][]): fc.Arbitrary<HostileCall> {
  const actor = fc.constantFrom(...actors);
  return fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('mutated' as const), actor, entries: mutatedForm(base) }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('extra' as const), actor, entries: extraFields(base, otherOrganizationId) }), weight: 1 },
  );
}

export interface HostileRequest {
  actor: 'admin' | 'secretary' | 'attendee' | null;
  params: Record<string, string>;
  query: [string, string][];
  /** Appended to the query string as is: broken percent-encodings. */
  rawQuery: string;
  headers: [string, string][];
}

const headerText = fc.oneof(
  fc.constantFrom('bytes=0-', 'bytes=-1', 'bytes=999999999999-', 'bytes=5-1', 'bytes=0-0,0-0,0-0', 'bytes=a-b', 'items=0-9', '', ' ', '=', ';;;', 'locale=en', 'locale=xx', 'locale=__proto__', 'locale=<script>', 'next-auth.session-token=garbage', '__proto__=x; constructor=y', '*/*', 'W/"x"'),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 200 }),
  fc.constant('a=b; '.repeat(2000)),
);

/** A request on a route: the well-formed path with hostile segments, query, cookies and headers. */
export function hostileRequests(params: Record<string, string>): fc.Arbitrary<HostileRequest> {
  const names = Object.keys(params);
  const hostileParams = names.length === 0
    ? fc.constant({})
    : fc.record(Object.fromEntries(names.map((name) => [name, fc.oneof({ arbitrary: fc.constant(params[name]!), weight: 1 }, { arbitrary: hostileText(params[name], 'url'), weight: 3 })])));
  return fc.record({
    actor: fc.constantFrom('admin' as const, 'secretary' as const, 'attendee' as const, null),
    params: hostileParams as fc.Arbitrary<Record<string, string>>,
    query: fc.array(fc.tuple(fc.oneof(hostileKey, fc.constantFrom('q', 'status', 'ownerId', 'owner', 'from', 'to', 'dueFrom', 'dueTo', 'overdue', 'page', 'sort', 'kind', 'format', 'year', 'download')), hostileText('', 'url')), { maxLength: 5 }),
    rawQuery: fc.constantFrom('', '', '%', '%ZZ', '%00', '%C3%28', '%ED%A0%80', 'a=%', '&&&', '=', '__proto__[x]=1', 'a'.repeat(10_000)),
    headers: fc.array(fc.tuple(fc.constantFrom('Range', 'Cookie', 'Accept-Language', 'If-None-Match', 'If-Range', 'Content-Type', 'X-Forwarded-For', 'X-Forwarded-Host', 'Host', 'Accept'), headerText), { maxLength: 4 }),
  });
}

/** A value as a failure report shows it: long text shortened, files by name and size. */
export function describeValue(value: string | File): string {
  if (typeof value !== 'string') return `File(${JSON.stringify(value.name.slice(0, 40))}, ${value.size} B, ${JSON.stringify(value.type)})`;
  return value.length > 80 ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} chars)` : JSON.stringify(value);
}

export function describeEntries(entries: readonly FormEntry[]): string {
  return entries.map(([name, value]) => `${describeValue(name)}=${describeValue(value)}`).join(' ');
}
