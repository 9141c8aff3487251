/**
 * Does a photo credit already say what it is? Then it is shown exactly as given; otherwise the
 * figure puts the localized "Photo:" before it ("Photo: Ernesto Alvarez").
 *
 * A credit counts as labelled when it has
 * - an ownership or rights sign: `©`, `℗`, `(c)`, `(C)`;
 * - a separator that credit lines use between owner, agency and handle: `/`, `|`, `:`
 *   ("AP / Ramón Espinosa", "Reuters | Pool", "Illustration: Ana Ruiz", "© X / @FlconEYES");
 * - or a word that names the kind of credit, as a whole word in English, Spanish or Arabic:
 *   photo(s), photograph(y/er), foto(s), fotografía, fotógrafo/a, credit(s), crédito(s), courtesy,
 *   cortesía, copyright, illustration, ilustración, image(s), imagen(es), graphic, gráfico, video,
 *   vídeo, source, fuente, via, vía, archive, archivo, handout, pool; تصوير, صورة, الصورة,
 *   المصدر, حقوق, بإذن.
 *
 * So a bare name or agency ("Ernesto Alvarez", "Reuters", "@FlconEYES") gets the prefix, and a
 * credit a newsroom already wrote ("Foto: EFE", "Getty Images", "Courtesy of the family") does not.
 * Whole words only: "Photon Studio" or "Imagine Media" still get the prefix.
 */
export function creditHasLabel(credit: string): boolean {
  return SIGNS.test(credit) || LABEL_WORDS.test(credit);
}

const SIGNS = /[©℗/|:\uFF1A\uFF0F]|\([cC]\)/u;

const WORDS = [
  'photos?',
  'photograph(?:s|y|er|ers)?',
  'fotos?',
  'fotograf[ií]as?',
  'fot[oó]graf[oa]s?',
  'credits?',
  'cr[eé]ditos?',
  'courtesy',
  'cortes[ií]a',
  'copyright',
  'illustrations?',
  'ilustraci[oó]n(?:es)?',
  'images?',
  'imagen(?:es)?',
  'im[aá]genes',
  'graphics?',
  'gr[aá]ficos?',
  'videos?',
  'v[ií]deos?',
  'source',
  'fuente',
  'v[ií]a',
  'archive',
  'archivo',
  'handout',
  'pool',
  'تصوير',
  'صورة',
  'الصورة',
  'المصدر',
  'حقوق',
  'بإذن',
];

// `\b` knows only ASCII letters; these lookarounds treat every letter and digit as part of a word.
const LABEL_WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
