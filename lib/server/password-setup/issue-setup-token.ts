import 'server-only';
import type { Actor } from '../../auth/load-actor.ts';
import type { Prisma } from '../../db/generated/prisma/client.ts';
import { interpolate } from '../../i18n/interpolate.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locale.ts';
import { en } from '../../i18n/messages/en.ts';
import { vi, type Messages } from '../../i18n/messages/vi.ts';
import { formatDate, formatTime } from '../../i18n/format.ts';
import { hashPasswordSetupToken, newPasswordSetupToken, passwordSetupExpiry, passwordSetupPath, PASSWORD_SETUP_HOURS } from '../../security/password-setup-token.ts';
import { recordAudit } from '../audit.ts';

const CATALOGUES: Record<Locale, Messages> = { vi, en };

export interface IssuedSetupLink {
  /** The whole link, shown once to the admin: the token is nowhere else but in the outbox message. */
  url: string;
  expiresAt: Date;
  /** The member's email, or the username when the member has none (the message then only waits in the outbox). */
  toAddress: string;
  emailed: boolean;
}

/**
 * Inside the caller's transaction, for an account the caller has already found in the admin's scope:
 * ends every unused link of that account (usedAt: a link that can no longer be used, whether it was or
 * was replaced; the audit rows tell which, and expiresAt stays after createdAt as its CHECK wants), makes
 * a new one, puts the email with the link into the outbox, and writes the audit row — with the link's
 * id and expiry, never the token or its hash.
 */
export async function issueSetupToken(
  tx: Prisma.TransactionClient,
  { actor, userId, appUrl, now, action }: { actor: Actor; userId: string; appUrl: string; now: Date; action: string },
): Promise<IssuedSetupLink> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { username: true, locale: true, member: { select: { fullName: true, email: true } } } });
  const ended = await tx.passwordSetupToken.updateMany({ where: { userId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  const token = newPasswordSetupToken();
  const expiresAt = passwordSetupExpiry(now);
  const created = await tx.passwordSetupToken.create({ data: { userId, tokenHash: hashPasswordSetupToken(token), expiresAt, issuedById: actor.userId, createdAt: now }, select: { id: true } });
  const url = `${appUrl.replace(/\/+$/, '')}${passwordSetupPath(token)}`;
  const email = user.member.email?.trim() || null;
  const toAddress = email ?? user.username;
  const message = setupEmail({ locale: isLocale(user.locale) ? user.locale : DEFAULT_LOCALE, name: user.member.fullName, username: user.username, url, expiresAt });
  const outbox = await tx.outboxMessage.create({ data: { toAddress, subject: message.subject, body: message.body }, select: { id: true } });
  await recordAudit(tx, {
    actor, action, entity: 'User', entityId: userId,
    after: { passwordSetupTokenId: created.id, expiresAt, endedEarlierLinks: ended.count, outboxMessageId: outbox.id, delivery: email ? 'email' : 'outbox' },
  });
  return { url, expiresAt, toAddress, emailed: Boolean(email) };
}

/** The email in the recipient's language: who it is for, the link, until when it works. */
function setupEmail({ locale, name, username, url, expiresAt }: { locale: Locale; name: string; username: string; url: string; expiresAt: Date }) {
  const t = CATALOGUES[locale].passwordSetup.email;
  const values = { name, username, url, hours: PASSWORD_SETUP_HOURS, time: formatTime(expiresAt, locale), date: formatDate(expiresAt, locale) };
  return { subject: t.subject, body: [interpolate(t.greeting, values), '', interpolate(t.body, values), '', url, '', interpolate(t.expiry, values), t.ignore, '', t.signature].join('\n') };
}
