// custom-elements.json is committed and CI checks it is current, so it must not depend
// on the order the file system lists files in: sort modules by path.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      name: 'reelkit-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
