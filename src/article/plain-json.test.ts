import { expect } from '@open-wc/testing';
import { NewsprintDataError } from './errors.js';
import { readArticle } from './parse.js';
import { isPlainJsonCopy, plainJson } from './plain-json.js';
// The parts the readers need (elements load them when data needs them: parts.ts).
import './html-measure.js';
import './sanitize.js';

const story = () => ({
  headline: 'A headline',
  authors: [{ name: 'Ana Pérez' }],
  faq: { items: [{ question: 'Why?', answer: '<p>Because.</p>' }] },
});

describe('plainJson: its own copies', () => {
  it('copies a host object once, frozen all the way down, and returns that copy as it is', () => {
    const input = story();
    const copy = plainJson(input) as ReturnType<typeof story>;
    expect(copy).to.not.equal(input);
    expect(copy).to.deep.equal(input);
    expect(isPlainJsonCopy(copy)).to.equal(true);
    expect(isPlainJsonCopy(input)).to.equal(false);
    for (const part of [copy, copy.authors, copy.authors[0], copy.faq, copy.faq.items[0]]) {
      expect(Object.isFrozen(part)).to.equal(true);
    }
    expect(plainJson(copy)).to.equal(copy);
    // Only whole copies are remembered: a part of one is copied (it is frozen all the same).
    expect(plainJson(copy.faq)).to.not.equal(copy.faq);
    expect(plainJson(copy.faq)).to.deep.equal(copy.faq);
  });

  it('cannot be changed after it was made: a write throws and the copy reads the same', () => {
    const copy = plainJson(story()) as ReturnType<typeof story>;
    expect(() => {
      (copy as { headline: string }).headline = 'changed';
    }).to.throw(TypeError);
    expect(() => {
      copy.authors.push({ name: 'Someone else' });
    }).to.throw(TypeError);
    expect(plainJson(copy)).to.deep.equal(story());
  });

  it('copies afresh what only looks like a copy: an equal object, a clone, a Proxy of one', () => {
    const copy = plainJson(story()) as ReturnType<typeof story>;
    const equal = story();
    const clone = { ...copy, headline: 'Changed in the clone' };
    const proxy = new Proxy(copy, {});
    for (const lookalike of [equal, clone, proxy]) {
      const again = plainJson(lookalike);
      expect(again).to.not.equal(lookalike);
      expect(again).to.not.equal(copy);
      expect(again).to.deep.equal({ ...story(), headline: lookalike.headline });
    }
    // A Proxy that reports another value for a field of a frozen copy breaks the Proxy rules, so
    // reading it throws: an error naming the field, not the copy's value.
    const lying = new Proxy(copy, {
      get: (target, key, receiver) =>
        key === 'headline' ? 'Read through a Proxy' : Reflect.get(target, key, receiver),
    });
    expect(() => plainJson(lying)).to.throw(NewsprintDataError, /"headline"/);
  });

  it('still refuses what JSON cannot hold, and a revoked Proxy of a copy', () => {
    const cyclic: Record<string, unknown> = { headline: 'x' };
    cyclic.self = cyclic;
    expect(() => plainJson(cyclic)).to.throw(NewsprintDataError, /cycle/);
    expect(() => plainJson({ headline: 'x', n: 1n })).to.throw(NewsprintDataError, /BigInt/);
    const { proxy, revoke } = Proxy.revocable(plainJson(story()) as object, {});
    revoke();
    expect(() => plainJson(proxy)).to.throw(NewsprintDataError);
  });

  it('gives the readers the same result for a copy as for the host object', () => {
    const input = story();
    const copy = plainJson(input);
    expect(readArticle(copy).article).to.deep.equal(readArticle(input).article);
  });
});
