/**
 * Answers the host gives about texts (a date's reading, a name's search keys), by their text. The page keeps no
 * Arabic tables of its own: what it needs of the text layer it asks the host once and keeps here. Asking for an
 * unknown text queues it; the queue goes to the host in one call at the end of the current task, and `onLearnt`
 * redraws the screen.
 */
export interface HostBook<R> {
  /** The answer for `text`: an answer, null when the host has none, undefined until the host has answered. */
  get(text: string): R | null | undefined;
  /** Asks about texts now (a typed date): the answers, in order, or null when the host could not be asked. */
  read(texts: readonly string[]): Promise<(R | null)[] | null>;
}

export type AskHost<R> = (texts: string[]) => Promise<(R | null)[] | null>;

/** The host is asked about at most this many texts at once (the contract's own bound). */
const BATCH = 500;

export function createHostBook<R>(ask: AskHost<R>, onLearnt: () => void, later: (run: () => void) => void = queueMicrotask): HostBook<R> {
  const known = new Map<string, R | null>();
  const asked = new Set<string>();
  let queue: string[] = [];

  async function send(texts: string[]): Promise<(R | null)[] | null> {
    const answers = await ask(texts);
    // A failed call leaves the texts unknown, to be asked again by a later update; it never loops by itself.
    if (answers === null || answers.length !== texts.length) return null;
    texts.forEach((text, i) => known.set(text, answers[i] ?? null));
    return answers;
  }

  function flush(): void {
    const texts = queue;
    queue = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      const batch = texts.slice(i, i + BATCH);
      void send(batch).then((answers) => {
        for (const text of batch) asked.delete(text);
        if (answers !== null) onLearnt();
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
