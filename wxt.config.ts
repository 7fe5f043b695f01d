import { defineConfig } from 'wxt';

// Firefox needs a fixed add-on id (storage and tests key on it) and the data-collection
// declaration that web-ext lint asks for; Chrome must not see those keys.
const GECKO_ID = 'sourcelight@sourcelight.example';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description:
      'See who is claiming what in the news you read: attributed claims highlighted, unrelated teaser links hidden.',
    permissions: ['storage'],
    action: { default_title: 'Sourcelight' },
    // The content script imports the article runtime from the extension on article pages only.
    web_accessible_resources:
      browser === 'firefox'
        ? ['article-runtime.js']
        : [{ resources: ['article-runtime.js'], matches: ['http://*/*', 'https://*/*'] }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
