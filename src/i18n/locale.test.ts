import { expect } from '@open-wc/testing';
import { formatDate, formatNumber, joinList, shortList } from './locale.js';

/** Counts the `Intl[kind]` formatters built while `run` runs. */
function formattersBuilt(kind: 'DateTimeFormat' | 'ListFormat', run: () => void): number {
  const original = Intl[kind];
  let built = 0;
  const counting = function (...args: unknown[]) {
    built++;
    return new (original as new (...args: unknown[]) => object)(...args);
  };
  Object.defineProperty(Intl, kind, { value: counting, configurable: true, writable: true });
  try {
    run();
  } finally {
    Object.defineProperty(Intl, kind, { value: original, configurable: true, writable: true });
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
    const built = formattersBuilt('DateTimeFormat', () => {
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

describe('joinList and shortList, the one author-list format', () => {
  it('joins as the language joins a list; English in news style, without the serial comma', () => {
    expect(joinList(['Ana', 'Luis', 'Eva'], 'en').join('')).to.equal('Ana, Luis and Eva');
    expect(joinList(['Ana', 'Luis', 'Eva'], 'en-US').join('')).to.equal('Ana, Luis and Eva');
    expect(joinList(['Luis Gómez', 'Eva Ruiz'], 'en').join('')).to.equal('Luis Gómez and Eva Ruiz');
    expect(joinList(['Ana', 'Luis', 'Eva'], 'es').join('')).to.equal('Ana, Luis y Eva');
    expect(joinList(['Ana'], 'en')).to.deep.equal(['Ana']);
    expect(joinList([], 'en')).to.deep.equal([]);
  });

  it('keeps each item as it is (markup), with the punctuation between', () => {
    const [a, b] = [{ name: 'Ana' }, { name: 'Luis' }];
    const joined = joinList([a, b], 'en');
    expect(joined).to.have.length(3);
    expect(joined[0]).to.equal(a);
    expect(joined[1]).to.equal(' and ');
    expect(joined[2]).to.equal(b);
  });

  it('builds one list formatter per language, and reuses it', () => {
    const built = formattersBuilt('ListFormat', () => {
      for (let i = 0; i < 3; i++) joinList(['Ana', 'Luis', 'Eva'], 'pt-BR');
    });
    expect(built).to.equal(1);
  });

  it('falls back to commas for a language tag Intl refuses', () => {
    expect(joinList(['Ana', 'Luis', 'Eva'], 'x!').join('')).to.equal('Ana, Luis, Eva');
  });

  it('shortens three or more to the first and a count', () => {
    const andOthers = '{name} and {n} others';
    expect(shortList(['Ana', 'Luis'], 'en', andOthers).join('')).to.equal('Ana and Luis');
    const short = shortList(['Ana', 'Luis', 'Eva', 'Pau'], 'en', andOthers);
    expect(short).to.deep.equal(['', 'Ana', ' and 3 others']);
    // The count in the language's digits, the pattern's words around the first item.
    expect(shortList(['Ana', 'Luis', 'Eva'], 'ar', '{name} و{n} آخرون').join('')).to.equal(
      `Ana و${formatNumber(2, 'ar')} آخرون`,
    );
  });
});
