// A React 19 app that uses the kit as an npm user would: `import 'fine-kit'`,
// properties for objects, `onfine-select` for the kit's events.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'fine-kit';

function App() {
  const [story, setStory] = useState(null);
  const [selected, setSelected] = useState(null);
  const [lang, setLang] = useState('en');
  useEffect(() => {
    fetch('/data/amazon-cnpd-2021.story.json')
      .then((r) => r.json())
      .then(setStory);
  }, []);
  if (!story) return <p>Loading…</p>;
  return (
    <main lang={lang}>
      <button id="arabic" onClick={() => setLang('ar')}>
        العربية
      </button>
      <fine-timeline story={story} onfine-select={(e) => setSelected(e.detail.id)} />
      <p id="selected">{selected ?? 'none'}</p>
      <fine-quote story={story} quote="lqdn-historic-fine" />
      <fine-comparison story={story} />
      <p id="sentinel">After the elements.</p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
