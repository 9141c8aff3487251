import { expect } from '@open-wc/testing';
import { NewsprintDataError } from '../src/article/errors.js';

/** The error `run` throws (fails the test when it throws none, or something else). */
export function errorOf(run: () => unknown): NewsprintDataError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(NewsprintDataError);
    return error as NewsprintDataError;
  }
  expect.fail('expected a NewsprintDataError');
  throw new Error('unreachable');
}
