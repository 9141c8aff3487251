import { expect } from '@open-wc/testing';
import { formatDate } from './locale.js';

/** Counts the `Intl.DateTimeFormat`s built while `run` runs. */
function dateFormattersBuilt(run: () => void): number {
  const original = Intl.DateTimeFormat;
  let built = 0;
  Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof original>) {
    built++;
    return new original(...args);
  } as typeof original;
  try {
    run();
  } finally {
    Intl.DateTimeFormat = original;
  }
  return built;
}

describe('formatDate', () => {
  const instant = '2026-01-26T15:30:00Z';

  it('writes a long date by default, as Intl does', () => {
    const expected = new Intl.DateTimeFormat('es', { dateStyle: 'long' }).format(new Date(instant));
    expect(formatDate(instant, 'es')).to.equal(expected);
    expect(formatDate('2026-01-26', 'en')).to.equal('January 26, 2026');
  });

  it('takes the date and time styles', () => {
    expect(formatDate('2026-01-26', 'en', { dateStyle: 'medium' })).to.equal('Jan 26, 2026');
    const expected = new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(instant));
    expect(formatDate(instant, 'en', { dateStyle: 'medium', timeStyle: 'short' })).to.equal(
      expected,
    );
  });

  it('writes a calendar date as that day in every time zone (UTC)', () => {
    for (const dateStyle of ['long', 'medium'] as const) {
      const expected = new Intl.DateTimeFormat('en', { dateStyle, timeZone: 'UTC' }).format(
        new Date('2026-01-01'),
      );
      expect(formatDate('2026-01-01', 'en', { dateStyle })).to.equal(expected);
    }
  });

  it('gives back what it cannot read or format', () => {
    expect(formatDate('soon', 'en')).to.equal('soon');
    expect(formatDate(instant, 'x!')).to.equal(instant);
  });

  it('builds one formatter per language and style, and reuses it', () => {
    // A language no other test used, so the cache starts without it.
    const built = dateFormattersBuilt(() => {
      for (let i = 0; i < 3; i++) {
        formatDate('2026-01-26', 'fr-CA');
        formatDate('2026-01-27', 'fr-CA');
        formatDate('2026-01-26', 'fr-CA', { dateStyle: 'medium' });
        formatDate(instant, 'fr-CA', { dateStyle: 'long', timeStyle: 'short' });
      }
    });
    expect(built).to.equal(3);
  });

  it('keeps a style apart from the others in its cache', () => {
    const long = formatDate('2026-01-26', 'en-AU');
    const medium = formatDate('2026-01-26', 'en-AU', { dateStyle: 'medium' });
    expect(long).to.not.equal(medium);
    expect(formatDate('2026-01-26', 'en-AU')).to.equal(long);
  });
});
