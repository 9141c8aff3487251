import Link from 'next/link';
import { stories } from './stories';

export default function Home() {
  return (
    <main>
      <h1>Stories</h1>
      <ul>
        {Object.entries(stories).map(([slug, story]) => (
          <li key={slug}>
            <Link href={`/stories/${slug}`}>{story.headline}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
