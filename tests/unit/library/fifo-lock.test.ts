import { describe, expect, it } from 'vitest';
import { FifoLock } from '../../../main/library/fifo-lock.ts';

describe('FifoLock', () => {
  it('hands the lock on in the order it was asked for, and is free once the last holder lets go', async () => {
    const lock = new FifoLock();
    const order: number[] = [];
    await lock.acquire();
    expect(lock.held).toBe(true);
    const waiting = [1, 2, 3].map((n) =>
      lock.acquire().then(() => {
        order.push(n);
        lock.release();
      }),
    );
    expect(order).toEqual([]);
    lock.release();
    await Promise.all(waiting);
    expect(order).toEqual([1, 2, 3]);
    expect(lock.held).toBe(false);
  });
});
