import { Table, Td, Th } from '@/components/ui/table.tsx';
import { formatDate } from '@/lib/i18n/format.ts';
import { interpolate } from '@/lib/i18n/interpolate.ts';
import type { Locale } from '@/lib/i18n/locale.ts';
import type { Messages } from '@/lib/i18n/messages/vi.ts';
import type { ActionState } from '@/lib/schemas/action-state.ts';
import type { DocumentSummary } from '@/lib/server/documents/find-conference-documents.ts';
import { documentKind, formatFileSize } from './document-format.ts';
import { RemoveDocumentButton } from './remove-document-button.tsx';

interface Props {
  documents: readonly DocumentSummary[];
  t: Messages;
  locale: Locale;
  caption?: string;
  /** Given to those who may remove documents now: adds a remove button per row. */
  removeAction?: (state: ActionState, formData: FormData) => Promise<ActionState>;
}

/** Documents with their download links (the route checks, again, that the reader may see them). */
export function DocumentTable({ documents, t, locale, caption, removeAction }: Props) {
  const text = t.documents;
  if (documents.length === 0) return <p className="text-sm text-stone-600">{text.empty}</p>;
  return (
    <Table caption={caption ?? text.caption}>
      <thead>
        <tr>
          <Th>{text.name}</Th>
          <Th className="w-24">{text.type}</Th>
          <Th className="w-28 whitespace-nowrap text-right">{text.size}</Th>
          <Th className="w-48">{text.uploaded}</Th>
          {removeAction ? <Th className="w-40">{text.actions}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => {
          const type = text.kinds[documentKind(document.mimeType)];
          const size = formatFileSize(document.sizeBytes, locale, text);
          return (
            <tr key={document.id} data-testid="document-row">
              <Td>
                <a href={`/api/documents/${document.id}`} download={document.fileName} aria-label={interpolate(text.downloadLabel, { title: document.title, type, size })}>
                  {document.title}
                </a>
                {document.title !== document.fileName ? <span className="block text-xs text-stone-600">{document.fileName}</span> : null}
              </Td>
              <Td>{type}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{size}</Td>
              <Td className="text-stone-700">
                <time dateTime={document.createdAt.toISOString()}>
                  {document.uploadedBy
                    ? interpolate(text.uploadedBy, { name: document.uploadedBy.member.fullName, date: formatDate(document.createdAt, locale) })
                    : formatDate(document.createdAt, locale)}
                </time>
              </Td>
              {removeAction ? (
                <Td>
                  <RemoveDocumentButton action={removeAction} documentId={document.id} title={document.title} text={text} />
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
