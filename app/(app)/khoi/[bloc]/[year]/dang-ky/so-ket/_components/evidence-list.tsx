function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Evidence already filed with the report; downloads go through the access-checked file route. */
export function EvidenceList({ files }: { files: { id: string; name: string; sizeBytes: number }[] }) {
  return (
    <div>
      <p className="text-sm font-medium">Minh chứng đã nộp</p>
      <ul className="mt-1 space-y-0.5 text-sm">
        {files.map((f) => (
          <li key={f.id}>
            <a href={`/api/files/${f.id}`} className="text-brand-700 underline">
              {f.name}
            </a>
            <span className="text-xs text-stone-500"> ({size(f.sizeBytes)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
