/** An agenda item's documents as download links, under its title (reading before the conference). */
export function DocumentLinks({ documents, label }: { documents: readonly { id: string; title: string }[]; label: string }) {
  if (documents.length === 0) return null;
  return (
    <ul aria-label={label} className="mt-1 space-y-0.5 text-xs">
      {documents.map((document) => (
        <li key={document.id}><a href={`/api/documents/${document.id}`}>{document.title}</a></li>
      ))}
    </ul>
  );
}
