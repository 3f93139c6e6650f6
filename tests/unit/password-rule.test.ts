import { describe, expect, it } from 'vitest';
import { checkPassword, passwordLength } from '../../lib/domain/password-rule.ts';

describe('the password rule (NIST SP 800-63B)', () => {
  it('asks for at least 8 characters, counted as the user counts them', () => {
    expect(checkPassword('ngắn7ký')).toBe('tooShort');
    expect(passwordLength('mật khẩu')).toBe(8);
    expect(checkPassword('rừng tràm')).toBeNull();
    // Eight emoji are eight characters (sixteen UTF-16 units).
    expect(checkPassword('🌾🌾🌾🌾🌾🌾🌾🐃')).toBeNull();
  });

  it('allows up to 128 characters, not more', () => {
    expect(checkPassword('câu dài '.repeat(16))).toBeNull();
    expect(checkPassword('x'.repeat(127) + 'yz')).toBe('tooLong');
  });

  it('has no composition rules: a long phrase of lower-case letters is fine', () => {
    expect(checkPassword('cay lua nuoc mien tay')).toBeNull();
    expect(checkPassword('đồng bằng sông cửu long')).toBeNull();
  });

  it('refuses the most common passwords, in any case and with or without spaces or accents', () => {
    for (const common of ['password', 'Password1', '123456789', '12345678', 'qwertyuiop', 'iloveyou', 'matkhau123', 'Mật Khẩu 123', 'hoinghi123', 'aaaaaaaa']) {
      expect(checkPassword(common), common).toBe('common');
    }
  });

  it('refuses the username itself, with digits or symbols around it', () => {
    expect(checkPassword('ngocyen2024', { username: 'ngocyen' })).toBe('containsUsername');
    expect(checkPassword('NgocYen!!', { username: 'ngocyen' })).toBe('containsUsername');
    expect(checkPassword('ngocyen thích hoa sen', { username: 'ngocyen' })).toBeNull();
    expect(checkPassword('20242025', { username: '2024' })).toBeNull();
  });
});
