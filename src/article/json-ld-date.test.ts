import { expect } from '@open-wc/testing';
import { isoDate } from './json-ld-date.js';

describe('isoDate (JSON-LD dates as pages write them)', () => {
  const cases: Array<[string, string]> = [
    ['2022-05-05T22:12:00 UTC', '2022-05-05T22:12:00Z'],
    ['2022-05-05 22:12:00 GMT', '2022-05-05T22:12:00Z'],
    ['2021-12-06 14:36', '2021-12-06T14:36'],
    ['2023/02/21 21:20', '2023-02-21T21:20'],
    ['2023/02/21', '2023-02-21'],
    ['20180619T055000+0900', '2018-06-19T05:50:00+09:00'],
    ['20180619', '2018-06-19'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000000'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['Mon, 18 Nov 2019 16:07:38 -0600', '2019-11-18T16:07:38-06:00'],
    ['18 Nov 2019 16:07 GMT', '2019-11-18T16:07Z'],
    ['Sat, 1 Feb 2020 08:00:00 +0000', '2020-02-01T08:00:00+00:00'],
    ['  2026-01-26T09:30:00Z ', '2026-01-26T09:30:00Z'],
  ];
  for (const [written, iso] of cases) {
    it(`reads ${JSON.stringify(written)}`, () => {
      expect(isoDate(written)).to.equal(iso);
    });
  }

  it('leaves what it cannot read without guessing as it is', () => {
    for (const text of ['03/04/2021', '1676551869', 'yesterday', 'Mon, 18 Foo 2019 16:07:38', '']) {
      expect(isoDate(text), text).to.equal(text.trim());
    }
  });
});
