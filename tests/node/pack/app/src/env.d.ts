// What a bundler-based project declares for the non-JavaScript imports it
// makes (Vite's `vite/client` types say the same).
declare module '*.css';
declare module '*?url' {
  const url: string;
  export default url;
}
