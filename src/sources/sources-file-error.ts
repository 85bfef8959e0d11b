/** A sources file that cannot be used; the message names the file, the entry and the field at fault. */
export class SourcesFileError extends Error {
  /** One line per problem, each already prefixed with the file name. */
  readonly problems: string[];

  constructor(
    readonly file: string,
    problems: string[],
  ) {
    super(problems.join('\n'));
    this.name = 'SourcesFileError';
    this.problems = problems;
  }
}
