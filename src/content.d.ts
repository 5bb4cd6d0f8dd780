declare module 'virtual:discerne-content' {
  const content: import('./domain/content/types').Content;
  export default content;
}

declare module 'virtual:discerne-glossary' {
  const glossary: import('./domain/content/types').GlossaryFile;
  export default glossary;
}
