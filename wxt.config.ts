import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Connector',
    description: 'Use LinkedIn as a Connector, not a Collector: judge incoming notes, write personal ones, track replies. Local only.',
    permissions: ['storage'],
    host_permissions: ['https://www.linkedin.com/*'],
    action: { default_title: 'Connector' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'connector@connector.invalid', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
