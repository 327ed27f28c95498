/**
 * An error the user should see. `message` is written for them: what went wrong
 * and what to do next. `code` is for logs and tests.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
