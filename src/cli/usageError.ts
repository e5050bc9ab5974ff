/** A mistake in how the CLI was called or what it was given; exits with code 2 and one line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
