import type { Response } from '../../main/api/contract.ts';

/** A date understood by the host's date layer: its value, the days it covers, its words and its Hijri day. */
export type DateReading = NonNullable<Response<'dates:read'>['dates'][number]>;

/**
 * The dates the page has had read, by their text. The page has no month names of its own: a date shown or typed is
 * read once by the host (`dates:read`, the Arabic date layer) and kept here. Asking for an unknown text queues it;
 * the queue goes to the host in one call at the end of the current task, and `onLearnt` redraws the screen.
 */
export interface DateBook {
  /** The reading of `text`: a reading, null when it is not a date, undefined until the host has answered. */
  get(text: string): DateReading | null | undefined;
  /** Reads texts now (a typed date): the readings, in order, or null when the host could not be asked. */
  read(texts: readonly string[]): Promise<(DateReading | null)[] | null>;
}

export type ReadDates = (texts: string[]) => Promise<(DateReading | null)[] | null>;

/** The host is asked for at most this many texts at once (the contract's own bound). */
const BATCH = 500;

export function createDateBook(readDates: ReadDates, onLearnt: () => void, later: (run: () => void) => void = queueMicrotask): DateBook {
  const known = new Map<string, DateReading | null>();
  const asked = new Set<string>();
  let queue: string[] = [];

  async function send(texts: string[]): Promise<(DateReading | null)[] | null> {
    const readings = await readDates(texts);
    // A failed call leaves the texts unknown, to be asked again by a later update; it never loops by itself.
    if (readings === null || readings.length !== texts.length) return null;
    texts.forEach((text, i) => known.set(text, readings[i] ?? null));
    return readings;
  }

  function flush(): void {
    const texts = queue;
    queue = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      const batch = texts.slice(i, i + BATCH);
      void send(batch).then((readings) => {
        for (const text of batch) asked.delete(text);
        if (readings !== null) onLearnt();
      });
    }
  }

  return {
    get(text) {
      if (known.has(text)) return known.get(text);
      if (!asked.has(text)) {
        asked.add(text);
        if (queue.length === 0) later(flush);
        queue.push(text);
      }
      return undefined;
    },
    read: (texts) => send([...texts]),
  };
}
