import type { Article } from 'newsprint';

/** The example's stories, by slug. A real site reads them from its CMS. */
export const stories: Record<string, Article> = {
  'cuba-medics': {
    headline:
      "Mission Accomplished? Havana Masks Medical Personnel's Return from Venezuela as a Victory",
    url: '/stories/cuba-medics',
    section: 'Cuba',
    description:
      'Havana presents the return of its doctors from Venezuela as a routine rotation; the scale and timing suggest a quiet withdrawal.',
    language: 'en',
    datePublished: '2026-01-26',
    authors: [{ name: 'Ernesto Alvarez' }],
    publisher: { name: 'CubaHeadlines', url: 'https://www.cubaheadlines.com/' },
    image: {
      src: '/flight.jpg',
      alt: 'Cuban medical collaborators walking down the stairs of a plane after landing',
      caption: 'Flight with Cuban collaborators returning from Venezuela',
      credit: '© X / @FlconEYES',
      width: 600,
      height: 338,
    },
    body: '<p>Amidst a wave of triumphant rhetoric and patriotic slogans, the Cuban Medical Brigade\'s social media in Venezuela continues to flood with farewell images and messages from doctors returning to the island, proudly declaring their "duty fulfilled."</p><p>At numerous ceremonies held at Caracas\'s National Villas, officials praised the "dedication and heroism" of these so-called white coats. <a href="/stories/harbour-ferry">Read next: the harbour ferry</a>.</p>',
  },
  'harbour-ferry': {
    headline: 'The Harbour Ferry Runs Again After Two Years in Dry Dock',
    url: '/stories/harbour-ferry',
    section: 'City',
    description:
      'The old ferry is back on its ten-minute crossing, with a new engine and the same timetable.',
    language: 'en',
    datePublished: '2026-02-03',
    authors: [{ name: 'Marta Ruiz' }],
    publisher: { name: 'CubaHeadlines', url: 'https://www.cubaheadlines.com/' },
    image: {
      src: '/flight.jpg',
      alt: 'A plane on the apron at dusk',
      caption: 'The crossing takes ten minutes',
      credit: 'Photo: Archive',
      width: 600,
      height: 338,
    },
    body: '<p>The ferry left the east pier at seven, as it did for forty years, and was full by the second crossing.</p><p>The city paid for a new engine; the timetable is the old one.</p>',
  },
};
