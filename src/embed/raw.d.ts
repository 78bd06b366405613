/** Vite's `?raw` imports: a file's text (the embed page carries the theme presets). */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
