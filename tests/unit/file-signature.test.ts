import { describe, expect, it } from 'vitest';
import { detectFileType, zipEntryNames } from '../../lib/domain/file-signature.ts';
import { minimalDocx, minimalPdf, minimalXlsx, zipArchive } from '../helpers/zip-archive.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);
const CONTENT_TYPES = { name: '[Content_Types].xml', content: '<Types/>' };

describe('detecting a file type from its content', () => {
  it('recognises PDF, PNG and JPEG by their magic bytes', () => {
    expect(detectFileType(minimalPdf())?.kind).toBe('pdf');
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))?.kind).toBe('png');
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46))?.kind).toBe('jpeg');
  });

  it('gives the MIME type and extension of what the bytes are', () => {
    expect(detectFileType(minimalPdf())).toMatchObject({ mimeType: 'application/pdf', extension: 'pdf' });
    expect(detectFileType(minimalDocx())).toMatchObject({ kind: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' });
    expect(detectFileType(minimalXlsx())).toMatchObject({ kind: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' });
  });

  it('refuses an executable, a script and an HTML page whatever they are called', () => {
    expect(detectFileType(bytes(0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0))).toBeNull(); // Windows PE "MZ"
    expect(detectFileType(bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1))).toBeNull(); // ELF
    expect(detectFileType(text('#!/bin/sh\nrm -rf /\n'))).toBeNull();
    expect(detectFileType(text('<!DOCTYPE html><html><script>alert(1)</script></html>'))).toBeNull();
    expect(detectFileType(text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBeNull();
  });

  it('refuses a PDF header that does not start the file (polyglots) and truncated signatures', () => {
    expect(detectFileType(text(' %PDF-1.7'))).toBeNull();
    expect(detectFileType(text('%PDF'))).toBeNull();
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
    expect(detectFileType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
  });

  it('refuses old binary Office files (.doc, .xls): only the open XML formats are accepted', () => {
    expect(detectFileType(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toBeNull();
  });

  it('refuses a ZIP that is not an Office document: a plain archive, a Java archive, an OpenDocument file', () => {
    expect(detectFileType(zipArchive([{ name: 'virus.exe', content: 'MZ' }]))).toBeNull();
    expect(detectFileType(zipArchive([{ name: 'META-INF/MANIFEST.MF', content: 'Main-Class: X' }]))).toBeNull();
    expect(detectFileType(zipArchive([{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' }, { name: 'content.xml' }]))).toBeNull();
  });

  it('needs both [Content_Types].xml and the main part', () => {
    expect(detectFileType(zipArchive([{ name: 'word/document.xml' }]))).toBeNull();
    expect(detectFileType(zipArchive([CONTENT_TYPES]))).toBeNull();
  });

  it('refuses macro-enabled documents and workbooks renamed to .docx / .xlsx', () => {
    expect(detectFileType(zipArchive([CONTENT_TYPES, { name: 'word/document.xml' }, { name: 'word/vbaProject.bin' }]))).toBeNull();
    expect(detectFileType(zipArchive([CONTENT_TYPES, { name: 'xl/workbook.xml' }, { name: 'xl/vbaProject.bin' }]))).toBeNull();
  });

  it('refuses an archive claiming to be both Word and Excel', () => {
    expect(detectFileType(zipArchive([CONTENT_TYPES, { name: 'word/document.xml' }, { name: 'xl/workbook.xml' }]))).toBeNull();
  });

  it('refuses a ZIP whose first bytes are right but whose directory is missing or cut off', () => {
    const docx = minimalDocx();
    expect(detectFileType(docx.subarray(0, docx.length - 10))).toBeNull();
    expect(detectFileType(bytes(0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0))).toBeNull();
  });

  it('refuses Office parts hidden behind an HTML page (the archive must start the file)', () => {
    const docx = minimalDocx();
    const polyglot = new Uint8Array([...text('<html><script>x</script></html>'), ...docx]);
    expect(detectFileType(polyglot)).toBeNull();
  });
});

describe('reading the entry names of a ZIP archive', () => {
  it('reads names from the central directory, also behind an archive comment', () => {
    const archive = zipArchive([CONTENT_TYPES, { name: 'word/document.xml' }, { name: 'tài liệu/ảnh.png' }], { comment: 'Tạo bởi Word' });
    expect(zipEntryNames(archive)).toEqual(new Set(['[Content_Types].xml', 'word/document.xml', 'tài liệu/ảnh.png']));
    expect(detectFileType(archive)?.kind).toBe('docx');
  });

  it('reads a sub-array view of a larger buffer correctly', () => {
    const docx = minimalDocx();
    const padded = new Uint8Array(docx.length + 16);
    padded.set(docx, 8);
    expect(detectFileType(padded.subarray(8, 8 + docx.length))?.kind).toBe('docx');
  });

  it('refuses a directory that points outside the file', () => {
    const archive = zipArchive([CONTENT_TYPES]);
    const broken = archive.slice();
    const view = new DataView(broken.buffer);
    view.setUint32(broken.length - 22 + 16, 0x7fffffff, true); // central directory offset
    expect(zipEntryNames(broken)).toBeNull();
  });

  it('refuses an entry count larger than the directory holds', () => {
    const archive = zipArchive([CONTENT_TYPES]).slice();
    const view = new DataView(archive.buffer);
    view.setUint16(archive.length - 22 + 10, 5, true);
    expect(zipEntryNames(archive)).toBeNull();
  });
});
