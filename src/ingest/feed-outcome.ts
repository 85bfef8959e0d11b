/** What happened to one feed in one ingestion run. */
export interface FeedOutcome {
  sourceId: string;
  feedUrl: string;
  status: 'new' | 'seen' | 'not-modified' | 'error' | 'skipped';
  newArticles: number;
  seenArticles: number;
  /** The error and why, or why the feed was skipped. */
  message: string | null;
  ms: number;
}

export interface IngestReport {
  startedAt: string;
  finishedAt: string;
  feeds: FeedOutcome[];
  newArticles: number;
}

/** One line per feed, as `parallax ingest` prints it. */
export function formatOutcome(outcome: FeedOutcome): string {
  const where = `${outcome.sourceId} ${outcome.feedUrl}`;
  switch (outcome.status) {
    case 'new':
      return `new           ${where}: ${outcome.newArticles} new, ${outcome.seenArticles} seen`;
    case 'seen':
      return `seen          ${where}: ${outcome.seenArticles} seen, nothing new`;
    case 'not-modified':
      return `not modified  ${where}`;
    case 'skipped':
      return `skipped       ${where}: ${outcome.message}`;
    case 'error':
      return `error         ${where}: ${outcome.message}`;
  }
}

/** The closing line of a run. */
export function formatSummary(report: IngestReport): string {
  const count = (status: FeedOutcome['status']) => report.feeds.filter((f) => f.status === status).length;
  return `${report.feeds.length} feeds: ${count('new')} with new articles, ${count('seen')} unchanged, ${count('not-modified')} not modified, ${count('error')} failed, ${count('skipped')} skipped; ${report.newArticles} new articles`;
}
