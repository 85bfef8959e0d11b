/** Why a body could not be read as a feed. */
export type FeedParseErrorCode = 'not-a-feed' | 'malformed' | 'entities' | 'empty-body';

/** A feed body that was refused or could not be parsed; `code` says which, the message says why. */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
  readonly code: FeedParseErrorCode;

  constructor({ code, message, cause }: { code: FeedParseErrorCode; message: string; cause?: unknown }) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
  }
}
