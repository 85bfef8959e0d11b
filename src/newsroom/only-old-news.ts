/**
 * A live search found reports on the topic, but every one is older than the story window, so none is clustered
 * (newsroom.ts) and "no outlet reported on it" would be untrue. Platform-neutral: the compare command turns it into a
 * message.
 */
export class OnlyOldNews extends Error {
  override readonly name = 'OnlyOldNews';

  constructor(
    /** How many reports the search found. */
    readonly reports: number,
    /** ISO 8601 time of the newest of them. */
    readonly newest: string,
    /** Days a story stays current. */
    readonly windowDays: number,
  ) {
    super(`all ${reports} reports found are older than the ${windowDays}-day story window (newest ${newest})`);
  }
}
