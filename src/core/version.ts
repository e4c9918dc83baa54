/** Name and version, injected by the build from package.json. */
declare const __PL_VERSION__: string | undefined;
export const VERSION: string = typeof __PL_VERSION__ === 'string' ? __PL_VERSION__ : '0.0.0-dev';
export const TOOL = { name: 'privacy-lens', version: VERSION };
