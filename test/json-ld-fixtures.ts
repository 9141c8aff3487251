/** schema.org JSON-LD the data model's tests share. */

export const CONTEXT = 'https://schema.org';

/** An FAQPage with an `@id` on one question and an answer given as a list. */
export const FAQ_PAGE = {
  '@context': CONTEXT,
  '@type': 'FAQPage',
  name: 'Key questions',
  mainEntity: [
    {
      '@type': 'Question',
      '@id': 'https://example.com/story#why',
      name: 'Why now?',
      acceptedAnswer: { '@type': 'Answer', text: '<p>Because of the crisis.</p>' },
    },
    {
      '@type': 'Question',
      name: 'What next?',
      acceptedAnswer: [{ '@type': 'Answer', text: 'Nobody knows.' }],
    },
  ],
};
