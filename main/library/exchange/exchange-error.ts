/** An exchange asked of stores it cannot run between (a team library as the workspace): the analyst's to fix, said in one sentence. */
export class ExchangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExchangeError';
  }
}
