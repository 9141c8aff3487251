import { expect } from '@open-wc/testing';
import { NewsprintDataError } from '../src/article/errors.js';

describe('NewsprintDataError', () => {
  it('carries the path of the bad field', () => {
    const error = new NewsprintDataError('bad', { path: 'authors[0].name' });
    expect(error.path).to.equal('authors[0].name');
    expect(error).to.be.instanceOf(Error);
  });
});
