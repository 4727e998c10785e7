/** Why an event log was refused: the HTTP status and a message naming where and what. */
export class LogError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}
