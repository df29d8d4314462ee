// custom-elements.json is generated (npm run analyze) and tsconfig has no
// resolveJsonModule; Vite imports it as JSON.
declare module '*.json' {
  const value: unknown;
  export default value;
}
