// The playground page: the page's language switch drives the playground's.
import './playground/story-playground.js';

const select = document.querySelector<HTMLSelectElement>('#page-lang')!;
const playground = document.querySelector('story-playground')!;
const apply = (lang: string) => {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  playground.language = lang;
};
select.addEventListener('change', () => apply(select.value));
apply(select.value);
