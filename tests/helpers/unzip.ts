// Reads the entries of a ZIP archive (DOCX, XLSX) with node:zlib alone, so a test can look at the XML
// a builder wrote without another dependency. Only what OOXML writers produce: stored or deflated
// entries, no ZIP64, no encryption. APPNOTE.TXT §4.3.
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** Every entry of the archive by name, as text (UTF-8). */
export function unzipText(archive: Uint8Array): Map<string, string> {
  const zip = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  // The end-of-directory record is the last 22 bytes, unless a comment follows it.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_DIRECTORY) end -= 1;
  if (end < 0) throw new Error('Not a ZIP archive: no end-of-directory record');
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);

  const entries = new Map<string, string>();
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(offset) !== CENTRAL_HEADER) throw new Error(`Broken central directory at ${offset}`);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);

    if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new Error(`Broken local header of ${name}`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method} is not supported`);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));

    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
