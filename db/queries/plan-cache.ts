import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { queryRows } from '../raw';

// A plan's dashboard figures are aggregates over all of its tasks: about 100 ms of SQL at 100,000
// tasks and 800 ms at a million (PERFORMANCE.md), too slow to recompute for every reader. They are
// cached per plan and kept exact by the plan's revision, which every write to what the figures
// read raises in its own transaction (migration 0005). A cached value is served only while the
// revision it was computed at is still current; it is computed in one REPEATABLE READ snapshot that
// also reads the revision, so value and revision always belong together. Each app instance keeps
// its own cache; none of them can serve a figure older than the last committed write.

type Entry = { revision: number; value: unknown };
type Store = { entries: Map<string, Entry>; pending: Map<string, Promise<Entry>> };

/** Figures of a few plans × scopes × days; each entry is a few KB at most. */
const MAX_ENTRIES = 2000;

// On globalThis: Next.js may load this module once per route bundle, and all should share it.
// One store per database handle, so tests that open several databases never mix their figures.
const holder = globalThis as unknown as { __khcnPlanCache?: WeakMap<Db, Store> };
const stores = (holder.__khcnPlanCache ??= new WeakMap());

function storeOf(db: Db): Store {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = { entries: new Map(), pending: new Map() }));
  return store;
}

async function revisionOf(db: Db | Tx, planId: number): Promise<number> {
  const [row] = await queryRows<{ revision: string | number }>(db, sql`SELECT revision FROM plan_revisions WHERE plan_id = ${planId}`);
  return Number(row?.revision ?? 0);
}

function remember(store: Store, key: string, entry: Entry) {
  const current = store.entries.get(key);
  if (current && current.revision > entry.revision) return;
  store.entries.delete(key);
  store.entries.set(key, entry);
  if (store.entries.size > MAX_ENTRIES) store.entries.delete(store.entries.keys().next().value!);
}

/**
 * The value of `compute` for this plan at its current revision: from the cache when the plan has
 * not changed since it was computed, else computed once (concurrent callers share the computation).
 * `key` must name everything else the value depends on (the query, its filters, the day).
 */
export async function cachedForPlan<T>(db: Db, planId: number, key: string, compute: (tx: Tx) => Promise<T>): Promise<T> {
  const store = storeOf(db);
  const fullKey = `${planId}|${key}`;
  const revision = await revisionOf(db, planId);
  const hit = store.entries.get(fullKey);
  if (hit && hit.revision === revision) return hit.value as T;
  const pendingKey = `${fullKey}@${revision}`;
  let pending = store.pending.get(pendingKey);
  if (!pending) {
    pending = db
      .transaction(async (tx) => ({ revision: await revisionOf(tx, planId), value: await compute(tx) }), { isolationLevel: 'repeatable read', accessMode: 'read only' })
      .finally(() => store.pending.delete(pendingKey));
    store.pending.set(pendingKey, pending);
  }
  const entry = await pending;
  remember(store, fullKey, entry);
  return entry.value as T;
}

/** Forgets the cached figures of a database (tests). */
export function clearPlanCache(db: Db) {
  storeOf(db).entries.clear();
}
