// Use-case failures, mapped to HTTP statuses by the server and exit codes by the CLI.
export type ServiceErrorCode = 'unauthenticated' | 'forbidden' | 'notFound' | 'conflict' | 'invalid' | 'locked' | 'blocked' | 'tooLarge' | 'busy';

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ServiceError('notFound', `未找到 / not found: ${what}`);
export const forbidden = (what = '无权访问 / forbidden') => new ServiceError('forbidden', what);
