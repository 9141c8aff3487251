import { expect } from '@open-wc/testing';
import { languageLoading, stringsFor } from './strings.js';

describe('stringsFor', () => {
  it('speaks English for a language tag named like an Object property', () => {
    for (const lang of ['constructor', 'toString', '__proto__', 'hasOwnProperty-x']) {
      expect(stringsFor(lang).by, lang).to.equal('By');
      expect(stringsFor(lang).errorTitle, lang).to.equal('This story isn’t available right now.');
      expect(languageLoading(lang), lang).to.equal(undefined);
    }
  });

  it('keeps overrides over the language', () => {
    expect(stringsFor('constructor', { by: 'From' }).by).to.equal('From');
  });
});
