// The demo article: every element, and the page's own dark-mode switch. The
// elements follow the page (data-theme on <html>) without being told.
import '../src/index.js';

const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const root = document.documentElement;
const apply = (dark: boolean) => {
  root.dataset['theme'] = dark ? 'dark' : 'light';
  toggle?.setAttribute('aria-pressed', String(dark));
};
apply(matchMedia('(prefers-color-scheme: dark)').matches);
toggle?.addEventListener('click', () => apply(root.dataset['theme'] !== 'dark'));
