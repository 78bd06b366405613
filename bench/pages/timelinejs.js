// Renders the TimelineJS JSON named by ?data= with TL.Timeline. The first
// render signal is TimelineJS's own `loaded` event ("after story slider and
// time navigator have been loaded", API.md); `dataloaded` and `ready` are
// recorded too. script_path points at the local copy, so its font stylesheet
// (font.default.css) comes from localhost; the Google fonts that stylesheet
// names are blocked by the harness and counted.
(() => {
  const bench = window.__bench;
  const q = new URLSearchParams(location.search);
  try {
    const timeline = new window.TL.Timeline('timeline', q.get('data'), {
      // an absolute URL: TimelineJS resolves its font and locale files with new URL(path, script_path)
      script_path: new URL('/node_modules/@knight-lab/timelinejs/dist/js/', location.href).href,
      language: 'en',
      hash_bookmark: false,
    });
    window.__timeline = timeline;
    timeline.on('dataloaded', () => (bench.t.dataloaded ??= performance.now()));
    timeline.on('ready', () => (bench.t.tlReady ??= performance.now()));
    timeline.on('loaded', (data) => {
      // how many events it took in: a check on the conversion
      bench.t.events = data?.events?.length;
      bench.rendered();
    });
  } catch (e) {
    bench.failed(e);
  }
})();
