export type BadgeTone = 'ok' | 'warn' | 'bad' | 'info' | 'neutral';

export function Badge({ tone, children }: { tone: BadgeTone; children: React.ReactNode }) {
  return <span className={`badge ${tone}`}>{children}</span>;
}
