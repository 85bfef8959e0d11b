import { expect } from 'vitest';

/** Awaits a promise that must reject with an instance of `type` and returns that error (the test fails otherwise). */
export async function rejection<E extends Error>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}
