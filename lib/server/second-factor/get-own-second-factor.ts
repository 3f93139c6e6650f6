import 'server-only';
import QRCode from 'qrcode';
import type { Actor } from '../../auth/load-actor.ts';
import { requirePermission } from '../../auth/permissions.ts';
import { readSecondFactorPolicy } from '../../auth/second-factor.ts';
import { db } from '../../db/client.ts';
import { secondFactorRequired } from '../../domain/second-factor-policy.ts';
import { serverEnv } from '../../env.ts';
import { encryptTotpSecret, newTotpSecret, totpUri } from '../../security/totp.ts';

export interface SecondFactorOffer {
  /** Base32, for typing into the app by hand. */
  secret: string;
  /** The QR code of the otpauth:// URI, as SVG markup drawn here (no script, no external image: nothing for the CSP to allow). */
  qrSvg: string;
  /** The same secret sealed for this user, carried by the form to the confirmation: nothing is stored before a first code proves the app has it. */
  pendingSecret: string;
}

export interface OwnSecondFactor {
  enabledAt: Date | null;
  unusedRecoveryCodes: number;
  /** The admins require it for one of the user's roles: it cannot be turned off. */
  requiredByPolicy: boolean;
  /** A new secret to enrol with, when none is enabled; a new one on every visit until confirmed. */
  offer: SecondFactorOffer | null;
}

/** The signed-in user's own second factor, for /account/security. Reads only; an offer writes nothing. */
export async function getOwnSecondFactor({ actor }: { actor: Actor }): Promise<OwnSecondFactor> {
  requirePermission(actor, 'account.manageOwnSecondFactor');
  const [user, { policy }] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { username: true, totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
    }),
    readSecondFactorPolicy(),
  ]);
  const requiredByPolicy = secondFactorRequired(policy, actor.roles);
  if (user.totpEnabledAt) return { enabledAt: user.totpEnabledAt, unusedRecoveryCodes: user._count.recoveryCodes, requiredByPolicy, offer: null };
  const secret = newTotpSecret();
  const qrSvg = await QRCode.toString(totpUri({ secret, username: user.username }), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const pendingSecret = encryptTotpSecret({ serverSecret: serverEnv().NEXTAUTH_SECRET, userId: actor.userId, secret, purpose: 'enrolment' });
  return { enabledAt: null, unusedRecoveryCodes: 0, requiredByPolicy, offer: { secret, qrSvg, pendingSecret } };
}
