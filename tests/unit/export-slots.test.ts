// Exports run two at a time per instance; six more wait their turn; the rest are refused with 429.
import { describe, expect, it } from 'vitest';
import { withExportSlot } from '@/app/lib/export-slots';

describe('export slots', () => {
  it('runs two exports at once, queues six, refuses the ninth, then serves the queue in order', async () => {
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const job = (n: number) =>
      withExportSlot(async () => {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise<void>((resolve) => releases.push(resolve));
        order.push(n);
        active -= 1;
        return n;
      });
    const started = Array.from({ length: 8 }, (_, i) => job(i));
    await expect(job(8)).rejects.toMatchObject({ code: 'rate_limited', messageKey: 'exportBusy' });
    while (order.length < 8) {
      await new Promise((r) => setTimeout(r, 1));
      releases.shift()?.();
    }
    expect(await Promise.all(started)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const after = job(9);
    await new Promise((r) => setTimeout(r, 1));
    releases.shift()?.();
    expect(await after).toBe(9);
  });
});
