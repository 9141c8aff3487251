// Register the elements before React's first render, so that React 19 sees their properties
// and sets `article` as a property (on an element not yet defined it would set an attribute).
import 'newsprint/define';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { seedStory } from '../data.js';
import { App } from './App.js';

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App stories={[seedStory]} />
  </StrictMode>,
);
