import { z } from 'zod';
import { optionalText } from './fields.ts';

export const DOCUMENT_OWNER_KINDS = ['conference', 'agendaItem', 'plan'] as const;
export type DocumentOwnerKind = (typeof DOCUMENT_OWNER_KINDS)[number];
export interface DocumentOwner {
  kind: DocumentOwnerKind;
  id: string;
}

/** The value of the "attach to" choice: "conference:<id>", "agendaItem:<id>" or "plan:<id>". */
export function documentOwnerValue(owner: DocumentOwner): string {
  return `${owner.kind}:${owner.id}`;
}

const documentOwner = z
  .string('invalidChoice')
  .transform((value) => {
    const separator = value.indexOf(':');
    return { kind: value.slice(0, separator), id: value.slice(separator + 1) };
  })
  .pipe(z.object({ kind: z.enum(DOCUMENT_OWNER_KINDS, 'invalidChoice'), id: z.uuid('invalidChoice') }));

export const uploadDocumentSchema = z.object({
  owner: documentOwner,
  /** Blank: the file's name without its extension. */
  title: optionalText(300),
  // A form with no file chosen still sends an empty part; size and type are checked by the use case,
  // which knows the configured limit and reads the content.
  file: z.file('document.fileRequired').min(1, 'document.fileRequired'),
});

export const removeDocumentSchema = z.object({ documentId: z.uuid() });

export type UploadDocumentFields = z.output<typeof uploadDocumentSchema>;
export type RemoveDocumentInput = z.output<typeof removeDocumentSchema>;
