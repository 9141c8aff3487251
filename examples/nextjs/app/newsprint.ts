// Server only: the story as HTML with a declarative shadow root, for a server component.
import { headers } from 'next/headers';
import { renderElementToString, type RenderElementOptions } from 'newsprint/ssr';

/**
 * The page's absolute URL: `renderElementToString` resolves the data's relative URLs (the image
 * `/flight.jpg`) against it and judges which links leave the site. Next's router gives the path
 * only, so the origin comes from the request (behind a proxy, from its `x-forwarded-*` headers).
 * In production, prefer your site's configured origin over a `Host` header a client can choose.
 */
export async function pageUrl(path: string): Promise<URL> {
  const request = await headers();
  const host = request.get('x-forwarded-host') ?? request.get('host') ?? 'localhost';
  const protocol = request.get('x-forwarded-proto') ?? 'http';
  return new URL(path, `${protocol}://${host}`);
}

/** `<newsprint-article>` rendered on the server, for `<ServerRendered html={…} />`. */
export async function renderArticle(
  article: RenderElementOptions['article'],
  path: string,
): Promise<string> {
  return renderElementToString('newsprint-article', {
    article,
    pageUrl: await pageUrl(path),
    attributes: { 'heading-level': 1 },
    structuredData: true,
  });
}
