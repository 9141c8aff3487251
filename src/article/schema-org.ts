/**
 * schema.org JSON-LD -> the article JSON shape (docs/ARCHITECTURE.md, "Data"), read leniently as
 * docs/decisions/0001 says. Not yet validated: `parse.ts` checks the result, so a value this
 * module cannot map is passed on as it is and reported there. Finds
 * the article and FAQ nodes of a page, resolves `@id` references between them, and maps their
 * fields; one value is read with json-ld-values.ts.
 */
import { decodeEntities } from './entities.js';
import { NewsprintDataError } from './errors.js';
import { compact, isObject } from './json-object.js';
import {
  asList,
  date,
  dimension,
  fragmentOf,
  literal,
  pageUrl,
  paragraphs,
  pick,
  rawLiteral,
  withoutBy,
} from './json-ld-values.js';
import { formatCount } from './limits.js';
import { parseLenientJson } from './lenient-json.js';
import { provideSchemaOrgPart } from './parts.js';

type Node = Record<string, unknown>;

/**
 * `Article` and every schema.org subtype of it, which carry the same fields: the names ending in
 * `Article` (NewsArticle, OpinionNewsArticle, ScholarlyArticle…) or `Posting` (BlogPosting,
 * LiveBlogPosting, SocialMediaPosting, DiscussionForumPosting), and Report and APIReference.
 * A rule, not a list, so a type schema.org adds later in the same family counts too.
 */
const isArticleType = (type: string): boolean =>
  /(?:Article|Posting)$|^(?:Report|APIReference)$/.test(type);
const FAQ_TYPE = 'FAQPage';
/** Says exactly what `isArticleType` accepts. */
const SUPPORTED =
  'Article (or a type ending in "Article" or "Posting", Report, APIReference) or FAQPage';

/** Deep enough for any real page; stops a pathological object graph from running away. */
const MAX_DEPTH = 12;

// Detecting JSON-LD is cheap and needed for every input; the mapping below is loaded only for it
// (`parts.ts`).
export { isSchemaOrg } from './json-ld.js';
// Inline JSON-LD that `JSON.parse` refuses is read with this; it is JSON-LD-only code, so it is
// part of this part (`parts.ts`).
export { parseLenientJson };

const isArticle = (node: Node): boolean => typesOf(node).some(isArticleType);
const isFaqPage = (node: Node): boolean => typesOf(node).includes(FAQ_TYPE);

/**
 * Maps JSON-LD to article JSON; throws when it holds no supported type. `unreadable` says why
 * some of the page's blocks could not be read, for the message when no article is found.
 */
export function fromSchemaOrg(input: unknown, unreadable?: string): Record<string, unknown> {
  const nodes = collectNodes(ownFields(input, 0), [], 0);
  const graph = new Graph(nodes);
  // The page's own nodes first (blocks, lists, `@graph`), then nodes inside them (`WebPage.mainEntity`).
  const nested = graph.nested;
  const article = nodes.find(isArticle) ?? nested.find(isArticle);
  const faqPage = nodes.find(isFaqPage) ?? nested.find(isFaqPage);
  if (!article && !faqPage) throw unsupported([...nodes, ...nested], unreadable);

  const result = article ? graph.article(article) : {};
  // A FAQPage beside the article (graph or list) belongs to it; its name is the FAQ's title
  // unless the article itself is the FAQPage, whose name is then the headline.
  if (faqPage) result.faq = graph.faq(faqPage, faqPage !== article);
  return compact(result);
}

/** At most this many of the types found are named, so the message stays short. */
const TYPES_NAMED = 6;

function unsupported(nodes: Node[], unreadable?: string): NewsprintDataError {
  const found = [...new Set(nodes.flatMap(typesOf))];
  const more =
    found.length > TYPES_NAMED ? ` and ${formatCount(found.length - TYPES_NAMED)} more` : '';
  // A type name is data: a long one is shortened like any quoted part of a message.
  const named = found
    .slice(0, TYPES_NAMED)
    .map((type) => (type.length > 60 ? `${type.slice(0, 59)}…` : type));
  const has = found.length ? `it has ${named.join(', ')}${more}` : 'it has no "@type"';
  const why = unreadable ? ` ${unreadable}` : '';
  return new NewsprintDataError(`This schema.org data has no ${SUPPORTED} to show; ${has}.${why}`);
}

/**
 * A copy of the data made of objects that inherit nothing, so every `node.field` read below sees
 * own fields only: junk a host page put on `Object.prototype` (`author`, `image`…) cannot appear
 * in the article. Deeper than `MAX_DEPTH`, or a cycle back to an object being copied, is absent.
 */
function ownFields(value: unknown, depth: number, copying = new Set<object>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH || copying.has(value)) return undefined;
  copying.add(value);
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = value.map((item) => ownFields(item, depth + 1, copying));
  } else {
    const fields = Object.create(null) as Node;
    for (const key of Object.keys(value)) {
      fields[key] = ownFields((value as Node)[key], depth + 1, copying);
    }
    copy = fields;
  }
  copying.delete(value);
  return copy;
}

/** The typed nodes: top-level objects, list items and `@graph` members, in document order. */
function collectNodes(input: unknown, into: Node[], depth: number): Node[] {
  if (depth > MAX_DEPTH) return into;
  if (Array.isArray(input)) {
    for (const item of input) collectNodes(item, into, depth + 1);
  } else if (isObject(input)) {
    if (typesOf(input).length) into.push(input);
    if (Object.hasOwn(input, '@graph')) collectNodes(input['@graph'], into, depth + 1);
  }
  return into;
}

/**
 * `@type` (or its alias `type`) as a list of bare names: `"https://schema.org/NewsArticle"`,
 * `"schema.org/NewsArticle"` and `"schema:NewsArticle"` -> `"NewsArticle"`.
 */
function typesOf(node: Node): string[] {
  const type = node['@type'] ?? node.type;
  return (Array.isArray(type) ? type : [type])
    .filter((name): name is string => typeof name === 'string')
    .map((name) =>
      name.trim().replace(/^(?:(?:https?:\/\/)?(?:www\.)?schema\.org\/|schema:)/i, ''),
    );
}

/** Only `@id` and `@type`: a reference to a node defined elsewhere on the page. */
const isReference = (node: Node): boolean =>
  Object.keys(node).every((key) => key === '@id' || key === '@type');

/**
 * The nodes of one page (all its blocks), with `{ "@id": … }` references resolved against them,
 * and the typed nodes found inside them (`nested`), in document order.
 */
class Graph {
  private readonly byId = new Map<string, Node>();
  readonly nested: Node[] = [];

  constructor(nodes: Node[]) {
    const seen = new Set<unknown>(nodes);
    for (const node of nodes) this.index(node, 0, seen);
  }

  /** Registers every definition (an object with an `@id` and more), the first one winning. */
  private index(value: Node | unknown[], depth: number, seen: Set<unknown>): void {
    if (isObject(value)) {
      const id = value['@id'];
      if (typeof id === 'string' && !isReference(value) && !this.byId.has(id)) {
        this.byId.set(id, value);
      }
    }
    if (depth >= MAX_DEPTH) return;
    for (const child of Object.values(value)) {
      if ((!isObject(child) && !Array.isArray(child)) || seen.has(child)) continue;
      seen.add(child);
      if (isObject(child) && typesOf(child).length) this.nested.push(child);
      this.index(child, depth + 1, seen);
    }
  }

  /** A bare reference becomes the node it names; anything else stays as it is. */
  private resolve(value: unknown): unknown {
    if (!isObject(value) || typeof value['@id'] !== 'string') return value;
    return (isReference(value) && this.byId.get(value['@id'])) || value;
  }

  /** The one node of a field (first of a list, reference resolved). */
  private one(value: unknown): unknown {
    return this.resolve(literal(value));
  }

  article(node: Node): Node {
    return {
      headline: pick(literal(node.headline), literal(node.name)),
      url: pick(this.url(node.url), pageUrl(this.url(node.mainEntityOfPage))),
      section: literal(node.articleSection),
      description: literal(node.description),
      language: this.language(node.inLanguage),
      datePublished: date(node.datePublished),
      dateModified: date(node.dateModified),
      authors:
        node.author === undefined ? undefined : asList(node.author).map((a) => this.author(a)),
      publisher: node.publisher === undefined ? undefined : this.publisher(node.publisher),
      image: this.image(node.image, pick(literal(node.thumbnailUrl))),
      body: this.body(pick(literal(node.articleBody), literal(node.text))),
      copyright: this.copyright(node),
      isBasedOn: this.url(node.isBasedOn),
    };
  }

  faq(node: Node, ownTitle: boolean): Node {
    return compact({
      title: ownTitle ? pick(literal(node.name), literal(node.headline)) : undefined,
      items: asList(node.mainEntity).map((question) => this.question(question)),
    });
  }

  private question(value: unknown): unknown {
    const question = this.resolve(value);
    if (!isObject(question)) return question;
    const answer = this.one(pick(question.acceptedAnswer, question.suggestedAnswer));
    return compact({
      question: pick(literal(question.name), literal(question.text)),
      answer: isObject(answer) ? rawLiteral(answer.text) : answer,
      id: fragmentOf(question['@id']),
    });
  }

  /** A URL field: a string, or a node (`{ "@id" }`, a WebPage) whose `url` or `@id` it is. */
  private url(value: unknown): unknown {
    const one = this.one(value);
    return isObject(one) ? pick(literal(one.url), one['@id']) : one;
  }

  /** An image field that is only a URL: a string or an ImageObject's `url`/`contentUrl`. */
  private imageUrl(value: unknown): unknown {
    const one = this.one(value);
    return isObject(one)
      ? pick(literal(one.url), literal(one.contentUrl), literal(one.thumbnailUrl))
      : one;
  }

  private language(value: unknown): unknown {
    const one = this.one(value);
    return isObject(one) ? pick(literal(one.alternateName), literal(one.name)) : one;
  }

  private name(value: unknown): unknown {
    const one = this.one(value);
    if (!isObject(one)) return one;
    const fullName = [literal(one.givenName), literal(one.familyName)].filter(
      (part) => typeof part === 'string' && part.trim(),
    );
    return pick(literal(one.name), fullName.join(' '));
  }

  private author(value: unknown): unknown {
    const author = this.resolve(value);
    if (typeof author === 'string') return { name: withoutBy(decodeEntities(author)) };
    if (!isObject(author)) return author;
    const role = this.one(author.jobTitle); // text or a DefinedTerm
    return compact({
      name: withoutBy(this.name(author)),
      url: this.url(author.url),
      image: author.image === undefined ? undefined : this.imageUrl(author.image),
      role: isObject(role) ? literal(role.name) : role,
    });
  }

  private publisher(value: unknown): unknown {
    const publisher = this.one(value);
    if (typeof publisher === 'string') return { name: publisher };
    if (!isObject(publisher)) return publisher;
    return compact({
      name: this.name(publisher),
      url: this.url(publisher.url),
      logo: publisher.logo === undefined ? undefined : this.imageUrl(publisher.logo),
    });
  }

  /**
   * The first image of the list that has an address (`url`, `contentUrl` or `thumbnailUrl`), else
   * the article's own `thumbnailUrl`, else the first image, for `parse.ts` to report and leave out.
   */
  private image(value: unknown, thumbnail: unknown): unknown {
    const images = asList(value).map((image) => this.imageObject(image));
    return (
      images.find((image) => isObject(image) && image.src !== undefined) ??
      (thumbnail === undefined ? images[0] : { src: thumbnail, alt: '' })
    );
  }

  private imageObject(value: unknown): unknown {
    const image = this.resolve(value);
    if (typeof image === 'string') return { src: decodeEntities(image), alt: '' };
    if (!isObject(image)) return image;
    const caption = this.one(image.caption); // text or a MediaObject
    return compact({
      src: pick(literal(image.url), literal(image.contentUrl), literal(image.thumbnailUrl)),
      alt: pick(literal(image.description), literal(image.name)) ?? '',
      caption: isObject(caption) ? pick(literal(caption.text), literal(caption.name)) : caption,
      credit: pick(
        literal(image.creditText),
        literal(image.copyrightNotice),
        image.author === undefined ? undefined : this.name(image.author),
      ),
      width: dimension(image.width),
      height: dimension(image.height),
      copyrightNotice: literal(image.copyrightNotice),
      license: literal(image.license),
      acquireLicensePage: literal(image.acquireLicensePage),
    });
  }

  private body(value: unknown): unknown {
    return typeof value === 'string' ? paragraphs(value) : value;
  }

  /** `copyrightNotice`, else "© year holder" from `copyrightYear` and `copyrightHolder`. */
  private copyright(node: Node): unknown {
    const notice = literal(node.copyrightNotice);
    if (notice !== undefined) return notice;
    const year = literal(node.copyrightYear);
    const holder = node.copyrightHolder === undefined ? undefined : this.name(node.copyrightHolder);
    const parts = [year, holder].filter(
      (part) => (typeof part === 'string' && part.trim()) || typeof part === 'number',
    );
    return parts.length ? `© ${parts.join(' ')}` : undefined;
  }
}

provideSchemaOrgPart({ fromSchemaOrg, parseLenientJson });
