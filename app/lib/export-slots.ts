import 'server-only';
import { AppError } from '@/db/errors';

// A report or list export of a large plan builds tens of thousands of rows and a workbook in
// memory (hundreds of MB at 100,000 tasks). The benchmark's fifty exports at once ran the server
// out of heap; so an instance builds two at a time, lets a few more wait their turn, and answers
// the rest 429 at once rather than fall over.
const RUNNING = 2;
const WAITING = 6;

let running = 0;
const queue: (() => void)[] = [];

/** Runs `work` when an export slot is free; 429 when too many exports already wait. */
export async function withExportSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running < RUNNING) running += 1;
  else if (queue.length < WAITING) await new Promise<void>((resolve) => queue.push(resolve)); // the slot is handed over
  else throw new AppError('rate_limited', 'exportBusy');
  try {
    return await work();
  } finally {
    const next = queue.shift();
    if (next) next();
    else running -= 1;
  }
}
