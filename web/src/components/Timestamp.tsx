/** A point in time from an RFC 3339 string, shown in UTC (the log's own clock). */
export function Timestamp({ at }: { at: string }) {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return <span>{at}</span>;
  const text = d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');
  return <time dateTime={at}>{text}</time>;
}
