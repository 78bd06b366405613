// Posts the embed protocol's messages as if it were the kit's frame: a host must ignore them (wrong origin).
const send = () => {
  parent.postMessage({ protocol: 'fine-kit-embed', version: 1, type: 'height', height: 1234 }, '*');
  parent.postMessage(
    {
      protocol: 'fine-kit-embed',
      version: 1,
      type: 'select',
      element: 'timeline',
      id: 'x',
      storyId: 's',
      hash: '#s-x',
    },
    '*',
  );
};
send();
setTimeout(send, 200);
addEventListener('message', (e) => {
  // the test asks from its own window
  if (e.data?.type === 'probe')
    /** @type {Window} */ (e.source).postMessage({ type: 'probe-report', id: e.data.id, report: { liar: true } }, '*');
});
