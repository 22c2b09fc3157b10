/** opencc-js ships each dictionary as a module whose default export is `"src dst|src dst|…"`. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
