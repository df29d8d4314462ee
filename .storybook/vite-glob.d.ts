// The one Vite feature preview.ts uses (every language pack, eagerly); vite/client's full
// types would also type CSS and asset imports the project does not use.
interface ImportMeta {
  glob<T>(pattern: string, options: { eager: true; import: 'default' }): Record<string, T>;
}
