import type { NextConfig } from 'next';

const config: NextConfig = {
  // `newsprint/ssr` runs on Node with jsdom and Lit's server renderer: load them from
  // node_modules on the server instead of bundling them (jsdom reads files of its own at run time).
  serverExternalPackages: ['newsprint', '@lit-labs/ssr', 'jsdom'],
};

export default config;
