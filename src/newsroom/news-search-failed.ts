/**
 * Every news search of a live search failed, so "no outlet reported on it" would be untrue. `reason` says whose
 * fault it likely is: `network` (no connection: DNS, refused, timed out, stalled) or `service` (the searches
 * answered with an error, such as HTTP 503, or with something that is not a feed). Platform-neutral: the compare
 * command turns it into a message.
 */
export class NewsSearchFailed extends Error {
  override readonly name = 'NewsSearchFailed';

  constructor(
    readonly reason: 'network' | 'service',
    /** How many searches were tried (all failed). */
    readonly searches: number,
    /** A short reason from the first failure, e.g. "HTTP 503" or "dns". */
    readonly detail: string,
  ) {
    super(`all ${searches} news searches failed (${reason}: ${detail})`);
  }
}
