// Response headers for every page and route (docs/decisions/006-security-headers.md). Pure, so the
// proxy stays small and a unit test can read the policy.

export interface SecurityHeaderOptions {
  nonce: string;
  /** Behind HTTPS (directly or through a proxy that says so): add HSTS and upgrade requests. */
  https: boolean;
  /** `next dev` evaluates code for fast refresh and needs 'unsafe-eval'; production never does. */
  development: boolean;
}

/**
 * A strict policy: scripts only with this request's nonce (Next puts it on its own scripts) and what
 * they load ('strict-dynamic'); no inline script otherwise, no plugins, no framing, nothing from
 * outside this server — Party office networks are often offline, so nothing external is needed.
 * Inline styles stay allowed: React sets `style` attributes and they cannot carry a nonce.
 */
export function contentSecurityPolicy({ nonce, https, development }: SecurityHeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
