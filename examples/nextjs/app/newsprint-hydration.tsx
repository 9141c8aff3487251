'use client';
import { useEffect } from 'react';

/**
 * Defines the Newsprint elements in the browser, once, after React has hydrated the page: the
 * server-rendered elements then hydrate their own shadow roots. `newsprint/hydrate` must load
 * before anything loads Lit, so it is imported first and `newsprint/define` after it. In an
 * effect, never at the top of the module: Next also runs client components on the server, where
 * there is no `customElements` to define them in.
 */
export function NewsprintHydration() {
  useEffect(() => {
    void import('newsprint/hydrate').then(() => import('newsprint/define'));
  }, []);
  return null;
}
