/**
 * Server-rendered Newsprint HTML in a React tree.
 *
 * `suppressHydrationWarning`: the browser's parser turns each `<template shadowrootmode>` into a
 * shadow root, so the div's `innerHTML` no longer holds the template when React hydrates, and
 * React's development build compares that `innerHTML` with the string given here. No HTML with a
 * declarative shadow root can match (the shadow root is never serialized), so the comparison is
 * turned off for this one div; it has no React children, and React never writes into it while
 * hydrating either way. The elements hydrate themselves, later, from the same markup.
 *
 * After a client-side `<Link>` navigation React sets the string with `innerHTML`, where templates
 * stay inert: the element then renders itself from the inline data and removes the template.
 */
export function ServerRendered({ html }: { html: string }) {
  return (
    <div
      className="newsprint"
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
