/** An official document as the download route sends it: its bytes and its Vietnamese file name. */
export interface OfficialDocumentFile {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
}
