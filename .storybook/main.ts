import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // the stories fetch data/*.story.json like a page would
  staticDirs: [{ from: '../data', to: '/data' }],
  core: { disableTelemetry: true },
};

export default config;
