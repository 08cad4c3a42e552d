/** Evidence already filed with an entry; downloads go through the access-checked file route. */
export function EntryFiles({ files }: { files: { id: string; name: string }[] }) {
  if (files.length === 0) return null;
  return (
    <div>
      <p className="text-sm font-medium">Minh chứng đã nộp</p>
      <ul className="mt-1 space-y-0.5 text-sm">
        {files.map((f) => (
          <li key={f.id}>
            <a href={`/api/files/${f.id}`} className="text-brand-700 underline">
              {f.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
