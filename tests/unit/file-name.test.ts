import { describe, expect, it } from 'vitest';
import { contentDisposition, fileStem, sanitizeFileName } from '../../lib/domain/file-name.ts';
import { FILE_SIGNATURES } from '../../lib/domain/file-signature.ts';

const { pdf, png, jpeg, docx } = FILE_SIGNATURES;

describe('the stored name of an uploaded file', () => {
  it('keeps a Vietnamese name as typed (NFC)', () => {
    expect(sanitizeFileName('Báo cáo sơ kết giữa nhiệm kỳ.pdf', pdf)).toBe('Báo cáo sơ kết giữa nhiệm kỳ.pdf');
    // Decomposed on a Mac, composed here: the same name either way.
    expect(sanitizeFileName('Ba\u0301o ca\u0301o.docx', docx)).toBe('Báo cáo.docx');
  });

  it('drops a path sent along with the name', () => {
    expect(sanitizeFileName('C:\\Users\\trang\\Desktop\\giay-moi.pdf', pdf)).toBe('giay-moi.pdf');
    expect(sanitizeFileName('../../etc/passwd.pdf', pdf)).toBe('passwd.pdf');
  });

  it('removes control characters, bidi overrides and characters Windows cannot save', () => {
    expect(sanitizeFileName('ho-so\u202Efdp.exe.pdf', pdf)).toBe('ho-sofdp.exe.pdf');
    expect(sanitizeFileName('a\u0000b\nc.pdf', pdf)).toBe('abc.pdf');
    expect(sanitizeFileName('Kế hoạch: "274"?<>|*.pdf', pdf)).toBe('Kế hoạch 274.pdf');
  });

  it('ends with the extension of what the bytes are, keeping the one the sender wrote if it matches', () => {
    expect(sanitizeFileName('anh-hoi-nghi.JPG', jpeg)).toBe('anh-hoi-nghi.JPG');
    expect(sanitizeFileName('anh-hoi-nghi.jpeg', jpeg)).toBe('anh-hoi-nghi.jpeg');
    expect(sanitizeFileName('scan.pdf', png)).toBe('scan.pdf.png');
    expect(sanitizeFileName('bao-cao', pdf)).toBe('bao-cao.pdf');
  });

  it('never produces an empty, hidden or device name', () => {
    expect(sanitizeFileName('', pdf)).toBe('tai-lieu.pdf');
    expect(sanitizeFileName('   .pdf', pdf)).toBe('tai-lieu.pdf');
    expect(sanitizeFileName('.htaccess', pdf)).toBe('htaccess.pdf');
    expect(sanitizeFileName('CON.pdf', pdf)).toBe('_CON.pdf');
    expect(sanitizeFileName('trailing dots... .pdf', pdf)).toBe('trailing dots.pdf');
  });

  it('shortens a very long name without splitting a letter, keeping the extension', () => {
    const name = sanitizeFileName(`${'Nghị quyết '.repeat(40)}.pdf`, pdf);
    expect([...name].length).toBeLessThanOrEqual(150);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.normalize('NFC')).toBe(name);
  });

  it('gives the stem for a default title', () => {
    expect(fileStem('Báo cáo sơ kết.pdf')).toBe('Báo cáo sơ kết');
    expect(fileStem('README')).toBe('README');
  });
});

describe('the Content-Disposition of a download', () => {
  it('carries the exact UTF-8 name (RFC 5987) and an ASCII fallback', () => {
    expect(contentDisposition('Báo cáo đợt 1.pdf')).toBe(
      `attachment; filename="Bao cao dot 1.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%91%E1%BB%A3t%201.pdf`,
    );
  });

  it('cannot be broken out of by quotes, semicolons or newlines in the name', () => {
    const header = contentDisposition('a";b\r\nX-Evil: 1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(`attachment; filename="a_;b__X-Evil: 1.pdf"; filename*=UTF-8''a%22%3Bb%0D%0AX-Evil%3A%201.pdf`);
  });

  it("encodes the characters RFC 5987 leaves out of attr-char: ' ( ) *", () => {
    expect(contentDisposition("it's (v2)*.pdf")).toContain(`filename*=UTF-8''it%27s%20%28v2%29%2A.pdf`);
  });
});
