// Types of pack-data.mjs, for vitest.config.ts and the tests.
export declare const PACKED_DATA: RegExp;
export declare function packData(source: string, path?: string): string;
export declare function commentData(source: string, path?: string): string;
export declare const packDataPlugin: { name: string; setup(build: unknown): void };
export declare const packDataVitePlugin: { name: string; enforce: "pre"; transform(code: string, id: string): { code: string; map: null } | null };
