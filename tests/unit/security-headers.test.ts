import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../lib/security/security-headers.ts';

describe('security headers', () => {
  it('allow scripts only with the request nonce, never inline or from elsewhere', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123', https: false, development: false });
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('http:');
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('add HSTS and upgrade only behind HTTPS, and eval only in development', () => {
    expect(securityHeaders({ nonce: 'n', https: false, development: false })).not.toHaveProperty('Strict-Transport-Security');
    const https = securityHeaders({ nonce: 'n', https: true, development: false });
    expect(https['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/);
    expect(https['Content-Security-Policy']).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({ nonce: 'n', https: false, development: true })).toContain("'unsafe-eval'");
    expect(https['X-Content-Type-Options']).toBe('nosniff');
  });
});
