// Runs once when a server instance starts, before it serves requests: applies pending migrations
// and seeds the 2021 plan on first start. Never during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { prepareDatabase } = await import('./app/lib/startup');
  await prepareDatabase();
}
