// The playground page: the page's language switch drives the playground's.
import { defineStoryPlayground } from './playground/story-playground.js';

defineStoryPlayground();

const select = document.querySelector<HTMLSelectElement>('#page-lang')!;
const playground = document.querySelector('story-playground')!;
const apply = (lang: string) => {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  playground.language = lang;
};
select.addEventListener('change', () => apply(select.value));
apply(select.value);
