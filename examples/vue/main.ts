// Register the elements before the app mounts, so that Vue sees their properties and sets
// `:article` as a property (on an element not yet defined it would set an attribute).
import 'newsprint/define';
import { createApp } from 'vue';
import { seedStory } from '../data.js';
import { App, useNewsprint } from './App.js';

useNewsprint(createApp(App, { stories: [seedStory] })).mount('#app');
