/** An error the caller can fix by changing the input; front ends turn it into exit code 2 or HTTP 400. */
export class InputError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** A configured engine could not do its work (the LLM API kept failing, the model would not run). */
export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineError';
  }
}
