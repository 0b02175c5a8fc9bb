/** A name already taken, or another clear refusal the analyst can act on. */
export class TopicError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TopicError';
  }
}
