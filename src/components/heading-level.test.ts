import { expect } from '@open-wc/testing';
import { headingLevel } from './heading-level.js';

describe('headingLevel', () => {
  it('keeps a level from 1 to 6', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) expect(headingLevel(level, 3)).to.equal(level);
  });

  it('clamps to 1–6, as HTML has h1–h6', () => {
    expect(headingLevel(7, 3)).to.equal(6);
    expect(headingLevel(99, 2)).to.equal(6);
    expect(headingLevel(0, 3)).to.equal(1);
    expect(headingLevel(-4, 2)).to.equal(1);
    expect(headingLevel(Infinity, 2)).to.equal(6);
    expect(headingLevel(-Infinity, 3)).to.equal(1);
  });

  it('rounds a fraction', () => {
    expect(headingLevel(2.4, 3)).to.equal(2);
    expect(headingLevel(4.6, 2)).to.equal(5);
  });

  it('reads a number given as a string, as the attribute converter would', () => {
    expect(headingLevel('4', 3)).to.equal(4);
  });

  it("gives the element's default for what is not a number", () => {
    for (const value of [Number.NaN, null, undefined, 'x', {}]) {
      expect(headingLevel(value, 3), String(value)).to.equal(3);
      expect(headingLevel(value, 2), String(value)).to.equal(2);
    }
  });
});
