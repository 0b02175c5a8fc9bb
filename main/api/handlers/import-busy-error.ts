/** One import at a time: a second one asked for meanwhile is refused, never allowed to cancel the first. */
export class ImportBusyError extends Error {
  constructor() {
    super('an import is already running: wait for it to finish or cancel it first');
    this.name = 'ImportBusyError';
  }
}
