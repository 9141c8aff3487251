import { expect } from '@open-wc/testing';
import { compact, isObject } from './json-object.js';

describe('isObject', () => {
  it('is true for a JSON object only', () => {
    expect(isObject({})).to.equal(true);
    expect(isObject(Object.create(null))).to.equal(true);
    for (const value of [null, undefined, [], 'text', 1, true]) {
      expect(isObject(value), String(value)).to.equal(false);
    }
  });
});

describe('compact', () => {
  it('keeps the defined fields, in order, and drops undefined ones (null stays)', () => {
    const out = compact({ a: 1, b: undefined, c: null, d: '' });
    expect(Object.keys(out)).to.deep.equal(['a', 'c', 'd']);
    expect(out.c).to.equal(null);
  });

  it('makes an object that inherits nothing by default', () => {
    expect(Object.getPrototypeOf(compact({ a: 1 }))).to.equal(null);
  });

  it('makes an ordinary object when given Object.prototype', () => {
    const out = compact({ a: 1, b: undefined }, Object.prototype);
    expect(Object.getPrototypeOf(out)).to.equal(Object.prototype);
    expect(out).to.deep.equal({ a: 1 });
  });

  it('copies: the record passed in is left as it was', () => {
    const record = { a: 1, b: undefined };
    compact(record);
    expect(Object.keys(record)).to.deep.equal(['a', 'b']);
  });
});
