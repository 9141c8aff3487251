import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NewsprintHydration } from './newsprint-hydration';
import './site.css';

export const metadata: Metadata = { title: 'Newsprint on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <NewsprintHydration />
        {children}
      </body>
    </html>
  );
}
