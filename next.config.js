// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./app/lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled
  // (PGLITE.md); argon2 is a native addon.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'exceljs'],
  poweredByHeader: false,
  // NEXT_DIST_DIR lets several checkouts' builds (or parallel test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  typedRoutes: false,
  experimental: {
    // Evidence: up to 5 files of 20 MB in one progress update (db/queries/progress.ts).
    serverActions: { bodySizeLimit: '105mb' },
    // proxy.ts buffers request bodies; without this a 20 MB upload would be cut at 10 MB.
    proxyClientMaxBodySize: '105mb',
  },
  async headers() {
    // Static files bypass proxy.ts; they get the headers that do not depend on a nonce.
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
