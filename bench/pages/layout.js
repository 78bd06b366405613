// Times a pure layout function in the page: the bundled adapter
// (bench/layouts/<element>.js, built by the layout scenario) exports
// layout(story). The first call is the one a first render pays (cold JIT);
// then `runs` more calls on the same story.
const q = new URLSearchParams(location.search);
window.__bench.layout = (async () => {
  const story = await (await fetch(q.get('data') ?? '')).json();
  const mod = await import(q.get('module') ?? '');
  const runs = Number(q.get('runs') ?? 10);
  const time = () => {
    const t = performance.now();
    const out = mod.layout(story);
    return [performance.now() - t, out];
  };
  const [first, out] = time();
  const warm = [];
  for (let i = 0; i < runs; i++) warm.push(time()[0]);
  return { first, warm, out, describe: mod.describe };
})();
