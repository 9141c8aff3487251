// Custom Elements Manifest: attributes, properties, events, parts and custom properties from the
// JSDoc on each class. Storybook's controls and docs read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
