import 'server-only';
import { serverEnv } from '../../env.ts';
import type { RawMemberRow } from '../../domain/member-import.ts';
import { memberImportPayloadSchema, type MemberImportPayload } from '../../schemas/member-import.ts';
import { signPayload, verifyPayload } from '../../security/signed-payload.ts';
import { RuleViolationError } from '../errors.ts';

// The preview's valid rows travel to the confirmation signed (lib/security/signed-payload.ts), bound
// to the user who previewed them and good for two hours: long enough to read 2,000 rows, short enough
// that an old tab does not import yesterday's file. The confirmation checks every row again anyway.

const PURPOSE = 'member-import';
export const MEMBER_IMPORT_PAYLOAD_TTL_MS = 2 * 60 * 60 * 1000;

export function signMemberImportPayload({ userId, fileName, sha256, rows, now }: { userId: string; fileName: string; sha256: string; rows: readonly RawMemberRow[]; now: Date }): string {
  const data: MemberImportPayload = { v: 1, userId, expiresAt: now.getTime() + MEMBER_IMPORT_PAYLOAD_TTL_MS, fileName, sha256, rows: rows.map(({ line, cells }) => ({ line, cells })) };
  return signPayload({ secret: serverEnv().NEXTAUTH_SECRET, purpose: PURPOSE, data });
}

/** The payload's data, or a refusal: altered or not ours, someone else's, or expired. */
export function openMemberImportPayload({ token, userId, now }: { token: string; userId: string; now: Date }): MemberImportPayload {
  const parsed = memberImportPayloadSchema.safeParse(verifyPayload({ secret: serverEnv().NEXTAUTH_SECRET, purpose: PURPOSE, token }));
  if (!parsed.success || parsed.data.userId !== userId) throw new RuleViolationError('memberImport.previewInvalid');
  if (parsed.data.expiresAt < now.getTime()) throw new RuleViolationError('memberImport.previewExpired');
  return parsed.data;
}
