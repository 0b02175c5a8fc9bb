/** One question to the page at a time: "save what is pending, then say whether it is saved". */
export interface FlushGate {
  /** Asks the page to save; resolves with its answer, or true when it does not answer in time. */
  request: () => Promise<boolean>;
  /** The page's answer (the `app:flushed` handler calls this). */
  answer: (saved: boolean) => void;
}

/**
 * Before the workspace changes, the page saves its pending draft edits and answers whether they are saved. Two
 * switches asked at once share the one question in flight (rather than each registering its own handler for the
 * answer), and a page that does not answer within `timeoutMs` does not hold a switch up.
 */
export function createFlushGate(ask: () => void, timeoutMs = 3000): FlushGate {
  let pending: { promise: Promise<boolean>; settle: (saved: boolean) => void } | null = null;
  return {
    request() {
      if (pending) return pending.promise;
      let settle: (saved: boolean) => void = () => undefined;
      const promise = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => settle(true), timeoutMs);
        settle = (saved) => {
          clearTimeout(timer);
          pending = null;
          resolve(saved);
        };
      });
      pending = { promise, settle };
      ask();
      return promise;
    },
    answer(saved) {
      pending?.settle(saved);
    },
  };
}
