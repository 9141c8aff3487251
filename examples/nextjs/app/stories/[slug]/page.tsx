import Link from 'next/link';
import { notFound } from 'next/navigation';
import { renderArticle } from '../../newsprint';
import { ServerRendered } from '../../server-rendered';
import { stories } from '../../stories';

export default async function StoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const story = stories[slug];
  if (!story) notFound();
  const html = await renderArticle(story, `/stories/${slug}`);
  const others = Object.keys(stories).filter((other) => other !== slug);
  return (
    <main>
      <nav>
        <Link href="/">All stories</Link>
        {others.map((other) => (
          <Link key={other} href={`/stories/${other}`} className="next-story">
            {stories[other]!.headline}
          </Link>
        ))}
      </nav>
      <ServerRendered html={html} />
    </main>
  );
}
