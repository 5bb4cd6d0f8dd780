declare module 'virtual:discerne-content' {
  const content: import('./domain/content/types').Content;
  export default content;
}
