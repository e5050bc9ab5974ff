/** An error the caller can fix by changing the input; front ends turn it into exit code 2 or HTTP 400. */
export class InputError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'InputError';
  }
}
