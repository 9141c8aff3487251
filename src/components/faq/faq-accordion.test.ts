import { expect } from '@open-wc/testing';
import { questionForKey, useRegions } from './faq-accordion.js';

const key = (name: string, modifiers: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key: name, ...modifiers });

describe('questionForKey', () => {
  it('moves down and up, wrapping at the ends, and to the first and last', () => {
    expect(questionForKey(key('ArrowDown'), 0, 3)).to.equal(1);
    expect(questionForKey(key('ArrowDown'), 2, 3)).to.equal(0);
    expect(questionForKey(key('ArrowUp'), 1, 3)).to.equal(0);
    expect(questionForKey(key('ArrowUp'), 0, 3)).to.equal(2);
    expect(questionForKey(key('Home'), 2, 3)).to.equal(0);
    expect(questionForKey(key('End'), 0, 3)).to.equal(2);
  });

  it('leaves other keys and modified keys alone', () => {
    expect(questionForKey(key('Enter'), 0, 3)).to.equal(undefined);
    expect(questionForKey(key('ArrowRight'), 0, 3)).to.equal(undefined);
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey']) {
      expect(questionForKey(key('ArrowDown', { [modifier]: true }), 0, 3), modifier).to.equal(
        undefined,
      );
    }
  });
});

describe('useRegions', () => {
  it('makes open answers regions in single mode, and with multiple up to six items', () => {
    expect(useRegions(false, 40)).to.be.true;
    expect(useRegions(true, 6)).to.be.true;
    expect(useRegions(true, 7)).to.be.false;
  });
});
